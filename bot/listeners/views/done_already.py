"""Submitting “Done already”: the meeting or call is logged as /logcall logs it (once per form,
however often it is submitted), the nudge DM's lead shows it done, and the confirmation (with
its Undo) or the question asked first comes in the DM."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.i18n import N_
from bot.ids import BlockId, InputId, NextStepMetadata, ViewId
from bot.listeners.guard import guarded
from bot.listeners.views.log_modal import input_value
from bot.listeners.views.next_step import FORM_MESSAGES as NEXT_STEP_MESSAGES
from bot.listeners.views.next_step import asks_day_off, day_off_ticked, inline_errors, redraw_dm
from bot.rendering.blocks import form_asking_day_off
from bot.rendering.replies import log_reply
from bot.services import leads
from bot.services.activities import Logged
from bot.services.forms import FieldErrors
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)

# The form's fields, by the name the service uses.
FIELDS = {
    "kind": (BlockId.DONE_KIND, InputId.DONE_KIND),
    "date": (BlockId.DATE, InputId.DATE),
    "next_what": (BlockId.NEXT_WHAT, InputId.NEXT_WHAT),
    "next_date": (BlockId.NEXT_DATE, InputId.NEXT_DATE),
}
# The form's own messages; every other error is one of bot.errors.MESSAGES.
FORM_MESSAGES = {
    "missing_done_kind": N_("Pick what was done: a call or a meeting."),
    leads.NOT_YOURS: N_(
        "This lead belongs to a colleague: only they can log a meeting or call on it. "
        "Nothing was logged."
    ),
    leads.GONE: N_(
        "This lead is no longer there: its entries were undone, or its customer was deleted "
        "or merged. Nothing was changed."
    ),
    # A next step on a weekend or holiday: said as the plan form says it
    **{code: NEXT_STEP_MESSAGES[code] for code in leads.DAY_OFF_CODES.values()},
    leads.CLOSED: N_(
        "This lead has been won or lost since the reminder, so nothing was logged or planned "
        "on it. For a new deal with the customer, log its meeting or call with /logmeeting or "
        "/logcall."
    ),
}


def _inline(language: str, errors: FieldErrors) -> dict[str, str]:
    return inline_errors(language, errors, FIELDS, FORM_MESSAGES)


def _asking(
    view: dict[str, Any], language: str, why: str, day: date, fields: dict[str, Any]
) -> dict[str, Any]:
    kinds = next(
        (b["element"].get("options") or [] for b in view.get("blocks") or []
         if b.get("block_id") == BlockId.DONE_KIND.value),
        [],
    )  # fmt: skip
    kind = next((o for o in kinds if o.get("value") == fields.get("kind")), None)
    initial = {
        BlockId.DONE_KIND.value: {"initial_option": kind} if kind else {},
        BlockId.DATE.value: {"initial_date": fields["date"]} if fields.get("date") else {},
        BlockId.NEXT_WHAT.value: {"initial_value": fields["next_what"]}
        if fields.get("next_what")
        else {},
        BlockId.NEXT_DATE.value: {"initial_date": day.isoformat()},
    }
    return form_asking_day_off(view, language, why, day, initial)


def handle_done_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    request: Request = context["request"]
    meta = NextStepMetadata.from_json(view.get("private_metadata"))
    values = view["state"]["values"]
    fields = {name: input_value(values, *FIELDS[name]) for name in FIELDS}
    shown = list(meta.leads) if meta.from_dm else []
    # No Slack call before the ack (3 s).
    with request.writing() as uow:
        who = uow.who
        done = leads.log_done(
            uow.session,
            who,
            meta.lead_id,
            fields,
            shown,
            # The form's view: a second submission (a double click, Slack's retry) finds it
            # stored and counts nothing more.
            source_ref=f"view:{view['id']}",
            now=uow.now,
            day_off_ok=day_off_ticked(values),
        )
    why = asks_day_off(view, done.errors)
    if why is not None:
        # The form sent back with the box, as the plan form's (what was filled in kept)
        day = done.errors["next_date"][1]["date"]
        ack(response_action="update", view=_asking(view, who.language, why, day, fields))
        return
    if done.errors or done.refused is not None:
        errors = done.errors or {"kind": (done.refused.refused or leads.GONE, {})}  # type: ignore[union-attr]
        ack(response_action="errors", errors=_inline(who.language, errors))
        return
    ack()
    outcome = done.outcome
    assert outcome is not None
    user_id = body["user"]["id"]
    if isinstance(outcome, Logged) and outcome.duplicate:
        return  # submitted again (a double click, Slack's retry): confirmed the first time
    try:  # the confirmation with its Undo, or the question asked before anything was stored
        client.chat_postMessage(channel=user_id, **log_reply(who.language, outcome))
    except SLACK_CALL_ERRORS as err:
        log.warning("confirmation of a done-already form not delivered: %s", slack_error(err))
    if isinstance(outcome, Logged) and meta.from_dm and meta.channel and meta.ts:
        redraw_dm(
            client, meta.channel, meta.ts, who.language, done.leads, who.today,
            who.own_currency or who.currency,
        )  # fmt: skip


def register(app: App) -> None:
    app.view(ViewId.DONE_ALREADY.value)(guarded(handle_done_submission))
