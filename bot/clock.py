"""The one place that reads the wall clock, so tests can move it (freezegun)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def _zone(timezone: str | None, fallback: str) -> ZoneInfo:
    try:
        return ZoneInfo(timezone or fallback)
    except (KeyError, ValueError, OSError):  # OSError: a "name" longer than a file name
        return ZoneInfo(fallback)  # an unknown zone


def local_date(now: datetime, timezone: str | None, fallback: str = "Europe/Oslo") -> date:
    """The date it is at `now` in a time zone (an unknown zone falls back to Oslo)."""
    return now.astimezone(_zone(timezone, fallback)).date()


def local_time(now: datetime, timezone: str | None, fallback: str = "Europe/Oslo") -> time:
    """The time of day it is at `now` in a time zone (an unknown zone falls back to Oslo)."""
    return now.astimezone(_zone(timezone, fallback)).time()


def local_today(clock: Clock, timezone: str | None, fallback: str = "Europe/Oslo") -> date:
    """Today's date where the person is."""
    return local_date(clock.now(), timezone, fallback)
