"""Each lead's history, and the figures of a past period as they stood at its end.

A lead row holds its current state; `lead_states` holds every state it has had, each valid from
the moment it was made until the next change (valid_to None: still so). Whoever changes a lead
calls `record_lead_state` in the same transaction (logging, undo, nudge answers, next steps,
handover, merges).

The moment of a change is when it was made (the request's `now`, an activity's created_at), not
the day an activity says it happened: an offer sent last Friday and logged on Monday was not in
the pipeline a digest showed for last week, and a later change never rewrites what a past week
showed. "As of" a moment means the state in force just before it: the last change made before
`as_of` (for a week, `as_of` is the next Monday 00:00 in the team's time zone).

Repository functions: they never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    inspect,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from bot.domain import LeadStatus
from storage.aggregates import Amounts, _day, per_owner
from storage.models import Activity, Customer, Lead, LeadMerge, LeadState
from storage.rows import LeadRow, add_lead_state, flush_first, lead_changed, save_lead, write

# The lead's columns its history keeps: what the figures of a past week read.
TRACKED = (
    "customer_id",
    "owner_id",
    "team_id",
    "status",
    "temperature",
    "offer_amount",
    "currency",
    "offer_sent_on",
    "next_step_due",
)


def _changed(lead: Any) -> bool:
    if isinstance(lead, LeadRow):
        return lead_changed(lead, TRACKED)
    state = inspect(lead)
    if not state.persistent:
        return True  # a new lead: its first state
    return any(state.attrs[name].history.has_changes() for name in TRACKED)


def _is_new(lead: Any) -> bool:
    if isinstance(lead, LeadRow):
        return lead.stored is None
    return not inspect(lead).persistent


def record_lead_state(session: Session, lead: Any, now: datetime, *, force: bool = False) -> None:
    """Keep the lead's state from `now` on: close its current history row and add one with the
    lead as it is now. Call after changing the lead and before it is written (the change is
    seen on the lead's unwritten attributes: an ORM Lead's before its flush, a LeadRow's before
    `storage.save_lead`; nothing is written when no tracked column changed), or with
    `force` when the change was written already (a row is written anyway; an unchanged one is
    harmless). A new lead is written here for its id."""
    if not force and not _changed(lead):
        return
    first = _is_new(lead)
    if lead.id is None:
        if isinstance(lead, LeadRow):
            save_lead(session, lead)
        else:
            session.flush()
    if not first:
        end_lead_state(session, lead.id, now)
    add_lead_state(
        session,
        {
            "workspace_id": lead.workspace_id,
            "lead_id": lead.id,
            "valid_from": now,
            **{name: getattr(lead, name) for name in TRACKED},
        },
    )


def rename_customer(session: Session, workspace_id: str, old_id: int, new_id: int) -> None:
    """Every state that named customer `old_id` names `new_id` (a customer merged into another:
    they were one customer all along, and the old row goes)."""
    session.execute(
        update(LeadState)
        .where(LeadState.workspace_id == workspace_id, LeadState.customer_id == old_id)
        .values(customer_id=new_id)
        .execution_options(synchronize_session=False)
    )


def end_lead_state(session: Session, lead_id: int, now: datetime) -> None:
    """The lead's current state ends at `now` (it changes, or the lead is deleted)."""
    flush_first(session)
    write(session, _end_lead_state(), {"lead": lead_id, "now": now})


@cache
def _end_lead_state() -> Any:
    table = LeadState.__table__
    return (
        table.update()
        .where(table.c.lead_id == bindparam("lead"), table.c.valid_to.is_(None))
        .values(valid_to=bindparam("now"))
    )


# --------------------------------------------------------------------------- as of a moment


