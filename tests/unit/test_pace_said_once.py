"""A goal's pace line ("on pace would be 18.5 by now") where the pace has reached the goal: the
goal is said once ("/ 6 … on pace the goal would be reached by now"), never "/ 6 … on pace
would be 6 by now", in the seller's private summary and App Home (result_goals) and the team
status rows (status_row), in all four languages. Pure: the templates as the reports fill them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest

from bot.rendering.status import result_goal_groups
from bot.rendering.text import render
from bot.services.kpis import Span
from bot.services.reports import GoalProgress

# Week 48 of 2026 (Monday 23 – Sunday 29 November) with a goal of 6 new customers for it.
WEEK = Span("week", date(2026, 11, 23), date(2026, 11, 29), date(2026, 11, 29))

REACHED_BY_NOW = {
    "en": "on pace the goal would be reached by now",
    "nb": "i rute ville målet vært nådd nå",
    "sv": "i fas vore målet nått vid det här laget",
    "da": "på sporet ville målet være nået nu",
}
REACHED_BY_SUNDAY = {
    "en": "on pace the goal would be reached by Sun 29 Nov 2026",
    "nb": "i rute ville målet vært nådd per søn. 29. nov. 2026",
    "sv": "i fas vore målet nått per sön 29 nov. 2026",
    "da": "på sporet ville målet være nået pr. søn. 29. nov. 2026",
}


def _progress(value: int, expected: str) -> GoalProgress:
    return GoalProgress("new_customers", Decimal(value), Decimal(6), Decimal(expected), span=WEEK)


def _texts(progress: GoalProgress, language: str, today: date) -> list[str]:
    results = result_goal_groups([progress], language, "NOK", today)
    summary = render(language, "result_goals", results=results)
    row = render(
        language,
        "status_row",
        as_of=None,  # views34: a week under way, no as-of day
        name="Kari",
        arrow="",
        away=False,
        s=SimpleNamespace(
            week=SimpleNamespace(
                meetings=0, calls=0, offers=0, wins=0, losses=0, win_value=0, win_foreign=()
            ),
            closing_rate=None,
            pipeline_value=Decimal(0),
            pipeline_foreign=(),
            leads_without_next_step=0,
        ),
        goals=SimpleNamespace(meetings=None, calls=None),
        bars={},
        offers="",
        wins="",
        currency="NOK",
        results=results,
    )
    return [summary, row]


def _plain(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_a_pace_that_has_reached_the_goal_says_the_goal_once(language: str) -> None:
    # Sunday of the week itself: the whole week's goal is what the pace asks by now.
    for text in _texts(_progress(2, "6"), language, date(2026, 11, 29)):
        line = next(x for x in _plain(text).splitlines() if "/ 6" in x)
        assert line.endswith(REACHED_BY_NOW[language]), line
        assert line.count("6") == 1, line  # the goal, once


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_a_week_that_has_ended_says_by_which_day_the_goal_would_be_reached(language: str) -> None:
    for text in _texts(_progress(2, "6"), language, date(2026, 12, 1)):
        line = next(x for x in _plain(text).splitlines() if "/ 6" in x)
        assert line.endswith(_plain(REACHED_BY_SUNDAY[language])), line
        assert not re.search(r"\b6\b.*\b6\b", line), line


def test_a_pace_short_of_the_goal_still_says_what_it_would_be() -> None:
    [summary, row] = _texts(_progress(2, "3.6"), "en", date(2026, 11, 26))
    assert "/ 6" in summary and summary.rstrip().endswith("on pace would be 3.6 by now")
    assert row.rstrip().endswith("on pace would be 3.6 by now")
