"""The digest's outlook ("At this pace the team reaches about 47 % of …") names a goal that is set,
for the period it names: the quarter's revenue line above it when that is what it measures,
otherwise the sellers' quarter goals it added up, with their sum. Clock: Fri 2026-11-20."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.helpers import command_reply, text_of
from tests.slack.test_digest import _english, _jobs, _log, _posts, _team
from tests.slack.test_plan import _history

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


def _digest(slack) -> str:  # type: ignore[no-untyped-def]
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    return text_of(_posts(slack)[0])


def _lars_quarter_goal(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _history(slack)  # a closing rate and an average deal to project with
    _log(slack, LARS, "Aker Solutions 300k 2026-11-10", "/logwin")
    command_reply(slack, KARI, "/kpi", f"goal <@{LARS}|lars> revenue 1m/quarter")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_with_only_a_year_goal_shown_the_outlook_names_the_quarter_goals_it_measures(slack) -> None:  # type: ignore[no-untyped-def]
    _lars_quarter_goal(slack)
    command_reply(slack, KARI, "/kpi", "goal team revenue 12m/year")
    digest = _digest(slack)
    # The year from the team's first backdated work, Monday 3 August (teamstart23): 12m × 108/253.
    assert "Year goals (2026)" in digest and "NOK 5,122,530 _(team goal)_" in digest, digest
    assert "Quarter goals" not in digest  # no quarter revenue goal is shown …
    # … so the outlook may not speak of "the quarter's revenue goal" (was: a sum nobody saw).
    assert "of the quarter's revenue goal" not in digest, digest
    outlook = [line for line in digest.splitlines() if line.startswith("At this pace")]
    assert len(outlook) == 1, digest
    assert "with a revenue goal for 2026-Q4" in outlook[0] and "(NOK 1,000,000)" in outlook[0], (
        outlook
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_outlook_under_the_quarter_line_it_measures_keeps_its_short_words(slack) -> None:  # type: ignore[no-untyped-def]
    _lars_quarter_goal(slack)
    # every seller's: the team's projection
    command_reply(slack, KARI, "/kpi", "goal revenue 1m/quarter")
    digest = _digest(slack)
    assert "Quarter goals (2026-Q4)" in digest and "/ NOK 4,000,000" in digest, digest
    assert "At this pace the team reaches about" in digest, digest
    assert "% of the quarter's revenue goal." in digest, digest


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_with_only_some_sellers_having_the_goal_the_outlook_says_whose_it_measures(slack) -> None:  # type: ignore[no-untyped-def]
    _lars_quarter_goal(slack)  # Lars's goal only
    _log(slack, "U0METTE", "Orkla 500k 2026-11-16", "/logwin")
    digest = _digest(slack)
    # No team line for it: Lars's goal would be measured against Mette's win too (it was:
    # "NOK 800,000 / NOK 1,000,000", Lars's 300k and Mette's 500k against his goal).
    assert "Quarter goals (2026-Q4)" not in digest and "/ NOK 1,000,000" not in digest, digest
    assert "the team reaches" not in digest, digest  # Mette's win is in no projection
    assert "the sellers with a revenue goal for 2026-Q4" in digest, digest


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_team_quarter_goal_other_than_the_sellers_sum_is_not_what_the_outlook_measures(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    _lars_quarter_goal(slack)
    command_reply(slack, KARI, "/kpi", "goal team revenue 5m/quarter")
    digest = _digest(slack)
    assert "NOK 5,000,000 _(team goal)_" in digest, digest
    outlook = [line for line in digest.splitlines() if line.startswith("At this pace")]
    assert len(outlook) == 1 and "(NOK 1,000,000)" in outlook[0], outlook


def test_a_sum_with_a_goal_set_for_another_period_says_how_it_was_counted(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_reply(slack, KARI, "/kpi", "goal revenue 10m/year")  # every seller's, unless their own
    command_reply(slack, KARI, "/kpi", f"goal <@{LARS}|lars> revenue 1m/quarter")
    status = command_reply(slack, KARI, "/teamstatus", "")
    # Kari, Mette and Alex 10 M a year; Lars's 1 M a quarter is 4 M of the year: each from the
    # team's set-up today, with nothing backdated (teamstart23), by their own working days.
    assert "Year goals (2026)" in status and "/ NOK 3,851,390" in status, status
    note = "A seller's goal set per quarter is counted four times for the year."
    assert note in status, status  # was: only "the sellers' goals added up"
    assert note in _digest(slack)