def _open_then(*columns, where=()):  # type: ignore[no-untyped-def]
    """The open states in force at :as_of of the owners :ids in workspace :ws (with `where`), as a
    subquery of `columns`: the rows still current (valid_to IS NULL) and those that ended after
    :as_of, two ranges of ix_lead_states_asof. (One OR of the two would make the databases read
    every open state the owners ever had, most of them superseded long before.)"""
    as_of = bindparam("as_of")
    base = (
        LeadState.workspace_id == bindparam("ws"),
        LeadState.owner_id.in_(bindparam("ids", expanding=True)),
        LeadState.status == LeadStatus.OPEN.value,
        LeadState.valid_from < as_of,
        *where,
    )
    return union_all(
        select(*columns).where(*base, LeadState.valid_to.is_(None)),
        select(*columns).where(*base, LeadState.valid_to >= as_of),
    ).subquery("then")


def _params(workspace_id: str, seller_ids: Sequence[int], as_of: datetime, **more: object) -> dict:
    return {"ws": workspace_id, "ids": list(seller_ids), "as_of": as_of, **more}


def pipeline_as_of(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    currency: str,
    as_of: datetime,
) -> dict[int, tuple[int, Amounts]]:
    """aggregates.pipeline as it stood at `as_of`: open offers per owner (count, value per
    currency; `currency` for rows without one)."""
    if not seller_ids:
        return {}
    rows = session.execute(_pipeline_query(), _params(workspace_id, seller_ids, as_of))
    return per_owner(rows, currency)


@cache
def _pipeline_query() -> Select:
    then = _open_then(
        LeadState.owner_id,
        LeadState.currency,
        LeadState.offer_amount,
        where=(LeadState.offer_amount.is_not(None),),
    )
    return select(
        then.c.owner_id, then.c.currency, func.count(), func.sum(then.c.offer_amount)
    ).group_by(then.c.owner_id, then.c.currency)


def new_customer_pipeline_as_of(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    currency: str,
    as_of: datetime,
) -> dict[int, tuple[int, Amounts]]:
    """aggregates.new_customer_pipeline as it stood at `as_of`: the open offers then to
    customers with no win known then (logged before `as_of`, not undone before it). A lead
    deleted since (its last activity undone) has no customer to tell by and is left out."""
    if not seller_ids:
        return {}
    rows = session.execute(_new_customer_pipeline_query(), _params(workspace_id, seller_ids, as_of))
    return per_owner(rows, currency)


@cache
def _new_customer_pipeline_query() -> Select:
    then = _open_then(
        LeadState.owner_id,
        LeadState.lead_id,
        LeadState.currency,
        LeadState.offer_amount,
        where=(LeadState.offer_amount.is_not(None),),
    )
    as_of = bindparam("as_of")
    # Each offer's customer once (a lead deleted since still has one: see _customer_of).
    offers = select(
        then.c.owner_id,
        then.c.currency,
        then.c.offer_amount,
        _customer_of(then.c.lead_id).label("customer_id"),
    ).subquery("offers")
    won = (
        select(Activity.id)
        .where(
            Activity.workspace_id == bindparam("ws"),
            Activity.customer_id == offers.c.customer_id,
            Activity.kind == "win",
            Activity.created_at < as_of,
            or_(Activity.deleted_at.is_(None), Activity.deleted_at >= as_of),
        )
        .exists()
    )
    return (
        select(offers.c.owner_id, offers.c.currency, func.count(), func.sum(offers.c.offer_amount))
        .where(offers.c.customer_id.is_not(None), ~won)
        .group_by(offers.c.owner_id, offers.c.currency)
    )


def _customer_of(lead_id):  # type: ignore[no-untyped-def]
    """The customer of the lead `lead_id` (a column): the lead's own while it exists, else the
    one its history kept (a lead deleted since, by undoing what made it, was still part of the
    weeks it stood in; "an undo after the week changes nothing about that week")."""
    kept = (
        select(LeadState.customer_id)
        .where(LeadState.lead_id == lead_id, LeadState.customer_id.is_not(None))
        .order_by(LeadState.valid_from.desc())
        .limit(1)
        .scalar_subquery()
    )
    current = select(Lead.customer_id).where(Lead.id == lead_id).scalar_subquery()
    return func.coalesce(current, kept)


