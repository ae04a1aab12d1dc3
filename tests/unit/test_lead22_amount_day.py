"""The lead's probe, session 22: a currency between an amount and a day.

Was: `/logwin Volvo 300 000 kr 30.11` (a Swede, 1 Dec) stored a win with a customer "Volvo 300 000"
at SEK 30,11 on today, unasked: "kr 30.11" was read as a prefixed amount. The currency ends the
amount before it; the day after it is the day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "customer", "amount", "currency", "day"),
    [
        ("Volvo 300 000 kr 30.11", "Volvo", "300000", "SEK", date(2026, 11, 30)),
        ("Volvo 300000 kr 30.11", "Volvo", "300000", "SEK", date(2026, 11, 30)),
        ("Volvo 1.250.000 kr 30.11", "Volvo", "1250000", "SEK", date(2026, 11, 30)),
        ("Volvo 300 000 kr 3.11", "Volvo", "300000", "SEK", date(2026, 11, 3)),
        ("Siemens 38 000 EUR 30.11", "Siemens", "38000", "EUR", date(2026, 11, 30)),
        ("Volvo 2 300 kr 30.11 -- rabatt", "Volvo", "2300", "SEK", date(2026, 11, 30)),
        ("Acme 12 000 kr 1.12", "Acme", "12000", "SEK", date(2026, 12, 1)),
    ],
)
def test_a_currency_between_an_amount_and_a_day_ends_the_amount(
    text: str, customer: str, amount: str, currency: str, day: date
) -> None:
    cmd = parse_log_command(ActivityKind.WIN, text, today=TODAY, krone="SEK")
    assert (cmd.customer, cmd.amount, cmd.currency, cmd.when) == (
        customer,
        Decimal(amount),
        currency,
        day,
    ), cmd


def test_a_currency_before_a_small_amount_alone_is_still_its_prefix() -> None:
    cmd = parse_log_command(ActivityKind.WIN, "Volvo kr 30.11", today=TODAY, krone="SEK")
    assert (cmd.customer, cmd.amount, cmd.when) == ("Volvo", Decimal("30.11"), TODAY), cmd


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Sainsbury's, 2nd meeting, warm", "2nd meeting"),
        ("Kiwi 2. møte, varm", "2. møte"),
        ("Volvo 2:a mötet, varm", "2:a mötet"),
        ("Tesco 3rd call", "3rd call"),
        ("Kiwi andre møte, varm", "andre møte"),
        ("Arla tredje møde i går -- gik godt", "gik godt; tredje møde"),
    ],
)
def test_which_talk_it_is_with_the_customer_is_its_note_never_a_day(text: str, note: str) -> None:
    """Was: "/logmeeting Sainsbury's, 2nd meeting, warm" refused: "Wed 2 Dec 2026 is in the
    future" (the 2nd read as a day); "andre møte" asked as unread words."""
    cmd = parse_log_command(ActivityKind.MEETING, text, today=TODAY)
    assert cmd.note == note, cmd
    assert cmd.when <= TODAY, cmd


@pytest.mark.parametrize(
    ("text", "amount", "day", "note"),
    [
        # a talk's ordinal already in the note stays there as typed (was "-- første runde")
        ("Kongsberg 45 000 eur 24.11 -- første runde", "45000", date(2026, 11, 24), "første runde"),
        ("Kongsberg 45k, 2nd meeting -- bra", "45000", TODAY, "bra; 2nd meeting"),
        # a million's unit ends the amount before a day too (was asked at 30 110 000)
        ("Scania 2,5 Mkr 30.11", "2500000", date(2026, 11, 30), None),
        ("Tine 1,2 mill 30.11 — signert", "1200000", date(2026, 11, 30), "signert"),
    ],
)
def test_an_offers_amount_day_and_note_after_the_review(
    text: str, amount: str, day: date, note: str | None
) -> None:
    cmd = parse_log_command(ActivityKind.OFFER, text, today=TODAY)
    assert (cmd.amount, cmd.when, cmd.note) == (Decimal(amount), day, note), cmd
