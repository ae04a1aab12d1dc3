"""mendB29 (review29's 3, 4, 6, 7): names with figures in channel messages, follow-ups in a
month, a status update with its bookings, and an amount said per piece or after an emoji. Read
on Tue 1 Dec 2026."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise

TODAY = date(2026, 12, 1)
YESTERDAY = date(2026, 11, 30)


def _read(text: str, known: tuple[str, ...] = ()):
    return recognise(
        text,
        today=TODAY,
        krone="NOK",
        known_customers=KnownCustomers.of(known),
        open_offers=set(),
        posted=None,
    )


@pytest.mark.parametrize(
    ("text", "known", "kind", "customer", "amount", "when", "outcome"),
    (
        ("Vant 3M i går", (), ActivityKind.WIN, "3M", None, YESTERDAY, Outcome.LIKELY),
        ("Vant 3M i dag, 200k", (), ActivityKind.WIN, "3M", 200_000, TODAY, Outcome.SURE),
        ("Møte med 3M i dag", (), ActivityKind.MEETING, "3M", None, TODAY, Outcome.SURE),
        (
            "Møte med Bygg 2000 AS i dag",
            ("Bygg 2000 AS",),
            ActivityKind.MEETING,
            "Bygg 2000 AS",
            None,
            TODAY,
            Outcome.SURE,
        ),
        (
            "Møte med Bygg 2000 i dag",
            (),
            ActivityKind.MEETING,
            "Bygg 2000",
            None,
            TODAY,
            Outcome.SURE,
        ),
        # fresh phrasings
        ("Ringte 3M i dag", (), ActivityKind.CALL, "3M", None, TODAY, Outcome.SURE),
        ("Called 3M today", (), ActivityKind.CALL, "3M", None, TODAY, Outcome.SURE),
        ("Met with 3M yesterday", (), ActivityKind.MEETING, "3M", None, YESTERDAY, Outcome.SURE),
        ("Besökte 3M igår", (), ActivityKind.MEETING, "3M", None, YESTERDAY, Outcome.SURE),
        ("Møde med 7Eleven i dag", (), ActivityKind.MEETING, "7Eleven", None, TODAY, Outcome.SURE),
        ("Ringte Bygg 2000 i dag", (), ActivityKind.CALL, "Bygg 2000", None, TODAY, Outcome.SURE),
        (
            "Meeting with Hotel 1900 AS today",
            ("Hotel 1900 AS",),
            ActivityKind.MEETING,
            "Hotel 1900 AS",
            None,
            TODAY,
            Outcome.SURE,
        ),
    ),
)
def test_a_name_with_figures_is_read(text, known, kind, customer, amount, when, outcome) -> None:
    """Was: nothing, silent ("3M" needed an amount right after it; "2000" read as a year)."""
    found = _read(text, known)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        outcome,
        kind,
        customer,
        when,
    ), found.reasons
    assert found.amount == amount


@pytest.mark.parametrize(
    "text",
    ("Vant Orkla i 2019", "We signed Orkla in 2019", "Vant 300k i dag"),
)
def test_a_year_or_an_amount_is_still_no_name(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING
