"""/logmeeting, /logcall, /logoffer, /logwin, /loglost.

With text: parse, store in one unit of work, and answer in the acknowledgement itself (one HTTP
exchange, nothing said before it is stored). Without text: the form."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, BoltContext, BoltRequest
from slack_sdk import WebClient

from bot.clock import local_date
from bot.domain import KIND_OF, ActivityKind
from bot.i18n import translate
from bot.ids import LOG_COMMANDS, LogModalMetadata
from bot.rendering.blocks import KIND_WORDS, log_modal
from bot.rendering.replies import error_reply, log_reply
from bot.services import activities, log_questions, requester
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request, StaleRequester

log = logging.getLogger(__name__)


_AHEAD = "kpibot_keys_ahead"  # the request's context: activities.keys_ahead of its text


def read_ahead(request: BoltRequest) -> None:
    """Before the command waits for a writer's turn (bot.listener_runner.in_request_thread's
    `before_turn`): the customer keys its text may name, read from the text alone."""
    body = request.body
    text = body.get("text") or ""
    kind = LOG_COMMANDS.get(body.get("command") or "")
    if text and kind is not None:
        request.context[_AHEAD] = activities.keys_ahead(
            KIND_OF[kind], text, _guess(request.context.get("request"))
        )


def _guess(request: Request | None) -> tuple[str, date, str, str] | None:
    """The workspace, the requester's today, krone and language as this process last knew
    them."""
    if request is None or not request.user_id:
        return None
    place = requester.place_hint(request.workspace_id, request.user_id)
    if place is None:
        return None
    timezone, krone = place
    language = requester.language_hint(request.workspace_id, request.user_id)
    return request.workspace_id, local_date(request.now, timezone), krone, language


def handle_log_command(
    ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    request: Request = context["request"]
    kind = KIND_OF[LOG_COMMANDS[command["command"]]]
    text = command.get("text") or ""

    # No text at all: the form. (Whitespace only is answered below as a missing customer.)
    if text == "":
        ack()
        if open_modal(request, client, command, kind):
            return
        with request.reading() as uow:
            reply = error_reply(uow.who.language, "empty", {}, kind.value)
        context.respond(**reply, response_type="ephemeral")
        return

    # A UserError (unreadable text, a win without an amount) rolls the unit of work back and is
    # answered by the app's error handler, in this same acknowledgement.
    ahead: activities.KeysAhead | None = context.get(_AHEAD)
    try:
        who, outcome = _log(request, kind, text, command, ahead, kept=True)
    except StaleRequester:
        # ack29: the requester kept by this process changed since (the version moved): all of
        # it undone; done again with the requester read afresh.
        request.who = None
        requester.forget_kept(request.workspace_id, request.user_id or "")
        who, outcome = _log(request, kind, text, command, ahead, kept=False)
    ack(**log_reply(who.language, outcome), response_type="ephemeral")


def _log(
    request: Request,
    kind: ActivityKind,
    text: str,
    command: dict[str, Any],
    ahead: activities.KeysAhead | None,
    *,
    kept: bool,
) -> tuple[requester.Who, Any]:
    with request.writing(kept=kept, keep=True) as uow:
        # The requester and the customers the text may name, in one round trip (or the
        # requester kept, unread: requester.kept).
        who, found = uow.who_with_customers(ahead.keys) if ahead else (uow.who, None)
        outcome = activities.log_text(
            uow.session,
            who,
            kind,
            text,
            source_ref=f"cmd:{command['trigger_id']}",
            now=uow.now,
            # "/logmeeting Equinor neste uke", if booked for next week: the lead's next step.
            booked_what=translate(who.language, KIND_WORDS[kind.value]),
            ahead=ahead,
            found_ahead=found,
        )
    return who, outcome


def open_modal(
    request: Request, client: WebClient, command: dict[str, Any], kind: ActivityKind
) -> bool:
    """views.open first (the trigger_id lives 3 s and works once); then fix the language.
    False when the modal could not be opened (the caller then answers in text)."""
    guess = request.language
    metadata = LogModalMetadata(kind.value, command.get("channel_id")).to_json()
    today = request.now.date()
    try:
        opened = open_form(
            client, command["trigger_id"], log_modal(guess, kind.value, today, metadata)
        )
    except SLACK_CALL_ERRORS as err:
        log.warning("views.open failed: %s", slack_error(err))
        return False
    with request.reading() as uow:
        who = uow.who
        # Between midnight and five the form offers the day that just ended, as a command asks.
        day = log_questions.day_just_ended(who, uow.now) or who.today
    if who.language != guess or day != today:
        view = opened["view"]
        try:
            client.views_update(
                view_id=view["id"],
                hash=view.get("hash"),
                view=log_modal(who.language, kind.value, day, metadata),
            )
        except SLACK_CALL_ERRORS as err:
            # The modal is open and usable as it is (closed already, or edited meanwhile).
            log.info("views.update of the log modal failed: %s", slack_error(err))
    return True
