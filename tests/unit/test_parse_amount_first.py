"""An amount typed before the customer is moved out of the name by one rule for every kind
(commands.amount_order._amount_first): an offer's or win's is read as its amount, a loss's goes
to its reason; a number that may be the name stays (a win asks)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command

TODAY = date(2026, 11, 20)
OFFER, WIN, LOSS = ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.LOSS


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("320k", 320_000),
        ("kr 45.000,-", 45_000),
        ("45 000 NOK", 45_000),
        ("1.250.000", 1_250_000),
        ("450'", 450_000),  # a loss kept it in the name ("450' Veidekke")
        ("3M kr", 3_000_000),  # a loss refused it ("3M" no customer)
    ],
)
def test_an_amount_first_is_the_offers_amount_and_the_losss_reason(typed: str, amount: int) -> None:
    offer = parse_log_command(OFFER, f"{typed} Veidekke", today=TODAY)
    assert (offer.customer, offer.amount) == ("Veidekke", Decimal(amount))
    loss = parse_log_command(LOSS, f"{typed} Veidekke", today=TODAY)
    assert loss.customer == "Veidekke" and loss.note is not None


@pytest.mark.parametrize("text", ["1881 Media", "3M Norge", "2500 Veidekke", "5M Nammo"])
def test_a_number_that_may_be_the_name_stays_in_a_loss_and_is_asked_by_a_win(text: str) -> None:
    assert parse_log_command(LOSS, text, today=TODAY).customer == text
    with pytest.raises(UserError) as err:
        parse_log_command(WIN, text, today=TODAY)
    assert err.value.code == "amount_or_name"
