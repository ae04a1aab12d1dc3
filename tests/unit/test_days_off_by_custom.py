"""No nudge on a day off by custom where the seller works (bot.services.public_holidays
.day_off_by_custom; bot.jobs.tick): julaften and nyttårsaften in the Nordics, midsommarafton in
Sweden and Finland. They stay working days for goals and paces (no public holidays)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services import public_holidays
from bot.services.kpis import is_working_day


@pytest.mark.parametrize(
    ("day", "zone", "off"),
    [
        (date(2026, 12, 24), "Europe/Oslo", True),
        (date(2026, 12, 31), "Europe/Oslo", True),
        (date(2026, 12, 24), "Europe/Stockholm", True),
        (date(2026, 12, 31), "Europe/Copenhagen", True),
        (date(2026, 12, 24), "Europe/Helsinki", True),
        (date(2026, 12, 23), "Europe/Oslo", False),  # lille julaften: a working day
        (date(2026, 12, 24), "Europe/London", False),  # England works on Christmas Eve
        (date(2026, 12, 24), "Europe/Dublin", False),
        (date(2026, 12, 24), "America/New_York", False),  # a zone kpibot does not know
        (date(2026, 12, 24), None, False),
        (date(2026, 6, 19), "Europe/Stockholm", True),  # midsommarafton 2026 (a Friday)
        (date(2027, 6, 25), "Europe/Stockholm", True),  # midsommarafton 2027
        (date(2026, 6, 19), "Europe/Helsinki", True),
        (date(2026, 6, 19), "Europe/Oslo", False),  # Norway's sankthansaften is 23 June, worked
        (date(2026, 6, 18), "Europe/Stockholm", False),
        (date(2027, 6, 18), "Europe/Stockholm", False),  # a Friday, but before the 19th
    ],
)
def test_days_off_by_custom(day: date, zone: str | None, off: bool) -> None:
    assert public_holidays.day_off_by_custom(day, zone) is off


def test_the_team_zone_answers_for_a_seller_without_one() -> None:
    assert public_holidays.day_off_by_custom(date(2026, 12, 24), None, "Europe/Oslo")
    assert not public_holidays.day_off_by_custom(date(2026, 12, 24), "Europe/London", "Europe/Oslo")


def test_they_stay_working_days_for_goals() -> None:
    for zone in ("Europe/Oslo", "Europe/Stockholm", "Europe/Copenhagen"):
        calendar = public_holidays.calendar_for(zone)
        assert is_working_day(date(2026, 12, 24), calendar)
        assert is_working_day(date(2026, 12, 31), calendar)
