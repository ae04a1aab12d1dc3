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


@pytest.mark.parametrize(
    ("language", "text", "week"),
    [
        # thanks around a week (were: not a week; /kpi gave the help)
        ("nb", "forrige uke takk", "2026-W47"),
        ("nb", "forrige uke, tusen takk", "2026-W47"),
        ("sv", "förra veckan tack", "2026-W47"),
        ("da", "sidste uge, tak", "2026-W47"),
        ("en", "last week pls", "2026-W47"),
        ("en", "please last week", "2026-W47"),
        ("nb", "uke 47 takk", "2026-W47"),
        # someone's week, their name taken out by /teamstatus ("lars sin uke"; was: not a week)
        ("nb", "sin uke", "2026-W48"),
        ("nb", "hans uke", "2026-W48"),
        # read before, and still
        ("nb", "sin forrige uke", "2026-W47"),
    ],
)  # fmt: skip
def test_thanks_and_whose_week(language: str, text: str, week: str) -> None:
    found = parse_week(text, today=TODAY)
    assert str(found) == week, (language, text, found)


@pytest.mark.parametrize("text", ["uke", "takk", "tak"])
def test_no_week_said_is_still_no_week(text: str) -> None:
    """A guard (passes on main): a week word or thanks alone names no week."""
    with pytest.raises(ValueError):
        parse_week(text, today=TODAY)
