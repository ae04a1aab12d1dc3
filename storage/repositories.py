"""The questions kpibot asks the database. Every query is scoped to one workspace; nothing here
commits (the caller's unit of work does).

The questions every logged activity asks (who, which team, which customer, which lead, stored
already?) are built once with named bind parameters (functools.cache), so a request only binds
values instead of building SQL expressions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Select, and_, bindparam, delete, exists, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, lazyload

from bot.domain import LeadStatus
from storage import cursor, rows
from storage.aggregates import in_ids
from storage.models import (
    WORKSPACE_VERSION,
    Activity,
    AwayPeriod,
    BareCurrency,
    Base,
    Claim,
    CurrencyRate,
    Customer,
    Goal,
    GoalChange,
    Lead,
    Manager,
    MessageVersion,
    PendingQuestion,
    SalesTeam,
    Seller,
    TeamMove,
    Workspace,
)

M = TypeVar("M", bound=Base)


def _insert_or_get(session: Session, row: M, lookup: Any) -> M:
    """Insert `row`; if the unique constraint says it exists (stored earlier, or by a concurrent
    writer a moment ago), return the stored one instead."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row
    except IntegrityError:
        existing = session.scalars(lookup).one_or_none()
        if existing is None:
            raise
        return existing


# -- workspaces, teams, sellers -----------------------------------------------------------------
def ensure_workspace(session: Session, workspace_id: str, *, name: str | None = None) -> Workspace:
    workspace = session.get(Workspace, workspace_id)
    if workspace is None:
        workspace = _insert_or_get(
            session,
            Workspace(id=workspace_id, name=name),
            select(Workspace).where(Workspace.id == workspace_id),
        )
    return workspace


@cache
def _team_by_channel() -> Select[tuple[SalesTeam]]:
    return select(SalesTeam).where(
        SalesTeam.workspace_id == bindparam("ws"), SalesTeam.channel_id == bindparam("channel")
    )


def team_by_channel(session: Session, workspace_id: str, channel_id: str) -> SalesTeam | None:
    return session.scalars(
        _team_by_channel(), {"ws": workspace_id, "channel": channel_id}
    ).one_or_none()


def move_channel(session: Session, workspace_id: str, old: str, new: str, guest_kind: str) -> None:
    """Everything kept under a channel's id kept under its new id (Slack changed it for good):
    the team whose channel it is, the versions of its messages read, the records and questions
    read from them (msg:<channel>:<ts>...), the claims about it (a join checked later, a guest
    kept: `guest_kind`, whose period is the channel too). A row already kept under the new id
    (read after the change, before its event) stays, and its old twin is left as it was."""
    ws = workspace_id
    if team_by_channel(session, ws, new) is None:
        session.execute(
            update(SalesTeam)
            .where(SalesTeam.workspace_id == ws, SalesTeam.channel_id == old)
            .values(channel_id=new)
            .execution_options(synchronize_session="fetch")
        )
    twin = aliased(MessageVersion)
    session.execute(
        update(MessageVersion)
        .where(
            MessageVersion.workspace_id == ws,
            MessageVersion.channel == old,
            ~exists().where(
                twin.workspace_id == ws, twin.channel == new, twin.ts == MessageVersion.ts
            ),
        )
        .values(channel=new)
        .execution_options(synchronize_session=False)
    )
    before, after = f"msg:{old}:", f"msg:{new}:"
    for model in (Activity, PendingQuestion):
        moved = literal(after) + func.substr(model.source_ref, len(before) + 1)
        query = update(model).where(
            model.workspace_id == ws, model.source_ref.startswith(before, autoescape=True)
        )
        if model is Activity:  # unique per workspace: a record read twice is never made
            other = aliased(Activity)
            query = query.where(
                ~exists().where(other.workspace_id == ws, other.source_ref == moved)
            )
        session.execute(query.values(source_ref=moved).execution_options(synchronize_session=False))
    kept = aliased(Claim)
    session.execute(
        update(Claim)
        .where(
            Claim.workspace_id == ws,
            Claim.kind == guest_kind,
            Claim.period == old[:16],
            ~exists().where(
                kept.workspace_id == ws,
                kept.kind == guest_kind,
                kept.subject == Claim.subject,
                kept.period == new[:16],
            ),
        )
        .values(period=new[:16])
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Claim)
        .where(Claim.workspace_id == ws, Claim.channel == old)
        .values(channel=new)
        .execution_options(synchronize_session=False)
    )


def teams_of_workspace(session: Session, workspace_id: str) -> Sequence[SalesTeam]:
    """The workspace's sales teams, oldest first."""
    return session.scalars(
        select(SalesTeam).where(SalesTeam.workspace_id == workspace_id).order_by(SalesTeam.id)
    ).all()


def team_by_id(session: Session, workspace_id: str, team_id: int) -> SalesTeam | None:
    return session.scalars(_team_by_id(), {"ws": workspace_id, "team": team_id}).one_or_none()


# The statements a team's report reads with, built once (building one costs more than running
# it: about 130 µs of the 260 a team cost here).
@cache
def _team_by_id() -> Select[tuple[SalesTeam]]:
    return select(SalesTeam).where(
        SalesTeam.workspace_id == bindparam("ws"), SalesTeam.id == bindparam("team")
    )


@cache
def _seller_by_user() -> Select[tuple[Seller]]:
    return select(Seller).where(
        Seller.workspace_id == bindparam("ws"), Seller.slack_user_id == bindparam("user")
    )


def seller_by_user(session: Session, workspace_id: str, user_id: str) -> Seller | None:
    return session.scalars(_seller_by_user(), {"ws": workspace_id, "user": user_id}).one_or_none()


@dataclass(frozen=True)
class SellerRow:
    """What a request needs of its requester's seller row, read as plain values."""

    id: int
    team_id: int | None
    timezone: str | None
    locale: str | None
    language: str | None
    is_workspace_admin: bool
    profile_refreshed_at: datetime | None
    # What a bare amount from them is in, in their own team, as they chose it (0024a)
    bare_currency: str | None = None

    @classmethod
    def of(cls, seller: Seller) -> SellerRow:
        return cls(
            seller.id,
            seller.team_id,
            seller.timezone,
            seller.locale,
            seller.language,
            bool(seller.is_workspace_admin),
            seller.profile_refreshed_at,
        )


@dataclass(frozen=True)
class TeamRow:
    """What a request needs of a sales team, read as plain values."""

    id: int
    language: str
    timezone: str
    currency: str
    amount_ceiling: Decimal | None


_SELLER_COLUMNS = (
    Seller.id,
    Seller.team_id,
    Seller.timezone,
    Seller.locale,
    Seller.language,
    Seller.is_workspace_admin,
    Seller.profile_refreshed_at,
)


def _team_columns(team: Any) -> tuple[Any, ...]:
    return (team.id, team.language, team.timezone, team.currency, team.amount_ceiling)


@cache
def _requester(with_channel: bool) -> Select[Any]:
    own = aliased(SalesTeam, name="own_team")
    here = aliased(SalesTeam, name="channel_team")
    team_id = func.coalesce(here.id, Seller.team_id) if with_channel else Seller.team_id
    manager = exists().where(
        Manager.workspace_id == bindparam("ws"),
        Manager.slack_user_id == bindparam("user"),
        # No team at all: a manager of any team.
        Manager.team_id == func.coalesce(team_id, Manager.team_id),
    )
    no_team = tuple(literal(None) for _ in range(5))
    query = (
        select(
            *_SELLER_COLUMNS,
            BareCurrency.currency,
            *_team_columns(own),
            *(_team_columns(here) if with_channel else no_team),
            manager,
            # in the same snapshot as the rows: what a requester kept from them is checked by
            # (migration 0026a, bot.services.requester.kept)
            _people_version(),
        )
        .outerjoin(own, own.id == Seller.team_id)
        # what their bare amounts are in, in their own team (0024a)
        .outerjoin(
            BareCurrency,
            and_(BareCurrency.seller_id == Seller.id, BareCurrency.team_id == Seller.team_id),
        )
    )
    if with_channel:
        query = query.outerjoin(
            here,
            and_(here.workspace_id == bindparam("ws"), here.channel_id == bindparam("channel")),
        )
    return query.where(
        Seller.workspace_id == bindparam("ws"), Seller.slack_user_id == bindparam("user")
    )


