"""Rules held-out round 16/13 led to (read on Mon 2027-01-04 / Tue 2026-12-29): each row fails
on the code before its rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

NEW_YEAR = date(2027, 1, 4)


def test_the_net_price_beside_the_gross_one_keeps_the_krone_said() -> None:
    found = recognise(
        "Tilbud til Kr. Olsen Rør AS 2/1: kr 215 000 inkl mva (172 000 eks)",
        today=NEW_YEAR,
        known_customers=(),
    )
    assert (found.outcome, found.amount, found.currency) == (
        Outcome.SURE,
        Decimal(172000),
        "NOK",
    ), found.reasons


def test_weds_is_wednesday() -> None:
    found = recognise(
        "Quote to Met Office sent Weds, £145k", today=NEW_YEAR, known_customers={"Met Office"}
    )
    assert (found.kind, found.customer, found.when) == (
        ActivityKind.OFFER,
        "Met Office",
        date(2026, 12, 30),
    ), found.reasons
    cmd = parse_log_command(
        ActivityKind.CALL, "Friday Labs Ltd Weds, hot", today=date(2026, 12, 29)
    )
    assert (cmd.customer, cmd.when) == ("Friday Labs Ltd", date(2026, 12, 23))


def test_our_own_event_to_come_beside_a_customers_name_is_nothing() -> None:
    found = recognise(
        "Team kick-off Wed 13 Jan, Pret sandwiches on us 🥪",
        today=NEW_YEAR,
        known_customers={"Pret"},
    )
    assert found.outcome is Outcome.NOTHING, found.reasons


def test_a_year_in_a_remark_after_the_amount_is_no_amount() -> None:
    cmd = parse_log_command(
        ActivityKind.WIN, "Hafslund 360 000 kr, årsavtale 2027", today=date(2026, 12, 29)
    )
    assert (cmd.amount, cmd.currency, cmd.note, cmd.unread) == (
        Decimal(360000),
        "NOK",
        "årsavtale 2027",
        None,
    )


def test_week_commencing_names_the_monday() -> None:
    cmd = parse_log_command(
        ActivityKind.MEETING,
        "Tesco yesterday, hot, next meeting w/c 11 Jan",
        today=date(2026, 12, 29),
    )
    assert cmd.next_step is not None
    # mendE33 (the lead's rule, mendA33): a week said, due by its Friday (was its Monday)
    assert (cmd.next_step.what, cmd.next_step.due) == ("meeting", date(2027, 1, 15))


def test_an_amount_changed_to_one_from_another_is_the_new_one() -> None:
    for text, amount in (
        ("Revised quote to John Lewis: down to £92k from £110k", Decimal(92000)),
        ("Revidert tilbud til John Lewis, ned til 900k fra 1,1 mill", Decimal(900000)),
    ):
        found = recognise(text, today=NEW_YEAR, known_customers={"John Lewis"})
        assert (found.outcome, found.kind, found.amount) == (
            Outcome.SURE,
            ActivityKind.OFFER,
            amount,
        ), found.reasons


def test_o_for_och_joins_two_customers() -> None:
    found = recognise(
        "möte m Scania o Volvo i torsdags, båda varma",
        today=NEW_YEAR,
        known_customers={"Scania", "Volvo"},
    )
    assert found.customer == "Scania" and found.also is not None
    assert (found.also.kind, found.also.customer, found.also.when) == (
        ActivityKind.MEETING,
        "Volvo",
        date(2026, 12, 31),
    )


def test_a_time_of_year_in_small_letters_is_no_known_name() -> None:
    found = recognise(
        "Kundebesøg hos Holm & Søn Tømrer ApS torsdag, de vil have tilbud efter nytår",
        today=NEW_YEAR,
        known_customers={"Nytår ApS"},
    )
    assert found.outcome is Outcome.SURE and found.customer.startswith("Holm & Søn"), found.reasons
    named = recognise("Møde med Nytår ApS i går", today=NEW_YEAR, known_customers={"Nytår ApS"})
    assert named.customer == "Nytår ApS"
