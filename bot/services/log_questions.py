"""The questions a log command's text raises before anything is stored.

Each builder takes the parsed command (and the requester, or their local day) and returns the
NeedsAnswer to ask (with one-click options), or None when the text is clear: a name or a group,
another kind of activity said beside the command's, a verb or a name, an amount range or a currency
clash, a next step with a span or no day, a talk that was not held, a meeting booked ahead, a night
or a weekday that clashes with a date, a period or a month ahead, how many times. No session and no
Slack: activities.log_text decides when to ask, and activities.answer records the answer."""

from __future__ import annotations

import json
import re
from calendar import monthrange
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from bot.clock import local_time
from bot.domain import ActivityKind
from bot.errors import UserError
from bot.ids import LOG_COMMANDS
from bot.services import deal_words, follow_up, questions
from bot.services.amounts import CurrencyClash, ForeignKrone, parse_amount
from bot.services.capture.night import NIGHT_ENDS
from bot.services.capture.places import PLACES as TOWNS
from bot.services.commands import (
    DEFAULT_NEXT_STEP,
    THERMOMETERS,
    LogCommand,
    a_colleague_along,
    a_temperature_to_ask,
    booked_without_day,
    parse_log_command,
)
from bot.services.commands.clause_steps import step_of_the_unread
from bot.services.commands.names import a_noun_opening_a_name, own_verb_first
from bot.services.commands.ranges import AmountRange, RangeSaid
from bot.services.commands.step_periods import StepPeriod, days_to_offer
from bot.services.commands.times import (
    MOST_TIMES,
    MOST_TIMES_UNASKED,
    days_of_the_span_said,
    days_of_the_week_said,
)
from bot.services.commands.vague_days import (
    MOST_DAY_BUTTONS,
    Period,
    period_gone,
    romjul_working_days,
    week_gone,
    worked,
)
from bot.services.commands.words import _NEXT_WORDS
from bot.services.customers import customer_key
from bot.services.dates import WeekdayClash, fold, names_the_romjul, time_suffix, whole_date
from bot.services.public_holidays import PLACES
from bot.services.questions import Answers, NeedsAnswer
from bot.services.requester import Who


def unread_question(cmd: LogCommand) -> NeedsAnswer:
    """The parser left words it could not read: show what was understood without them, to
    store as read or to correct in the form (never a customer made of them). A price per period
    ("28 000/mnd i 12 mnd") offers both readings, each with its amount on its button: the whole
    value for the term (a year when none is said) and the price alone; never the price unsaid."""
    per_period = bool(cmd.per_period and cmd.whole_value is not None)
    # "5000 pr mnd x 24": read at the whole value for the term (session 24, conv24); its first
    # button stores it, the words its note, the other the price alone
    termed = per_period and cmd.price is not None
    # Session 43. "lunken", "ljummen", "ikke helt varm": how warm, not which; warm and cold a
    # click each (was: "I could not read «lunken»", stored without one or typed again)
    how_warm: tuple[str, ...] = ()
    if cmd.temperature is None and not per_period and a_temperature_to_ask(cmd.unread):
        # a thermometer alone (🌡) may mean any of the three; words in between, warm or cold
        thermometer = (cmd.unread or "").strip() in THERMOMETERS
        how_warm = ("hot", "warm", "cold") if thermometer else ("warm", "cold")
    return NeedsAnswer(
        "unread",
        {
            "kind": cmd.kind.value,
            "customer": cmd.customer,
            "when": cmd.when,
            "amount": cmd.amount,
            "currency": cmd.currency,
            "temperature": cmd.temperature.value if cmd.temperature else None,
            "next_what": cmd.next_step.what if cmd.next_step else None,
            "next_due": cmd.next_step.due if cmd.next_step else None,
            "note": cmd.note,  # session 66: shown as it will be stored
            "unread": cmd.unread,
            "how_warm": bool(how_warm),
            # session 43: "<@U…> og jeg", "m <@U…>", "sammen med Sofie": who came along
            "along": not how_warm and not per_period and a_colleague_along(cmd.unread),
            "times": cmd.times,
            # "50k/mnd i 12 mnd": a price per period, said so, with the whole value as an
            # example ("/logoffer DNB 600000 -- 50k/mnd i 12 mnd")
            "per_period_example": (
                f"/log{cmd.kind.value} {cmd.customer} {int(cmd.whole_value)} -- {cmd.unread}"
                if per_period
                else None
            ),
            "whole": cmd.whole_value if per_period else None,
            # cmds28: the term written, as the number of periods the whole value is for
            "periods": _periods(cmd) if per_period else None,
            "price": cmd.price if termed else None,
            # "Statkraft, Yara": a second customer? Its own command, said in the question
            "second": cmd.second_customer,
            "second_example": (
                f"{COMMAND_OF[cmd.kind.value]} {cmd.second_customer}"
                if cmd.second_customer
                else None
            ),
        },
        (*(questions.TEMPERATURE + t for t in how_warm), "as_read", questions.EDIT)
        if how_warm
        else ("as_read", questions.PRICE, questions.EDIT)
        if termed
        else (questions.WHOLE, "as_read", questions.EDIT)
        if per_period
        else ("as_read", questions.EDIT),
    )


def _periods(cmd: LogCommand) -> int | None:
    """cmds28. How many periods of the price the question's whole value is for ("50k/mnd i 24
    mdr": 24), when the words wrote its term; None for a year's worth (none written)."""
    price = cmd.price if cmd.price is not None else cmd.amount
    if not cmd.term_written or not price or cmd.whole_value is None:
        return None
    count = cmd.whole_value / price
    return int(count) if count == int(count) else None


def name_or_group_question(cmd: LogCommand) -> NeedsAnswer | None:
    """Session 21. "/logoffer Studio 54 250 000 kr", a new name: Studio 54 at 250 000, or Studio
    at 54 250 000? One button for each reading, its customer and amount on it; nothing stored
    until one is picked (was Studio at 54 250 000, unasked). None when the text says which."""
    loss = cmd.kind is ActivityKind.LOSS and cmd.other_note is not None
    if cmd.other_customer is None or not (
        loss or (cmd.other_amount is not None and cmd.amount is not None)
    ):
        return None
    return NeedsAnswer(
        NAME_OR_GROUP,
        {
            "kind": cmd.kind.value,
            "customer": cmd.customer,
            "amount": cmd.amount,
            "currency": cmd.currency,
            "other_customer": cmd.other_customer,
            "other_amount": cmd.other_amount,
            "number": cmd.customer.rsplit(" ", 1)[-1],
            "when": cmd.when,
            # a loss keeps its amount in the note: each reading's note on its button
            **({"note": cmd.note, "other_note": cmd.other_note} if loss else {}),
        },
        (questions.AS_READ_NAME, questions.OTHER_READING, questions.EDIT),
    )


