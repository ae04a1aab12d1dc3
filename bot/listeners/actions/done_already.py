"""“Done already” on a nudge DM's lead: a small form (meeting or call, when, an optional next
step) that logs what the seller did as /logcall would (bot.listeners.views.done_already)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.clock import local_date
from bot.domain import DEFAULT_ZONE
from bot.errors import UserError
from bot.ids import ActionId, button_number
from bot.listeners.actions.nudge import refusal_text
from bot.listeners.actions.plan_next_step import form_metadata
from bot.listeners.guard import guarded
from bot.rendering.blocks import done_already_modal
from bot.services import leads, requester
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def _today_hint(request: Request) -> date:
    """The person's today as this process last knew their place (no database before the form
    opens: the trigger_id lasts 3 s); the form is filled in with the stored one right after."""
    place = requester.place_hint(request.workspace_id, request.user_id or "")
    return local_date(request.now, place[0] if place else DEFAULT_ZONE)


def handle_done_already(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    lead_id = button_number(action.get("value"))
    # Where the form redraws once submitted: the nudge DM (its conversation and ts, its leads).
    metadata = form_metadata(body, lead_id, response_url=None)
    # views.open first: the trigger_id is good for 3 seconds, once.
    try:
        opened = open_form(
            client,
            body["trigger_id"],
            done_already_modal(request.language, None, metadata, None, _today_hint(request)),
        )
    except SLACK_CALL_ERRORS as err:
        log.warning("the done-already form did not open: %s", slack_error(err))
        raise UserError("form_not_opened") from None
    with request.reading() as uow:
        who = uow.who
        found = leads.customer_to_log(uow.session, who, lead_id)
    refusal = (
        refusal_text(who.language, found.refused, found.owner, "done") if found.refused else None
    )
    try:
        client.views_update(
            view_id=opened["view"]["id"],
            view=done_already_modal(who.language, found.customer, metadata, refusal, who.today),
        )
    except SLACK_CALL_ERRORS as err:
        # Open without the customer's name (closed meanwhile, or Slack busy); its submission
        # checks the lead again.
        log.info("views.update of the done-already form failed: %s", slack_error(err))


def register(app: App) -> None:
    app.action(ActionId.NUDGE_DONE.value)(guarded(handle_done_already))
