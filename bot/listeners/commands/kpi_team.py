"""/kpi setup, /kpi settings, /kpi managers, /kpi goal: a manager's team tools."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import i18n
from bot.deps import Deps
from bot.domain import CURRENCY_BY_LANGUAGE
from bot.errors import UserError
from bot.listeners import who as who_mod
from bot.listeners.replies import error_reply
from bot.rendering.blocks import text_message
from bot.rendering.settings import settings_modal
from bot.rendering.status import KPI_LABELS
from bot.rendering.text import Mrkdwn, mention, render
from bot.services.kpi_args import mentioned_user, parse_goal
from storage import repositories as repo
from storage.db import session_scope
from storage.models import SalesTeam

log = logging.getLogger(__name__)


def _human_members(client: WebClient, channel_id: str) -> list[dict[str, Any]]:
    """The channel's people: bots, apps and deactivated accounts left out."""
    members: list[str] = []
    cursor = None
    while True:
        page = client.conversations_members(channel=channel_id, limit=200, cursor=cursor)
        members += page.get("members", [])
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            break
    people = []
    for user_id in members:
        try:
            user = client.users_info(user=user_id, include_locale=True)["user"]
        except SlackApiError:
            continue
        if user.get("is_bot") or user.get("deleted") or user_id == "USLACKBOT":
            continue
        people.append(user)
    return people


def _some_names(names: list[str], shown: int = 20) -> str:
    ordered = sorted(names, key=str.casefold)
    text = ", ".join(ordered[:shown])
    return text + (f" … (+{len(ordered) - shown})" if len(ordered) > shown else "")


def setup(
    deps: Deps, client: WebClient, who: who_mod.Who, channel_id: str | None
) -> dict[str, Any]:
    language = who.language
    if not channel_id or not channel_id.startswith(("C", "G")):
        return error_reply(language, "setup_in_channel", {}, None, stored=None)
    if not who.is_manager:
        return error_reply(language, "not_manager", {}, None, stored=None)
    try:
        info = client.conversations_info(channel=channel_id)["channel"]
        if not info.get("is_member", True):
            # Digests, capture and replies in the channel all need the bot in it.
            return error_reply(language, "bot_not_in_channel", {}, None, stored=None)
        people = _human_members(client, channel_id)
    except SlackApiError as err:
        log.info("setup could not read the channel: %s", err.response.get("error"))
        return error_reply(language, "bot_not_in_channel", {}, None, stored=None)

    now = deps.clock.now()
    with session_scope(deps.session_factory) as session:
        existing = repo.team_by_channel(session, who.workspace_id, channel_id)
        team = existing or repo.add_team(
            session,
            SalesTeam(
                workspace_id=who.workspace_id,
                channel_id=channel_id,
                name=info.get("name"),
                language=language,
                currency=CURRENCY_BY_LANGUAGE[language],
                created_by=who.user_id,
            ),
        )
        team.name = info.get("name") or team.name
        names = []
        for user in people:
            seller = repo.ensure_seller(session, who.workspace_id, user["id"])
            profile = user.get("profile") or {}
            seller.display_name = (
                profile.get("display_name") or user.get("real_name") or user.get("name")
            )
            seller.timezone = user.get("tz") or seller.timezone
            seller.locale = user.get("locale") or seller.locale
            seller.is_workspace_admin = bool(user.get("is_admin") or user.get("is_owner"))
            seller.profile_refreshed_at = now
            seller.team_id = team.id
            names.append(seller.display_name or user["id"])
        repo.add_manager(session, who.workspace_id, team.id, who.user_id, who.user_id)
        text = render(
            language,
            "setup_done",
            again=existing is not None,
            channel=team.name or channel_id,
            count=len(names),
            names=_some_names(names),
            team=team,
            weekday=i18n.weekday_name(team.digest_weekday, language),
        )
    return text_message(text)


