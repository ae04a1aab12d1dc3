"""Deciding what a logged activity changes: the customer, the lead, and the activity row itself.
Undo restores the lead as it was. No Slack here, no clock reads: `now` is passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.domain import ActivityKind, LeadStatus, Source, Temperature
from bot.errors import WinNeedsAmount
from bot.services.commands import LogCommand
from bot.services.customers import customer_key, suggest
from bot.services.questions import NO_ANSWERS, Answers, NeedsAnswer
from storage import repositories as repo
from storage.models import Activity, Customer, Lead, SalesTeam, Seller


@dataclass(frozen=True)
class Actor:
    """Who is logging, where, and the team defaults that apply."""

    workspace_id: str
    seller: Seller
    team: SalesTeam | None
    currency: str


@dataclass
class Recorded:
    activity: Activity
    duplicate: bool = False
    new_customer: bool = False
    previous_amount: Decimal | None = None


def apply(lead: Lead, activity: Activity) -> None:
    """What one activity does to its lead. Used when logging, and to rebuild a lead from its
    remaining activities after an undo (so undoing any entry, not only the newest, is exact)."""
    kind = ActivityKind(activity.kind)
    lead.owner_id = activity.seller_id
    if activity.temperature is not None:
        lead.temperature = activity.temperature
    if activity.next_step_due is not None:
        lead.next_step = activity.next_step
        lead.next_step_due = activity.next_step_due
    if kind is ActivityKind.OFFER:
        lead.offer_amount = activity.amount
        lead.currency = activity.currency
        lead.offer_sent_on = activity.occurred_on
        lead.temperature = lead.temperature or Temperature.WARM.value
    elif kind is ActivityKind.WIN:
        lead.offer_amount = activity.amount
        lead.currency = activity.currency
        lead.status = LeadStatus.WON.value
        lead.closed_at = activity.created_at
    elif kind is ActivityKind.LOSS:
        lead.status = LeadStatus.LOST.value
        lead.closed_at = activity.created_at


def rebuild(lead: Lead, live: list[Activity]) -> None:
    """The lead as its live activities (oldest first) make it."""
    lead.status = LeadStatus.OPEN.value
    lead.temperature = None
    lead.offer_amount = lead.currency = lead.offer_sent_on = None
    lead.next_step = lead.next_step_due = None
    lead.closed_at = None
    for activity in live:
        apply(lead, activity)


def resolve_customer(
    session: Session, workspace_id: str, typed: str, *, allow_new: bool
) -> tuple[Customer, bool]:
    """The customer the seller means. A near-miss of a known name asks (the seller picks one
    or says it is new) unless `allow_new` says they already chose to create it."""
    key = customer_key(typed)
    customer = repo.customer_by_key(session, workspace_id, key)
    if customer is not None:
        return customer, False
    if not allow_new:
        suggestions = suggest(typed, repo.customer_names(session, workspace_id))[:3]
        if suggestions:
            raise NeedsAnswer(
                "customer",
                {"typed": typed, "suggestions": suggestions},
                (*(f"pick:{i}" for i in range(len(suggestions))), "new"),
            )
    return repo.add_customer(session, workspace_id, typed[:200], key), True


def record(
    session: Session,
    actor: Actor,
    cmd: LogCommand,
    *,
    source: Source,
    source_ref: str,
    now: datetime,
    answers: Answers = NO_ANSWERS,
) -> Recorded:
    """Store one activity and apply it to the customer's lead, exactly once per source_ref."""
    ws = actor.workspace_id
    existing = repo.activity_by_ref(session, ws, source_ref)
    if existing is not None:
        return Recorded(existing, duplicate=True)

    customer, is_new = resolve_customer(session, ws, cmd.customer, allow_new=answers.new_customer)
    # Serialise work on one customer (PostgreSQL row lock), so two concurrent offers cannot both
    # see "no open lead" and open two. SQLite's BEGIN IMMEDIATE already serialises writers.
    repo.lock_customer(session, ws, customer.id)
    lead = repo.open_lead(session, ws, customer.id)
    kind = ActivityKind(cmd.kind)
    amount = cmd.amount
    currency = cmd.currency or (lead.currency if lead and lead.currency else actor.currency)
    previous_amount: Decimal | None = None

    if kind is ActivityKind.WIN and amount is None:
        if lead is None or lead.offer_amount is None:
            raise WinNeedsAmount(customer.name)
        amount = lead.offer_amount
        currency = lead.currency or currency

    needs_lead = (
        lead is not None
        or kind in {ActivityKind.OFFER, ActivityKind.WIN}
        or bool(cmd.temperature or cmd.next_step)
    )
    try:
        # One savepoint (PostgreSQL) for the lead and the activity: a duplicate delivery racing
        # this one leaves neither.
        with repo.atomic(session):
            activity = Activity(
                workspace_id=ws,
                team_id=actor.team.id if actor.team else actor.seller.team_id,
                seller_id=actor.seller.id,
                customer=customer,  # already loaded: the confirmation needs no second read
                kind=kind.value,
                occurred_on=cmd.when,
                amount=amount,
                currency=currency if amount is not None else None,
                margin_pct=cmd.margin_pct,
                temperature=cmd.temperature.value if cmd.temperature else None,
                next_step=cmd.next_step.what[:200] if cmd.next_step else None,
                next_step_due=cmd.next_step.due if cmd.next_step else None,
                note=cmd.note,
                source=source.value,
                source_ref=source_ref,
                created_at=now,
            )
            if lead is None and needs_lead:
                lead = Lead(
                    workspace_id=ws,
                    customer_id=customer.id,
                    owner_id=actor.seller.id,
                    team_id=actor.team.id if actor.team else None,
                    status=LeadStatus.OPEN.value,
                    created_at=now,
                )
                session.add(lead)
            if lead is not None:
                previous_amount = lead.offer_amount if kind is ActivityKind.OFFER else None
                # The lead takes its new state before it is written: one INSERT or UPDATE.
                apply(lead, activity)
                lead.updated_at = now
                if lead.id is None:
                    session.flush()  # the new lead's id, for the activity
                activity.lead_id = lead.id
            repo.add_activity(session, activity)
    except IntegrityError:
        # The same delivery was stored by another worker a moment ago: theirs is the record.
        stored = repo.activity_by_ref(session, ws, source_ref)
        if stored is None:
            raise
        return Recorded(stored, duplicate=True)
    return Recorded(activity, new_customer=is_new, previous_amount=previous_amount)


