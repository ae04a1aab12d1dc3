"""mendB30 (review30's items): ranges and offers in channel messages, "fika".

1. An offer with a range in a channel message ("Skickade offert till Volvo 1,2–1,5 mkr",
   "Sent Boots a quote today, £30-40k") was asked with Edit / Not a sale only (nothing to
   store), and "…, £30-40k, will chase w/b 14th Dec" as an offer planned on 14 Dec: asked low,
   middle or high, as /logoffer asks it, the range kept as the note, the chase its next step.
2. "Offert till Volvo 1,2–1,5 mkr" (the noun, no verb, a range) was nothing: asked.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Source
from bot.services import questions
from bot.services.activities import AMOUNT_RANGE, range_in_message
from bot.services.capture import KnownCustomers, Outcome, recognise
from tests.unit.steps30_reading import KRONE, who

TODAY = date(2026, 12, 1)  # a Tuesday


def _found(text: str, language: str):
    return recognise(
        text, today=TODAY, krone=KRONE[language], currency=KRONE[language],
        known_customers=KnownCustomers.of([]), open_offers=set(), posted=time(11, 0),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "customer", "low", "high", "currency", "step"),
    [
        ("Skickade offert till Volvo 1,2–1,5 mkr", "sv", "Volvo", 1200000, 1500000, "SEK", None),
        ("Sent Boots a quote today, £30-40k", "en", "Boots", 30000, 40000, "GBP", None),
        (
            "Sent Boots a quote, £30-40k, will chase w/b 14th Dec",
            "en", "Boots", 30000, 40000, "GBP", date(2026, 12, 14),
        ),
        ("Offert till Volvo 1,2–1,5 mkr", "sv", "Volvo", 1200000, 1500000, "SEK", None),
        ("Offer to Boots £30-40k", "en", "Boots", 30000, 40000, "GBP", None),
    ],
)  # fmt: skip
def test_an_offer_with_a_range_in_a_message_is_asked_which_end(
    text: str, language: str, customer: str, low: int, high: int, currency: str | None,
    step: date | None,
) -> None:  # fmt: skip
    found = _found(text, language)
    assert found.outcome is Outcome.LIKELY and found.kind is ActivityKind.OFFER
    assert found.customer == customer and not found.planned
    asked = range_in_message(who(language, TODAY), found.command(), text)
    assert asked is not None
    needs, cmd = asked
    assert needs.code == AMOUNT_RANGE
    assert needs.options == ("range:low", "range:middle", "range:high", questions.NOT_A_SALE)
    assert needs.params["low"] == low and needs.params["high"] == high
    assert needs.params["middle"] == Decimal(low + high) / 2
    assert cmd.when == TODAY and cmd.customer == customer and cmd.currency == currency
    assert cmd.note is not None and cmd.note.startswith(needs.params["said"])
    assert (cmd.next_step.due if cmd.next_step else None) == step
    pending = questions.Pending(cmd, Source.MESSAGE, "msg:C1:1", questions.Answers(),
                                AMOUNT_RANGE, needs.params, needs.options)  # fmt: skip
    stored, _ = questions.apply(pending, "range:low")
    assert stored.amount == low and stored.kind is ActivityKind.OFFER


@pytest.mark.parametrize(
    "text",
    ["Skickade offert till Volvo 1,2 mkr", "Sent Boots a quote today"],
)
def test_no_range_no_range_question(text: str) -> None:
    found = _found(text, "sv")
    assert found.kind is ActivityKind.OFFER
    assert range_in_message(who("sv", TODAY), found.command(), text) is None


@pytest.mark.parametrize("text", ["Offert till Volvo", "Tilbud til Tine kl 12-14"])
def test_an_offer_noun_alone_without_an_amount_stays_nothing(text: str) -> None:
    assert _found(text, "sv").outcome is Outcome.NOTHING
