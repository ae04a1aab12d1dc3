"""Plain values that renderers receive instead of database rows: what a list of leads or of
recent activities shows, copied out of the unit of work that read it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from storage.aggregates import LeadFacts
from storage.models import Activity, Lead


@dataclass(frozen=True, slots=True)  # slots: a nudge pass makes thousands
class LeadLine:
    id: int
    customer: str
    status: str
    temperature: str | None
    offer_amount: Decimal | None
    currency: str | None
    next_step: str | None
    next_step_due: date | None
    snoozed_until: date | None
    updated_at: datetime
    # The day its last activity happened; None: not read (updated_at stands in).
    last_activity_on: date | None = None
    # A nudge DM's lead that has been handed over since the DM was sent: its new owner's user id
    # (the DM, redrawn, says so instead of asking its reader to act on it).
    handed_to: str | None = None
    # A nudge DM's lead with a meeting or call logged on it since the DM was sent ("Done
    # already", or a /logcall): done, shown so instead of its buttons.
    logged: bool = False
    # Its next step's time of day, when one was planned (shown the reader's way).
    next_step_time: time | None = None

    @property
    def quiet_since(self) -> date:
        """The day it has had no next step since: its last activity's, else its last change's."""
        return self.last_activity_on or self.updated_at.date()

    def step_overdue(self, today: date) -> bool:
        """Its next step's day has passed with nothing logged on the lead on or after that day.
        A step whose day saw an activity on the lead (the meeting held as planned, or later) was
        kept: the lead needs a new one, but no step of it is overdue."""
        due = self.next_step_due
        if due is None or due >= today:
            return False
        return self.last_activity_on is None or self.last_activity_on < due

    @classmethod
    def of(cls, lead: Lead | LeadFacts, last_activity_on: date | None = None) -> LeadLine:
        """From a lead row (with its last activity's day, when read), or from the nudge query's
        facts (which carry the customer's name and that day)."""
        customer = lead.customer if isinstance(lead.customer, str) else lead.customer.name
        return cls(
            id=lead.id,
            customer=customer,
            status=lead.status,
            temperature=lead.temperature,
            offer_amount=lead.offer_amount,
            currency=lead.currency,
            next_step=lead.next_step,
            next_step_due=lead.next_step_due,
            next_step_time=lead.next_step_time,
            snoozed_until=lead.snoozed_until,
            updated_at=lead.updated_at,
            last_activity_on=(
                lead.last_activity_on if isinstance(lead, LeadFacts) else last_activity_on
            ),
        )


@dataclass(frozen=True)
class OfferStep:
    amount: Decimal
    currency: str | None
    day: date


@dataclass(frozen=True)
class OfferHistory:
    """An open offer and how it was revised: the first amount sent, then each revision."""

    customer: str
    steps: list[OfferStep]


def offer_histories(
    rows: Iterable[tuple[str, int, Decimal, str | None, date]],
) -> list[OfferHistory]:
    by_lead: dict[int, OfferHistory] = {}
    for customer, lead_id, amount, currency, day in rows:
        history = by_lead.setdefault(lead_id, OfferHistory(customer, []))
        history.steps.append(OfferStep(amount, currency, day))
    return list(by_lead.values())


@dataclass(frozen=True)
class ActivityLine:
    id: int
    kind: str
    customer: str
    occurred_on: date
    amount: Decimal | None
    currency: str | None

    @classmethod
    def of(cls, activity: Activity) -> ActivityLine:
        return cls(
            id=activity.id,
            kind=activity.kind,
            customer=activity.customer.name,
            occurred_on=activity.occurred_on,
            amount=activity.amount,
            currency=activity.currency,
        )


def lead_lines(leads: Iterable[Lead]) -> list[LeadLine]:
    return [LeadLine.of(lead) for lead in leads]


def activity_lines(activities: Iterable[Activity]) -> list[ActivityLine]:
    return [ActivityLine.of(a) for a in activities]
