"""A seller's call-day list (`/kpi callday`): the open offers nobody has touched for two weeks
and the A-customers behind on four touchpoints a year, in the order to call them. Reads only;
no Slack, no clock reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import nudges
from bot.services.requester import Who, may_act_for
from storage import aggregates as agg
from storage import repositories as repo
from storage.models import Seller

QUIET_OFFER_DAYS = 14
A_WINDOW = timedelta(days=365)
SHOWN = 15


@dataclass(frozen=True)
class QuietOffer:
    lead_id: int
    customer: str
    amount: Decimal
    currency: str
    last_touch: date | None
    days_quiet: int | None


@dataclass(frozen=True)
class DueACustomer:
    customer: str
    touches: int  # in the last 12 months
    last_touch: date | None


@dataclass(frozen=True)
class CallDay:
    name: str
    own: bool
    offers: list[QuietOffer]
    a_customers: list[DueACustomer]


def call_day(session: Session, who: Who, user_id: str | None = None) -> CallDay:
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    if user_id is not None and user_id != who.user_id:
        other = repo.seller_by_user(session, who.workspace_id, user_id)
        if other is None or not may_act_for(session, who.workspace_id, who.user_id, other):
            raise UserError("not_manager")
        seller = other
    today = who.today
    quiet = agg.quiet_offers(
        session, who.workspace_id, seller.id, today - timedelta(days=QUIET_OFFER_DAYS)
    )
    offers = [
        QuietOffer(
            lead_id,
            name,
            amount,
            currency or who.currency,
            last,
            (today - last).days if last is not None else None,
        )
        for lead_id, name, amount, currency, last, due in quiet
        if due is None or due < today  # a step planned ahead is not forgotten
    ]
    rows = agg.quiet_a_customers(
        session,
        [who.workspace_id],
        today - A_WINDOW,
        today - timedelta(days=nudges.A_QUIET_DAYS),
    )
    due = [
        DueACustomer(name, count, last)
        for _ws, _cid, name, count, last, owner in rows
        if owner == seller.id and nudges.a_customer_needs_touch(count, last, today)
    ]
    due.sort(key=lambda c: (c.last_touch or date.min, c.customer.casefold()))
    return CallDay(
        seller.display_name or seller.slack_user_id,
        seller.id == who.seller_id,
        offers[:SHOWN],
        due[:SHOWN],
    )
