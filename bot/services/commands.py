"""Parse the text of /logmeeting, /logcall, /logoffer, /logwin and /loglost.

    /logmeeting <customer> [date] [cold|warm|hot] [next <what> <date>] [-- note]   (/logcall alike)
    /logoffer   <customer> <amount> [date] [-- note]
    /logwin     <customer> [amount] [date] [margin NN%] [-- note]
    /loglost    <customer> [reason]

Options are read from the right end, so any customer name works as long as it does not end in
something that looks like an option: "Fredag Bygg", "Varme Hender AS" and "Next Generation" stay
names, and a one-word text is always just the customer. Pure: `today` is passed in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from bot.domain import ActivityKind, Temperature
from bot.services.amounts import Money, match_amount_suffix
from bot.services.customers import clean_display_name, customer_key
from bot.services.dates import (
    WEEKDAYS,
    UserError,
    check_activity_date,
    check_next_date,
    fold,
    match_date_suffix,
)

__all__ = ["LogCommand", "NextStep", "UserError", "parse_log_command"]

MAX_LENGTH = 1000
DEFAULT_NEXT_STEP = "follow-up"

_ALLOWED_FORMAT_CHARS = {"\u200d"}  # zero-width joiner: part of emoji such as 👩‍💼
_NOTE_SEPARATOR = re.compile(r"(?:^|\s)(?:-{2,}|[\u2013\u2014])(?=\s|$)")  # --, en dash, em dash
_NEXT_WORDS = {"next", "neste", "nasta", "naste", "naeste"}  # folded: nästa, næste
_TEMPERATURES = {
    "cold": Temperature.COLD,
    "kald": Temperature.COLD,
    "kall": Temperature.COLD,
    "kold": Temperature.COLD,
    "warm": Temperature.WARM,
    "varm": Temperature.WARM,
    "hot": Temperature.HOT,
    "het": Temperature.HOT,
    "hed": Temperature.HOT,
}
_MARGIN_WORDS = {
    "margin",
    "marginal",
    "bruttomargin",
    "dekningsbidrag",
    "daekningsbidrag",
    "tackningsbidrag",
    "db",
    "tb",
}
_MARGIN_VALUE = re.compile(r"([0-9]{1,3}(?:[.,][0-9]{1,2})?)(%?)")
_PUNCTUATION = ".,;:!?"


@dataclass(frozen=True)
class NextStep:
    what: str
    due: date


@dataclass(frozen=True)
class LogCommand:
    kind: ActivityKind
    customer: str  # display name as typed (clean_display_name)
    when: date
    temperature: Temperature | None = None
    amount: Decimal | None = None
    currency: str | None = None  # None = team default
    next_step: NextStep | None = None
    note: str | None = None  # free text after "--" (or the loss reason)
    margin_pct: Decimal | None = None  # /logwin Acme 400k margin 22%


def parse_log_command(
    kind: ActivityKind,
    text: str,
    *,
    today: date,
    krone: str = "NOK",
    known_customers: Sequence[str] = (),
) -> LogCommand:
    """Parse a log command's text or raise UserError with a precise code (see module doc)."""
    head, note = _split_note(_prepare(text))
    if kind is ActivityKind.LOSS:
        return _parse_loss(head, note, today, known_customers)

    tokens = head.split()
    tokens, next_step = _take_next_step(tokens, today)
    options, tokens = _take_options(tokens, kind, today, krone)
    customer = _customer(tokens)  # "empty" beats "missing_amount" for a text of just quotes
    money: Money | None = options.get("money")
    if kind is ActivityKind.OFFER and money is None:
        raise UserError("missing_amount")
    return LogCommand(
        kind=kind,
        customer=customer,
        when=options.get("when", today),
        temperature=options.get("temperature"),
        amount=money.amount if money else None,
        currency=money.currency if money else None,
        next_step=next_step,
        note=note,
        margin_pct=options.get("margin"),
    )


def has_control_chars(text: str) -> bool:
    """NUL, ESC, a right-to-left override (U+202E) …; tabs and newlines are fine."""
    return any(
        unicodedata.category(ch) in ("Cc", "Cf")
        for ch in text
        if ch not in "\t\r\n" and ch not in _ALLOWED_FORMAT_CHARS
    )


def _prepare(text: str) -> str:
    """Reject oversized or control-character input, undo Slack's escaping, flatten whitespace."""
    if len(text) > MAX_LENGTH:
        raise UserError("too_long", limit=MAX_LENGTH)
    if has_control_chars(text):
        raise UserError("control_chars")
    # Slack escapes exactly these three; &amp; last so "&amp;lt;" stays "&lt;".
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = re.sub(r"[\t\r\n]", " ", text).strip()
    if not text or text.startswith(("--", "\u2013", "\u2014")):
        raise UserError("empty")
    return text


