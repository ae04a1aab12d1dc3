"""Which warm leads and A-customers a seller should be reminded of, and when. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain import DEFAULT_ZONE
from bot.services import public_holidays
from bot.services.kpis import is_working_day
from bot.services.read_models import LeadLine
from storage.aggregates import LeadFacts

REPEAT_AFTER = timedelta(days=3)  # a lead nudged once waits 3 days, unless it changed
# "Snooze 3 working days": the lead stays quiet for the next three days a nudge could come
# (bot.jobs.tick: working days where the seller works), and is back on the fourth. Was: three
# calendar days, so a Friday's snooze woke on Monday, one working day later.
SNOOZE_DAYS = 3
MAX_LISTED = 10
A_TOUCHPOINTS_PER_YEAR = 4
A_QUIET_DAYS = 90  # a quarter: four touchpoints a year, one in every 90 days
# A-customers due a touchpoint are listed about once a week: the cadence is four a year, so a
# daily reminder of the same customers is noise a seller learns to mute. A customer touched
# meanwhile is simply no longer due (the list is read anew each day). They come in a DM of
# their own 7 days after they were last listed, and from 5 days with a DM the leads send
# anyway: the list rides on Monday's lead DM rather than coming alone on Tuesday (was: a DM on
# Monday for the leads, another on Tuesday for the A-customers, a third on Thursday).
A_LIST_EVERY = timedelta(days=7)
A_LIST_WITH_LEADS = timedelta(days=5)


def lead_waits(lead: LeadFacts, today: date, touched_today: bool) -> bool:
    """Warm or hot, open, no next step (or an overdue one), not snoozed, not logged on today:
    a lead a DM lists when one goes out."""
    if lead.status != "open" or lead.temperature not in {"warm", "hot"}:
        return False
    if lead.next_step_due is not None and lead.next_step_due >= today:
        return False
    if lead.snoozed_until is not None and today <= lead.snoozed_until:
        return False
    return not touched_today


def nudge_day(day: date, zone: str | None) -> bool:
    """A day a nudge may come where the seller works (as bot.jobs.tick decides): Monday to
    Friday, not a public holiday there, nor a day off by custom (julaften, midsommarafton)."""
    return is_working_day(
        day, public_holidays.calendar_for(zone)
    ) and not public_holidays.day_off_by_custom(day, zone)


def day_off(day: date, zone: str | None) -> str | None:
    """Why `day` is no working day where the seller works: "weekend", "holiday" (a public
    holiday there, or a day off by custom: julaften), or None for a working day."""
    if day.weekday() >= 5:
        return "weekend"
    return None if nudge_day(day, zone) else "holiday"


def snoozed_until(today: date, zone: str | None, days: int = SNOOZE_DAYS) -> date:
    """The last day a lead snoozed `today` keeps quiet: the `days`th nudge day after today (a
    Friday's snooze: Wednesday, back on Thursday; over 17 May: a day later)."""
    day, left = today, days
    while left:
        day += timedelta(days=1)
        left -= nudge_day(day, zone)
    return day


def reminder_due(lead: LeadFacts, now: datetime) -> bool:
    """Not reminded in the last 3 days, unless it changed since."""
    if lead.nudged_at is None:
        return True
    return now - lead.nudged_at >= REPEAT_AFTER or lead.updated_at > lead.nudged_at


def lead_needs_nudge(lead: LeadFacts, today: date, now: datetime, touched_today: bool) -> bool:
    """A waiting lead (`lead_waits`) due a reminder: one such lead is what sends a DM."""
    return lead_waits(lead, today, touched_today) and reminder_due(lead, now)


def a_customer_needs_touch(
    touchpoints_12_months: int, last_touch: date | None, today: date
) -> bool:
    """Four touchpoints a year on every A-customer, spread over the year: one a quarter, so a
    customer is due when none fell in the last 90 days (today included), however many the
    12 months before held. Was: four or more in the last 12 months kept it from being due, so
    an A-customer worked hard in one autumn month was left quiet into the summer with no
    reminder. `touchpoints_12_months` is what the reminder shows (365 days, today included)."""
    return last_touch is None or last_touch <= today - timedelta(days=A_QUIET_DAYS)


def a_customers_listed_today(last_listed: date | None, today: date) -> bool:
    """May today's DM list the A-customers due a touchpoint? Not when the seller's DM listed
    them fewer than 7 days ago (`last_listed`: that DM's local day). So they come on the
    seller's first nudge day with any due, then a week later at the earliest, whatever DMs the
    leads bring in between; a holiday or an away day only moves the list on a day."""
    return last_listed is None or today - last_listed >= A_LIST_EVERY


def a_customers_ride_along(last_listed: date | None, today: date) -> bool:
    """May today's DM list the A-customers due a touchpoint, if the leads send one anyway? From
    5 days after they were last listed."""
    return last_listed is None or today - last_listed >= A_LIST_WITH_LEADS


def a_listed_since(today: date) -> date:
    """The first day whose A-customer list keeps `today`'s DM from listing them again."""
    return today - A_LIST_EVERY + timedelta(days=1)


# The working day's end: a nudge not sent by then (the scheduler down all day) waits for the next
# working morning, never a DM about work at 22:00. A nudge hour at or after it keeps one hour.
WORKDAY_ENDS = 18


def due_now(local_now: datetime, nudge_hour: int) -> bool:
    """Working days only, from the team's nudge hour in the seller's own time zone, until the
    working day ends."""
    ends = max(WORKDAY_ENDS, nudge_hour + 1)
    return local_now.weekday() < 5 and nudge_hour <= local_now.hour < ends


# -- planning a pass: pure, from facts the job read in a few batched queries -------------------
DEFAULT_NUDGE_HOUR = 9


@dataclass(frozen=True)
class Recipient:
    """A seller who might get today's nudge, with what deciding and wording it needs."""

    seller_id: int
    workspace_id: str
    user_id: str
    name: str
    locale: str | None
    timezone: str  # the seller's own, else the team's, else Oslo
    nudge_hour: int  # the team's
    team_language: str | None
    language: str | None = None  # chosen with /kpi language
    currency: str | None = None  # the team's (views32: a krone not its own with its code)


@dataclass(frozen=True)
class NudgePlan:
    recipient: Recipient
    day: date  # the seller's local date: one DM per seller per day
    leads: list[LeadLine]  # shown, hot before warm, oldest change first (at most MAX_LISTED)
    more: int  # leads not listed (the App Home lists every warm lead without a next step)
    a_customers: list[dict[str, Any]]  # name, count, last (at most MAX_LISTED)
    # A-customers not listed: the App Home does not list A-customers, `/kpi callday` does.
    a_more: int = 0
    # The leads counted in "…and N more": reminded by this DM too (marked nudged with those
    # shown), else each pass would find them due and send the same ten again every day.
    more_ids: tuple[int, ...] = ()


def zone(seller_timezone: str | None, team_timezone: str | None) -> str:
    return seller_timezone or team_timezone or DEFAULT_ZONE


def local_now(now: datetime, timezone: str) -> datetime:
    try:
        return now.astimezone(ZoneInfo(timezone))
    except (KeyError, ValueError, OSError):  # an unknown zone: Oslo, as clock.local_date does
        return now.astimezone(ZoneInfo(DEFAULT_ZONE))


def day_bounds(day: date, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """The first instant of `day` in `tz` and of the day after, in UTC: a time is on `day` there
    exactly when begins <= time < ends (a day that starts in a clock change's gap starts at
    the change; fold=0 is a repeated midnight's first)."""
    return (
        datetime.combine(day, time(), tz).astimezone(UTC),
        datetime.combine(day + timedelta(days=1), time(), tz).astimezone(UTC),
    )


def a_customers_by_owner(
    rows: Iterable[tuple[str, int, str, int, date | None, int | None]], today: date
) -> dict[int, list[dict[str, Any]]]:
    """A-customers behind on their 4 touchpoints a year, per owner (the seller who touched them
    last), from (workspace, id, name, touches in 12 months, last touch, owner) rows."""
    found: dict[int, list[dict[str, Any]]] = {}
    for _ws, _cid, name, count, last, owner in rows:
        if owner is not None and a_customer_needs_touch(count, last, today):
            found.setdefault(owner, []).append({"name": name, "count": count, "last": last})
    return found


def plan(
    recipient: Recipient,
    leads: Iterable[LeadFacts],
    a_customers: list[dict[str, Any]],
    now: datetime,
    *,
    a_alone: bool = True,
) -> NudgePlan | None:
    """What one seller's DM lists today, or None when nothing needs them. `leads` are the
    seller's open warm leads, oldest change first; the DM lists the hot ones first.
    `a_customers`: those due a touchpoint that today's DM may list; `a_alone`: False when they
    may only ride on a DM the leads send (their week is not up yet)."""
    here = local_now(now, recipient.timezone)
    today = here.date()
    # "Logged or changed today" in the seller's zone, as UTC instants: the day's first one and
    # the next day's (a pass reads thousands of leads; converting each one's time cost more).
    begins, ends = day_bounds(today, here.tzinfo)
    waiting = [lead for lead in leads if lead_waits(lead, today, begins <= lead.updated_at < ends)]
    # A lead due a reminder sends the DM, and the DM then lists every lead waiting for a next
    # step: its count is the seller's true number. Was: only the leads due that day, so a
    # seller with leads logged on different days got each day's few ("1 warm lead has no
    # planned next step" while three had none).
    due = waiting if any(reminder_due(lead, now) for lead in waiting) else []
    if not due and not a_alone:
        a_customers = []  # their week is not up: they wait for a DM the leads send, or for it
    if not due and not a_customers:
        return None
    # Hot leads first, then warm, each oldest change first: a DM lists ten, and a hot lead
    # must not be the one left to "…and 2 more" behind ten older warm ones.
    due.sort(key=lambda lead: lead.temperature != "hot")
    shown = [
        LeadLine(
            lead.id, lead.customer, lead.status, lead.temperature, lead.offer_amount,
            lead.currency, lead.next_step, lead.next_step_due, lead.snoozed_until,
            lead.updated_at, lead.last_activity_on, next_step_time=lead.next_step_time,
        )  # LeadLine.of(lead), positionally: a pass makes thousands
        for lead in due[:MAX_LISTED]
    ]  # fmt: skip
    a_more = max(0, len(a_customers) - MAX_LISTED)
    return NudgePlan(
        recipient=recipient,
        day=today,
        leads=shown,
        more=len(due) - len(shown),
        a_customers=a_customers[:MAX_LISTED],
        a_more=a_more,
        more_ids=tuple(lead.id for lead in due[MAX_LISTED:]),
    )
