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
