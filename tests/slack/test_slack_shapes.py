"""Payloads of shapes Slack really sends and the other suites do not: Slack Connect channels
another organisation hosts, Slackbot's messages, a deleted thread's tombstone, ... Each sent
signed through the driver, each asserting the one record (or none) it must leave."""

from __future__ import annotations

import pytest

from bot.offline.slack_api import BOT_USER_ID
from tests.helpers import stored

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
    slack.api.reset()
    return slack


def _message(text: str, ts: str = "1763630000.000100", **fields: object) -> dict:
    return {
        "type": "message",
        "channel": CHANNEL,
        "user": LARS,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": "channel",
        **fields,
    }


def _deliver(slack, *events: dict, **kw: object) -> None:  # type: ignore[no-untyped-def]
    for event in events:
        assert slack.driver.event(event, **kw).status == 200
        slack.wait_idle()


def _records(slack) -> list[tuple[str, str, float | None, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (r["customer"], r["kind"], r["amount"], r["seller"], r["team_id"]) for r in stored(slack)
    ]


# -- a channel another organisation hosts (Slack Connect) -----------------------------------------
# The envelope's team_id is the host's workspace; authorizations[0] names our installation.
HOSTED_ELSEWHERE = {
    "team_id": "T0HOST",
    "context_team_id": "T0HOST",
    "is_ext_shared_channel": True,
}


def test_a_seller_in_a_channel_another_organisation_hosts_counts_in_our_workspace(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    ours = _message("Won Nammo 320k", user_team="T0DEMO", source_team="T0DEMO", team="T0DEMO")
    _deliver(slack, ours, envelope=HOSTED_ELSEWHERE)
    # Was lost: the host's team_id taken for the workspace, whose channel captures nothing.
    assert _records(slack) == [("Nammo", "win", 320000.0, LARS, "T0DEMO")]
    # The host's people are never our sellers, in words or by a mention (were: the host's
    # team_id counted as "ours").
    host = {"user": "U0HOST", "user_team": "T0HOST", "source_team": "T0HOST", "team": "T0HOST"}
    _deliver(
        slack,
        _message("Won Orkla 100k", ts="1763630001.000100", **host),
        {
            "type": "app_mention",
            "channel": CHANNEL,
            "text": f"<@{BOT_USER_ID}> win Hydro 90k",
            "ts": "1763630002.000100",
            **host,
        },
        envelope=HOSTED_ELSEWHERE,
    )
    assert _records(slack) == [("Nammo", "win", 320000.0, LARS, "T0DEMO")]


# -- Slackbot ------------------------------------------------------------------------------------
def test_slackbot_is_never_a_seller(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    # A Slackbot auto-response ("Won Nammo 320k" set up as a custom response) is posted as
    # USLACKBOT without a bot_id: was stored as a win of a seller "USLACKBOT".
    _deliver(slack, _message("Won Nammo 320k", user="USLACKBOT"))
    assert _records(slack) == []
    assert slack.api.calls_to("reactions.add") == []


def test_a_recorded_message_deleted_with_replies_under_it_takes_its_record(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    ts = "1763630100.000100"
    _deliver(slack, _message("Won Nammo 320k", ts=ts))
    assert len(_records(slack)) == 1
    # Deleted while its thread has replies: Slack keeps a tombstone, sent as an edit by
    # Slackbot (no message_deleted follows while the replies stay).
    tombstone = {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": CHANNEL,
        "channel_type": "channel",
        "ts": "1763630200.000100",
        "event_ts": "1763630200.000100",
        "message": {
            "type": "message",
            "subtype": "tombstone",
            "hidden": True,
            "user": "USLACKBOT",
            "text": "This message was deleted.",
            "ts": ts,
            "thread_ts": ts,
            "reply_count": 1,
        },
        "previous_message": {
            "type": "message",
            "user": LARS,
            "text": "Won Nammo 320k",
            "ts": ts,
            "thread_ts": ts,
            "reply_count": 1,
        },
    }
    _deliver(slack, tombstone)
    assert _records(slack) == []
    # The message as first posted, delivered late (a retry), is not counted again.
    _deliver(slack, _message("Won Nammo 320k", ts=ts))
    assert _records(slack) == []
