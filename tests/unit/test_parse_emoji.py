"""One table of what an emoji is (bot/services/emoji.py), read alike by log commands, channel
messages and /kpi arguments; log commands still ask about an emoji that may mean a
temperature."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Temperature
from bot.services import emoji
from bot.services.capture import clean
from bot.services.commands import parse_log_command
from bot.services.kpi_args import without_emoji

TODAY = date(2026, 11, 20)
EMOJI = ["🎊", "👍🏽", "👩\u200d💼", "🇳🇴", ":tada:", ":+1::skin-tone-2:", ":e-mail:"]
CHECK_MARKS = ["✅", "☑️", "✔️", ":white_check_mark:", ":heavy_check_mark:"]


@pytest.mark.parametrize("typed", EMOJI)
def test_every_reader_drops_the_same_emoji(typed: str) -> None:
    assert parse_log_command(ActivityKind.MEETING, f"Acme {typed}", today=TODAY).unread is None
    assert without_emoji(f"away {typed} uke 48") == "away uke 48"
    # a channel message keeps a celebration as its one mark (🎉), and nothing else
    assert clean(f"Won Acme {typed} 200k").replace(" 🎉", "") == "Won Acme 200k"


@pytest.mark.parametrize("typed", CHECK_MARKS)
def test_a_check_mark_says_done_in_a_message_and_nothing_elsewhere(typed: str) -> None:
    """ "Tine møte ✅": the meeting was had. A log command records what was done anyway, and a
    /kpi argument has no use for it; beside a cheer it is part of the cheer."""
    assert parse_log_command(ActivityKind.MEETING, f"Acme {typed}", today=TODAY).unread is None
    assert without_emoji(f"away {typed} uke 48") == "away uke 48"
    assert clean(f"Tine møte {typed}") == "Tine møte done"
    assert clean(f"Sector Alarm 🤝{typed}") == "Sector Alarm 🎉"


def test_currency_signs_letters_and_clock_times_are_no_emoji() -> None:
    for text in ("€", "kr", "Å", "%", "½"):
        assert not emoji.is_emoji(text), text
    assert not emoji.is_shortcodes("14:00-15:00") and emoji.is_shortcodes(":fire::fire:")
    assert without_emoji("50 000 € kl 14:00") == "50 000 € kl 14:00"


@pytest.mark.parametrize(
    ("typed", "temperature"),
    [
        ("🔥", Temperature.HOT),
        (":fire:", Temperature.HOT),
        ("🔥🔥", Temperature.HOT),
        (":fire::fire:", Temperature.HOT),  # was dropped unasked (🔥🔥 was asked)
        (":snowflake:", Temperature.COLD),
        ("❄️", Temperature.COLD),
        ("🥶", Temperature.COLD),
    ],
)
def test_an_emoji_alone_that_shows_a_temperature_is_the_leads(
    typed: str, temperature: Temperature
) -> None:
    """With no temperature word, 🔥 is hot and ❄️ cold: three testers who never read this code
    wrote "ren røst mandag 🔥", "Grundfos A/S i torsdags 🔥🔥", "yesterday Brightwater Ltd ❄️"
    meaning exactly that (it was asked about every time)."""
    cmd = parse_log_command(ActivityKind.MEETING, f"Acme {typed}", today=TODAY)
    assert (cmd.customer, cmd.temperature, cmd.unread) == ("Acme", temperature, None)


@pytest.mark.parametrize("typed", ["🌡", "🔥 🥶", "varm 🔥", "kald 🔥"])
def test_an_emoji_that_leaves_the_temperature_in_doubt_is_asked_about(typed: str) -> None:
    """🌡 shows none; 🔥 beside 🥶, or beside a word that says otherwise: which one?"""
    cmd = parse_log_command(ActivityKind.MEETING, f"Acme {typed}", today=TODAY)
    assert (
        cmd.customer == "Acme"
        and cmd.unread is not None
        and cmd.unread.endswith(
            typed.split()[-1] if typed.split()[0] in ("varm", "kald") else typed
        )
    ), cmd


def test_an_emoji_name_after_an_amount_is_no_number_word() -> None:
    """Slack sends 🔥 in a command as ":fire:", and "fire" is Norwegian for four: "2,5 mill
    :fire:" was refused as an amount written in words ("mill :fire:")."""
    cmd = parse_log_command(ActivityKind.OFFER, "Fjordkraft 2,5 mill :fire:", today=TODAY)
    assert (cmd.customer, cmd.amount, cmd.temperature) == (
        "Fjordkraft",
        Decimal("2500000"),
        Temperature.HOT,
    )