def _people_version() -> Any:
    return select(WORKSPACE_VERSION).where(Workspace.id == bindparam("ws")).scalar_subquery()


def _team_row(values: Sequence[Any]) -> TeamRow | None:
    return None if values[0] is None else TeamRow(*values)


def requester(
    session: Session, workspace_id: str, user_id: str, channel_id: str | None
) -> tuple[SellerRow, TeamRow | None, TeamRow | None, bool] | None:
    """In one statement, as plain values (no ORM objects to build: this runs on every request):
    the person's seller row, their own team, the team whose channel this is, and whether they
    were added as manager of the team that applies (the channel's, else their own). None for
    someone not yet known."""
    return requester_versioned(session, workspace_id, user_id, channel_id)[0]


def requester_versioned(
    session: Session, workspace_id: str, user_id: str, channel_id: str | None
) -> tuple[tuple[SellerRow, TeamRow | None, TeamRow | None, bool] | None, int | None]:
    """`requester`, and the workspace's people version read in the same statement (None when
    the person is not known)."""
    params = {"ws": workspace_id, "user": user_id, "channel": channel_id}
    if rows.unflushed(session):
        session.flush()  # what this unit of work changed first is part of the answer
    # On the session's connection, inside its transaction, without the ORM's statement layer.
    row = cursor.execute(session, _requester(channel_id is not None), params).one_or_none()
    return _requester_found(row), (None if row is None else row[-1])


def requester_and_customers(
    session: Session,
    workspace_id: str,
    user_id: str,
    channel_id: str | None,
    keys: Collection[str],
) -> tuple[tuple[SellerRow, TeamRow | None, TeamRow | None, bool] | None, dict[str, Any]]:
    """`requester` and `customers_among(keys)`, two reads that do not depend on each other, in
    one round trip on PostgreSQL once both statements are prepared on the connection (a log
    command's: its text's customer keys are read before its unit of work opens)."""
    found, customers, _version = requester_and_customers_versioned(
        session, workspace_id, user_id, channel_id, keys
    )
    return found, customers


def requester_and_customers_versioned(
    session: Session,
    workspace_id: str,
    user_id: str,
    channel_id: str | None,
    keys: Collection[str],
) -> tuple[
    tuple[SellerRow, TeamRow | None, TeamRow | None, bool] | None, dict[str, Any], int | None
]:
    """`requester_and_customers`, and the people version read with the requester."""
    if not keys or len(keys) > _IN_SIZES[-1] or rows.unflushed(session):
        found, version = requester_versioned(session, workspace_id, user_id, channel_id)
        return found, customers_among(session, workspace_id, keys), version
    asked = sorted(keys)
    size = next(n for n in _IN_SIZES if n >= len(asked))
    asked += [asked[-1]] * (size - len(asked))  # the last key again: the same answer
    person, among = cursor.execute_both(
        session,
        (_requester(channel_id is not None), {"ws": workspace_id, "user": user_id, "channel": channel_id}),
        (_customers_among(size), {"ws": workspace_id, **{f"k{i}": key for i, key in enumerate(asked)}}),
    )  # fmt: skip
    found = rows.customers(session, among)
    row = person.one_or_none()
    return (
        _requester_found(row),
        {customer.key: customer for customer in found},
        None if row is None else row[-1],
    )


def _requester_found(
    row: Sequence[Any] | None,
) -> tuple[SellerRow, TeamRow | None, TeamRow | None, bool] | None:
    """The requester statement's row as its (frozen) rows. The same row values give the same
    rows, kept by those values (`_FOUND`): a person's seller row, teams and manager flag as read
    now are the key, so a changed language, team, role, time zone or currency is a new key, never
    a stale answer (tests/storage/test_requester_rows.py). Building the four was ~30 k
    instructions of every request (bench/HISTORY.md, session 23)."""
    if row is None:
        return None
    key = tuple(row[:19])  # its rows' values; the people version after them is not part of it
    found = _FOUND.get(key)
    if found is None:
        found = (
            SellerRow(*row[0:8]),  # its columns, and what its bare amounts are in
            _team_row(row[8:13]),
            _team_row(row[13:18]),
            bool(row[18]),
        )
        if len(_FOUND) >= _FOUND_MAX:
            _FOUND.clear()
        _FOUND[key] = found
    return found


# The requester rows last read, by their values (_requester_found): a few per active person.
_FOUND: dict[tuple[Any, ...], tuple[SellerRow, TeamRow | None, TeamRow | None, bool]] = {}
_FOUND_MAX = 4096


def set_bare_currency(
    session: Session,
    workspace_id: str,
    seller_id: int,
    team_id: int,
    currency: str | None,
    now: datetime,
) -> None:
    """What the seller's bare amounts are in, in team `team_id` (None: asked again)."""
    row = session.get(BareCurrency, (seller_id, team_id))
    if currency is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        lookup = select(BareCurrency).where(
            BareCurrency.seller_id == seller_id, BareCurrency.team_id == team_id
        )
        mine = BareCurrency(
            seller_id=seller_id,
            team_id=team_id,
            workspace_id=workspace_id,
            currency=currency,
            chosen_at=now,
        )
        row = _insert_or_get(session, mine, lookup)  # two clicks at once: one row
    row.currency, row.chosen_at = currency, now
    session.flush()  # the requester's next read (same unit of work) sees it


def ensure_seller(session: Session, workspace_id: str, user_id: str) -> Seller:
    seller = seller_by_user(session, workspace_id, user_id)
    if seller is None:
        seller = _insert_or_get(
            session,
            Seller(workspace_id=workspace_id, slack_user_id=user_id),
            select(Seller).where(
                Seller.workspace_id == workspace_id, Seller.slack_user_id == user_id
            ),
        )
    return seller


# -- customers and leads -----------------------------------------------------------------------
@cache
def _customer_by_key() -> Select[tuple[Customer]]:
    return select(Customer).where(
        Customer.workspace_id == bindparam("ws"), Customer.key == bindparam("key")
    )


def customer_by_key(session: Session, workspace_id: str, key: str) -> Customer | None:
    return session.scalars(_customer_by_key(), {"ws": workspace_id, "key": key}).one_or_none()


def customer_names(session: Session, workspace_id: str) -> list[str]:
    """The customer list (without customers taken off it)."""
    return list(
        session.scalars(
            select(Customer.name)
            .where(Customer.workspace_id == workspace_id, Customer.removed_at.is_(None))
            .order_by(Customer.name)
        )
    )


def add_customer(session: Session, workspace_id: str, name: str, key: str) -> Customer:
    return _insert_or_get(
        session,
        Customer(workspace_id=workspace_id, name=name, key=key),
        select(Customer).where(Customer.workspace_id == workspace_id, Customer.key == key),
    )


@cache
def _open_leads() -> Select[tuple[Lead]]:
    return (
        select(Lead)
        .where(
            Lead.workspace_id == bindparam("ws"),
            Lead.customer_id == bindparam("customer"),
            Lead.status == LeadStatus.OPEN.value,
        )
        .order_by(Lead.id.desc())
        # The customer is the one asked about, and the owner most often the requester: both are
        # in the session already, so they are not joined in again.
        .options(lazyload(Lead.customer), lazyload(Lead.owner))
    )


def open_leads(session: Session, workspace_id: str, customer_id: int) -> list[Lead]:
    """The customer's open leads, newest first (one per owner, as a rule)."""
    return list(session.scalars(_open_leads(), {"ws": workspace_id, "customer": customer_id}))


@cache
def _open_lead_rows() -> Select[Any]:
    table = Lead.__table__
    return (
        select(*table.columns)
        .where(
            table.c.workspace_id == bindparam("ws"),
            table.c.customer_id == bindparam("customer"),
            table.c.status == LeadStatus.OPEN.value,
        )
        .order_by(table.c.id.desc())
    )


