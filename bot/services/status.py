"""/teamstatus: a team's week for its managers, a seller's own figures and the team's totals
for everyone else, and the customer portfolio. Reads only; the figures come from
bot.services.reports and storage.aggregates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import reports
from bot.services.kpi_args import MENTION, mentioned_user, parse_week
from bot.services.kpis import Week
from bot.services.read_models import LeadLine
from bot.services.reports import SellerStatus, TeamReport
from bot.services.requester import Who
from bot.services.teams import team_of
from storage import aggregates as agg
from storage import repositories as repo

PORTFOLIO_DAYS = 365


@dataclass(frozen=True)
class TeamWeek:
    """For a manager: every seller of the team."""

    report: TeamReport


@dataclass(frozen=True)
class SellerWeek:
    """For a manager who asked about one seller."""

    status: SellerStatus
    report: TeamReport
    leads: list[LeadLine]


@dataclass(frozen=True)
class OwnWeek:
    """For a seller: their own figures and the team's totals, never a colleague's."""

    status: SellerStatus | None
    report: TeamReport
    leads: list[LeadLine]


def week_status(session: Session, who: Who, text: str) -> TeamWeek | SellerWeek | OwnWeek:
    """`/teamstatus [this week|last week|YYYY-Www] [@seller]`."""
    team = team_of(session, who)
    target_user = mentioned_user(text)
    week_text = MENTION.sub(" ", text).strip()
    try:
        week = parse_week(week_text, today=who.today) or Week.of(who.today)
    except (ValueError, UserError):
        raise UserError("bad_week", text=week_text) from None
    report = reports.build_team_report(session, team, week, who.today)
    statuses = {s.seller.slack_user_id: s for s in report.sellers}
    if who.is_manager:
        if target_user is None:
            return TeamWeek(report)
        status = statuses.get(target_user)
        if status is None:
            raise UserError("not_team_member")
        leads = reports.warm_lead_lines(session, report, status.seller.id)
        return SellerWeek(status, report, leads)
    leads = reports.warm_lead_lines(session, report, who.seller_id)
    return OwnWeek(statuses.get(who.user_id), report, leads)


@dataclass(frozen=True)
class Portfolio:
    rows: list[tuple[int, str, str | None, Decimal, Decimal | None]]
    currency: str


def portfolio(session: Session, who: Who) -> Portfolio:
    """`/teamstatus customers`: the team's customers over the last 12 months (managers only)."""
    team = team_of(session, who)
    if not who.is_manager:
        raise UserError("not_manager")
    first = who.today - timedelta(days=PORTFOLIO_DAYS - 1)
    sellers = [s.id for s in repo.team_members(session, who.workspace_id, team.id)]
    rows = agg.customer_portfolio(
        session, who.workspace_id, sellers, first, who.today, team.currency
    )
    return Portfolio(rows, team.currency)
