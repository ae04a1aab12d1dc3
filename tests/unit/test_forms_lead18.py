"""The log form's amount field (session 18's probe): amounts said in words are read as a typed
command reads them, and a price per period is refused with what to type instead, never stored
as the deal's whole value nor as "could not read"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.forms import log_command_from_form

MONDAY = date(2026, 11, 30)


def _offer(amount: str):  # type: ignore[no-untyped-def]
    return log_command_from_form(
        ActivityKind.OFFER,
        {"customer": "Tine", "date": "2026-11-27", "amount": amount},
        today=MONDAY,
        krone="NOK",
    )


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("halv mill", "500000"),  # was "could not read"
        ("en kvart mill", "250000"),
        ("kvart mill", "250000"),
        ("to millioner", "2000000"),
        ("1,2 mill", "1200000"),
        ("kr 450 000", "450000"),
        ("1 250 tkr", "1250000"),
    ],
)
def test_an_amount_in_words_or_digits(typed: str, amount: str) -> None:
    command, errors = _offer(typed)
    assert not errors and command is not None
    assert command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "typed", ["85 000 kr/mnd i 12 mnd", "12 500 pr. mnd", "50k/mnd", "90 000 NOK/år i 3 år"]
)
def test_a_price_per_period_is_refused_with_what_to_type(typed: str) -> None:
    command, errors = _offer(typed)
    assert command is None
    assert errors["amount"] == ("form_amount_per_period", {"text": typed})


def test_no_amount_read_is_said_as_such() -> None:
    _, errors = _offer("100-120k")
    assert errors["amount"][0] == "form_bad_amount"  # with an example (session 19)
