"""app_home_opened: publish the seller's dashboard (and, for managers, the team)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.errors import UserError, error_message
from bot.listeners.guard import guarded
from bot.rendering.blocks import notice_home
from bot.rendering.home import home_view
from bot.services import home
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def publish_home(request: Request, client: WebClient) -> None:
    """The requester's App Home as it is now (also after an undo or a planned step there)."""
    with request.reading() as uow:
        who = uow.who
        dashboard = home.dashboard(uow.session, who)
    view = home_view(
        who.language,
        status=dashboard.status,
        report=dashboard.report,
        leads=dashboard.leads,
        recent=dashboard.recent,
        team_report=dashboard.team_report,
        open_leads=dashboard.open_leads,
        open_leads_more=dashboard.open_leads_more,
        plan=dashboard.plan,
        new_plan=dashboard.new_plan,
        manages_only=dashboard.manages_only,
        today=who.today,
        retention_months=request.deps.settings.retention_months,
        currency=who.own_currency or who.currency,
        quarter=dashboard.quarter,
    )
    try:
        client.views_publish(user_id=who.user_id, view=view)
    except SLACK_CALL_ERRORS as err:
        # Called after an undo or a hand-over that is stored: the Home is drawn again on its
        # next opening, and the change is never reported as failed.
        log.warning("App Home not published: %s", slack_error(err))


def handle_app_home_opened(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    if event.get("tab", "home") != "home":
        return
    try:
        publish_home(context["request"], client)
    except UserError as refused:
        # A guest account, or someone of another organisation (Slack Connect), opening the
        # App Home: was told nowhere (an event has no response URL nor channel to answer in),
        # so the Home stayed blank. Now the Home is what a command of theirs would say.
        message = error_message(refused, body, context)
        try:
            client.views_publish(user_id=event.get("user") or "", view=notice_home(message))
        except SLACK_CALL_ERRORS as err:
            log.warning("App Home not published: %s", slack_error(err))


def register(app: App) -> None:
    app.event("app_home_opened")(guarded(handle_app_home_opened))
