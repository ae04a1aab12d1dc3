"""A seller who joins a team from no team mid-quarter has the part of the quarter they were in
it as their quarter goal, as a mid-week joiner has the part of the week (joins18 left the
quarter whole: Alex, joining on Wednesday 11 November, was held to all of Q4's revenue goal and
read far behind pace on his first day)."""

from __future__ import annotations

import pytest

from tests.slack.test_joins18 import ALEX, KARI, LARS, _joins, _say, _team


@pytest.mark.backends("sqlite")
def test_a_joiners_quarter_goal_is_the_part_of_the_quarter_in_the_team(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2026-11-09T08:00:00", KARI, "/kpi", "goal revenue 650k per quarter")
    _joins(slack, clock, "2026-11-11T08:00:00", ALEX)
    alex = _say(slack, clock, "2026-11-12T09:00:00", ALEX, "/kpi", "")
    lars = _say(slack, clock, "2026-11-12T09:01:00", LARS, "/kpi", "")
    # Alex (Europe/London): 35 of Q4's 64 working days in England from Wed 11 Nov (Christmas
    # Day and Boxing Day's Monday off), two of them passed by Thursday.
    assert "Revenue: *NOK 0* / NOK 355,469" in alex, alex
    assert "on pace would be NOK 20,313 by now" in alex, alex
    # Lars, in the team since its set-up on Monday 9 November, with nothing backdated before it:
    # the quarter from that day (teamstart23), 38 of his Sweden's 65 working days: 650k × 38/65.
    assert "Revenue: *NOK 0* / NOK 380,000" in lars, lars
