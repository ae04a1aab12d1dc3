"""A goal said for the quarter to come, and a quarter that has ended asked for by /kpi and
/teamstatus (trial20's finding: a Danish team on Tue 30 March and Thu 1 April 2027)."""

from __future__ import annotations

import pytest

from tests.helpers import said_at as _say
from tests.slack.test_joins18 import KARI, LARS, _team


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_goal_for_the_next_quarter_is_not_stored_and_an_ended_quarter_names_its_week(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Was: "for Q2" refused as "not a period a goal can have" (the manager then set it per
    quarter on 30 March, Q1's goal too), and on 1 April "/kpi forrige kvartal" answered "no week
    I can read", "/teamstatus Q1" pointed at /kpi, which shows only Q2. Now the goal is refused
    saying the day it can be set, Q1 keeps its goal, and the ended quarter is shown (views33;
    was: week 13 named, shown from the Monday after it)."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2027-03-22T08:00:00", KARI, "/kpi", "goal revenue 1.2m per quarter")
    ahead = _say(slack, clock, "2027-03-30T08:00:00", KARI, "/kpi", "mål omsætning 1,5 mio. for Q2")
    # Since kpiargs21 stored from Q2's first day (tests/slack/test_goals22_coming.py)
    assert "from Thu 1 Apr 2027: Revenue NOK 1,500,000 per quarter" in ahead, ahead
    goals = _say(slack, clock, "2027-03-30T08:01:00", KARI, "/kpi", "goals")
    assert "1,200,000 per quarter\n" in goals and "(from Thu 1 Apr 2027)" in goals, goals

    # Thursday 1 April: Q1 ended on Wednesday, inside week 13, which has not ended yet. The
    # lead decided (session 33, views33): shown when asked, any day after its last day (was:
    # "From Mon 5 Apr 2027 that week shows it", then "no week I can read" before goals21).
    ended = _say(slack, clock, "2027-04-01T08:00:00", LARS, "/kpi", "forrige kvartal")
    assert ended.startswith("*2027-Q1 up to Wed 31 Mar 2027*"), ended
    assert "no week I can read" not in ended and "From Mon 5 Apr" not in ended, ended
    this = _say(slack, clock, "2027-04-01T08:00:30", LARS, "/kpi", "kvartal")
    assert "“kvartal” is a quarter, not a week" in this and "(2027-Q2)" in this, this
    status = _say(slack, clock, "2027-04-01T08:01:00", KARI, "/teamstatus", "Q1")
    assert status.startswith("*2027-Q1 up to Wed 31 Mar 2027*"), status
    # Against its own goal (Q2's, set since, is not Q1's), to its end
    assert "Revenue: *NOK 0* / NOK 2,400,000" in status, status
    # From Monday 5 April week 13 has ended and shows Q1 to its end too, against its own goal.
    status = _say(slack, clock, "2027-04-05T08:00:00", KARI, "/teamstatus", "last quarter")
    assert status.startswith("*2027-Q1 up to Wed 31 Mar 2027*"), status
    week13 = _say(slack, clock, "2027-04-05T08:01:00", KARI, "/teamstatus", "week 13 2027")
    assert "*Quarter goals (2027-Q1)*\nRevenue: *NOK 0* / NOK 2,400,000" in week13, week13
