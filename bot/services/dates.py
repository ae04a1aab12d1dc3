"""Dates as sales reps type them, in English, Norwegian, Swedish and Danish.

This is the lowest-level parsing module: it holds `fold`, which amounts, customers and commands
import from here; what people can fix is raised as `bot.errors.UserError`. Pure: today's date is always passed in.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import Literal

from bot.errors import UserError

Direction = Literal["past", "future"]

MAX_PAST_DAYS = 365  # an activity may be back-dated at most a year
MAX_FUTURE_DAYS = 365  # a next step may be planned at most a year ahead


# Letters that NFKD does not decompose but Scandinavians expect to match their ASCII spelling.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "þ": "th",
        "Þ": "th",
        "œ": "oe",
        "Œ": "oe",
    }
)


def fold(text: str) -> str:
    """Casefold and strip accents, so "Lørdag", "lördag" and "lordag" compare equal."""
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)  # casefold can undo the first pass
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Keys are folded (see `fold`), so "i går", "igår" and "i gar" are one entry each way.
_RELATIVE_DAYS = {
    "today": 0,
    "idag": 0,
    "i dag": 0,
    "yesterday": -1,
    "igar": -1,
    "i gar": -1,
    "tomorrow": 1,
    "imorgen": 1,
    "i morgen": 1,
    "imorgon": 1,
    "i morgon": 1,
    "day before yesterday": -2,
    "the day before yesterday": -2,
    "i forgars": -2,
    "iforgars": -2,
    "i forrgar": -2,
    "iforrgar": -2,
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
    "i overmorgen": 2,
    "iovermorgen": 2,
    "i overmorgon": 2,
    "iovermorgon": 2,
}

_WEEKDAY_NAMES = (
    ("monday", "mon", "mandag"),  # mandag (nb/da) and måndag (sv) fold alike
    ("tuesday", "tue", "tues", "tirsdag", "tisdag"),
    ("wednesday", "wed", "onsdag"),
    ("thursday", "thu", "thur", "thurs", "torsdag"),
    ("friday", "fri", "fredag"),
    ("saturday", "sat", "lordag"),  # lørdag / lördag
    ("sunday", "sun", "sondag"),  # søndag / söndag
)
WEEKDAYS = {name: index for index, names in enumerate(_WEEKDAY_NAMES) for name in names}
_SCANDI_WEEKDAYS = {names[-1]: index for index, names in enumerate(_WEEKDAY_NAMES)}

# Words before a date: neutral ones keep the caller's direction; the others pin a weekday.
_NEUTRAL_PREFIXES = {"on", "pa", "den"}
_NEXT_PREFIXES = {"next", "neste", "nasta", "naste", "naeste", "kommende", "kommande"}
_LAST_PREFIXES = {"last", "forrige", "sist", "sidste", "forra"}

_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# 18.11.  18.11.2026  18.11.26  18/11  18/11-2026  and (only if plausible) 18.11
_DOTTED = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})(?:([./-])([0-9]{2}|[0-9]{4}))?(\.?)")
_DOTTED_SHAPE = re.compile(r"[0-9]{1,2}[./][0-9]{1,2}(?:[./-][0-9]{2,4}|[./])")
_TRAILING = ",;:!?"
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _normalise(text: str) -> str:
    return " ".join(fold(text).split()).rstrip(_TRAILING)


def looks_like_date(token: str) -> bool:
    """True for tokens shaped like a numeric date, even impossible ones ("2026-13-45", "31.02.").

    A bare "dd.mm" (no trailing dot, no year) only counts when day and month are in range,
    so amounts such as "12.50" are not mistaken for dates.
    """
    text = _normalise(token)
    if _ISO.fullmatch(text) or _DOTTED_SHAPE.fullmatch(text):
        return True
    bare = re.fullmatch(r"([0-9]{1,2})[./]([0-9]{1,2})", text)
    return bool(bare) and 1 <= int(bare[1]) <= 31 and 1 <= int(bare[2]) <= 12


def _make_date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        raise UserError("bad_date", text=original) from None


def _without_year(day: int, month: int, today: date, direction: Direction, original: str) -> date:
    """The closest real date with this day and month in `direction` (29.02 skips to a leap year)."""
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]):
        raise UserError("bad_date", text=original)
    step = -1 if direction == "past" else 1
    for offset in range(9):
        try:
            candidate = date(today.year + step * offset, month, day)
        except (ValueError, OverflowError):
            continue
        if (candidate <= today) if direction == "past" else (candidate >= today):
            return candidate
    raise UserError("bad_date", text=original)


def _numeric_date(text: str, today: date, direction: Direction, original: str) -> date | None:
    if m := _ISO.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), original)
    if not looks_like_date(text):
        return None
    m = _DOTTED.fullmatch(text)
    if m is None:  # date-shaped but malformed, e.g. a three-digit year
        raise UserError("bad_date", text=original)
    day, month, year = int(m[1]), int(m[2]), m[4]
    if year is None:
        return _without_year(day, month, today, direction, original)
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    return _make_date(full_year, month, day, original)


def _weekday_date(weekday: int, today: date, mode: str) -> date:
    """mode: "past" = on or before today, "before" = strictly before, "after" = strictly after."""
    if mode == "after":
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    back = (today.weekday() - weekday) % 7
    if mode == "before" and back == 0:
        back = 7
    return today - timedelta(days=back)


def parse_date(text: str, *, today: date, direction: Direction) -> date | None:
    """Read one date expression; None if `text` is not one, UserError("bad_date") if impossible.

    Weekdays: "past" means the most recent such day on or before today, "future" the next one
    strictly after today. "next/neste fredag" is always upcoming, "last/forrige/i fredags" always
    before today, whatever the direction.
    """
    original = text.strip()
    phrase = _normalise(text)
    if not phrase:
        return None
    relative = _RELATIVE_DAYS.get(phrase.rstrip("."))
    if relative is not None:
        return today + timedelta(days=relative)

    words = phrase.split(" ")
    if len(words) > 2:
        return None
    prefix = words[0] if len(words) == 2 else None
    word = words[-1]
    mode = "past" if direction == "past" else "after"
    if prefix in _NEXT_PREFIXES:
        mode = "after"
    elif prefix in _LAST_PREFIXES:
        mode = "before"
    elif prefix == "i" and word.endswith("s") and word[:-1] in _SCANDI_WEEKDAYS:
        return _weekday_date(_SCANDI_WEEKDAYS[word[:-1]], today, "before")  # "i fredags"
    elif prefix is not None and prefix not in _NEUTRAL_PREFIXES:
        return None

    if prefix is None or prefix in _NEUTRAL_PREFIXES:
        numeric = _numeric_date(word, today, direction, original)
        if numeric is not None:
            return numeric
    weekday = WEEKDAYS.get(word.rstrip("."))
    if weekday is None:
        return None
    return _weekday_date(weekday, today, mode)


def match_date_suffix(
    tokens: list[str], *, today: date, direction: Direction, keep_at_least: int = 0
) -> tuple[date, int] | None:
    """Read a date from the end of `tokens` (3, 2, then 1 tokens), so "i går" and "på fredag" work.

    Returns (date, tokens consumed), leaving at least `keep_at_least` tokens unconsumed.
    An impossible date-looking last token raises UserError("bad_date").
    """
    for size in (3, 2, 1):
        if len(tokens) - size < keep_at_least:
            continue
        found = parse_date(" ".join(tokens[-size:]), today=today, direction=direction)
        if found is not None:
            return found, size
    return None


def check_activity_date(when: date, today: date) -> date:
    """Activities happen today or in the past year; anything else is almost surely a typo."""
    if when > today:
        raise UserError("date_in_future", date=when)
    if when < today - timedelta(days=MAX_PAST_DAYS):
        raise UserError("date_too_old", date=when)
    return when


def check_next_date(due: date, today: date) -> date:
    """A next step is planned from today up to a year ahead."""
    if due < today:
        raise UserError("next_date_in_past", date=due)
    if due > today + timedelta(days=MAX_FUTURE_DAYS):
        raise UserError("next_date_too_far", date=due)
    return due