def _needs_next_step():  # type: ignore[no-untyped-def]
    return and_(
        LeadState.temperature.in_(("warm", "hot")),
        or_(LeadState.next_step_due.is_(None), LeadState.next_step_due < bindparam("day")),
    )


def leads_without_next_step_as_of(
    session: Session, workspace_id: str, seller_ids: Sequence[int], day: date, as_of: datetime
) -> dict[int, int]:
    """aggregates.leads_without_next_step as it stood at `as_of`, overdue counted against
    `day` (the period's last day)."""
    if not seller_ids:
        return {}
    rows = session.execute(
        _leads_without_next_step_query(), _params(workspace_id, seller_ids, as_of, day=day)
    )
    return {o: int(n) for o, n in rows}


@cache
def _leads_without_next_step_query() -> Select:
    then = _open_then(LeadState.owner_id, where=(_needs_next_step(),))
    return select(then.c.owner_id, func.count()).group_by(then.c.owner_id)


class LeadThen(NamedTuple):
    """A lead as it stood at a past moment, to list it."""

    id: int
    owner_id: int
    customer: str
    status: str
    temperature: str | None
    offer_amount: Decimal | None
    currency: str | None
    next_step_due: date | None
    since: datetime


def leads_needing_attention_as_of(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    day: date,
    as_of: datetime,
    limit: int = 10,
) -> dict[int, list[LeadThen]]:
    """aggregates.leads_needing_attention_by_owner as it stood at `as_of` (leads deleted since,
    by undoing everything that made them, included: as counted then). Two queries: the
    states from the history's index alone, then the customers' names of the leads listed (a join
    in the first made PostgreSQL plan parallel workers that cost more than the work)."""
    if not seller_ids:
        return {}
    params = _params(workspace_id, seller_ids, as_of, day=day)
    listed: dict[int, list[tuple]] = {}
    for row in session.execute(_leads_needing_attention_query(), params):
        mine = listed.setdefault(row.owner_id, [])
        if len(mine) < limit:
            mine.append(row)
    # Asked even when nothing is listed: a pass asks the same statements whatever the data.
    ids = sorted({row.lead_id for rows in listed.values() for row in rows})
    names = {lead: name for lead, name in session.execute(_customer_names_query(), {"leads": ids})}
    found: dict[int, list[LeadThen]] = {}
    for owner, rows in listed.items():
        for row in rows:
            if row.lead_id in names:
                found.setdefault(owner, []).append(
                    LeadThen(
                        row.lead_id,
                        row.owner_id,
                        names[row.lead_id],
                        row.status,
                        row.temperature,
                        row.offer_amount,
                        row.currency,
                        row.next_step_due,
                        row.valid_from,
                    )
                )
    return found


def last_activity_days_as_of(
    session: Session, workspace_id: str, lead_ids: Sequence[int], day: date, as_of: datetime
) -> dict[int, date]:
    """aggregates.last_activity_days as it stood at `as_of`: per lead, the day of its last
    activity logged before `as_of` and not undone by then, on or before `day` (a past week's
    leads: whether a next step was kept on its day, LeadLine.step_overdue). Asked even for no
    lead: a digest's pass asks the same statements whatever the data (tests/slack/test_digest)."""
    rows = session.execute(
        select(Activity.lead_id, func.max(Activity.occurred_on))
        .where(
            Activity.workspace_id == workspace_id,
            Activity.lead_id.in_(sorted(set(lead_ids))),
            Activity.occurred_on <= day,
            Activity.created_at < as_of,
            # Found by its leads (ix on lead_id), not by the index of undone rows a seller's
            # corrections use (tests/storage/test_query_plans.py picks those by their words).
            or_(
                Activity.deleted_at.is_(None),
                literal(as_of, Activity.deleted_at.type) <= Activity.deleted_at,
            ),
        )
        .group_by(Activity.lead_id)
    )
    return {lead_id: found for lead_id, value in rows if (found := _day(value)) is not None}


