"""Who is asking, in which team, language, time zone and currency.

Profiles (name, time zone, locale, admin flag) come from users.info and are cached on the
seller for a day; the Slack call happens outside any database transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.clock import local_today
from bot.deps import Deps
from bot.domain import CURRENCY_BY_LANGUAGE
from bot.i18n import person_language
from storage import repositories as repo
from storage.db import session_scope
from storage.models import Seller

log = logging.getLogger(__name__)

PROFILE_TTL = timedelta(hours=24)

# Last known language per (workspace, user), for answers given before (or without) the database:
# a modal opened at once, an error message when something failed.
_language_hint: dict[tuple[str, str], str] = {}


def language_hint(workspace_id: str | None, user_id: str | None) -> str:
    return _language_hint.get((workspace_id or "", user_id or ""), "en")


@dataclass(frozen=True)
class Who:
    workspace_id: str
    user_id: str
    seller_id: int
    language: str
    timezone: str
    currency: str
    krone: str  # what a bare "kr" means here
    team_id: int | None
    is_manager: bool
    today: date


def _fetch_profile(client: WebClient, user_id: str) -> dict | None:
    try:
        return client.users_info(user=user_id, include_locale=True)["user"]
    except (SlackApiError, SlackClientError) as err:
        # Not fatal: we fall back to the team's defaults. Log the error code only.
        code = getattr(getattr(err, "response", None), "data", {}) or {}
        log.warning("users.info failed for a user: %s", code.get("error", type(err).__name__))
        return None


def resolve(
    deps: Deps,
    client: WebClient,
    workspace_id: str,
    user_id: str,
    channel_id: str | None,
    *,
    refresh: bool = True,
) -> Who:
    """`refresh=False` never calls Slack (for paths that must ack within 3 s first)."""
    now = deps.clock.now()
    with session_scope(deps.session_factory) as session:
        repo.ensure_workspace(session, workspace_id)
        seller = repo.ensure_seller(session, workspace_id, user_id)
        stale = (
            seller.profile_refreshed_at is None or now - seller.profile_refreshed_at > PROFILE_TTL
        )

    profile = _fetch_profile(client, user_id) if stale and refresh else None

    with session_scope(deps.session_factory) as session:
        seller = repo.ensure_seller(session, workspace_id, user_id)
        if profile is not None:
            seller.display_name = (
                (profile.get("profile") or {}).get("display_name")
                or profile.get("real_name")
                or profile.get("name")
            )
            seller.timezone = profile.get("tz") or seller.timezone
            seller.locale = profile.get("locale") or seller.locale
            seller.is_workspace_admin = bool(profile.get("is_admin") or profile.get("is_owner"))
            seller.profile_refreshed_at = now
        team = repo.team_by_channel(session, workspace_id, channel_id) if channel_id else None
        if team is not None:
            # Someone in no team yet who works in a team's channel belongs to it. A member of
            # another team stays there: typing in a channel never moves anyone's figures.
            if seller.team_id is None:
                seller.team_id = team.id
        elif seller.team_id is not None:
            team = repo.team_by_id(session, workspace_id, seller.team_id)
        # Private answers speak the person's own Slack language; the team's language is for
        # what the channel sees (and for people whose locale we do not know).
        language = person_language(seller.locale, team.language if team else None)
        _language_hint[(workspace_id, user_id)] = language
        currency = team.currency if team else CURRENCY_BY_LANGUAGE[language]
        return Who(
            workspace_id=workspace_id,
            user_id=user_id,
            seller_id=seller.id,
            language=language,
            timezone=seller.timezone or (team.timezone if team else "Europe/Oslo"),
            currency=currency,
            krone=CURRENCY_BY_LANGUAGE[language] if language != "en" else currency,
            team_id=team.id if team else None,
            is_manager=seller.is_workspace_admin
            or repo.is_added_manager(session, workspace_id, team.id if team else None, user_id),
            today=local_today(deps.clock, seller.timezone or (team.timezone if team else None)),
        )


def may_act_for(session: Any, workspace_id: str, user_id: str, seller: Seller) -> bool:
    """The seller themself, a workspace admin, or a manager of the seller's own team."""
    if seller.slack_user_id == user_id:
        return True
    me = repo.seller_by_user(session, workspace_id, user_id)
    if me is not None and me.is_workspace_admin:
        return True
    return seller.team_id is not None and repo.is_added_manager(
        session, workspace_id, seller.team_id, user_id
    )
