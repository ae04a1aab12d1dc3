"""/teamstatus [this week|last week|YYYY-Www] [@seller] and /teamstatus customers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot import i18n
from bot.deps import Deps
from bot.errors import UserError
from bot.listeners import who as who_mod
from bot.listeners.replies import error_reply
from bot.rendering.status import (
    own_view_messages,
    portfolio_messages,
    seller_detail_messages,
    team_status_messages,
)
from bot.services import reports
from bot.services.dates import fold
from bot.services.kpi_args import MENTION, mentioned_user, parse_week
from bot.services.kpis import Week
from storage import aggregates as agg
from storage import repositories as repo
from storage.db import session_scope

CUSTOMER_WORDS = {"customers", "customer", "kunder", "kunde", "portfolio", "portefolje", "portfolj"}


def handle_teamstatus_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    deps: Deps = context["deps"]
    who = who_mod.resolve(
        deps, client, command["team_id"], command["user_id"], command.get("channel_id")
    )
    for message in teamstatus(deps, who, command.get("text") or ""):
        respond(**message, response_type="ephemeral")


def teamstatus(deps: Deps, who: who_mod.Who, text: str) -> list[dict[str, Any]]:
    language = who.language
    if who.team_id is None:
        return [error_reply(language, "not_a_team", {}, "setup", stored=None)]
    words = text.split()
    if words and fold(words[0]) in CUSTOMER_WORDS:
        if not who.is_manager:
            return [error_reply(language, "not_manager", {}, None, stored=None)]
        return portfolio(deps, who)
    target_user = mentioned_user(text)
    week_text = MENTION.sub(" ", text).strip()
    try:
        week = parse_week(week_text, today=who.today) or Week.of(who.today)
    except (ValueError, UserError):
        return [error_reply(language, "bad_week", {"text": week_text}, "week", stored=None)]

    with session_scope(deps.session_factory) as session:
        team = repo.team_by_id(session, who.workspace_id, who.team_id)
        assert team is not None
        report = reports.build_team_report(session, team, week, who.today)
        statuses = {s.seller.slack_user_id: s for s in report.sellers}
        if who.is_manager:
            if target_user is None:
                return team_status_messages(report, language)
            status = statuses.get(target_user)
            if status is None:
                return [error_reply(language, "not_team_member", {}, "week", stored=None)]
            leads = reports.warm_leads(session, who.workspace_id, status.seller.id, who.today)
            return seller_detail_messages(status, report, language, leads)
        # Not a manager: their own figures and the team's totals, never a colleague's.
        own = statuses.get(who.user_id)
        leads = reports.warm_leads(session, who.workspace_id, who.seller_id, who.today)
        return own_view_messages(own, report, language, leads)


def portfolio(deps: Deps, who: who_mod.Who) -> list[dict[str, Any]]:
    with session_scope(deps.session_factory) as session:
        team = repo.team_by_id(session, who.workspace_id, who.team_id)  # type: ignore[arg-type]
        assert team is not None
        first = who.today - timedelta(days=364)
        sellers = [s.id for s in repo.team_members(session, who.workspace_id, team.id)]
        rows = agg.customer_portfolio(
            session, who.workspace_id, sellers, first, who.today, team.currency
        )
    label = i18n.translate(who.language, "the last 12 months")
    return portfolio_messages(rows, who.language, team.currency, label)