PLACE_NAME = "place_name"
# Towns a company of the town's name is called by alone in the trade ("Kongsberg": Kongsberg
# Gruppen or Maritime; "Iceland": the grocer), never asked about
_FIRMS_CALLED_SO = frozenset({"kongsberg", "iceland"})


def place_name_question(cmd: LogCommand, text: str, found: Collection[str]) -> NeedsAnswer | None:
    """Session 48. "/logmeeting Bergen", the name new and a town's (or a country's) alone: the
    customer's name, or where it was? One click stores it with the customer as typed, another
    opens the form with the customer to write (the town kept in the note); nothing stored until
    one is picked (was a new customer "Bergen", unasked). None when the name is known, longer
    than the place ("Bergen Bil AS", "Oslo kommune"), or typed in quotes."""
    key = customer_key(cmd.customer)
    town = fold(cmd.customer)
    if " " in cmd.customer or key in found or town not in TOWNS or town in _FIRMS_CALLED_SO:
        return None
    if f'"{cmd.customer}"' in text or f"“{cmd.customer}”" in text:
        return None
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "when": cmd.when,
        "suggestions": [cmd.customer],
        "place": True,  # the form's customer left to write, the town in its note
    }
    return NeedsAnswer(PLACE_NAME, params, ("pick:0", questions.EDIT, questions.CANCEL))


ANOTHER_KIND = "another_kind"


BOTH = "both"


# heldcmd34. Words that name an activity of another kind done, folded: an offer's noun, a win's
# or a loss's verb, a talk held in the past tense ("sendte tilbud 300k i dag", "vant Tine",
# "ringte Orkla", "hadde møte"); a talk to come is a next step, read before this.
_DONE_KINDS = {
    **dict.fromkeys(
        ("tilbud", "tilbudet", "tilbod", "tilbuddet", "offert", "offerten", "offer", "quote",
         "proposal"),
        ActivityKind.OFFER,
    ),
    **dict.fromkeys(
        ("vant", "vann", "vandt", "vunnet", "vundet", "vunnit", "won", "signert", "signerte",
         "signerat",
         "signerade", "signeret", "signerede", "signed"),
        ActivityKind.WIN,
    ),
    **dict.fromkeys(
        ("tapte", "tapt", "tabte", "tabt", "mistet", "forlorade", "forlorat", "lost"),
        ActivityKind.LOSS,
    ),
    **dict.fromkeys(("ringte", "ringde", "ringede", "called", "phoned", "rang"), ActivityKind.CALL),
    **dict.fromkeys(("hadde", "hade", "havde", "had", "met", "traff", "traffade", "modte", "motte"), ActivityKind.MEETING),
}  # fmt: skip


_JOINED = {"og", "and", "och", "samt", "+", "&"}


def another_kind(
    cmd: LogCommand, who: Who, krone: str | ForeignKrone, found: Collection[str]
) -> LogCommand | None:
    """heldcmd34. "/logmeeting Lego i går, sendte tilbud 300k i dag": the words left unread
    tell of an activity of another kind with the same customer, done. That activity as its own
    command reads them ("/logoffer Lego sendte tilbud 300k i dag": an offer of 300 000 today),
    or None: the words say no such thing, or more than it."""
    words = cmd.unread.split() if cmd.unread else ()
    if cmd.kind in (ActivityKind.MEETING, ActivityKind.CALL) and words and cmd.times == 1:
        offered = _an_amount_alone(cmd, who, krone, found)
        if offered is not None:
            return offered
    kinds = {_DONE_KINDS.get(fold(word.strip(",.;:!"))) for word in words} - {None, cmd.kind}
    if len(kinds) != 1 or cmd.times > 1:
        return None
    [kind] = kinds
    if (
        kind is ActivityKind.MEETING
        and not any(
            fold(word.strip(",.;:!")) in ("mote", "mode", "meeting", "moete") for word in words
        )
        and not any(fold(word) in ("met", "traff", "traffade", "modte", "motte") for word in words)
    ):
        return None  # "hadde" alone ("hadde ikke tid") names no meeting
    said = " ".join(words[1:] if fold(words[0]) in _JOINED else words)  # "… og sendte tilbud"
    other = _read_again(kind, f"{cmd.customer} {said}", who, krone, found)
    if other is None or other.unread or other.times > 1:
        return None
    if other.kind is ActivityKind.WIN and other.amount is None:
        return None  # "…, vant": a win's amount may be asked (WinNeedsAmount); shown unread
    if customer_key(other.customer) != customer_key(cmd.customer):
        return None
    return other


def _an_amount_alone(
    cmd: LogCommand, who: Who, krone: str | ForeignKrone, found: Collection[str]
) -> LogCommand | None:
    """Session 41. "/logmeeting Accenture 40k", "/logcall Elgiganten 2,5 MSEK": an amount alone
    left unread after a talk. An offer made in it, on the talk's day (both recorded, each on its
    own, one click), or the deal's size (the talk alone, the amount its note): asked as another
    activity's words are; was "could not read «40k»". None when the words are more than an
    amount (with a unit or a currency, or a thousand and up)."""
    said = (cmd.unread or "").strip(" ,;:.")
    try:
        money = parse_amount(said, krone=krone)
    except UserError:
        return None
    if money is None or (money.currency is None and money.amount < 1000):
        return None
    other = _read_again(ActivityKind.OFFER, f"{cmd.customer} {said}", who, krone, found)
    if other is None or other.unread or other.amount is None:
        return None
    if customer_key(other.customer) != customer_key(cmd.customer):
        return None
    return replace(other, when=cmd.when, temperature=None, next_step=None)


