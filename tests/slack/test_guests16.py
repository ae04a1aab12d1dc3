"""Guest accounts (Slack's multi- and single-channel guests: users.info `is_restricted`,
`is_ultra_restricted`) in a team's channel. Found by faults16: a guest became one of the team's
sellers at /kpi setup or when joining, was recorded from its commands and channel messages, and
read the team's views. Now a guest is never a seller: set-up and joins leave them out, and their
commands store nothing and say why (employee performance data is the members')."""

from __future__ import annotations

import pytest

from bot.offline.slack_api import FakeUser
from tests.helpers import channel_message, set_up_team, stored, text_of
from tests.slack.test_faults16 import SET_UP, _joined
from tests.slack.test_unseen_shapes import _sellers

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
GUESTS = ["is_restricted", "is_ultra_restricted"]


def _guest(slack, flag: str) -> str:  # type: ignore[no-untyped-def]
    slack.api.add_user(FakeUser("U0GUEST", "Gina Gjest", locale="en-GB", **{flag: True}))
    return "U0GUEST"


@pytest.mark.parametrize("flag", GUESTS)
def test_a_guest_in_the_channel_at_setup_is_no_seller(slack, flag: str) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    guest = _guest(slack, flag)
    slack.api.channel_members[CHANNEL] = [KARI, LARS, guest]
    said = text_of(slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply())
    assert "Gina" not in said, said
    assert guest not in _sellers(slack) and {KARI, LARS} <= _sellers(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("flag", GUESTS)
def test_a_guest_who_joins_is_no_seller_and_logs_nothing(slack, flag: str) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    set_up_team(slack, reset=False)
    guest = _guest(slack, flag)
    assert slack.driver.event(_joined(guest, SET_UP + 60)).status == 200
    slack.wait_idle()
    assert guest not in _sellers(slack)
    # Their commands: nothing stored, and told why (was: a win in the team's figures)
    for command, text in (("/logwin", "Nammo 320k"), ("/teamstatus", "")):
        said = text_of(slack.driver.command(command, text, guest, CHANNEL).reply())
        assert "guest account" in said, said
    # Their channel message: nothing stored
    assert slack.driver.event(channel_message("Won Nammo 320k", user=guest)).status == 200
    slack.wait_idle()
    assert stored(slack) == [] and guest not in _sellers(slack)
    # A member's work is counted as before
    slack.driver.command("/logwin", "Nammo 320k", LARS, CHANNEL).reply()
    assert [(r["seller"], r["kind"]) for r in stored(slack)] == [(LARS, "win")]
