"""Session 47. "last Thursday", "forrige torsdag", "förra torsdagen", "sidste torsdag" said on a
Friday: yesterday to some sellers, the Thursday a week before to others (the held-out files of
sessions 43 to 47 split: seven writers wrote yesterday, five the week before; the readers had
kept yesterday, shown in the reply). Which day it was is asked, both days on buttons, nothing
stored unasked. Said of any other weekday the latest one gone is meant (bot/services/dates.py),
and with its date beside it ("last Thursday (26/11)", "forrige torsdag 26.11") the date says it.

Pure code: the text and today in, the two days and the words that named them out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.services.dates import weekday_index

_LAST = r"(?:last|forrige|førre|forra|förra|forrga|sidste|sist|previous|prev)"
_SAID = re.compile(rf"(?i)(?<![\w-]){_LAST}\s+([^\W\d_]{{2,10}})\.?(?![\w-])")
# Its date or its week said right after it: no doubt left ("last Thursday (the 26th)",
# "forrige torsdag 26.11", "last Thursday week", "torsdag förra veckan" is read elsewhere)
_DATED_AFTER = re.compile(
    r"(?i)\s*[(,]?\s*(?:the\s+|den\s+|d\.\s*)?[0-9]{1,2}(?:[./][0-9]|st\b|nd\b|rd\b|th\b|\.|\))"
    r"|\s+(?:week|uke|uka|veke|vecka|veckan|uge|ugen)\b"
)


@dataclass(frozen=True)
class Doubt:
    days: tuple[date, ...]  # the week before's, then yesterday
    said: str  # the words that named the day, as typed


def yesterday_or_a_week_before(text: str, today: date) -> Doubt | None:
    """The two days "last <yesterday's weekday>" may be, or None when no such words are said."""
    yesterday = today - timedelta(days=1)
    for found in _SAID.finditer(text):
        if weekday_index(found[1]) != yesterday.weekday():
            continue
        if _DATED_AFTER.match(text, found.end()):
            return None
        return Doubt((yesterday - timedelta(days=7), yesterday), found[0])
    return None
