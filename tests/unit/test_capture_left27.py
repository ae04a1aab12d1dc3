"""Session 27 (parser27): status lines that count the work and list the customers ("Status
fredag: 3 møter (Orkla, Tine, Kiwi), 1 tilbud Bama 250k. God helg!"), read as a careful colleague
reads them: one record per customer named, a count that does not match its names asked, a count
with no names nothing. Read on Friday 4 December 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

DEC_4 = date(2026, 12, 4)  # a Friday
DEC_3 = date(2026, 12, 3)
DEC_2 = date(2026, 12, 2)
NOV_30 = date(2026, 11, 30)
KNOWN = ("Orkla", "Tine", "Kiwi", "Bama", "Volvo", "Scania", "Tesco", "Boots")
MEETING, CALL, OFFER = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
S, L = Outcome.SURE, Outcome.LIKELY


def each(found: Recognition) -> list[tuple]:
    out = []
    record: Recognition | None = found
    while record is not None:
        out.append((record.outcome, record.kind, record.customer, record.amount, record.when))
        record = record.also
    return out


STATUS_FRIDAY = "Status fredag: 3 møter (Orkla, Tine, Kiwi), 1 tilbud Bama 250k. God helg!"


def test_a_friday_status_with_its_closing_wish_is_three_meetings_and_an_offer() -> None:
    # was: nothing at all ("fredag:" read as next Friday's agenda). Session 24 (conv24): a
    # summary that counts and names is one "Record all" question, every row asked
    found = recognise(STATUS_FRIDAY, today=DEC_4, known_customers=KNOWN)
    assert found.record_all
    assert each(found) == [
        (L, MEETING, "Orkla", None, DEC_4),
        (L, MEETING, "Tine", None, DEC_4),
        (L, MEETING, "Kiwi", None, DEC_4),
        (L, OFFER, "Bama", Decimal(250000), DEC_4),
    ], found.reasons


def test_the_same_status_with_new_names_is_asked_about_each() -> None:
    found = recognise(STATUS_FRIDAY, today=DEC_4)
    assert [(r[0], r[1], r[2], r[4]) for r in each(found)] == [
        (L, MEETING, "Orkla", DEC_4),
        (L, MEETING, "Tine", DEC_4),
        (L, MEETING, "Kiwi", DEC_4),
        (L, OFFER, "Bama", DEC_4),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was: dated today (Friday), the heading's weekday ignored, or nothing
        ("Status torsdag: møte med Orkla", [(S, MEETING, "Orkla", None, DEC_3)]),
        ("Status onsdag: møte med Orkla", [(S, MEETING, "Orkla", None, DEC_2)]),
        # a count with its names: one "Record all" question (session 24, conv24)
        ("Status torsdag: 2 møter (Orkla, Tine)", [(L, MEETING, "Orkla", None, DEC_3), (L, MEETING, "Tine", None, DEC_3)]),
        ("Status mandag: 2 møter (Orkla, Tine)", [(L, MEETING, "Orkla", None, NOV_30), (L, MEETING, "Tine", None, NOV_30)]),
    ],
)  # fmt: skip
def test_a_status_headed_by_a_weekday_is_that_days(text: str, expected: list[tuple]) -> None:
    assert each(recognise(text, today=DEC_4, known_customers=KNOWN)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I dag: 3 møter (Orkla, Tine, Kiwi), 1 tilbud Bama 250k. God helg!",
        "I dag: 3 møter (Orkla, Tine, Kiwi), 1 tilbud Bama 250k. Trevlig helg alle!",
        "I dag: 3 møter (Orkla, Tine, Kiwi), 1 tilbud Bama 250k. Have a nice weekend!",
    ],
)
def test_a_closing_wish_drops_none_of_the_customers(text: str) -> None:
    # was: Tine and Kiwi dropped (the wish a sentence more: the list read whole)
    found = recognise(text, today=DEC_4, known_customers=KNOWN)
    assert [(r[1], r[2]) for r in each(found)] == [
        (MEETING, "Orkla"),
        (MEETING, "Tine"),
        (MEETING, "Kiwi"),
        (OFFER, "Bama"),
    ]


@pytest.mark.parametrize(
    "text", ["4 samtal", "5 calls today", "God helg!", "Status fredag: God helg!"]
)
def test_a_count_with_no_names_or_a_wish_alone_is_still_nothing(text: str) -> None:
    assert recognise(text, today=DEC_4, known_customers=KNOWN).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was: nothing ("Denne uka:" read as a week to come, the status dropped)
        ("Denne uka: 2 møter (Orkla, Tine)", [(L, MEETING, "Orkla", None, NOV_30), (L, MEETING, "Tine", None, NOV_30)]),
        ("Møter denne uka: Orkla, Tine", [(L, MEETING, "Orkla", None, NOV_30), (L, MEETING, "Tine", None, NOV_30)]),
        ("This week: 2 meetings (Tesco, Boots)", [(L, MEETING, "Tesco", None, NOV_30), (L, MEETING, "Boots", None, NOV_30)]),
        # was: Scania read as one of the four calls, both today
        ("Veckans siffror: 4 samtal, 2 möten (Volvo, Scania)", [(L, MEETING, "Volvo", None, NOV_30), (L, MEETING, "Scania", None, NOV_30)]),
        ("Veckans siffror: 2 möten (Volvo, Scania), 4 samtal", [(L, MEETING, "Volvo", None, NOV_30), (L, MEETING, "Scania", None, NOV_30)]),
    ],
)  # fmt: skip
def test_a_weekly_status_with_no_day_per_item_is_asked_on_the_weeks_monday(
    text: str, expected: list[tuple]
) -> None:
    # as "forrige uke" alone is that week's Monday; which day of it is the author's to say
    assert each(recognise(text, today=DEC_4, known_customers=KNOWN)) == expected


def test_a_count_with_no_names_beside_a_count_that_lists_them_records_only_those() -> None:
    # was: Scania a call (the four calls' customer)
    found = recognise("4 samtal, 2 möten (Volvo, Scania)", today=DEC_4, known_customers=KNOWN)
    assert [(r[1], r[2]) for r in each(found)] == [(MEETING, "Volvo"), (MEETING, "Scania")]


def test_a_weekly_heading_with_items_on_their_days_keeps_them() -> None:
    text = "Veckan: möte Orkla tisdag, samtal Tine onsdag"
    found = recognise(text, today=DEC_4, known_customers=KNOWN)
    assert [(r[1], r[2], r[4]) for r in each(found)] == [
        (MEETING, "Orkla", DEC_4.replace(day=1)),
        (CALL, "Tine", DEC_2),
    ]


@pytest.mark.parametrize(
    "text", ["Denne uka: møte Tine, ring Kiwi", "Denne uka: 2 møter (Orkla, Tine)"]
)
def test_on_a_monday_this_week_is_still_to_come(text: str) -> None:
    assert recognise(text, today=NOV_30, known_customers=KNOWN).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "meetings", "offer", "amount"),
    [
        ("Status fredag: 2 møder (Novo, Lego), 1 tilbud Jysk 300.000. God weekend!", ("Novo", "Lego"), "Jysk", 300000),
        ("Status Friday: 2 meetings (Ocado, Pret), 1 proposal to Boots £40k. Have a good weekend!", ("Ocado", "Pret"), "Boots", 40000),
        ("Status fredag: 2 möten (ICA, Axfood), 1 offert Coop 250 tkr. Trevlig helg!", ("ICA", "Axfood"), "Coop", 250000),
    ],
)  # fmt: skip
def test_a_friday_status_in_each_language_with_new_names_asks_each_record(
    text: str, meetings: tuple[str, str], offer: str, amount: int
) -> None:
    # was: nothing ("Status fredag:" a week ahead's agenda) or the offer dropped (the wish)
    found = recognise(text, today=DEC_4)
    assert each(found) == [
        (L, MEETING, meetings[0], None, DEC_4),
        (L, MEETING, meetings[1], None, DEC_4),
        (L, OFFER, offer, Decimal(amount), DEC_4),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Förra veckan: 2 möten (Volvo, Scania)", date(2026, 11, 23)),
        ("Sidste uge: 2 møder (Volvo, Scania)", date(2026, 11, 23)),
        # session 25 (conv25): this week's work so far, no day said, is on the week's Monday
        # (was: Friday's, today's; a week's summary counted as one day's work)
        ("Uka så langt: 2 møter (Volvo, Scania)", date(2026, 11, 30)),
    ],
)
def test_another_weeks_heading_or_so_far_keeps_its_own_day(text: str, day: date) -> None:
    found = recognise(text, today=DEC_4, known_customers=KNOWN)
    assert [(r[2], r[4]) for r in each(found)] == [("Volvo", day), ("Scania", day)]


@pytest.mark.parametrize(
    "text",
    [
        "Status fredag: 3 møter (Orkla, Tine), 1 tilbud Bama 250k. God helg!",
        "3 møter (Orkla, Tine)",
        "Denne uka: 3 møter (Orkla, Tine)",
    ],
)
def test_a_count_that_does_not_match_its_names_is_asked_never_guessed(text: str) -> None:
    found = each(recognise(text, today=DEC_4, known_customers=KNOWN))
    meetings = [r for r in found if r[1] is MEETING]
    assert [r[2] for r in meetings] == ["Orkla", "Tine"]
    assert all(r[0] is L for r in meetings)  # which was the third? the author's to say
