"""left32, end to end as Slack sends it (Wed 2 Dec 2026): a held record whose weekday and date
disagree with only one day it can be ("Møte med Tine tirsdag 3.", the 3rd tomorrow) was asked
"Pick the one you meant" over a single button; now asked yes or no on that day, one click stores
it once. With no amount ("Sendte tilbud til Tine mandag 24.", the 24th a Tuesday) both days it can
be are said in the question (was: asked on the 24th alone, the Monday never named)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, option, post, set_up_team, stored, text_of

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo
WEDNESDAY_TS = "1796216400.000100"


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Møte med Tine tirsdag 3. Bra møte", "meeting"),
        ("Sendte tilbud til Tine tirsdag 3., 200k", "offer"),
    ],
)
def test_one_day_it_can_be_is_asked_yes_or_no_and_stored_once(  # type: ignore[no-untyped-def]
    slack, clock, text, kind
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Tine forrige fredag", KARI, "C0SALES").reply()
    before = len(stored(team))
    [asked] = post(team, text, WEDNESDAY_TS, user=KARI)
    said = text_of(asked.params)
    assert "Ukedagen og datoen du skrev er ikke samme dag" in said, said
    assert "tir. 1. des. 2026?" in said, said  # the one day, asked in the sentence
    assert "Velg den du mente" not in said, said  # never "pick" over a single button
    days = [b for b in buttons(asked.params) if "day:" in b.get("value", "")]
    assert len(days) == 1, buttons(asked.params)
    assert len(stored(team)) == before
    day = option(asked.params, "day:2026-12-01")
    click(team, KARI, day, idle=True)
    click(team, KARI, day, idle=True)  # a double click stores it once
    rows = [r for r in stored(team) if r["source"] == "message"]
    assert [(r["kind"], r["customer"], r["date"]) for r in rows] == [(kind, "Tine", "2026-12-01")]


@pytest.mark.backends("sqlite")
def test_an_offer_with_no_amount_names_both_days_it_can_be(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [asked] = post(team, "Sendte tilbud til Tine mandag 24.", WEDNESDAY_TS, user=KARI)
    said = text_of(asked.params)
    assert "Ukedagen og datoen du skrev er ikke samme dag" in said, said
    assert "tir. 24. nov. 2026" in said and "man. 23. nov. 2026" in said, said
    assert not any("day:" in b.get("value", "") for b in buttons(asked.params))
    assert not stored(team)


@pytest.mark.backends("sqlite")
def test_a_held_day_and_a_step_of_two_days_are_asked_one_after_the_other(  # type: ignore[no-untyped-def]
    slack, clock
) -> None:
    """ "Møte med Tine mandag 24., neste møte fre eller man" (the 24th a Tuesday): the held
    record's own days first (was: the step's days alone, the meeting stored on the 24th unasked
    which day), then the step's two days; each double click answered once."""
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [asked] = post(
        team, "Møte med Tine mandag 24., neste møte fre eller man", WEDNESDAY_TS, user=KARI
    )
    labels = [b["text"]["text"] for b in buttons(asked.params)]
    assert any("24. nov" in label for label in labels), labels
    assert any("23. nov" in label for label in labels), labels
    day = option(asked.params, "day:2026-11-23")
    first = click(team, KARI, day, idle=True)
    step_question = first.reply()
    click(team, KARI, day, idle=True)
    assert not [r for r in stored(team) if r["source"] == "message"]
    said = text_of(step_question)
    assert "Du skrev to dager for neste steg" in said, said
    step = option(step_question, "on:2026-12-07")
    assert any("4. des" in b["text"]["text"] for b in buttons(step_question))
    click(team, KARI, step, idle=True)
    click(team, KARI, step, idle=True)
    rows = [r for r in stored(team) if r["source"] == "message"]
    assert [(r["kind"], r["customer"], r["date"]) for r in rows] == [
        ("meeting", "Tine", "2026-11-23")
    ]
