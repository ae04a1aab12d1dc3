"""Session 25 (kpiargs25). A selling manager who moved team mid-week: their own figures are all
their own work, whichever team they were on (`/kpi last week`, the App Home); the teams' figures
are each team's days (kpiargs24). Was: their row of the new team's report, the days after the
move only."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from freezegun import freeze_time

from tests.helpers import text_of
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

TUESDAY_W48 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _home(slack, user: str) -> str:  # type: ignore[no-untyped-def]
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    return text_of(slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])


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
