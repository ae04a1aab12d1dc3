"""Questions the bot asks before it stores something it is not sure of.

A use case that needs its author's say raises `NeedsAnswer` at the point of decision. The log is
then kept server-side (storage `PendingQuestion`) with the answers given so far, and the author
sees one button per option; a button carries only the question's token and the option, so a
click can answer only what was asked, once, by the person asked. No Slack here, no clock reads.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, get_type_hints

from bot.domain import ActivityKind, Source, Temperature
from bot.services.commands import LogCommand, NextStep

# A question left unanswered this long is no longer a safe basis for a record.
QUESTION_TTL = timedelta(days=7)


@dataclass(frozen=True)
class Answers:
    """What the author has already said about this log (each set by one option)."""

    new_customer: bool = False  # "New customer: X" (not one of the near misses)
    as_read: bool = False  # store what the parser understood, the unread words as the note
    again: bool = False  # the same deal was logged a moment ago and this is another one
    above_ceiling: bool = False  # an amount above the team's ceiling is right
    without_offer: bool = False  # a lost deal with no open offer counts anyway
    currency: str | None = None  # which currency a bare amount was in
    own_deal: bool = False  # a colleague's customer: log it as the author's own deal
    confirmed: bool = False  # a channel message the bot was not sure of is a record
    held: bool = False  # "Equinor neste uke": held today, and the day is the next step's
    day_chosen: bool = False  # typed after midnight: which day it was (the command's `when`)
    separate: bool = False  # a second offer to the customer is a deal of its own (its words)
    lead_id: int | None = None  # which of the seller's parallel deals a win or loss closes
    # A win at the open offer's amount, though a revision of it waits unanswered
    open_offer: bool = False


NO_ANSWERS = Answers()


@dataclass(frozen=True)
class NeedsAnswer(Exception):
    """Raised where a use case cannot decide alone. `params` are plain values for the text;
    `options` are the answers offered, in button order."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """A question stored and ready to render."""

    token: str
    code: str
    params: dict[str, Any]
    options: tuple[str, ...]
    # Asked already about this very log (a retried delivery of the same message): the author
    # has the question; saying it twice would only be noise.
    repeated: bool = False


@dataclass(frozen=True)
class Pending:
    """Everything needed to finish the log once the author answers."""

    command: LogCommand
    source: Source
    source_ref: str
    answers: Answers
    code: str
    params: dict[str, Any]
    options: tuple[str, ...]


def new_token() -> str:
    return secrets.token_urlsafe(16)  # 22 characters


def expired(created_at: datetime, now: datetime) -> bool:
    return now - created_at > QUESTION_TTL


# --- the pending log as JSON ---------------------------------------------------------------


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, NextStep):
        if value.period:  # left34: the week or month said, shown beside its due day
            return {"what": value.what, "due": value.due.isoformat(), "period": value.period}
        return {"what": value.what, "due": value.due.isoformat()}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):  # mendD33: a row of plain values (a correction's records)
        return {str(k): _encode(v) for k, v in value.items()}
    raise TypeError(f"cannot keep a {type(value).__name__} in a pending question")


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if getattr(kind, "__origin__", None) is tuple and kind.__args__[0] is date:
        return tuple(date.fromisoformat(v) for v in value)  # LogCommand.days
    for candidate in getattr(kind, "__args__", (kind,)):
        if candidate is type(None):
            continue
        if candidate is NextStep:
            period = value.get("period")
            return NextStep(
                str(value["what"]),
                date.fromisoformat(value["due"]),
                period=str(period) if period else None,
            )
        if candidate is date:
            return date.fromisoformat(value)
        if candidate is Decimal:
            return Decimal(value)
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return candidate(value)
        if candidate in (str, int, bool):
            return candidate(value)
        if getattr(candidate, "__origin__", None) is tuple:
            return tuple(value)
    return value


def command_to_dict(cmd: LogCommand) -> dict[str, Any]:
    return {f.name: _encode(getattr(cmd, f.name)) for f in fields(cmd)}


def command_from_dict(data: dict[str, Any]) -> LogCommand:
    hints = get_type_hints(LogCommand)
    # A field the question was kept without (asked before it existed) keeps its default.
    values = {
        f.name: _decode(hints[f.name], data[f.name]) for f in fields(LogCommand) if f.name in data
    }
    return LogCommand(**values)


def dump(pending: Pending) -> str:
    return json.dumps(
        {
            "command": command_to_dict(pending.command),
            "source": pending.source.value,
            "source_ref": pending.source_ref,
            "answers": {f.name: getattr(pending.answers, f.name) for f in fields(Answers)},
            "code": pending.code,
            "params": {k: _encode(v) for k, v in pending.params.items()},
            "options": list(pending.options),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def load(text: str) -> Pending:
    data = json.loads(text)
    known = {f.name for f in fields(Answers)}
    return Pending(
        command=command_from_dict(data["command"]),
        source=Source(data["source"]),
        source_ref=str(data["source_ref"]),
        answers=Answers(**{k: v for k, v in data["answers"].items() if k in known}),
        code=str(data["code"]),
        params=dict(data.get("params") or {}),
        options=tuple(data.get("options") or ()),
    )


# --- what an option does ---------------------------------------------------------------------

# Options that end the question without storing anything.
CANCEL = "cancel"
SAME = "same"  # the meeting or call asked about was the one logged a moment ago: nothing stored
NOT_A_SALE = "not_a_sale"
# mendG31. "Jag och Kari vann Telenor 2 mkr": the win is the colleague's to log, nothing stored
THEIRS = "theirs"
EDIT = "edit"  # open the log form pre-filled instead of storing
BOOKED = "booked"  # "Equinor neste uke": the activity is on that day; planned, not stored
DAY = "day:"  # "day:2026-11-29": the day the author picked (typed after midnight)
KIND = "kind:"  # "kind:win": "Kiwi 95k" was a win (or an offer sent), as its author says (review25)
RANGE = "range:"  # steps30: "range:low" / "range:middle" / "range:high" of an amount range
STEP = "step:"  # "step:2026-12-04": a talk booked with no day is due by this day
# mendC30. "on:2026-12-16": the day picked for a next step whose weekday and date disagree
STEP_ON = "on:"
WHOLE = "whole"  # "28 000/mnd i 12 mnd": store the whole value for the term, the words as note
# A channel message's price per period said with its term ("85k/mnd …, 24 mnd binding"), asked
# at the whole value: store the price alone instead (its params' "price")
PRICE = "price"
# Session 43: "temperature:warm" / "temperature:cold": the lead's temperature where the words
# said one in between ("lunken"), the words kept as the note
TEMPERATURE = "temperature:"
TIMES_ALL = "times_all"  # "Novo 7 ganger": seven calls, as counted
TIMES_ONE = "times_one"  # one call, the count's words its note
# heldmsg33. "times:2": "et par samtaler med Tine" / "a couple of calls with Boots" asked, the
# number clicked (the vague words no note of theirs: the number says them)
TIMES = "times:"
DAYS = "days"  # "2 ganger mandag og onsdag": each talk on its own day, as said (readers24)
# "Studio 54 250 000 kr" (session 21): the name with its number ("Studio 54", 250 000), or the
# number the amount's first group ("Studio", 54 250 000)
AS_READ_NAME = "name"
OTHER_READING = "group"


# left34. The options whose value carries a number or a day after its prefix, and how to read it
_NUMBERED = ("pick:", "lead:", "mend:", TIMES)
_DATED = (DAY, STEP, STEP_ON)


def readable(pending: Pending, option: str) -> bool:
    """left34. Whether `option`'s value reads as its kind of option says ("pick:0" a number in
    the suggestions, "on:2026-12-15" a day, "kind:win" a kind): a tampered button, or one kept
    from an older version of its question, is out of date (was: `int()` raised, a 500)."""
    try:
        if option.startswith(_NUMBERED):
            index = int(option.split(":", 1)[1])
            if index < 0:
                return False
            if option.startswith("pick:"):
                return index < len(pending.params.get("suggestions") or [])
            if option.startswith("mend:"):
                return index < len(pending.params.get("records") or [])
            return True
        if option.startswith(_DATED):
            date.fromisoformat(option.split(":", 1)[1])
        elif option.startswith(KIND):
            ActivityKind(option.removeprefix(KIND))
        elif option.startswith(TEMPERATURE):
            Temperature(option.removeprefix(TEMPERATURE))
        elif option.startswith(RANGE):
            Decimal(str(pending.params[option.removeprefix(RANGE)]))
    except (ValueError, KeyError, ArithmeticError):
        return False
    return True


def apply(pending: Pending, option: str) -> tuple[LogCommand, Answers]:
    """The log and answers after the author picked `option` (one of `pending.options`)."""
    cmd, answers = pending.command, pending.answers
    if option.startswith("pick:"):
        picks = pending.params.get("suggestions") or []
        index = int(option.split(":", 1)[1])
        return replace(cmd, customer=str(picks[index])), answers
    if option.startswith(DAY):
        day = date.fromisoformat(option.removeprefix(DAY))
        return replace(cmd, when=day), replace(answers, day_chosen=True)
    if option.startswith(KIND):
        return replace(cmd, kind=ActivityKind(option.removeprefix(KIND))), answers
    if option.startswith(TEMPERATURE):
        temperature = Temperature(option.removeprefix(TEMPERATURE))
        note = "; ".join(part for part in (cmd.note, cmd.unread) if part) or None
        return replace(cmd, temperature=temperature, note=note, unread=None), replace(
            answers, as_read=True
        )
    if option.startswith("lead:"):
        return cmd, replace(answers, lead_id=int(option.split(":", 1)[1]))
    if option.startswith("currency:"):
        return cmd, replace(answers, currency=option.split(":", 1)[1])
    if option.startswith(RANGE):
        # steps30. "/logoffer Posten 250-300k": the end picked; the range is the note already
        end = option.removeprefix(RANGE)
        amount = Decimal(str(pending.params[end]))
        # mendD34: "NOK 250 000 eller EUR 22 000": the alternative picked in its own currency
        currency = (pending.params.get("own") or {}).get(end) or cmd.currency
        return replace(cmd, amount=amount, currency=currency), replace(answers, confirmed=True)
    if option.startswith(STEP):
        # "/logcall Equinor booket møte": the talk booked is the lead's next step, by the day
        # picked; the booking words are read
        due = date.fromisoformat(option.removeprefix(STEP))
        what = str(pending.params.get("what") or "meeting")
        cmd = replace(cmd, next_step=NextStep(what, due), unread=None)
        return cmd, replace(answers, as_read=True)
    if option in (TIMES_ALL, DAYS):
        return cmd, answers  # "7 ganger" is seven: stored as counted; each on its day
    if option.startswith(TIMES):
        words = str(pending.params.get("words") or "")
        note = "; ".join(p for p in (cmd.note or "").split("; ") if p and p != words)
        times = int(option.removeprefix(TIMES))
        cmd = replace(cmd, times=times, times_said=None, note=note or None)
        return cmd, replace(answers, confirmed=True)
    if option == TIMES_ONE:
        # One talk, the count's words its note ("x12" was a price's, not a count)
        note = "; ".join(part for part in (cmd.times_said, cmd.note) if part)
        return replace(cmd, times=1, times_said=None, note=note or None), answers
    if option in (AS_READ_NAME, OTHER_READING) and cmd.other_customer is not None:
        if option == OTHER_READING and cmd.other_note is not None:
            # a loss: its amount is in the note ("54 250 000 kr, pris" to Studio)
            cmd = replace(cmd, customer=cmd.other_customer, note=cmd.other_note)
        elif option == OTHER_READING:
            whole = cmd.whole_value
            if whole is not None and cmd.amount and cmd.other_amount is not None:
                # "Studio 54 250 000 kr pr år i 3 år": the term's value for this reading's price
                whole = whole * cmd.other_amount / cmd.amount
            cmd = replace(
                cmd, customer=cmd.other_customer, amount=cmd.other_amount, whole_value=whole
            )
        return replace(cmd, other_customer=None, other_amount=None, other_note=None), answers
    if option == PRICE:
        price = pending.params.get("price")
        if price is None:
            raise ValueError("no price to store")
        cmd = replace(cmd, amount=Decimal(str(price)))
        # a command's words ("5000 pr mnd x 24") are kept as its note, as typed
        option = "as_read" if cmd.unread else "record"
    if option == WHOLE:
        if cmd.whole_value is None:
            raise ValueError("no whole value to store")
        cmd = replace(cmd, amount=cmd.whole_value)
        option = "as_read"  # the price and its term are kept as the note, as typed
    flag = {
        "new": "new_customer",
        "as_read": "as_read",
        "step_note": "as_read",  # steps30: a step in a period kept with no day, as the note
        "again": "again",
        "another": "again",
        "above_ceiling": "above_ceiling",
        "without_offer": "without_offer",
        "own": "own_deal",
        "record": "confirmed",
        "held": "held",
        "separate": "separate",
        "open_offer": "open_offer",
    }.get(option)
    if flag is None:
        raise ValueError(f"no such option: {option}")
    if flag == "as_read" and cmd.unread:
        # What could not be read is kept as the note (after any note typed), so nothing the
        # seller typed is lost; the confirmation shows it
        note = "; ".join(part for part in (cmd.note, cmd.unread) if part)
        cmd = replace(cmd, note=note, unread=None)
    return cmd, replace(answers, **{flag: True})
