"""Session 65. Days said in words the date readers do not know, written as they read them, for
the slash commands' reader and the channel messages' alike:

- a day of a month as an ordinal word ("booket befaring tredje januar", "the third of January",
  "andra februari"): its number ("3. januar", "3rd of January"); a name keeps its words
  ("Første Mars AS", "Third May Studios");
- a weekday by its place in a month ("første mandag i november", "first Monday in December",
  "sista fredagen i november"): its date, the month's next such day not gone by;
- the Danish "her til morgen" (this morning): "i morges".

(A week by its place in a month, "første uke i januar", stays as the readers took it: asked in a
command, session 22.)"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.services.dates import MONTHS, fold, weekday_index

_MONTH_WORDS = sorted(MONTHS, key=len, reverse=True)
_MONTH = "|".join(re.escape(m) for m in _MONTH_WORDS)

# Ordinal words of a month's days (folded), before a month
_ORDINAL_DAYS = {
    "forste": 1, "forsta": 1, "first": 1, "andre": 2, "andra": 2, "anden": 2, "second": 2,
    "tredje": 3, "third": 3, "fjerde": 4, "fjarde": 4, "fourth": 4, "femte": 5, "fifth": 5,
    "sjette": 6, "sjatte": 6, "sixth": 6, "sjuende": 7, "syvende": 7, "sjunde": 7, "seventh": 7,
    "attende": 8, "ottende": 8, "attonde": 8, "eighth": 8, "niende": 9, "nionde": 9, "ninth": 9,
    "tiende": 10, "tionde": 10, "tenth": 10,
}  # fmt: skip
_ENGLISH_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_ORDINAL_DAY = re.compile(
    r"(?i)(?<![\w-])(?P<day>[^\W\d_]+)\s+(?P<of>of\s+)?(?P<month>" + _MONTH + r")\.?(?![\w-])"
)


def _a_day_said(found: re.Match[str]) -> str:
    day = _ORDINAL_DAYS.get(fold(found["day"]))
    if day is None or fold(found["month"]).rstrip(".") not in MONTHS:
        return found[0]
    english = fold(found["day"]) in ("first", "second", "third") or fold(found["day"]).endswith(
        "th"
    )
    after = found.string[found.end() :].split(maxsplit=1)
    if (not english and found["month"][:1].isupper()) or (after and after[0][:1].isupper()):
        return found[0]  # a name ("Første Mars AS", "Third May Studios")
    if english:
        return f"{day}{_ENGLISH_SUFFIX.get(day, 'th')} {found['of'] or ''}{found['month']}"
    return f"{day}. {found['month']}"


# The Danish "this morning" said with "her" ("Novozymes ringede her til morgen"): as "i morges"
# (a phrase of the day readers would make "til" a day's word, and names hold it)
_THIS_MORNING = re.compile(r"(?i)(?<![\w-])her\s+(?:til\s+morgen|i\s+morges)(?![\w-])")


# Session 65. A weekday by its place in a month ("neste møte første mandag i november", "first
# Monday in December", "sista fredagen i november", "anden tirsdag i januar"): its date, the
# month's next one whose day has not gone by ("4. november")
_PLACES = {
    **{word: day - 1 for word, day in _ORDINAL_DAYS.items() if day <= 4},
    **{"1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "siste": -1, "sista": -1, "sidste": -1, "last": -1},
}
_WEEKDAY_OF_A_MONTH = re.compile(
    r"(?i)(?<![\w-])(?:the\s+|den\s+)?(?P<place>[^\W\d_]+|[1-4](?:st|nd|rd|th))\s+"
    r"(?P<day>[^\W\d_]+?)(?:en|n)?\s+(?:i|in|of|af|av|på)\s+(?:the\s+)?(?P<month>"
    + _MONTH
    + r")\.?(?![\w-])"
)


def _a_weekday_said(found: re.Match[str], today: date) -> str:
    place = _PLACES.get(fold(found["place"]))
    weekday = weekday_index(fold(found["day"]))
    month = MONTHS.get(fold(found["month"]).rstrip("."))
    if place is None or weekday is None or month is None:
        return found[0]
    for year in (today.year, today.year + 1):
        if place >= 0:
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * place)
        else:
            last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
            day = last - timedelta(days=(last.weekday() - weekday) % 7)
        if day.month == month and day >= today:
            return f"{day.day}.{day.month}.{day.year}"
    return found[0]


def ordinal_days_as_numbers(text: str, today: date | None = None) -> str:
    """`text` with a month's day said as an ordinal word written with its number (module doc),
    and the Danish "her til morgen" as "i morges", or as it was."""
    lowered = text.casefold()
    if "her " in lowered:
        text = _THIS_MORNING.sub("i morges", text)
    ordinal = _ORDINAL_GATE.search(lowered) is not None
    if today is not None and (ordinal or _LAST_GATE.search(lowered)):
        text = _WEEKDAY_OF_A_MONTH.sub(lambda found: _a_weekday_said(found, today), text)
    if ordinal:
        text = _ORDINAL_DAY.sub(_a_day_said, text)
    return text


_ORDINAL_STEMS = ("først", "först", "forst", "first", "andr", "anden", "second", "tredje", "third", "fjerde",
                  "fjärde", "fourth", "femte", "fifth", "sjette", "sjätte", "sixth", "sjuende",
                  "syvende", "sjunde", "seventh", "ttende", "ttonde", "eighth", "niende",
                  "nionde", "ninth", "tiende", "tionde", "tenth")  # fmt: skip
# (one compiled test each, not thirty substring tests: every command and message passes here)
_ORDINAL_GATE = re.compile("|".join(_ORDINAL_STEMS))
_LAST_GATE = re.compile("siste|sista|sidste|last")