def another_kind_question(cmd: LogCommand, other: LogCommand) -> NeedsAnswer:
    """heldcmd34. The record as understood, and the other activity its words tell of: record
    both (each on its own), this one alone with the words as its note, or the form."""
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "when": cmd.when,
        "unread": cmd.unread,
        "new_kind": other.kind.value,
        "other_when": other.when,
        "other_amount": other.amount,
        "other_currency": other.currency,
        "other": json.dumps(questions.command_to_dict(other), separators=(",", ":")),
    }
    return NeedsAnswer(ANOTHER_KIND, params, (BOTH, "as_read", questions.EDIT))


VERB_OR_NAME = "verb_or_name"


def verb_or_name_question(cmd: LogCommand, text: str, found: Collection[str]) -> NeedsAnswer | None:
    """heldcmd34. "/loglost Tapte Timer AS", "/logwin Won Ton Foods Ltd £40k", the name new: the
    command's own verb said again before the name, or the name's first word? (Session 45: its
    English noun too: "/logmeeting Meeting Tesco", "/logcall Call Tesco".) Both readings
    are live (the parser reads the whole name, commands.own_verb_first): one button for each
    name, nothing stored until one is picked. None when the name is known or typed in quotes,
    or the command's verb opens no such name."""
    if " " not in cmd.customer:
        return None
    words = cmd.customer.split()
    if customer_key(cmd.customer) in found or not (
        own_verb_first(words, cmd.kind) or a_noun_opening_a_name(words, cmd.kind)
    ):
        return None
    if f'"{cmd.customer}"' in text or not text.lstrip().startswith(words[0]):
        return None
    other = " ".join(words[1:])
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "verb": words[0],
        "other": other,
        "when": cmd.when,
        "suggestions": [cmd.customer, other],
    }
    return NeedsAnswer(VERB_OR_NAME, params, ("pick:0", "pick:1", questions.CANCEL))


def step_read(cmd: LogCommand, who: Who, text: str) -> tuple[LogCommand, StepPeriod | None]:
    """steps30. The words left unread as the next step of a meeting, call or offer: "/logmeeting
    Tesco yesterday, sending contract Friday" is `cmd` with the step on Friday; "/logcall Orkla
    ringer igjen neste måned" the step and its period, its day to ask (was "could not read …"
    with "Store as read": the step lost). `cmd` as it was, and None, otherwise."""
    if not cmd.unread or cmd.kind not in BOOKABLE:
        return cmd, None
    # (msgsteps34: one reader, a channel message's step clause read by it too)
    return step_of_the_unread(cmd, text, who.today, workdays_of(who))


AMOUNT_RANGE = "amount_range"


def _read_again(
    kind: ActivityKind, text: str, who: Who, krone: str, found: Collection[str]
) -> LogCommand | None:
    """The command read again as the seller would have typed it with a part made plain (a name
    in quotes, a day as its date): the requester's day, krone and language; None where it is
    still refused."""
    try:
        return parse_log_command(
            kind,
            text,
            today=who.today,
            krone=krone,
            known_customers=set(found),
            language=who.language,
        )
    except UserError:
        return None


CURRENCY_CLASH = "currency_clash"


def currency_clash_question(
    unsure: UserError,
    kind: ActivityKind,
    text: str,
    who: Who,
    krone: str,
    found: Collection[str],
) -> tuple[NeedsAnswer, LogCommand] | None:
    """heldcmd33. "/logoffer Aj 2 mkr EUR", "Tesco £45k USD": the amount's unit and its code
    name two currencies. Which one? Each on its button, the command read with the number alone
    in the amount's place (nothing else unread); None (refused as before, bad_amount) when it
    then reads otherwise."""
    if not isinstance(unsure, CurrencyClash):
        return None
    said = str(unsure.params["text"])
    at = text.find(said)
    if at < 0:
        return None
    amount = unsure.amount
    number = str(int(amount)) if amount == int(amount) else f"{amount:f}".replace(".", ",")
    cmd = _read_again(kind, f"{text[:at]}{number}{text[at + len(said) :]}", who, krone, found)
    if cmd is None or cmd.unread or cmd.amount != amount:
        return None
    return clash_asked(unsure, kind, cmd.customer, questions.CANCEL), replace(cmd, currency=None)


def clash_asked(clash: CurrencyClash, kind: ActivityKind, customer: str, last: str) -> NeedsAnswer:
    """Which of the two currencies an amount's unit and code name: each on its button, then
    `last` (Cancel for a command, Not a sale for a channel message)."""
    first, second = clash.currencies
    params = {"kind": kind.value, "customer": customer, "said": str(clash.params["text"])}
    params |= {"number": clash.amount, "first": first, "second": second}
    return NeedsAnswer(CURRENCY_CLASH, params, (f"currency:{first}", f"currency:{second}", last))


def amount_range_question(
    ranged: AmountRange,
    kind: ActivityKind,
    text: str,
    who: Who,
    krone: str,
    found: Collection[str],
) -> tuple[NeedsAnswer, LogCommand]:
    """steps30. The command read with the range's high end in its place (the rest as it would
    be read), and the question: the low, middle or high amount, each on its button. The range
    refused as before (bad_amount) when the command says anything else that is not read."""
    said = ranged.said
    at = text.find(said.span)
    if at < 0:  # a minus sign or a non-breaking hyphen, read as the dash it means
        text = re.sub("[\u2010\u2011\u2012\u2212]", "-", text)
        at = text.find(said.span)
    if at < 0:
        raise ranged
    cmd = parse_log_command(
        kind,
        f"{text[:at]}{said.high_text}{text[at + len(said.span) :]}",
        today=who.today,
        krone=krone,
        known_customers=set(found),
        language=who.language,
    )
    if cmd.unread and _a_remark(cmd.unread):
        # Session 42. "/logoffer Aker Solutions 2,5-3 mill avhengig av omfang": a remark in
        # small words after the range is kept with it as the note (was: the range refused)
        note = "; ".join(part for part in (cmd.unread, cmd.note) if part)
        cmd = replace(cmd, unread=None, note=note[:500])
    if cmd.unread or cmd.amount != said.high.amount or cmd.times > 1:
        raise ranged
    return range_question(said, cmd, questions.CANCEL, krone)


