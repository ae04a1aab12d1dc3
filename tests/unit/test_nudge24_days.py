"""Snooze counts working days where the seller works, and a step's day off is named (nudge24)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.nudges import day_off, snoozed_until


@pytest.mark.parametrize(
    ("today", "zone", "until"),
    [
        (date(2026, 11, 16), "Europe/Oslo", date(2026, 11, 19)),  # Monday: Thursday, as before
        (date(2026, 11, 13), "Europe/Oslo", date(2026, 11, 18)),  # Friday: Wednesday (was Monday)
        (date(2027, 5, 14), "Europe/Oslo", date(2027, 5, 20)),  # over 17 May (and Whit Monday)
        (date(2027, 5, 14), "Europe/Stockholm", date(2027, 5, 19)),  # a working Monday there
        (date(2027, 5, 14), "Europe/London", date(2027, 5, 19)),
        (date(2027, 6, 23), "Europe/Stockholm", date(2027, 6, 29)),  # Midsummer Eve off
        (date(2026, 12, 23), "Europe/Copenhagen", date(2026, 12, 30)),  # 24, 25 Dec off
        (date(2026, 11, 14), "Europe/Oslo", date(2026, 11, 18)),  # a Saturday's click
        (date(2026, 11, 13), "Mars/Olympus", date(2026, 11, 18)),  # an unknown zone: Mon–Fri
    ],
)
def test_snoozed_until_counts_working_days(today: date, zone: str, until: date) -> None:
    assert snoozed_until(today, zone) == until


@pytest.mark.parametrize(
    ("day", "zone", "why"),
    [
        (date(2026, 11, 21), "Europe/Oslo", "weekend"),
        (date(2027, 5, 17), "Europe/Oslo", "holiday"),
        (date(2027, 5, 17), "Europe/Stockholm", None),
        (date(2026, 12, 24), "Europe/Stockholm", "holiday"),  # julafton: a day off by custom
        (date(2026, 12, 24), "Europe/London", None),
        (date(2026, 11, 20), "Europe/Oslo", None),
    ],
)
def test_day_off(day: date, zone: str, why: str | None) -> None:
    assert day_off(day, zone) == why
