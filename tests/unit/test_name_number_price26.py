"""Session 26 (review26). A customer's name ending in a number, then a price that opens with its
currency word ("Vant Rema 1000 kr 320 000"): the number is the name's and the price the amount.
Was: a win of kr 1 000 for "Rema", asked, and stored so at the click."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.capture import recognise

TUESDAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Vant Rema 1000 kr 320 000", "Rema 1000", "320000"),
        ("Vant Rema 1000 kr 320 000 i dag 🎉", "Rema 1000", "320000"),
        ("Vant Kiwi 1000 kr 45 000", "Kiwi 1000", "45000"),
        ("Vant Rema 1000 NOK 320 000", "Rema 1000", "320000"),
    ],
)
def test_a_names_number_then_a_price_opened_by_its_currency(
    text: str, customer: str, amount: str
) -> None:
    found = recognise(text, today=TUESDAY, known_customers=[])
    assert (found.customer, found.amount) == (customer, Decimal(amount)), found.reasons


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Vant Equinor 500 kr", "500"), ("Vant Rema 1000 350k", "350000")],
)
def test_a_number_before_its_currency_is_still_the_amount(text: str, amount: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=[])
    assert found.amount == Decimal(amount), found.reasons


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Vant Yara MNOK 1,2", "1200000", "NOK"),
        ("Tilbud til Volvo MSEK 2,5", "2500000", "SEK"),
        ("Vant Yara mkr 1,5", "1500000", "NOK"),
        ("Tilbud Kiwi tkr 850", "850000", "NOK"),
    ],
)
def test_a_currency_with_its_multiplier_before_the_number(
    text: str, amount: str, currency: str
) -> None:
    # review26: "Vant Yara MNOK 1,2" was asked with no amount and no Record button
    found = recognise(text, today=TUESDAY, known_customers=[])
    assert (found.amount, found.currency) == (Decimal(amount), currency), found.reasons
