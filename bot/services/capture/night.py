"""A message written after midnight: which day "today" and "yesterday" were.

At 00:40 on Friday the author's day has not ended: "i dag" is Thursday's (the lunch meeting
that went well was Thursday's), and "i går" the calendar's Thursday, or Wednesday as the author
lives it. A careful reader asks (likely, the day that just ended) unless the author's words pin
the record to the hours just gone ("kom akkurat hjem fra kundemiddag med Aker BP i går": the
dinner they just came home from was Thursday's, sure). Only the author's own words ("klokka er
00:40", "it's 1am", "sitter oppe kl 00:30") make "i går" doubtful: a message merely posted
after midnight reads "i går" by the calendar. A held record said "today" (or on no day) is
the day that just ended either way: nothing is held at 00:30."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time, timedelta

from bot.services.capture import signals
from bot.services.capture.message import Message, Outcome, Recognition

NIGHT_ENDS = time(5)  # before five in the morning the author's day has not ended
_AM = {"am", "a.m"}
_NOW_IS = {"er", "ar", "is"}  # "klokka er 1", "klockan är 2", "it is 1"
_IT_IS = {"it's", "its", "it’s"}
_AFTER = {"after", "past", "etter", "efter", "over"}
_MIDNIGHT = {"midnight", "midnatt", "midnat"}
_YESTERDAY = {("i", "gar"), ("igar",), ("yesterday",), ("i", "gaar"), ("igaar",)}
_YESTERDAY |= {("last", "night"), ("i", "aftes"), ("iaftes",)}


_HOURS = {"en": 1, "ett": 1, "ein": 1, "one": 1, "to": 2, "tva": 2, "two": 2, "tre": 3}
_HOURS |= {"three": 3, "fire": 4, "fyra": 4, "four": 4}


def said_after_midnight(tokens: Sequence[signals.Token]) -> bool:
    """The author says the time is past midnight: "klokka er 00:40", "sitter oppe kl 00:30",
    "it's 1am", "klokka er 2", "klokka er halv to", "past midnight". Not "kl 1" (one in the
    afternoon as often) nor "deadline midnight"."""
    return _night_hour_at(tokens) is not None


def _night_hour_at(tokens: Sequence[signals.Token]) -> int | None:
    """Where the author says the hour past midnight (the token), else None."""
    for i, token in enumerate(tokens):
        word = token.folded
        prev = tokens[i - 1].folded if i else ""
        if word in _MIDNIGHT:
            if prev in _AFTER:
                return i
            continue
        said_now = prev in _IT_IS or (
            prev in _NOW_IS and i > 1 and tokens[i - 2].folded in signals._CLOCK_WORDS
        )
        if prev == "halv" and i > 1 and tokens[i - 2].folded in _NOW_IS:
            said_now = True  # "klokka er halv to": half past one
        if said_now and word in _HOURS:
            return i  # "klokka er to", "it's two"
        if not token.is_word or not word[:1].isdigit():
            continue
        after = tokens[i + 1].folded if i + 1 < len(tokens) else ""
        at = signals._time_of(word, after, bare_hour=said_now)
        if at is None or at >= NIGHT_ENDS:
            continue
        if _in_the_night(tokens, i) and not said_now:
            continue  # "ordren kom inn i natt kl 00:40": when it came, said in the morning
        if said_now or word.startswith("0") or word.endswith("am") or after in _AM:
            return i
    return None


_LAST_NIGHT = {("i", "natt"), ("inatt",), ("i", "nat"), ("inat",), ("last", "night")}
_LAST_NIGHT |= {("during", "the", "night"), ("overnight",), ("i", "natt", "kl"), ("i", "nat", "kl")}


def _in_the_night(tokens: Sequence[signals.Token], i: int) -> bool:
    """messages_holdout27. The hour at `i` follows "i natt" / "inatt" / "i nat" / "last night"
    (a "kl" / "at" between): the hour something happened in the night just gone, told after
    it, not the hour the author writes at."""
    j = i - 1
    if j >= 0 and tokens[j].folded in ("kl", "klokka", "klockan", "klokken", "at", "ca", "ca."):
        j -= 1
    words = tuple(t.folded for t in tokens[max(0, j - 2) : j + 1])
    return any(words[-len(n) :] == n for n in _LAST_NIGHT)


def _yesterday_said(m: Message, days: Sequence[signals.When]) -> bool:
    return any(
        tuple(t.folded for t in m.tokens[d.start : d.end]) in _YESTERDAY for d in days
    ) or any(
        (m.tokens[i].folded, m.tokens[i + 1].folded) in _YESTERDAY for i in range(len(m.tokens) - 1)
    )


def late_night(
    found: Recognition,
    m: Message,
    days: Sequence[signals.When],
    today: date,
    posted: time | None,
) -> Recognition:
    """`found` read as a message written after midnight says it (see the module's doc)."""
    if found.outcome is Outcome.NOTHING or found.planned or found.when is None:
        return found
    hour = _night_hour_at(m.tokens)
    said = hour is not None
    if not (said or (posted is not None and posted < NIGHT_ENDS)):
        return found
    days = [d for d in days if not (hour is not None and d.start <= hour < d.end)]  # "01.10"
    before = today - timedelta(days=1)
    just_back = bool(m.of("JUST_BACK"))
    if found.when == today and all(d.day == today for d in days):
        # "lunsjmøte med Obos i dag, veldig varme" at 00:30: Thursday's
        outcome = found.outcome if just_back else Outcome.LIKELY
        return replace(
            found, when=before, outcome=outcome, reasons=(*found.reasons, "after-midnight")
        )
    if said and found.when == before and not just_back and _yesterday_said(m, days):
        # "it's 1am … called Ruter yesterday": Thursday by the calendar, Wednesday as lived
        return replace(found, outcome=Outcome.LIKELY, reasons=(*found.reasons, "after-midnight"))
    return found