@cache
def _leads_needing_attention_query() -> Select:
    then = _open_then(
        LeadState.lead_id,
        LeadState.owner_id,
        LeadState.status,
        LeadState.temperature,
        LeadState.offer_amount,
        LeadState.currency,
        LeadState.next_step_due,
        LeadState.valid_from,
        where=(_needs_next_step(),),
    )
    return select(then).order_by(then.c.owner_id, then.c.valid_from, then.c.lead_id)


@cache
def _customer_names_query() -> Select:
    """The customers' names of the leads :leads, deleted leads included (see _customer_of)."""
    leads = (
        select(LeadState.lead_id)
        .where(LeadState.lead_id.in_(bindparam("leads", expanding=True)))
        .distinct()
        .subquery("listed")
    )
    return select(leads.c.lead_id, Customer.name).join(
        Customer, Customer.id == _customer_of(leads.c.lead_id)
    )


def stale_offers_as_of(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    before: date,
    as_of: datetime,
) -> dict[int, int]:
    """aggregates.stale_offers_by_owner as it stood at `as_of`: open offers sent before
    `before`."""
    if not seller_ids:
        return {}
    rows = session.execute(
        _stale_offers_query(), _params(workspace_id, seller_ids, as_of, before=before)
    )
    return {o: int(n) for o, n in rows}


@cache
def _stale_offers_query() -> Select:
    then = _open_then(
        LeadState.owner_id,
        where=(
            LeadState.offer_amount.is_not(None),
            LeadState.offer_sent_on < bindparam("before"),
        ),
    )
    return select(then.c.owner_id, func.count()).group_by(then.c.owner_id)


def open_offer_history_as_of(
    session: Session, workspace_id: str, owner_id: int, as_of: datetime, limit: int = 10
) -> list[tuple[str, int, Decimal, str | None, date]]:
    """aggregates.open_offer_history as it stood at `as_of`: the owner's leads with an offer out
    then (newest offer first), and each one's offers logged before it and not undone before it,
    oldest first: (customer, lead id, amount, currency, date)."""
    then = _open_then(
        LeadState.lead_id,
        LeadState.offer_sent_on,
        where=(LeadState.offer_amount.is_not(None),),
    )
    leads = [
        lead_id
        for lead_id, _sent in session.execute(
            select(then.c.lead_id, then.c.offer_sent_on)
            .order_by(then.c.offer_sent_on.desc(), then.c.lead_id.desc())
            .limit(limit),
            _params(workspace_id, [owner_id], as_of),
        )
    ]
    if not leads:
        return []
    known = (
        Activity.created_at < as_of,
        or_(Activity.deleted_at.is_(None), Activity.deleted_at >= as_of),
    )
    rows = _offers_then(session, workspace_id, leads, as_of, known)
    gone = set(leads) - {lead for _name, lead, *_rest in rows}
    if gone:
        # Entries unlinked from a deleted lead before the lead they were logged on was kept
        # (migration 0014p): found by the lead's history.
        rows += _offers_on_deleted_leads(session, workspace_id, gone, known)
    # The newest leads first; each lead's offers in the order they were logged (stable).
    return sorted(rows, key=lambda row: -row[1])


