"""When is a team's weekly digest due? Pure: the team's settings and `now` in, an answer out.
No per-team in-memory cron state: restarts, downtime, DST and changed settings all follow."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.services.kpis import Week

_CLOCK_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def readable_schedule(weekday: object, at: object) -> bool:
    """A digest day 0–6 (Monday–Sunday) and a time HH:MM on the clock."""
    return (
        isinstance(weekday, int)
        and 0 <= weekday <= 6
        and isinstance(at, str)
        and _CLOCK_TIME.fullmatch(at) is not None
    )


@dataclass(frozen=True)
class Due:
    moment: datetime  # when it was due, aware UTC
    week: Week  # the week the digest is about


def digest_moment(week_of_send: Week, weekday: int, at: str, timezone: str) -> datetime:
    """The digest's local day and time in the given ISO week, as aware UTC (DST handled by zoneinfo)."""
    hour, minute = (int(x) for x in at.split(":"))
    day = week_of_send.monday + timedelta(days=weekday)
    local = datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(timezone))
    return local.astimezone(ZoneInfo("UTC"))


def reported_week(week_of_send: Week, weekday: int) -> Week:
    """Monday–Thursday digests look back at last week; Friday–Sunday ones at the week ending."""
    return week_of_send.shift(-1) if weekday < 4 else week_of_send


def due_digests(
    weekday: int,
    at: str,
    timezone: str,
    now: datetime,
    grace: timedelta,
    *,
    catch_up_all: bool = False,
) -> list[Due]:
    """Digests due at `now`: the latest scheduled moment that has passed, if within `grace`
    (a bot down for a week sends only the latest week), or every missed one with catch_up_all."""
    local_now = now.astimezone(ZoneInfo(timezone))
    this_week = Week.of(local_now.date())
    found: list[Due] = []
    for back in range(0, 53 if catch_up_all else 2):
        week = this_week.shift(-back)
        moment = digest_moment(week, weekday, at, timezone)
        if moment > now:
            continue
        if not catch_up_all:
            if now - moment <= grace:
                found.append(Due(moment, reported_week(week, weekday)))
            break
        if now - moment > timedelta(weeks=8):
            break
        found.append(Due(moment, reported_week(week, weekday)))
    return sorted(found, key=lambda d: d.moment)
