"""left34 (session 34), through the app: a step said as a week or a month is confirmed with the
words said and the day it is due by ("i januar (innen fre. 29. jan. 2027)"; was the day alone),
in commands and channel messages, in the four languages, and so is a talk booked in a month
planned alone; the day offered for a step said after a date stores
the step its words say, in its author's words ("ringer etter 14/12": "samtale"; was
"oppfølging" whatever they said); a question's button whose value does not read as its kind
of answer (tampered, or kept from an older version of the question) is said to be out of date,
nothing stored and the question left open (was: int() raised, a 500)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.db import make_session_factory, session_scope
from storage.models import PendingQuestion
from tests.helpers import (
    buttons,
    click,
    command_reply,
    leads,
    post,
    set_up_team,
    stored,
    text_of,
)

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
TUESDAY_TS = "1764579600.000100"


# -- 1. the day offered stores the step its words say ---------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "text", "due", "step"),
    [
        ("nb-NO", "Møtte Statoil i dag, ringer etter 14/12", "2026-12-15", "samtale"),
        ("nb-NO", "Møtte Tine i dag, nytt møte etter 14/12", "2026-12-15", "møte"),
        ("da-DK", "Mødtes med Netto i dag, sender tilbud efter den 5.", "2026-12-07", "tilbud"),
        ("en-GB", "Met Boots today, new meeting after the 14th", "2026-12-15", "meeting"),
        ("nb-NO", "Ringte Orkla, sender kontrakten etter 14/12", "2026-12-15", "sender kontrakten"),
    ],
)
def test_the_day_offered_stores_the_steps_own_kind(  # type: ignore[no-untyped-def]
    slack, clock, locale: str, text: str, due: str, step: str
) -> None:
    clock.set(TUESDAY)
    team = set_up_team(slack, locale=locale)
    [note] = post(team, text, TUESDAY_TS, user=KARI)
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    assert f"on:{due}" in options, text_of(note.params)
    click(team, KARI, options[f"on:{due}"], idle=True)
    [record] = stored(team)
    assert record["note"] is None, record
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == (step, due)  # was "oppfølging"


# -- 7. a button out of date ----------------------------------------------------------------------
def _kept_as(team, options: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The open question kept as an older version of it would have it: these options."""
    with session_scope(make_session_factory(team.engine)) as session:
        row = session.scalars(select(PendingQuestion)).one()
        state = json.loads(row.state)
        state["options"] = options
        row.state = json.dumps(state)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("option", ["pick:Equinor", "pick:7", "on:2026-13-45", "kind:sale"])
def test_a_button_out_of_date_stores_nothing(team_en, option: str) -> None:  # type: ignore[no-untyped-def]
    team = team_en
    [note] = post(team, "Møtte Statoil i dag, ringer etter 14/12", TUESDAY_TS, user=KARI)
    [first, *_] = buttons(note.params)
    token = first["value"].rsplit("|", 1)[0]
    _kept_as(team, [option, "record"])
    reply = click(team, KARI, {**first, "value": f"{token}|{option}"}, idle=True)
    assert reply.status == 200
    said = text_of(reply.reply())
    assert "out of date" in said, said  # was: a ValueError, a 500
    assert stored(team) == []
    click(team, KARI, {**first, "value": f"{token}|record"}, idle=True)  # still open
    assert len(stored(team)) == 1


@pytest.fixture
def team_en(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack, locale="en-GB")


# -- 3. a step said as a week or a month: its words and its day -----------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "command", "text", "said"),
    [
        (
            "nb-NO",
            None,
            "Møtte Kiwi i dag, følger opp i januar",
            "følger opp i januar (innen fre. 29. jan. 2027)",
        ),
        (
            "nb-NO",
            "/logmeeting",
            "Tine følg opp neste uke",
            "følg opp neste uke (innen fre. 11. des. 2026)",
        ),
        ("sv-SE", "/logmeeting", "Volvo nästa möte v. 2", "möte v. 2 (senast fre 15 jan. 2027)"),
        (
            "sv-SE",
            None,
            "Träffade Scania idag, nytt möte v. 2",
            "möte v. 2 (senast fre 15 jan. 2027)",
        ),
        (
            "da-DK",
            "/logcall",
            "Netto aftalt møde i uge 3",
            "møde i uge 3 (senest fre. 22. jan. 2027)",
        ),
        (
            "en-GB",
            "/logmeeting",
            "Boots follow up next week",
            "follow up next week (by Fri 11 Dec 2026)",
        ),
        (
            "en-GB",
            None,
            "Met Tesco today, chase w/c 4th Jan",
            "chase w/c 4th Jan (by Fri 8 Jan 2027)",
        ),
    ],
)
def test_a_step_in_a_period_is_confirmed_with_its_words(  # type: ignore[no-untyped-def]
    slack, clock, locale: str, command: str | None, text: str, said: str
) -> None:
    clock.set(TUESDAY)
    team = set_up_team(slack, locale=locale)
    if command is None:
        [note] = post(team, text, TUESDAY_TS, user=KARI)
        reply = text_of(note.params)
    else:
        reply = command_reply(team, KARI, command, text)
    assert said in reply.replace("\xa0", " "), reply  # was: "… by Fri 29 Jan 2027" alone


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_talk_booked_in_a_month_is_planned_by_its_last_working_day(team) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, "Booket møte med Rema i januar", TUESDAY_TS, user=KARI)
    said = text_of(note.params).replace("\xa0", " ")
    assert "*møte* med *Rema* i januar (innen fre. 29. jan. 2027)" in said, said
    assert stored(team) == []  # a plan: nothing counted
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == ("møte", "2027-01-29")  # was: asked


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


# -- 2. a step over the year's end: the question says what Record stores, and by which day -------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "text", "said", "step"),
    [
        (
            "nb-NO",
            "Møtte Tine i dag, følger opp over nyttår",
            "Neste steg: følger opp over nyttår (innen fre. 8. jan. 2027)",
            "følger opp",
        ),
        (
            "sv-SE",
            "Träffade Volvo idag, återkopplar efter helgerna",
            "Nästa steg: återkopplar efter helgerna (senast fre 8 jan. 2027)",
            "återkopplar",
        ),
        (
            "da-DK",
            "Mødtes med Netto i dag, følger op efter nytår",
            "Næste skridt: følger op efter nytår (senest fre. 8. jan. 2027)",
            "følger op",
        ),
        (
            "en-GB",
            "Met Boots today, will call them after new year",
            "Next step: call them after new year (by Fri 8 Jan 2027)",
            "call them",
        ),
    ],
)
def test_a_step_over_the_new_year_is_named_in_the_question(  # type: ignore[no-untyped-def]
    slack, clock, locale: str, text: str, said: str, step: str
) -> None:
    clock.set(TUESDAY)
    team = set_up_team(slack, locale=locale)
    [note] = post(team, text, TUESDAY_TS, user=KARI)
    asked = text_of(note.params).replace("\xa0", " ")
    assert said in asked, asked  # was: "Record this as a meeting with Tine?" alone
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    click(team, KARI, options["record"], idle=True)
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == (step, "2027-01-08")
