"""Session 31 (lead): a count of calls said right before "nobody answered" is the talk's count.
An unanswered call is asked as a call (mendG31), each attempt counted: "Ringte Telenor x2 uten
svar" is two calls (was one: the count was read as a thing's, "uten" no word that may follow a
talk's count), and a new customer's name keeps no digit of the count ("Ringte Orkla 2 ganger uten
svar": was the customer "Orkla 2")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands.times import said_times
from bot.services.customers import customer_key

TODAY = date(2026, 12, 2)
KNOWN = {customer_key(n) for n in ("Telenor", "Tine", "Volvo", "Kiwi")}


@pytest.mark.parametrize(
    ("text", "krone", "customer", "count"),
    [
        ("Ringte Telenor x2 uten svar, prøver igjen tirsdag", "NOK", "Telenor", 2),
        ("Ringte Orkla 2 ganger uten svar", "NOK", "Orkla", 2),
        ("Ringte Tine 2x ikke svar 😩", "NOK", "Tine", 2),
        ("Ringde Volvo 2 gånger utan svar", "SEK", "Volvo", 2),
        ("Ringde Scania 3 ggr utan svar idag", "SEK", "Scania", 3),
        ("Ringede til Vestas 2 gange uden svar", "DKK", "Vestas", 2),
        ("Called Kiwi 3 times without an answer", "NOK", "Kiwi", 3),
        ("Called Boots twice no answer", "NOK", "Boots", 2),
    ],
)
def test_a_count_before_no_answer_is_the_calls_count(
    text: str, krone: str, customer: str, count: int
) -> None:
    found = recognise(text, today=TODAY, krone=krone, known_customers=KNOWN)
    assert found.outcome is Outcome.LIKELY, found.reasons  # asked, never stored unasked
    assert (found.kind, found.times, found.also) == (ActivityKind.CALL, count, None), found
    assert customer_key(found.customer or "") == customer_key(customer), found.customer


@pytest.mark.parametrize(
    "text",
    ["kjøper 2x uten moms", "Tilbud til Tine: 2x uten frakt", "vil ha 2 st uten logo"],
)
def test_without_something_else_after_a_number_is_no_count(text: str) -> None:
    assert said_times(text) is None
