"""What the App Home shows a seller: their week, warm leads, recent entries, and, for managers,
their team. Reads only; the caller's unit of work owns the session."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.services import planning, reports
from bot.services import status as views
from bot.services.funnel import Plan
from bot.services.kpis import Week
from bot.services.read_models import ActivityLine, LeadLine, activity_lines, lead_lines
from bot.services.reports import SellerStatus, TeamReport
from bot.services.requester import Who
from bot.services.sellers import personal_team
from storage import aggregates as agg
from storage import repositories as repo
from storage.models import Seller

OPEN_LEADS_SHOWN = 8  # the most recently changed; the App Home has room for 100 blocks


@dataclass(frozen=True)
class Dashboard:
    status: SellerStatus | None
    report: TeamReport | None
    leads: list[LeadLine]
    recent: list[ActivityLine]
    team_report: TeamReport | None  # managers only
    open_leads: list[LeadLine] = field(default_factory=list)  # the seller's own, to hand over
    plan: Plan | None = None  # the revenue goal worked backwards (None without one)
    new_plan: Plan | None = None  # the goal for revenue from new customers, the same way
    open_leads_more: int = 0  # the seller's open leads beyond those listed (said as a count)
    manages_only: bool = False  # a manager of the team who does not sell (no row, no goals)
    # views34. The quarter that ended, in the next one's first two weeks (status.home_quarter).
    quarter: views.QuarterView | None = None


def dashboard(session: Session, who: Who) -> Dashboard:
    week = Week.of(who.today)
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    team = repo.team_by_id(session, who.workspace_id, who.team_id) if who.team_id else None
    team_report = None
    if team is not None:
        if who.is_manager:
            # A manager who sells sees their own plan from this report: its 26 weeks come along.
            window = planning.plan_window(who.today) if seller.sells else None
            team_report = reports.build_team_report(session, team, week, who.today, window=window)
        mine = [s for s in team_report.sellers if s.seller.id == seller.id] if team_report else []
        if mine and team_report is not None:
            # A manager who sells: their own figures are a row of the team's report.
            report, status = team_report, mine[0]
            if seller.id in team_report.parts:
                # Moved to this team in the week (kpiargs25): the team's row is its days only;
                # their own figures are the whole week's, whichever team they were on.
                report = reports.build_team_report(
                    session, team, week, who.today, only=[seller], window=window
                )
                status = report.sellers[0]
            return _dashboard(session, who, seller, status, report, team_report)
        # The seller's own figures: the team's goals apply, the colleagues' rows are not read
        # (the dashboard shows no team totals to a seller).
        report = reports.build_team_report(
            session, team, week, who.today, only=[seller], members=[seller]
        )
    else:
        report = reports.build_team_report(
            session, personal_team(who), week, who.today, only=[seller], members=[seller]
        )
    status = report.sellers[0] if report.sellers else None
    return _dashboard(session, who, seller, status, report, team_report)


def _dashboard(
    session: Session,
    who: Who,
    seller: Seller,
    status: SellerStatus | None,
    report: TeamReport,
    team_report: TeamReport | None,
) -> Dashboard:
    plan = new_plan = None
    if status is not None and report is not None and report.team.id is not None:
        plans = planning.team_plans(session, report.team, report, who.today)
        plan, new_plan = plans.revenue.get(seller.id), plans.new.get(seller.id)
    open_leads = repo.open_leads_of_owner(
        session, who.workspace_id, seller.id, limit=OPEN_LEADS_SHOWN
    )
    more = 0
    if len(open_leads) == OPEN_LEADS_SHOWN:  # perhaps more: counted, not read
        more = repo.count_open_leads_of_owner(session, who.workspace_id, seller.id) - len(
            open_leads
        )
    return Dashboard(
        plan=plan,
        new_plan=new_plan,
        status=status,
        report=report,
        leads=_warm_lead_lines(session, who, seller.id),
        recent=activity_lines(repo.recent_activities(session, who.workspace_id, seller.id)),
        team_report=team_report,
        open_leads=lead_lines(open_leads),
        open_leads_more=more,
        manages_only=team_report is not None and not seller.sells,
        quarter=views.home_quarter(session, who),
    )


def _warm_lead_lines(session: Session, who: Who, seller_id: int) -> list[LeadLine]:
    """The seller's warm leads without a next step, each with the day of its last activity: a
    step kept on its day (an activity logged on the lead on or after it) is not overdue."""
    leads = reports.warm_leads(session, who.workspace_id, seller_id, who.today)
    days = agg.last_activity_days(session, who.workspace_id, [lead.id for lead in leads])
    return [LeadLine.of(lead, days.get(lead.id)) for lead in leads]
