"""End to end, as Slack sends it (session 27, days27; the clock set on Tue 1 Dec 2026): a list
of weekdays with no week named whose days run past today is asked which week it tells, with
both readings each on its button; the one clicked is stored once: this week's days gone held,
its days to come the leads' next steps, never held; nothing stored before the click, a second
click stores nothing more. The readings: tests/unit/test_days27_lists.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import buttons, click, leads, option, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Oslo
TS = "1796130000.000100"


def _steps(team) -> list[tuple[str | None, date | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (lead.next_step, lead.next_step_due) for lead in leads(team) if lead.next_step_due
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_which_week_asked_and_this_week_clicked_holds_monday_and_plans_thursday(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [note] = post(team, "Mandag: møte med Equinor. Torsdag: møte med Telenor", TS, user=KARI)
    said = text_of(note.params)
    assert "Hvilken uke gjelder dette?" in said and "planlagt som neste steg" in said, said
    labels = [b["text"]["text"] for b in buttons(note.params)]
    assert labels[:2] == [
        "Forrige uke: man. 23. nov. og tor. 26. nov.",
        "Denne uka: mandag gjort, torsdag planlagt",
    ], labels
    assert stored(team) == []  # nothing before the click
    this_week = option(note.params, "this_week")
    click(team, KARI, this_week, idle=True)
    click(team, KARI, this_week, idle=True)  # a double click stores once
    assert [(r["date"], r["kind"], r["customer"]) for r in stored(team)] == [
        ("2026-11-30", "meeting", "Equinor")
    ]
    assert _steps(team) == [("møte", date(2026, 12, 3))]  # Telenor's, planned, not held


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_which_week_asked_and_last_week_clicked_holds_both_on_their_days(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [note] = post(team, "Mon: meeting Asda, Thu: meeting Tesco", TS, user=KARI)
    click(team, KARI, option(note.params, "record_all"), idle=True)
    assert sorted((r["date"], r["customer"]) for r in stored(team)) == [
        ("2026-11-23", "Asda"),
        ("2026-11-26", "Tesco"),
    ]
    assert _steps(team) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_anchored_list_records_mondays_call_and_plans_tomorrows_meeting(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # was: Monday's call dropped without a word, only the plan asked
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [note] = post(team, "Mandag: ringte Hafslund. I morgen: møte med Aker", TS, user=KARI)
    assert "this_week" not in str(buttons(note.params))
    click(team, KARI, option(note.params, "record_all"), idle=True)
    assert [(r["date"], r["kind"], r["customer"]) for r in stored(team)] == [
        ("2026-11-30", "call", "Hafslund")
    ]
    assert _steps(team) == [("møte", date(2026, 12, 2))]
