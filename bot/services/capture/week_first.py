"""Session 46. A week said first, before a colon, and the records after it told by their
weekdays: "Forrige uke: møte med Kiwi fredag", "Vecka 48 glömde jag logga: möte med Apotek
Hjärtat fre", "Last week: met Kiwi on Friday", "Uke 48: tilbud til Tine tirsdag, 300k". Each
weekday is that week's (was the latest such day: this Friday, a week after the meeting). The
text is given back with each such weekday dated ("fredag 27.11."), as if typed so, for the
reader to read as any weekday with its date (a weekday and a date that disagree are asked).
One record only: a list of the week's days under such a heading is read as one already (lists,
day_headings)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.errors import UserError
from bot.services.dates import SHORT_WEEKDAYS, WEEKDAYS, fold, parse_date, weekday_index

# The week, said in the opening before the first colon ("Forrige uke", "Uke 48", "Vecka 48
# glömde jag logga", "Glemte å logge fra forrige uke", "Last week")
_WEEK = re.compile(
    r"(?i)(?<![\w-])(?:(?:i|fra|från|from|in|for)\s+)?"
    r"(forrige\s+uke|forrige\s+veke|førre\s+veke|sist\s+uke|förra\s+veckan|sidste\s+uge|"
    r"last\s+week|previous\s+week|(?:uke|uka|veke|vecka|v\.?|uge|week|wk)\s*\d{1,2})(?![\w])"
)
# A weekday alone as the records say it: whole names, and the short forms that are no other
# word ("fre", "tirs", "tors", "ons", "mån", "tis"; not "man", "tor", "fri", "sat", "sun", "mon")
_DAY = re.compile(
    r"(?i)(?<![\w.])(mandag|måndag|tirsdag|tisdag|tysdag|onsdag|torsdag|fredag|lørdag|lördag|"
    r"laurdag|søndag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mån|tis|tirs|ons|tors|fre|tue|tues|wed|thu|thur|thurs)\.?(?![\w])"
    # (no date of its own after it: "fredag 27.11", "fre 27/11", "fredag 27. nov"; an amount
    # may follow, "tilbud sendt fredag 450.000 kr")
    r"(?!\s*\d{1,2}(?:[./]\d|\.?\s+[^\W\d_]|\.?\s*$|\.\s|(?:st|nd|rd|th)\b))"
)
_OPENING_WORDS = 8
_ANY_DAY = frozenset(WEEKDAYS) | frozenset(SHORT_WEEKDAYS) | {"tir", "tor", "tors", "lor", "son"}


def _days_in(text: str) -> int:
    """How many words of `text` may be a weekday, its short forms too ("man", "tir", "Mon")."""
    return sum(
        fold(word).strip(".,;:!?()") in _ANY_DAY for word in re.split(r"[\s–—-]+", text)
    )  # the opening before the colon: a heading, or a short preamble


def week_said_first(text: str, today: date) -> str:
    """`text` with each weekday after an opening that names a week gone dated in that week; the
    text as it is when no such opening leads it, or the week is this one or ahead."""
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or "\n" in head or len(head.split()) > _OPENING_WORDS:
        return text
    found = _WEEK.search(head)
    days = list(_DAY.finditer(rest))
    if found is None or "\n" in rest or not days:
        return text  # a list of the week's days is read as one (lists, day_headings)
    if _days_in(head) or _days_in(rest) != len(days):
        return text  # "Last week – Mon: …", "Forrige uke: man møte Acme, tir ring Orkla, ons …"
    if len(days) > 1 and any(
        _opens_its_clause(rest, day.start()) or rest[: day.start()].rstrip().endswith("(")
        for day in days
    ):
        # session 51: several, each said after its record ("forrige uke: møte hos Norsk
        # Gjenvinning torsdag, tilbud sendt fredag 450.000 kr": were this week's days); a day
        # opening its clause or in brackets lists the week, read as one (lists, day_headings)
        return text
    try:
        monday = parse_date(found[1], today=today, direction="past")
    except UserError:
        return text
    if monday is None or monday + timedelta(days=7) > today - timedelta(days=today.weekday()):
        return text  # this week (or ahead): its weekdays read as they are

    def dated(match: re.Match[str]) -> str:
        index = weekday_index(fold(match[1]))
        if index is None:
            return match[0]
        day = monday + timedelta(days=index)
        return f"{match[0]} {day.day}.{day.month}."

    return f"{head}{colon}{_DAY.sub(dated, rest)}"


def _opens_its_clause(text: str, at: int) -> bool:
    """The word at `at` is the first of its clause (after the start, a comma, a colon or a
    full stop)."""
    before = text[:at].rstrip()
    return not before or before[-1] in ",;:.!?-–—"