def open_settings(
    deps: Deps, client: WebClient, who: who_mod.Who, trigger_id: str
) -> dict[str, Any] | None:
    if who.team_id is None:
        return error_reply(who.language, "not_a_team", {}, "setup", stored=None)
    if not who.is_manager:
        return error_reply(who.language, "not_manager", {}, None, stored=None)
    with session_scope(deps.session_factory) as session:
        team = repo.team_by_id(session, who.workspace_id, who.team_id)
        assert team is not None
        goals = {
            g.kpi: g
            for g in repo.goals_of_team(session, who.workspace_id, team.id)
            if g.seller_id is None
        }
        view = settings_modal(who.language, team, goals, json.dumps({"team": team.id}))
    client.views_open(trigger_id=trigger_id, view=view)
    return None


def managers(deps: Deps, who: who_mod.Who, words: list[str], text: str) -> dict[str, Any]:
    language = who.language
    if who.team_id is None:
        return error_reply(language, "not_a_team", {}, "setup", stored=None)
    action = words[1].casefold() if len(words) > 1 else "list"
    with session_scope(deps.session_factory) as session:
        if action in {"add", "legg", "lägg", "tilføj", "remove", "fjern", "ta", "bort"}:
            if not who.is_manager:
                return error_reply(language, "not_manager", {}, None, stored=None)
            user_id = mentioned_user(text)
            if user_id is None:
                return error_reply(language, "no_mention", {}, "managers", stored=None)
            if action in {"add", "legg", "lägg", "tilføj"}:
                repo.add_manager(session, who.workspace_id, who.team_id, user_id, who.user_id)
                return text_message(
                    render(language, "managers", action="added", user=mention(user_id))
                )
            removed = repo.remove_manager(session, who.workspace_id, who.team_id, user_id)
            return text_message(
                render(
                    language,
                    "managers",
                    action="removed" if removed else "not_manager",
                    user=mention(user_id),
                )
            )
        people = [
            mention(m.slack_user_id)
            for m in repo.managers_of(session, who.workspace_id, who.team_id)
        ]
        return text_message(
            render(language, "managers", action="list", users=Mrkdwn(", ".join(people)))
        )


def goal(deps: Deps, who: who_mod.Who, text: str) -> dict[str, Any]:
    language = who.language
    if who.team_id is None:
        return error_reply(language, "not_a_team", {}, "setup", stored=None)
    if not who.is_manager:
        return error_reply(language, "not_manager", {}, None, stored=None)
    try:
        args = parse_goal(text, krone=who.krone)
    except UserError as err:
        return error_reply(language, err.code, err.params, "goal", stored=None)
    with session_scope(deps.session_factory) as session:
        team = repo.team_by_id(session, who.workspace_id, who.team_id)
        assert team is not None
        seller_id = None
        if args.user_id:
            seller = repo.seller_by_user(session, who.workspace_id, args.user_id)
            if seller is None or seller.team_id != team.id:
                return error_reply(language, "not_team_member", {}, "goal", stored=None)
            seller_id = seller.id
        repo.set_goal(
            session,
            who.workspace_id,
            team.id,
            seller_id,
            args.kpi,
            args.period,
            args.target,
            who.user_id,
        )
        return text_message(
            render(
                language,
                "goal_set",
                kpi=args.kpi,
                kpi_label=i18n.translate(language, KPI_LABELS[args.kpi]),
                target=args.target,
                period=args.period,
                user=mention(args.user_id) if args.user_id else None,
                currency=team.currency,
            )
        )


# TRANSITIONAL adapters (replaced by the listeners branch)
_setup, _open_settings, _managers, _goal = setup, open_settings, managers, goal


def _who(request, client=None):  # type: ignore[no-untyped-def]
    with request.writing() as uow:
        return uow.who


def setup(request, client):  # type: ignore[no-untyped-def,no-redef]
    return _setup(request.deps, client, _who(request), request.channel_id)


def open_settings(request, client, trigger_id):  # type: ignore[no-untyped-def,no-redef]
    return _open_settings(request.deps, client, _who(request), trigger_id)


def managers(request, words, text):  # type: ignore[no-untyped-def,no-redef]
    return _managers(request.deps, _who(request), words, text)


def goal(request, rest):  # type: ignore[no-untyped-def,no-redef]
    return _goal(request.deps, _who(request), rest)