def _offers_then(
    session: Session, workspace_id: str, leads: list[int], as_of: datetime, known: tuple[Any, ...]
) -> list[tuple[str, int, Decimal, str | None, date]]:
    """The offers known at `as_of` that were part of `leads` then: logged on one of them, or on
    a lead merged into one of them before `as_of` (a lead merged later was a lead of its own
    then), whether or not the lead still exists."""
    # In their order: a later row of a lead says where it went after the earlier one (an offer
    # split off into a deal of its own was its older deal's until then, its own after:
    # recording.separate).
    merged = dict(
        session.execute(
            select(LeadMerge.lead_id, LeadMerge.into_id)
            .where(LeadMerge.workspace_id == workspace_id, LeadMerge.at < as_of)
            .order_by(LeadMerge.at, LeadMerge.id)
        ).all()
    )
    merged = {lead: into for lead, into in merged.items() if lead != into}

    def then(lead: int) -> int:
        seen = set()
        while lead in merged and lead not in seen:
            seen.add(lead)
            lead = merged[lead]
        return lead

    wanted = set(leads)
    origins = wanted | {lead for lead in merged if then(lead) in wanted}
    found = session.execute(
        select(
            Customer.name,
            Activity.origin_lead_id,
            Activity.amount,
            Activity.currency,
            Activity.occurred_on,
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .where(
            Activity.workspace_id == workspace_id,
            Activity.origin_lead_id.in_(sorted(origins)),
            Activity.kind == "offer",
            *known,
        )
        .order_by(Activity.created_at, Activity.id)
    )
    return [(n, then(lead), Decimal(a), c, d) for n, lead, a, c, d in found]


def _offers_on_deleted_leads(
    session: Session, workspace_id: str, lead_ids: set[int], known: tuple[Any, ...]
) -> list[tuple[str, int, Decimal, str | None, date]]:
    """The offers of leads deleted since (undoing their last activity unlinks the activities
    and deletes the lead): found again from the lead's history, by its customer, its owners and
    the time it existed, among the undone offers no longer on any lead."""
    spans: dict[int, dict[str, Any]] = {}
    states = session.execute(
        select(
            LeadState.lead_id,
            LeadState.customer_id,
            LeadState.owner_id,
            LeadState.valid_from,
            LeadState.valid_to,
        )
        .where(LeadState.workspace_id == workspace_id, LeadState.lead_id.in_(lead_ids))
        .order_by(LeadState.valid_from)
    )
    for lead_id, customer_id, owner_id, valid_from, valid_to in states:
        span = spans.setdefault(lead_id, {"owners": set(), "first": valid_from, "last": None})
        span["owners"].add(owner_id)
        span["customer"] = customer_id or span.get("customer")
        span["last"] = valid_to
    lead_of = [
        (
            lead_id,
            and_(
                Activity.customer_id == span["customer"],
                Activity.seller_id.in_(span["owners"]),
                Activity.created_at >= span["first"],
                Activity.deleted_at <= span["last"],
            ),
        )
        for lead_id, span in spans.items()
        if span.get("customer") is not None and span["last"] is not None
    ]
    if not lead_of:
        return []
    found = session.execute(
        select(
            Customer.name,
            case(*((where, lead) for lead, where in lead_of)),
            Activity.amount,
            Activity.currency,
            Activity.occurred_on,
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .where(
            Activity.workspace_id == workspace_id,
            Activity.kind == "offer",
            Activity.lead_id.is_(None),
            Activity.origin_lead_id.is_(None),
            Activity.deleted_at.is_not(None),
            or_(*(where for _lead, where in lead_of)),
            *known,
        )
        .order_by(Activity.created_at, Activity.id)
    )
    return [(n, lead, Decimal(a), c, d) for n, lead, a, c, d in found]


def closed_as_of(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    first_day: date,
    last_day: date,
    as_of: datetime,
) -> dict[int, tuple[int, int]]:
    """(wins, losses) per seller that happened from `first_day` to `last_day` and were known at
    `as_of`: logged before it, and not undone before it. The closing rate of a past period
    counts what was known at its end, like the pipeline; a loss logged without an offer (no
    lead) counts too, so this reads the activities, not the leads.

    The ledger as it stands (`ledger`: the live wins and losses of the days, which the reports
    count anyway) corrected by `closing_corrections`."""
    params = _params(workspace_id, seller_ids, as_of, first=first_day, last=last_day)
    ledger = {s: (int(w), int(n)) for s, w, n in session.execute(_ledger_query(), params)}
    return known_at(
        ledger, closing_corrections(session, workspace_id, seller_ids, first_day, last_day, as_of)
    )


def known_at(
    ledger: dict[int, tuple[int, int]], corrections: dict[int, tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """The ledger's (wins, losses) per seller plus the corrections to what was known then."""
    sellers = set(ledger) | set(corrections)
    known = {}
    for sid in sellers:
        (w, n), (dw, dn) = ledger.get(sid, (0, 0)), corrections.get(sid, (0, 0))
        if w + dw or n + dn:
            known[sid] = (w + dw, n + dn)
    return known


def closing_corrections(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    first_day: date,
    last_day: date,
    as_of: datetime,
) -> dict[int, tuple[int, int]]:
    """What turns the ledger's live wins and losses of the days into what was known at `as_of`,
    per seller (wins, losses) to add: less those logged at or after it, plus those logged before
    it and undone since. Both read only rows changed since `as_of` (by when they were logged, and
    a small index of undone rows), so a recent week costs next to nothing; the days are checked
    in the counts, not in the WHERE, so the planner takes those indexes."""
    if not seller_ids:
        return {}
    params = _params(workspace_id, seller_ids, as_of, first=first_day, last=last_day)
    found: dict[int, tuple[int, int]] = {}
    for query, sign in ((_logged_since_query(), -1), (_undone_since_query(), 1)):
        for sid, w, n in session.execute(query, params):
            dw, dn = found.get(sid, (0, 0))
            found[sid] = (dw + sign * int(w or 0), dn + sign * int(n or 0))
    return {sid: d for sid, d in found.items() if d != (0, 0)}


def _closed(kind: str):  # type: ignore[no-untyped-def]
    return func.count().filter(
        Activity.kind == kind,
        Activity.occurred_on.between(bindparam("first"), bindparam("last")),
    )


def _scope():  # type: ignore[no-untyped-def]
    return and_(
        Activity.workspace_id == bindparam("ws"),
        Activity.seller_id.in_(bindparam("ids", expanding=True)),
        Activity.kind.in_(("win", "loss")),
    )


def _closed_by_seller(*where: Any) -> Select:
    """Wins and losses per seller among the activities that meet `where`."""
    return (
        select(Activity.seller_id, _closed("win"), _closed("loss"))
        .where(_scope(), *where)
        .group_by(Activity.seller_id)
    )


@cache
def _ledger_query() -> Select:
    return _closed_by_seller(
        Activity.occurred_on.between(bindparam("first"), bindparam("last")),
        Activity.deleted_at.is_(None),
    )


@cache
def _logged_since_query() -> Select:
    # ix_activities_seller_created: only what was logged since `as_of`.
    return _closed_by_seller(
        Activity.created_at >= bindparam("as_of"), Activity.deleted_at.is_(None)
    )


@cache
def _undone_since_query() -> Select:
    # ix_activities_undone (undone rows only): what was undone since `as_of`.
    return _closed_by_seller(
        Activity.deleted_at >= bindparam("as_of"), Activity.created_at < bindparam("as_of")
    )


def drift(session: Session | Connection) -> list[int]:
    """Leads with a history whose current row is missing or is not the lead: a change made
    without `record_lead_state`; and leads with more than one current row. (Leads with no
    history at all were written by hand, as tests seed them.) The test suite checks it after
    each Slack-level test; it reads every lead, so it is not for production databases."""
    return list(session.scalars(_drift_query()))


@cache
def _drift_query() -> Select:
    """One statement (the suite runs it after some 3,000 tests): the leads with history and no
    current row the same in every tracked column (NULL the same as NULL), or two current rows."""
    lead, state = Lead.__table__, LeadState.__table__
    mine = state.c.lead_id == lead.c.id
    current = and_(mine, state.c.valid_to.is_(None))
    same = and_(current, *(state.c[name].is_not_distinct_from(lead.c[name]) for name in TRACKED))
    currents = select(func.count()).where(current).scalar_subquery()
    return (
        select(lead.c.id)
        .where(exists().where(mine), or_(~exists().where(same), currents > 1))
        .order_by(lead.c.id)
    )


def was_owner(session: Session, workspace_id: str, lead_id: int, seller_id: int) -> bool:
    """The seller owned the lead at some time (it has been handed over from them since)."""
    return (
        session.scalar(
            select(LeadState.lead_id)
            .where(
                LeadState.workspace_id == workspace_id,
                LeadState.lead_id == lead_id,
                LeadState.owner_id == seller_id,
            )
            .limit(1)
        )
        is not None
    )
