"""Session 65. A day of a month written as an ordinal word ("booket befaring tredje januar", "den
femte mars", "the third of January", "andra februari"): its number ("3. januar", "5. mars", "3rd
of January"), as typed with figures (was asked as words not read). A name keeps its words
("Første Mars AS", "Third May Studios"). For the slash commands' reader and the channel
messages' alike. (A week by its place in a month, "første uke i januar", stays as the readers
took it: asked in a command, session 22.)"""

from __future__ import annotations

import re

from bot.services.dates import MONTHS, fold

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


def ordinal_days_as_numbers(text: str) -> str:
    """`text` with a month's day said as an ordinal word written with its number (module doc),
    and the Danish "her til morgen" as "i morges", or as it was."""
    lowered = text.casefold()
    if "her " in lowered:
        text = _THIS_MORNING.sub("i morges", text)
    if any(word in lowered for word in _ORDINAL_STEMS):
        text = _ORDINAL_DAY.sub(_a_day_said, text)
    return text


_ORDINAL_STEMS = ("først", "först", "forst", "first", "andr", "anden", "second", "tredje", "third", "fjerde",
                  "fjärde", "fourth", "femte", "fifth", "sjette", "sjätte", "sixth", "sjuende",
                  "syvende", "sjunde", "seventh", "ttende", "ttonde", "eighth", "niende",
                  "nionde", "ninth", "tiende", "tionde", "tenth")  # fmt: skip
