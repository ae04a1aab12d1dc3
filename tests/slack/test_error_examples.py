"""Every error shows a correct example of the command that was typed (or of the command that
fixes it), whatever part of the command raised it."""

from __future__ import annotations

import pytest

from bot import i18n
from bot.errors import EXAMPLES
from tests.helpers import set_up_team, text_of

KARI = "U0KARI"  # workspace admin: a manager
CHANNEL = "C0SALES"


@pytest.fixture
def team(slack):  # type: ignore[no-untyped-def]
    return set_up_team(slack, idle=True, reset=False)


@pytest.mark.parametrize(
    ("command", "text", "example"),
    [
        ("/kpi", "away until 2026-13-45", "away"),
        ("/kpi", "away until 2020-01-01", "away"),
        ("/kpi", "goal revenue -5/quarter", "goal"),
        ("/kpi", "goal <@U0NOBODY|nobody> meetings 10/week", "goal"),
        ("/kpi", "customer", "tier"),
        ("/teamstatus", "week 99", "week"),
        ("/logoffer", "Equinor", "offer"),
        ("/logoffer", "Equinor 1,2", "offer"),  # too small as typed: 1,2 mill?
    ],
)
def test_the_example_matches_the_command(team, command: str, text: str, example: str) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command(command, text, KARI, CHANNEL)
    # A listener that raises after its ack() must not turn the ack into Bolt's 404 (Slack would
    # show "operation_timeout" on top of the message).
    assert result.http.status == 200, result.http.body
    reply = text_of(result.reply())
    others = [i18n.translate("nb", e) for key, e in EXAMPLES.items() if key != example]
    assert i18n.translate("nb", EXAMPLES[example]) in reply, reply  # Kari reads Norwegian
    assert not any(other in reply for other in others), reply


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_outside_a_team_the_example_is_how_to_set_one_up(slack) -> None:  # type: ignore[no-untyped-def]
    reply = text_of(slack.driver.command("/kpi", "goal meetings 10/week", KARI, "C0OTHER").reply())
    assert i18n.translate("nb", EXAMPLES["setup"]) in reply, reply
    assert i18n.translate("nb", EXAMPLES["goal"]) not in reply, reply
