"""mendE31: corrections that name the old day by its weekday, or the count of a log.

"Rettelse: møtet med Aker BP var mandag, ikke tirsdag" said on Wednesday 2 December of a meeting
logged on Tuesday 24 November: the Tuesday record, moved to the Monday of its week (was: read
as a new meeting on Monday 30 November). "Rettelse: det var 2 møter med Telenor, ikke 1": the
difference (was: asked as 2 new meetings, 3 stored at the click)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.activities_amend import _day_for
from bot.services.capture.corrections import Correction, read
from storage.models import Activity

TODAY = date(2026, 12, 2)  # a Wednesday
KNOWN = ["Aker BP", "Ericsson", "Aviva", "Telenor", "Lego", "Tesco", "Novo Nordisk"]
MEETING, CALL = ActivityKind.MEETING, ActivityKind.CALL
MON, TUE, WED = 0, 1, 2
FRI = 4

# (text, (change, weekday said alone, the weekday denied, kind, customer))
WEEKDAYS = [
    ("Rettelse: møtet med Aker BP var mandag, ikke tirsdag", (True, TUE, MEETING, "Aker BP")),
    ("Rättelse: mötet med Ericsson var i fredags, inte måndag", (True, MON, MEETING, "Ericsson")),
    (
        "Correction: my meeting with Aviva was on Tuesday 24/11, not Wednesday",
        (False, WED, MEETING, "Aviva"),
    ),
    ("Rettelse: mødet med Lego var onsdag, ikke på tirsdag", (True, TUE, MEETING, "Lego")),
    ("Correction: the Tesco call was yesterday, not on Friday", (False, FRI, CALL, "Tesco")),
    ("Rettelse: opkaldene til Lego var i går, ikke i dag", (False, None, CALL, "Lego")),
    # "not" before: the record named before it
    ("Rettelse: møtet med Aker BP var ikke tirsdag men mandag", (True, TUE, MEETING, "Aker BP")),
    (
        "Correction: the Aker BP meeting was not on Tuesday but Monday",
        (True, TUE, MEETING, "Aker BP"),
    ),
    (
        "Rättelse: samtalet med Ericsson var i tisdags, inte i onsdags",
        (True, WED, CALL, "Ericsson"),
    ),
    # a date said is that date, never moved near the record
    ("Rettelse: møtet med Aker BP var 23/11, ikke 24/11", (False, None, MEETING, "Aker BP")),
    (
        "Rettelse: møtet med Aker BP var forrige mandag, ikke tirsdag",
        (False, TUE, MEETING, "Aker BP"),
    ),
]


@pytest.mark.parametrize(("text", "want"), WEEKDAYS, ids=[t for t, _ in WEEKDAYS])
def test_a_weekday_said_alone_names_the_record_of_that_weekday(text: str, want) -> None:  # type: ignore[no-untyped-def]
    fix = read(text, today=TODAY, krone="NOK", known=KNOWN)
    assert fix is not None and fix.change == "day", fix
    assert (fix.weekday, fix.was_weekday, fix.of_kind, fix.of_customer) == want, fix


# (text, (count, was_count, kind, customer))
COUNTS = [
    ("Rettelse: det var 2 møter med Telenor, ikke 1", (2, 1, MEETING, "Telenor")),
    ("Rättelse: det var 2 möten med Ericsson, inte 1", (2, 1, MEETING, "Ericsson")),
    ("Rettelse: der var 2 møder med Lego, ikke 1", (2, 1, MEETING, "Lego")),
    ("Correction: it was 3 calls with Tesco, not 2", (3, 2, CALL, "Tesco")),
    ("Rettelse: det var 1 møte med Telenor, ikke 2", (1, 2, MEETING, "Telenor")),
    ("Rettelse: ringte Telenor 3 ganger, ikke 2", (3, 2, CALL, "Telenor")),
    ("Rettelse: 2 opkald til Lego, ikke 3", (2, 3, CALL, "Lego")),
    ("Rettelse: det var ikke 1 men 2 møter med Telenor", (2, 1, MEETING, "Telenor")),
    ("Rettelse: det var to møter med Telenor i går, ikke ett", (2, 1, MEETING, "Telenor")),
    ("Correction: 2 meetings with Aviva, not 1", (2, 1, MEETING, "Aviva")),
    ("Rettelse: møtene med Telenor var ikke 1 men 2", (2, 1, MEETING, "Telenor")),
    ("Rettelse: samtalene med Lego var 3, ikke 2", (3, 2, CALL, "Lego")),
]


@pytest.mark.parametrize(("text", "want"), COUNTS, ids=[t for t, _ in COUNTS])
def test_a_count_corrected_says_how_many_and_how_many_not(text: str, want) -> None:  # type: ignore[no-untyped-def]
    fix = read(text, today=TODAY, krone="NOK", known=KNOWN)
    assert fix is not None and fix.change == "count", fix
    assert (fix.count, fix.was_count, fix.of_kind, fix.of_customer) == want, fix


@pytest.mark.parametrize(
    "text",
    [
        "Rettelse: det var et møte, ikke en samtale",  # its kind
        "Rettelse: Nammo var 350k, ikke 320k",  # its amount
        "Rettelse: det var et møte med Telenor",  # one meeting, no count corrected
    ],
)
def test_no_count_where_none_is_corrected(text: str) -> None:
    fix = read(text, today=TODAY, krone="NOK", known=[*KNOWN, "Nammo"])
    assert fix is None or fix.change != "count", fix


def _record_on(day: date) -> Activity:
    return Activity(occurred_on=day)


@pytest.mark.parametrize(
    ("logged", "said", "meant"),
    [
        # "var mandag" (read: Mon 30 Nov) of a Tuesday 24 Nov record: Monday 23 Nov
        (date(2026, 11, 24), date(2026, 11, 30), date(2026, 11, 23)),
        # "i fredags" (Fri 27 Nov) of Monday 23 Nov: that week's Friday, the same
        (date(2026, 11, 23), date(2026, 11, 27), date(2026, 11, 27)),
        # "var tirsdag" (Tue 1 Dec) of Wednesday 25 Nov: Tuesday 24 Nov
        (date(2026, 11, 25), date(2026, 12, 1), date(2026, 11, 24)),
        # this week's record: the day read (never after it)
        (date(2026, 12, 2), date(2026, 11, 30), date(2026, 11, 30)),
    ],
)
def test_the_weekday_meant_is_the_one_of_the_records_week(logged, said, meant) -> None:  # type: ignore[no-untyped-def]
    fix = Correction("day", day=said, weekday=True)
    assert _day_for(_record_on(logged), fix) == meant


def test_a_date_said_is_that_date(logged=date(2026, 11, 24)) -> None:  # type: ignore[no-untyped-def]
    fix = Correction("day", day=date(2026, 11, 30))
    assert _day_for(_record_on(logged), fix) == date(2026, 11, 30)
