"""left33 (session 33), through the app: "Møte med DNB fredag kl 14" posted on a Tuesday is
asked held last Friday or coming this Friday; its "plan it" click made the lead's next step
"møte" on Friday, the time said dropped. Now the step keeps its time (Lead.next_step_time,
14:00), as a planned step does, once however often the button is clicked."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from tests.helpers import buttons, click, leads, option, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
TUESDAY_TS = "1764579600.000100"  # 1 Dec 2026, 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)  # never the real clock
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "at", "due"),
    [
        ("Møte med DNB fredag kl 14", time(14), "2026-12-04"),
        ("Meeting with DNB on Thursday at 2pm", time(14), "2026-12-03"),
        ("Möte med DNB fredag kl. 10.30", time(10, 30), "2026-12-04"),
    ],
)
def test_the_plan_button_keeps_the_time_said(team, text: str, at: time, due: str) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, text, TUESDAY_TS, user=KARI)
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    assert "plan" in options, text_of(note.params)
    click(team, KARI, options["plan"], idle=True)
    click(team, KARI, options["plan"], idle=True)  # a double click plans it once
    assert stored(team) == []  # nothing counted as held
    [lead] = leads(team)
    got = (lead.next_step, str(lead.next_step_due), lead.next_step_time)
    assert got == ("møte", due, at), got  # was: no time (the words and day alone)


# -- the step question after a held day was picked names that day ---------------------------------
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo
WEDNESDAY_TS = "1796216400.000100"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "text", "picked", "said"),
    [
        (
            "nb-NO",
            "Møte med Tine mandag 24., neste møte fre eller man",
            "day:2026-11-23",
            "Registrere *et møte* med *Tine* man. 23. nov. 2026? Du skrev to dager",
        ),
        (
            "sv-SE",
            "Möte med Tine måndag 24., nästa möte fre eller mån",
            "day:2026-11-24",
            "Registrera *ett möte* med *Tine* tis 24 nov. 2026? Du skrev två dagar",
        ),
        (
            "da-DK",
            "Møde med Tine mandag 24., næste møde fre eller man 🙂",
            "day:2026-11-23",
            "med *Tine* man. 23. nov. 2026? Du skrev to dage",
        ),
        (
            "en-GB",
            "Met Tine Monday 24th, next meeting Fri or Mon",
            "day:2026-11-23",
            "with *Tine* on Mon 23 Nov 2026? You wrote two days",
        ),
    ],
)
def test_the_step_question_names_the_held_day_picked(  # type: ignore[no-untyped-def]
    slack, clock, locale, text, picked, said
) -> None:
    # was: "Registrere *et møte* med *Tine*? Du skrev to dager …", the day picked not named
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locale=locale)
    [asked] = post(team, text, WEDNESDAY_TS, user=KARI)
    day = option(asked.params, picked)
    step_question = click(team, KARI, day, idle=True).reply()
    got = text_of(step_question).replace("\xa0", " ")
    assert said in got, got
