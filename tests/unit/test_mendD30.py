"""mendD30 (review30's channel-reader leftovers), read on Tue 1 Dec 2026.

1. "Booked mtgs w/ Aldi Thu & Lidl Fri 🎉", both new to the team, planned only Aldi: "Lidl Fri"
   was read as one name. A short weekday after a name joined by &/og/and to a name with its own
   day, or before a cheer, is the day: both plans are asked, each on its own day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TUESDAY = date(2026, 12, 1)
THURSDAY = date(2026, 12, 3)
FRIDAY = date(2026, 12, 4)


def _chain(found):
    while found is not None:
        yield found
        found = found.also


@pytest.mark.parametrize(
    "text",
    [
        "Booked mtgs w/ Aldi Thu & Lidl Fri 🎉",
        "Booked mtgs w/ Aldi Thu & Lidl Fri :tada:",
        "Booked mtgs w/ Aldi Thu and Lidl Fri 🙌",
        "Booket møter m/ Aldi Tors & Lidl Fre 🎉",
        "Booket møter m/ Aldi tors og Lidl fre 🎉",
        "Bokade möten m/ Aldi tors och Lidl fre 🎉",
        "Booket møder m/ Aldi tors & Lidl fre 🎉",
    ],
)
def test_a_short_weekday_after_the_second_name_of_a_booking_is_its_day(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=set())
    read = [
        (f.outcome, f.kind, f.customer, f.planned, f.next_step and f.next_step.due)
        for f in _chain(found)
    ]
    assert read == [
        (Outcome.LIKELY, ActivityKind.MEETING, "Aldi", True, THURSDAY),
        (Outcome.LIKELY, ActivityKind.MEETING, "Lidl", True, FRIDAY),
    ], found


# 2. "Sendte tilbud til Kiwi, 2-3 uker levering", Kiwi known or not: nothing ("2-3" was read as a
#    game's score). A delivery time after the comma is a remark: the offer to Kiwi today is
#    asked, no amount (the reader keeps no notes).
@pytest.mark.parametrize("known", [set(), {"Kiwi", "Ica", "Tesco", "Netto"}])
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Sendte tilbud til Kiwi, 2-3 uker levering", "Kiwi"),
        ("Sendte tilbud til Kiwi, levering 2-3 uker", "Kiwi"),
        ("Skickade offert till Ica, 2-3 veckors leverans", "Ica"),
        ("Sendte tilbud til Netto, 2-3 ugers levering", "Netto"),
        ("Sent offer to Tesco, 2-3 weeks delivery", "Tesco"),
    ],
)
def test_a_delivery_time_after_an_offer_is_no_score(text: str, customer: str, known: set) -> None:
    found = recognise(text, today=TUESDAY, known_customers=known)
    assert (found.outcome, found.kind, found.customer, found.amount, found.when, found.also) == (
        Outcome.LIKELY,
        ActivityKind.OFFER,
        customer,
        None,
        TUESDAY,
        None,
    ), found


def test_a_game_score_is_still_no_deal() -> None:
    found = recognise("Vant 2-3 mot Kiwi", today=TUESDAY, known_customers={"Kiwi"})
    assert found.outcome is Outcome.NOTHING, found


# The lead's review: "sendte tilbud til tine på 2-3 mill i går" was nothing ("2-3" a game's score),
# the offer lost unsaid. An amount range before its unit is no score: the offer asked (the range
# asked Low / Middle / High where the question is put, activities.range_in_message).
@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("sendte tilbud til tine på 2-3 mill i går", "Tine", TUESDAY - timedelta(days=1)),
        ("Skickade offert till Ica 2-3 mkr", "Ica", TUESDAY),
        ("Sent offer to Tesco 2-3 m today", "Tesco", TUESDAY),
        ("Tilbud sendt til Netto, 250-300 tkr", "Netto", TUESDAY),
    ],
)
def test_an_amount_range_before_its_unit_is_no_score(text: str, customer: str, when: date) -> None:
    found = recognise(text, today=TUESDAY, known_customers={"Tine", "Ica", "Tesco", "Netto"})
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY,
        ActivityKind.OFFER,
        customer,
        when,
    ), found