def open_lead_rows(session: Session, workspace_id: str, customer_id: int) -> list[Any]:
    """`open_leads` as plain rows (storage.rows.LeadRow; the session's own object for a lead it
    holds): what logging decides on and writes with Core statements (storage.rows.save_lead)."""
    rows.flush_first(session)
    params = {"ws": workspace_id, "customer": customer_id}
    return rows.leads(session, cursor.execute(session, _open_lead_rows(), params))


@cache
def _recent_same(colleague: bool) -> Select[tuple[Activity]]:
    seller = bindparam("seller")
    return (
        select(Activity)
        .where(
            Activity.workspace_id == bindparam("ws"),
            Activity.customer_id == bindparam("customer"),
            Activity.seller_id != seller if colleague else Activity.seller_id == seller,
            Activity.kind == bindparam("kind"),
            Activity.deleted_at.is_(None),
            Activity.created_at >= bindparam("since"),
        )
        .order_by(Activity.created_at.desc())
        .limit(1)
    )


def recent_same(
    session: Session,
    workspace_id: str,
    seller_id: int,
    customer_id: int,
    kind: str,
    since: datetime,
    *,
    colleague: bool = False,
) -> Activity | None:
    """The seller's latest live activity of this kind with this customer logged since `since`;
    with `colleague`, the latest any other seller logged."""
    return session.scalars(
        _recent_same(colleague),
        {
            "ws": workspace_id,
            "customer": customer_id,
            "seller": seller_id,
            "kind": kind,
            "since": since,
        },
    ).first()


def lead_by_id(session: Session, workspace_id: str, lead_id: int) -> Lead | None:
    return session.scalars(
        select(Lead).where(Lead.workspace_id == workspace_id, Lead.id == lead_id)
    ).one_or_none()


# -- activities --------------------------------------------------------------------------------
@cache
def _activity_id_by_ref() -> Select[tuple[int]]:
    return select(Activity.id).where(
        Activity.workspace_id == bindparam("ws"), Activity.source_ref == bindparam("ref")
    )


def activity_by_ref(session: Session, workspace_id: str, source_ref: str) -> Activity | None:
    """The activity stored for this request (a retry), or None. Asked on every log: the id
    alone first, without the seller, customer and team an Activity row joins."""
    params = {"ws": workspace_id, "ref": source_ref}
    found = cursor.execute(session, _activity_id_by_ref(), params).scalar_one_or_none()
    return None if found is None else session.get(Activity, found)


def live_activities_by_refs(session: Session, workspace_id: str, refs: list[str]) -> list[Activity]:
    """The live activities stored under these references (a log's N records), oldest first."""
    return list(
        session.scalars(
            select(Activity)
            .where(
                Activity.workspace_id == workspace_id,
                Activity.source_ref.in_(refs),
                Activity.deleted_at.is_(None),
            )
            .order_by(Activity.id)
        )
    )


def activity_by_id(session: Session, workspace_id: str, activity_id: int) -> Activity | None:
    return session.scalars(
        select(Activity).where(Activity.workspace_id == workspace_id, Activity.id == activity_id)
    ).one_or_none()


def add_activity(session: Session, activity: rows.ActivityRow) -> rows.ActivityRow:
    """Insert the row as built, in one INSERT … RETURNING id (a logged activity is final when
    built: no ORM object to track and flush), and set its id. Its customer and lead ids must be
    set (those rows are stored already). Raises IntegrityError when the same source reference
    is stored."""
    values = {
        key: value for key in _ACTIVITY_COLUMNS if (value := getattr(activity, key)) is not None
    }
    activity.id = rows.write(session, _insert_activity(), values).scalar_one()
    # Not seen by the ORM's flush events: kept here for what counts new rows at commit.
    session.info.setdefault(INSERTED_ACTIVITIES, []).append(activity.kind)
    return activity


# session.info key: the kinds of the activities this session inserted with add_activity (bot.metrics
# counts them at commit).
INSERTED_ACTIVITIES = "kpibot_inserted_activities"


_ACTIVITY_COLUMNS = tuple(column.key for column in Activity.__table__.columns if column.key != "id")


@cache
def _insert_activity() -> Any:
    table = Activity.__table__
    return table.insert().returning(table.c.id)


def last_live_activity(session: Session, workspace_id: str, seller_id: int) -> Activity | None:
    return session.scalars(
        select(Activity)
        .where(
            Activity.workspace_id == workspace_id,
            Activity.seller_id == seller_id,
            Activity.deleted_at.is_(None),
        )
        .order_by(Activity.created_at.desc(), Activity.id.desc())
        .limit(1)
    ).one_or_none()


def live_activities_on_lead(session: Session, workspace_id: str, lead_id: int) -> list[Activity]:
    return list(
        session.scalars(
            select(Activity)
            .where(
                Activity.workspace_id == workspace_id,
                Activity.lead_id == lead_id,
                Activity.deleted_at.is_(None),
            )
            .order_by(Activity.id)
        )
    )


def offer_notes(session: Session, workspace_id: str, lead_ids: Sequence[int]) -> dict[int, str]:
    """The notes of the live offers on each of `lead_ids`, oldest first, joined: what a seller
    wrote about each of their parallel deals with one customer."""
    notes: dict[int, list[str]] = {}
    for lead_id, note in session.execute(
        select(Activity.lead_id, Activity.note)
        .where(
            Activity.workspace_id == workspace_id,
            Activity.lead_id.in_(list(lead_ids)),
            Activity.kind == "offer",
            Activity.deleted_at.is_(None),
            Activity.note.is_not(None),
        )
        .order_by(Activity.id)
    ):
        notes.setdefault(lead_id, []).append(note)
    return {lead_id: " · ".join(said) for lead_id, said in notes.items()}


def activities_on_lead(session: Session, workspace_id: str, lead_id: int) -> list[Activity]:
    return list(
        session.scalars(
            select(Activity).where(
                Activity.workspace_id == workspace_id, Activity.lead_id == lead_id
            )
        )
    )


def has_row_locks(session: Session) -> bool:
    """PostgreSQL: writers run side by side and lock rows. SQLite: a writing transaction holds
    the database's one write lock from its BEGIN IMMEDIATE, alone."""
    bind = session.bind if session.bind is not None else session.get_bind()  # (the first: cheap)
    return bind.dialect.name != "sqlite"


@cache
def _lock_customer() -> Select[tuple[int]]:
    return (
        select(Customer.id)
        .where(Customer.workspace_id == bindparam("ws"), Customer.id == bindparam("customer"))
        .with_for_update()
    )


def lock_customer(session: Session, workspace_id: str, customer_id: int) -> bool:
    """PostgreSQL: a row lock, so work on one customer is serialised (True: locked, perhaps
    after waiting for another transaction). SQLite needs none (False): a writing transaction
    there holds the database's one write lock from its BEGIN IMMEDIATE."""
    if not has_row_locks(session):
        return False
    before_locking(session)
    cursor.execute(session, _lock_customer(), {"ws": workspace_id, "customer": customer_id})
    return True


def customer_lock(
    session: Session, workspace_id: str, customer_id: int
) -> tuple[Any, dict[str, Any]] | None:
    """lock_customer's statement and parameters, for a caller that runs it just before its
    next statement (cursor.execute_after: one round trip for both); None where no row is
    locked (SQLite)."""
    if not has_row_locks(session):
        return None
    before_locking(session)
    return _lock_customer(), {"ws": workspace_id, "customer": customer_id}


BEFORE_LOCKING = "kpibot.before_locking"  # session.info: called once before its first row lock


def before_locking(session: Session) -> None:
    """The session is about to lock a customer's row: what its owner asked to be done first
    (bot.unit_of_work: this process's writer's turn, KPIBOT_TURN_STARTS=lock)."""
    hook = session.info.pop(BEFORE_LOCKING, None)
    if hook is not None:
        hook()


