"""A message that speaks to the bot by name. `@kpibot meeting Acme warm` is read as the slash
command; anything else is read as a message to the bot is ("@kpibot vant Equinor 450k"), also
outside a team channel, and words that record nothing get a private pointer, never silence. The
bot's own name is not a colleague the message is about."""

from __future__ import annotations

import pytest

from bot.offline.slack_api import BOT_USER_ID
from tests.helpers import channel_message, mention, set_up_team, stored, text_of

KARI = "U0KARI"
TEAM_CHANNEL, OTHER_CHANNEL = "C0SALES", "C0RANDOM"
BOT = f"<@{BOT_USER_ID}>"


def _setup(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", channel=TEAM_CHANNEL)


def _mention(slack, text: str, channel: str = TEAM_CHANNEL, ts: str = "1764400000.000100"):  # type: ignore[no-untyped-def]
    assert slack.driver.event(mention(text, ts, user=KARI, channel=channel)).status == 200
    slack.wait_idle()


@pytest.mark.backends("sqlite")  # reading words; storing once is checked on both below
@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount"),
    [
        (f"{BOT} vant Equinor 450k", "win", "Equinor", 450_000),
        (f"{BOT} hadde møte med Yara i dag", "meeting", "Yara", None),
        (f"{BOT} signerte kontrakt med DNB på 1,2 mill", "win", "DNB", 1_200_000),
        (f"Sendt tilbud til Telenor 300k {BOT}", "offer", "Telenor", 300_000),
        (f"{BOT} logga möte med Scania igår", "meeting", "Scania", None),
    ],
)
def test_plain_words_to_the_bot_are_recorded(slack, text, kind, customer, amount) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _mention(slack, text)
    [row] = stored(slack)
    assert (row["kind"], row["customer"], row["seller"]) == (kind, customer, KARI)
    assert row["amount"] == amount
    assert slack.api.calls_to("reactions.add")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_mention_outside_a_team_channel_is_read_too(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _mention(slack, f"{BOT} vant Orkla 200k", channel=OTHER_CHANNEL)
    [row] = stored(slack)
    assert (row["kind"], row["customer"], row["amount"]) == ("win", "Orkla", 200_000)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("text", [f"{BOT} help", f"{BOT} hvordan går det?", f"{BOT}"])
def test_words_that_record_nothing_get_a_private_pointer(slack, text) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _mention(slack, text)
    assert stored(slack) == []
    [note] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert note["user"] == KARI
    assert "win Statkraft 400k" in text_of(note)  # a correct example
    assert not slack.api.calls_to("reactions.add")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_mention_and_its_message_event_record_once(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    ts = "1764400000.000200"
    text = f"{BOT} vant Equinor 450k"
    _mention(slack, text, ts=ts)
    message = channel_message(text, ts, user=KARI, channel=TEAM_CHANNEL)
    assert slack.driver.event(message).status == 200
    _mention(slack, text, ts=ts)  # Slack's retry of the mention
    slack.wait_idle()
    assert len(stored(slack)) == 1
    assert len(slack.api.calls_to("chat.postEphemeral")) == 1


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "kind", "customer", "day"),
    [
        (f"{BOT} kan du logge et møte med Aker i går?", "meeting", "Aker", "2026-11-19"),
        (
            f"{BOT} Kan du registrere at jeg sendte tilbud til Telenor 300k",
            "offer",
            "Telenor",
            "2026-11-20",
        ),
        (f"{BOT} can you please log a call with Volvo", "call", "Volvo", "2026-11-20"),
        (f"{BOT} Kan du skriva in att vi vann Ikea 2 Mkr?", "win", "Ikea", "2026-11-20"),
        (f"{BOT} kan du logge møte Orkla varm", "meeting", "Orkla", "2026-11-20"),
    ],
)
def test_a_request_to_record_is_read_without_the_request(slack, text, kind, customer, day) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _mention(slack, text)
    [row] = stored(slack)
    assert (row["kind"], row["customer"], row["date"]) == (kind, customer, day)


@pytest.mark.backends("sqlite")
def test_a_request_to_record_in_a_direct_message_is_read_too(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    ts = "1764400000.000300"
    event = channel_message(
        "Hei, kan du logge et møte med Yara i dag?",
        ts,
        user=KARI,
        channel="D0KARI",
        channel_type="im",
    )
    assert slack.driver.event(event).status == 200
    slack.wait_idle()
    [row] = stored(slack)
    assert (row["kind"], row["customer"]) == ("meeting", "Yara")


@pytest.mark.backends("sqlite")
def test_a_pointer_is_given_once_and_only_to_words_that_start_with_the_bots_name(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _mention(slack, f"{BOT} help", ts="1764400000.000400")
    event = mention(f"{BOT} help", "1764400000.000400", user=KARI, channel=TEAM_CHANNEL)
    assert slack.driver.event(event, retry_num=1).status == 200  # Slack's retry
    slack.wait_idle()
    _mention(slack, f"thanks {BOT}!", ts="1764400000.000500")
    assert len(slack.api.calls_to("chat.postEphemeral")) == 1
    assert stored(slack) == []
