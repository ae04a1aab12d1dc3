"""mendB33 (figures33): a private summary's "Your last N weeks" marks the weeks the seller was
away (their figure in brackets, one line saying why), as their average leaves those weeks out.
Was: "Meetings 1 · 0 · 0 · 1" with no word, two weeks of zeros read as two bad weeks."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import text_of
from tests.slack.test_digest import _jobs
from tests.slack.test_joins18 import CHANNEL, KARI, LARS, _dms, _team

NOTE = "(…) a week you were away: left out of your average"


@pytest.mark.backends("sqlite")  # PostgreSQL: the digest tests
def test_weeks_away_are_marked_in_the_private_summarys_trend(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, KARI, LARS)  # Monday of week 46
    _say(slack, clock, "2026-11-10T09:00:00", LARS, "/logmeeting", "Volvo")
    _say(slack, clock, "2026-11-10T09:05:00", KARI, "/logmeeting", "Tine")
    _say(slack, clock, "2026-11-10T09:10:00", LARS, "/kpi", "away 16.11-29.11")  # weeks 47, 48
    _say(slack, clock, "2026-11-18T09:00:00", LARS, "/logcall", "Scania")  # a call while away
    _say(slack, clock, "2026-12-01T09:00:00", LARS, "/logmeeting", "Volvo")  # week 49
    slack.api.reset()
    with freeze_time("2026-12-07T07:00:00Z"):  # Monday of week 50: week 49's summaries
        _jobs(slack).tick()
    [lars] = [text_of(m) for m in _dms(slack, LARS)]
    assert "Meetings: 1 · (0) · (0) · *1*" in lars, lars
    assert "Calls: 0 · (1) · (0) · *0*" in lars, lars  # the figure kept, in brackets
    assert NOTE in lars, lars
    [kari] = [text_of(m) for m in _dms(slack, KARI)]
    assert "Meetings: 1 · 0 · 0 · *0*" in kari and NOTE not in kari, kari
    # the team's channel: the digest names nobody's weeks away (correct privately)
    [digest] = [
        c.params for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == CHANNEL
    ]
    assert "The team in week 49" in text_of(digest) and NOTE not in text_of(digest)