def _a_remark(words: str) -> bool:
    """Words written small with no figure in them ("avhengig av omfang", "depends on scope")."""
    return not re.search(r"[\d]", words) and all(
        not w[:1].isupper() for w in words.split() if w[:1].isalpha()
    )


def range_question(
    said: RangeSaid, cmd: LogCommand, last: str, krone: str
) -> tuple[NeedsAnswer, LogCommand]:
    """The range question of a command read with the high end in its place: the range kept as
    its note, the low, middle and high amounts each on its button, `last` (Cancel for a
    command, Not a sale for a message) after them. One for both readers (steps30, mendB30)."""
    note = "; ".join(part for part in (said.span, cmd.note) if part)
    cmd = replace(cmd, note=note[:500])
    middle = (said.low.amount + said.high.amount) / 2
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "when": cmd.when,
        "said": said.span,
        "currency": cmd.currency,
        "low": said.low.amount,
        "middle": middle.quantize(Decimal("0.01")),
        "high": said.high.amount,
        # mendD34: each button's amount with its currency, as a confirmation shows it (the
        # seller's krone when none is said: "1,2 eller 1,5 mill" showed no "kr"); an end's own
        # currency is the one stored when it is picked ("NOK 250 000 eller EUR 22 000")
        "shown": {
            "low": said.low.currency or cmd.currency or krone,
            "middle": cmd.currency or krone,
            "high": said.high.currency or cmd.currency or krone,
        },
        "own": {"low": said.low.currency, "high": said.high.currency},
        "either": said.either,
    }
    # mendD34 (the lead's decision): two alternatives ("1,2 eller 1,5 mill", "£1.2m or £1.5m")
    # are asked one button each, in the order typed; a range keeps Low / Middle / High
    ends = ("low", "high") if said.either else ("low", "middle", "high")
    options = (*(f"{questions.RANGE}{end}" for end in ends), last)
    return NeedsAnswer(AMOUNT_RANGE, params, options), cmd


STEP_WHEN = "step_when"


STEP_NOTE = "step_note"


def step_when_question(cmd: LogCommand, step: StepPeriod) -> NeedsAnswer:
    """steps30. "/logcall Orkla ringer igjen neste måned": the record as understood and its
    step's words, by which day of that period (one button a day, or a week's first working
    day), or no day (the words its note), or the form. Nothing stored until then."""
    params = {**unread_question(cmd).params, "what": step.what, "said": step.said}
    options = (
        *(f"{questions.STEP}{day.isoformat()}" for day in step.days),
        STEP_NOTE,
        questions.EDIT,
    )
    return NeedsAnswer(STEP_WHEN, params, options)


NOT_HELD = "not_held"


# Words that say a talk did not take place: called off, moved, put off, nobody came
_NOT_HELD = re.compile(
    r"(?i)(?<![\w-])(?:avlys\w*|aflys\w*|inställ\w*|installt\w*|cancell?ed|called\s+off|"
    r"avbokat|avbokad|afbestilt|avbestilt|no-?show|ingen\s+kom|kom\s+ikke|kom\s+inte|"
    r"dukket\s+ikke\s+opp|dök\s+inte\s+upp|dukkede\s+ikke\s+op|mødte\s+ikke\s+op|"
    r"didn'?t\s+show|did\s+not\s+show)(?![\w-])"
)


# Moved or put off; moved from another day is held on this one ("flyttet fra tirsdag")
_MOVED = re.compile(
    r"(?i)(?<![\w-])(?:flyttet|flyttede|flyttat|flyttad|flytta|rykket|rykka|utsatt|utsat|"
    r"udskudt|udsat|uppskjut\w*|sköts\s+upp|skjuts\s+upp|skjutits\s+upp|flyttades|flyttas|"
    r"postponed|rescheduled|re-scheduled|"
    r"(?:got|was|been|is)\s+(?:pushed|moved)|pushed\s+(?:to|till|until|out|back\s+to)|"
    r"moved\s+(?:to|till|until))(?![\w-])(?!\s+(?:fra|från|fran|from|over\s+fra)\b)"
)


# A meeting's noun in a call's words: the meeting was moved, the call took place
_A_MEETING_NAMED = re.compile(
    r"(?i)(?<!\w)(?:m[øöo]te\w*|m[øo]de\w*|meeting\w*|mtg|demo\w*|workshop\w*|bes[øöo][kg]\w*|"
    r"visit\w*|presentasjon\w*|presentation\w*)(?!\w)"
)


def not_held_question(cmd: LogCommand, text: str) -> tuple[NeedsAnswer, LogCommand] | None:
    """Session 41. "/logmeeting Coloplast i dag - aflyst", "Elkjøp i dag – ble utsatt til neste
    uke", "Oscorp yesterday - meeting got pushed to next week", "SKF, ingen kom. no-show": the
    words say the talk did not take place, yet it was stored as held (the words its note, or the
    new day its next step) or asked as words not read. Asked first: record it anyway (the words
    its note) or cancel; nothing counted until then. A call whose words name a meeting moved
    ("/logcall Tine, møtet ble flyttet til fredag") is the call, held."""
    if cmd.kind not in (ActivityKind.MEETING, ActivityKind.CALL):
        return None
    found = _NOT_HELD.search(text) or _MOVED.search(text)
    if found is None:
        return None
    if cmd.kind is ActivityKind.CALL and _A_MEETING_NAMED.search(text):
        return None
    note = "; ".join(part for part in (cmd.note, cmd.unread) if part) or None
    cmd = replace(cmd, note=note, unread=None, step_no_day=None)
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "when": cmd.when,
        "words": found[0],
    }
    return NeedsAnswer(NOT_HELD, params, ("record", questions.CANCEL)), cmd


STEP_NO_DAY = "step_no_day"


_MOST_STEP_DAYS = 3


def step_no_day_question(cmd: LogCommand, who: Who) -> NeedsAnswer:
    """Session 41. "/logmeeting Vinmonopolet i går. Neste: sende tilbud": the record as
    understood and its next step with no day; by which day (the next working day and the
    Fridays after it), or no day (the words its note), or the form. Nothing stored until
    then (was refused, "missing_next_date": the meeting lost unless typed again)."""
    params = {**unread_question(cmd).params, "what": cmd.step_no_day}
    options = (
        *(f"{questions.STEP}{day.isoformat()}" for day in step_days(who.today, workdays_of(who))),
        STEP_NOTE,
        questions.EDIT,
    )
    return NeedsAnswer(STEP_NO_DAY, params, options)


