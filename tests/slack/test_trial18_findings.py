"""Findings of trial18's month over the year's end (tests/slack/trial18_diary.py, opt-in:
KPIBOT_TRIAL=1), each as the smallest test that shows it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import set_up_team, text_of
from tests.slack.test_digest import _jobs

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.mark.backends("sqlite")  # PostgreSQL: the digest tests
def test_the_digest_of_week_53_says_what_the_ended_quarter_reached(
    slack, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Was: the week 53 digest (Monday 4 January) said "At this pace the team reaches about 4 %
    of the quarter's revenue goal" of 2026-Q4, which had ended on Thursday 31 December: what
    was won is what it reached, no pace about it."""
    from bot.rendering import chart

    monkeypatch.setattr(chart, "draw", lambda points, labels, title: b"\x89PNG\r\n\x1a\n")
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    set_up_team(slack, clock=clock, at="2026-12-28T08:00:00", idle=True, reset=False)
    _say(slack, clock, "2026-12-28T08:01:00", KARI, "/kpi", "goal revenue 1m per quarter")
    _say(slack, clock, "2026-12-29T09:00:00", LARS, "/logwin", "Volvo 150k")
    _say(slack, clock, "2026-12-30T09:00:00", KARI, "/logwin", "Equinor 50k")
    slack.api.reset()
    with freeze_time("2027-01-04T07:00:00Z"):
        _jobs(slack).tick()
    [digest] = [c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == CHANNEL]
    text = text_of(digest.params)
    assert text.startswith("Week 53 · kpibot"), text
    # Q4 from the set-up on Mon 28 Dec (teamstart23): 4 of its 65 working days (Oslo and Stockholm alike), 1,000,000 ×
    # 4/65 = 61,538.46 each, 123,076.92 for Kari and Lars; 200,000 won is 162.5 %.
    assert "2026-Q4 has ended: the team reached 163 % of the quarter's revenue goal." in text, text
    assert "At this pace" not in text, text


@pytest.mark.backends("sqlite")
def test_a_plan_out_of_reach_is_said_plainly_in_the_app_home_and_summary(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: Ingrid's summary of week 52 (4 working days left in 2026-Q4, kr 5 880 000 short)
    said "about 56.3 offers, 110.3 meetings and 92.3 calls a week keep you on track", 30 times
    her usual offers, which /kpi plan calls not realistic. The summary's and App Home's plan
    line says so too."""
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    set_up_team(slack, clock=clock, at="2026-12-07T08:00:00", idle=True, reset=False)
    _say(slack, clock, "2026-12-07T08:01:00", KARI, "/kpi", "goal revenue 6m per quarter")
    _say(slack, clock, "2026-12-07T09:00:00", LARS, "/logmeeting", "Volvo")
    _say(slack, clock, "2026-12-08T09:00:00", LARS, "/logoffer", "Volvo 100k")
    _say(slack, clock, "2026-12-10T09:00:00", LARS, "/logwin", "Volvo")
    clock.set(datetime(2026, 12, 28, 9, tzinfo=UTC))
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": LARS, "channel": "D0X", "tab": "home"})
    view = slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]
    home = text_of(view)
    assert "keep you on track" not in home, home
    assert "not realistic in the time left (`/kpi plan`)" in home, home
