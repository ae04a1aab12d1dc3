"""A weekday or month word first in a log command: the activity's day, a name's first word, or
a question (day_or_name). Pure parser; today is Friday 2026-11-20."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import candidate_keys, parse_log_command
from bot.services.customers import customer_key
from bot.services.dates import parse_date

TODAY = date(2026, 11, 20)
MEETING, WIN, LOSS = ActivityKind.MEETING, ActivityKind.WIN, ActivityKind.LOSS


def parse(kind: ActivityKind, text: str, known: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return parse_log_command(
        kind, text, today=TODAY, known_customers={customer_key(name) for name in known}
    )


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when"),
    [
        (MEETING, "fredag Fredag Bygg", "Fredag Bygg", date(2026, 11, 20)),
        (MEETING, "på fredag Fredag Bygg", "Fredag Bygg", date(2026, 11, 20)),
        (MEETING, "torsdag Torsdag AS", "Torsdag AS", date(2026, 11, 19)),
        (MEETING, "mandag Mandag Morgen", "Mandag Morgen", date(2026, 11, 16)),
        (MEETING, "3. november Mai Consulting", "Mai Consulting", date(2026, 11, 3)),
        (MEETING, "i går Torsdag AS", "Torsdag AS", date(2026, 11, 19)),
        (WIN, "torsdag Torsdag AS 200k", "Torsdag AS", date(2026, 11, 19)),
        (LOSS, "onsdag Fredag Bygg -- pris", "Fredag Bygg", date(2026, 11, 18)),
    ],
)
def test_a_date_first_then_a_name_that_starts_with_a_day_or_month_keeps_the_name_whole(
    kind: ActivityKind, text: str, customer: str, when: date
) -> None:
    """Was "Bygg" / "AS" / "Morgen": the day word was read twice ("fredag Fredag" as one day)."""
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.when) == (customer, when)


def test_one_day_is_never_read_from_two_day_words() -> None:
    assert parse_date("fredag Fredag", today=TODAY, direction="past") is None
    assert parse_date("på fredag fredag", today=TODAY, direction="past") is None
    assert parse_date("fredag 13.11.", today=TODAY, direction="past") == date(2026, 11, 13)


@pytest.mark.parametrize(
    ("text", "known", "customer", "when"),
    [
        ("tirsdag Statnett demo", (), "Statnett", date(2026, 11, 17)),  # small day, capital name
        ("Tirsdag Statnett demo", ("Statnett",), "Statnett", date(2026, 11, 17)),  # known
        ("Tirsdag: Statnett", (), "Statnett", date(2026, 11, 17)),  # a day said so
        ("Onsdag Equinor varm", ("Equinor ASA",), "Equinor", date(2026, 11, 18)),
        ("Fredag Bygg i går", (), "Fredag Bygg", date(2026, 11, 19)),  # the date is elsewhere
        ("Søndag Bygg AS igår", (), "Søndag Bygg AS", date(2026, 11, 19)),
        ("Torsdag AS", (), "Torsdag AS", TODAY),  # a legal form follows: a name
        ("Fredag Bygg", ("Fredag Bygg",), "Fredag Bygg", TODAY),  # known: the name
        # a sentence: the day, then what repeats the command (was "Tirsdag møte" asked)
        ("Tirsdag møte med Statnett", (), "Statnett", date(2026, 11, 17)),
        ("tirsdag møte med Statnett", (), "Statnett", date(2026, 11, 17)),
        ("I går møte med Statnett", (), "Statnett", date(2026, 11, 19)),  # was not_a_customer
        ("Tirsdag - Statnett varm", (), "Statnett", date(2026, 11, 17)),  # was "- Statnett"
        ("i går - Statnett", (), "Statnett", date(2026, 11, 19)),
    ],
)
def test_a_weekday_first_is_the_day_where_nothing_else_can_be_meant(
    text: str, known: tuple[str, ...], customer: str, when: date
) -> None:
    cmd = parse(MEETING, text, known)
    assert (cmd.customer, cmd.when) == (customer, when)


@pytest.mark.parametrize(
    ("text", "day", "customer"),
    [
        ("Tirsdag Statnett demo", "Tirsdag", "Statnett"),  # was the customer "Tirsdag Statnett"
        ("Fredag Bygg", "Fredag", "Bygg"),
        ("Mandag Morgen varm", "Mandag", "Morgen"),
        ("fredag bygg", "fredag", "bygg"),
    ],
)
def test_a_capitalised_weekday_before_a_new_name_is_asked_never_guessed(
    text: str, day: str, customer: str
) -> None:
    with pytest.raises(UserError) as err:
        parse(MEETING, text)
    assert err.value.code == "day_or_name"
    assert err.value.params == {"day": day, "customer": customer, "name": f"{day} {customer}"}


def test_the_name_after_a_weekday_is_looked_up() -> None:
    """The listener looks the candidate keys up before parsing: "Statnett" must be one."""
    assert customer_key("Statnett") in candidate_keys("Tirsdag Statnett demo")
