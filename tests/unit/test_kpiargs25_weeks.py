"""Session 25 (kpiargs25): fresh `/kpi …` and `/teamstatus …` weeks, as people type them, in four
languages. Today is Wednesday 25 November 2026 (week 48). The rows marked "was" were not read
(`/kpi forrige uke.`: "not a week"; `/teamstatus uke 46.`: the date "46." refused)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import UserError
from bot.services.kpi_args import parse_week

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("language", "text", "week"),
    [
        # a sentence's full stop (all were: not a week, or a date refused)
        ("nb", "forrige uke.", "2026-W47"),
        ("en", "last week.", "2026-W47"),
        ("sv", "förra veckan.", "2026-W47"),
        ("da", "sidste uge.", "2026-W47"),
        ("nb", "uke 46.", "2026-W46"),
        ("sv", "v46.", "2026-W46"),
        ("da", "uge 46.", "2026-W46"),
        ("en", "week 46.", "2026-W46"),
        # the week before last in Swedish (were: not a week)
        ("sv", "förrförra veckan", "2026-W46"),
        ("sv", "förförra veckan", "2026-W46"),
        ("sv", "veckan före förra", "2026-W46"),
        # read before, and still
        ("sv", "veckan innan förra", "2026-W46"),
        ("nb", "forrige uke?", "2026-W47"),
        ("nb", "18.11.", "2026-W47"),
        ("nb", "18. nov.", "2026-W47"),
        ("da", "i går.", "2026-W48"),
    ],
)  # fmt: skip
def test_a_week_as_typed(language: str, text: str, week: str) -> None:
    found = parse_week(text, today=TODAY)
    assert str(found) == week, (language, text, found)


@pytest.mark.parametrize(
    "text",
    ["uke 47 og 48", "v. 47 & 48", "week 47 and 48", "vecka 47 och vecka 48", "uge 47 og 48"],
)
def test_two_weeks_are_longer_than_a_week(text: str) -> None:
    """`/teamstatus uke 47 og 48`: said as longer than a week, as "uke 47-48" is (was: "not a
    week I can read")."""
    with pytest.raises(UserError) as refused:
        parse_week(text, today=TODAY)
    assert refused.value.code == "longer_than_a_week", refused.value
