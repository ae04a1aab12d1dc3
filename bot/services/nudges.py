"""Which warm leads and A-customers a seller should be reminded of, and when. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

REPEAT_AFTER = timedelta(days=3)  # a lead nudged once waits 3 days, unless it changed
SNOOZE_DAYS = 3
MAX_LISTED = 10
A_TOUCHPOINTS_PER_YEAR = 4
A_QUIET_DAYS = 90


@dataclass(frozen=True)
class LeadFacts:
    lead_id: int
    status: str
    temperature: str | None
    next_step_due: date | None
    snoozed_until: date | None
    updated_at: datetime
    nudged_at: datetime | None


def lead_needs_nudge(lead: LeadFacts, today: date, now: datetime, touched_today: bool) -> bool:
    """Warm or hot, open, no next step (or an overdue one), not snoozed, not logged on today,
    and not reminded in the last 3 days unless it changed since."""
    if lead.status != "open" or lead.temperature not in {"warm", "hot"}:
        return False
    if lead.next_step_due is not None and lead.next_step_due >= today:
        return False
    if lead.snoozed_until is not None and today <= lead.snoozed_until:
        return False
    if touched_today:
        return False
    if lead.nudged_at is None:
        return True
    return now - lead.nudged_at >= REPEAT_AFTER or lead.updated_at > lead.nudged_at


def a_customer_needs_touch(
    touchpoints_12_months: int, last_touch: date | None, today: date
) -> bool:
    """Four touchpoints a year on every A-customer: fewer than 4 in the last 12 months (365 days,
    today included) and none in the last 90 days (today included)."""
    if touchpoints_12_months >= A_TOUCHPOINTS_PER_YEAR:
        return False
    return last_touch is None or last_touch <= today - timedelta(days=A_QUIET_DAYS)


def due_now(local_now: datetime, nudge_hour: int) -> bool:
    """Working days only, from the team's nudge hour in the seller's own time zone."""
    return local_now.weekday() < 5 and local_now.hour >= nudge_hour
