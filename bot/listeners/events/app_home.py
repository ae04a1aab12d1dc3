"""app_home_opened: publish the seller's dashboard (and, for managers, the team)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.deps import Deps
from bot.listeners import who as who_mod
from bot.listeners.commands.kpi_me import personal_team
from bot.rendering.home import home_view
from bot.services import reports
from bot.services.kpis import Week
from storage import repositories as repo
from storage.db import session_scope

log = logging.getLogger(__name__)


def build_home(deps: Deps, who: who_mod.Who) -> dict[str, Any]:
    week = Week.of(who.today)
    with session_scope(deps.session_factory) as session:
        seller = repo.ensure_seller(session, who.workspace_id, who.user_id)
        team = repo.team_by_id(session, who.workspace_id, who.team_id) if who.team_id else None
        status = report = team_report = None
        if team is not None:
            report = reports.build_team_report(session, team, week, who.today, only=[seller])
            if who.is_manager:
                team_report = reports.build_team_report(session, team, week, who.today)
        else:
            team_alone = personal_team(who)
            report = reports.build_team_report(
                session, team_alone, week, who.today, only=[seller], members=[seller]
            )
        status = report.sellers[0] if report and report.sellers else None
        leads = reports.warm_leads(session, who.workspace_id, seller.id, who.today)
        recent = repo.recent_activities(session, who.workspace_id, seller.id)
        return home_view(
            who.language,
            status=status,
            report=report,
            leads=leads,
            recent=recent,
            team_report=team_report,
        )


def publish_home(request, client: WebClient, workspace_id=None, user_id=None) -> None:  # type: ignore[no-untyped-def]
    # TRANSITIONAL (replaced by the listeners branch)
    if not isinstance(request, Deps):
        deps, workspace_id, user_id = request.deps, request.workspace_id, request.user_id
    else:
        deps = request
    who = who_mod.resolve(deps, client, workspace_id, user_id, None)
    client.views_publish(user_id=user_id, view=build_home(deps, who))


def handle_app_home_opened(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    if event.get("tab", "home") != "home":
        return
    deps: Deps = context["deps"]
    workspace_id = body.get("team_id") or context.team_id
    publish_home(deps, client, workspace_id, event["user"])


def register(app: App) -> None:
    app.event("app_home_opened")(handle_app_home_opened)
