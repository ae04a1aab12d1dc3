"""mendF34, through the app: the quarter views said right (found by figures34 and review34).
`/kpi Q4` alone on Thursday 1 April 2027 is 2026-Q4 (was refused: "a quarter, not a week"); a
quarter that ended before the team was set up is said as that quarter (was "Week 53 of 2026");
the quarter's subtitle says "against the goals in force at its end" only when a goal is shown;
the week under way in which a quarter ended (week 13 on Thursday 1 April 2027) shows that
quarter's part to its last day, as the week does once it has ended (was: Q2 only)."""

from __future__ import annotations

import pytest

from tests.helpers import MANAGER, set_up_team, text_of
from tests.helpers import said_at as _say

WORDS = {
    "en-GB": {
        "q4": "*2026-Q4 up to Thu 31 Dec 2026*",
        "plain": "_The quarter to its last day; pipeline and warm leads as they stood then._",
        "goals": "against the goals in force at its end",
        "q1": "*2027-Q1 up to Wed 31 Mar 2027*",
        "before": "2026-Q4 ended before your team was set up on Thu 18 Mar 2027",
        "team_before": "2026-Q4 ended before this team was set up on Thu 18 Mar 2027",
        "week": "Week 53",
        "wins": "*2027-Q1 up to Wed 31 Mar 2027*\nOffers: 1 (NOK 600,000)\nWins: 1 (NOK 600,000)",
        "team_q1": "Wins: 1 (NOK 600,000) · Lost deals: 0\nNew customers in 2027-Q1: 1",
    },
    "nb-NO": {
        "q4": "*2026-Q4 til og med tor. 31. des. 2026*",
        "plain": "_Kvartalet til og med siste dag; pipeline og varme leads slik de sto da._",
        "goals": "mot målene som gjaldt ved slutten",
        "q1": "*2027-Q1 til og med ons. 31. mars 2027*",
        "before": "2026-Q4 var over før teamet ditt ble satt opp tor. 18. mars 2027",
        "team_before": "2026-Q4 var over før dette teamet ble satt opp tor. 18. mars 2027",
        "week": "Uke 53",
        "wins": "*2027-Q1 til og med ons. 31. mars 2027*\nTilbud: 1 (kr 600 000)\nVunne avtaler: 1 (kr 600 000)",
        "team_q1": "Vunne avtaler: 1 (kr 600 000) · Tapte avtaler: 0\nNye kunder i 2027-Q1: 1",
    },
}


@pytest.mark.backends("sqlite")  # no new SQL: kpi_args and the renderers
@pytest.mark.parametrize("locale", ["en-GB", "nb-NO"])
def test_q4_alone_in_april_is_last_years_and_said_without_goals_none_shown(
    slack, clock, locale: str
) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[locale]
    set_up_team(slack, locale=locale, clock=clock, at="2026-12-01T09:00:00", reset=False)
    _say(slack, clock, "2026-12-01T09:05:00", MANAGER, "/logmeeting", "Tine")
    q4 = _say(slack, clock, "2027-04-01T08:00:00", MANAGER, "/kpi", "Q4").replace("\xa0", " ")
    assert words["q4"] in q4, q4  # was: "«Q4» is a quarter, not a week"
    # kpibot's weekly defaults only: no quarter goal shown, none named (was "against the goals")
    assert words["plain"] in q4 and words["goals"] not in q4, q4
    _say(slack, clock, "2027-01-05T09:00:00", MANAGER, "/kpi", "goal revenue 1m per quarter")
    q1 = _say(slack, clock, "2027-04-01T08:05:00", MANAGER, "/teamstatus", "Q1")
    q1 = q1.replace("\xa0", " ")
    assert words["q1"] in q1 and words["goals"] in q1, q1  # its quarter goal shown: said


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("locale", ["en-GB", "nb-NO"])
def test_a_quarter_that_ended_before_the_team_is_said_as_the_quarter(
    slack, clock, locale: str
) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[locale]
    set_up_team(slack, locale=locale, clock=clock, at="2027-03-18T09:00:00", reset=False)
    mine = _say(slack, clock, "2027-04-01T08:00:00", MANAGER, "/kpi", "Q4 2026")
    mine = mine.replace("\xa0", " ")
    assert words["before"] in mine and words["week"] not in mine, mine  # was "Week 53 of 2026"
    last = _say(slack, clock, "2027-03-20T08:00:00", MANAGER, "/kpi", "forrige kvartal")
    assert words["before"] in last.replace("\xa0", " "), last  # was "Week 53 of 2026 (2026-W53)"
    team = _say(slack, clock, "2027-04-01T08:01:00", MANAGER, "/teamstatus", "Q4 2026")
    assert words["team_before"] in team.replace("\xa0", " "), team


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("locale", ["en-GB", "nb-NO"])
def test_the_week_under_way_shows_the_quarter_that_ended_in_it(slack, clock, locale: str) -> None:  # type: ignore[no-untyped-def]
    """Kari's win on Wednesday 31 March, logged on Thursday 1 April: in `/kpi`, `/teamstatus`
    and the App Home of week 13 while it runs (was only "activity level 1" and Q2's zeros)."""
    words = WORDS[locale]
    set_up_team(slack, locale=locale, clock=clock, at="2027-03-15T08:00:00", reset=False)
    _say(slack, clock, "2027-03-15T08:05:00", MANAGER, "/logoffer", "Telenor 600k 12.02")
    _say(slack, clock, "2027-04-01T08:00:00", MANAGER, "/logwin", "Telenor 600k 31.03")
    mine = _say(slack, clock, "2027-04-01T08:01:00", MANAGER, "/kpi").replace("\xa0", " ")
    assert words["wins"] in mine, mine
    team = _say(slack, clock, "2027-04-04T08:01:00", MANAGER, "/teamstatus").replace("\xa0", " ")
    assert words["q1"] in team and words["team_q1"] in team, team  # the team's Q1 totals
    slack.api.reset()
    slack.driver.event(
        {"type": "app_home_opened", "user": MANAGER, "channel": "D0X", "tab": "home"}
    )
    [published] = slack.api.wait_for(lambda c: c.method == "views.publish")
    home = text_of(published.params["view"]).replace("\xa0", " ")
    assert words["wins"] in home, home