# The advisory-lock space of channel messages (pg_advisory_xact_lock(space, key)).
_MESSAGE_LOCK_SPACE = 0x6B6D  # "km"


def lock_message(session: Session, workspace_id: str, channel: str, ts: str) -> bool:
    """PostgreSQL: one channel message's deliveries (as posted, each edit, the deletion) are
    read one at a time, until this transaction ends; a message and its edit read side by side
    each saw no record of the other and the edit was lost. An advisory lock, since the message
    may have no row yet. SQLite needs none (False): its writers run one at a time."""
    if not has_row_locks(session):
        return False
    session.connection().execute(
        _message_lock(), {"space": _MESSAGE_LOCK_SPACE, "key": f"{workspace_id}:{channel}:{ts}"}
    )
    return True


@cache
def _message_lock() -> Any:
    return select(func.pg_advisory_xact_lock(bindparam("space"), func.hashtext(bindparam("key"))))


def activities_for_export(
    session: Session,
    *,
    since: date | None = None,
    workspace_id: str | None = None,
    channel_id: str | None = None,
) -> Sequence[Activity]:
    """Live activities, oldest first. Export is an operator's tool, so it may span workspaces."""
    query = select(Activity).where(Activity.deleted_at.is_(None))
    if since is not None:
        query = query.where(Activity.occurred_on >= since)
    if workspace_id is not None:
        query = query.where(Activity.workspace_id == workspace_id)
    if channel_id is not None:
        query = query.join(SalesTeam, SalesTeam.id == Activity.team_id).where(
            SalesTeam.channel_id == channel_id
        )
    return session.scalars(query.order_by(Activity.occurred_on, Activity.id)).unique().all()


def soft_delete(activity: Activity, *, by_user: str, at: datetime) -> None:
    activity.deleted_at = at
    activity.deleted_by = by_user


# -- teams, managers, goals, away ---------------------------------------------------------------
def add_team(session: Session, team: SalesTeam) -> SalesTeam:
    return _insert_or_get(
        session,
        team,
        select(SalesTeam).where(
            SalesTeam.workspace_id == team.workspace_id, SalesTeam.channel_id == team.channel_id
        ),
    )


def team_members(
    session: Session,
    workspace_id: str,
    team_id: int,
    *,
    as_of: datetime | None = None,
    worked: tuple[date, date] | None = None,
    began: datetime | None = None,
    moves: Sequence[Move] | None = None,
) -> list[Seller]:
    """The team's sellers; `as_of`: those in it then (a past week's end): today's members with
    every move made since undone (a seller who left or moved since counts for this team, one who
    came from another team since for that one, one who joined it from no team since for none).
    Kept from migration 0019 on, joins from 0021j on. `worked`: a week's days; a seller who
    joined this team from no team after `as_of` and logged something in those days is in it
    (work before joining any team belongs to the first one joined). `began`: the week's start;
    a seller in no team at `as_of` who left this team after it is in it (the team they were
    last in within the week: their work in it is counted in no team otherwise). `moves`: the
    workspace's moves since then (moves_since), when the caller has read them already."""
    params = {"ws": workspace_id, "team": team_id}
    members = list(session.scalars(_team_members(), params))
    if as_of is None:
        return members
    # Where each seller who moved or joined since was then: the team their first move since
    # left, or none when that was a join (the team it joined, for `worked`); with `began`, the
    # same query reads the moves within the week too (no statement more for a digest).
    then: dict[int, tuple[int, bool]] = {}
    last: dict[int, tuple[int, bool]] = {}  # each seller's last move within the week
    since = as_of if began is None else min(began, as_of)
    if moves is None:
        moves = moves_since(session, workspace_id, since)
    for seller_id, team, joined, at in moves:
        if at <= since:
            continue
        if at > as_of:
            then.setdefault(seller_id, (team, joined))
        else:
            last[seller_id] = (team, joined)
    left = _left_for_none(session, team_id, then, last)
    if not then and not left:
        return members
    kept = [s for s in members if then.get(s.id, (team_id, False)) == (team_id, False)]
    kept_ids = {s.id for s in kept}
    came = [sid for sid, (team, joined) in then.items() if team == team_id and not joined]
    came = [sid for sid in came if sid not in kept_ids] + [s for s in left if s not in kept_ids]
    if worked is not None:
        joiners = [sid for sid, (team, joined) in then.items() if team == team_id and joined]
        if joiners:
            came += session.scalars(
                select(Activity.seller_id)
                .where(
                    Activity.workspace_id == workspace_id,
                    Activity.seller_id.in_(joiners),
                    Activity.deleted_at.is_(None),
                    Activity.occurred_on.between(*worked),
                )
                .distinct()
            ).all()
    if came:
        kept += session.scalars(select(Seller).where(Seller.id.in_(came))).all()
    return sorted(kept, key=lambda s: (s.display_name or "", s.slack_user_id))


# One seller's teams in a span of time: (team id, from, until), in order.
Stints = list[tuple[int, datetime, datetime]]
# A row of team_moves: (seller, team left or joined, joined, when).
Move = tuple[int, int, bool, datetime]


def moves_since(session: Session, workspace_id: str, since: datetime) -> list[Move]:
    """Every move in the workspace after `since`, in order (one statement for a report's
    team_members and team_stints)."""
    rows = session.execute(_team_moves_since(), {"ws": workspace_id, "since": since})
    return [(sid, team, joined, at) for sid, team, joined, at in rows]


def team_stints(
    session: Session,
    workspace_id: str,
    began: datetime,
    end: datetime,
    moves: Sequence[Move] | None = None,
) -> dict[int, Stints]:
    """The sellers who were in more than one team between `began` and `end` (a week), and each
    one's teams then with the moments they were in each (kpiargs24: a seller who moves from
    one team to another mid-week has their week split between them, their work before the move
    in the first team's week, after it in the second's). Time in no team belongs to the team
    before it (a seller who left for none: their week is the team they were last in, as
    team_members reads it), or, before any, to the first team joined (work before joining any
    belongs to it). Those in one team all the span are not in it: the same one query for every
    team report, nothing for most workspaces."""
    made_by: dict[int, list[tuple[int, bool, datetime]]] = {}
    for seller_id, team, joined, at in (
        moves_since(session, workspace_id, began) if moves is None else moves
    ):
        if at > began:
            made_by.setdefault(seller_id, []).append((team, joined, at))
    within = [sid for sid, made in made_by.items() if made[0][2] < end]
    if not within:
        return {}
    now_in = dict(
        session.execute(select(Seller.id, Seller.team_id).where(Seller.id.in_(within))).all()
    )
    found: dict[int, Stints] = {}
    for sid in within:
        # Where the seller was between two moves: the team the later one left (none before a
        # join); after the last, where they are now.
        spans: list[tuple[int | None, datetime, datetime]] = []
        start = began
        for team, joined, at in made_by[sid]:
            spans.append((None if joined else team, start, min(at, end)))
            start = at
            if at >= end:
                break
        else:
            spans.append((now_in.get(sid), start, end))
        stints = _without_no_team([span for span in spans if span[1] < span[2]])
        if len({team for team, _, _ in stints}) > 1:
            found[sid] = stints
    return found


def _without_no_team(spans: list[tuple[int | None, datetime, datetime]]) -> Stints:
    """`spans` with the time in no team given to the team before it, or the first one after."""
    stints: Stints = []
    for team, start, until in spans:
        if team is None and stints:
            team = stints[-1][0]
        if team is None:
            team = next((t for t, _, _ in spans if t is not None), None)
            if team is None:
                continue
        if stints and stints[-1][0] == team and stints[-1][2] == start:
            stints[-1] = (team, stints[-1][1], until)
        else:
            stints.append((team, start, until))
    return stints


@cache
def _team_moves_since() -> Select[tuple[int, int, bool, datetime]]:
    return (
        select(TeamMove.seller_id, TeamMove.team_id, TeamMove.joined, TeamMove.moved_at)
        .where(TeamMove.workspace_id == bindparam("ws"), TeamMove.moved_at > bindparam("since"))
        .order_by(TeamMove.moved_at, TeamMove.id)
    )


