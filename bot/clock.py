"""The one place that reads the wall clock, so tests can move it (freezegun)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def local_today(clock: Clock, timezone: str | None, fallback: str = "Europe/Oslo") -> date:
    """Today's date where the person is."""
    try:
        zone = ZoneInfo(timezone or fallback)
    except (KeyError, ValueError):
        zone = ZoneInfo(fallback)
    return clock.now().astimezone(zone).date()
