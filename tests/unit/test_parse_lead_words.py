"""A customer's name that begins with a word an amount or a date could use (session 11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import UserError, parse_log_command

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Mio 1,2 mkr", "Mio", Decimal("1200000")),  # was refused: "Mio" read as a million
        ("Mill 300k", "Mill", Decimal("300000")),
        ("Mio 1,2 mkr igår em", "Mio", Decimal("1200000")),
    ],
)
def test_a_million_word_with_no_number_before_it_is_a_name(
    text: str, customer: str, amount: Decimal
) -> None:
    cmd = parse_log_command(ActivityKind.WIN, text, today=TODAY, krone="SEK")
    assert (cmd.customer, cmd.amount) == (customer, amount)


@pytest.mark.parametrize("part", ["em", "fm", "e.m."])
def test_a_shortened_part_of_the_day_is_read_and_ignored(part: str) -> None:
    cmd = parse_log_command(ActivityKind.MEETING, f"Nammo igår {part}, varm", today=TODAY)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Nammo", date(2026, 12, 1), None)


@pytest.mark.parametrize(
    "text", ["for dyre, dessverre", "för dyra enligt inköp", "too expensive", "alt for dyrt"]
)
def test_a_loss_that_opens_with_too_and_how_has_no_customer(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_log_command(ActivityKind.LOSS, text, today=TODAY)
    assert err.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("text", "customer"), [("Fortum for dyrt", "Fortum"), ("For Dyre AS", "For Dyre AS")]
)
def test_a_customer_before_the_reason_or_named_so_stays(text: str, customer: str) -> None:
    assert parse_log_command(ActivityKind.LOSS, text, today=TODAY).customer == customer


@pytest.mark.parametrize(
    ("text", "customer", "unread"),
    [
        ("<@U0LARS> og jeg hos Aker Solutions, varm", "Aker Solutions", "<@U0LARS> og jeg hos"),
        ("<@U0LARS> Equinor varm", "Equinor", "<@U0LARS>"),  # was "<@U0LARS> Equinor"
        ("<@U0LARS|lars> & <@U0KARI> at Acme Ltd", "Acme Ltd", "<@U0LARS|lars> & <@U0KARI> at"),
        ("jeg og <@U0LARS> hos Equinor i går", "Equinor", "jeg og <@U0LARS> hos"),
    ],
)
def test_colleagues_named_first_are_asked_about_never_the_customer(
    text: str, customer: str, unread: str
) -> None:
    cmd = parse_log_command(ActivityKind.MEETING, text, today=TODAY)
    assert (cmd.customer, cmd.unread) == (customer, unread)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("<http://Monday.com|Monday.com> i går, varm", "Monday.com"),  # Slack links the name
        ("<https://acme.com|Acme Ltd> varm", "Acme Ltd"),
    ],
)
def test_a_name_slack_linked_where_the_customer_stands_is_its_label(
    text: str, customer: str
) -> None:
    assert parse_log_command(ActivityKind.MEETING, text, today=TODAY).customer == customer
