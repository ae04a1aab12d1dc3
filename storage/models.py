"""SQLAlchemy 2.0 typed models. Every row carries its Slack workspace id."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    TIMESTAMP,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from bot.domain import ActivityKind, LeadStatus, Source, Temperature


def utc_now() -> datetime:
    """Python-side default, so freezegun moves it (server_default=func.now() would not)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, also on SQLite which stores naive text."""

    impl = TIMESTAMP(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use aware UTC datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            # The same as value.replace(tzinfo=UTC) at a quarter of its CPU (replace parses its
            # eight keyword arguments each time); a nudge pass reads thousands.
            return datetime.combine(value.date(), value.time(), UTC)
        return value.astimezone(UTC)


Money = Numeric(16, 2)  # up to 10^14: any deal the parser accepts (< 10^12) fits

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(enum_cls: type) -> String:
    # Plain strings (not native ENUMs) keep migrations simple on both dialects.
    return String(16)


class Workspace(Base):
    __tablename__ = "workspaces"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # Slack team id (T…)
    name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The app was uninstalled (or its bot token revoked): the data is purged after a grace period.
    uninstalled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set to a new random number by the database (triggers, migration 0026a) with every change
    # to the workspace's sellers, sales_teams, managers and bare_currencies rows and to
    # uninstalled_at: a requester kept at one version is what a read would give while the
    # version is still that. A column of the table only, never the ORM's (the database's own:
    # read as WORKSPACE_VERSION; an object at an older revision still inserts).
    __table_args__ = (Column("version", BigInteger, nullable=False, server_default=text("0")),)
    __mapper_args__ = {"exclude_properties": ["version"]}  # noqa: RUF012


# migration 0026a: the workspace's people version (Workspace's comment)
WORKSPACE_VERSION = Workspace.__table__.c.version


class SalesTeam(Base):
    """A sales team is a Slack channel that a manager set up."""

    __tablename__ = "sales_teams"
    __table_args__ = (UniqueConstraint("workspace_id", "channel_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"), index=True)
    channel_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Oslo")
    currency: Mapped[str] = mapped_column(String(3), default="NOK")
    digest_weekday: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday
    digest_time: Mapped[str] = mapped_column(String(5), default="08:00")
    nudge_hour: Mapped[int] = mapped_column(Integer, default=9)
    capture_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    chart_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Amounts above this (in the team's currency) are stored only after the seller confirms.
    amount_ceiling: Mapped[Decimal | None] = mapped_column(Money)
    created_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Seller(Base):
    """A Slack user who logs activities. Name and time zone are cached from users.info."""

    __tablename__ = "sellers"
    __table_args__ = (UniqueConstraint("workspace_id", "slack_user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"), index=True)
    slack_user_id: Mapped[str] = mapped_column(String(32))
    display_name: Mapped[str | None] = mapped_column(String(200))
    timezone: Mapped[str | None] = mapped_column(String(64))
    locale: Mapped[str | None] = mapped_column(String(16))
    is_workspace_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("sales_teams.id"))
    # False for a manager who does not sell: left out of seller rows, summaries, goals and
    # averages (their own entries, if any, still count in the team's totals).
    sells: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The language the seller chose for themselves (`/kpi language sv`): what they read
    # privately, whatever Slack's locale says. None: from the locale and the team (auto).
    language: Mapped[str | None] = mapped_column(String(8))
    profile_refreshed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When Slack said the account was deactivated (user_change, users.info): no DMs to it any
    # more (nudges, summaries); its past entries stay in the figures. None: active.
    gone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("workspace_id", "key"),
        Index("ix_customers_workspace_tier", "workspace_id", "tier"),  # the A-customer cadence
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(
        String(200)
    )  # customer_key(name): case, accents, suffixes folded
    tier: Mapped[str | None] = mapped_column(String(1))  # A / B / C
    org_number: Mapped[str | None] = mapped_column(String(32))
    # The account's owner, when a manager named one (`/kpi customer X owner @ola`, an import):
    # who is nudged about an A-customer and asked about when a colleague logs a deal with it.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("sellers.id"))
    # Taken off the customer list (its only entry was undone; it was deleted with undone entries
    # left): no suggestion, no known name. Its undone entries still point at it; logging the
    # name again brings it back.
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


# ix_leads_nudge: the columns (owner first, then the pass's order) and the rows it holds.
NUDGE_LEAD_COLUMNS = (
    "owner_id",
    "updated_at",
    "id",
    "workspace_id",
    "status",
    "customer_id",
    "temperature",
    "next_step_due",
    "snoozed_until",
    "nudged_at",
    "offer_amount",
    "currency",
    "next_step",
    "next_step_time",
)
NUDGE_LEAD_WHERE = "status = 'open' AND temperature IN ('warm', 'hot')"


class Lead(Base):
    """An opportunity with a customer: temperature, offer value, and the planned next activity."""

    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_workspace_status_customer", "workspace_id", "status", "customer_id"),
        # A seller's open leads by temperature: warm ones without a next step (nudges, summaries,
        # reports) are found without reading the cold ones that pile up over the years.
        Index(
            "ix_leads_workspace_owner_status_temp",
            "workspace_id",
            "owner_id",
            "status",
            "temperature",
        ),
        # The nudge pass's candidates, open warm or hot leads by owner, oldest change first, read
        # from this index alone: the leads table grows with the years (cold, won and lost leads
        # pile up), the warm ones do not. SQLite uses a partial index only for a query that
        # names its WHERE's literals (storage.aggregates._nudge_leads_query does).
        Index(
            "ix_leads_nudge",
            *NUDGE_LEAD_COLUMNS,
            sqlite_where=text(NUDGE_LEAD_WHERE),
            postgresql_where=text(NUDGE_LEAD_WHERE),
        ),
        # A lead's id is never given to another lead (SQLite would reuse the highest id after a
        # delete): its history (lead_states), an old message's buttons and a past week's lists
        # name leads by id, and a lead goes when its last activity is undone.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("sellers.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("sales_teams.id"))
    status: Mapped[str] = mapped_column(_enum(LeadStatus), default=LeadStatus.OPEN.value)
    temperature: Mapped[str | None] = mapped_column(_enum(Temperature))
    offer_amount: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    offer_sent_on: Mapped[date | None] = mapped_column(Date)
    next_step: Mapped[str | None] = mapped_column(String(200))
    next_step_due: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utc_now
    )  # set explicitly from the injected clock
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Nudges: when its owner was last reminded, and until when they asked not to be.
    nudged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    # What was set on the lead directly, not by an entry (a nudge's "Mark cold", a next step
    # planned from a nudge, the App Home or a planned meeting), and when: the newest of each.
    # Undo rebuilds the lead from its live entries and these, in the order they were made, so
    # the seller's say survives undoing an entry before it or over it.
    set_temperature: Mapped[str | None] = mapped_column(_enum(Temperature))
    set_temperature_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    set_next_step: Mapped[str | None] = mapped_column(String(200))
    set_next_step_due: Mapped[date | None] = mapped_column(Date)
    set_next_step_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Who sent the offer counted as sent (offer_sent_on's): a revision is that seller's result,
    # also one the lead's next owner makes after a hand-over (recording.apply). No foreign key,
    # like lead_states' ids: a value of the lead's history.
    offer_sent_by: Mapped[int | None] = mapped_column(Integer)
    # The next step's time of day (the plan form's timepicker, a command's "kl 10"); None: a day
    # alone. Kept apart from its words, shown the seller's way (migration 0025a).
    next_step_time: Mapped[time | None] = mapped_column(Time)
    set_next_step_time: Mapped[time | None] = mapped_column(Time)

    customer: Mapped[Customer] = relationship(lazy="joined")
    owner: Mapped[Seller] = relationship(lazy="joined")


class LeadState(Base):
    """A lead as it stood from `valid_from` until `valid_to` (None: it still does). A row is
    written in the same transaction as every change of a lead (storage.history.record_lead_state),
    at the moment the change was made (the request's `now`), so the state a past week ended
    with is one query: valid_from < end AND (valid_to IS NULL OR valid_to >= end).

    No foreign key to leads: a lead whose last activity is undone is deleted, and its history
    still says what a week that ended before the undo showed."""

    __tablename__ = "lead_states"
    __table_args__ = (
        # "As of" figures per owner: the states open at the moment, answered from the index
        # alone. Old superseded rows end before the moment (valid_to < end) and are skipped by
        # the range; closed leads are skipped by status.
        Index(
            "ix_lead_states_asof",
            "workspace_id",
            "owner_id",
            "status",
            "valid_to",
            "valid_from",
            "temperature",
            "next_step_due",
            "offer_sent_on",
            "currency",
            "offer_amount",
            "lead_id",
        ),
        # The lead's current row, closed when it changes.
        Index("ix_lead_states_lead", "lead_id", "valid_to"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    lead_id: Mapped[int] = mapped_column(Integer)
    # The lead's customer, kept here so that a lead deleted since (its last activity undone) is
    # still named in the week it was part of. No foreign key, like lead_id: history outlives rows.
    customer_id: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[int] = mapped_column(ForeignKey("sellers.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("sales_teams.id"))
    status: Mapped[str] = mapped_column(_enum(LeadStatus))
    temperature: Mapped[str | None] = mapped_column(_enum(Temperature))
    offer_amount: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    offer_sent_on: Mapped[date | None] = mapped_column(Date)
    next_step_due: Mapped[date | None] = mapped_column(Date)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_to: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LeadMerge(Base):
    """One lead taken into another (recording.consolidate: a customer merge left one seller two
    open leads with the customer) at `at`: its activities are the other lead's from then on.
    What a past week showed of either is read back through these (storage.history)."""

    __tablename__ = "lead_merges"
    __table_args__ = (Index("ix_lead_merges_workspace_at", "workspace_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    lead_id: Mapped[int] = mapped_column(Integer)  # the lead taken in (deleted then)
    into_id: Mapped[int] = mapped_column(Integer)  # the lead that took it
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Activity(Base):
    """One logged meeting, call, offer, win or loss. Undo soft-deletes it."""

    __tablename__ = "activities"
    __table_args__ = (
        # A retried Slack delivery carries the same reference, so it can never store twice.
        UniqueConstraint("workspace_id", "source_ref"),
        # Covers the KPI aggregates (weeks, quarters, first activity) without reading the table:
        # every column they touch. No customer_id here: it would tempt SQLite to answer the
        # per-customer probes below with a scan of this index.
        Index(
            "ix_activities_seller_week",
            "workspace_id",
            "seller_id",
            "occurred_on",
            "kind",
            "deleted_at",
            "currency",
            "amount",
            "replaced_currency",
            "replaced_amount",
        ),
        Index("ix_activities_team_date", "workspace_id", "team_id", "occurred_on"),
        # Per-customer probes, answered from the index alone: the A-customer cadence (touched
        # lately? touches in 12 months, the latest touch and who made it) ...
        Index(
            "ix_activities_customer_date",
            "workspace_id",
            "customer_id",
            "occurred_on",
            "id",
            "deleted_at",
            "seller_id",
        ),
        # ... and "is this the customer's first win?" (an earlier live win of the same customer),
        # answered from the index alone.
        Index(
            "ix_activities_customer_kind",
            "workspace_id",
            "customer_id",
            "kind",
            "occurred_on",
            "deleted_at",
            "id",
        ),
        # A seller's most recently logged activities (App Home, undo).
        Index("ix_activities_seller_created", "workspace_id", "seller_id", "created_at"),
        # A lead's activities (undo rebuilds a lead from them; open offers and their revisions),
        # and its last live one's day from the index alone (the nudge pass).
        Index("ix_activities_lead", "lead_id", "deleted_at", "occurred_on"),
        # The offers a lead had at a past moment (storage.history), the lead deleted or not.
        Index("ix_activities_origin_lead", "origin_lead_id"),
        # Undone activities only (a few): what a past week knew that has been undone since.
        Index(
            "ix_activities_undone",
            "workspace_id",
            "seller_id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NOT NULL"),
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
        # Revisions of another seller's offer only (a few): a team's figures read those of its
        # sellers' offers made by anyone (storage.aggregates._revisions_query).
        Index(
            "ix_activities_sender",
            "workspace_id",
            "sender_id",
            "occurred_on",
            sqlite_where=text("sender_id IS NOT NULL"),
            postgresql_where=text("sender_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("sales_teams.id"))
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    # The lead it was logged on, kept when that lead goes (undo, a merge of leads): with
    # lead_merges, which lead it was part of at any past moment. No foreign key: it outlives
    # the lead. None: logged on no lead, or unlinked before this was kept.
    origin_lead_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(_enum(ActivityKind))
    occurred_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    margin_pct: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    temperature: Mapped[str | None] = mapped_column(_enum(Temperature))
    next_step: Mapped[str | None] = mapped_column(String(200))
    next_step_due: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    # An offer that revises the seller's open offer on the same lead: the value it replaced.
    # A revision is not a new offer sent; offer value moves by the difference.
    replaced_amount: Mapped[Decimal | None] = mapped_column(Money)
    replaced_currency: Mapped[str | None] = mapped_column(String(3))
    source: Mapped[str] = mapped_column(_enum(Source))
    source_ref: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_by: Mapped[str | None] = mapped_column(String(32))
    # A revision of an offer another seller sent (the lead was handed over since, or merged):
    # that seller, whose result it is: it counts in their figures and their team's, never the
    # reviser's. None for every other row. Kept by recording.apply with replaced_amount.
    sender_id: Mapped[int | None] = mapped_column(Integer)
    # The next step's time of day, as Lead.next_step_time (migration 0025a).
    next_step_time: Mapped[time | None] = mapped_column(Time)

    seller: Mapped[Seller] = relationship(lazy="joined")
    customer: Mapped[Customer] = relationship(lazy="joined")
    team: Mapped[SalesTeam | None] = relationship(lazy="joined")


class Manager(Base):
    """Someone a manager added to a team's managers (workspace admins and owners are managers anyway)."""

    __tablename__ = "managers"
    __table_args__ = (UniqueConstraint("team_id", "slack_user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("sales_teams.id"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    added_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SellerDay(Base):
    """One seller's live activities on one day, summed (storage.seller_days): what the reports'
    day pass reads instead of the activities. Written only by the database's triggers on
    `activities` (migration 0016), never by the code."""

    __tablename__ = "seller_days"
    # Clustered on its key on SQLite: the day pass's range search reads the rows themselves.
    __table_args__ = {"sqlite_with_rowid": False}

    workspace_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seller_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    # Per kind, revisions not counted.
    meetings: Mapped[int] = mapped_column(Integer)
    calls: Mapped[int] = mapped_column(Integer)
    offers: Mapped[int] = mapped_column(Integer)
    wins: Mapped[int] = mapped_column(Integer)
    losses: Mapped[int] = mapped_column(Integer)
    # Offered (offers' amounts), replaced (revisions' replaced amounts), won; no precision: a
    # day's sum may pass what one amount may be.
    offered: Mapped[Decimal | None] = mapped_column(Numeric)
    replaced: Mapped[Decimal | None] = mapped_column(Numeric)
    won: Mapped[Decimal | None] = mapped_column(Numeric)
    priced: Mapped[int] = mapped_column(Integer)  # wins with an amount
    # The day's one currency ('' = none written: the team's); mixed = 1: more than one, and
    # then the amounts are read from the activities.
    code: Mapped[str] = mapped_column(String(3))
    mixed: Mapped[int] = mapped_column(Integer)


class Goal(Base):
    """A target for one KPI. Scope "seller": each seller's target, the team's default
    (seller_id None) or one seller's own; scope "team": the sum the team as a whole aims for
    (seller_id None)."""

    __tablename__ = "goals"
    __table_args__ = (
        Index("ix_goals_team_kpi", "workspace_id", "team_id", "kpi"),
        # One row per key and first day (migration 0023a): NULLs coalesced, as a unique index
        # holds NULLs all different. Two managers at once, or a double click, set one goal.
        Index(
            "uq_goals_key",
            "workspace_id",
            "team_id",
            text("COALESCE(seller_id, 0)"),
            "kpi",
            "scope",
            text("COALESCE(starts_on, '1900-01-01')"),
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("sales_teams.id"))
    seller_id: Mapped[int | None] = mapped_column(ForeignKey("sellers.id"))
    kpi: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(8), default="seller", server_default="seller")
    period: Mapped[str] = mapped_column(String(8))  # week / quarter / year
    target: Mapped[Decimal] = mapped_column(Numeric(16, 2))
    set_by: Mapped[str | None] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utc_now
    )  # set explicitly from the injected clock
    # The team's day the goal takes effect (a goal set for a period to come, migration 0022g);
    # None: in force since it was set. The goal in force on a day is its key's row with the
    # latest starts_on on or before it (storage.repositories.goals_of_team).
    starts_on: Mapped[date | None] = mapped_column(Date)


class GoalChange(Base):
    """A goal as it was before it was set again or removed at `changed_at` (`target` None: there
    was none). A past week is shown against the goals that applied at its end: today's goals with
    every change made since undone (storage.repositories.goals_of_team)."""

    __tablename__ = "goal_changes"
    __table_args__ = (Index("ix_goal_changes_team", "workspace_id", "team_id", "changed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("sales_teams.id"))
    seller_id: Mapped[int | None] = mapped_column(ForeignKey("sellers.id"))
    kpi: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(8))
    period: Mapped[str | None] = mapped_column(String(8))
    target: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    starts_on: Mapped[date | None] = mapped_column(Date)  # the changed row's (Goal.starts_on)


class TeamMove(Base):
    """A seller left team `team_id` at `moved_at` (for another team, or none); with `joined`,
    joined team `team_id` from no team then (migration 0021j). A past week's team is the
    sellers in it at the week's end: today's members, with every move made since undone (each
    seller's first row after it says where they were: the team left, or none before a join;
    storage.repositories.team_members). A seller's work before they joined any team belongs to
    no other: one who joined later but logged something in a week is in that week."""

    __tablename__ = "team_moves"
    __table_args__ = (Index("ix_team_moves_workspace", "workspace_id", "moved_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("sales_teams.id"))
    moved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    joined: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class BareCurrency(Base):
    """What a bare amount (no currency said: "450.000") from a seller is in, in one team, when
    their own krone is not its currency (a Dane in a NOK team): asked once, then used (migration
    0024a). No row: not chosen yet (asked at the next one); moved to another team, asked there."""

    __tablename__ = "bare_currencies"

    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id"), primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("sales_teams.id"), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    currency: Mapped[str] = mapped_column(String(3))
    chosen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class AwayPeriod(Base):
    """A seller away (holiday, leave): left out of baselines and goals; nudges pause."""

    __tablename__ = "away_periods"
    __table_args__ = (Index("ix_away_seller", "workspace_id", "seller_id", "ends_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Claim(Base):
    """One scheduled send (a team's digest for a week, a seller's summary, a day's nudge DM).
    The unique key makes two schedulers agree on who sends; the state and lease survive crashes."""

    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("workspace_id", "kind", "subject", "period"),
        # The tick's "what is settled already?" for today's nudges and this week's digests.
        Index("ix_claims_kind_period", "kind", "period"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    kind: Mapped[str] = mapped_column(String(16))  # digest / summary / nudge
    subject: Mapped[str] = mapped_column(String(64))  # team id or seller id
    period: Mapped[str] = mapped_column(String(16))  # 2026-W47, or a date for nudges
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending/sending/sent/failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    channel: Mapped[str | None] = mapped_column(String(32))
    message_ts: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utc_now
    )  # set explicitly from the injected clock


class PendingQuestion(Base):
    """A log the bot asked its author about ("Did you mean …?", "Log it again?"): kept here, not
    in the buttons, so a click can only answer what was asked, once, by the person asked."""

    __tablename__ = "pending_questions"
    __table_args__ = (
        UniqueConstraint("token"),
        Index("ix_pending_questions_ref", "workspace_id", "source_ref"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    user_id: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(32))
    # The log's source reference (a command's trigger, a message's ts): "was this message
    # already answered «not a sale»?"
    source_ref: Mapped[str] = mapped_column(String(200))
    # The parsed log, where it came from, the answers given so far, and what was asked.
    state: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(32))


class CurrencyRate(Base):
    """What one unit of a foreign currency is worth in a team's currency, from a date on. Kept
    dated, so a past period is converted with the rate that applied then."""

    __tablename__ = "currency_rates"
    __table_args__ = (UniqueConstraint("workspace_id", "team_id", "currency", "valid_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("sales_teams.id"))
    currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Numeric(18, 6))
    valid_from: Mapped[date] = mapped_column(Date)
    created_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class MessageVersion(Base):
    """The newest version of a team-channel message kpibot has read: its last edit's time, or
    that it was deleted. Slack may deliver an edit or a deletion before the message itself, or an
    older edit after a newer one (a retried delivery comes minutes later): what is older than
    this changes nothing. Kept a few days (bot.jobs.retention)."""

    __tablename__ = "message_versions"
    __table_args__ = (UniqueConstraint("workspace_id", "channel", "ts"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    channel: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str] = mapped_column(String(32))  # the message's own ts
    edited_ts: Mapped[str] = mapped_column(String(32), default="")  # "" before any edit
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
