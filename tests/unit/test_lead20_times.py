"""A talk's count is a count only where it ends its talk (talks21's reading, narrowed by the
lead): a number of things said after the talk ("de vil ha 2 st demoer", "kjøper 2x så mye",
"two times the volume") left a sure call asked, and a command's note after "--" lost its "2x"
to the unread words (`/logmeeting Tine varm -- ønsker 2x volum` was asked instead of stored)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command
from bot.services.commands.times import said_times

TODAY = date(2026, 12, 1)
KNOWN = {"Kiwi", "Tesco", "Novo", "Volvo", "Tine"}


@pytest.mark.parametrize(
    "text",
    [
        "Ringte Kiwi i dag, de vil ha 2 st demoer",
        "Ringte Kiwi, de kjøper 2x så mye neste år",
        "Ringte Tesco, they want two times the volume",
        "Ringde Volvo idag, de vill ha 3 st offerter",
    ],
)
def test_a_number_of_things_after_the_talk_leaves_it_sure(text: str) -> None:
    found = recognise(text, today=TODAY, known_customers=KNOWN, open_offers=set())
    assert found.outcome is Outcome.SURE and found.kind is ActivityKind.CALL, found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ringte Novo 2 ganger i dag", 2),
        ("Ringde Volvo två gånger förra veckan", 2),
        ("Called Tesco twice today", 2),
        ("Ringte Novo 3 ganger.", 3),
        ("Ringte Novo x2", 2),
        ("2 samtaler med Novo", 2),
        ("Møte med Kiwi to ganger denne uka", 2),
    ],
)
def test_a_count_that_ends_its_talk_is_still_one(text: str, count: int) -> None:
    times = said_times(text)
    assert times is not None and times.count == count, times


def test_a_commands_note_keeps_its_numbers() -> None:
    cmd = parse_log_command(
        ActivityKind.MEETING, "Tine varm -- ønsker 2x volum", today=TODAY, known_customers=KNOWN
    )
    assert cmd.customer == "Tine" and not cmd.unread and cmd.note == "ønsker 2x volum", cmd
