"""review25. An English-speaking seller's slash date: "12/1" is 12 January to a Briton and
1 December to an American. For done work the reading that is not ahead is the one meant; when
both are gone by, which day it was is asked (both days on buttons), never one picked unsaid.
Nordic sellers write day/month: their "12/1" is read as ever (bot/services/dates.py).

Pure code: the text and today in, the text to read and the days to ask about out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.services.dates import fold

# "12/1", "12/1/2026", "12/1/26": two numbers a slash apart, no more slashes, not in a fraction
# of something else ("1/2 mill", "24/7" read elsewhere do not pass the checks below)
_SLASH = re.compile(r"(?<![\w/.,:])([0-9]{1,2})/([0-9]{1,2})(?:/((?:20)?[0-9]{2}))?(?![\w/%])")
# A day said for something to come ("next meeting 12/8", "booked for 3/4"): either reading
# may be meant there, and the reader's own rules for days ahead stand.
_COMING = {
    "next", "booked", "book", "booking", "scheduled", "schedule", "planned", "plan", "follow",
    "followup", "due", "until", "by", "deadline", "expires", "valid", "before", "neste", "nasta",
    "naeste", "booket", "bokade", "innen", "innan", "inden", "frist",
}  # fmt: skip
_WINDOW = 3  # words before the date that may say it is to come
# "1 1/2 mill", "1/2 mio", "3/4 of the licences": a fraction, no date
_AFTER_A_FRACTION = re.compile(r"\s*(?:mill|mio|m\b|k\b|kr|of\b|av\b|af\b|million|miljon)", re.I)


@dataclass(frozen=True)
class SlashDays:
    """`text`: to read (a slash date with one reading gone by written as that day, "1.12.");
    `choices`: the two days a slash date may be when both are gone by (asked), else ()."""

    text: str
    choices: tuple[date, ...] = ()


def _nearest(day: int, month: int, year: str | None, today: date) -> date | None:
    """The day without a year at its nearest occurrence (a tie: the one gone by)."""
    try:
        if year is not None:
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        near = [date(y, month, day) for y in (today.year - 1, today.year, today.year + 1)]
    except ValueError:
        try:  # 29/2: only in leap years
            near = [
                date(y, month, day) for y in range(today.year - 4, today.year + 5) if y % 4 == 0
            ]
        except ValueError:
            return None
    return min(near, key=lambda d: (abs((d - today).days), d > today)) if near else None


def english_slash_days(text: str, today: date) -> SlashDays:
    """`text` as an English-speaking seller wrote it, its ambiguous slash dates of done work
    placed: "signed 12/1" on 1 Dec is 1 Dec (12 Jan is ahead), "met them 11/10" is 11 Oct or
    10 Nov (both gone by: asked). A date both ways ahead, one said to come, or one that can be
    read one way only ("11/18", "25/11") is left to the reader."""
    choices: tuple[date, ...] = ()
    out: list[str] = []
    at = 0
    for m in _SLASH.finditer(text):
        first, second, year = int(m[1]), int(m[2]), m[3]
        if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
            continue
        if _AFTER_A_FRACTION.match(text, m.end()) or re.search(r"[0-9]\s*$", text[: m.start()]):
            continue
        before = [fold(w).strip(",.;:") for w in text[: m.start()].split()[-_WINDOW:]]
        if _COMING.intersection(before):
            continue
        day_month = _nearest(first, second, year, today)
        month_day = _nearest(second, first, year, today)
        if day_month is None or month_day is None:
            continue
        gone = [d for d in (day_month, month_day) if d <= today]
        if len(gone) == 1:
            [day] = gone
            out.append(text[at : m.start()])
            out.append(f"{day.day}.{day.month}.{day.year}" if year else f"{day.day}.{day.month}.")
            at = m.end()
        elif len(gone) == 2 and not choices:
            choices = (day_month, month_day)
    out.append(text[at:])
    return SlashDays("".join(out), choices)
