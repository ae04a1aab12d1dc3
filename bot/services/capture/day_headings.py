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

from bot.services import emoji
from bot.services.capture import signals
from bot.services.dates import fold, weekday_index

# A heading opens the message, a line, a sentence or a comma's item: a day (a weekday, "i dag",
# "i går", "today", "yesterday", "29/11"), then a colon, or a dash or an equals sign in spaces.
_HEADING = re.compile(
    r"(?:^|(?<=[.!?;,\n])|(?<=[.!?;,:]\s)|(?<=\n)\s*|(?<=[.!?;,])\s+|(?<=[^\w\s,.:;!?()&+/-]\s))"
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


_NUMBERED_WEEK = re.compile(
    r"(?:uke|uka|veke|vecka|v\.?|uge|week|wk)\s*(?P<n>\d{1,2})"
    # lists28: "Week 48 recap:", "Uke 48 oppsummert:", "Vecka 48 sammanfattning:"
    r"(?:\s+(?:recap|summary|review|oppsummering|oppsummert|sammendrag|sammanfattning|"
    r"summering|opsummering|opsummeret))?\s*[:\-–—]?",
    re.IGNORECASE,
)


def _heading(before: str) -> str:
    """lists28. A week's heading without its emoji ("Uke 48 🗓️", "Week 48 :calendar:")."""
    return " ".join(emoji.without_pictographs(re.sub(emoji.SHORTCODES, " ", before)).split())


def _monday_of_week(number: int, today: date) -> date | None:
    """The Monday of ISO week `number`, this one or one gone by this year; None for a week
    still to come (a plan) or no such week."""
    try:
        monday = date.fromisocalendar(today.isocalendar().year, number, 1)
    except ValueError:
        return None
    return monday if monday <= today else None


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
    before = _heading(text[: found[0].start()])
    week = _WEEK_HEADING.fullmatch(before)
    monday = None
    numbered = _NUMBERED_WEEK.fullmatch(before)
    if numbered is not None:
        # days27. "Week 49 – Mon: meeting Tesco, Wed: …", "Uke 48: Man: …": that week's days
        # (was: "Week 49 – Mon" read as a heading of the whole, Monday's row dropped)
        monday = _monday_of_week(int(numbered["n"]), today)
        if monday is None:
            return []
    elif week is not None:
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


def under_a_week(text: str) -> bool:
    """days27. The day headings follow a heading of the week ("Forrige uke – Man: …", "Last
    week – Mon: …"): the week's report, its rows the seller's own list."""
    found = next((m for m in _HEADING.finditer(text) if _a_day(m["day"])), None)
    if found is None:
        return False
    before = _heading(text[: found.start()])
    return bool(before) and (
        _WEEK_HEADING.fullmatch(before) is not None or _NUMBERED_WEEK.fullmatch(before) is not None
    )


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


# -- days27: a list whose days may run past today --------------------------------------------------
# Each item opens the message, a line, a sentence, a comma's or a semicolon's part (after a bullet
# or an emoji): a weekday ("Mandag:", "tirs", "Thu -", "Tirsdag ="), or "i dag", "i går", "i
# morgen", "today", "tomorrow" (anchors: the list is this week's), then a colon, a dash or an
# equals sign, or a space where the word can be nothing but a day.
_ANCHORS = {
    "idag": 0, "today": 0, "igar": -1, "igaar": -1, "yesterday": -1, "imorgen": 1,
    "imorgon": 1, "tomorrow": 1, "imorn": 1, "imora": 1,
}  # fmt: skip
_ITEM = re.compile(
    r"(?:^|(?<=[\n.;,!])|(?<=[.;,!]\s))\s*(?:[•·▪*\-–][ \t]*|[^\w\s,.:;()&+/-]+[ \t]*)?"
    r"(?P<day>i\s+dag|i\s+g[åaä]r|i\s+gaar|i\s+morgen|i\s+morgon|i\s+morn|[^\W\d_]{3,9}\.?)"
    r"(?P<mark>[ \t]*:(?!\d)|[ \t]+[-–—=][ \t]+|[ \t]*=[ \t]*|[ \t]+(?=\S))",
    re.IGNORECASE,
)


# lists28. A weekday, a capitalised word and the colon, then news with a day of its own ("Fredag
# Media: møte i dag", "Onsdag Gruppen: ringte dem i går", "… 30/11"): the two words a name
_NAME_HEADING = re.compile(
    r"[A-ZÆØÅÄÖ][\w&'’-]*[ \t]*:(?!\d)(?=.*(?:\b[iI][ \t]*(?i:dag|g[åaä]r|gaar)\b|"
    r"\b(?i:today|yesterday)\b|\b\d{1,2}[./]\d{1,2}\b))",
    re.DOTALL,
)


_TODAY_AFTER = re.compile(r"\(\s*(?:i\s*dag|today)\s*\)\s*:?", re.IGNORECASE)


@dataclass(frozen=True)
class Listed:
    text: str  # what the item says, without its day
    weekday: int | None  # Monday 0 … Sunday 6, the day it opens with
    anchor: int | None  # "i dag" 0, "i går" -1, "i morgen" 1: a day told from today


def listed_days(text: str) -> list[Listed]:
    """The items of a message told day by day from its very start ("Mandag: møte med Equinor.
    Torsdag: møte med Telenor", "Mon: call Boots, Fri: meeting Tesco", "tirs møte DNB", "Mon:
    call Boots. Tomorrow: meeting Tesco"); [] when it does not open with a day, or a part of it
    is neither a day's item nor the item before it going on."""
    found = []
    for m in _ITEM.finditer(text):
        word = fold(re.sub(r"\s+", "", m["day"])).rstrip(".")
        marked = m["mark"].strip() != ""
        if word in _ANCHORS:
            found.append((m, None, _ANCHORS[word]))
            continue
        weekday = weekday_index(word)
        if weekday is None and word == "tor" and marked:
            weekday = 3  # "Tor: möte Scania", "tor - møde Vestas": a Swede's, a Dane's Thursday
        if weekday is None or len(word) < 3:
            continue
        typed = m["day"].rstrip(".")
        # "Man kan …", "Tor ringte": a name or a word capitalised, a day only with its colon
        if not marked and (typed[:1].isupper() and word in ("man", "tor", "son")):
            continue
        if not marked and m.start() == 0 and _NAME_HEADING.match(text, m.end()):
            continue  # lists28. "Fredag Media: møte i dag": a name, its day said after it
        found.append((m, weekday, None))
    if not found or text[: found[0][0].start()].strip():
        return []
    out = []
    for i, (m, weekday, anchor) in enumerate(found):
        end = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        said = text[m.end() : end].strip(" \t\n,;.!")
        today_said = _TODAY_AFTER.match(said)
        if today_said is not None and weekday is not None:
            # heldmsg31. "Wed (today): quote to Argos": the weekday said today, so the list is
            # this week's (an anchor, as "I dag:" is)
            said, anchor = said[today_said.end() :].strip(" \t\n,;.!"), 0
        if not said:
            return []
        out.append(Listed(said, weekday, anchor))
    return out
