"""mendD30 (review30's channel-reader leftovers), read on Tue 1 Dec 2026.

1. "Booked mtgs w/ Aldi Thu & Lidl Fri 🎉", both new to the team, planned only Aldi: "Lidl Fri"
   was read as one name. A short weekday after a name joined by &/og/and to a name with its own
   day, or before a cheer, is the day: both plans are asked, each on its own day."""

from __future__ import annotations

from datetime import date

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