def step_days(today: date, worked: Callable[[date], bool]) -> tuple[date, ...]:
    """The days a step said with no day may be due by: the next working day, then the Fridays
    to come (a Friday off: the working day before it), three in all, in order."""
    ahead = [today + timedelta(days=n) for n in range(1, 15)]
    working = [day for day in ahead if day.weekday() < 5 and worked(day)]
    days = working[:1]
    for week in (0, 1, 2):
        friday = today + timedelta(days=4 - today.weekday() + 7 * week)
        last = max((d for d in working if d <= friday), default=None)
        if last is not None and last not in days:
            days.append(last)
    return tuple(sorted(days)[:_MOST_STEP_DAYS])


def unread_after_name(cmd: LogCommand, today: date) -> NeedsAnswer | None:
    """Session 22. The name-or-amount question answered ("Studio 54 250 000 kr pr år", "…
    blabla"): the words still unread are asked next, with the reading picked (they were never
    asked: "Store as read" went on with the name's reading, the other choice lost unsaid)."""
    if not cmd.unread:
        return None
    return booked_question(cmd, today) or unread_question(cmd)


NAME_OR_GROUP = "name_or_group"


ONE_OR_TWO = "one_or_two"


def one_or_two_question(
    unsure: UserError,
    kind: ActivityKind,
    text: str,
    who: Who,
    krone: str | ForeignKrone,
    found: Collection[str],
) -> tuple[NeedsAnswer, LogCommand] | None:
    """heldcmd31. A new name with "og"/"and"/"och" in it ("Marks and Spencer"): the command read
    with the name in quotes, as the refusal told the seller to type it, and the question: one
    customer (its button), or Cancel and log each on its own. None when it is no such refusal,
    or the name read in quotes leaves more to ask (the refusal stands, as before)."""
    if unsure.code != "one_or_two_customers":
        return None
    customer = str(unsure.params.get("customer") or "")
    at = text.find(customer) if customer else -1
    if at < 0 or '"' in text or "/" in customer:
        return None  # ("Acme/Globex": renamed, or two? refused with the ways to say it)
    cmd = _read_again(
        kind, f'{text[:at]}"{customer}"{text[at + len(customer) :]}', who, krone, found
    )
    if cmd is None:
        return None
    if cmd.customer != customer or cmd.times != 1 or cmd.day_alone or cmd.week is not None:
        return None
    if cmd.per_period is not None or cmd.other_customer is not None:
        return None
    params = {
        "kind": cmd.kind.value,
        "customer": customer,
        "first": str(unsure.params.get("first")),
        "second": str(unsure.params.get("second")),
        "when": cmd.when,
        "suggestions": [customer],
        "second_name": str(unsure.params.get("second")),
    }
    return NeedsAnswer(ONE_OR_TWO, params, ("pick:0", questions.CANCEL)), cmd


def booked_question(cmd: LogCommand, today: date) -> NeedsAnswer | None:
    """ "/logcall Equinor booket møte": the call held, and a talk booked with no day. The lead's
    next step is that talk; its day is asked (by this week's or next week's Friday, or a day
    picked in the form), never guessed nor dropped: a warm lead with a step and no day would
    be nudged as having none. None when the unread words are not such a booking."""
    what = booked_without_day(cmd.unread)
    if what is None or cmd.kind not in (ActivityKind.MEETING, ActivityKind.CALL):
        return None
    return NeedsAnswer(
        "booked_when",
        {"kind": cmd.kind.value, "customer": cmd.customer, "what": what, "when": cmd.when},
        (*(f"{questions.STEP}{day.isoformat()}" for day in booking_days(today)), questions.EDIT),
    )


def lines_naming(text: str | None, customer: str) -> str | None:
    """Session 40. A list's lines that name the customer (a talk booked on Telenor's line is
    none of Netto's: "• Netto: møte i går … • Telenor: ringte, booket demo" asked Netto's
    booking); the text itself when it is one line."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    if len(lines) < 2:
        return text
    key = customer_key(customer)
    named = [line for line in lines if key and key.split()[0] in customer_key(line).split()]
    return "\n".join(named) or None


def booking_days(today: date) -> list[date]:
    """The days a talk booked with no day is due by: this week's Friday (Monday to Thursday)
    and next week's."""
    friday = today + timedelta(days=4 - today.weekday())
    return [day for day in (friday, friday + timedelta(days=7)) if day > today]


def day_just_ended(who: Who, now: datetime) -> date | None:
    """Between midnight and five the seller's day has not ended: the day that just ended (the
    calendar's yesterday), else None. What a channel message said then is read so too
    (capture.night)."""
    if local_time(now, who.timezone) >= NIGHT_ENDS:
        return None
    return who.today - timedelta(days=1)


def typed_as_a_date(text: str, day: date) -> bool:
    """Whether `day` is written in `text` as a date, with digits ("30.11", "30/11", "30. nov",
    "2026-11-30"), not as "i dag" or "today"."""
    tokens = text.split()
    # Which words have a digit, found once (not again for each of the up to three spans a
    # word is in: it was a tenth of a /logmeeting's CPU with a note of a few words).
    digits = [any(map(str.isdigit, token)) for token in tokens]
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            if not any(digits[start : start + size]):
                continue
            span = tokens[start : start + size]
            try:
                if whole_date(span, today=day, direction="past") == day:
                    return True
            except UserError:
                continue  # "31.02.": no date
    return False


def night_question(
    cmd: LogCommand, who: Who, now: datetime, answers: Answers
) -> NeedsAnswer | None:
    """ "/logmeeting Aker BP" typed at 00:40: the meeting of the evening that just ended, or one
    held since midnight? The calendar's day would put Sunday evening's work in the next week:
    asked, as a channel message is, when the day was "today" or not typed at all. A date typed
    ("i går", "29.11", today's "30.11") is the seller's own and not asked about."""
    if answers.day_chosen or cmd.own_day or cmd.when != who.today:
        return None
    ended = day_just_ended(who, now)
    if ended is None:
        return None
    return NeedsAnswer(
        "night",
        {"kind": cmd.kind.value, "customer": cmd.customer, "ended": ended, "calendar": who.today},
        (f"{questions.DAY}{ended.isoformat()}", f"{questions.DAY}{who.today.isoformat()}",
         questions.CANCEL),
    )  # fmt: skip


