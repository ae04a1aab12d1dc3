"""The lead's mend of session 33 (the review's plan-button finding, in the commands' reader as
well as the channel reader): a step's time said as a range is its start ("møte kl 14-15" was the
step "møte kl 14-15" with no time), and an English "at" with a bare hour from 1 to 7 is the
afternoon ("meeting at 2" was 02:00)."""

from __future__ import annotations

from datetime import time

import pytest

from bot.services.step_time import split_time


@pytest.mark.parametrize(
    ("what", "words", "at"),
    [
        ("meeting at 2", "meeting", time(14, 0)),
        ("call at 4.30", "call", time(16, 30)),
        ("møte kl 14-15", "møte", time(14, 0)),
        ("möte kl 9-10", "möte", time(9, 0)),
        ("meeting 2-3pm", "meeting", time(14, 0)),
        ("meeting at 2-3", "meeting", time(14, 0)),
        # kept as before
        ("call at 9", "call", time(9, 0)),
        ("meeting at 2pm", "meeting", time(14, 0)),
        ("møte kl 14", "møte", time(14, 0)),
        ("demo 10", "demo 10", None),
        ("møte 14-15", "møte 14-15", None),  # bare numbers: days or hours, no time said
    ],
)
def test_a_steps_time(what: str, words: str, at: time | None) -> None:
    assert split_time(what) == (words, at)
