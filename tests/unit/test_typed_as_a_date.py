"""typed_as_a_date: whether the day a log command stores is written in its text with digits (a
date the seller typed is theirs, never asked about after midnight). Pinned case by case since the
words with a digit are found once per text (acks15), not once per span of words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.log_questions import typed_as_a_date

DAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Acme 30.11", True),
        ("Acme 30/11", True),
        ("Acme 30. nov", True),  # a span of two words
        ("Acme 2026-11-30", True),
        ("Acme 30. november 2026 kl 14", True),  # three words and a time of day
        ("Acme warm 30.11 -- first visit", True),
        ("Acme i dag", False),  # no digit: "today" in words is not a date typed
        ("Acme today", False),
        ("Acme 29.11", False),  # another day
        ("Acme 31.02", False),  # no such date: not typed as one
        ("Acme warm -- bench kpibot-postgres-c8-5e1f0am #17", False),
        ("", False),
    ],
)
def test_a_day_typed_with_digits_is_found_in_any_span_of_one_to_three_words(
    text: str, typed: bool
) -> None:
    assert typed_as_a_date(text, DAY) is typed
