"""Findings of trial17's month (tests/slack/trial17_diary.py, opt-in: KPIBOT_TRIAL=1), each as
the smallest test that shows it; the last one was a strict xfail until joins were kept
(migration 0021j, joins18)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import set_up_team, text_of
from tests.slack.test_digest import _jobs

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"


def _at(clock, when: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))


def _english(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"


@pytest.mark.backends("sqlite")  # PostgreSQL: the digest tests
def test_a_summary_of_a_week_worked_reaches_a_seller_away_on_monday(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: Mette, away from the Monday the digest went out, never got the summary of the week
    she had worked (a win in it), while the summary of her week away was sent when she was back.
    A summary is about the week it names: left out only for a week away every working day."""
    _english(slack)
    slack.api.channel_members[CHANNEL] = [KARI, LARS, METTE]
    set_up_team(slack, clock=clock, at="2026-11-09T07:00:00", idle=True, reset=False)
    _say(slack, clock, "2026-11-10T09:00:00", METTE, "/logwin", "Carlsberg 120k")
    _say(slack, clock, "2026-11-13T14:00:00", METTE, "/kpi", "away 16.11-20.11")
    slack.api.reset()
    with freeze_time("2026-11-16T07:00:00Z"):
        _jobs(slack).tick()
    to_mette = [c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == METTE]
    assert len(to_mette) == 1 and "Your week 46" in text_of(to_mette[0].params)
    assert "Wins: 1 (NOK 120,000)" in text_of(to_mette[0].params)
    slack.api.reset()
    with freeze_time("2026-11-23T07:00:00Z"):  # the week she was away: nothing to sum up
        _jobs(slack).tick()
    assert not [c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == METTE]
    assert [c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == LARS]


@pytest.mark.backends("sqlite")
def test_a_seller_who_joined_later_is_not_in_an_earlier_week(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    set_up_team(slack, clock=clock, at="2026-11-02T07:00:00", idle=True, reset=False)
    _say(slack, clock, "2026-11-03T09:00:00", LARS, "/logmeeting", "Volvo")
    slack.api.reset()
    with freeze_time("2026-11-09T07:00:00Z"):
        _jobs(slack).tick()
    [digest] = [c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == CHANNEL]
    assert "Meetings: *1* / 20" in text_of(digest.params)  # Kari and Lars sell: 2 × 10
    _at(clock, "2026-11-16T08:00:00")
    slack.api.channel_members[CHANNEL].append(ALEX)
    slack.driver.event({"type": "member_joined_channel", "user": ALEX, "channel": CHANNEL,
                        "channel_type": "C", "team": slack.api.team_id})  # fmt: skip
    slack.wait_idle()
    status = _say(slack, clock, "2026-11-16T09:00:00", KARI, "/teamstatus", "2026-W45")
    assert "Meetings: *1* / 20" in status, status
    assert "*Alex*" not in status, status
