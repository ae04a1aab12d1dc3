"""A past week is shown against the goals that applied at its end, as its pipeline is as it stood
then: a goal set again or removed on Monday does not change last week's figures (found by
newuser14: `/teamstatus forrige uke` and the digest showed Monday's new goal against last week).
A goal first set after a week ended is that week's too (a team starting with goals sees last week
against them)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import command_replies
from tests.slack.test_digest import _english, _team

KARI, LARS = "U0KARI", "U0LARS"  # Kari: the manager (a workspace admin)
CHANNEL = "C0SALES"
WEEK47 = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)  # Wednesday of week 47, 11:00 in Oslo
WEEK48 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday of week 48


def _lars_row(status: str) -> str:
    return status.split("*Lars*", 1)[1].split("\n\n", 1)[0]


def test_a_goal_changed_on_monday_leaves_last_week_against_the_old_one(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEEK47)
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> meetings 2/week")
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> calls 4/week")
    command_replies(slack, LARS, "/logmeeting", "Equinor 2026-11-17")
    clock.set(WEEK48)
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> meetings 5/week")
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> calls off")
    last = _lars_row(command_replies(slack, KARI, "/teamstatus", "last week"))
    assert "Meetings 1/2" in last and "Calls 0/4" in last, last
    now = _lars_row(command_replies(slack, KARI, "/teamstatus", ""))
    assert "Meetings 0/5" in now and "Calls 0/" not in now, now
    # Lars's own view of the week that ended, too
    mine = command_replies(slack, LARS, "/kpi", "last week")
    assert "Meetings: *1* / 2" in mine and "Calls: *0* / 4" in mine, mine


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_first_goal_set_on_monday_is_last_weeks_too(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEEK47)
    _english(slack)
    _team(slack)
    command_replies(slack, LARS, "/logmeeting", "Equinor 2026-11-17")
    clock.set(WEEK48)
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> meetings 3/week")
    last = _lars_row(command_replies(slack, KARI, "/teamstatus", "last week"))
    assert "Meetings 1/3" in last, last
