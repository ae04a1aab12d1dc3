"""A day label before a colon in a channel message: plans when what follows is planned, news of
that (past) day when what follows is a result in the past tense. Today is Friday 2026-11-20."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 20)
MONDAY = date(2026, 11, 16)
TUESDAY = date(2026, 11, 17)


def read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=["Equinor ASA", "Yara"], open_offers=())


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount", "when"),
    [
        ("Monday: signed Acme 200k", ActivityKind.WIN, "Acme", 200_000, MONDAY),
        ("Mandag: signert Acme 200k", ActivityKind.WIN, "Acme", 200_000, MONDAY),
        ("Måndag: vann Acme 200 tkr", ActivityKind.WIN, "Acme", 200_000, MONDAY),
        ("I måndags: vann Acme 200 tkr", ActivityKind.WIN, "Acme", 200_000, MONDAY),
        ("Mandag: vandt Acme 200.000 kr", ActivityKind.WIN, "Acme", 200_000, MONDAY),
        ("Monday: sent offer to Yara 300k", ActivityKind.OFFER, "Yara", 300_000, MONDAY),
        ("Fredag: signert Acme 200k", ActivityKind.WIN, "Acme", 200_000, TODAY),  # today's day
        (
            "Tuesday: meeting w/ Yara, went well",
            ActivityKind.MEETING,
            "Yara",
            None,
            TUESDAY,
        ),
        ("Tirsdag: møte med Yara, gikk bra", ActivityKind.MEETING, "Yara", None, TUESDAY),
    ],
)
def test_a_day_label_then_a_result_in_the_past_tense_is_that_days_news(
    text: str, kind: ActivityKind, customer: str, amount: int, when: date
) -> None:
    """Was nothing: the label was read as the coming Monday, a heading of plans."""
    found = read(text)
    assert found.outcome is not Outcome.NOTHING, found
    assert (found.kind, found.customer, found.amount, found.when) == (
        kind,
        customer,
        amount,
        when,
    ), found


def test_a_loss_under_a_day_label_is_asked_and_dated() -> None:
    found = read("Mandag: tapte Equinor")
    assert (found.outcome, found.kind, found.when) == (Outcome.LIKELY, ActivityKind.LOSS, MONDAY)


@pytest.mark.parametrize(
    "text",
    (
        "Monday: meeting with Acme",  # a plan as much as news: a heading
        "Tirsdag: møte med Yara",
        "Monday: demo Acme, Tuesday: offer to Yara",
        "Mandag: tilbud til Yara 300k",  # no verb: a plan
        "Next Monday: sign Acme",
        "Neste uke: signering hos Equinor",
        "Next week: signed Acme?",  # a time to come, whatever the tense
    ),
)
def test_a_day_label_before_plans_still_records_nothing(text: str) -> None:
    assert read(text).outcome is Outcome.NOTHING
