"""Findings of trial21's month over May's holidays with two teams and a move
(tests/slack/trial21_diary.py, opt-in: KPIBOT_TRIAL=1), each as the smallest test that shows it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import text_of
from tests.slack.test_digest import _jobs
from tests.slack.test_joins18 import KARI, LARS, _team

CHANNEL = "C0SALES"


def _home(slack, clock, user: str, when: datetime) -> str:  # type: ignore[no-untyped-def]
    clock.set(when)
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    return text_of(slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])


@pytest.mark.backends("sqlite")
def test_a_manager_who_does_not_sell_is_not_welcomed_as_a_seller_in_the_app_home(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Was: Per, who manages #salg-nord without selling, opened his App Home on 1 June after a
    month of his team's work and read "Welcome to kpibot! … Your first meeting: `/logmeeting …`
    Then your week, your goals and your warm leads show up here", which they never will: he has
    no seller row and no goals. He reads what his role is, above his team."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2026-11-09T07:01:00", KARI, "/kpi", "role manager")
    _say(slack, clock, "2026-11-10T09:00:00", LARS, "/logmeeting", "Equinor")
    home = _home(slack, clock, KARI, datetime(2026, 11, 11, 9, tzinfo=UTC))
    assert "Welcome to kpibot" not in home, home
    assert "You manage this team without selling" in home, home
    assert "*Lars*" in home, home  # the team below


@pytest.mark.backends("sqlite")
def test_the_first_digest_compares_with_no_week_before_the_team_was_set_up(
    slack, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Was: the digest of #salg-vest's first week (set up on Monday 3 May) said "Meetings: 15 /
    38 (week 17: 0)", and its chart drew seven weeks of zeros before it: weeks kpibot did not
    count, named as weeks with nothing done. A week that ended before the team was set up, with
    nothing logged for it, is no figure (as /teamstatus says of it): nor in the chart or in each
    seller's own last weeks in the summary."""
    from bot.rendering import chart

    drawn: list = []
    monkeypatch.setattr(chart, "draw", lambda p, lab, t: drawn.append(p) or b"\x89PNG\r\n\x1a\n")
    _team(slack, clock, KARI, LARS)  # Monday 9 November 2026 (week 46)
    _say(slack, clock, "2026-11-10T09:00:00", LARS, "/logmeeting", "Equinor")
    slack.api.reset()
    with freeze_time("2026-11-16T07:00:00Z"):
        _jobs(slack).tick()
    digest = next(
        text_of(c.params) for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == CHANNEL and not c.params.get("thread_ts")
    )  # fmt: skip
    assert "Meetings: *1* / 20" in digest, digest
    assert "week 45" not in digest, digest
    summary = next(text_of(c.params) for c in slack.api.calls_to("chat.postMessage")
                   if c.params["channel"] == LARS)  # fmt: skip
    assert "Your last" not in summary, summary  # was "Meetings: 0 · 0 · 0 · 0 · 0 · 0 · 0 · *1*"
    assert drawn == [], drawn  # one week is no trend: no chart
    # The next week's digest compares with week 46 as before.
    _say(slack, clock, "2026-11-17T09:00:00", LARS, "/logcall", "Equinor")
    slack.api.reset()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    digest = next(
        text_of(c.params) for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == CHANNEL and not c.params.get("thread_ts")
    )  # fmt: skip
    assert "Meetings: *0* / 20  `▱▱▱▱▱▱▱▱▱▱`  (week 46: 1)" in digest, digest
    assert [week for week, _ in drawn[-1]] == ["46", "47"], drawn
    summary = next(text_of(c.params) for c in slack.api.calls_to("chat.postMessage")
                   if c.params["channel"] == LARS)  # fmt: skip
    assert "*Your last 2 weeks*\nMeetings: 1 · *0*\n" in summary, summary
    uploads = [c.params for c in slack.api.calls if c.method.startswith("files.")]
    assert any("The team's last 2 weeks" in p.get("files", "") for p in uploads), uploads


