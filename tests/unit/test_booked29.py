"""booked29: meetings booked in a quick status update (review29's left items 1 and 5;
bench/HISTORY.md, "Session 29: the end-of-session runs (lead)")."""

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import recognise

TUESDAY = date(2026, 12, 1)
THURSDAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "2 meetings booked: Aldi Thu, Lidl Fri",
        "booked meeting with Aldi Thu",
        "Booked meetings with Aldi Thu and Lidl Fri",
    ],
)
def test_a_short_weekday_after_a_name_is_the_day_not_the_name(text: str) -> None:
    """Item 1: "2 meetings booked: Aldi Thu, Lidl Fri" read the names "Aldi Thu" and "Lidl Fri"
    (asked as meetings held today); the short weekday after a name is the meeting's day."""
    found = recognise(text, today=TUESDAY, known_customers=set())
    got = (found.kind, found.customer, found.planned, found.next_step and found.next_step.due)
    assert got == (ActivityKind.MEETING, "Aldi", True, THURSDAY), found


@pytest.mark.parametrize(
    ("text", "known", "customers"),
    [
        ("Sent quotes to Tesco and Boots today, £12k each", {"Boots"}, ["Tesco", "Boots"]),
        ("Won Tesco and Boots, £20k each", {"Boots"}, ["Tesco", "Boots"]),
        ("Vant både Tine og Orkla, 200k hver", {"Orkla"}, ["Tine", "Orkla"]),
    ],
)
def test_one_amount_each_asks_the_customers_in_the_order_written(
    text: str, known: set[str], customers: list[str]
) -> None:
    """Item 2: with the second customer known, it was asked first, the first after it."""
    found = recognise(text, today=TUESDAY, known_customers=known)
    got = []
    step = found
    while step is not None:
        got.append(step.customer)
        step = step.also
    assert got == customers, found


@pytest.mark.parametrize(
    ("text", "customer", "due"),
    [
        ("Booked a meeting with Aldi Thu", "Aldi", THURSDAY),
        ("Booked mtg w/ Tesco Thu", "Tesco", THURSDAY),
        ("Bokade möte med Ica Tors", "Ica", THURSDAY),
        ("Bokat möte med Coop Fre", "Coop", date(2026, 12, 4)),
        ("Booket møte med Kiwi Tors", "Kiwi", THURSDAY),
        ("Booket møte med Rema Fre.", "Rema", date(2026, 12, 4)),
        ("Bookede møde med Netto Tors", "Netto", THURSDAY),
        ("Møde booket med Salling Fre", "Salling", date(2026, 12, 4)),
    ],
)
def test_fresh_phrasings_a_capitalised_short_weekday_after_the_name(
    text: str, customer: str, due: date
) -> None:
    """Fresh phrasings (four languages): the short weekday written with a capital after the
    customer is the booked meeting's day (was read into the name: "Kiwi Tors")."""
    found = recognise(text, today=TUESDAY, known_customers=set())
    got = (found.kind, found.customer, found.planned, found.next_step and found.next_step.due)
    assert got == (ActivityKind.MEETING, customer, True, due), found
