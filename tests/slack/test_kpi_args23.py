"""kpiargs23's /kpi words as Slack sends them (Tue 1 Dec 2026, Oslo): a holiday's name first is
away ("/kpi vinterferie uke 8"), a holiday held in different weeks by place is asked with the
weeks kpibot thinks (a button each, up to four, the one clicked stored), a goal from after
Easter, and "sist kvartal" as the quarter that has ended."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import SALES_CHANNEL, buttons, click_answer, text_of
from tests.helpers import said_at as _say
from tests.slack.test_away import _periods
from tests.slack.test_joins18 import KARI, LARS, _team


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_holidays_name_first_is_away_and_its_weeks_are_offered(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, KARI, LARS)
    said = _say(slack, clock, "2026-12-01T09:00:00", LARS, "/kpi", "vinterferie uke 8")
    # was: "I don't know “vinterferie uke 8”" and the help
    assert "You will be away from Mon 22 Feb 2027 to Sun 28 Feb 2027" in said, said
    assert _periods(slack) == [(date(2027, 2, 22), date(2027, 2, 28))]

    clock.set(datetime(2026, 12, 1, 9, 5, tzinfo=UTC))
    asked = slack.driver.command("/kpi", "sportlov", LARS, SALES_CHANNEL)
    shown = [b["text"]["text"] for b in buttons(asked.reply())]
    assert shown == [  # weeks 7 to 10 (was: the help)
        "Mon 15 Feb 2027 – Sun 21 Feb 2027",
        "Mon 22 Feb 2027 – Sun 28 Feb 2027",
        "Mon 1 Mar 2027 – Sun 7 Mar 2027",
        "Mon 8 Mar 2027 – Sun 14 Mar 2027",
    ], shown
    assert len(_periods(slack)) == 1  # nothing stored until one is chosen
    answer = click_answer(slack, LARS, buttons(asked.reply())[3], asked)
    assert "from Mon 8 Mar 2027 to Sun 14 Mar 2027" in text_of(answer), text_of(answer)
    assert _periods(slack) == [
        (date(2027, 2, 22), date(2027, 2, 28)),
        (date(2027, 3, 8), date(2027, 3, 14)),
    ]

    half = _say(slack, clock, "2026-12-01T09:10:00", LARS, "/kpi", "away half term")
    assert "Which days are you away (“half term”)?" in half, half  # was: refused, "uke 8"


def test_a_goal_from_after_easter_and_the_quarter_said_last(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, KARI, LARS)
    goal = _say(
        slack,
        clock,
        "2026-12-01T09:00:00",
        KARI,
        "/kpi",
        "goal 40 calls per week from after Easter",
    )
    assert "from Tue 30 Mar 2027: Calls 40 per week" in goal, goal  # was: not read as a goal
    wins = _say(slack, clock, "2026-12-01T09:01:00", KARI, "/kpi", "mål 12 vundne i 2. kvartal")
    assert "from Thu 1 Apr 2027" in wins and "12" in wins, wins  # was: "12 2." not read
    status = _say(slack, clock, "2026-12-01T09:02:00", KARI, "/teamstatus", "sist kvartal")
    # was: "longer than a week"; then (kpiargs23) "is 2026-Q3, which ended on Wed 30 Sept
    # 2026" with its week; views33: an ended quarter is shown, and this one ended before the
    # team was set up (9 Nov 2026) with nothing logged for it: said as such, no table of zeros
    # mendF34: said as the quarter (was "Week 40 of 2026 (2026-W40) ended before ...")
    assert "2026-Q3 ended before this team was set up on Mon 9 Nov 2026" in status, status
    mine = _say(slack, clock, "2026-12-01T09:03:00", LARS, "/kpi", "første kvartal")
    assert "2026-Q1 ended before your team was set up" in mine, mine  # mendF34: was its week
