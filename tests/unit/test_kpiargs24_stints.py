"""Session 24 (kpiargs24): a week split between the teams a seller was in during it. The time in no
team within the week is the team's before it (one who left for no team: the team they were last
in), or, before any, the first one joined (storage.repositories._without_no_team); each team's
days of the week are the rest's complement for the goal (reports._days_elsewhere)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.services.kpis import Week
from bot.services.reports import _days_elsewhere
from storage.repositories import _without_no_team

A, B = 1, 2


def _at(day: int, hour: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


@pytest.mark.parametrize(
    ("spans", "stints"),
    [
        # A, then B from Wednesday
        ([(A, _at(16), _at(18)), (B, _at(18), _at(23))], [(A, _at(16), _at(18)), (B, _at(18), _at(23))]),
        # A, no team from Wednesday, B from Thursday: Wednesday is A's
        (
            [(A, _at(16), _at(18)), (None, _at(18), _at(19)), (B, _at(19), _at(23))],
            [(A, _at(16), _at(19)), (B, _at(19), _at(23))],
        ),
        # no team until Tuesday, then A, then B: the time before any team is A's
        (
            [(None, _at(16), _at(17)), (A, _at(17), _at(19)), (B, _at(19), _at(23))],
            [(A, _at(16), _at(19)), (B, _at(19), _at(23))],
        ),
        # A, B on Wednesday, A again on Friday: three stints, two teams
        (
            [(A, _at(16), _at(18)), (B, _at(18), _at(20)), (A, _at(20), _at(23))],
            [(A, _at(16), _at(18)), (B, _at(18), _at(20)), (A, _at(20), _at(23))],
        ),
        # in no team the whole week: none
        ([(None, _at(16), _at(23))], []),
    ],
)  # fmt: skip
def test_time_in_no_team_belongs_to_a_neighbouring_team(spans: list, stints: list) -> None:
    assert _without_no_team(spans) == stints


WEEK_47 = Week.of(date(2026, 11, 16))


@pytest.mark.parametrize(
    ("days", "elsewhere"),
    [
        (((date(2026, 11, 16), date(2026, 11, 17)),), [(date(2026, 11, 18), date(2026, 11, 22))]),
        (((date(2026, 11, 18), date(2026, 11, 22)),), [(date(2026, 11, 16), date(2026, 11, 17))]),
        (
            ((date(2026, 11, 16), date(2026, 11, 17)), (date(2026, 11, 20), date(2026, 11, 22))),
            [(date(2026, 11, 18), date(2026, 11, 19))],
        ),
    ],
)  # fmt: skip
def test_the_days_of_the_week_in_the_other_team(days: tuple, elsewhere: list) -> None:
    assert _days_elsewhere(days, WEEK_47) == elsewhere