@pytest.mark.backends("sqlite")
def test_a_weeks_public_holidays_are_named_where_its_goals_are_shrunk_by_them(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: in the week of Kristi himmelfartsdag (Thursday 6 May 2027) #salg-vest read "Møter:
    15 / 38" (five sellers, 10 a week) and #salg-nord "5 / 12,8", and nothing in the digest,
    /teamstatus or /kpi said why: no holiday was named anywhere. The week's line names its
    public holidays where the team works (in /kpi, where the seller works)."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2027-05-03T07:00:00", KARI, "/kpi", "goal meetings 10/week")
    _say(slack, clock, "2027-05-04T09:00:00", LARS, "/logmeeting", "Equinor")
    status = _say(slack, clock, "2027-05-05T09:00:00", KARI, "/teamstatus", "")
    assert "Week 18, Mon 3 May 2027 – Sun 9 May 2027" in status, status
    assert "public holiday: Thu 6 May 2027 (Ascension Day)" in status, status
    mine = _say(slack, clock, "2027-05-05T09:01:00", LARS, "/kpi", "")
    assert "public holiday: Thu 6 May 2027 (Ascension Day)" in mine, mine
    slack.api.reset()
    with freeze_time("2027-05-10T06:00:00Z"):
        _jobs(slack).tick()
    posted = {c.params["channel"]: text_of(c.params) for c in slack.api.calls_to("chat.postMessage")
              if not c.params.get("thread_ts")}  # fmt: skip
    assert (
        "Mon 3 May 2027 – Sun 9 May 2027 · public holiday: Thu 6 May 2027 (Ascension Day)"
        in posted[CHANNEL]
    )
    assert "public holiday: Thu 6 May 2027 (Ascension Day)" in posted[LARS], posted[LARS]
    # A week with none says none; in Norwegian, by its Norwegian name (17 May: two names).
    plain = _say(slack, clock, "2027-05-12T09:00:00", KARI, "/teamstatus", "")
    assert "holiday" not in plain, plain
    _say(slack, clock, "2027-05-12T09:01:00", KARI, "/kpi", "language nb")
    nb = _say(slack, clock, "2027-05-18T09:00:00", KARI, "/teamstatus", "")
    assert "helligdag: man. 17. mai 2027 (Andre pinsedag / Grunnlovsdag)" in nb, nb


@pytest.mark.backends("sqlite")
def test_a_seller_who_moved_is_said_as_moved_not_as_never_in_the_team(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: Sindre moved from #salg-vest to #salg-nord on Wednesday 19 May; Kari's
    `/teamstatus @Sindre uke 20` in #salg-vest and Per's `/teamstatus @Sindre uke 19` in
    #salg-nord both said "That person is not in this sales team", of a seller who was in it
    (week 20 is Nord's whole, by the README's rule). Each now says the move, its day and the
    week to ask about (Lars moves from #sales to #north on Wednesday of week 47)."""
    from tests.slack.test_joins18 import METTE, NORTH, _event, _say_in

    _team(slack, clock, KARI, LARS)
    slack.api.channel_members[NORTH] = [METTE]
    _say_in(slack, clock, "2026-11-09T07:30:00", KARI, NORTH, "/kpi", "setup")
    slack.api.channel_members[NORTH].append(LARS)
    _event(slack, clock, "2026-11-18T08:00:00", {"type": "member_joined_channel", "user": LARS,
                                                 "channel": NORTH, "channel_type": "C"})  # fmt: skip
    slack.api.channel_members[CHANNEL].remove(LARS)
    _event(slack, clock, "2026-11-18T08:05:00",
           {"type": "member_left_channel", "user": LARS, "channel": CHANNEL})  # fmt: skip
    # kpiargs24: week 47 is split where he moved: his Monday and Tuesday are #sales's (his row
    # there, against 2 days' share of its goal of 10), Wednesday on #north's (was: #north's whole,
    # and here "moved to another team on Wed 18 Nov 2026")
    text = _say(slack, clock, "2026-11-23T09:00:00", KARI, "/teamstatus", f"<@{LARS}> last week")
    assert "*Lars*" in text and "Meetings: *0* / 4" in text, text
    gone = _say(slack, clock, "2026-11-30T09:00:00", KARI, "/teamstatus", f"<@{LARS}> 2026-W48")
    assert "moved to another team on Wed 18 Nov 2026" in gone, gone
    assert "`2026-W47`" in gone, gone
    here = _say_in(
        slack, clock, "2026-11-23T09:01:00", KARI, NORTH, "/teamstatus", f"<@{LARS}> 2026-W46"
    )
    assert "came to this team from another on Wed 18 Nov 2026" in here, here
    assert "`2026-W47`" in here, here
    # The weeks each team has show his figures, as before.
    assert "*Lars*" in _say(
        slack, clock, "2026-11-23T09:02:00", KARI, "/teamstatus", f"<@{LARS}> 2026-W46"
    )
    assert "*Lars*" in _say_in(
        slack, clock, "2026-11-23T09:03:00", KARI, NORTH, "/teamstatus", f"<@{LARS}> last week"
    )


@pytest.mark.backends("sqlite")
def test_another_teams_manager_asking_in_its_channel_is_told_whose_team_they_see(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Was: Per, who manages #salg-nord, typed `/teamstatus @Ola` in #salg-vest and read "That
    person is not in this sales team" of a seller of the channel's team (he is shown his own
    team there, as /teamstatus alone showed him: privacy kept, the words wrong)."""
    from tests.slack.test_joins18 import METTE, NORTH, _say_in

    _team(slack, clock, KARI, LARS)
    slack.api.users[METTE].is_admin = False
    slack.api.channel_members[NORTH] = [METTE]
    _say_in(slack, clock, "2026-11-09T07:30:00", KARI, NORTH, "/kpi", "setup")
    _say_in(slack, clock, "2026-11-09T07:31:00", KARI, NORTH, "/kpi", f"managers add <@{METTE}>")
    text = _say(slack, clock, "2026-11-10T09:00:00", METTE, "/teamstatus", f"<@{LARS}>")
    assert "That person is not in your team, #sales-c0north, which" in text, text
    assert "*Lars*" not in text, text  # none of the other team's figures
