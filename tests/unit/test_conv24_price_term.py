"""Session 24 (conv24): a price per period with its term said is read at the deal's whole value
for the term, the price and term words (as typed) still asked, the price alone the other reading;
without a term it is read and asked at the price, as before ("5000 pr mnd" alone: a month's value
or a year's?). The held-out writers of commands_holdout21/22 read it so. Four languages, the
price before or after the name, the term before or after the price."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command
from bot.services.log_questions import unread_question

TODAY = date(2027, 5, 14)
OFFER, WIN = ActivityKind.OFFER, ActivityKind.WIN


@pytest.mark.parametrize(
    ("kind", "text", "krone", "customer", "whole", "price", "currency", "unread"),
    [
        (OFFER, "Orkla 5000 pr mnd x 24", "NOK", "Orkla", 120_000, 5_000, None, "5000 pr mnd x 24"),
        (OFFER, "Orkla 12 500 kr/mån i 36 mån", "SEK", "Orkla", 450_000, 12_500, "SEK", "12 500 kr/mån i 36 mån"),
        (OFFER, "Orkla £2k a month for 2 years", "NOK", "Orkla", 48_000, 2_000, "GBP", "£2k a month for 2 years"),
        (OFFER, "Orkla 45.000 om måneden, 3 år", "DKK", "Orkla", 1_620_000, 45_000, None, "45.000 om måneden, 3 år"),
        (WIN, "Matas 8.500 kr/md. i 24 mdr.", "DKK", "Matas", 204_000, 8_500, "DKK", "8.500 kr/md. i 24 mdr."),
        # the price first, the name after it
        (OFFER, "£2,500 per month x 24 Network Rail", "NOK", "Network Rail", 60_000, 2_500, "GBP", "£2,500 per month x 24"),
        (OFFER, "18 000 kr/mnd i 24 mnd Hafslund", "NOK", "Hafslund", 432_000, 18_000, "NOK", "18 000 kr/mnd i 24 mnd"),
        # the term first
        (WIN, "Hydro 400 000 årlig, 3-årig avtale", "NOK", "Hydro", 1_200_000, 400_000, None, "400 000 årlig, 3-årig avtale"),
    ],
)  # fmt: skip
def test_a_price_with_its_term_is_read_at_the_whole_value_and_asked(
    kind: ActivityKind,
    text: str,
    krone: str,
    customer: str,
    whole: int,
    price: int,
    currency: str | None,
    unread: str,
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY, krone=krone, known_customers=set())
    assert (cmd.customer, cmd.amount, cmd.price, cmd.currency, cmd.unread) == (
        customer,
        Decimal(whole),
        Decimal(price),
        currency,
        unread,
    )
    asked = unread_question(cmd)  # never stored unasked: the whole value first, the price next
    assert asked.options == ("as_read", "price", "edit")
    assert (asked.params["amount"], asked.params["price"]) == (Decimal(whole), Decimal(price))


@pytest.mark.parametrize(
    ("text", "krone", "price"),
    [
        ("Orkla 5000 pr mnd", "NOK", 5_000),
        ("Volvo 50 tkr/mån", "SEK", 50_000),
        ("Acme 5k/month", "NOK", 5_000),
        ("Danske 85.000 kr/md", "DKK", 85_000),
    ],
)
def test_a_price_without_its_term_is_read_at_the_price_and_asked_both_ways(
    text: str, krone: str, price: int
) -> None:
    cmd = parse_log_command(OFFER, text, today=TODAY, krone=krone, known_customers=set())
    assert (cmd.amount, cmd.price, cmd.whole_value) == (Decimal(price), None, Decimal(price * 12))
    assert unread_question(cmd).options == ("whole", "as_read", "edit")
