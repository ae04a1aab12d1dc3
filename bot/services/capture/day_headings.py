"""Session 26 (days26). A message told by day headings, each opening what was done that day:
"Mandag: møte med Equinor og Telenor. I dag: 2 samtaler med Orkla", "man: møte Tine, tirs:
ringte Posten", "Mon: Tesco mtg, Tue: call Boots", "29/11: møte Kiwi", "Tirsdag = tilbud Bama".

Each part after a heading is read as a message of its own (so every row it holds is kept: two
customers, a count, "2 ganger") and dated on its heading's day; a row with a day of its own
keeps it. Pure: `today` is passed in, the reading of a part is the caller's.

Weekday headings read backwards from the last one: the last is the latest such day gone (today
when the message has an earlier heading, "Mandag: … Tirsdag: …" said on a Tuesday), each one
before it the latest such day before the next heading's day ("Mon: …, Wed: …, Thu: …")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.services.capture import signals
from bot.services.dates import fold, weekday_index

# A heading opens the message, a line, a sentence or a comma's item: a day (a weekday, "i dag",
# "i går", "today", "yesterday", "29/11"), then a colon, or a dash or an equals sign in spaces.
_HEADING = re.compile(
    r"(?:^|(?<=[.!?;,\n])|(?<=[.!?;,]\s)|(?<=\n)\s*|(?<=[.!?;,])\s+|(?<=[^\w\s,.:;!?()&+/-]\s))"
    r"[ \t]*(?:[•·▪*\-–][ \t]*)?"
    r"(?P<day>i\s*dag|idag|today|i\s*g[åaä]r|ig[åaä]r|i\s*gaar|igaar|yesterday|"
    r"\d{1,2}[./]\d{1,2}\.?|[^\W\d_]{3,9}\.?)"
    r"(?:[ \t]*:(?!\d)|[ \t]+[-–—=][ \t]+|[ \t]*=[ \t]*)",
    re.IGNORECASE,
)
_TODAY = {"idag", "today"}
_WEEK = re.compile(
    r"\d|\b(?:uke|uka|uken|veke|veka|vecka|veckan|veckans|uge|ugen|ugens|week|wk|"
    r"forrige|f[öo]rra|sidste|sist|last|previous)\b",
    re.IGNORECASE,
)
_PLANS = re.compile(
    r"\b(?:neste|next|n[äa]sta|n[æa]ste|kommende|kommande|plan\w*|agenda|i\s*morgen|"
    r"imorgon|i\s*morgon|tomorrow)\b",
    re.IGNORECASE,
)
_YESTERDAY = {"igar", "igaar", "yesterday"}
# A heading of the whole naming the week gone or this one, then a colon or a dash: the weekday
# headings after it are that week's days
_WEEK_HEADING = re.compile(
    r"(?:(?P<last>forrige\s+uke|forrige\s+veke|sist[ae]?\s+uke|f[öo]rra\s+veckan|sidste\s+uge|"
    r"last\s+week|previous\s+week)|denne\s+uk(?:a|en)|denne\s+veka|den(?:ne)?\s+uge[n]?|"
    r"(?:i\s+)?denna\s+vecka|veckan|this\s+week)\s*[:\-–—]?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Section:
    text: str  # what the heading opens, without it
    day: date
    weekday: bool  # its heading is a weekday's name ("ons:", "Monday:"), no date of its own


def sections(text: str, today: date) -> list[Section]:
    """The parts of a message each opened by a day heading, on its day; [] when it has none, when
    words before the first heading are more than a heading of the whole ("Uke 48:"), or when a
    heading's day is still to come (a plan, read as before)."""
    found = [m for m in _HEADING.finditer(text) if _a_day(m["day"])]
    if not found:
        return []
    before = text[: found[0].start()].strip()
    week = _WEEK_HEADING.fullmatch(before)
    monday = None
    if week is not None:
        # "Forrige uke – Man: møte Ruter. Tirs: …", "Last week: Mon: …", "Denne uka: man …":
        # the weekday headings are that week's days (was: read as several customers)
        this_week = today - timedelta(days=today.weekday())
        monday = this_week - timedelta(days=7) if week["last"] else this_week
    elif before and (not before.endswith(":") or _PLANS.search(before) or _WEEK.search(before)):
        # "Ringte Kiwi i dag. Mandag: …": news before the days; "Neste uke:": plans; "Uke 48:":
        # the days of a week it names by number; all read as before
        return []
    parts = [
        text[m.end() : (found[i + 1].start() if i + 1 < len(found) else len(text))]
        for i, m in enumerate(found)
    ]
    days = _days([m["day"] for m in found], today, monday)
    if days is None:
        return []
    return [
        Section(part.strip(" \t\n,;.").strip(), day, weekday_index(m["day"]) is not None)
        for part, day, m in zip(parts, days, found, strict=True)
        if part.strip(" \t\n,;.")
    ]


def _a_day(word: str) -> bool:
    folded = fold(re.sub(r"\s+", "", word)).rstrip(".")
    if folded in _TODAY or folded in _YESTERDAY or folded[:1].isdigit():
        return True
    return weekday_index(folded) is not None


def _days(said: list[str], today: date, monday: date | None = None) -> list[date] | None:
    """Each heading's day, read from the last heading backwards (see the module's words); a
    weekday heading under a heading of the week (`monday`: its first day) is that week's."""
    out: list[date] = []
    bound: date | None = None  # the day of the heading after this one
    weekdays = [weekday_index(fold(w).rstrip(".")) for w in said]
    named = [w for w in weekdays if w is not None]
    # "Tirsdag: …, mandag: …": days not in their week's order, each the latest such day
    ordered = all(a < b for a, b in zip(named, named[1:], strict=False))
    for i in range(len(said) - 1, -1, -1):
        word = fold(re.sub(r"\s+", "", said[i])).rstrip(".")
        if word in _TODAY:
            day = today
        elif word in _YESTERDAY:
            day = today - timedelta(days=1)
        elif word[:1].isdigit():
            tokens = signals.tokenise(signals.clean(said[i]))
            dated = [d for d in signals.dates(tokens, today, ()) if not d.week]
            if len(dated) != 1:
                return None
            day = dated[0].day
        else:
            weekday = weekday_index(word)
            assert weekday is not None
            if monday is not None:
                day = monday + timedelta(days=weekday)
            elif bound is None or not ordered:
                back = (today.weekday() - weekday) % 7
                day = today - timedelta(days=back or (0 if len(said) > 1 else 7))
            else:
                day = bound - timedelta(days=(bound.weekday() - weekday) % 7 or 7)
        if day > today:
            return None  # "3/12: møte Kiwi" on 1 Dec: a plan
        out.append(day)
        bound = day
    return out[::-1]
