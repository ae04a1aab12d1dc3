"""Rows of the tables a logged activity touches, read and written as plain values with Core
statements on the session's connection: no ORM objects to build, track and flush on the path
every log takes (an ORM statement costs about three Core ones here).

A `CustomerRow` or `LeadRow` has the attributes of its ORM class, so the recorder's rules
(bot.services.recording: resolve, ownership, money, sanity, `apply`) read and change either
alike; only how the change is written differs (`save_lead`, `revive_customer`: Core for a row,
the session's flush for an ORM object). A row is never read for an object the session already
holds (it is the object that is returned then), so the two never disagree about one lead.

Nothing here commits."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, case, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session

from bot.domain import LeadStatus
from storage import cursor
from storage.models import WORKSPACE_VERSION, Activity, Customer, Lead, LeadState, Workspace

_CUSTOMERS = Customer.__table__
_LEADS = Lead.__table__
_ACTIVITIES = Activity.__table__
_LEAD_STATES = LeadState.__table__


@dataclass(slots=True, eq=False)
class CustomerRow:
    """A customer as stored (the columns of `customers`, in their order)."""

    id: int
    workspace_id: str
    name: str
    key: str
    tier: str | None
    org_number: str | None
    owner_id: int | None
    removed_at: datetime | None
    created_at: datetime


@dataclass(slots=True, eq=False)
class LeadRow:
    """A lead (the columns of `leads`, in their order), and what of it is stored: `stored` holds
    the values last read or written (None: not stored yet), so `save_lead` writes only what
    changed, as the ORM's flush would."""

    id: int | None
    workspace_id: str
    customer_id: int
    owner_id: int
    team_id: int | None
    status: str
    temperature: str | None = None
    offer_amount: Decimal | None = None
    currency: str | None = None
    offer_sent_on: date | None = None
    next_step: str | None = None
    next_step_due: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    closed_at: datetime | None = None
    nudged_at: datetime | None = None
    snoozed_until: date | None = None
    set_temperature: str | None = None
    set_temperature_at: datetime | None = None
    set_next_step: str | None = None
    set_next_step_due: date | None = None
    set_next_step_at: datetime | None = None
    offer_sent_by: int | None = None
    next_step_time: time | None = None
    set_next_step_time: time | None = None
    stored: dict[str, Any] | None = field(default=None, repr=False)


@dataclass(slots=True, eq=False)
class ActivityRow:
    """An activity as logged (the columns of `activities`), and its customer (a row or an ORM
    object: what the confirmation names). `id` once stored (`add_activity`)."""

    workspace_id: str
    team_id: int | None
    seller_id: int
    customer_id: int
    kind: str
    occurred_on: date
    source: str
    source_ref: str
    created_at: datetime
    customer: Any = field(default=None, repr=False)
    amount: Decimal | None = None
    currency: str | None = None
    margin_pct: Decimal | None = None
    temperature: str | None = None
    next_step: str | None = None
    next_step_due: date | None = None
    note: str | None = None
    lead_id: int | None = None
    origin_lead_id: int | None = None
    replaced_amount: Decimal | None = None
    replaced_currency: str | None = None
    deleted_at: datetime | None = None
    deleted_by: str | None = None
    sender_id: int | None = None
    next_step_time: time | None = None
    id: int | None = None


CUSTOMER_COLUMNS = tuple(column.key for column in _CUSTOMERS.columns)
LEAD_COLUMNS = tuple(column.key for column in _LEADS.columns)
_LEAD_VALUES = tuple(key for key in LEAD_COLUMNS if key != "id")
ACTIVITY_COLUMNS = tuple(column.key for column in _ACTIVITIES.columns if column.key != "id")
# The rows above are read positionally: their fields must be the tables' columns, in order.
assert tuple(f.name for f in fields(CustomerRow)) == CUSTOMER_COLUMNS, CUSTOMER_COLUMNS
assert tuple(f.name for f in fields(LeadRow))[: len(LEAD_COLUMNS)] == LEAD_COLUMNS, LEAD_COLUMNS
assert set(ACTIVITY_COLUMNS) <= {f.name for f in fields(ActivityRow)}, ACTIVITY_COLUMNS


