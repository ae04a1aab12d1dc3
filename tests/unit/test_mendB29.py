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
        ("Möte med 3M idag", (), ActivityKind.MEETING, "3M", None, TODAY, Outcome.SURE),
        ("Vandt 3M i dag, 250k", (), ActivityKind.WIN, "3M", 250_000, TODAY, Outcome.SURE),
        ("Ringede til 3M i går", (), ActivityKind.CALL, "3M", None, YESTERDAY, Outcome.SURE),
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


@pytest.mark.parametrize(
    ("text", "kind", "customer", "when"),
    (
        ("Ringte Orkla, ringer igjen neste måned", ActivityKind.CALL, "Orkla", TODAY),
        ("Ringte Orkla i dag, ringer igjen i januar", ActivityKind.CALL, "Orkla", TODAY),
        # fresh phrasings
        ("Ringde Ica idag, ringer igen nästa månad", ActivityKind.CALL, "Ica", TODAY),
        ("Called Aldi today, calling back next month", ActivityKind.CALL, "Aldi", TODAY),
        ("Ringede til Netto i dag, ringer igen i januar", ActivityKind.CALL, "Netto", TODAY),
        (
            "Met Tesco yesterday, will check in again in February",
            ActivityKind.MEETING,
            "Tesco",
            YESTERDAY,
        ),
        ("Ringte Orkla i dag, følger opp i januar", ActivityKind.CALL, "Orkla", TODAY),
        (
            "Besøkte Kiwi i går, tar kontakt igjen i februar",
            ActivityKind.MEETING,
            "Kiwi",
            YESTERDAY,
        ),
    ),
)
def test_a_follow_up_in_a_month_is_due_by_its_last_working_day(text, kind, customer, when) -> None:
    """Was: nothing (the call lost) or the step dropped silently, the call sure; then (mendB29)
    asked with its step's day to say. mendA33 (the lead's session-33 rule): the record sure,
    its step due by the month's last working day, as a slash command's "i januar" is."""
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE,
        kind,
        customer,
        when,
    ), found.reasons
    last = date(2027, 2, 26) if "ebruar" in text else date(2027, 1, 29)  # Fridays
    assert found.follow_up is not None and found.follow_up.due == last  # never 1 January


@pytest.mark.parametrize(
    "text",
    (
        "Polarbröd i måndags – ljummet möte, men de vill ses igen i januari",
        "Win Win Consulting rang today – want to meet in August",
    ),
)
def test_their_wish_in_a_month_is_no_step_of_ours(text: str) -> None:
    assert _read(text, ("Polarbröd", "Win Win Consulting")).outcome is Outcome.SURE


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    (
        ("Tilbud til Bama på 450' hver for to avdelinger", "Bama", 450_000),
        # fresh phrasings
        ("Sent Tesco a quote, 200k each for two sites", "Tesco", 200_000),
        ("Offert till Ica på 150 tkr styck för två butiker", "Ica", 150_000),
        ("Sendte tilbud til Netto på 90k hver til tre butikker", "Netto", 90_000),
    ),
)
def test_an_amount_each_is_read_and_asked(text: str, customer: str, amount: int) -> None:
    """Was: read as a count of things, no amount (no Register button)."""
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.OFFER,
        customer,
    ), found.reasons
    assert found.amount == amount


@pytest.mark.parametrize(
    ("text", "reason"),
    (
        ("Tine takket nei i går 😞 300k", "300k"),
        # fresh phrasings
        ("Lost Tesco yesterday, 300k, too pricey", "300k, too pricey"),
        ("Förlorade Ica igår, 200 tkr", "200 tkr"),
        ("Tabte Netto i går 😞 150k", "150k"),
    ),
)
def test_a_loss_keeps_its_amount_in_its_note(text: str, reason: str) -> None:
    """Was: the loss previewed without the amount, as if none were said."""
    found = _read(text)
    assert (found.outcome, found.kind, found.reason) == (Outcome.LIKELY, ActivityKind.LOSS, reason)
