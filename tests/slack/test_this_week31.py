"""End to end, as Slack sends it (heldmsg31, the lead's decision of session 31; the clock set on
Wed 2 Dec 2026): this week's list told by its days with a day ahead is ONE question; its "Record
all" stores exactly the done rows (Monday's and Tuesday's), once, a double click nothing more;
the day ahead naming a customer done before it is that lead's next step, another customer's day
ahead that lead's planned step, never held; nothing stored before the click. The readings:
tests/unit/test_capture_this_week31.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import buttons, click, leads, option, post, set_up_team, stored

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo
TS = "1796216400.000100"


def _steps(team) -> list[tuple[str, str | None, date | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (lead.customer.name, lead.next_step, lead.next_step_due)
        for lead in leads(team)
        if lead.next_step_due
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_record_all_stores_this_weeks_done_rows_once_and_plans_the_days_ahead(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    text = (
        "Denne uka:\n• man – møte Equinor ✅\n• tirs – ringte Telenor\n• tors – tilbud Equinor\n"
        "• fre – møte Hafslund"
    )
    [note] = post(team, text, TS, user=KARI)
    assert stored(team) == []  # nothing before the click (was: Monday's meeting stored unasked)
    assert "record_all" in str(buttons(note.params))
    record_all = option(note.params, "record_all")
    click(team, KARI, record_all, idle=True)
    click(team, KARI, record_all, idle=True)  # a double click stores once
    assert [(r["date"], r["kind"], r["customer"]) for r in stored(team)] == [
        ("2026-11-30", "meeting", "Equinor"),
        ("2026-12-01", "call", "Telenor"),
    ]
    assert _steps(team) == [
        ("Equinor", "tilbud", date(2026, 12, 3)),
        ("Hafslund", "møte", date(2026, 12, 4)),
    ]
