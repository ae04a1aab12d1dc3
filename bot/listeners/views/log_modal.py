"""Submitting the log modal: invalid fields come back inline; a valid one is stored once per view."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import i18n
from bot.domain import ActivityKind, Source
from bot.errors import MESSAGES, UserError, message_params
from bot.ids import LOG_COMMANDS, BlockId, InputId, LogModalMetadata, ViewId
from bot.listeners.events.messages import add_reaction
from bot.listeners.guard import guarded
from bot.rendering.replies import log_reply
from bot.services import activities, forms
from bot.services.activities import Logged
from bot.services.questions import Answers
from bot.services.requester import reading_krone
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)
_TALKS = (ActivityKind.MEETING, ActivityKind.CALL)


def input_value(values: dict[str, Any], block: BlockId, element: InputId) -> Any:
    """What a form's input holds as submitted: a chosen option's value, a picked date, or text."""
    state = (values.get(block.value) or {}).get(element.value) or {}
    if "selected_option" in state:
        return (state.get("selected_option") or {}).get("value")
    if "selected_date" in state:
        return state.get("selected_date")
    return state.get("value")


# The form's fields, by the name the form service uses (the block ids are the same words).
FIELDS = {
    "customer": (BlockId.CUSTOMER, InputId.CUSTOMER),
    "date": (BlockId.DATE, InputId.DATE),
    "amount": (BlockId.AMOUNT, InputId.AMOUNT),
    "temperature": (BlockId.TEMPERATURE, InputId.TEMPERATURE),
    "next_what": (BlockId.NEXT_WHAT, InputId.NEXT_WHAT),
    "next_date": (BlockId.NEXT_DATE, InputId.NEXT_DATE),
    "note": (BlockId.NOTE, InputId.NOTE),
}


def _short(params: dict[str, Any], limit: int = 60) -> dict[str, Any]:
    """What was typed, cut to `limit` characters in a form's error (3 000 digits are not read)."""
    return {
        k: v[:limit] + "…" if isinstance(v, str) and len(v) > limit else v
        for k, v in params.items()
    }


# What the form of each kind asks besides customer, date and note (bot.rendering.blocks.log_modal).
KIND_FIELDS = {
    "offer": {"amount"},
    "win": {"amount"},
    "meeting": {"temperature", "next_what", "next_date"},
    "call": {"temperature", "next_what", "next_date"},
}
COMMON_FIELDS = {"customer", "date", "note"}


def form_values(values: dict[str, Any], kind: str | None = None) -> dict[str, str | None]:
    """The fields as submitted; with `kind`, only those its form has (Slack sends no others: a
    state with more is a forged or an older form's, and a meeting never gets an amount)."""
    wanted = COMMON_FIELDS | KIND_FIELDS.get(kind, set()) if kind is not None else set(FIELDS)
    return {
        name: input_value(values, block, element) if name in wanted else None
        for name, (block, element) in FIELDS.items()
    }


def _names_a_kind(private_metadata: Any) -> bool:
    """Whether the form says what it logs (a form of an older kpibot may not, in a way this one
    reads): never guessed, a win is not stored as a meeting."""
    try:
        data = json.loads(private_metadata) if isinstance(private_metadata, str) else None
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("kind") in LOG_COMMANDS.values()


def handle_log_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    request: Request = context["request"]
    meta = LogModalMetadata.from_json(view.get("private_metadata"))
    kind = ActivityKind(meta.kind)
    user_id = body["user"]["id"]
    # The form's own channel decides the team, as the command would have. No Slack call before
    # the ack (3 s): the cached profile is enough here (the middleware gives no profile source).
    request.channel_id = meta.channel

    def inline(language: str, errors: dict[str, tuple[str, dict]]) -> None:
        t = i18n.translations(language)
        # Slack shows an error only under an input the submitted form has: one about a field
        # it lacks (an older form, a forged one) goes under its first input instead.
        inputs = [
            b.get("block_id")
            for b in view.get("blocks") or []
            if isinstance(b, dict) and b.get("type") == "input" and b.get("block_id")
        ]
        shown: dict[str, str] = {}
        for block, (code, params) in errors.items():
            # Inline errors are plain text: no *bold* markers; what was typed is shortened.
            said = (
                t.gettext(MESSAGES[code])
                % message_params(_short(params), lambda d: i18n.format_day(d, language))
            ).replace("*", "")
            where = block if block in inputs or not inputs else inputs[0]
            shown[where] = f"{shown[where]} {said}" if where in shown else said
        ack(response_action="errors", errors=shown)

    if not _names_a_kind(view.get("private_metadata")):
        inline(request.language, {BlockId.CUSTOMER.value: ("old_form", {})})
        return
    try:
        with request.writing() as uow:
            who = uow.who
            cmd, errors = forms.log_command_from_form(
                kind,
                form_values(view["state"]["values"], kind.value),
                today=who.today,
                krone=reading_krone(who),  # a Swede's "300 tkr" in a NOK team: asked (review25)
            )
            if cmd is not None and meta.times > 1 and kind in _TALKS:
                # "2 samtaler med Novo" edited: all N with the form's fields (the form says so)
                cmd = replace(cmd, times=meta.times)
            if cmd is None:
                outcome = None
            else:
                # Opened by "Edit" on a question: this record takes the place of the one asked
                # about (a channel message's, say), so it is still stored once.
                ref = activities.edited_ref(uow.session, who, meta.question, cmd)
                outcome = activities.log(
                    uow.session,
                    who,
                    cmd,
                    source=Source.MODAL,
                    source_ref=ref or f"view:{view['id']}",
                    now=uow.now,
                    # What the form says was chosen and typed on purpose: a customer picked or
                    # made new, every field read as written.
                    answers=Answers(new_customer=True, as_read=True, confirmed=True),
                    words=cmd.note,  # "separat tilbud" in the note: an offer of its own
                )
    except UserError as err:
        block = BlockId.AMOUNT.value if err.code == "win_needs_amount" else BlockId.CUSTOMER.value
        inline(request.language, {block: (err.code, err.params)})
        return
    if outcome is None:
        inline(who.language, {FIELDS[name][0].value: error for name, error in errors.items()})
        return
    ack()
    # Stored, or a question the form cannot answer (the same deal a moment ago, an amount above
    # the ceiling, a colleague's lead): said privately where the form was opened.
    reply = log_reply(who.language, outcome)
    if isinstance(outcome, Logged) and not outcome.duplicate:
        add_reaction(client, outcome.message)  # a channel message's record, from Edit
    channel = meta.channel
    try:
        if channel and channel.startswith(("C", "G")):
            client.chat_postEphemeral(channel=channel, user=user_id, **reply)
        else:
            client.chat_postMessage(channel=user_id, **reply)
    except SLACK_CALL_ERRORS as err:
        # The bot may not be in that channel: say it in a DM instead.
        log.info("ephemeral confirmation failed (%s); sending a DM", slack_error(err))
        try:
            client.chat_postMessage(channel=user_id, **reply)
        except SLACK_CALL_ERRORS as err:  # stored all the same; the form has closed
            log.warning("confirmation of a logged form not delivered: %s", slack_error(err))


def register(app: App) -> None:
    app.view(ViewId.LOG_ACTIVITY.value)(guarded(handle_log_submission))
