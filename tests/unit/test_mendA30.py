"""mendA30: meetings booked in channel messages (review30's items), read on Tuesday 1 December
2026; each case with its customers known to the team and new to it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import records_and_steps

TUESDAY = date(2026, 12, 1)
MEETING, CALL = ActivityKind.MEETING, ActivityKind.CALL


def _planned(text: str, expected: list[tuple[str, int]], known: bool) -> None:
    """Read on Tuesday, `text` gives each (customer, day) of `expected` as a meeting planned on
    that day of December, asked; the customers known to the team (`known`) or new to it."""
    names = {c for c, _ in expected} if known else set()
    found = recognise(text, today=TUESDAY, known_customers=names)
    plans = [(Outcome.LIKELY, MEETING, c, TUESDAY, date(2026, 12, d)) for c, d in expected]
    assert records_and_steps(found) == plans, found


# -- 1. a booking is a plan: each meeting on its coming day, never a held one ----------------


@pytest.mark.parametrize("known", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Har booket 2 møder: Netto torsdag og Salling fredag 👍", [("Netto", 3), ("Salling", 4)]),
        ("Har booket 2 møter: Netto torsdag og Salling fredag", [("Netto", 3), ("Salling", 4)]),
        ("Booket 2 møder: Netto torsdag og Salling fredag", [("Netto", 3), ("Salling", 4)]),
        ("Bokade 2 möten: Ica torsdag och Coop fredag", [("Ica", 3), ("Coop", 4)]),
    ],
)
def test_meetings_booked_are_plans_on_their_coming_days(
    text: str, expected: list[tuple[str, int]], known: bool
) -> None:
    """Item 1 (a wrong figure): was Netto a meeting held today and Salling one held last Friday
    (W48), asked with "Record all"."""
    _planned(text, expected, known)


# -- 3. the second booking kept ---------------------------------------------------------------


@pytest.mark.parametrize("known", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Booked mtgs w/ Aldi (Thu) & Lidl (Fri) 🙌", [("Aldi", 3), ("Lidl", 4)]),
        ("Har booka møte med Tine torsdag 3. og Bama mandag 7.", [("Tine", 3), ("Bama", 7)]),
        ("Booket møte med Tine torsdag 3. og Bama mandag 7. 👍", [("Tine", 3), ("Bama", 7)]),
    ],
)
def test_the_second_meeting_booked_is_kept(
    text: str, expected: list[tuple[str, int]], known: bool
) -> None:
    """Item 3: was Aldi's (Tine's) plan alone, the second dropped unsaid; with both known the
    cheer read as a win for Lidl and Aldi's meeting as held last Thursday."""
    _planned(text, expected, known)


# -- 2. meetings booked in a quick update, the customers new to the team ----------------------


@pytest.mark.parametrize("known", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quick update: 5 calls done, 2 mtgs booked (Aldi Thu, Lidl Fri)",
            [("Aldi", 3), ("Lidl", 4)],
        ),
        ("Quick update: 2 mtgs booked (Aldi Thu, Lidl Fri)", [("Aldi", 3), ("Lidl", 4)]),
        ("Booket 2 møter (Aldi tors, Lidl fre)", [("Aldi", 3), ("Lidl", 4)]),
        ("Bokade 2 möten idag: Ica på torsdag, Coop fredag", [("Ica", 3), ("Coop", 4)]),
        ("2 meetings booked for next week - Aldi Tue and Lidl Wed", [("Aldi", 8), ("Lidl", 9)]),
        ("Booket møter neste uke med Aldi tirsdag og Lidl onsdag", [("Aldi", 8), ("Lidl", 9)]),
    ],
)
def test_meetings_booked_in_a_quick_update_are_each_planned(
    text: str, expected: list[tuple[str, int]], known: bool
) -> None:
    """Item 2: with the customers new to the team these were nothing (or only the calls'
    notice); "Bokade 2 möten idag: …" was asked as two meetings held, with /logmeeting advice."""
    _planned(text, expected, known)
