"""One table of what an emoji is (bot/services/emoji.py), read alike by log commands, channel
messages and /kpi arguments; log commands still ask about an emoji that may mean a
temperature."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services import emoji
from bot.services.capture import clean
from bot.services.commands import parse_log_command
from bot.services.kpi_args import without_emoji

TODAY = date(2026, 11, 20)
EMOJI = ["🎊", "👍🏽", "👩\u200d💼", "🇳🇴", "✅", ":tada:", ":+1::skin-tone-2:", ":e-mail:"]


@pytest.mark.parametrize("typed", EMOJI)
def test_every_reader_drops_the_same_emoji(typed: str) -> None:
    assert parse_log_command(ActivityKind.MEETING, f"Acme {typed}", today=TODAY).unread is None
    assert without_emoji(f"away {typed} uke 48") == "away uke 48"
    # a channel message keeps a celebration as its one mark (🎉), and nothing else
    assert clean(f"Won Acme {typed} 200k").replace(" 🎉", "") == "Won Acme 200k"


def test_currency_signs_letters_and_clock_times_are_no_emoji() -> None:
    for text in ("€", "kr", "Å", "%", "½"):
        assert not emoji.is_emoji(text), text
    assert not emoji.is_shortcodes("14:00-15:00") and emoji.is_shortcodes(":fire::fire:")
    assert without_emoji("50 000 € kl 14:00") == "50 000 € kl 14:00"


@pytest.mark.parametrize("typed", ["🔥", ":fire:", "🔥🔥", ":fire::fire:", ":snowflake:"])
def test_a_log_command_asks_about_an_emoji_that_may_mean_a_temperature(typed: str) -> None:
    """ ":fire::fire:" was dropped unasked (🔥🔥 was asked)."""
    cmd = parse_log_command(ActivityKind.MEETING, f"Acme {typed}", today=TODAY)
    assert (cmd.customer, cmd.unread) == ("Acme", typed)