@dataclass(frozen=True)
class UndoResult:
    state: str  # "undone" | "already" | "forbidden" | "missing"
    activity: Activity | None = None


def undo(
    session: Session,
    workspace_id: str,
    activity: Activity | None,
    *,
    by_user: str,
    by_manager: bool,
    now: datetime,
) -> UndoResult:
    """Soft-delete an activity and put its lead back as it was. Idempotent."""
    if activity is None or activity.workspace_id != workspace_id:
        return UndoResult("missing")
    if activity.seller.slack_user_id != by_user and not by_manager:
        return UndoResult("forbidden", activity)
    if activity.deleted_at is not None:
        return UndoResult("already", activity)
    repo.soft_delete(activity, by_user=by_user, at=now)
    if activity.lead_id is not None:
        lead = repo.lead_by_id(session, workspace_id, activity.lead_id)
        live = repo.live_activities_on_lead(session, workspace_id, activity.lead_id)
        if lead is not None and live:
            rebuild(lead, live)
            lead.updated_at = now
        elif lead is not None:
            # Nothing left that made this lead: it goes with its last activity.
            for gone in repo.activities_on_lead(session, workspace_id, lead.id):
                gone.lead_id = None
            session.flush()
            session.delete(lead)
    session.flush()
    return UndoResult("undone", activity)


def plan_next_step(session: Session, actor: Actor, cmd: LogCommand, *, now: datetime) -> Lead:
    """A meeting announced for the future ("Möte med Volvo imorgon"): the lead's next
    activity, not a logged meeting."""
    assert cmd.next_step is not None
    customer, _new = resolve_customer(session, actor.workspace_id, cmd.customer, allow_new=True)
    repo.lock_customer(session, actor.workspace_id, customer.id)
    lead = repo.open_lead(session, actor.workspace_id, customer.id)
    if lead is None:
        lead = Lead(
            workspace_id=actor.workspace_id,
            customer_id=customer.id,
            owner_id=actor.seller.id,
            team_id=actor.team.id if actor.team else None,
            status=LeadStatus.OPEN.value,
            temperature=Temperature.WARM.value,
            created_at=now,
        )
        session.add(lead)
    lead.next_step, lead.next_step_due = cmd.next_step.what, cmd.next_step.due
    lead.updated_at = now
    session.flush()
    return lead
