"""The A-customer cadence of the nudge DM: listed at most once in 7 days per seller."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.nudges import a_customers_listed_today, a_listed_since

MONDAY = date(2026, 11, 16)


@pytest.mark.parametrize(
    ("last", "today", "listed"),
    [
        (None, MONDAY, True),  # never listed: the first nudge day with any due
        (MONDAY, MONDAY, False),  # the same day (a second pass) never twice
        (MONDAY, date(2026, 11, 17), False),  # Tuesday: the leads' DM goes without them
        (MONDAY, date(2026, 11, 20), False),  # Friday: trial21's Wednesday-then-Friday
        (MONDAY, date(2026, 11, 22), False),  # six days on
        (MONDAY, date(2026, 11, 23), True),  # a week on
        (date(2026, 11, 17), date(2026, 11, 23), False),  # Monday a holiday: Tuesday to Tuesday
        (date(2026, 11, 17), date(2026, 11, 24), True),
        (date(2026, 12, 28), date(2027, 1, 4), True),  # over the year's end (ISO week 53)
    ],
)
def test_a_customers_listed_once_a_week(last: date | None, today: date, listed: bool) -> None:
    assert a_customers_listed_today(last, today) is listed


def test_the_window_read_back_is_the_six_days_before_today() -> None:
    since = a_listed_since(date(2026, 11, 23))
    assert since == date(2026, 11, 17)
    assert not a_customers_listed_today(since, date(2026, 11, 23))
    assert a_customers_listed_today(date(2026, 11, 16), date(2026, 11, 23))
