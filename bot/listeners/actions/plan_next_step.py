"""“Plan next step” on a warm lead: a small modal (what + date) that stores the next activity."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.errors import UserError
from bot.ids import ActionId, NextStepMetadata, button_number
from bot.listeners.actions.nudge import REFUSALS
from bot.listeners.guard import guarded
from bot.rendering.blocks import next_step_modal
from bot.rendering.nudge import lead_ids_of
from bot.rendering.text import render
from bot.services import leads
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def handle_plan_next_step(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    lead_id = button_number(action.get("value"))
    container = body.get("container") or {}
    message = body.get("message") or {}
    metadata = NextStepMetadata(
        lead_id,
        container=container.get("type"),
        response_url=body.get("response_url"),
        # A nudge DM redraws its leads' lines after the step is planned, the rest as it stands
        # then (read by its conversation and ts: the form carries no copy of it).
        leads=tuple(lead_ids_of(message)),
        channel=container.get("channel_id") or (body.get("channel") or {}).get("id"),
        ts=container.get("message_ts") or message.get("ts"),
    ).to_json()
    # views.open first: the trigger_id is good for 3 seconds, once.
    try:
        opened = open_form(
            client, body["trigger_id"], next_step_modal(request.language, None, metadata, None)
        )
    except SLACK_CALL_ERRORS as err:
        log.warning("the next-step form did not open: %s", slack_error(err))
        raise UserError("form_not_opened") from None
    with request.reading() as uow:
        who = uow.who
        to_plan = leads.customer_to_plan(uow.session, who, lead_id)
    refusal = render(who.language, REFUSALS[to_plan.refused]) if to_plan.refused else None
    try:
        client.views_update(
            view_id=opened["view"]["id"],
            view=next_step_modal(
                who.language,
                to_plan.customer,
                metadata,
                refusal,
                (to_plan.last_kind, to_plan.last_on)
                if to_plan.last_kind and to_plan.last_on
                else None,
            ),
        )
    except SLACK_CALL_ERRORS as err:
        # The form is open without the customer's name (closed meanwhile, or Slack busy); its
        # submission checks the lead again.
        log.info("views.update of the next-step form failed: %s", slack_error(err))


def register(app: App) -> None:
    app.action(ActionId.PLAN_NEXT_STEP.value)(guarded(handle_plan_next_step))