def _left_for_none(
    session: Session,
    team_id: int,
    then: dict[int, tuple[int, bool]],
    last: dict[int, tuple[int, bool]],
) -> list[int]:
    """The sellers in no team at a week's end (`then`: their first move after it) whose last
    move in the week (`last`) left this team: the week is this team's (no work is counted in
    no team)."""
    candidates = [sid for sid, (team, joined) in last.items() if team == team_id and not joined]
    if not candidates:
        return []
    now_in = dict(
        session.execute(select(Seller.id, Seller.team_id).where(Seller.id.in_(candidates))).all()
    )
    left = []
    for sid in candidates:
        # Where they were at the week's end: the team their first move since left, none before
        # a join, else where they are now.
        at_end = (None if then[sid][1] else then[sid][0]) if sid in then else now_in.get(sid)
        if at_end is None and sid in now_in:
            left.append(sid)
    return left


def team_id_of(
    session: Session, seller: Seller, as_of: datetime | None = None, began: datetime | None = None
) -> int | None:
    """The seller's team; `as_of`: the one they were in then (their first move since left it;
    none when it was a join from no team). `began`: the start of the week ending at `as_of`; in
    no team then, the team they left last after it (their week is that team's)."""
    if as_of is None:
        return seller.team_id
    params = {"ws": seller.workspace_id, "seller": seller.id, "since": as_of}
    first = session.execute(_team_left_since(), params).first()
    at_end = seller.team_id if first is None else None if first.joined else first.team_id
    if at_end is None and began is not None:
        within = {**params, "since": began, "until": as_of}
        last = session.execute(_team_left_within(), within).first()
        if last is not None and not last.joined:
            return last.team_id
    return at_end


@cache
def _team_left_within() -> Select[tuple[int, bool]]:
    return (
        select(TeamMove.team_id, TeamMove.joined)
        .where(
            TeamMove.workspace_id == bindparam("ws"),
            TeamMove.seller_id == bindparam("seller"),
            TeamMove.moved_at > bindparam("since"),
            TeamMove.moved_at <= bindparam("until"),
        )
        .order_by(TeamMove.moved_at.desc(), TeamMove.id.desc())
        .limit(1)
    )


@cache
def _team_left_since() -> Select[tuple[int, bool]]:
    return (
        select(TeamMove.team_id, TeamMove.joined)
        .where(
            TeamMove.workspace_id == bindparam("ws"),
            TeamMove.seller_id == bindparam("seller"),
            TeamMove.moved_at > bindparam("since"),
        )
        .order_by(TeamMove.moved_at, TeamMove.id)
        .limit(1)
    )


def move_seller(
    session: Session, seller: Seller, team_id: int | None, at: datetime, *, joins: bool = True
) -> None:
    """The seller's team from `at` on (None: none). Leaving a team is kept, and so is joining
    one from no team (team_moves), so a past week's team stays the sellers who were in it.
    `joins=False`: a team's first setup, whose members were the team before kpibot knew it
    (taken to have been in it all along, as every member before migration 0021j)."""
    if seller.team_id == team_id:
        return
    if seller.team_id is not None:
        session.add(
            TeamMove(
                workspace_id=seller.workspace_id,
                seller_id=seller.id,
                team_id=seller.team_id,
                moved_at=at,
            )
        )
    elif joins:
        assert team_id is not None
        session.add(
            TeamMove(
                workspace_id=seller.workspace_id,
                seller_id=seller.id,
                team_id=team_id,
                moved_at=at,
                joined=True,
            )
        )
    seller.team_id = team_id


def joined_in(
    session: Session, workspace_id: str, team_id: int, seller_ids: list[int], since: datetime
) -> dict[int, datetime]:
    """The sellers of `seller_ids` who were in no team at `since` and joined this team first
    after it: when they joined (a week's goal counts from the join). Someone in the team at
    `since` who left and came back is not among them."""
    if not seller_ids:
        return {}
    first: dict[int, tuple[int, bool, datetime]] = {}
    for seller_id, team, joined, at in session.execute(
        _moves_of_since(), {"ws": workspace_id, "ids": seller_ids, "since": since}
    ):
        first.setdefault(seller_id, (team, joined, at))
    return {sid: at for sid, (team, joined, at) in first.items() if joined and team == team_id}


@cache
def _moves_of_since() -> Select[tuple[int, int, bool, datetime]]:
    return (
        select(TeamMove.seller_id, TeamMove.team_id, TeamMove.joined, TeamMove.moved_at)
        .where(
            TeamMove.workspace_id == bindparam("ws"),
            TeamMove.seller_id.in_(bindparam("ids", expanding=True)),
            TeamMove.moved_at > bindparam("since"),
        )
        .order_by(TeamMove.moved_at, TeamMove.id)
    )


def last_move_at(
    session: Session, workspace_id: str, seller_id: int, team_id: int | None = None
) -> datetime | None:
    """When the seller last left a team (`team_id`: that team) for another or none (team_moves;
    joins from no team are not moves); None when never."""
    query = select(func.max(TeamMove.moved_at)).where(
        TeamMove.workspace_id == workspace_id,
        TeamMove.seller_id == seller_id,
        TeamMove.joined.is_(False),
    )
    if team_id is not None:
        query = query.where(TeamMove.team_id == team_id)
    return session.scalar(query)


def has_left_team(session: Session, workspace_id: str, seller_id: int, team_id: int) -> bool:
    """Whether the seller ever left this team (team_moves)."""
    return (
        session.scalar(
            select(TeamMove.id)
            .where(
                TeamMove.workspace_id == workspace_id,
                TeamMove.seller_id == seller_id,
                TeamMove.team_id == team_id,
                TeamMove.joined.is_(False),
            )
            .limit(1)
        )
        is not None
    )


@cache
def _team_members() -> Select[tuple[Seller]]:
    return (
        select(Seller)
        .where(Seller.workspace_id == bindparam("ws"), Seller.team_id == bindparam("team"))
        .order_by(Seller.display_name, Seller.slack_user_id)
    )


def is_added_manager(
    session: Session, workspace_id: str, team_id: int | None, user_id: str
) -> bool:
    """Added as manager of this team (or of any team, when team_id is None)."""
    params = {"ws": workspace_id, "user": user_id, "team": team_id}
    return session.scalars(_is_added_manager(team_id is None), params).first() is not None


@cache
def _is_added_manager(any_team: bool) -> Select[tuple[int]]:
    query = select(Manager.id).where(
        Manager.workspace_id == bindparam("ws"), Manager.slack_user_id == bindparam("user")
    )
    if not any_team:
        query = query.where(Manager.team_id == bindparam("team"))
    return query.limit(1)


def managers_of(session: Session, workspace_id: str, team_id: int) -> list[Manager]:
    return list(
        session.scalars(
            select(Manager)
            .where(Manager.workspace_id == workspace_id, Manager.team_id == team_id)
            .order_by(Manager.created_at, Manager.id)
        )
    )


def add_manager(
    session: Session,
    workspace_id: str,
    team_id: int,
    user_id: str,
    by: str,
    *,
    at: datetime,
) -> Manager:
    return _insert_or_get(
        session,
        Manager(
            workspace_id=workspace_id,
            team_id=team_id,
            slack_user_id=user_id,
            added_by=by,
            created_at=at,
        ),
        select(Manager).where(Manager.team_id == team_id, Manager.slack_user_id == user_id),
    )


def remove_manager(session: Session, workspace_id: str, team_id: int, user_id: str) -> bool:
    manager = session.scalars(
        select(Manager).where(
            Manager.workspace_id == workspace_id,
            Manager.team_id == team_id,
            Manager.slack_user_id == user_id,
        )
    ).first()
    if manager is None:
        return False
    session.delete(manager)
    return True


