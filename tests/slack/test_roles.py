"""Managers who do not sell: asked at setup, settable with /kpi role and when added; left out of
seller rows, summaries and goals, while anything they log still counts in the team's totals."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.helpers import buttons, command_replies, text_of
from tests.slack.test_digest import _english, _jobs, _log, _team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"  # Kari is a workspace admin
CHANNEL = "C0SALES"


def test_setup_asks_the_manager_whether_they_sell(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    result = slack.driver.command("/kpi", "setup", KARI, CHANNEL)
    reply = result.reply()
    assert "Do you sell in this team yourself" in text_of(reply)
    [manage] = [b for b in buttons(reply) if b["action_id"] == "role_manages"]
    slack.driver.click(KARI, manage, response_url=result.response_url)
    slack.wait_idle()
    assert "without selling" in text_of(slack.api.responses(result.key)[-1])
    status = command_replies(slack, KARI, "/teamstatus", "")
    assert "*Lars*" in status and "*Kari*" not in status


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_non_selling_manager_gets_no_row_goal_or_summary_but_their_win_counts(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_replies(slack, KARI, "/kpi", "goal meetings 5/week")
    before = command_replies(slack, KARI, "/teamstatus", "")
    assert "Meetings: *0* / 20" in before  # four sellers × 5
    assert "without selling" in command_replies(slack, KARI, "/kpi", "role manager")
    _log(slack, KARI, "Equinor 100k 2026-11-17", "/logwin")
    after = command_replies(slack, KARI, "/teamstatus", "")
    assert "*Kari*" not in after
    assert "Meetings: *0* / 15" in after  # her goal is gone from the team's
    assert "Wins: 1 (NOK 100,000)" in after  # her win is the team's
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
        _jobs(slack).tick()
    dm_to = {
        c.params["channel"]
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel", "").startswith("U0")
    }
    assert KARI not in dm_to and LARS in dm_to


def test_added_as_a_non_selling_manager_and_back_to_selling(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    said = command_replies(slack, KARI, "/kpi", f"managers add <@{LARS}> non-selling")
    assert "without selling" in said
    assert "*Lars*" not in command_replies(slack, KARI, "/teamstatus", "")
    assert "count as a seller" in command_replies(slack, LARS, "/kpi", "role seller")
    assert "*Lars*" in command_replies(slack, KARI, "/teamstatus", "")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_cannot_declare_themself_a_manager(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    assert "Only managers" in command_replies(slack, ALEX, "/kpi", "role manager")
    assert "*Alex*" in command_replies(slack, KARI, "/teamstatus", "")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_unclear_role_is_explained(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    said = command_replies(slack, KARI, "/kpi", "role boss")
    assert "*seller*" in said and "/kpi role manager" in said
