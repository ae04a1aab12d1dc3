"""A next step's time of day, kept apart from its words: "demo kl 10" is the step "demo" at
10:00. The plan form's timepicker gives the time on its own; a command's step carries it at the
end of its words as typed ("følger opp kl 14", "follow-up at 2pm", readers24), taken off here
before it is stored (Lead.next_step_time, migration 0025a)."""

from __future__ import annotations

import re
from datetime import time

from bot.services.dates import fold, time_suffix

# One time of day, as time_suffix finds it at the end of a step: "kl 10", "kl. 10.30",
# "klokka 14", "at 2 pm", "10:00". A range ("14-15") or a part of the day ("ettermiddag")
# names no one time: left in the words, as typed.
_ONE_TIME = re.compile(r"(?:kl\.?)?([01]?\d|2[0-3])(?:[:.]([0-5]\d))?(am|pm|a\.m\.|p\.m\.)?")
_PREFIXES = {"kl", "kl.", "klokka", "klokken", "klockan", "klokkan", "at", "@", "om", "by"}
# A range of hours ("14-15", "kl14-15", "2-3pm"): its start, with the end's am/pm.
_A_RANGE = re.compile(
    r"((?:kl\.?)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)[-–](?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
    r"(am|pm|a\.m\.|p\.m\.)?"
)
_PICKED = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def picked(value: str | None) -> time | None:
    """A timepicker's "HH:MM"; None for anything else."""
    found = _PICKED.fullmatch(value or "")
    return time(int(found[1]), int(found[2])) if found else None


def split_time(what: str) -> tuple[str, time | None]:
    """A step's words and its time of day, when they end with one: ("demo", 10:00) from
    "demo kl 10"; the words as they are, and None, when they do not (or are nothing else)."""
    tokens = what.split()
    size = time_suffix(tokens, after_date=True)
    if not size or size >= len(tokens):
        return _time_inside(tokens) or (what, None)
    tail = [fold(token).rstrip(",;") for token in tokens[-size:]]
    before = fold(tokens[-size - 1]) if len(tokens) > size else ""
    english_at = "at" in (before, tail[0])
    while len(tail) > 1 and tail[0] in _PREFIXES:
        tail = tail[1:]
    said = "".join(tail)
    found = _ONE_TIME.fullmatch(said)
    if found is None and (ranged := _A_RANGE.fullmatch(said)) is not None:
        # mendC33 (lead): "møte kl 14-15", "meeting 2-3pm": its start is the time (was the
        # range left in the step's words, no time)
        found = _ONE_TIME.fullmatch(ranged[1] + (ranged[2] or ""))
    if found is None:
        return what, None
    hour, minute = int(found[1]), int(found[2] or 0)
    meridiem = (found[3] or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return what, None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif english_at and 1 <= hour <= 7:
        hour += 12  # mendC33 (lead): "at 2", "at 4.30" in English is the afternoon (was 02:00)
    elif found[2] is None and not said.startswith("kl") and len(tail) == len(tokens[-size:]):
        return what, None  # a bare number ("demo 10"): no time said
    words = tokens[:-size]
    if words and fold(words[-1]) in _PREFIXES:
        words = words[:-1]
    return " ".join(words), time(hour, minute)


# days29. A time said inside a step's words, after its word ("møte kl 10 med CFO", "demo at
# 10am for the board"): the words without it (a time is never part of a step's name).
_CLOCK_WORDS = {"kl", "kl.", "klokka", "klokken", "klockan", "at"}


def _time_inside(tokens: list[str]) -> tuple[str, time] | None:
    for at in range(1, len(tokens) - 2):
        if fold(tokens[at]) not in _CLOCK_WORDS:
            continue
        words, found = split_time(" ".join(tokens[: at + 2]))
        if found is not None and words:
            return " ".join([words, *tokens[at + 2 :]]), found
    return None