def goals_of_team(
    session: Session,
    workspace_id: str,
    team_id: int,
    *,
    as_of: datetime | None = None,
    on: date | None = None,
) -> list[Goal]:
    """The team's goals in force on the team's day `on` (a goal set for a period to come takes
    effect on its starts_on; until then the one before it holds); `as_of`: as they were then (a
    past week's end): today's with every change made since undone, newest first (rows made here
    are never added to the session). A goal first set after `as_of` stays, at its first value:
    a week before any goal of its kind is measured against the first one set (a team starting
    with goals sees last week against them), never against one set or removed later; one set
    for a period to come never counts before its day. Without `on`, only goals without a day
    of their own (callers that show a day pass it)."""
    params = {"ws": workspace_id, "team": team_id}
    goals = list(session.scalars(_goals_of_team(), params))
    changes = (
        session.scalars(_goal_changes_since(), {**params, "since": as_of}).all()
        if as_of is not None
        else []
    )
    if not changes and all(g.starts_on is None for g in goals):
        return goals
    rows: dict[tuple[int | None, str, str, date | None], Goal] = {
        (g.seller_id, g.kpi, g.scope, g.starts_on): g for g in goals
    }
    for change in changes:
        key = (change.seller_id, change.kpi, change.scope, change.starts_on)
        if change.target is None:
            continue  # first set after then: kept at its first value (above)
        kept = rows.get(key)
        rows[key] = Goal(
            id=kept.id if kept is not None else None,
            workspace_id=workspace_id,
            team_id=team_id,
            seller_id=change.seller_id,
            kpi=change.kpi,
            scope=change.scope,
            period=change.period,
            target=change.target,
            starts_on=change.starts_on,
        )
    return in_force(rows.values(), on)


def in_force(goals: Iterable[Goal], on: date | None) -> list[Goal]:
    """Of each (seller, KPI, scope)'s rows, the one in force on `on`: the latest starts_on on or
    before it, a row without one before any day; none when every row's day is still to come."""
    chosen: dict[tuple[int | None, str, str], Goal] = {}
    for goal in goals:
        if goal.starts_on is not None and (on is None or goal.starts_on > on):
            continue
        key = (goal.seller_id, goal.kpi, goal.scope)
        held = chosen.get(key)
        if held is None or (held.starts_on or date.min) < (goal.starts_on or date.min):
            chosen[key] = goal
    return list(chosen.values())


def coming_goals(session: Session, workspace_id: str, team_id: int, after: date) -> list[Goal]:
    """The team's goals set for a day after `after` (the team's today), soonest first."""
    found = session.scalars(_goals_of_team(), {"ws": workspace_id, "team": team_id}).all()
    return sorted(
        (g for g in found if g.starts_on is not None and g.starts_on > after),
        key=lambda g: (g.starts_on, g.id),
    )


@cache
def _goal_changes_since() -> Select[tuple[GoalChange]]:
    return (
        select(GoalChange)
        .where(
            GoalChange.workspace_id == bindparam("ws"),
            GoalChange.team_id == bindparam("team"),
            GoalChange.changed_at > bindparam("since"),
        )
        .order_by(GoalChange.changed_at.desc(), GoalChange.id.desc())
    )


def _goal_changed(
    session: Session,
    goal: Goal | None,
    key: dict[str, Any],
    at: datetime,
    starts_on: date | None = None,
) -> None:
    """What the goal (the row of its key starting on `starts_on`) was before a change at `at`
    (None: there was none)."""
    session.add(
        GoalChange(
            **key,
            period=goal.period if goal is not None else None,
            target=goal.target if goal is not None else None,
            changed_at=at,
            starts_on=goal.starts_on if goal is not None else starts_on,
        )
    )


@cache
def _goals_of_team() -> Select[tuple[Goal]]:
    return select(Goal).where(
        Goal.workspace_id == bindparam("ws"), Goal.team_id == bindparam("team")
    )


def _goal_of(
    workspace_id: str, team_id: int, seller_id: int | None, kpi: str, scope: str
) -> Select[tuple[Goal]]:
    return (
        select(Goal)
        .where(
            Goal.workspace_id == workspace_id,
            Goal.team_id == team_id,
            Goal.kpi == kpi,
            Goal.seller_id.is_(None) if seller_id is None else Goal.seller_id == seller_id,
            Goal.scope == scope,
        )
        .order_by(Goal.id)
    )


def _begun(goal: Goal, today: date | None) -> bool:
    """Whether `goal` is no goal still to come on `today` (None: only one without a day is)."""
    return goal.starts_on is None or (today is not None and goal.starts_on <= today)


def remove_goal(
    session: Session,
    workspace_id: str,
    team_id: int,
    seller_id: int | None,
    kpi: str,
    *,
    at: datetime,
    scope: str = "seller",
    today: date | None = None,
    starts_on: date | None = None,
    coming: bool = False,
) -> list[Goal]:
    """The goals removed (none: there was no such goal). Scope "team": the team's own goal
    (seller_id None). Without `starts_on`: the goal in force on `today` (and any it replaced),
    with `coming` also those set for a day to come; with it: the one set to start that day.
    What each was is kept (goal_changes): weeks that ended before `at` still show it."""
    goals = session.scalars(_goal_of(workspace_id, team_id, seller_id, kpi, scope)).all()
    if starts_on is not None:
        gone = [g for g in goals if g.starts_on == starts_on]
    else:
        gone = [g for g in goals if coming or _begun(g, today)]
    key = {"workspace_id": workspace_id, "team_id": team_id, "seller_id": seller_id}
    for goal in gone:
        _goal_changed(session, goal, {**key, "kpi": kpi, "scope": scope}, at)
        session.delete(goal)
    session.flush()
    return gone


def set_goal(
    session: Session,
    workspace_id: str,
    team_id: int,
    seller_id: int | None,
    kpi: str,
    period: str,
    target: Any,
    by: str,
    *,
    at: datetime,
    scope: str = "seller",
    today: date | None = None,
    starts_on: date | None = None,
) -> Goal:
    """One goal per (team, seller / team default / the team's own, KPI) in force at a time:
    setting it again replaces it, whatever its period. Without `starts_on`, from now: the one in
    force on `today` is replaced (any it had replaced goes); goals set for a day to come stay.
    With it (a day after today): the goal from that day, replacing one set for the same day."""
    goals = session.scalars(_goal_of(workspace_id, team_id, seller_id, kpi, scope)).all()
    if starts_on is None:
        held = in_force([g for g in goals if _begun(g, today)], today or date.min)
    else:
        held = [g for g in goals if g.starts_on == starts_on]
    goal = held[0] if held else None
    row = None
    key = {"workspace_id": workspace_id, "team_id": team_id, "seller_id": seller_id}
    changed = {**key, "kpi": kpi, "scope": scope}
    if starts_on is None:
        for replaced in goals:
            if replaced is not goal and _begun(replaced, today):
                _goal_changed(session, replaced, changed, at)
                session.delete(replaced)
    if goal is None:
        row = Goal(**key, kpi=kpi, scope=scope, starts_on=starts_on)
        row.period, row.target, row.set_by, row.updated_at = period, target, by, at
        goal = _new_goal(session, row)
    # What it was: none when this write added the row; another writer's a moment before.
    _goal_changed(session, None if goal is row else goal, changed, at, starts_on)
    goal.period, goal.target, goal.set_by, goal.updated_at = period, target, by, at
    session.flush()
    return goal


def _new_goal(session: Session, goal: Goal) -> Goal:
    """`goal` stored, or the row of its key and first day that another writer stored a moment
    ago (two managers at once, a double click: the unique index uq_goals_key, migration 0023a),
    which the caller then sets again."""
    session.flush()  # only the insert in the savepoint: its rollback keeps the rest
    try:
        with session.begin_nested():
            session.add(goal)
            session.flush()
    except IntegrityError:
        day = (
            Goal.starts_on.is_(None) if goal.starts_on is None else Goal.starts_on == goal.starts_on
        )
        key = (goal.workspace_id, goal.team_id, goal.seller_id, goal.kpi, goal.scope)
        stored = session.scalars(_goal_of(*key).where(day)).one_or_none()
        if stored is None:
            raise
        return stored
    return goal


