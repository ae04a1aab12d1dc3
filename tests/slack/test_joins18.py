"""Who is a row of a team's week (joins18): a seller who joined mid-week is in it from the join,
one deactivated or made a guest is no row with zeros after leaving (what they logged still
counts where it happened), and one who left the channel and came back in the week is one row."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import set_up_team, text_of
from tests.slack.test_digest import _jobs

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL, NORTH = "C0SALES", "C0NORTH"


def _at(clock, when: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))


def _say_in(slack, clock, when: str, user: str, channel: str, command: str, text: str) -> str:  # type: ignore[no-untyped-def]
    return _say(slack, clock, when, user, command, text, channel)


def _event(slack, clock, when: str, event: dict) -> None:  # type: ignore[no-untyped-def]
    _at(clock, when)
    assert slack.driver.event({**event, "team": slack.api.team_id}).status == 200
    slack.wait_idle()


def _joins(slack, clock, when: str, user: str) -> None:  # type: ignore[no-untyped-def]
    if user not in slack.api.channel_members[CHANNEL]:
        slack.api.channel_members[CHANNEL].append(user)
    _event(slack, clock, when, {"type": "member_joined_channel", "user": user,
                                "channel": CHANNEL, "channel_type": "C"})  # fmt: skip


def _user_change(slack, clock, when: str, user: str, **flags: bool) -> None:  # type: ignore[no-untyped-def]
    for flag, value in flags.items():
        setattr(slack.api.users[user], flag, value)
    body = slack.api.users[user].to_slack(slack.api.team_id)
    _event(slack, clock, when, {"type": "user_change", "user": body, "event_ts": "1.0"})


def _team(slack, clock, *members: str) -> None:  # type: ignore[no-untyped-def]
    set_up_team(  # Monday of week 46
        slack,
        locale="en-GB",
        members=members,
        clock=clock,
        at="2026-11-09T07:00:00",
        idle=True,
        reset=False,
    )


def _dms(slack, user: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [c.params for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == user]


@pytest.mark.backends("sqlite")  # PostgreSQL: the digest tests (the week's membership: below)
def test_a_seller_who_joins_mid_week_is_in_it_from_the_join(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Alex joins #sales on Wednesday of week 46: that week is his in the team from the join
    (his meetings goal 6 of 10: three working days), in /teamstatus, the digest about it and
    /teamstatus of the week after it has ended. Was: a whole week's goal (30)."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2026-11-10T09:00:00", LARS, "/logmeeting", "Volvo")
    _joins(slack, clock, "2026-11-11T08:00:00", ALEX)
    _say(slack, clock, "2026-11-12T09:00:00", ALEX, "/logmeeting", "Ikea")
    status = _say(slack, clock, "2026-11-12T10:00:00", KARI, "/teamstatus", "")
    assert "Meetings: *2* / 26" in status, status
    assert "*Alex*" in status, status
    slack.api.reset()
    with freeze_time("2026-11-16T07:00:00Z"):
        _jobs(slack).tick()
    [digest] = [c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == CHANNEL]
    assert "Meetings: *2* / 26" in text_of(digest.params), text_of(digest.params)
    then = _say(slack, clock, "2026-11-16T09:00:00", KARI, "/teamstatus", "last week")
    assert "Meetings: *2* / 26" in then, then
    now = _say(slack, clock, "2026-11-16T09:05:00", KARI, "/teamstatus", "")
    assert "/ 30" in now, now  # a whole week from his first Monday in the team


@pytest.mark.backends("sqlite")  # PostgreSQL: the digest tests
def test_a_seller_deactivated_or_made_a_guest_is_no_row_with_zeros(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Week 47: Lars logs a meeting on Monday and his account is deactivated on Wednesday;
    Mette, who logged a meeting in week 46 and nothing since, is made a guest on Tuesday. Week
    47 (under way, then its digest) has Lars's row, his meeting in the totals and his goal for
    the two days he was there (4 of 10), and no row for Mette, nor her goal: a manager reads the
    sellers who worked, not a zero for someone gone. Neither gets a summary. Week 46 is as it
    was: Mette's row and meeting. Week 48 has neither. Was: both rows every week, with zeros,
    and their whole goals in the team's."""
    _team(slack, clock, KARI, LARS, METTE)
    _say(slack, clock, "2026-11-10T09:00:00", METTE, "/logmeeting", "Yara")
    _say(slack, clock, "2026-11-16T09:00:00", LARS, "/logmeeting", "Volvo")
    _user_change(slack, clock, "2026-11-17T12:00:00", METTE, is_restricted=True)
    _user_change(slack, clock, "2026-11-18T12:00:00", LARS, deleted=True)
    status = _say(slack, clock, "2026-11-19T09:00:00", KARI, "/teamstatus", "")
    assert "Meetings: *1* / 14" in status, status
    assert "*Lars*" in status and "*Mette*" not in status, status
    slack.api.reset()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    [digest] = [c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == CHANNEL]
    assert "Meetings: *1* / 14" in text_of(digest.params), text_of(digest.params)
    assert _dms(slack, LARS) == [] and _dms(slack, METTE) == []
    assert _dms(slack, KARI)
    before = _say(slack, clock, "2026-11-23T09:00:00", KARI, "/teamstatus", "2026-W46")
    assert "Meetings: *1* / 30" in before and "*Mette*" in before, before
    now = _say(slack, clock, "2026-11-23T09:05:00", KARI, "/teamstatus", "")
    assert "Meetings: *0* / 10" in now, now
    assert "*Lars*" not in now and "*Mette*" not in now, now


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_who_leaves_the_channel_and_comes_back_in_the_week_is_one_row(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Lars leaves #sales on Tuesday and joins again on Wednesday: week 46 has him once, with
    both his meetings and his whole goal (he was in the team when the week began), now and once
    it has ended."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2026-11-09T10:00:00", LARS, "/logmeeting", "Volvo")
    slack.api.channel_members[CHANNEL].remove(LARS)
    _event(slack, clock, "2026-11-10T12:00:00",
           {"type": "member_left_channel", "user": LARS, "channel": CHANNEL})  # fmt: skip
    _joins(slack, clock, "2026-11-11T08:00:00", LARS)
    _say(slack, clock, "2026-11-12T09:00:00", LARS, "/logmeeting", "Ikea")
    for when, week in (("2026-11-12T10:00:00", ""), ("2026-11-16T09:00:00", "last week")):
        status = _say(slack, clock, when, KARI, "/teamstatus", week)
        assert "Meetings: *2* / 20" in status, status
        assert status.count("*Lars*") == 1, status


