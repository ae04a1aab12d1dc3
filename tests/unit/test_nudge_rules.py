"""bot.services.nudges' rules that are pure: "logged or changed today" in a seller's own zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.services.nudges import day_bounds

# Zones whose clocks change at midnight (a day that starts in the gap, or a midnight that comes
# twice), at a half hour (Lord Howe), or by a whole day (Apia skipped 30 Dec 2011), and Oslo's.
ZONES = [
    "America/Santiago",
    "America/Havana",
    "Asia/Beirut",
    "America/Asuncion",
    "Australia/Lord_Howe",
    "Pacific/Apia",
    "Europe/Oslo",
    "America/New_York",
]


@pytest.mark.parametrize("zone", ZONES)
def test_a_time_is_on_a_local_day_exactly_between_its_bounds(zone: str) -> None:
    # plan() asks begins <= updated_at < ends instead of converting each lead's time: the same
    # answer as updated_at.astimezone(zone).date() == day, every 30 minutes around each of the
    # zone's clock changes in 2011–2026.
    tz = ZoneInfo(zone)
    changes = []
    t = datetime(2011, 1, 1, tzinfo=UTC)
    while t < datetime(2027, 1, 1, tzinfo=UTC):
        if t.astimezone(tz).utcoffset() != (t + timedelta(hours=6)).astimezone(tz).utcoffset():
            changes.append(t)
        t += timedelta(hours=6)
    assert changes
    checked = 0
    for change in changes:
        t = change - timedelta(hours=30)
        while t < change + timedelta(hours=36):
            local = t.astimezone(tz).date()
            for day in (local - timedelta(days=1), local, local + timedelta(days=1)):
                begins, ends = day_bounds(day, tz)
                assert (begins <= t < ends) == (local == day), (zone, t, day)
                checked += 1
            t += timedelta(minutes=30)
    assert checked > 500


def test_a_day_that_starts_in_a_clock_change_begins_at_the_change() -> None:
    # Santiago, Sun 12 Aug 2018: 00:00 became 01:00 (-04 to -03); the day's first instant is
    # the change itself, 04:00 UTC, and it is 23 hours long.
    tz = ZoneInfo("America/Santiago")
    begins, ends = day_bounds(date(2018, 8, 12), tz)
    assert begins == datetime(2018, 8, 12, 4, tzinfo=UTC)
    assert ends == datetime(2018, 8, 13, 3, tzinfo=UTC)
    assert (begins - timedelta(microseconds=1)).astimezone(tz).date() == date(2018, 8, 11)
    assert begins.astimezone(tz).hour == 1
