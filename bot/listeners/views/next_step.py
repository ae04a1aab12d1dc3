"""Submitting “Plan next step”: the lead gets its next activity (owner or manager only), with
its time when one was picked; a day off where the seller works only when planned there anyway."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import i18n
from bot.errors import MESSAGES, message_params
from bot.i18n import N_
from bot.ids import BlockId, InputId, NextStepMetadata, ViewId
from bot.listeners.events.app_home import publish_home
from bot.listeners.guard import guarded
from bot.rendering.blocks import form_asking_day_off
from bot.rendering.nudge import nudge_message_redrawn
from bot.services import leads
from bot.services.forms import FieldErrors
from bot.services.read_models import LeadLine
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)
# A step's day off, by the code its error has: "weekend" | "holiday" (nudges.day_off's words).
DAY_OFF_WHY = {code: why for why, code in leads.DAY_OFF_CODES.items()}

# The form's fields, by the name the service uses (the block ids are the same words).
FIELDS = {
    "next_what": (BlockId.NEXT_WHAT, InputId.NEXT_WHAT),
    "next_date": (BlockId.NEXT_DATE, InputId.NEXT_DATE),
    "next_time": (BlockId.NEXT_TIME, InputId.NEXT_TIME),
}
# The form's own messages; every other error is one of bot.errors.MESSAGES.
FORM_MESSAGES = {
    leads.MISSING_WHAT: N_("Say what the next step is, for example “demo”."),
    leads.BAD_TIME: N_("Pick the time with the clock, for example 10:00."),
    "step_on_weekend": N_(
        "%(date)s is a weekend day. Pick a working day, or tick “Plan it on that day anyway”."
    ),
    "step_on_holiday": N_(
        "%(date)s is a public holiday or a day off where you work. Pick a working day, or "
        "tick “Plan it on that day anyway”."
    ),
    leads.NOT_YOURS: N_("Only the lead's owner or a manager can plan its next step."),
    leads.CLOSED: N_(
        "This lead has been won or lost since the reminder, so nothing was logged or planned "
        "on it. For a new deal with the customer, log its meeting or call with /logmeeting or "
        "/logcall."
    ),
    leads.GONE: N_(
        "This lead is no longer there: its entries were undone, or its customer was deleted "
        "or merged. Nothing was changed."
    ),
}


def _input(values: dict[str, Any], field: str) -> dict[str, Any]:
    block, element = FIELDS[field]
    return (values.get(block.value) or {}).get(element.value) or {}


def inline_errors(
    language: str,
    errors: FieldErrors,
    fields: Mapping[str, tuple[BlockId, InputId]],
    messages: Mapping[str, str],
) -> dict[str, str]:
    """A form's errors (by the service's field names) as Slack shows them under the fields (by
    block id): plain text, which Slack does not format. Our messages' own *bold* marks are
    taken out of the message before what was typed is put in, so a seller's own * and _
    ("*Acme*", "R&D_2") are shown as typed, never dropped, and &, < and > are never escaped
    into entities (Slack would show "&amp;" as it is). Was: the plan form showed our "*"
    marks (it took none out) and "Done already" took out every "*", the seller's too.
    An error about a field the form lacks goes under its first field (a forged or older form)."""
    t = i18n.translations(language)
    first = next(iter(fields.values()))[0].value
    shown: dict[str, str] = {}
    for field, (code, params) in errors.items():
        message = t.gettext(messages.get(code) or MESSAGES[code]).replace("*", "")
        said = message % message_params(params, lambda d: i18n.format_day(d, language))
        where = fields[field][0].value if field in fields else first
        shown[where] = f"{shown[where]} {said}" if where in shown else said
    return shown


def _inline(language: str, errors: FieldErrors) -> dict[str, str]:
    return inline_errors(language, errors, FIELDS, FORM_MESSAGES)


def day_off_ticked(values: dict[str, Any]) -> bool:
    """ "Plan it on that day anyway", ticked (the box is there when the step's day is a weekend
    or a holiday where the seller works)."""
    ticked = (values.get(BlockId.DAY_OFF_OK.value) or {}).get(InputId.DAY_OFF_OK.value) or {}
    return any(o.get("value") == "yes" for o in ticked.get("selected_options") or [])


def asks_day_off(view: dict[str, Any], errors: FieldErrors) -> str | None:
    """Why the step's day is off ("weekend" | "holiday") when the form must be sent back with
    the box to plan it there anyway: the day is off, and the form has no box (Slack's
    date-picked action never came: a date typed with the keyboard, or the event lost)."""
    code = errors.get("next_date", ("", {}))[0]
    boxed = any(b.get("block_id") == BlockId.DAY_OFF_OK.value for b in view.get("blocks") or [])
    return None if boxed else DAY_OFF_WHY.get(code)


def handle_next_step_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    request: Request = context["request"]
    meta = NextStepMetadata.from_json(view.get("private_metadata"))
    values = view["state"]["values"]
    what = _input(values, "next_what").get("value") or ""
    picked = _input(values, "next_date").get("selected_date")
    at = _input(values, "next_time").get("selected_time") or None
    day_off_ok = day_off_ticked(values)
    # A nudge DM lists these leads; their lines are redrawn in place once the step is planned.
    shown = list(meta.leads) if meta.from_dm else []
    try:
        due = date.fromisoformat(picked) if picked else None
    except (TypeError, ValueError):  # not a datepicker's date (an older form, a forged one)
        ack(
            response_action="errors",
            errors=_inline(
                request.language, {"next_date": ("bad_date", {"text": str(picked)[:60]})}
            ),
        )
        return
    # No Slack call before the ack (3 s): the middleware gives this request no profile source.
    with request.writing() as uow:
        who = uow.who
        planned = leads.plan_next_step(
            uow.session,
            who,
            meta.lead_id,
            what,
            due,
            shown,
            now=uow.now,
            at=str(at) if at is not None else None,
            day_off_ok=day_off_ok,
        )
    why = asks_day_off(view, planned.errors)
    if why is not None and due is not None:
        # A weekend or holiday, and the form has no box to plan it there anyway: Slack's
        # date-picked action never came (typed or pasted with the keyboard, or the event lost).
        # The form is sent back asking, the box added and what was filled in kept; saved
        # again with it ticked, the step is planned (was: "tick …" with no box to tick).
        initial = {
            BlockId.NEXT_WHAT.value: {"initial_value": what} if what else {},
            BlockId.NEXT_DATE.value: {"initial_date": due.isoformat()},
            BlockId.NEXT_TIME.value: {"initial_time": at} if at else {},
        }
        asking = form_asking_day_off(view, who.language, why, due, initial)
        ack(response_action="update", view=asking)
        return
    if planned.errors:
        ack(response_action="errors", errors=_inline(who.language, planned.errors))
        return
    ack()
    if meta.from_home:
        publish_home(request, client)
    elif meta.from_dm and meta.channel and meta.ts:
        redraw_dm(
            client, meta.channel, meta.ts, who.language, planned.leads, who.today,
            who.own_currency or who.currency,
        )  # fmt: skip


def redraw_dm(
    client: WebClient,
    channel: str,
    ts: str,
    language: str,
    listed: list[LeadLine],
    today: date,
    currency: str | None = None,
) -> None:
    """The nudge DM as it stands now, its leads' lines redrawn from their state and the rest
    kept: the intro, "…and N more", the A-customers due a touchpoint (drawn anew from the leads
    alone, those vanished). Read now, not when the form opened: another click, or a second form
    submitted first, has changed it since, and what they did is kept. When Slack cannot give
    the DM now, it stays as it is (the step is stored; a click on the DM redraws it)."""
    try:
        found = client.conversations_history(channel=channel, latest=ts, inclusive=True, limit=1)
        sent = next((m for m in found.get("messages") or [] if m.get("ts") == ts), None)
        if sent is None or not sent.get("blocks"):
            log.info("the nudge DM to redraw was not found")
            return
        client.chat_update(
            channel=channel, ts=ts, **nudge_message_redrawn(sent, language, listed, today, currency)
        )
    except SLACK_CALL_ERRORS as err:
        log.info("the nudge DM was not redrawn: %s", slack_error(err))


def register(app: App) -> None:
    app.view(ViewId.PLAN_NEXT_STEP.value)(guarded(handle_next_step_submission))
