"""Payloads and faults of round 22, each as Slack sends it or as the machine fails, each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import pytest

from bot.offline.slack_api import BOT_USER_ID
from tests.helpers import (
    SALES_CHANNEL,
    SELLER,
    channel_message,
    command_replies,
    mention,
    message_edited,
    set_up_team,
    stored,
)


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    return set_up_team(slack, locale="en-GB")


def _deliver(slack, *events: dict) -> None:  # type: ignore[no-untyped-def]
    for event in events:
        assert slack.driver.event(event).status == 200
        slack.wait_idle()


def _said(slack) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.method for c in slack.api.calls if c.method.startswith(("chat.", "reactions."))]


# -- 1. an integration posting with the seller's own user token ----------------------------------
@pytest.mark.backends("sqlite")  # the listener's decision, before any query
def test_a_crm_app_posting_as_the_seller_with_their_user_token_is_not_their_words(english) -> None:  # type: ignore[no-untyped-def]
    """A CRM's Slack app (or any integration the seller authorised with their user token)
    posts "Deal won: Orkla 300 000" in the team channel as the seller: Slack names the seller as
    `user` and says only `app_id` (no bot_id, no bot_profile; "sent using <app>" under it). Was:
    counted as the seller's own win (✅, "Logged a win"), beside the one they log themselves:
    Orkla's 300 000 twice. Now nothing is recorded or said for the app's post, its edit or its
    @kpibot; the seller's own /logwin is the one record."""
    slack = english
    crm = {"app_id": "A0CRMSYNC"}
    posted = "1763630000.000100"
    _deliver(
        slack,
        channel_message("Deal won: Orkla 300 000", posted, **crm),
        channel_message("Vant Nammo 320k", "1763630001.000100", **crm),
        mention(f"<@{BOT_USER_ID}> win Telia 150k", "1763630002.000100", **crm),
    )
    edit = message_edited(
        posted, "Deal won: Orkla 320 000", before="Deal won: Orkla 300 000", at="1763630100.000100"
    )
    edit["message"].update(crm)
    _deliver(slack, edit)
    assert stored(slack) == []
    assert _said(slack) == []
    said = command_replies(slack, SELLER, "/logwin", "Orkla 300k")
    assert "Orkla" in said, said
    assert [(r["kind"], r["customer"], r["amount"]) for r in stored(slack)] == [
        ("win", "Orkla", 300000)
    ]
    # The seller's own words, typed in Slack, still count.
    _deliver(slack, channel_message("Won Nammo 320k", "1763630200.000100", channel=SALES_CHANNEL))
    assert sorted(r["customer"] for r in stored(slack)) == ["Nammo", "Orkla"]
