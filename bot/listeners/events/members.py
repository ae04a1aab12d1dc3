"""A sales team is its channel's people: joining the channel joins the team, leaving leaves it."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.deps import Deps
from storage import repositories as repo
from storage.db import session_scope

log = logging.getLogger(__name__)


def handle_member_joined(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    deps: Deps = context["deps"]
    workspace_id = body.get("team_id") or context.team_id
    user_id, channel = event.get("user"), event.get("channel")
    if not user_id or not channel or user_id == context.bot_user_id:
        return
    with session_scope(deps.session_factory) as session:
        if repo.team_by_channel(session, workspace_id, channel) is None:
            return
    try:
        user = client.users_info(user=user_id)["user"]
    except SlackApiError as err:
        log.info("users.info for a new member failed: %s", err.response.get("error"))
        return
    if user.get("is_bot") or user.get("deleted"):
        return
    with session_scope(deps.session_factory) as session:
        team = repo.team_by_channel(session, workspace_id, channel)
        seller = repo.ensure_seller(session, workspace_id, user_id)
        profile = user.get("profile") or {}
        seller.display_name = (
            profile.get("display_name") or user.get("real_name") or user.get("name")
        )
        seller.timezone = user.get("tz") or seller.timezone
        seller.locale = user.get("locale") or seller.locale
        if team is not None and seller.team_id is None:
            seller.team_id = team.id


def handle_member_left(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
    deps: Deps = context["deps"]
    workspace_id = body.get("team_id") or context.team_id
    with session_scope(deps.session_factory) as session:
        team = repo.team_by_channel(session, workspace_id, event.get("channel") or "")
        seller = repo.seller_by_user(session, workspace_id, event.get("user") or "")
        if team is not None and seller is not None and seller.team_id == team.id:
            seller.team_id = None  # their history stays; they are simply no longer in this team


def register(app: App) -> None:
    app.event("member_joined_channel")(handle_member_joined)
    app.event("member_left_channel")(handle_member_left)
