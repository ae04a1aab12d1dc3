"""left34 (session 34): next steps said right, asked right, confirmed right. Each class with
variants of its own in more than one language; each test failed before its rule (checked by
reverting the rule once). Read on Wednesday 2 December 2026.

1. A step said to come after a date ("ringer etter 14/12", "nytt møte etter 14/12", "sender
   tilbud efter den 5."): the day offered stores the step its words say (its kind, or its
   words as typed), not the follow-up whatever they said."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Recognition, recognise

WED = date(2026, 12, 2)
KNOWN = ["Tine", "Netto", "Boots", "Volvo", "Orkla", "Tesco"]


def _read(text: str) -> Recognition:
    return recognise(text, today=WED, known_customers=KNOWN)


# -- 1. a step after a date keeps its kind and words -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "what", "after"),
    [
        ("Møtte Tine i dag, ringer etter 14/12", "call", date(2026, 12, 15)),
        ("Møtte Tine i dag, nytt møte etter 14/12", "meeting", date(2026, 12, 15)),
        ("Mødtes med Netto i dag, sender tilbud efter den 5.", "offer", date(2026, 12, 7)),
        ("Träffade Volvo idag, ringer dom efter den 10:e", "call", date(2026, 12, 11)),
        ("Met Boots today, new meeting after the 14th", "meeting", date(2026, 12, 15)),
        ("Ringte Orkla, sender kontrakten etter 14/12", "sender kontrakten", date(2026, 12, 15)),
        ("Sent Tesco a quote £40k, will call them after 14 Dec", "call", date(2026, 12, 15)),
    ],
)
def test_a_step_after_a_date_keeps_its_kind(text: str, what: str, after: date) -> None:
    found = _read(text)
    assert (found.step_what, found.step_after) == (what, after), (found.reasons, found.step_what)
