"""Session 25: channel messages left read wrong by session 24, each read as a careful colleague
reads it (each row failed before this session's rules)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

DEC_1 = date(2026, 12, 1)  # a Tuesday
NOV_30 = date(2026, 11, 30)
DEC_3 = date(2026, 12, 3)  # the coming Thursday


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Tesco vil møtes torsdag – booket!", ()),
        ("Tesco vil ha møte torsdag – booket", ()),
        ("Volvo ville ses på torsdag, bokat!", ()),
        ("Tesco wants a meeting on Thursday – booked in!", ()),
        ("Booked in Tesco for Thursday", ()),
        ("Booked in Sainsbury's for Thursday", ()),
        ("Tesco booket torsdag", ("Tesco",)),
        ("Tesco er booket inn til torsdag", ("Tesco",)),
        ("Tesco booked in for Thursday", ("Tesco",)),
        ("Volvo är bokat på torsdag", ("Volvo",)),
        ("Tesco booket ind torsdag", ("Tesco",)),
    ],
)
def test_a_booking_with_its_customer_and_day_in_either_order_is_a_meeting_planned(
    text: str, known: tuple[str, ...]
) -> None:
    # was nothing: the wish's own meeting word ("møtes") read as another kind of word, "in"
    # after "booked" read as a place, the customer named before the booking word not read
    found = recognise(text, today=DEC_1, known_customers=known)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.SURE,
        ActivityKind.MEETING,
        text.split()[2] if text.startswith("Booked in") else text.split()[0],
    ), found.reasons
    assert found.next_step is not None and found.next_step.due == DEC_3


@pytest.mark.parametrize(
    "text", ["Flights booked Thursday", "Hotel booket til torsdag", "Rommet booket torsdag"]
)
def test_a_new_name_before_a_booking_word_is_what_was_booked(text: str) -> None:
    assert recognise(text, today=DEC_1).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Ringte Orkla i dag og Novo 2 ganger i går", ("Orkla", DEC_1, 1), ("Novo", NOV_30, 2)),
        ("Called Tesco today and Aviva twice yesterday", ("Tesco", DEC_1, 1), ("Aviva", NOV_30, 2)),
        (
            "Ringde Volvo idag och Scania två gånger igår",
            ("Volvo", DEC_1, 1),
            ("Scania", NOV_30, 2),
        ),
        ("Ringte Novo 2 ggr i går og Orkla i dag", ("Novo", NOV_30, 2), ("Orkla", DEC_1, 1)),
    ],
)
def test_a_count_is_the_talk_of_the_customer_it_follows(
    text: str, first: tuple, second: tuple
) -> None:
    # was: the count on the first customer named ("Ringte Orkla i dag og Novo 2 ganger i går":
    # two calls to Orkla, one to Novo); "2 ggr" read as part of the name, "Novo 2", sure
    found = recognise(text, today=DEC_1)
    assert found.also is not None and found.also.also is None, found.reasons
    assert [(r.outcome, r.kind, r.customer, r.when, r.times) for r in (found, found.also)] == [
        (Outcome.LIKELY, ActivityKind.CALL, *first),
        (Outcome.LIKELY, ActivityKind.CALL, *second),
    ], found.reasons
