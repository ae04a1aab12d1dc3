"""review25: an English speaker's slash dates (bot/services/slash_dates.py), read on Tue 1 Dec
2026. The module is new: every row fails on main."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.slash_dates import english_slash_days

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "read", "choices"),
    [
        ("Won Nordea, $50k, signed 12/1", "Won Nordea, $50k, signed 1.12.", ()),
        ("Met Y 3/11", "Met Y 3.11.", ()),  # 11 Mar is ahead
        ("met Kiwi 11/10", "met Kiwi 11/10", (date(2026, 10, 11), date(2026, 11, 10))),
        ("Met Y 12/1/2026", "Met Y 12/1/2026", (date(2026, 1, 12), date(2026, 12, 1))),
        ("next meeting 12/8", "next meeting 12/8", ()),  # to come: the reader's own rules
        ("Won X 1 1/2 mill", "Won X 1 1/2 mill", ()),  # a fraction
        ("Won X 1/2 mill on 3/11", "Won X 1/2 mill on 3.11.", ()),
        ("24/7 support", "24/7 support", ()),
        ("Met Y 11/18", "Met Y 11/18", ()),  # one reading only: the reader's
        ("Met Y 5/5", "Met Y 5/5", ()),  # the same both ways
        ("Met Y 2/12", "Met Y 2/12", ()),  # both ahead: the reader asks
    ],
)
def test_english_slash_days(text: str, read: str, choices: tuple) -> None:  # type: ignore[type-arg]
    said = english_slash_days(text, TODAY)
    assert (said.text, said.choices) == (read, choices)
