"""mendC33 (session 33, from the review): steps and times in channel messages. Read on
Wednesday 2 December 2026. Each class with variants in more than one language; each test failed
before its rule (checked by reverting the rule once).

1. A time said after a step's day is one time of day: a range's start ("kl 14-15", "2-3pm":
   14:00, never words of the step's kind), and an English bare hour 1-7 after "at" the
   afternoon's ("at 2": 14:00, was 02:00). The coming reading (its plan button) and the sure
   path alike (judge._with_its_time)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.services.capture import Outcome, Recognition, recognise
from bot.services.step_time import split_time

WED = date(2026, 12, 2)
THU, FRI = date(2026, 12, 3), date(2026, 12, 4)
KNOWN = ["Tine", "Shell", "BP", "Storebrand", "Equinor", "Volvo", "DNB", "Boots", "Lego"]


def _read(text: str) -> Recognition:
    return recognise(text, today=WED, known_customers=KNOWN)


# -- 1. a time after the step's day: one time of day ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Meeting with Shell Friday at 2", time(14)),
        ("Meeting with BP Friday 2-3pm", time(14)),
        ("Møte med Storebrand fredag kl 14-15", time(14)),
        ("Möte med Volvo fredag kl 9-10", time(9)),
        ("Meeting with Boots Friday at 4.30", time(16, 30)),
        # as typed, as before
        ("Meeting with Boots Friday at 9", time(9)),
        ("Møte med DNB fredag kl 14", time(14)),
    ],
)
def test_the_coming_reading_has_one_time(text: str, at: time) -> None:
    found = _read(text)
    assert (found.outcome, found.ahead) == (Outcome.LIKELY, FRI), found.reasons
    words, clock = split_time(f"{found.kind} {found.ahead_at}")
    assert (words, clock) == (str(found.kind), at), found.ahead_at


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Meeting with Shell tomorrow at 2", time(14)),
        ("Møte med Storebrand i morgen kl 14-15", time(14)),
        ("Møde med Lego i morgen kl 13-14", time(13)),
        ("Meeting with BP tomorrow 3-4pm", time(15)),
    ],
)
def test_a_sure_plan_has_one_time(text: str, at: time) -> None:
    found = _read(text)
    step = found.next_step or found.follow_up
    assert step is not None and step.due == THU, found.reasons
    words, clock = split_time(step.what)
    assert clock == at and not any(ch.isdigit() for ch in words), step.what