def away_periods(
    session: Session, workspace_id: str, seller_ids: Sequence[int], since: date
) -> list[AwayPeriod]:
    if not seller_ids:
        return []
    params = {"ws": workspace_id, "ids": list(seller_ids), "since": since}
    return list(session.scalars(_away_periods(), params))


@cache
def _away_periods() -> Select[tuple[AwayPeriod]]:
    return select(AwayPeriod).where(
        AwayPeriod.workspace_id == bindparam("ws"),
        in_ids(AwayPeriod.seller_id),
        AwayPeriod.ends_on >= bindparam("since"),
    )


def current_away(
    session: Session, workspace_id: str, seller_id: int, today: date
) -> AwayPeriod | None:
    return session.scalars(
        select(AwayPeriod).where(
            AwayPeriod.workspace_id == workspace_id,
            AwayPeriod.seller_id == seller_id,
            AwayPeriod.starts_on <= today,
            AwayPeriod.ends_on >= today,
        )
    ).first()


def add_away(
    session: Session,
    workspace_id: str,
    seller_id: int,
    starts_on: date,
    ends_on: date,
    *,
    at: datetime,
) -> AwayPeriod:
    period = AwayPeriod(
        workspace_id=workspace_id,
        seller_id=seller_id,
        starts_on=starts_on,
        ends_on=ends_on,
        created_at=at,
    )
    session.add(period)
    return period


def remove_away(session: Session, period: AwayPeriod) -> None:
    session.delete(period)


def aways_touching(
    session: Session, workspace_id: str, seller_id: int, starts_on: date, ends_on: date
) -> list[AwayPeriod]:
    """The seller's away periods that overlap [starts_on, ends_on] or meet it end to end."""
    return list(
        session.scalars(
            select(AwayPeriod)
            .where(
                AwayPeriod.workspace_id == workspace_id,
                AwayPeriod.seller_id == seller_id,
                AwayPeriod.starts_on <= ends_on + timedelta(days=1),
                AwayPeriod.ends_on >= starts_on - timedelta(days=1),
            )
            .order_by(AwayPeriod.starts_on, AwayPeriod.id)
        )
    )


def recent_activities(
    session: Session, workspace_id: str, seller_id: int, limit: int = 5
) -> list[Activity]:
    return list(
        session.scalars(
            select(Activity)
            .where(
                Activity.workspace_id == workspace_id,
                Activity.seller_id == seller_id,
                Activity.deleted_at.is_(None),
            )
            .order_by(Activity.created_at.desc(), Activity.id.desc())
            .limit(limit)
        )
    )


def live_activities_of_seller_between(
    session: Session, workspace_id: str, seller_id: int, first: date, last: date
) -> list[Activity]:
    """A seller's live activities from `first` to `last`, both days included, oldest first."""
    return list(
        session.scalars(
            select(Activity)
            .where(
                Activity.workspace_id == workspace_id,
                Activity.seller_id == seller_id,
                Activity.occurred_on >= first,
                Activity.occurred_on <= last,
                Activity.deleted_at.is_(None),
            )
            .order_by(Activity.occurred_on, Activity.id)
        )
    )


def mark_nudged(session: Session, workspace_id: str, lead_ids: Sequence[int], at: datetime) -> None:
    """Remember the reminder; it is not a change to the lead (updated_at stays)."""
    if lead_ids:
        session.execute(
            update(Lead)
            .where(Lead.workspace_id == workspace_id, Lead.id.in_(lead_ids))
            .values(nudged_at=at)
        )


def customer_keys(session: Session, workspace_id: str) -> set[str]:
    return set(
        session.scalars(
            select(Customer.key).where(
                Customer.workspace_id == workspace_id, Customer.removed_at.is_(None)
            )
        )
    )


def customers_among(session: Session, workspace_id: str, keys: Collection[str]) -> dict[str, Any]:
    """The customers here (taken off the list or not) whose key is one of `keys`, by key: one
    indexed look-up, however many customers. Plain rows (storage.rows.CustomerRow), or the
    session's own object for a customer it holds."""
    if not keys:
        return {}
    rows.flush_first(session)
    asked = sorted(keys)
    size = (
        _IN_SIZES[-1]
        if len(asked) > _IN_SIZES[-1]
        else next(n for n in _IN_SIZES if n >= len(asked))
    )
    found: list[Any] = []
    for start in range(0, len(asked), size):
        chunk = asked[start : start + size]
        chunk += [chunk[-1]] * (size - len(chunk))  # the last key again: the same answer
        params = {"ws": workspace_id, **{f"k{i}": key for i, key in enumerate(chunk)}}
        found += rows.customers(session, cursor.execute(session, _customers_among(size), params))
    return {customer.key: customer for customer in found}


# How many keys one look-up asks for: a few statements of fixed sizes, each compiled once (an
# "expanding" IN is rewritten at every execution).
_IN_SIZES = (4, 8, 16, 32, 64)


@cache
def _customers_among(size: int) -> Select[Any]:
    table = Customer.__table__
    return select(*table.columns).where(
        table.c.workspace_id == bindparam("ws"),
        table.c.key.in_([bindparam(f"k{i}") for i in range(size)]),
    )


def open_offer_keys(session: Session, workspace_id: str) -> set[str]:
    """Customers (by key) with an open offer: a win announced without an amount closes it."""
    return set(
        session.scalars(
            select(Customer.key)
            .join(Lead, Lead.customer_id == Customer.id)
            .where(
                Customer.workspace_id == workspace_id,
                Lead.status == "open",
                Lead.offer_amount.is_not(None),
            )
        )
    )


def live_activities_for_message(
    session: Session, workspace_id: str, channel: str, ts: str
) -> list[Activity]:
    """Every live record a channel message made (its second record's reference has ":2")."""
    return _records_of_message(session, workspace_id, channel, ts, Activity.deleted_at.is_(None))


def undone_activities_for_message(
    session: Session, workspace_id: str, channel: str, ts: str
) -> list[Activity]:
    """Every undone record a channel message made, oldest first (session 25: a row of a
    "Record all" its author undid is not asked again by an edit that leaves it in)."""
    return _records_of_message(session, workspace_id, channel, ts, Activity.deleted_at.is_not(None))


def _records_of_message(
    session: Session, workspace_id: str, channel: str, ts: str, state: Any
) -> list[Activity]:
    """The records a channel message made in `state` (live or undone), oldest first: its
    reference, its later records' (":2"), its edits' ("#")."""
    prefix = f"msg:{channel}:{ts}"
    return list(
        session.scalars(
            select(Activity)
            .where(
                Activity.workspace_id == workspace_id,
                state,
                (Activity.source_ref == prefix)
                | Activity.source_ref.startswith(prefix + ":")
                | Activity.source_ref.startswith(prefix + "#"),
            )
            .order_by(Activity.id)
        )
    )


def live_activity_for_message(
    session: Session, workspace_id: str, channel: str, ts: str
) -> Activity | None:
    """The live record a channel message made (edits add a suffix to the reference)."""
    prefix = f"msg:{channel}:{ts}"
    return session.scalars(
        select(Activity).where(
            Activity.workspace_id == workspace_id,
            Activity.deleted_at.is_(None),
            (Activity.source_ref == prefix)
            | Activity.source_ref.startswith(prefix + ":")
            | Activity.source_ref.startswith(prefix + "#"),
        )
    ).first()


def newest_record_of_message_undone_by(
    session: Session, workspace_id: str, channel: str, ts: str
) -> str | None:
    """Who undid the newest record a channel message made (None: it is live, or there is none)."""
    prefix = f"msg:{channel}:{ts}"
    newest = session.execute(
        select(Activity.deleted_at, Activity.deleted_by)
        .where(
            Activity.workspace_id == workspace_id,
            (Activity.source_ref == prefix)
            | Activity.source_ref.startswith(prefix + ":")
            | Activity.source_ref.startswith(prefix + "#"),
        )
        .order_by(Activity.id.desc())
        .limit(1)
    ).first()
    if newest is None or newest.deleted_at is None:
        return None
    return newest.deleted_by