# Kinds a day ahead can be booked for (the lead's next step); a win or a loss is not booked.
BOOKABLE = {ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER}


def day_question(cmd: LogCommand, booked_what: str | None) -> NeedsAnswer | None:
    """ "/logmeeting Equinor neste uke": held today with a follow-up next week, or booked for
    next week? Two people in three read it the second way, and a meeting counted today that
    has not happened is a figure wrong: asked. None when the day is not alone."""
    if not cmd.day_alone or cmd.next_step is None:
        return None
    options: tuple[str, ...] = ("held",)
    if cmd.kind in BOOKABLE:
        options += (questions.BOOKED,)
    return NeedsAnswer(
        "day",
        {
            "kind": cmd.kind.value,
            "customer": cmd.customer,
            "due": cmd.next_step.due,
            "booked_what": booked_what or cmd.kind.value,
        },
        (*options, questions.CANCEL),
    )


# The command that logs each kind of activity (/logwin for a win).
COMMAND_OF = {kind: command for command, kind in LOG_COMMANDS.items()}


TALK_DAYS = "talk_days"


WHICH_DAY = "which_day"


def weekday_clash_question(
    unsure: UserError,
    kind: ActivityKind,
    text: str,
    who: Who,
    krone: str,
    found: Collection[str],
) -> tuple[NeedsAnswer, LogCommand] | None:
    """mendH31. "/logmeeting Møte med Tine tirsdag 3." said on Wednesday 2 December, the 3rd a
    Thursday: the weekday and the date disagree (was refused, "«tirsdag 3.» finnes ikke i
    kalenderen"). Asked as the channel reader asks it: the date said and the weekday said
    nearest it, those up to today for done work (Tue 1 Dec), each on its button; the command
    read with the first in its place. None (refused as before) when no such day is gone by,
    the words are not found, or the command then reads other than on that day."""
    if not isinstance(unsure, WeekdayClash):
        return None
    said = str(unsure.params["text"])
    spot = re.search(r"\s+".join(map(re.escape, said.split())), text)
    if spot is None:
        return None

    def read_on(day: date) -> LogCommand | None:
        said = f"{day.day}.{day.month}.{day.year}"
        return _read_again(
            kind, f"{text[: spot.start()]}{said}{text[spot.end() :]}", who, krone, found
        )

    days = tuple(sorted({day for day in unsure.days() if day <= who.today}))
    cmd = read_on(days[0]) if days else None
    if cmd is not None and cmd.when == days[0] and not cmd.unread:
        needs = which_day_question(cmd, days)
        params = {**needs.params, "days_clash": True}
        if len(days) == 1:
            # mendC32. "/logmeeting Posten tirsdag 3." on Wed 2 Dec, the 3rd tomorrow: the one
            # day it can be asked yes or no in the sentence, as left32 asks a message's (was
            # "Pick the one you meant" over one button)
            params["clash_day"] = days[0]
        return replace(needs, params=params), cmd
    # "/logmeeting Tine i går, neste møte tirsdag 3.": the step's, both days ahead offered (the
    # date said, the weekday said next; "tirsdag 10.": Tue 8 and Thu 10), as the channel does
    coming = who.today + timedelta(days=(unsure.weekday - who.today.weekday()) % 7 or 7)
    ahead = sorted({day for day in unsure.days() if day > who.today})
    days = tuple(sorted({*ahead, coming}) if len(ahead) < 2 else ahead)
    cmd = read_on(days[0]) if kind in BOOKABLE else None
    if cmd is None or cmd.unread or cmd.next_step is None or cmd.next_step.due != days[0]:
        return _both_ahead(unsure, kind, text, spot, who, krone, found)
    what = cmd.next_step.what
    typed = text[: spot.end()].split()
    start = next(
        (
            at
            for at in range(len(typed) - len(said.split()) - 1, 0, -1)
            if fold(typed[at]).strip(",;:") == fold(what.split()[0])
        ),
        None,
    )
    if start is not None and fold(typed[start - 1]).strip(",;:") in _NEXT_WORDS:
        start -= 1  # "neste møte tirsdag 3.": the words as typed
    words = " ".join(typed[start:]) if start is not None else f"{what} {said}"
    step = StepPeriod(what, said, days[0], days[-1], days)
    needs = step_when_question(replace(cmd, next_step=None, unread=words), step)
    return replace(needs, params={**needs.params, "days_clash": True}), replace(
        cmd, next_step=None, unread=words
    )


def _both_ahead(
    unsure: WeekdayClash,
    kind: ActivityKind,
    text: str,
    spot: re.Match[str],
    who: Who,
    krone: str,
    found: Collection[str],
) -> None:
    """heldcmd32. "/logmeeting Rema torsdag 4." said on Wednesday 2 December (the 4th a Friday,
    the Thursday nearest it the 3rd): both days the seller may mean are ahead, and done work
    is never stored on a day ahead. Refused as any day ahead is (date_in_future), the message
    naming both (was: "«torsdag 4.» is not a date on the calendar"); a question is asked only
    when one of them is gone by (weekday_clash_question). None (refused as before) when the
    command, with the date in its place, is refused for another reason."""
    said, other = sorted(unsure.days())
    if said <= who.today:
        return None
    try:
        parse_log_command(
            kind,
            f"{text[: spot.start()]}{said.day}.{said.month}.{said.year}{text[spot.end() :]}",
            today=who.today,
            krone=krone,
            known_customers=set(found),
            language=who.language,
        )
    except UserError as refused:
        if refused.code == "date_in_future":
            raise UserError(
                "date_in_future", date=said, other=other,
                text=str(unsure.params["text"]).rstrip(",;:"),
                variant="either",
            ) from None  # fmt: skip
    return None


