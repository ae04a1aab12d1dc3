"""A seller who is gone (the Slack account deactivated, or made a guest) is no one to coach:
the funnel view lists the sellers who are still there (a gone seller's work still counts in the
team's figures), and nobody is told what a gone seller's revenue goal needs. Clock: Friday
2026-11-20."""

from __future__ import annotations

import pytest

from tests.helpers import command_reply
from tests.slack.test_digest import _english, _log, _team

KARI, LARS, METTE = "U0KARI", "U0LARS", "U0METTE"


def _gone(slack, user: str, **flags: bool) -> None:  # type: ignore[no-untyped-def]
    for flag, value in flags.items():
        setattr(slack.api.users[user], flag, value)
    body = slack.api.users[user].to_slack(slack.api.team_id)
    event = {"type": "user_change", "user": body, "event_ts": "1.0", "team": slack.api.team_id}
    assert slack.driver.event(event).status == 200
    slack.wait_idle()


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("flags", [{"deleted": True}, {"is_restricted": True}])
def test_the_funnel_and_plans_leave_out_a_seller_who_is_gone(slack, flags) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    command_reply(slack, KARI, "/kpi", "goal revenue 400k per month")
    for user, customer in ((LARS, "Aker Solutions"), (METTE, "Dovre Group")):
        _log(slack, user, f"{customer} 2026-11-02")
        _log(slack, user, f"{customer} 200k 2026-11-03", "/logoffer")
        _log(slack, user, f"{customer} 2026-11-05", "/logwin")
    before = command_reply(slack, KARI, "/teamstatus", "funnel")
    assert "*Lars*" in before and "*Mette*" in before, before
    _gone(slack, LARS, **flags)
    after = command_reply(slack, KARI, "/teamstatus", "funnel")
    assert "*Mette*" in after and "*Lars*" not in after, after
    # A past week (Lars was there at its end) keeps his row.
    then = command_reply(slack, KARI, "/teamstatus", "funnel 2026-W45")
    assert "*Lars*" in then, then


@pytest.mark.backends("sqlite")
def test_teamstatus_about_a_seller_gone_says_when_and_where_to_look(slack) -> None:  # type: ignore[no-untyped-def]
    """Lars worked in week 46 and was deactivated on Wednesday of week 47 (today, Fri 20 Nov),
    logging nothing in it: `/teamstatus @Lars` says he is gone since then and which week to
    ask about, not that he was never in the team; his week 46 shows his figures."""
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Aker Solutions 2026-11-10")
    _gone(slack, LARS, deleted=True)
    mention = f"<@{LARS}|lars>"
    now = command_reply(slack, KARI, "/teamstatus", mention)
    assert "deactivated or made a guest on" in now and "2026-W46" in now, now
    assert "not in this sales team" not in now, now
    then = command_reply(slack, KARI, "/teamstatus", f"{mention} 2026-W46")
    assert "*Lars*" in then and "Meetings" in then, then
    stranger = command_reply(slack, KARI, "/teamstatus", "<@U0NOBODY|nobody>")
    assert "not in this sales team" in stranger, stranger