# session.info: a Core statement here wrote in this transaction (the ORM's flush events do not
# see it; bot.unit_of_work keeps such a transaction, as it keeps one that flushed).
WRITTEN = "kpibot.written"

# session.info (ack29): the unit of work answers from a requester kept at this people version,
# (workspace id, version) (bot.services.requester.kept); VERIFIED once a statement of the
# transaction read the version still that (storage.logged's save, or the unit's own check).
KEPT = "kpibot.kept"
VERIFIED = "kpibot.verified"


class StaleRequester(Exception):
    """The people version moved since the requester was kept: everything the unit of work did
    is undone and done again with the requester read afresh (bot.unit_of_work)."""


def verify_kept(session: Session, version: int | None) -> None:
    """The people version read now (None: no such workspace) against the one the requester
    was kept at: marked verified when the same, else StaleRequester."""
    kept = session.info.get(KEPT)
    if kept is None:
        return
    if version != kept[1]:
        raise StaleRequester(kept[0])
    session.info[VERIFIED] = True


@cache
def _people_version() -> Any:
    return select(WORKSPACE_VERSION).where(Workspace.id == bindparam("ws"))


def people_version(session: Session, workspace_id: str) -> int | None:
    """The workspace's people version (migration 0026a), None for no such workspace: one
    statement on the session's connection, inside its transaction (nothing flushed first)."""
    found = cursor.execute(session, _people_version(), {"ws": workspace_id}).one_or_none()
    return None if found is None else found[0]


def check_kept(session: Session) -> None:
    """Before the first write (or the commit, or an error's answer) of a unit of work answering
    from a kept requester that no statement has checked yet: the people version read now;
    moved, StaleRequester before anything is written (on PostgreSQL no id is taken)."""
    info = getattr(session, "info", None)  # (a stand-in session may have none)
    kept = None if info is None else info.get(KEPT)
    if kept is not None and VERIFIED not in info:
        verify_kept(session, people_version(session, kept[0]))


def write(session: Session, statement: Any, params: dict[str, Any]) -> Any:
    """Execute a Core INSERT or UPDATE on the session's connection, in its transaction (on its
    DBAPI cursor: storage.cursor), its columns those of `params`."""
    check_kept(session)
    session.info[WRITTEN] = True
    return cursor.execute(session, statement, params, keys=True)


def unflushed(session: Session) -> bool:
    """`session.new or session.dirty or session.deleted`: the session holds something not yet
    written. Dirty and deleted objects are objects of its identity map, so a session holding
    none (a logged command's: storage.cursor's statements alone) is asked only for new ones:
    each of the three builds a set of its own, and a /logmeeting asked all three five times
    (~20 k instructions; bench/HISTORY.md, session 23)."""
    if not session.identity_map:
        return bool(session.new)
    return bool(session.new or session.dirty or session.deleted)


def flush_first(session: Session) -> None:
    """What the session holds unwritten is written before a Core statement reads or writes the
    same tables (an ORM query would autoflush it). Nothing to do, it costs next to nothing."""
    if unflushed(session):
        session.flush()


def held(session: Session, cls: type, row_id: int) -> Any:
    """The ORM object the session already holds for this row, or None."""
    return session.identity_map.get((cls, (row_id,), None))


def customers(session: Session, rows: Any) -> list[Any]:
    """Customer rows as read (the columns of `customers`): the session's own object for one it
    holds, else a CustomerRow."""
    return [held(session, Customer, row[0]) or CustomerRow(*row) for row in rows]


def leads(session: Session, rows: Any) -> list[Any]:
    """Lead rows as read (the columns of `leads`): the session's own object for one it holds,
    else a LeadRow that knows what is stored."""
    found = []
    for row in rows:
        lead = held(session, Lead, row[0])
        if lead is None:
            lead = LeadRow(*row)
            lead.stored = dict(zip(LEAD_COLUMNS, row, strict=True))
        found.append(lead)
    return found


