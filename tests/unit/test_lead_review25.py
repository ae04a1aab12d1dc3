"""Session 25, the lead's review after the merge (a reviewer's fresh phrasings through the
console): a second record named with a customer of its own after its link word ("tilbud til
Statkraft") was asked, and recorded, as the first record's customer's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.capture import KnownCustomers, Outcome, recognise

ROWS = [  # (text, known, the records: (kind, customer, amount))
    (
        "Møte med Equinor og tilbud til Statkraft 500k i går",
        ["Equinor"],
        [("meeting", "Equinor", None), ("offer", "Statkraft", Decimal(500000))],
    ),
    (
        "Møte med Equinor i går og sendte tilbud til Statkraft 500k",
        ["Equinor"],
        [("meeting", "Equinor", None), ("offer", "Statkraft", Decimal(500000))],
    ),
    (  # one customer of both: unchanged
        "Ringte Yara, sendte tilbud 300k",
        ["Yara"],
        [("call", "Yara", None), ("offer", "Yara", Decimal(300000))],
    ),
    (
        "Demo for Elkjøp i dag + sendte tilbud etterpå, 260k",
        [],
        [("meeting", "Elkjøp", None), ("offer", "Elkjøp", Decimal(260000))],
    ),
]


@pytest.mark.parametrize(("text", "known", "records"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_second_record_is_its_own_customer_s(text: str, known: list, records: list) -> None:  # type: ignore[type-arg]
    found = recognise(
        text,
        today=date(2026, 12, 1),
        krone="NOK",
        known_customers=KnownCustomers.of(known),
        open_offers=set(),
        posted=None,
    )
    got = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        got.append((found.kind.value, found.customer, found.amount))  # type: ignore[union-attr]
        found = found.also
    assert got == records


@pytest.mark.parametrize(
    ("today", "monday", "tuesday"),
    [
        (date(2026, 12, 1), date(2026, 11, 30), date(2026, 12, 1)),  # said on the Tuesday
        (date(2026, 12, 3), date(2026, 11, 30), date(2026, 12, 1)),  # on the Thursday
        (date(2026, 11, 30), date(2026, 11, 23), date(2026, 11, 24)),  # on the Monday: a week gone
    ],
)
def test_days_told_in_turn_go_on_from_the_first(today: date, monday: date, tuesday: date) -> None:
    # "Mandag: møte med Telenor. Tirsdag: tilbud Yara 400k" said on a Tuesday: Tuesday is
    # today (was a week ago, Tue 24 Nov, as a bare weekday alone reads)
    found = recognise(
        "Mandag: møte med Telenor. Tirsdag: tilbud Yara 400k",
        today=today,
        krone="NOK",
        known_customers=KnownCustomers.of(["Telenor", "Yara"]),
        open_offers=set(),
        posted=None,
    )
    days = {}
    while found is not None and found.outcome is not Outcome.NOTHING:
        days[found.customer] = found.when
        found = found.also
    assert days == {"Telenor": monday, "Yara": tuesday}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("ringte Tine mandag, onsdag og fredag", ("2026-11-25", "2026-11-27", "2026-11-30")),
        ("ringte Tine man, ons og fre", ("2026-11-25", "2026-11-27", "2026-11-30")),
        ("ringde Tine måndag, onsdag och fredag", ("2026-11-25", "2026-11-27", "2026-11-30")),
        ("ringte Tine mandag, onsdag", ("2026-11-25", "2026-11-30")),
        ("ringte Tine mandag og onsdag", ("2026-11-25", "2026-11-30")),  # readers25, as it was
    ],
)
def test_one_talk_on_each_day_of_a_list_is_one_question(text: str, days: tuple) -> None:  # type: ignore[type-arg]
    # was: one call on Monday, sure, the other days dropped unsaid
    found = recognise(
        text,
        today=date(2026, 12, 1),
        krone="NOK",
        known_customers=KnownCustomers.of(["Tine"]),
        open_offers=set(),
        posted=None,
    )
    assert found.outcome is Outcome.LIKELY, found
    assert (found.times, tuple(str(d) for d in found.days)) == (len(days), days), found


@pytest.mark.parametrize(
    "text",
    [
        "Sendte tilbud til Posten på kr 1 250 000,- eks mva i går",
        "Sendte tilbud til Posten på kr 250 000,- eks. mva. i går",
        "Skickade offert till Posten 300 000:- exkl moms igår",
    ],
)
def test_a_price_s_tax_words_leave_the_day_the_offer_s(text: str) -> None:
    # was: "…,- eks mva i går" read the day as another thing's, the offer kept today
    found = recognise(
        text,
        today=date(2026, 12, 1),
        krone="NOK",
        known_customers=KnownCustomers.of([]),
        open_offers=set(),
        posted=None,
    )
    assert (found.kind.value, found.when) == ("offer", date(2026, 11, 30)), found  # type: ignore[union-attr]
