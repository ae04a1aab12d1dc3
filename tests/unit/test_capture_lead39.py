"""Session 39 (the lead): channel messages read wrong on main at ad861186, each a class of
variants in the four languages. Each row's comment says what main read. Through the app:
tests/slack/test_lists39.py."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 12, 3)  # Thursday
HALF_PAST_THREE = time(15, 30)
M, C = ActivityKind.MEETING, ActivityKind.CALL
KNOWN = ["Tine", "Kiwi", "Tesco", "Boots", "Greggs", "ICA", "Coop", "Orkla"]


def _rows(found):  # type: ignore[no-untyped-def]
    rows = []
    while found is not None:
        rows.append(found)
        found = found.also
    return rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was: Kiwi alone, sure; Rema 1000 Alnabru dropped unasked
        ("Ute på kundebesøk hos Kiwi Bryn og Rema 1000 Alnabru i dag", ["Kiwi", "Rema 1000 Alnabru"]),
        ("møte med Kiwi Bryn og Meny Storo i dag", ["Kiwi", "Meny Storo"]),
        ("met Tesco Leeds and Boots Manchester today", ["Tesco", "Boots"]),
        ("Möte med ICA Kungsholmen och Coop Solna idag", ["ICA", "Coop"]),
    ],
)  # fmt: skip
def test_a_known_chains_store_after_its_name_keeps_the_list(text, expected):  # type: ignore[no-untyped-def]
    rows = _rows(recognise(text, today=TODAY, known_customers=KNOWN, posted=HALF_PAST_THREE))
    assert [(r.kind, r.customer) for r in rows] == [(M, name) for name in expected]
    assert all(r.outcome is Outcome.LIKELY for r in rows)


def test_a_known_chains_store_alone_is_that_chain():  # type: ignore[no-untyped-def]
    found = recognise("møte med Kiwi Bryn i dag", today=TODAY, known_customers=KNOWN)
    assert (found.outcome, found.customer, found.also) == (Outcome.SURE, "Kiwi", None)


@pytest.mark.parametrize(
    ("text", "kind", "first", "second"),
    [
        # was: the second a talk held tomorrow, asked and stored on that day
        ("møte med Tine i dag og Kiwi i morgen", M, "Tine", "Kiwi"),
        ("Möte med ICA idag och Coop imorgon", M, "ICA", "Coop"),
        ("Ringte Tine i dag og Kiwi i morgen", C, "Tine", "Kiwi"),
        ("meeting with Tesco today and Boots tomorrow", M, "Tesco", "Boots"),
    ],
)
def test_a_joined_name_with_its_day_ahead_is_a_plan(text, kind, first, second):  # type: ignore[no-untyped-def]
    done, plan = _rows(recognise(text, today=TODAY, known_customers=KNOWN, posted=HALF_PAST_THREE))
    assert (done.kind, done.customer, done.when, done.planned) == (kind, first, TODAY, False)
    assert (plan.kind, plan.customer, plan.when, plan.planned) == (kind, second, TODAY, True)
    assert plan.next_step.due == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was: meetings with both, asked (the lunch's kind)
        ("had lunch with the team, then 2 calls: Boots and Greggs", ["Boots", "Greggs"]),
        ("team meeting this morning, then 2 calls: Boots and Greggs", ["Boots", "Greggs"]),
        ("møte med teamet i dag, så 2 samtaler: Tine og Kiwi", ["Tine", "Kiwi"]),
        ("lunsj med sjefen, deretter ringte jeg Tine og Kiwi", ["Tine", "Kiwi"]),
        # was: a meeting with Boots
        ("had lunch with the team, then called Boots", ["Boots"]),
    ],
)
def test_a_talk_among_ourselves_leaves_the_customers_to_their_own_talk(text, expected):  # type: ignore[no-untyped-def]
    rows = _rows(recognise(text, today=TODAY, known_customers=KNOWN, posted=HALF_PAST_THREE))
    assert [(r.kind, r.customer) for r in rows] == [(C, name) for name in expected]


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        # guards: a meal with the customer is a meeting with them, as before
        ("Lunsj med Tine i dag, bra prat", "Tine"),
        ("customer lunch with Boots today, then team meeting", "Boots"),
    ],
)
def test_a_meal_with_the_customer_stays_a_meeting(text, customer):  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, M, customer)


W, OF = ActivityKind.WIN, ActivityKind.OFFER
MORE_KNOWN = [*KNOWN, "Scania", "Lego", "Aker BP", "DNB Bank ASA", "Volvo Cars"]


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        # was: nothing (a "just" or "finally" inside the phrase broke it)
        ("Fick precis ett ja från Scania!! 🎉 2,3 mkr", W, "Scania"),
        ("fikk endelig ja fra Tine, 400k", W, "Tine"),
        ("Fik lige et ja fra Lego, 500.000 kr", W, "Lego"),
        ("got finally a yes from Boots, £20k", W, "Boots"),
        # guards: read as before
        ("Har akkurat signert Lego 500k", W, "Lego"),
        ("sendte akkurat tilbud til Tine 200k", OF, "Tine"),
    ],
)
def test_a_just_or_finally_inside_a_phrase(text, kind, customer):  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY, known_customers=MORE_KNOWN)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer)


@pytest.mark.parametrize(
    "text",
    [
        # was: nothing
        "Dropped in on Greggs in Newcastle, good chat, sending pricing tomorrow",
        "dropped in on Boots today",
        "Swung by Tesco this morning, warm",
        "Stopped in at Greggs, they want a quote",
    ],
)
def test_a_visit_dropped_in_on_is_a_meeting(text):  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY, known_customers=KNOWN)
    assert found.outcome is not Outcome.NOTHING and found.kind is M, found.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was: the second a new customer "DNB", "Volvo" (the figures split in two)
        ("Møtte Aker BP og DNB i dag, begge lunkne", ["Aker BP", "DNB Bank ASA"]),
        ("Två möten idag: Volvo och Scania", ["Scania", "Volvo Cars"]),
    ],
)
def test_a_second_name_typed_short_is_the_known_customer(text, expected):  # type: ignore[no-untyped-def]
    rows = _rows(recognise(text, today=TODAY, known_customers=MORE_KNOWN))
    assert [(r.customer, r.known_customer) for r in rows] == [(name, True) for name in expected]


def test_a_second_name_two_known_names_start_stays_as_typed():  # type: ignore[no-untyped-def]
    known = [*MORE_KNOWN, "Volvo Trucks"]
    rows = _rows(recognise("Två möten idag: Volvo och Scania", today=TODAY, known_customers=known))
    assert sorted(r.customer for r in rows) == ["Scania", "Volvo"]