@cache
def _insert_lead() -> Any:
    return _LEADS.insert().returning(_LEADS.c.id)


@cache
def _update_lead() -> Any:
    # The SET clause is the parameters' columns (those that changed).
    return _LEADS.update().where(_LEADS.c.id == bindparam("row_id"))


def save_lead(session: Session, lead: Any) -> None:
    """Write what changed on a LeadRow (a new one: INSERT, its id set; else an UPDATE of the
    changed columns, none when nothing did). An ORM Lead is the session's to write."""
    if not isinstance(lead, LeadRow):
        return
    values = {key: getattr(lead, key) for key in _LEAD_VALUES}
    if lead.stored is None:
        given = {key: value for key, value in values.items() if value is not None}
        lead.id = write(session, _insert_lead(), given).scalar_one()
    else:
        changed = {key: value for key, value in values.items() if lead.stored[key] != value}
        if not changed:
            return
        write(session, _update_lead(), {**changed, "row_id": lead.id})
    values["id"] = lead.id
    lead.stored = values


def lead_changed(lead: LeadRow, names: tuple[str, ...]) -> bool:
    """Whether any of these columns differs from what is stored (a new lead: yes)."""
    stored = lead.stored
    return stored is None or any(stored[name] != getattr(lead, name) for name in names)


@cache
def _revive_customer() -> Any:
    return _CUSTOMERS.update().where(_CUSTOMERS.c.id == bindparam("row_id")).values(removed_at=None)


def revive_customer(session: Session, customer: Any) -> None:
    """A customer taken off the list is on it again."""
    customer.removed_at = None
    if isinstance(customer, CustomerRow):
        write(session, _revive_customer(), {"row_id": customer.id})


@cache
def _insert_lead_state() -> Any:
    return _LEAD_STATES.insert()


def add_lead_state(session: Session, values: dict[str, Any]) -> None:
    write(session, _insert_lead_state(), values)


@cache
def _stored_or_open_leads() -> Any:
    stored = (
        select(_ACTIVITIES.c.id)
        .where(
            _ACTIVITIES.c.workspace_id == bindparam("ws"),
            _ACTIVITIES.c.source_ref == bindparam("ref"),
        )
        .scalar_subquery()
    )
    one = select(literal(1).label("one")).subquery()  # a row to answer with when no lead is open
    open_leads = and_(
        _LEADS.c.workspace_id == bindparam("ws"),
        _LEADS.c.customer_id == bindparam("customer"),
        _LEADS.c.status == LeadStatus.OPEN.value,
    )
    return (
        select(stored.label("stored_id"), *_LEADS.columns)
        .select_from(one.outerjoin(_LEADS, open_leads))
        .order_by(_LEADS.c.id.desc())
    )


def stored_or_open_leads(
    session: Session, workspace_id: str, source_ref: str, customer_id: int
) -> tuple[int | None, list[Any]]:
    """In one statement: the id of the activity stored under `source_ref` (None: not stored),
    and the customer's open leads newest first (storage.repositories.open_lead_rows). For the
    recorder on PostgreSQL, holding the customer's row lock: one round trip instead of two."""
    stored_id, open_leads, _ = look_before_logging(session, workspace_id, source_ref, customer_id)
    return stored_id, open_leads


class Repeated(NamedTuple):
    """A meeting or call the seller logged a moment ago that this one repeats (Repeat)."""

    at: datetime  # when the latest of them was logged
    same_words: bool  # False: told the other way, in other words
    # mendC34: how many of them ("/logcall Ikea x3" is 3): the question names them all
    count: int = 1


