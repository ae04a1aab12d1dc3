"""“Plan next step” on a warm lead: a small modal (what, date, an optional time) that stores the
next activity; a day picked on a weekend or holiday is asked about in the form."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.errors import UserError
from bot.ids import ActionId, BlockId, InputId, NextStepMetadata, ViewId, button_number
from bot.listeners.actions.nudge import REFUSALS
from bot.listeners.guard import guarded
from bot.rendering.blocks import VIEW_KEYS, day_off_block, next_step_modal
from bot.rendering.nudge import lead_ids_of
from bot.rendering.text import render
from bot.services import leads, nudges
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def form_metadata(body: dict[str, Any], lead_id: int | None, *, response_url: str | None) -> str:
    """What a lead's form carries from the message its button was in. A nudge DM redraws its
    leads' lines after the form is submitted, the rest as it stands then (read by its
    conversation and ts: the form carries no copy of it)."""
    container = body.get("container") or {}
    message = body.get("message") or {}
    return NextStepMetadata(
        lead_id,
        container=container.get("type"),
        response_url=response_url,
        leads=tuple(lead_ids_of(message)),
        channel=container.get("channel_id") or (body.get("channel") or {}).get("id"),
        ts=container.get("message_ts") or message.get("ts"),
    ).to_json()


def handle_plan_next_step(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    lead_id = button_number(action.get("value"))
    metadata = form_metadata(body, lead_id, response_url=body.get("response_url"))
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
                step=to_plan.step,
            ),
        )
    except SLACK_CALL_ERRORS as err:
        # The form is open without the customer's name (closed meanwhile, or Slack busy); its
        # submission checks the lead again.
        log.info("views.update of the next-step form failed: %s", slack_error(err))


def handle_step_day_picked(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    """A day picked in the plan form: on a weekend or a holiday where the seller works, the form
    says so, with a box to plan it there anyway; on a working day the box goes. The fields
    typed so far stay (the same block and action ids)."""
    ack()
    view = body.get("view") or {}
    if view.get("callback_id") != ViewId.PLAN_NEXT_STEP.value or not view.get("id"):
        return
    try:
        day = date.fromisoformat(str(action.get("selected_date")))
    except ValueError:
        return
    request: Request = context["request"]
    with request.reading() as uow:
        who = uow.who
    why = nudges.day_off(day, who.timezone)
    blocks = [b for b in view.get("blocks") or [] if b.get("block_id") != BlockId.DAY_OFF_OK]
    if why is not None:
        blocks.append(day_off_block(who.language, why, day).to_dict())
    if blocks == view.get("blocks"):
        return  # a working day, and no box to take away
    try:
        client.views_update(
            view_id=view["id"],
            hash=view.get("hash"),
            view={**{k: view[k] for k in VIEW_KEYS if k in view}, "blocks": blocks},
        )
    except SLACK_CALL_ERRORS as err:
        # Changed meanwhile (hash), or closed: its submission asks about the day all the same.
        log.info("views.update of the plan form's day failed: %s", slack_error(err))


def register(app: App) -> None:
    app.action(ActionId.PLAN_NEXT_STEP.value)(guarded(handle_plan_next_step))
    # The plan form's datepicker dispatches (the log form's, of the same id, does not).
    app.action(InputId.NEXT_DATE.value)(guarded(handle_step_day_picked))
