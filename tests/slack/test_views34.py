"""views34, through the app: the quarter that has ended, where a manager looks after it. The
first weekly digest after 2027-Q1 ended (Wednesday 31 March, inside week 13: posted Monday 5
April) wraps it up: the team's totals against its quarter goals, pipeline and warm leads as they
stood on its last day, what it reached, and praise for who did better than in their own previous
quarter (nobody named for doing worse); each private summary has the seller's own quarter line.
The App Home shows the quarter in the next one's first two weeks (the manager's team, the
seller's own), from the same report as `/teamstatus Q1`. A past period's pipeline and warm leads
say the day they stood at: week 13's Sunday 4 April, the quarter's Wednesday 31 March."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import set_up_team, text_of
from tests.slack.test_digest import _jobs

KARI, LARS = "U0KARI", "U0LARS"  # Kari manages #sales and sells; Lars sells
CHANNEL = "C0SALES"

WORDS = {
    "en-GB": {
        "wrap": "*2027-Q1 up to Wed 31 Mar 2027*",
        "goals": "*Quarter goals (2027-Q1)*\nRevenue: *NOK 100,000* / NOK 2,000,000",
        "quarter_pipeline": "Pipeline: NOK 200,000 (at Wed 31 Mar 2027)",
        "quarter_warm": "Warm leads without a next step: 2 (at Wed 31 Mar 2027)",
        "reached": "2027-Q1 has ended: the team reached 5 % of the quarter's revenue goal.",
        "praise": "*Better than in 2026-Q4* :chart_with_upwards_trend:\n• *Lars*: offers 2, up from 0 in 2026-Q4",
        "own": "Your 2027-Q1: meetings 0 · calls 0 · offers 2 · won 0 · lost 0",
        "week_pipeline": "Pipeline: NOK 50,000 (at Sun 4 Apr 2027)",
        "totals": "*Team totals*\nMeetings 0 · calls 0 · offers 2 · won 1 · lost 0",
    },
    "nb-NO": {
        "wrap": "*2027-Q1 til og med ons. 31. mars 2027*",
        "goals": "*Kvartalsmål (2027-Q1)*\nOmsetning: *kr 100 000* / kr 2 000 000",
        "quarter_pipeline": "Pipeline: kr 200 000 (per ons. 31. mars 2027)",
        "quarter_warm": "Varme leads uten neste steg: 2 (per ons. 31. mars 2027)",
        "reached": "2027-Q1 er over: teamet nådde 5 % av kvartalets omsetningsmål.",
        "praise": "*Bedre enn i 2026-Q4* :chart_with_upwards_trend:\n• *Lars*: tilbud 2, opp fra 0 i 2026-Q4",
        "own": "Ditt 2027-Q1: møter 0 · samtaler 0 · tilbud 2 · vunnet 0 · tapt 0",
        "week_pipeline": "Pipeline: kr 50 000 (per søn. 4. apr. 2027)",
        "totals": "*Totalt for teamet*\nMøter 0 · samtaler 0 · tilbud 2 · vunnet 1 · tapt 0",
    },
}


def _quarter(slack, clock, locale: str) -> None:  # type: ignore[no-untyped-def]
    """#sales set up on Monday 28 September 2026; both sellers at work before 2026-Q4 began
    (their 2026-Q4 is a whole quarter to compare with). 2026-Q4: Kari 2 meetings, Lars none.
    2027-Q1: Kari 1 meeting (fewer: never named), Lars 2 offers (Tine 50k on 10 March, Volvo
    150k on its last day, won on 1 April: open at the quarter's end, not at week 13's)."""
    set_up_team(
        slack, locale=locale, members=(KARI, LARS), clock=clock, at="2026-09-28T07:00:00",
        idle=True, reset=False,
    )  # fmt: skip
    for when, who, command, text in (
        ("2026-09-30T09:00:00", LARS, "/logmeeting", "Aker"),
        ("2026-09-30T09:01:00", KARI, "/logmeeting", "Bama"),
        ("2026-10-14T09:00:00", KARI, "/logwin", "Coop 100k"),
        ("2026-11-18T09:00:00", KARI, "/logwin", "Dnb 100k"),
        ("2027-01-05T09:00:00", KARI, "/kpi", "goal revenue 1m per quarter"),
        ("2027-02-10T09:00:00", KARI, "/logwin", "Elkjop 100k"),
        ("2027-03-10T09:00:00", LARS, "/logoffer", "Tine 50k"),
        ("2027-03-31T09:00:00", LARS, "/logoffer", "Volvo 150k"),
        ("2027-04-01T09:00:00", LARS, "/logwin", "Volvo 150k"),
    ):
        _say(slack, clock, when, who, command, text)


def _posted(slack, when: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    slack.api.reset()
    with freeze_time(when):
        _jobs(slack).tick()
    return {c.params["channel"]: text_of(c.params) for c in slack.api.calls_to("chat.postMessage")}


def _home(slack, clock, user: str, when: str) -> str:  # type: ignore[no-untyped-def]
    clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    [published] = slack.api.wait_for(lambda c: c.method == "views.publish")
    return text_of(published.params["view"]).replace("\xa0", " ")


@pytest.mark.backends("sqlite")  # no new SQL: the quarter is reports.build_team_report's
@pytest.mark.parametrize("locale", ["en-GB", "nb-NO"])
def test_the_first_digest_after_a_quarter_and_the_app_home_wrap_it_up(
    slack, clock, monkeypatch, locale: str
) -> None:  # type: ignore[no-untyped-def]
    from bot.rendering import chart

    monkeypatch.setattr(chart, "draw", lambda points, labels, title: b"\x89PNG\r\n\x1a\n")
    words = WORDS[locale]
    _quarter(slack, clock, locale)
    posted = _posted(slack, "2027-04-05T06:00:00Z")  # Monday 08:00 in Oslo: week 13's digest
    digest = posted[CHANNEL].replace("\xa0", " ")
    for key in ("wrap", "totals", "goals", "quarter_pipeline", "quarter_warm", "reached", "praise"):
        assert words[key] in digest, (key, digest)
    assert digest.count(words["wrap"]) == 1, digest  # the quarter said once (was: in the totals)
    assert "*Kari*:" not in digest.split(words["praise"].split("\n")[0])[1], digest  # no shame
    assert words["own"] in posted[LARS].replace("\xa0", " "), posted[LARS]
    assert words["week_pipeline"] in posted[LARS].replace("\xa0", " "), posted[LARS]
    # The App Home in the new quarter's first two weeks: the team's for Kari, his own for Lars.
    home = _home(slack, clock, KARI, "2027-04-05T09:00:00")
    assert words["wrap"] in home and words["totals"] in home, home
    assert "*Lars*\n" in home.split(words["wrap"])[1], home  # every seller's row
    mine = _home(slack, clock, LARS, "2027-04-14T09:00:00")
    assert words["wrap"] in mine, mine
    assert words["quarter_pipeline"] in mine, mine  # his own: Tine and Volvo, both open then
    assert words["totals"] not in mine, mine  # no team's totals on a seller's Home
    assert words["wrap"] not in _home(slack, clock, KARI, "2027-04-15T09:00:00")  # two weeks


@pytest.mark.backends("sqlite")
def test_a_digest_of_a_week_no_quarter_ended_in_has_no_wrap_up(slack, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bot.rendering import chart

    monkeypatch.setattr(chart, "draw", lambda points, labels, title: b"\x89PNG\r\n\x1a\n")
    _quarter(slack, clock, "en-GB")
    posted = _posted(slack, "2027-04-12T06:00:00Z")  # week 14's
    assert "up to Wed 31 Mar 2027" not in posted[CHANNEL], posted[CHANNEL]
    assert "Your 2027-Q1" not in posted[LARS], posted[LARS]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("locale", ["en-GB", "nb-NO"])
def test_week_13_and_its_quarter_each_say_the_day_their_pipeline_stood_at(
    slack, clock, locale: str
) -> None:  # type: ignore[no-untyped-def]
    """Week 13's pipeline is Sunday 4 April's (Volvo won on 1 April: Tine's 50k), 2027-Q1's
    Wednesday 31 March's (Volvo's 150k still open): both right, each said with its day."""
    words = WORDS[locale]
    _quarter(slack, clock, locale)
    week = _say(slack, clock, "2027-04-06T09:00:00", KARI, "/teamstatus", "2027-W13")
    quarter = _say(slack, clock, "2027-04-06T09:01:00", KARI, "/teamstatus", "Q1")
    assert words["week_pipeline"] in week.replace("\xa0", " "), week
    assert words["quarter_pipeline"] in quarter.replace("\xa0", " "), quarter
    assert words["quarter_warm"] in quarter.replace("\xa0", " "), quarter