@dataclass(frozen=True)
class Repeat:
    """The same log as one the seller stored a moment ago: their live activity of this kind
    with the customer, on this day, logged at or after `since`, with this note, amount,
    temperature and next step (the same words) — or, whatever its words, told the other way
    (`in_channel`: this log is a channel message, so a command's or form's; else a channel
    message's). The same meeting told to kpibot and to the team is told in other words by
    nature; two meetings with one customer on one day, minutes apart, one each way, are rare,
    and "Log another" is one click."""

    seller_id: int
    kind: str
    day: date
    note: str | None
    amount: Decimal | None
    temperature: str | None
    next_step: str | None
    next_step_due: date | None
    since: datetime
    in_channel: bool = False


_REPEATED = ("note", "amount", "temperature", "next_step", "next_step_due")


@cache
def _stored_open_leads_or_repeat() -> tuple[Any, Any]:
    a = _ACTIVITIES.c
    same_words = and_(
        *(a[name].is_not_distinct_from(bindparam(name, type_=a[name].type)) for name in _REPEATED)
    )

    def of_the_same(column: Any) -> Any:
        return (
            select(column)
            .where(
                a.workspace_id == bindparam("ws"),
                a.customer_id == bindparam("customer"),
                a.kind == bindparam("kind"),
                a.occurred_on == bindparam("day"),
                a.seller_id == bindparam("seller"),
                a.deleted_at.is_(None),
                a.created_at >= bindparam("since"),
                or_(
                    same_words,
                    # Told the other way (a channel message after a command, or before it).
                    case(
                        (a.source == literal_column("'message'"), literal_column("1")),
                        else_=literal_column("0"),
                    )
                    != bindparam("in_channel"),
                ),
            )
            .scalar_subquery()
        )

    statement = _stored_or_open_leads()
    return statement.add_columns(of_the_same(func.max(a.created_at)).label("repeated_at")), (
        # Asked only when there is one (rare; a question follows): 1 when one of them is in
        # the same words, 0 when told the other way in other words.
        select(
            of_the_same(
                func.max(case((same_words, literal_column("1")), else_=literal_column("0")))
            ),
            of_the_same(func.count()),
        )
    )


def look_before_logging(
    session: Session,
    workspace_id: str,
    source_ref: str,
    customer_id: int,
    repeat: Repeat | None = None,
    first: tuple[Any, dict[str, Any]] | None = None,
) -> tuple[int | None, list[Any], Repeated | None]:
    """`stored_or_open_leads`, and with `repeat` when the seller logged the same a moment ago
    (None: not), in the same one statement. `first`: a statement to run just before it (the
    customer's row lock, repositories.customer_lock), in the same round trip where it can be
    (cursor.execute_after); before anything unwritten is flushed, as when run on its own."""
    if first is not None and unflushed(session):
        cursor.execute(session, *first)
        first = None
    flush_first(session)
    params: dict[str, Any] = {"ws": workspace_id, "ref": source_ref, "customer": customer_id}
    if repeat is None:
        statement = _stored_or_open_leads()
        if first is None:
            found = cursor.execute(session, statement, params).all()
        else:
            found = cursor.execute_after(session, first, statement, params).all()
        repeated_at = None
    else:
        params |= {
            "seller": repeat.seller_id,
            "kind": repeat.kind,
            "day": repeat.day,
            "since": repeat.since,
            "in_channel": int(repeat.in_channel),
            **{name: getattr(repeat, name) for name in _REPEATED},
        }
        statement, words = _stored_open_leads_or_repeat()
        if first is None:
            looked = cursor.execute(session, statement, params)
        else:
            looked = cursor.execute_after(session, first, statement, params)
        found = [tuple(row) for row in looked.all()]
        at = found[0][-1] if found else None
        repeated_at = None
        if at is not None:
            same, count = cursor.execute(session, words, params).all()[0]
            repeated_at = Repeated(at, bool(same), int(count or 1))
        found = [row[:-1] for row in found]
    stored_id = found[0][0] if found else None
    return (
        stored_id,
        leads(session, (row[1:] for row in found if row[1] is not None)),
        repeated_at,
    )
