"""Session 40, through the app: "/logmeeting help" answers how to log, with an example, and
stores nothing (was: a meeting with a new customer "help"); a talk the customer asked for on a
day is the call's next step (was: refused as a call dated ahead). The readings:
tests/unit/test_parse_cmds40.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, customers, leads, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize("text", ["help", "hjelp"])
def test_help_after_a_log_command_says_how_and_stores_nothing(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logmeeting", text, KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "Skriv kundenavnet først" in said and "/logmeeting" in said, said
    assert buttons(reply) == []
    assert stored(team) == [] and customers(team) == []


@pytest.mark.backends("sqlite")
def test_a_meeting_the_customer_asked_for_is_the_calls_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # session 66: the customer's wish with its time is their own day, the call's note (was the
    # lead's next step, due Fri 15 Jan); the lead has no step until the seller sets one
    clock.set(THURSDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logcall", "Mowi, vil ha møte uke 2", KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)] == [
        ("call", "Mowi", "2026-12-03", "vil ha møte uke 2")
    ]
    assert [lead.next_step_due for lead in leads(team)] == []  # no lead, no step set


def test_a_win_typed_after_logmeeting_names_logwin_and_stores_nothing(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logmeeting", "vant Orkla 300k", KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "`/logwin Orkla 300k`" in said, said
    assert buttons(reply) == [] and stored(team) == [] and customers(team) == []
