"""Session 25 (kpiargs25). A selling manager who moved team mid-week: their own figures are all
their own work, whichever team they were on (`/kpi last week`, the App Home); the teams' figures
are each team's days (kpiargs24). Was: their row of the new team's report, the days after the
move only."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import FakeUser
from tests.helpers import said_at, set_up_team, text_of
from tests.slack.test_as_of import CHANNEL, KARI, LARS, _do, _team
from tests.slack.test_digest import _jobs
from tests.slack.test_kpiargs24 import (
    MONDAY_W47,
    NORTH,
    THURSDAY_W47,
    TUESDAY_W47,
    WEDNESDAY_W47,
    _move_to_north,
)

BOSS, EVA, ODD = "U0TSBOSS", "U0TSEVA", "U0TSODD"
TS_CHANNEL = "C0TS25"
TUESDAY_W48 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _home(slack, user: str) -> str:  # type: ignore[no-untyped-def]
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    return text_of(slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_selling_manager_who_moved_mid_week_sees_their_whole_week(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Kari (manager, sells) logs a meeting on Monday and Tuesday in #sales, moves to #north on
    Wednesday and logs one there: her week is 3 meetings in the App Home on Thursday and in
    `/kpi last week` the week after (was 1: her #north days only)."""
    clock.set(MONDAY_W47)
    _team(slack)
    _do(slack, KARI, "/logmeeting", "Acme")
    clock.set(TUESDAY_W47)
    _do(slack, KARI, "/logmeeting", "Orkla")
    clock.set(WEDNESDAY_W47)
    _move_to_north(slack)
    slack.driver.command("/kpi", "goal meetings 10/week", KARI, NORTH).reply()
    slack.driver.command("/logmeeting", "Yara", KARI, NORTH).reply()
    slack.wait_idle()
    clock.set(THURSDAY_W47)
    home = _home(slack, KARI)
    assert re.search(r"Meetings\W+3\b", home), home
    clock.set(TUESDAY_W48)
    last = text_of(slack.driver.command("/kpi", "last week", KARI, NORTH).reply())
    assert re.search(r"Meetings\W+3\b", last), last


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_new_on_the_team_only_in_the_team_they_came_to(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars, new, logs his first meetings on Monday in #sales and moves to #north on Wednesday:
    #north's digest welcomes him, #sales's (the team he left) does not (was: both)."""
    clock.set(MONDAY_W47)
    _team(slack)
    _do(slack, LARS, "/logmeeting", "Acme")
    clock.set(WEDNESDAY_W47)
    _move_to_north(slack)
    slack.driver.command("/logmeeting", "Yara", LARS, NORTH).reply()
    slack.wait_idle()
    with freeze_time("2026-11-23T07:00:00Z"):  # the Monday digests of week 47
        _jobs(slack).tick()
    posts = [c.params for c in slack.api.calls_to("chat.postMessage")]
    sales = next(text_of(p) for p in posts if p.get("channel") == CHANNEL)
    north = next(text_of(p) for p in posts if p.get("channel") == NORTH)
    assert "New on the team" in north and "Lars" in north.split("New on the team")[1], north
    assert "New on the team" not in sales, sales
    assert "Meetings: *1*" in sales, sales  # his Monday still counts there


def test_a_period_the_team_started_in_says_from_when_it_is_counted(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """teamstart24's team (set up on Wednesday 17 March 2027, Odd's meeting of Friday 12 March
    backdated): its quarter and its year are counted from Fri 12 March, and their headings say
    so in the digest, /teamstatus, /teamstatus @Odd and the App Home (was: nothing said; the goals
    looked cut for no reason)."""
    users = [FakeUser(u, name, tz="Europe/Oslo", locale="nb-NO", is_admin=u == BOSS)
             for u, name in ((BOSS, "Berit Moe"), (EVA, "Eva Lie"), (ODD, "Odd Dahl"))]  # fmt: skip
    set_up_team(slack, manager=BOSS, channel=TS_CHANNEL, users=users, members=[BOSS, EVA, ODD],
                clock=clock, at="2027-03-17T08:00:00", language="nb", idle=True,
                reset=False, restore=False)  # fmt: skip
    for i, text in enumerate(
        ("goal revenue 1500k/quarter", "goal new_customer_revenue 2000k/year")
    ):
        said_at(slack, clock, f"2027-03-17T08:0{i + 1}:00", BOSS, "/kpi", text, TS_CHANNEL)
    said_at(slack, clock, "2027-03-18T09:05:00", ODD, "/logmeeting", "Hydro 12.3", TS_CHANNEL)
    slack.api.reset()
    with freeze_time("2027-03-22T07:00:00Z"):  # Monday 08:00 in Oslo: week 11's digest
        _jobs(slack).tick()
    [digest] = [
        c for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == TS_CHANNEL and not c.params.get("thread_ts")
    ]  # fmt: skip
    since = "_(telt fra fre. 12. mars 2027)_"
    clock.set(datetime(2027, 3, 23, 9, 0, tzinfo=UTC))
    status = text_of(slack.driver.command("/teamstatus", "", BOSS, TS_CHANNEL).reply())
    odd = text_of(slack.driver.command("/teamstatus", f"<@{ODD}>", BOSS, TS_CHANNEL).reply())
    home = _home(slack, BOSS)
    for text in (text_of(digest.params), status, home):
        text = text.replace("\xa0", " ")
        assert f"*Kvartalsmål (2027-Q1)* {since}" in text, text
        assert f"*Årsmål (2027)* {since}" in text, text
    assert since in odd.replace("\xa0", " "), odd
    # A week's goals are the whole week's: no note beside them
    assert "Ukemål (uke 12)* _(" not in status.replace("\xa0", " "), status


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_asks_for_their_own_week_in_their_own_words(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """`/kpi my week`, `/kpi min uke`, `/kpi uka mi`, `/kpi min vecka`, `/kpi ugen min`: this
    week's own figures; `/kpi min forrige uke`, `/kpi my last week`, `/kpi min förra vecka`,
    `/kpi forrige uke for meg`: last week's (all were the help, "I don't know …"). `/kpi uke 47
    og 48`: longer than a week, said so (was: the help); `/kpi min data` is still the CSV."""
    clock.set(MONDAY_W47)
    _team(slack)
    _do(slack, LARS, "/logmeeting", "Acme")
    clock.set(TUESDAY_W48)
    for text in ("my week", "min uke", "uka mi", "min vecka", "ugen min"):
        reply = _do(slack, LARS, "/kpi", text)
        assert "*This week*" in reply and "I don't know" not in reply, (text, reply)
    for text in (
        "min forrige uke",
        "my last week",
        "min förra vecka",
        "forrige uke for meg",
        "min uke 47",
        "min v47",
    ):
        reply = _do(slack, LARS, "/kpi", text)
        assert "*Week 47*" in reply and re.search(r"Meetings: \*1\*", reply), (text, reply)
    reply = _do(slack, LARS, "/kpi", "uke 47 og 48")
    assert "I don't know" not in reply and "uke 47 og 48" in reply, reply
    assert "CSV" in _do(slack, LARS, "/kpi", "min data")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_week_not_come_yet_in_kpi_has_the_kpi_example(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """`/kpi neste uke`: not come yet, with `/kpi last week` under it (was `/teamstatus last
    week`, another command's example)."""
    clock.set(TUESDAY_W48)
    _team(slack)
    reply = _do(slack, LARS, "/kpi", "neste uke")
    assert "has not come yet" in reply and "`/kpi last week`" in reply, reply
