"""“Plan next step” on a warm lead: a small modal (what + date) that stores the next activity."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.ids import ActionId, NextStepMetadata, button_number
from bot.listeners.actions.nudge import REFUSALS
from bot.listeners.guard import guarded
from bot.rendering.blocks import next_step_modal
from bot.rendering.nudge import lead_ids_of
from bot.rendering.text import render
from bot.services import leads
from bot.unit_of_work import Request


def handle_plan_next_step(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    lead_id = button_number(action.get("value"))
    metadata = NextStepMetadata(
        lead_id,
        container=(body.get("container") or {}).get("type"),
        response_url=body.get("response_url"),
        # A nudge DM re-renders its leads after the step is planned.
        leads=tuple(lead_ids_of(body.get("message") or {})),
    ).to_json()
    # views.open first: the trigger_id is good for 3 seconds, once.
    opened = client.views_open(
        trigger_id=body["trigger_id"], view=next_step_modal(request.language, None, metadata, None)
    )
    with request.reading() as uow:
        who = uow.who
        to_plan = leads.customer_to_plan(uow.session, who, lead_id)
    refusal = render(who.language, REFUSALS[to_plan.refused]) if to_plan.refused else None
    client.views_update(
        view_id=opened["view"]["id"],
        view=next_step_modal(who.language, to_plan.customer, metadata, refusal),
    )


def register(app: App) -> None:
    app.action(ActionId.PLAN_NEXT_STEP.value)(guarded(handle_plan_next_step))
