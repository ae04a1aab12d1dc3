"""nudge25 item 1: a next step's time of day is kept apart from its words (Lead.next_step_time)
and shown the seller's way. Was: kept in the words, "demo 10:00" from the plan form and "follow-up
kl 10" from a command, shown as stored whatever the seller's language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot import i18n
from bot.rendering.nudge import nudge_message
from bot.rendering.text import message_text
from bot.services.read_models import LeadLine
from bot.services.step_time import picked, split_time


@pytest.mark.parametrize(
    ("said", "words", "at"),
    [
        ("follow-up kl 10", "follow-up", time(10)),  # readers24's step with no action word
        ("følger opp kl 14", "følger opp", time(14)),
        ("oppfølging kl. 10.30", "oppfølging", time(10, 30)),
        ("møte klokka 9", "møte", time(9)),
        ("möte klockan 13.15", "möte", time(13, 15)),
        ("follow-up at 2pm", "follow-up", time(14)),
        ("demo at 2 pm", "demo", time(14)),
        ("call 10am", "call", time(10)),
        ("demo 10:00", "demo", time(10)),
        ("call kl10", "call", time(10)),
        # no one time said: the words as they are
        ("demo", "demo", None),
        ("demo 10", "demo 10", None),  # a bare number
        ("ring 14-15", "ring 14-15", None),  # hours, not a time
        ("møte ettermiddag", "møte ettermiddag", None),  # a part of the day
        ("10:00", "10:00", None),  # nothing but a time: no words to keep
        ("send 2 offers", "send 2 offers", None),
    ],
)
def test_a_steps_time_is_taken_off_its_words(said: str, words: str, at: time | None) -> None:
    assert split_time(said) == (words, at)


@pytest.mark.parametrize(
    ("value", "at"), [("10:00", time(10)), ("09:05", time(9, 5)), ("9:05", None), ("25:00", None),
                      ("kl 10", None), (None, None)],
)  # fmt: skip
def test_only_a_timepickers_value_is_a_picked_time(value: str | None, at: time | None) -> None:
    assert picked(value) == at


@pytest.mark.parametrize(
    ("language", "said"),
    [("nb", "demo 14:30"), ("sv", "demo 14:30"), ("da", "demo 14.30"), ("en", "demo 14:30")],
)
def test_the_time_is_shown_the_sellers_way(language: str, said: str) -> None:
    assert i18n.step_said("demo", time(14, 30), language) == said
    assert i18n.step_said("demo", None, language) == "demo"


def test_the_nudge_dm_shows_the_steps_time_from_its_column() -> None:
    """An overdue step's line in the DM: its words and its time, the Danish way."""
    lead = LeadLine(
        1, "Acme", "open", "warm", None, None, "demo", date(2026, 11, 20), None,
        datetime(2026, 11, 10, tzinfo=UTC), date(2026, 11, 10), next_step_time=time(10, 0),
    )  # fmt: skip
    text = message_text(nudge_message("da", [lead], date(2026, 11, 24)))
    # flows26: its day said with it, Babel's Danish way (was "demo 10.00" and the day apart)
    assert "demo fre. 20.11 kl. 10.00" in text, text