def _split_note(text: str) -> tuple[str, str | None]:
    """Split at the first " -- " (or an em/en dash, which macOS autocorrects "--" into)."""
    match = _NOTE_SEPARATOR.search(text)
    if match is None:
        return text, None
    return text[: match.start()].strip(), text[match.end() :].strip() or None


def _customer(tokens: list[str]) -> str:
    name = clean_display_name(" ".join(tokens))
    if not name:
        raise UserError("empty")
    return name


def _word(token: str) -> str:
    return fold(token).strip(_PUNCTUATION)


def _take_next_step(tokens: list[str], today: date) -> tuple[list[str], NextStep | None]:
    """Cut off the next clause, which starts at the last next-word after the first token."""
    starts = [i for i, token in enumerate(tokens) if i >= 1 and _word(token) in _NEXT_WORDS]
    if not starts:
        return tokens, None
    start = starts[-1]
    if len(starts) > 1 and start == len(tokens) - 2 and _word(tokens[-1]) in WEEKDAYS:
        start = starts[-2]  # "next call next friday": the final "next friday" is the date
    clause = tokens[start + 1 :]
    found = match_date_suffix(clause, today=today, direction="future")
    if found is None:
        raise UserError("missing_next_date")
    due, used = found
    check_next_date(due, today)
    what = " ".join(clause[: len(clause) - used]).strip() or DEFAULT_NEXT_STEP
    return tokens[:start], NextStep(what=what, due=due)


def _take_options(
    tokens: list[str], kind: ActivityKind, today: date, krone: str
) -> tuple[dict[str, Any], list[str]]:
    """Peel options off the right end, each kind at most once, always keeping one customer token."""
    matchers: dict[str, Callable[[list[str]], tuple[object, int] | None]] = {}
    if kind is ActivityKind.WIN:
        matchers["margin"] = _match_margin  # before amounts, so "margin 22" is not 22 kr
    matchers["when"] = lambda toks: match_date_suffix(
        toks, today=today, direction="past", keep_at_least=1
    )
    if kind in (ActivityKind.MEETING, ActivityKind.CALL):
        matchers["temperature"] = _match_temperature
    if kind in (ActivityKind.OFFER, ActivityKind.WIN):
        matchers["money"] = lambda toks: match_amount_suffix(toks, krone=krone, keep_at_least=1)

    found: dict[str, Any] = {}
    progress = True
    while progress and len(tokens) > 1:
        progress = False
        for name, matcher in matchers.items():
            if name in found:
                continue
            hit = matcher(tokens)
            if hit is not None:
                found[name], used = hit
                tokens = tokens[:-used]
                progress = True
                break
    if "when" in found:
        check_activity_date(found["when"], today)
    return found, tokens


def _match_temperature(tokens: list[str]) -> tuple[Temperature, int] | None:
    temperature = _TEMPERATURES.get(_word(tokens[-1]))
    return (temperature, 1) if temperature is not None and len(tokens) > 1 else None


def _match_margin(tokens: list[str]) -> tuple[Decimal, int] | None:
    """`margin 22%`, `db 22 %`, `marginal 22`, or a bare `22%`; 0 < margin <= 100."""
    value, used = tokens[-1], 1
    if value == "%" and len(tokens) > 2:
        value, used = tokens[-2] + "%", 2
    has_word = len(tokens) > used + 1 and _word(tokens[-used - 1]).rstrip(":") in _MARGIN_WORDS
    value = value.rstrip(",;!?")
    if not has_word:
        if not re.fullmatch(r"[0-9.,]+%", value):
            return None
    elif not any(ch.isdigit() or ch in "%-" for ch in value):
        return None  # "margin" is just a word in the customer name
    match = _MARGIN_VALUE.fullmatch(value)
    if match is None:
        raise UserError("bad_margin", text=value)
    margin = Decimal(match[1].replace(",", "."))
    if not 0 < margin <= 100:
        raise UserError("bad_margin", text=value)
    return margin, used + (1 if has_word else 0)


def _parse_loss(
    head: str, note: str | None, today: date, known_customers: Sequence[str]
) -> LogCommand:
    """Split "<customer> [reason]": a known customer's longest prefix, else "--", else one word."""
    tokens = head.split()
    known = {customer_key(name) for name in known_customers}
    size = next(
        (n for n in range(len(tokens), 0, -1) if customer_key(" ".join(tokens[:n])) in known),
        None,
    )
    if size is None:
        size = len(tokens) if note is not None else 1
    reason = " ".join(tokens[size:])
    if reason and note:
        reason = f"{reason}; {note}"
    return LogCommand(
        kind=ActivityKind.LOSS,
        customer=_customer(tokens[:size]),
        when=today,
        note=reason or note or None,
    )
