"""Findings of trial20's month over Easter and Q1's end (tests/slack/trial20_diary.py, opt-in:
KPIBOT_TRIAL=1), each as the smallest test that shows it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import text_of
from tests.slack.test_digest import _jobs
from tests.slack.test_joins18 import ALEX, KARI, LARS, _joins, _team, _user_change

CHANNEL = "C0SALES"


@pytest.mark.backends("sqlite")  # PostgreSQL: the digest tests
def test_the_digest_and_summaries_of_the_week_a_quarter_ends_in_say_what_it_reached(
    slack, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Was: 2027-Q1 ends on Wednesday 31 March, inside week 13, whose Thursday (1 April) makes
    it Q2's: the digest of week 12 showed Q1 up to Sunday 28 March, the digest and summaries of
    week 13 only Q2, so Q1's last three days (a win on its last day) and what the quarter
    reached were in no digest, summary or view of a week. Every view of week 13 now shows Q1 to
    its last day as well, against its goals at its end."""
    from bot.rendering import chart

    monkeypatch.setattr(chart, "draw", lambda points, labels, title: b"\x89PNG\r\n\x1a\n")
    _team(slack, clock, KARI, LARS)  # Monday 9 November 2026: Kari sets #sales up (en-GB)
    _say(slack, clock, "2027-03-22T08:00:00", KARI, "/kpi", "goal revenue 1m per quarter")
    _say(slack, clock, "2027-03-30T09:00:00", KARI, "/logwin", "Equinor 50k")
    _say(slack, clock, "2027-03-31T09:00:00", LARS, "/logoffer", "Volvo 150k")
    _say(slack, clock, "2027-04-01T07:00:00", LARS, "/logwin", "Volvo yesterday")
    slack.api.reset()
    with freeze_time("2027-04-05T06:00:00Z"):  # Monday 08:00 in Oslo (summer time)
        _jobs(slack).tick()
    posted = {
        c.params["channel"]: text_of(c.params) for c in slack.api.calls_to("chat.postMessage")
    }
    digest = posted[CHANNEL]
    assert digest.startswith("Week 13 · kpibot"), digest
    assert "*Quarter goals (2027-Q1)*\nRevenue: *NOK 200,000* / NOK 2,000,000" in digest, digest
    assert "2027-Q1 has ended: the team reached 10 % of the quarter's revenue goal." in digest
    assert "*Quarter goals (2027-Q2)*\nRevenue: *NOK 0* / NOK 2,000,000" in digest, digest
    summary = posted[LARS]
    assert (
        "*2027-Q1 up to Wed 31 Mar 2027*\nOffers: 1 (NOK 150,000)\nWins: 1 (NOK 150,000)\n"
        in summary
    ), summary
    assert "Revenue: *NOK 150,000* / NOK 1,000,000" in summary, summary
    # And every view of week 13 read afterwards: /teamstatus last week, /kpi last week.
    status = _say(slack, clock, "2027-04-05T09:00:00", KARI, "/teamstatus", "last week")
    assert "*Quarter goals (2027-Q1)*\nRevenue: *NOK 200,000* / NOK 2,000,000" in status, status
    assert "*Quarter goals (2027-Q2)*\nRevenue: *NOK 0* / NOK 2,000,000" in status, status
    mine = _say(slack, clock, "2027-04-05T09:01:00", LARS, "/kpi", "last week")
    assert (
        "*2027-Q1 up to Wed 31 Mar 2027*\nOffers: 1 (NOK 150,000)\nWins: 1 (NOK 150,000)\n" in mine
    )


@pytest.mark.backends("sqlite")
def test_a_joiners_app_home_has_the_part_of_the_quarter_they_were_in(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: Ida, who joined on Wednesday 7 April, read her whole Q2 revenue goal (and its pace
    from 1 April) in her App Home, while /kpi and /teamstatus had the part of the quarter she
    was in the team (the App Home reads its one seller alone, and left out days before a join)."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2027-04-05T07:00:00", KARI, "/kpi", "goal revenue 1.5m per quarter")
    _joins(slack, clock, "2027-04-07T07:00:00", ALEX)
    _say(slack, clock, "2027-04-08T09:00:00", ALEX, "/logmeeting", "Tesco")
    clock.set(datetime(2027, 4, 12, 9, tzinfo=UTC))
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": ALEX, "channel": "D0X", "tab": "home"})
    home = text_of(slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])
    kpi = _say(slack, clock, "2027-04-12T09:01:00", ALEX, "/kpi", "")
    # Alex (Europe/London): 59 of Q2's 63 working days in England, as /kpi has them.
    shown = [line for line in kpi.splitlines() if line.startswith("Revenue:")]
    assert shown[0].startswith("Revenue: *NOK 0* / NOK 1,404,762"), shown
    assert shown[0] in home, (shown, home)
    assert "NOK 1,500,000" not in home, home


@pytest.mark.backends("sqlite")
def test_a_left_sellers_warm_lead_in_the_teams_count_is_named(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: after Oskar's account was deactivated, #salg-syd's "Warm leads without a next step"
    counted his Husqvarna (his until handed over, README) while no row showed it: 4 in the
    total, 3 in the rows, and nothing said whose the fourth was or what to hand over."""
    _team(slack, clock, KARI, LARS)
    _say(slack, clock, "2026-11-10T09:00:00", LARS, "/logmeeting", "Volvo warm")
    _user_change(slack, clock, "2026-11-11T12:00:00", LARS, deleted=True)
    text = _say(slack, clock, "2026-11-16T09:00:00", KARI, "/teamstatus", "")
    assert "Warm leads without a next step: 1" in text, text
    assert "Of these, 1 is Lars's, who has no row here: Volvo. Hand it over with" in text, text
    last = _say(slack, clock, "2026-11-16T09:01:00", KARI, "/teamstatus", "last week")
    assert "*Lars*" in last and "Of these" not in last, last  # his row that week holds it
