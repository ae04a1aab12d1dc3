"""Session 25 (kpiargs25): a quarter's or a year's heading says from which day the team is counted
when it started inside that period (teamstart24 counts its goals and pace from its set-up, or its
first backdated work), in four languages; a week's heading never (its goals are the whole week's),
nor a period the team was counted from the start of (fails on main: the note is new)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.rendering.status import counted_note

Q1 = (date(2027, 1, 1), date(2027, 3, 31))
YEAR = (date(2027, 1, 1), date(2027, 12, 31))
WEEK_11 = (date(2027, 3, 15), date(2027, 3, 21))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "(counted from Tue 5 Jan 2027)"),
        ("nb", "(telt fra tir. 5. jan. 2027)"),
        ("sv", "(räknat från tis 5 jan. 2027)"),
        ("da", "(talt fra tirs. 5. jan. 2027)"),
    ],
)
def test_a_quarter_or_year_the_team_started_in_says_so(language: str, expected: str) -> None:
    day = date(2027, 1, 5)
    assert counted_note("quarter", *Q1, language, day) == expected
    assert counted_note("year", *YEAR, language, day) == expected


@pytest.mark.parametrize(
    ("period", "span", "counted_from"),
    [
        ("week", WEEK_11, date(2027, 3, 17)),  # a week's goals are the whole week's
        ("quarter", Q1, None),  # counted from before the quarter
        ("quarter", Q1, date(2027, 1, 1)),  # from its first day: the whole quarter
        ("quarter", Q1, date(2027, 4, 1)),  # after it (never shown, never said)
        ("year", YEAR, date(2027, 1, 1)),
    ],
)
def test_no_note_for_a_whole_period(period: str, span: tuple, counted_from: date | None) -> None:
    assert counted_note(period, *span, "nb", counted_from) is None
