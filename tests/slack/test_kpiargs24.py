"""Session 24 (kpiargs24). A seller who moves from one team to another mid-week has the week split
between them: the days before the move are the first team's (its digest counts what they did on
them, against the share of their goal for them), the day of the move and after the second's. Was:
the whole week was the second team's, their Monday and Tuesday in the first team's digest nowhere,
and the second team's goal for them a whole week's. Their own summary is the whole week."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from freezegun import freeze_time

from tests.helpers import buttons, text_of
from tests.slack.test_as_of import CHANNEL, KARI, LARS, _do, _team
from tests.slack.test_digest import _jobs

NORTH = "C0NORTH"
MONDAY_W47 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # 09:00 in Oslo
TUESDAY_W47 = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
WEDNESDAY_W47 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
THURSDAY_W47 = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
FRIDAY_W47 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _move_to_north(slack) -> None:  # type: ignore[no-untyped-def]
    """`/kpi setup` in #north by Kari, **Move them**: Lars (and Kari) move there now."""
    slack.api.channel_members[NORTH] = [KARI, LARS]
    setup = slack.driver.command("/kpi", "setup", KARI, NORTH)
    move = next(b for b in buttons(setup.reply()) if b["action_id"] == "setup_move_members")
    slack.driver.click(
        KARI,
        {"action_id": move["action_id"], "value": move["value"]},
        response_url=setup.response_url,
        channel_id=NORTH,
    )
    slack.wait_idle()


def test_a_seller_moved_mid_week_has_the_week_split_between_the_teams(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars (with Kari, who sells too) moves from #sales (meetings goal 5 a week) to #north
    (10 a week) on Wednesday of week 47; he is away on Friday."""
    clock.set(MONDAY_W47)
    _team(slack)
    _do(slack, KARI, "/kpi", "goal meetings 5/week")
    _do(slack, LARS, "/logmeeting", "Acme")  # Monday, in #sales
    clock.set(TUESDAY_W47)
    _do(slack, LARS, "/logmeeting", "Orkla")  # Tuesday, in #sales
    clock.set(WEDNESDAY_W47)
    _move_to_north(slack)
    slack.driver.command("/kpi", "goal meetings 10/week", KARI, NORTH).reply()
    _do(slack, LARS, "/logmeeting", "Yara")  # Wednesday, in #north
    clock.set(THURSDAY_W47)
    _do(slack, LARS, "/logmeeting", "Telenor")
    clock.set(FRIDAY_W47)
    assert "Fri 20 Nov 2026" in _do(slack, LARS, "/kpi", "away today")

    with freeze_time("2026-11-23T07:00:00Z"):  # the Monday digests of week 47
        _jobs(slack).tick()
    posts = [c.params for c in slack.api.calls_to("chat.postMessage")]
    sales = next(text_of(p) for p in posts if p.get("channel") == CHANNEL)
    north = next(text_of(p) for p in posts if p.get("channel") == NORTH)
    # #sales: Lars's Monday and Tuesday, against 2 days of his 5 a week; Kari's 2 days too, Mette
    # and Alex 5 each (was: "0 / 10", his days in #sales nowhere)
    assert "Meetings: *2* / 14" in sales, sales
    # #north: his Wednesday and Thursday (Friday away), against 2 days of his 10 a week, and
    # Kari's 3 days (was: "4 / 16", his Monday and Tuesday in #north's week and goal too)
    assert "Meetings: *2* / 10" in north, north
    # His own summary: the whole week (from the team he ended it in), and one only
    mine = [text_of(p) for p in posts if p.get("channel") == LARS and "Your week 47" in text_of(p)]
    assert len(mine) == 1, mine
    assert re.search(r"Meetings\W+4\b", mine[0]), mine[0]
