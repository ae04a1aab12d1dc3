"""The coaching views' buttons: the call-day list's "Log a call" (the log form for a call, with
the customer filled in) and the funnel's loss reasons as written."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.errors import UserError
from bot.ids import ActionId, LogModalMetadata
from bot.listeners.guard import guarded
from bot.rendering.blocks import log_modal
from bot.rendering.coaching import reasons_message
from bot.services import coaching
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def handle_log_call(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    # The name only fills the form in; what is stored is what the seller submits.
    customer = " ".join(str(action.get("value") or "").split())[:150]
    channel = (body.get("channel") or {}).get("id")
    metadata = LogModalMetadata(kind="call", channel=channel).to_json()
    today = request.now.date()
    view = log_modal(
        request.language, "call", today, metadata, prefill=SimpleNamespace(customer=customer)
    )
    try:
        open_form(client, body["trigger_id"], view)
    except SLACK_CALL_ERRORS as err:
        log.warning("the log form did not open: %s", slack_error(err))
        request.example = "call"  # the command that logs the call without the form
        raise UserError("form_not_opened") from None


def handle_loss_reasons(ack: Ack, respond: Respond, context: BoltContext) -> None:
    """/teamstatus funnel's button: the loss reasons as they were written (managers)."""
    ack()
    request: Request = context["request"]
    with request.reading() as uow:
        view = coaching.team_funnel(uow.session, uow.who)
        language = uow.who.language
    respond(**reasons_message(view, language), replace_original=False)


def register(app: App) -> None:
    app.action(ActionId.CALLDAY_CALL.value)(guarded(handle_log_call))
    app.action(ActionId.FUNNEL_REASONS.value)(guarded(handle_loss_reasons))