def message_first_read(
    session: Session, workspace_id: str, channel: str, ts: str
) -> datetime | None:
    """When a channel message was first read as a record, or asked about: the earliest of its
    records (undone ones too, edits add a suffix to the reference) and its questions."""
    prefix = f"msg:{channel}:{ts}"
    records = session.scalar(
        select(func.min(Activity.created_at)).where(
            Activity.workspace_id == workspace_id,
            (Activity.source_ref == prefix)
            | Activity.source_ref.startswith(prefix + ":")
            | Activity.source_ref.startswith(prefix + "#"),
        )
    )
    asked = session.scalar(
        select(func.min(PendingQuestion.created_at)).where(
            PendingQuestion.workspace_id == workspace_id,
            PendingQuestion.source_ref == prefix,
        )
    )
    found = [t for t in (records, asked) if t is not None]
    return min(found) if found else None


def message_version(
    session: Session, workspace_id: str, channel: str, ts: str
) -> MessageVersion | None:
    """The newest version of a channel message read so far, if an edit or deletion was; locked
    on PostgreSQL until the transaction ends (two edits compared one after the other)."""
    return session.scalars(
        select(MessageVersion)
        .where(
            MessageVersion.workspace_id == workspace_id,
            MessageVersion.channel == channel,
            MessageVersion.ts == ts,
        )
        .with_for_update()
    ).one_or_none()


def add_message_version(session: Session, row: MessageVersion) -> MessageVersion:
    """Stored, or the one a concurrent delivery of the same message stored a moment ago."""
    lookup = select(MessageVersion).where(
        MessageVersion.workspace_id == row.workspace_id,
        MessageVersion.channel == row.channel,
        MessageVersion.ts == row.ts,
    )
    return _insert_or_get(session, row, lookup)


def prune_message_versions(session: Session, before: datetime) -> int:
    """Versions not touched since `before` (no delivery of theirs can still come)."""
    result = session.execute(delete(MessageVersion).where(MessageVersion.updated_at < before))
    return int(result.rowcount or 0)


# -- keeping customers clean -------------------------------------------------------------------
def customer_by_id(session: Session, workspace_id: str, customer_id: int) -> Customer | None:
    return session.scalars(
        select(Customer).where(Customer.workspace_id == workspace_id, Customer.id == customer_id)
    ).one_or_none()


def customers_by_key(session: Session, workspace_id: str) -> dict[str, Customer]:
    """Every customer of the workspace by its key (an import compares a whole file at once)."""
    return {
        c.key: c
        for c in session.scalars(
            select(Customer).where(
                Customer.workspace_id == workspace_id, Customer.removed_at.is_(None)
            )
        )
    }


def activities_of_customer(session: Session, workspace_id: str, customer_id: int) -> list[Activity]:
    """Every activity with the customer, live or undone, oldest first."""
    return list(
        session.scalars(
            select(Activity)
            .where(Activity.workspace_id == workspace_id, Activity.customer_id == customer_id)
            .order_by(Activity.id)
        )
    )


def leads_of_customer(session: Session, workspace_id: str, customer_id: int) -> list[Lead]:
    """Every lead with the customer, open or closed, oldest first."""
    return list(
        session.scalars(
            select(Lead)
            .where(Lead.workspace_id == workspace_id, Lead.customer_id == customer_id)
            .order_by(Lead.id)
        )
    )


def sellers_by_id(session: Session, workspace_id: str, ids: Sequence[int]) -> list[Seller]:
    if not ids:
        return []
    return list(
        session.scalars(
            select(Seller).where(Seller.workspace_id == workspace_id, Seller.id.in_(sorted(ids)))
        )
    )


def open_leads_of_owner(
    session: Session, workspace_id: str, owner_id: int, limit: int | None = None
) -> list[Lead]:
    """A seller's open leads, most recently changed first (the first `limit` of them)."""
    return list(
        session.scalars(
            select(Lead)
            .where(
                Lead.workspace_id == workspace_id,
                Lead.owner_id == owner_id,
                Lead.status == LeadStatus.OPEN.value,
            )
            .order_by(Lead.updated_at.desc(), Lead.id.desc())
            .limit(limit)
        )
    )


def count_open_leads_of_owner(session: Session, workspace_id: str, owner_id: int) -> int:
    """How many open leads a seller has (the App Home lists the last changed, counts the rest)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Lead)
            .where(
                Lead.workspace_id == workspace_id,
                Lead.owner_id == owner_id,
                Lead.status == LeadStatus.OPEN.value,
            )
        )
        or 0
    )


def delete_rows(session: Session, rows: Sequence[Any]) -> None:
    for row in rows:
        session.delete(row)
    session.flush()


# -- currency rates ----------------------------------------------------------------------------
def currency_rates(
    session: Session, workspace_id: str, team_id: int, as_of: date
) -> dict[str, Decimal]:
    """The team's rate for each currency as it stood on `as_of` (the newest not after it), or
    for a currency whose first rate was set after `as_of`, that first rate: a past period keeps
    the rate it had, and amounts that had none (shown beside its sums, "no rate set") are
    converted once a manager sets one, as a goal first set after a week is that week's too."""
    rates: dict[str, Decimal] = {}
    for code, rate, valid_from in session.execute(
        _currency_rates(), {"ws": workspace_id, "team": team_id}
    ):
        if valid_from <= as_of or code not in rates:  # oldest first: the newest by then wins
            rates[code] = Decimal(rate)
    return rates


@cache
def _currency_rates() -> Select[tuple[str, Decimal, date]]:
    return (
        select(CurrencyRate.currency, CurrencyRate.rate, CurrencyRate.valid_from)
        .where(
            CurrencyRate.workspace_id == bindparam("ws"),
            CurrencyRate.team_id == bindparam("team"),
        )
        .order_by(CurrencyRate.valid_from)
    )


def set_currency_rate(
    session: Session,
    workspace_id: str,
    team_id: int,
    currency: str,
    rate: Decimal,
    valid_from: date,
    by_user: str | None,
) -> None:
    """A rate from `valid_from` on (the same day's rate is replaced)."""
    row = session.scalars(
        select(CurrencyRate).where(
            CurrencyRate.workspace_id == workspace_id,
            CurrencyRate.team_id == team_id,
            CurrencyRate.currency == currency,
            CurrencyRate.valid_from == valid_from,
        )
    ).one_or_none()
    if row is None:
        row = CurrencyRate(
            workspace_id=workspace_id, team_id=team_id, currency=currency, valid_from=valid_from
        )
        session.add(row)
    row.rate, row.created_by = rate, by_user
    session.flush()


def team_worked_by(session: Session, workspace_id: str, team_id: int, day: date) -> bool:
    """Whether anything was logged for the team for a day up to `day`, undone since or not (an
    undone offer was in the pipeline as it stood then), by the team's index on days: a week
    before a team was set up has figures only when work was logged for it or before it."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    Activity.workspace_id == workspace_id,
                    Activity.team_id == team_id,
                    Activity.occurred_on <= day,
                )
            )
        )
    )


def first_team_work_before(
    session: Session, workspace_id: str, team_id: int, day: date
) -> date | None:
    """The first day before `day` that live work was logged for the team (work backdated before
    its set-up, when `day` is the day it was set up), by the team's index on days."""
    found = session.scalar(
        select(func.min(Activity.occurred_on)).where(
            Activity.workspace_id == workspace_id,
            Activity.team_id == team_id,
            Activity.occurred_on < day,
            Activity.deleted_at.is_(None),
        )
    )
    if found is None:
        return None
    return found if isinstance(found, date) else date.fromisoformat(str(found))


def drop_unused_customer(session: Session, customer: Any) -> None:
    """A customer created in this unit of work for a record that was not stored after all (its
    seller asked first): gone again, unless something refers to it meanwhile."""
    used = session.scalar(
        select(
            exists().where(Activity.customer_id == customer.id)
            | exists().where(Lead.customer_id == customer.id)
        )
    )
    if not used:
        session.execute(delete(Customer).where(Customer.id == customer.id))
        if customer in session:
            session.expunge(customer)
