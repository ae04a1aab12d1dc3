"""Amounts written in spaced or dotted groups before a multiplier: "1 250 tkr", "1.250 tkr".

Swedes write 1,25 MSEK as "1 250 tkr". Before session 13 a channel message read "Offert till
Volvo på 1 250 tkr skickad" as an offer of 1 250 kr (a sure record, a thousand times too
small), "1.250 tkr" as 1 250 kr, and "/logoffer Volvo 1 200 tkr" stored a new customer "Volvo 1"
with 200 tkr. A glued "350k" after a number keeps the number in the name ("TV 2 350k"), as the
command corpus has it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.amounts import parse_amount
from bot.services.capture import Outcome, recognise
from bot.services.commands import UserError, parse_log_command

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1.250 tkr", "1250000"), ("12.500 tkr", "12500000"), ("1.250k", "1250000"),
     ("1,250k", "1250"), ("1,25 mill", "1250000"), ("1,250 mill", "1250000")],
)  # fmt: skip
def test_a_point_before_three_digits_and_thousands_is_a_group(text: str, amount: str) -> None:
    money = parse_amount(text)
    assert money is not None and money.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "outcome", "amount"),
    [
        ("Offert till Volvo på 1 250 tkr skickad", Outcome.SURE, "1250000"),
        ("Skickade offert till Volvo, 1 250 tkr", Outcome.SURE, "1250000"),
        ("Tilbud til Equinor på 1.250 tkr sendt", Outcome.SURE, "1250000"),
        ("Tilbud til Volvo, 2 500 tkr", Outcome.SURE, "2500000"),
        # right after a new name: 1 250 tkr from Volvo, or 250 tkr from "Volvo 1"? Asked.
        ("Vant Volvo 1 250 tkr!", Outcome.LIKELY, "1250000"),
        ("Offert Volvo 12 500 tkr", Outcome.LIKELY, "12500000"),
        # unchanged: a glued multiplier keeps the number in the name; grouped kroner
        ("Vant TV 2 350k", Outcome.SURE, "350000"),
        ("Vant Nammo 1 100 000 kr", Outcome.SURE, "1100000"),
    ],
)
def test_a_message_reads_spaced_groups_before_a_multiplier(
    text: str, outcome: Outcome, amount: str
) -> None:
    found = recognise(text, today=TODAY, known_customers=set())
    assert found.outcome is outcome, found.reasons
    assert found.amount == Decimal(amount)


def test_a_known_name_before_spaced_groups_is_sure() -> None:
    found = recognise("Vant Volvo 1 250 tkr!", today=TODAY, known_customers={"Volvo"})
    assert (found.outcome, found.customer, found.amount) == (
        Outcome.SURE,
        "Volvo",
        Decimal("1250000"),
    )


@pytest.mark.parametrize(
    ("text", "known", "amount"),
    [
        ("Volvo 1 200 tkr", {"volvo"}, "1200000"),
        ("Volvo 1 200 tkr i går", {"volvo"}, "1200000"),
        ("Equinor 12 500 tkr varm", {"equinor"}, "12500000"),
        ("Volvo 1.200 tkr", set(), "1200000"),
        # a new name that ends at its legal form: the digits after it begin the amount
        ("ICA Gruppen AB 2 350 tkr", set(), "2350000"),
        ("TV 2 350k", set(), "350000"),
        ("TV 2 350k", {"tv 2"}, "350000"),
    ],
)
def test_a_command_reads_spaced_groups_after_a_known_name(
    text: str, known: set[str], amount: str
) -> None:
    cmd = parse_log_command(ActivityKind.OFFER, text, today=TODAY, known_customers=known)
    assert cmd.amount == Decimal(amount) and cmd.unread is None


@pytest.mark.parametrize("text", ["Volvo 1 200 tkr", "Equinor 12 500 tkr", "Aker 2 500 tkr"])
def test_a_command_asks_whether_a_number_after_a_new_name_is_the_amounts(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_log_command(ActivityKind.OFFER, text, today=TODAY)
    assert err.value.code == "grouped_amount"
