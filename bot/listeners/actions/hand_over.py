"""“Hand over” on an open lead in the App Home: a small modal to pick the new owner."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.errors import UserError
from bot.ids import ActionId, HandOverMetadata, button_number
from bot.listeners.guard import guarded
from bot.rendering.blocks import hand_over_modal
from bot.rendering.text import render
from bot.services import customer_admin
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def handle_hand_over(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    lead_id = button_number(action.get("value"))  # 0 (no lead) unless a row id
    metadata = HandOverMetadata(lead_id).to_json()
    # views.open first: the trigger_id is good for 3 seconds, once.
    try:
        opened = open_form(
            client, body["trigger_id"], hand_over_modal(request.language, None, metadata, None)
        )
    except SLACK_CALL_ERRORS as err:
        log.warning("the hand-over form did not open: %s", slack_error(err))
        raise UserError("form_not_opened") from None
    with request.reading() as uow:
        who = uow.who
        found = customer_admin.lead_to_hand_over(uow.session, who, lead_id)
    refusal = render(who.language, "not_your_lead_to_hand_over") if found is None else None
    try:
        client.views_update(
            view_id=opened["view"]["id"],
            view=hand_over_modal(
                who.language, found.customer if found else None, metadata, refusal
            ),
        )
    except SLACK_CALL_ERRORS as err:
        # The form is open without the customer's name (closed meanwhile, or Slack busy); its
        # submission checks the lead again.
        log.info("views.update of the hand-over form failed: %s", slack_error(err))


def register(app: App) -> None:
    app.action(ActionId.HAND_OVER.value)(guarded(handle_hand_over))
