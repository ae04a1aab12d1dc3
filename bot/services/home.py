"""What the App Home shows a seller: their week, warm leads, recent entries, and, for managers,
their team. Reads only; the caller's unit of work owns the session."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.services import reports
from bot.services.kpis import Week
from bot.services.read_models import ActivityLine, LeadLine, activity_lines, lead_lines
from bot.services.reports import SellerStatus, TeamReport
from bot.services.requester import Who
from bot.services.sellers import personal_team
from storage import repositories as repo
from storage.models import Seller


@dataclass(frozen=True)
class Dashboard:
    status: SellerStatus | None
    report: TeamReport | None
    leads: list[LeadLine]
    recent: list[ActivityLine]
    team_report: TeamReport | None  # managers only


def dashboard(session: Session, who: Who) -> Dashboard:
    week = Week.of(who.today)
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    team = repo.team_by_id(session, who.workspace_id, who.team_id) if who.team_id else None
    team_report = None
    if team is not None:
        report = reports.build_team_report(session, team, week, who.today, only=[seller])
        if who.is_manager:
            team_report = reports.build_team_report(session, team, week, who.today)
    else:
        report = reports.build_team_report(
            session, personal_team(who), week, who.today, only=[seller], members=[seller]
        )
    return Dashboard(
        status=report.sellers[0] if report.sellers else None,
        report=report,
        leads=lead_lines(reports.warm_leads(session, who.workspace_id, seller.id, who.today)),
        recent=activity_lines(repo.recent_activities(session, who.workspace_id, seller.id)),
        team_report=team_report,
    )