def which_day_question(
    cmd: LogCommand, days: tuple[date, ...], *, said: str | None = None
) -> NeedsAnswer:
    """review25. "/logmeeting Kiwi 11/10" from an English speaker: 11 Oct or 10 Nov, both gone
    by. Each day on its button; nothing stored until one is picked. `said`: the words that
    named the days (cmds27: "i romjula", its working days)."""
    params = {"kind": cmd.kind.value, "customer": cmd.customer, "said": said or "", **_amount(cmd)}
    options = (*(f"{questions.DAY}{day.isoformat()}" for day in days), questions.CANCEL)
    return NeedsAnswer(WHICH_DAY, params, options)


def _amount(cmd: LogCommand) -> dict[str, Any]:
    """mendB30. An offer's or a win's amount, shown with the question of its day as the other
    questions show it ("/logoffer Kiwi 200k i januar": was asked without the 200 000)."""
    if cmd.amount is None:
        return {}
    return {"amount": cmd.amount, "currency": cmd.currency}


WHICH_DAY_PICK = "which_day_pick"


# The date picker's one option: any day of the period (params "first" to "last"), checked
PICKED_DAY = f"{questions.DAY}*"


def workdays_of(who: Who) -> Callable[[date], bool]:
    """Whether a day is worked where the seller works (no public holiday, no julaften)."""
    place = PLACES.get(who.timezone)
    return partial(worked, country=place[0] if place else None)


def period_said(cmd: LogCommand, who: Who) -> Period | None:
    """cmds28. The period the unread words name alone, for done work read on today with no day
    of its own ("/logoffer Tine 200k i desember" in January); None otherwise (a count said with
    a month keeps its own question: times_question)."""
    if not cmd.unread or cmd.when != who.today or cmd.times > 1:
        return None
    if cmd.per_period is not None and fold(cmd.unread).strip(" ,.;:") == fold(cmd.per_period):
        # session 46: "/logoffer Systembolaget 12 000 kr i månaden": the amount's rate (a
        # month's price, asked as such), never this month's days (was "more than a day")
        return None
    period = period_gone(cmd.unread, who.today, who.language)
    words = cmd.unread.split()
    for cut in range(1, len(words)) if period is None else ():
        # days29: "/logoffer Tine 200k i 24 mdr i påsken": a term, then the period (was "could
        # not read" on today, the term dropped): the period asked, the term after it
        if _A_TERM.search(fold(" ".join(words[:cut]))):
            period = period_gone(" ".join(words[cut:]), who.today, who.language)
            if period is not None:
                break
    if period is None or not period.working_days(workdays_of(who)):
        return None
    return period


# A deal's term in the words left unread ("i 24 mdr", "36 mnd binding", "for 2 years")
_A_TERM = re.compile(
    r"\b\d+\s*(?:mdr|mnd|md|maneder|manader|maaneder|months?|ar|aar|years?|kvartal|quarters?)\b",
    re.IGNORECASE,
)


def period_rest(unread: str | None, period: Period) -> str | None:
    """days29. The unread words without the period's (its words end them), or None."""
    if not unread or not unread.endswith(period.said):
        return None
    return unread[: -len(period.said)].rstrip(" ,;") or None


def week_said(cmd: LogCommand, who: Who) -> Period | None:
    """days29. The week said as the day of done work ("/logmeeting Tine forrige uke", "last
    week", "i uke 47", "v. 47", "tidligere i uka"), its days up to today: read as its Monday,
    it was stored there unasked. None when the command said no week, a count (asked by
    times_question), or the week has no other working day to choose."""
    if cmd.week is None or cmd.times > 1 or cmd.days:
        return None
    joined = f"{cmd.week} {cmd.unread}" if cmd.unread else None
    if joined and (whole := period_gone(joined, who.today, who.language)) is not None:
        return whole  # "veckan innan förra": the week read, the rest of its words unread
    period = week_gone(cmd.week.split(), cmd.when, who.today)
    if period is None or period.working_days(workdays_of(who)) in ((), (cmd.when,)):
        return None
    return period


def period_question(cmd: LogCommand, period: Period, who: Who) -> NeedsAnswer:
    """cmds28. Which day of `period`: a button per working day when it has few, else a date
    picker opened on its first working day (the day checked when picked). Nothing stored until
    then."""
    worked = workdays_of(who)
    days = period.working_days(worked)
    if len(days) <= MOST_DAY_BUTTONS:
        return which_day_question(cmd, days, said=period.said)
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "said": period.said,
        "first": period.first,
        "last": period.last,
        "initial": period.first_working_day(worked),
        **_amount(cmd),
    }
    coming = coming_month(cmd, period, who.today)
    if coming is not None:
        # steps30. "/logoffer Kiwi 200k i januar" said in December: last January, or today
        # with January to come (a plan, or the month of a follow-up)? Both offered (was: last
        # January's days alone, and Cancel)
        params["coming"], params["coming_last"] = coming
        return NeedsAnswer(WHICH_DAY_PICK, params, (PICKED_DAY, AHEAD_MONTH, questions.CANCEL))
    return NeedsAnswer(WHICH_DAY_PICK, params, (PICKED_DAY, questions.CANCEL))


AHEAD_MONTH = "ahead_month"


# A month to come this near is a month the seller may mean (January said in December; November
# said in December is last month, not the next one)
_COMING_WITHIN = timedelta(days=185)


def coming_month(cmd: LogCommand, period: Period, today: date) -> tuple[date, date] | None:
    """steps30. The first and last day of the month to come that `period`'s words name alone
    ("i januar", "in January"): the same month a year after the one asked about, when it
    begins within half a year; else None."""
    if period.first.day != 1:
        return None
    year, month = period.first.year + 1, period.first.month
    last = date(year, month, monthrange(year, month)[1])
    if period.last != date(period.first.year, month, monthrange(period.first.year, month)[1]):
        return None  # a part of the month ("midt i januar"), or the month under way
    if not follow_up.a_month_alone([fold(w).strip(",;.") for w in period.said.split()]):
        return None
    first = date(year, month, 1)
    return (first, last) if today < first <= today + _COMING_WITHIN else None


