"""Goals, all of them: every KPI /kpi goal accepts is listed, removable, and shown with its
progress and pace (the share of the quarter passed, less days away) in /kpi, /teamstatus and the
digest. The clock stands at Friday 2026-11-20: 37 of 2026-Q4's 66 working days are passed."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.helpers import command_replies, text_of
from tests.slack.test_digest import _english, _jobs, _posts, _team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"  # Kari is a workspace admin
CHANNEL = "C0SALES"


def _quarter_goals(slack) -> None:  # type: ignore[no-untyped-def]
    for goal in (
        "revenue 1m/quarter",
        "wins 4/quarter",
        "offer_value 2m/quarter",
        "new_customers 3/quarter",
        "pipeline 5m",
    ):
        assert ":dart:" in command_replies(slack, KARI, "/kpi", f"goal {goal}")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_goals_are_listed_with_where_they_come_from(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal meetings 8/week")
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}|lars> revenue 2m/quarter")
    listed = command_replies(slack, KARI, "/kpi", "goals")
    defaults, own = listed.split("Own goals")
    assert "Meetings 8 per week" in defaults
    assert "Closing rate 75 %" in defaults and "kpibot's default" in defaults
    assert f"<@{LARS}>: Revenue NOK 2,000,000 per quarter" in own
    # a seller sees the defaults, not others' goals
    mine = command_replies(slack, ALEX, "/kpi", "goals")
    assert "Meetings 8 per week" in mine and "2,000,000" not in mine


def test_a_goal_is_removed_with_off(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal offers 3/week")
    assert "removed" in command_replies(slack, KARI, "/kpi", "goal offers off")
    assert "Offers 3" not in command_replies(slack, KARI, "/kpi", "goals")
    assert "no goal for Offers" in command_replies(slack, KARI, "/kpi", "goal offers off")
    command_replies(slack, KARI, "/kpi", f"goal <@{LARS}> calls 20/week")
    assert "removed" in command_replies(slack, KARI, "/kpi", f"goal <@{LARS}> calls av")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_every_result_goal_shows_with_progress_and_pace(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _quarter_goals(slack)
    command_replies(slack, LARS, "/logwin", "Equinor 600k 2026-11-02")
    command_replies(slack, LARS, "/logoffer", "Orkla 300k")
    mine = command_replies(slack, LARS, "/kpi", "")
    # The team, set up today, counts from its first backdated work, Monday 2 November
    # (teamstart23): the quarter's 65 working days (66 weekdays less Christmas Day, a holiday in
    # Lars's Sweden) less October's 22, 43 in all and 15 of them by now.
    assert "Revenue: *NOK 600,000* / NOK 661,538" in mine
    assert "on pace" in mine.split("Revenue:")[1].splitlines()[0]  # 600k ≥ 1m × 15/65
    # 4 × 43/65 (2.65), and 4 × 15/65 by now: his one win is on pace.
    assert "Wins: *1* / 2.7  `▰▰▰▱▱▱▱▱▱▱`  on pace\n" in mine
    assert "Offer value: *NOK 300,000* / NOK 1,323,077" in mine
    assert "New customers: *1* / 2" in mine
    assert "Pipeline: *NOK 300,000* / NOK 5,000,000" in mine
    team = command_replies(slack, KARI, "/teamstatus", "")
    quarter = team.split("Quarter goals (2026-Q4)")[1]
    # Four sellers × 1m, each from 2 November, by their own place's working days.
    assert "Revenue: *NOK 600,000* / NOK 2,640,865" in quarter
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    assert "Quarter goals (2026-Q4)" in text_of(_posts(slack)[0])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_result_goals_are_scaled_for_days_away(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal revenue 660k/quarter")
    # The team, set up today, counts from its first work (teamstart23): Mette's meeting of
    # Thursday 1 October, the quarter's first day, so Lars's quarter is the whole quarter.
    command_replies(slack, METTE, "/logmeeting", "Hydro 2026-10-01")
    command_replies(slack, LARS, "/kpi", "away until 2026-12-31")  # from today: 30 weekdays
    mine = command_replies(slack, LARS, "/kpi", "")
    # Christmas Day is no working day in Sweden: 65 in the quarter, 29 of them away (not 30:
    # the holiday is not counted twice). 660k × 36/65; by now he has been present 36 of 36.
    assert "Revenue: *NOK 0* / NOK 365,538" in mine
    assert "on pace the goal would be reached by now" in mine  # the goal, said once


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_name_typed_without_picking_the_person_is_refused_never_read_as_a_word(slack) -> None:  # type: ignore[no-untyped-def]
    # "@lars" typed without choosing Lars from Slack's list reaches the app as plain text.
    _english(slack)
    _team(slack)
    said = command_replies(slack, KARI, "/kpi", "goal @lars revenue 2m/quarter")
    assert "“@lars” reached me as plain text, not as a mention" in said, said
    assert "Example: `/kpi goal meetings 10/week`" in said
    assert f"<@{LARS}>" not in command_replies(slack, KARI, "/kpi", "goals")
    said = command_replies(slack, KARI, "/teamstatus", "@lars")
    assert "“@lars” reached me as plain text" in said, said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_pipeline_goal_is_a_level_not_an_amount_per_period(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    said = command_replies(slack, KARI, "/kpi", "goal pipeline 5m")
    assert "Pipeline NOK 5,000,000" in said and "per quarter" not in said, said
    listed = command_replies(slack, KARI, "/kpi", "goals")
    [line] = [line for line in listed.splitlines() if "Pipeline" in line]
    assert "per " not in line, line