def test_a_seller_who_moves_mid_week_counts_once_with_one_goal(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars moves from #sales to #north on Wednesday of week 46 as people do (joins #north's
    channel, still #sales's; leaves #sales's: #north's from then on). The move is no join from
    no team: his week is split where he moved (kpiargs24; README, "Whose week it is"): Monday and
    Tuesday in #sales, with their share of his goal, Wednesday on in #north with the rest of it
    (was: whole in #north): nothing counted twice or in none."""
    _team(slack, clock, KARI, LARS)
    slack.api.channel_members[NORTH] = [METTE]
    _say_in(slack, clock, "2026-11-09T07:30:00", KARI, NORTH, "/kpi", "setup")
    _say(slack, clock, "2026-11-09T10:00:00", LARS, "/logmeeting", "Volvo")
    slack.api.channel_members[NORTH].append(LARS)
    _event(slack, clock, "2026-11-11T08:00:00", {"type": "member_joined_channel", "user": LARS,
                                                 "channel": NORTH, "channel_type": "C"})  # fmt: skip
    slack.api.channel_members[CHANNEL].remove(LARS)
    _event(slack, clock, "2026-11-11T08:05:00",
           {"type": "member_left_channel", "user": LARS, "channel": CHANNEL})  # fmt: skip
    _say_in(slack, clock, "2026-11-12T09:00:00", LARS, NORTH, "/logmeeting", "Ikea")
    for when, week in (("2026-11-12T10:00:00", ""), ("2026-11-16T09:00:00", "last week")):
        sales = _say_in(slack, clock, when, KARI, CHANNEL, "/teamstatus", week)
        # kpiargs24: Monday and Tuesday are #sales's (Volvo, 2 days' share of his goal of 10)
        assert "Meetings: *1* / 14" in sales and "*Lars*\nMeetings 1/4 " in sales, sales
        north = _say_in(slack, clock, when, KARI, NORTH, "/teamstatus", week)
        # Wednesday on #north's (Ikea, 3 days' share); was "2 / 20" here and nothing in #sales
        assert "Meetings: *1* / 16" in north and "*Lars*\nMeetings 1/6 " in north, north
