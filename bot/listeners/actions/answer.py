"""A click on one of a question's buttons ("Did you mean …?", "Log it again?", …)."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.errors import UserError
from bot.ids import ActionId, BlockId, LogModalMetadata
from bot.listeners.events.messages import add_reaction
from bot.listeners.guard import guarded
from bot.rendering.blocks import log_modal
from bot.rendering.replies import (
    amended_reply,
    answered_reply,
    corrected_reply,
    log_reply,
    logged_all_reply,
    planned_reply,
    question_reply,
)
from bot.services import activities, questions
from bot.services.activities import (
    Answered,
    Corrected,
    EditRequested,
    Logged,
    LoggedAll,
    Planned,
)
from bot.services.activities_amend import Amended
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def read_value(value: Any) -> tuple[str, str] | None:
    """`<token>|<option>`, as the button was built; anything else is not ours."""
    if not isinstance(value, str) or value.count("|") != 1:
        return None
    token, option = value.split("|")
    if not token or not option or len(token) > 32 or len(option) > 32:
        return None
    return token, option


def handle_answer(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    ack()
    request: Request = context["request"]
    parsed = read_value(action.get("value"))
    if parsed is None:
        respond(**answered_reply(request.language, Answered("missing")), replace_original=False)
        return
    _answer(body, respond, client, request, *parsed)


def handle_day_picked(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    """cmds28. A day picked in a question's date picker ("i desember": which day of it?): the
    question's token is in the picker's block id, the day its selected_date; checked by the
    service (a day outside the period, or ahead, is said so and stores nothing)."""
    ack()
    request: Request = context["request"]
    block = str(action.get("block_id") or "")
    token = block.removeprefix(BlockId.DAY_PICK.value)
    picked = str(action.get("selected_date") or "")
    parsed = read_value(f"{token}|{questions.DAY}{picked}")
    if not block.startswith(BlockId.DAY_PICK.value) or parsed is None:
        respond(**answered_reply(request.language, Answered("missing")), replace_original=False)
        return
    _answer(body, respond, client, request, *parsed)


def _answer(
    body: dict[str, Any],
    respond: Respond,
    client: WebClient,
    request: Request,
    token: str,
    option: str,
) -> None:
    with request.writing() as uow:
        outcome = activities.answer(uow.session, uow.who, token, option, now=uow.now)
        language = uow.who.language
    if isinstance(outcome, Answered):
        # Someone else's question stays as it is; the clicker hears why nothing happened.
        respond(
            **answered_reply(language, outcome),
            # a day picked outside the period asked about: said below, the picker still open
            replace_original=outcome.state not in {"forbidden", "day_ahead", "day_outside"},
        )
        return
    if isinstance(outcome, Planned):
        respond(**planned_reply(language, outcome), replace_original=True)
        return
    if isinstance(outcome, Amended):
        respond(**amended_reply(language, outcome), replace_original=True)
        return
    if isinstance(outcome, Corrected):
        respond(**corrected_reply(language, outcome), replace_original=True)
        return
    if isinstance(outcome, LoggedAll):
        # a week told by its days, recorded at one click: its ✅, and any row still asked
        if any(not x.duplicate for x in outcome.logged):
            add_reaction(client, outcome.message)
        respond(**logged_all_reply(language, outcome), replace_original=True)
        for asked in outcome.asked:
            respond(**question_reply(language, asked), replace_original=False)
        return
    if isinstance(outcome, EditRequested):
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
            "channel_id"
        )
        metadata = LogModalMetadata(
            kind=outcome.kind, channel=channel, question=token, times=outcome.times
        ).to_json()
        try:
            open_form(
                client,
                body["trigger_id"],
                log_modal(language, outcome.kind, outcome.when, metadata, prefill=outcome),
            )
        except SLACK_CALL_ERRORS as err:
            # No form: the question stays open, its buttons still answer it (a second click
            # was told "answered already", and the message could then never be recorded).
            log.warning("the Edit form did not open: %s", slack_error(err))
            with request.writing() as uow:
                activities.reopen_edit(uow.session, uow.who, token)
            # Said as for every form Slack did not open (was "something went wrong on our side").
            raise UserError("form_not_opened") from None
        respond(delete_original=True)
        return
    if isinstance(outcome, Logged) and not outcome.duplicate:
        add_reaction(client, outcome.message)  # a channel message recorded: its ✅, as unasked
    respond(**log_reply(language, outcome), replace_original=True)


def register(app: App) -> None:
    app.action(re.compile(f"^{ActionId.ANSWER.value}_\\d+$"))(guarded(handle_answer))
    app.action(ActionId.ANSWER_DAY.value)(guarded(handle_day_picked))
