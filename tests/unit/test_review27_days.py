"""Session 27 (review27's findings, mended by the lead), read on Tuesday 1 December 2026.

- One day heading and one item ("Mandag: møte med Equinor", "Monday: call with Tesco", "I morgen:
  møte med DNB") was nothing, no reply: the item said on that day (a day gone asked, tomorrow the
  planned step), as "Mandag møte med Equinor" without the colon reads.
- A weekday before its colon is a heading, never a customer ("Man: 3 samtaler" was three calls with
  the customer "Man").
- A count's own noun of the other kind of talk is not the record's ("Man: 3 samtaler, møte m/ Orkla"
  was three meetings with Orkla)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import recognise
from tests.unit.fresh_phrasings import CALL, MEETING, L, S, check_message

T = date(2026, 12, 1)  # a Tuesday
MON = date(2026, 11, 30)

ROWS = [
    ("Mandag: møte med Equinor", [(L, MEETING, "Equinor", None, MON)]),
    ("Monday: call with Tesco", [(L, CALL, "Tesco", None, MON)]),
    ("Måndag: möte med Volvo", [(L, MEETING, "Volvo", None, MON)]),
    ("Mandag: møde med Mærsk", [(L, MEETING, "Mærsk", None, MON)]),
    ("Man: 3 samtaler, møte m/ Orkla", [(L, MEETING, "Orkla", None, MON)]),
    ("3 samtaler og møte med Orkla i dag", [(L, MEETING, "Orkla", None, T)]),
    ("Man: 3 samtaler", []),
    ("Mandag: fri", []),
    ("Torsdag: julebord", []),
    ("I morgen: tilbud til Kiwi 90k", []),  # tomorrow's offer is no offer sent today
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_a_lone_day_heading_and_counts_of_another_talk(row: tuple) -> None:
    check_message(row, T, ["Tesco"])


@pytest.mark.parametrize(
    "text", ["I morgen: møte med DNB", "Tomorrow: call with HSBC", "Imorgon: möte med ICA"]
)
def test_tomorrow_as_a_lone_heading_is_the_planned_step(text: str) -> None:
    found = recognise(text, today=T)
    assert found.planned and found.next_step is not None, found.reasons
    assert found.next_step.due == date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "times"), [("Ringte Novo 2 ganger i dag", 2), ("2 møter med Tine i dag", 2)]
)
def test_a_count_of_the_records_own_kind_stays(text: str, times: int) -> None:
    assert recognise(text, today=T).times == times


@pytest.mark.parametrize(
    "text",
    [
        "Man: 3 samtaler, møte m/ Orkla",
        "3 samtaler og møte med Orkla i dag",
        "2 samtal, möte med Volvo idag",
    ],
)
def test_a_count_of_calls_beside_a_meeting_is_never_that_many_meetings(text: str) -> None:
    found = recognise(text, today=T)
    assert (found.kind, found.times) == (MEETING, 1), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Uka så langt: møte med Aker, tilbud til Kongsberg 600k",
        "Ugen indtil videre: møde med Aker, 2 opkald til Lego",
    ],
)
def test_a_week_so_far_with_no_day_is_asked_never_stored_on_its_monday(text: str) -> None:
    """The week's Monday is a day the seller never gave: asked (was: the first record stored
    sure on it, and "I dag: møte med Aker" after it a second meeting)."""
    found = recognise(text, today=T)
    assert (found.outcome, found.customer, found.when) == (L, "Aker", MON), found.reasons


def test_a_week_so_far_with_its_day_said_stays_sure() -> None:
    found = recognise("Uka så langt: møte med Aker mandag", today=T)
    assert (found.outcome, found.when) == (S, MON), found.reasons
