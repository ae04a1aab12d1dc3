"""What session 13's probes left (parser14, part 1): each row fails on the code before its rule,
and the rows beside it say what the rule must not change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Temperature
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 30)  # a Monday


def _read(text: str, known: tuple[str, ...] = (), open_offers: tuple[str, ...] = ()):
    return recognise(text, today=TODAY, known_customers=set(known), open_offers=set(open_offers))


@pytest.mark.parametrize(
    ("text", "customer", "amount", "currency"),
    [
        ("Won! Deliveroo £60k", "Deliveroo", Decimal("60000"), "GBP"),
        ("Won - Deliveroo 60k", "Deliveroo", Decimal("60000"), None),
        ("WON: Pret £12k", "Pret", Decimal("12000"), "GBP"),
        ("Vunnet! Hafslund 600k", "Hafslund", Decimal("600000"), None),
    ],
)
def test_a_win_said_alone_then_the_name_and_an_amount_with_its_sign(
    text: str, customer: str, amount: Decimal, currency: str | None
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount, found.currency) == (
        Outcome.SURE,
        ActivityKind.WIN,
        customer,
        amount,
        currency,
    ), found.reasons


def test_a_cheer_then_a_person_and_an_amount_is_still_nothing() -> None:
    assert _read("Won! Kari £60k").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        ("Had a call with BT, 30 mins, they're warm", Temperature.WARM),
        ("Had a call with BT, they are hot", Temperature.HOT),
        ("Call with BT today, seems warm", Temperature.WARM),
        ("Ringte Telia i dag, de er varme", Temperature.WARM),
        ("Ringde Telia idag, de verkar varma", Temperature.WARM),
        ("Møte med DNB i dag, kunden virker veldig varm", Temperature.WARM),
        ("Ringte Telia i dag, de er lune", None),  # lukewarm: the seller's to say
        ("Ringte Telia i dag, det er kaldt ute", None),  # the weather
        ("Ringte Telia i dag, varme hilsener", None),  # a plural alone is no lead's
    ],
)
def test_the_customer_said_to_be_warm_is_the_leads_temperature(
    text: str, temperature: Temperature | None
) -> None:
    found = _read(text)
    assert found.outcome is Outcome.SURE and found.kind in (
        ActivityKind.CALL,
        ActivityKind.MEETING,
    ), found.reasons
    assert found.temperature is temperature
