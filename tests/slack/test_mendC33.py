"""mendC33 (session 33, from the review), through the app: the plan button of "Meeting with
Shell Friday at 2" stored the step at 02:00 (nobody books 2 a.m.: 14:00), and that of "Møte med
Storebrand fredag kl 14-15" the step "møte kl 14-15" with no time (now "møte" at 14:00, the
range's start); once however often it is clicked."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from tests.helpers import buttons, click, leads, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
TUESDAY_TS = "1764579600.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "step", "at"),
    [
        ("Meeting with Shell Friday at 2", "møte", time(14)),
        ("Møte med Storebrand fredag kl 14-15", "møte", time(14)),
        ("Meeting with BP Friday 2-3pm", "møte", time(14)),
    ],
)
def test_the_plan_button_stores_one_time(team, text: str, step: str, at: time) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, text, TUESDAY_TS, user=KARI)
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    assert "plan" in options, text_of(note.params)
    click(team, KARI, options["plan"], idle=True)
    click(team, KARI, options["plan"], idle=True)  # a double click plans it once
    assert stored(team) == []
    [lead] = leads(team)
    got = (lead.next_step, str(lead.next_step_due), lead.next_step_time)
    assert got == (step, "2026-12-04", at), got  # was 02:00, or "møte kl 14-15" with no time


# -- a step after a date beside an offer: named, its day on a button, Record keeps its words -----
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "text", "named", "due"),
    [
        (
            "nb-NO",
            "Sendte tilbud til Orkla 450k, følger opp etter 14/12",
            "«følger opp etter 14/12»",
            "2026-12-15",
        ),
        (
            "sv-SE",
            "Skickade offert till Ikea 2 mkr SEK, följer upp efter 15/12",
            "”följer upp efter 15/12”",
            "2026-12-16",
        ),
        (
            "en-GB",
            "Sent proposal to Aviva £120k, chase after the 18th",
            "“chase after the 18th”",
            "2026-12-21",
        ),
    ],
)
def test_a_step_after_a_date_is_named_and_offered_its_day(  # type: ignore[no-untyped-def]
    slack, clock, locale: str, text: str, named: str, due: str
) -> None:
    clock.set(TUESDAY)
    team = set_up_team(slack, locale=locale)
    [note] = post(team, text, TUESDAY_TS, user=KARI)
    assert named in text_of(note.params), text_of(note.params)  # was: the step unsaid
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    step = options[f"on:{due}"]  # was: Record, Edit, Not a sale only
    click(team, KARI, step, idle=True)
    click(team, KARI, step, idle=True)  # a double click stores it once
    [record] = stored(team)
    assert (record["kind"], record["note"]) == ("offer", None), record
    [lead] = leads(team)
    assert str(lead.next_step_due) == due and lead.next_step, (lead.next_step, lead.next_step_due)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_record_keeps_the_steps_words_as_its_note(team) -> None:  # type: ignore[no-untyped-def]
    [note] = post(
        team, "Sendte tilbud til Orkla 450k, følger opp etter 14/12", TUESDAY_TS, user=KARI
    )
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    click(team, KARI, options["record"], idle=True)
    click(team, KARI, options["record"], idle=True)
    [record] = stored(team)
    assert record["note"] == "følger opp etter 14/12", record  # was: no step and no note
    [lead] = leads(team)
    assert lead.next_step is None
