"""A goal set for a period to come (kpiargs21): stored from that period's first day, the goal in
force until then kept; every view picks the goal in force on the day or period it names."""

from __future__ import annotations

import pytest

from tests.helpers import said_at as _say
from tests.slack.test_joins18 import KARI, LARS, _team

Q1_TEAM = "*Quarter goals (2027-Q1)*\nRevenue: *NOK 0* / NOK 2,400,000"
Q2_TEAM = "*Quarter goals (2027-Q2)*\nRevenue: *NOK 0* / NOK 3,000,000"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_goal_for_the_next_quarter_holds_from_its_first_day(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: "for Q2" on 30 March refused (goal_ahead), so the manager set it per quarter, Q1's
    goal too. Now it is stored from Thu 1 April; set again before then it replaces the coming
    one, "off from Q2" removes it; Q1's weeks keep 1.2m each, Q2's have 1.5m; week 13 (its
    Thursday is 1 April) has Q2's, and its Q1 part Q1's."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2027-03-22T08:00:00", KARI, "/kpi", "goal revenue 1.2m per quarter")
    said = _say(slack, clock, "2027-03-30T08:00:00", KARI, "/kpi", "mål omsætning 1,5 mio. for Q2")
    assert said == (
        ":dart: Team default: from Thu 1 Apr 2027: Revenue NOK 1,500,000 per quarter; "
        "until then Revenue NOK 1,200,000 per quarter."
    ), said
    _say(slack, clock, "2027-03-30T08:01:00", KARI, "/kpi", "goal revenue 1.4m from 1 April")
    goals = _say(slack, clock, "2027-03-30T08:02:00", KARI, "/kpi", "goals")
    assert "• Revenue NOK 1,200,000 per quarter\n" in goals, goals
    assert "• Revenue NOK 1,400,000 per quarter (from Thu 1 Apr 2027)" in goals, goals
    assert "1,500,000" not in goals, goals
    off = _say(slack, clock, "2027-03-30T08:03:00", KARI, "/kpi", "goal revenue off from Q2")
    assert "set from Thu 1 Apr 2027 is removed; the one in force now stays" in off, off
    _say(slack, clock, "2027-03-30T08:04:00", KARI, "/kpi", "goal revenue 1.5m next quarter")
    gone = _say(slack, clock, "2027-03-30T08:05:00", KARI, "/kpi", "goal revenue 1.6m from 1 March")
    assert "cannot start on Mon 1 Mar 2027" in gone and "/kpi goal revenue" in gone, gone

    assert Q1_TEAM in _say(slack, clock, "2027-03-31T08:00:00", KARI, "/teamstatus", "")
    assert Q2_TEAM in _say(slack, clock, "2027-04-01T08:00:00", KARI, "/teamstatus", "")
    week13 = _say(slack, clock, "2027-04-05T08:01:00", KARI, "/teamstatus", "week 13 2027")
    assert Q1_TEAM in week13 and Q2_TEAM in week13, week13
    assert ":dart: Revenue (2027-Q2): NOK 0 / NOK 1,500,000" in week13, week13
    week12 = _say(slack, clock, "2027-04-05T08:02:00", KARI, "/teamstatus", "week 12 2027")
    assert Q1_TEAM in week12 and "1,500,000" not in week12, week12
    goals = _say(slack, clock, "2027-04-05T08:03:00", LARS, "/kpi", "goals")
    assert "• Revenue NOK 1,500,000 per quarter\n" in goals and "1,200,000" not in goals, goals
