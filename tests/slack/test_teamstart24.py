"""A team set up on a Wednesday within the quarter (teamstart24), in the four languages of its
Monday digest: the week's goals are the whole week's (README, goals: decided), and the quarter's
goal counts from the set-up, or from the first work backdated before it."""

from __future__ import annotations

import re

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import FakeUser
from tests.helpers import LOCALE_OF, said_at, set_up_team, text_of
from tests.slack.test_digest import _jobs

BOSS, EVA, ODD = "U0TSBOSS", "U0TSEVA", "U0TSODD"
CHANNEL = "C0TS24"

# Per language: the team's week line and its quarter's revenue line, spaces of every kind as one.
EXPECTED = {
    "en": ("Meetings: *1* / 16", "Revenue: *NOK 100,000* / NOK 550,000"),
    "nb": ("Møter: *1* / 16", "Omsetning: *kr 100 000* / kr 550 000"),
    "sv": ("Möten: *1* / 16", "Omsättning: *100 000 NOK* / 550 000 NOK"),
    "da": ("Møder: *1* / 16", "Omsætning: *100.000 NOK* / 550.000 NOK"),
}


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_team_set_up_on_wednesday_has_its_whole_week_and_the_quarter_from_its_set_up(
    slack, clock, language: str
) -> None:  # type: ignore[no-untyped-def]
    locale = LOCALE_OF[language]
    users = [FakeUser(u, name, tz="Europe/Oslo", locale=locale, is_admin=u == BOSS)
             for u, name in ((BOSS, "Berit Moe"), (EVA, "Eva Lie"), (ODD, "Odd Dahl"))]  # fmt: skip
    # Set up on Wednesday 17 March 2027, 09:00 in Oslo (week 11); Berit manages, Eva and Odd sell.
    set_up_team(slack, manager=BOSS, channel=CHANNEL, users=users, members=[BOSS, EVA, ODD],
                clock=clock, at="2027-03-17T08:00:00", language=language, idle=True,
                reset=False, restore=False)  # fmt: skip
    for i, text in enumerate(
        ("role manager", "goal meetings 8/week", "goal revenue 1500k/quarter")
    ):
        said_at(slack, clock, f"2027-03-17T08:0{i + 1}:00", BOSS, "/kpi", text, CHANNEL)
    said_at(slack, clock, "2027-03-18T09:00:00", EVA, "/logmeeting", "Equinor", CHANNEL)
    # A meeting of Friday 12 March, before the set-up, logged on Thursday.
    said_at(slack, clock, "2027-03-18T09:05:00", ODD, "/logmeeting", "Hydro 12.3", CHANNEL)
    said_at(slack, clock, "2027-03-19T09:00:00", ODD, "/logwin", "Telenor NOK 100000", CHANNEL)
    slack.api.reset()
    with freeze_time("2027-03-22T07:00:00Z"):  # Monday 08:00 in Oslo: week 11's digest
        _jobs(slack).tick()
    [digest] = [
        c for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == CHANNEL and not c.params.get("thread_ts")
    ]  # fmt: skip
    text = re.sub(r"[ \u00a0\u202f]+", " ", text_of(digest.params))
    week, quarter = EXPECTED[language]
    # The week's goal is 8 meetings for each of two sellers, set up on Wednesday or not (never
    # cut: pinned, as README now says why); Eva's Thursday meeting is its one (Odd's is week 10's).
    # Was the same on main.
    assert week in text, text
    # Q1 from Fri 12 March, the first work backdated before the set-up: 12, 15-19, 22-24, 30 and
    # 31 March (Easter's Thursday, Friday and Monday off), 11 of its 60 Norwegian working days:
    # 1,500,000 × 11/60 = 275,000 for each of two. Was 3,000,000 (the whole quarter).
    assert quarter in text, text