def with_its_time(needs: NeedsAnswer, text: str, booked_what: str | None) -> NeedsAnswer:
    """heldcmd32. "/logmeeting Rema i januar kl 10" said in December: the month's question, the
    time said after the month kept for the talk planned in the month to come (was dropped:
    planned with no time). The question as it was when no month to come is offered, the talk
    is no meeting or call, or no time follows the month's words."""
    said = str(needs.params.get("said") or "")
    if "coming" not in needs.params or needs.params["kind"] not in ("meeting", "call") or not said:
        return needs
    typed, size = text.split(), len(said.split())
    folded = [fold(word).strip(",;.") for word in typed]
    wanted = [fold(word).strip(",;.") for word in said.split()]
    for at in range(len(typed) - size, -1, -1):
        if folded[at : at + size] != wanted:
            continue
        end = at + size
        for more in (3, 2, 1):
            if end + more <= len(typed) and time_suffix(typed[: end + more]) == more:
                clock = " ".join(typed[end : end + more]).rstrip(",;.")
                what = f"{booked_what or needs.params['kind']} {clock}"
                return replace(needs, params={**needs.params, "what": what})
        break
    return needs


def ahead_month_answer(
    pending: questions.Pending, who: Who
) -> tuple[NeedsAnswer | None, LogCommand]:
    """steps30. "Today, with January to come" picked: an offer today, its follow-up's day in
    that month asked (a week on each button, or no day: the words its note); a win today, the
    words its note."""
    said = str(pending.params.get("said") or "")
    words = " ".join(filter(None, (pending.command.unread, said)))  # any words left beside it
    cmd = replace(pending.command, when=who.today, unread=words or None)
    first = date.fromisoformat(str(pending.params["coming"]))
    last = date.fromisoformat(str(pending.params["coming_last"]))
    days = days_to_offer(first, last, who.today, workdays_of(who))
    if cmd.kind in (ActivityKind.MEETING, ActivityKind.CALL):
        # "/logmeeting Tine i januar": a talk to come, planned as the lead's next step by the
        # week picked, nothing counted as held (as "bokade möte med Volvo" is)
        what = str(pending.params.get("what") or cmd.kind.value)  # "møte kl 10" (heldcmd32)
        params = {"kind": cmd.kind.value, "customer": cmd.customer, "what": what}
        params |= {"when": cmd.when, "said": said, "plan": True}
        steps = (f"{questions.STEP}{day.isoformat()}" for day in days)
        return NeedsAnswer("booked_when", params, (*steps, questions.CANCEL)), cmd
    if cmd.kind is not ActivityKind.OFFER:
        note = "; ".join(part for part in (cmd.note, words) if part)
        return None, replace(cmd, note=note or None, unread=None)
    step = StepPeriod(DEFAULT_NEXT_STEP, said, first, last, days)
    return step_when_question(cmd, step), cmd


def romjul_days(cmd: LogCommand, today: date) -> tuple[date, ...]:
    """cmds27. The romjul's working days, once it is over, when the words left unread are the
    romjul by its name alone ("/logcall Posten i romjula, varm": the parser reads the rest);
    else () (inside it, "yesterday or today?" is the unread question, holdout 13)."""
    if today.month == 12 or not cmd.unread or not names_the_romjul(cmd.unread.split()):
        return ()
    if today.month in (1, 2):
        return romjul_working_days(today)  # the same buttons as a channel message's (cmds28)
    days = (date(today.year - 1, 12, day) for day in range(27, 32))
    return tuple(day for day in days if day.weekday() < 5)


def days_question(cmd: LogCommand) -> NeedsAnswer | None:
    """readers24. "/logcall Orkla 2 ganger mandag og onsdag": one talk on each day said, all
    stored with one click ("Log 2 calls with Orkla: Mon 30 Nov and Wed 2 Dec"; was refused
    with each day's command to type). None when the command names no days of their own."""
    if len(cmd.days) < 2 or len(cmd.days) != cmd.times:
        return None
    params = {
        "kind": cmd.kind.value,
        "customer": cmd.customer,
        "count": cmd.times,
        "words": cmd.times_said or "",
        "days": list(cmd.days),
    }
    return NeedsAnswer(TALK_DAYS, params, (questions.DAYS, questions.CANCEL))


def times_question(
    cmd: LogCommand, text: str, today: date, worked: Callable[[date], bool] | None = None
) -> NeedsAnswer | None:
    """A command that said its talk N times is stored as N records, unasked for 2 to 5 on a
    day said. Asked first (None: not so): more than five ("Novo 7 ganger": seven, or one with
    "7 ganger" its note?), and a week with no day of it ("/logmeeting Orkla x3 forrige uke":
    on which day? its first or its last day `worked` where the seller works, never a day kpibot
    picked unsaid, never a public holiday)."""
    if cmd.times < 2:
        return None
    said = cmd.times_said or ""
    params: dict[str, Any] = {
        "kind": cmd.kind.value, "customer": cmd.customer, "when": cmd.when,
        "count": cmd.times, "words": said, "most": MOST_TIMES,
    }  # fmt: skip
    if cmd.times > MOST_TIMES_UNASKED:
        if cmd.times > MOST_TIMES:
            return NeedsAnswer("times_many", params, (questions.TIMES_ONE, questions.CANCEL))
        options = (questions.TIMES_ALL, questions.TIMES_ONE, questions.CANCEL)
        return NeedsAnswer("times_many", params, options)
    rest = text.replace(said, " ")
    on = {} if worked is None else {"worked": worked}
    days = days_of_the_week_said(rest, cmd.when, today, **on)
    span = ""
    if not days:
        # "2 ganger i helgen", "x3 denne måneden": which day, never all on its first unasked
        days, span = days_of_the_span_said(rest, cmd.when, today, **on)
    if days:
        week = cmd.when.isocalendar().week
        return NeedsAnswer(
            "times_when",
            {**params, "week": week, "span": span},
            (*(f"{questions.DAY}{day.isoformat()}" for day in days), questions.CANCEL),
        )
    return None


def with_own_day(cmd: LogCommand, *, text: str, today: date) -> LogCommand:
    """The command with `own_day` set when it stores today and `text` typed today's date."""
    if cmd.own_day or cmd.when != today or not typed_as_a_date(text, today):
        return cmd
    return replace(cmd, own_day=True)


def with_deal_words(answers: Answers, cmd: LogCommand, words: str | None) -> Answers:
    """The answers, with an offer a deal of its own when its words say so."""
    if not words or cmd.kind is not ActivityKind.OFFER or answers.separate:
        return answers
    if deal_words.reading(words, cmd.customer) is deal_words.Reading.SEPARATE:
        return replace(answers, separate=True)
    return answers
