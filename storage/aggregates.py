"""KPI questions answered with indexed SQL aggregates (GROUP BY in the database), so no seller's
whole history is ever loaded into Python. All scoped to one workspace; undone activities excluded.

The hot statements are built once (functools.cache) with named bind parameters and executed with
values: building a SQLAlchemy statement costs more than running these small queries."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased, lazyload
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import CompoundSelect
from sqlalchemy.sql.visitors import InternalTraversal

from bot.domain import ActivityKind, LeadStatus
from storage.models import Activity, Customer, Lead, Seller, SellerDay

WEEK_ZERO = "2000-01-03"  # a Monday; week index = whole weeks since then (kpis.Week.index)
# The same activities seen a second time, for per-customer probes in correlated subqueries.
# Built once: an alias made per call costs more than the query it is for.
_OTHER = aliased(Activity, name="activities_1")
_DAY = SellerDay
_COUNTS = ("meetings", "calls", "offers", "wins", "losses")  # KINDS' order


class week_index(FunctionElement[int]):  # noqa: N801 (SQL function style)
    type = Integer()
    inherit_cache = True


@compiles(week_index, "sqlite")
def _week_index_sqlite(element, compiler, **kw):  # type: ignore[no-untyped-def]
    arg = compiler.process(list(element.clauses)[0], **kw)
    return f"CAST((julianday({arg}) - julianday('{WEEK_ZERO}')) / 7 AS INTEGER)"


@compiles(week_index, "postgresql")
def _week_index_pg(element, compiler, **kw):  # type: ignore[no-untyped-def]
    arg = compiler.process(list(element.clauses)[0], **kw)
    return f"(({arg} - DATE '{WEEK_ZERO}') / 7)"


class in_ids(ColumnElement[bool]):  # noqa: N801 (SQL operator style)
    """`column IN (the list parameter `name`)`. On PostgreSQL `= ANY(array)`, the list bound as
    one parameter, which is what PostgreSQL makes of an IN list anyway: SQLAlchemy renders an
    expanding IN list anew at every execution (half a millisecond for fifty ids) and PostgreSQL
    parses and plans each length apart. SQLite keeps the IN list (bound as one JSON text read
    with json_each it measured the same)."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a comparison: no "= 1" after it in a WHERE on SQLite
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("name", InternalTraversal.dp_string),
    ]

    def __init__(self, column: Any, name: str = "ids") -> None:
        self.column = column
        self.name = name


@compiles(in_ids)
def _in_ids(element, compiler, **kw):  # type: ignore[no-untyped-def]
    return compiler.process(element.column.in_(bindparam(element.name, expanding=True)), **kw)


@compiles(in_ids, "postgresql")
def _in_ids_pg(element, compiler, **kw):  # type: ignore[no-untyped-def]
    ids = bindparam(element.name, type_=ARRAY(Integer))
    return compiler.process(element.column == func.any(ids), **kw)


def _live(workspace_id: str, seller_ids: Sequence[int]):  # type: ignore[no-untyped-def]
    return and_(
        Activity.workspace_id == workspace_id,
        Activity.seller_id.in_(seller_ids),
        Activity.deleted_at.is_(None),
    )


def _live_params():  # type: ignore[no-untyped-def]
    """_live with the bind parameters `ws` and `ids` (the sellers)."""
    return and_(
        Activity.workspace_id == bindparam("ws"),
        in_ids(Activity.seller_id),
        Activity.deleted_at.is_(None),
    )


KINDS = tuple(kind.value for kind in ActivityKind)
MONEY_KINDS = ("offer", "win")  # the kinds whose amounts the KPIs add up


Amounts = Mapping[str, Decimal]  # {currency: amount}; never summed across currencies here
NO_AMOUNTS: Amounts = MappingProxyType({})
Across = Mapping[tuple[str, str], tuple[Decimal, Decimal, int]]


class KindTotals(NamedTuple):
    """One seller's live activities in a week or a period: a count per kind, and the offered and
    won amounts per currency (the services convert them into the team's currency)."""

    meeting: int = 0
    call: int = 0
    offer: int = 0
    win: int = 0
    loss: int = 0
    offer_amount: Amounts = NO_AMOUNTS
    win_amount: Amounts = NO_AMOUNTS
    # Per currency, how many of the wins carry an amount (in win_amount): an average won deal
    # divides only by the wins whose amount it could add up.
    win_priced: Amounts = NO_AMOUNTS
    # Revisions of offers sent before the week or period: by how much they moved those offers,
    # per currency. Shown apart, never in offer_amount (the value of the offers sent in it).
    revised_amount: Amounts = NO_AMOUNTS
    # Those of them into another currency (a DKK offer revised to NOK), kept whole, never in
    # revised_amount: {(from, to): (the amounts replaced, the amounts revised to, how many)}.
    # A view with rates for both says the difference; without, "from DKK 520 000 to NOK 600 000"
    # (mendB32: was "revised up by NOK 600 000; revised down by DKK 520 000", two revisions).
    revised_across: Across = MappingProxyType({})


def _plus(a: Amounts, currency: str | None, amount: object, fallback: str) -> Amounts:
    if amount is None:
        return a
    value = _decimal(amount)
    if not value:
        return a
    key = currency or fallback
    merged = dict(a)
    merged[key] = merged.get(key, Decimal(0)) + value
    return MappingProxyType(merged)


def team_counts(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    weeks: tuple[date, date],
    periods: Mapping[str, tuple[date, date]],
    currency: str,
) -> tuple[dict[tuple[int, int], KindTotals], dict[str, dict[int, KindTotals]]]:
    """What weekly_counts over `weeks` (whole weeks) and period_counts over each of `periods`
    (a quarter, 90 days) tell, from one pass over the activities of their overall range instead
    of one pass each: {(seller, week index): totals} and {period: {seller: totals}}.

    The database adds up each seller's days from the per-day summary (storage.seller_days) into
    one row per seller and week and one per seller and period, with a count per kind and the
    amounts in the team's `currency`; the days with amounts in other currencies have theirs read
    apart from the activities, only when there are any, each kept in its own currency (never
    summed with the team's).

    An offer that revises a deal's offer moves offer_amount by the difference only when the
    deal's offer was sent in the same week or period (it is counted there); a revision of an
    offer sent before it moves revised_amount instead (_set_apart). A revision belongs with the
    offer it revises: made by another seller (the new owner of a lead handed over, of this team
    or another), it counts for the offer's sender, never the reviser."""
    if not seller_ids:
        return {}, {name: {} for name in periods}
    spans = [weeks, *periods.values()]
    params: dict[str, object] = {
        "ws": workspace_id,
        "ids": list(seller_ids),
        "currency": currency,
        "first": min(a for a, _ in spans),
        "last": max(b for _, b in spans),
        "weeks_first": weeks[0],
        "weeks_last": weeks[1],
    }
    for n, (a, b) in enumerate(periods.values()):
        params[f"from{n}"], params[f"to{n}"] = a, b
    flags = len(periods)
    per_week: dict[tuple[int, int], KindTotals] = {}
    per_period: list[dict[int, KindTotals]] = [{} for _ in periods]
    foreign: set[int] = set()  # the sellers with a day of amounts in other currencies
    revising: set[int] = set()  # the sellers with a day of revisions
    credited: set[int] = set()  # the sellers whose offers others revised
    # Fetched at once: a row at a time costs a few microseconds more per row in the drivers.
    for row in session.execute(_team_counts_query(flags), params).all():
        part, seller_id, index, meeting, call, offer, win, loss, *amounts = row
        if part == -2:
            credited.add(seller_id)
            continue
        offered, replaced, won, priced, elsewhere = amounts
        if elsewhere:
            foreign.add(seller_id)
        if replaced is not None:
            revising.add(seller_id)
        # An offer's value moves by a revision's difference; no amount at all: none to hold.
        value = _decimal(offered or 0) - _decimal(replaced or 0) if offered or replaced else 0
        totals = KindTotals(
            meeting,
            call,
            offer,
            win,
            loss,
            MappingProxyType({currency: value}) if value else NO_AMOUNTS,
            MappingProxyType({currency: _decimal(won)}) if won else NO_AMOUNTS,
            MappingProxyType({currency: _decimal(priced)}) if priced else NO_AMOUNTS,
        )
        if part < 0:
            per_week[(seller_id, int(index))] = totals
        else:
            per_period[part][seller_id] = totals
    if foreign:
        revising |= _add_foreign(
            session, {**params, "ids": sorted(foreign)}, weeks, per_week, per_period
        )
    if revising or credited:
        # Their own revisions, and others' of their offers (a lead handed over, to a colleague
        # of any team): one statement either way.
        query = _revisions_query(bool(revising), bool(credited))
        rows = session.execute(query, {**params, "revising": sorted(revising)}).all()
        _set_apart(rows, weeks, list(periods.values()), currency, per_week, per_period, seller_ids)
    return per_week, {name: table for name, table in zip(periods, per_period, strict=True)}


def _in(currency: str, amount: object) -> Amounts:
    return MappingProxyType({currency: _decimal(amount)}) if amount else NO_AMOUNTS


def _add_foreign(
    session: Session,
    params: dict[str, object],
    weeks: tuple[date, date],
    per_week: dict[tuple[int, int], KindTotals],
    per_period: list[dict[int, KindTotals]],
) -> set[int]:
    """Amounts in other currencies than the team's (rare), added to team_counts' totals, each in
    its own currency (a revision's two parts each in theirs). Returns the sellers with a
    revision among them."""
    zero = date.fromisoformat(WEEK_ZERO)
    week_range = range((weeks[0] - zero).days // 7, (weeks[1] - zero).days // 7 + 1)
    fallback = str(params["currency"])
    flags = len(per_period)
    extra_week: dict[tuple[int, int], _Tally] = {}
    extra_period: list[dict[int, _Tally]] = [{} for _ in per_period]
    revising: set[int] = set()
    for seller_id, index, *rest in session.execute(_foreign_amounts_query(flags), params).all():
        inside, (code, replaced_code, offered, replaced, won, priced) = rest[:flags], rest[flags:]
        if replaced is not None:
            revising.add(seller_id)
        tallies = [
            table.setdefault(seller_id, _Tally())
            for flag, table in zip(inside, extra_period, strict=True)
            if flag
        ]
        if index is not None and index in week_range:
            tallies.append(extra_week.setdefault((seller_id, int(index)), _Tally()))
        for tally in tallies:
            tally.add(_NONE, code, offered, replaced_code, replaced, won, priced, fallback)
    for key, tally in extra_week.items():
        per_week[key] = tally.onto(per_week.get(key, KindTotals()))
    for extra, table in zip(extra_period, per_period, strict=True):
        for seller_id, tally in extra.items():
            table[seller_id] = tally.onto(table.get(seller_id, KindTotals()))
    return revising


def _own(column: Any) -> Any:
    """The row's amount is in the team's currency (`currency`); none written means the team's."""
    return func.coalesce(column, bindparam("currency")) == bindparam("currency")


def _own_day() -> Any:
    """A summary day whose amounts are all in the team's currency (`currency`; '' = none
    written, the team's); the others' amounts are read from the activities (_add_foreign)."""
    return and_(_DAY.mixed == 0, or_(_DAY.code == "", _DAY.code == bindparam("currency")))


def _weeks_and_flags(day: Any, periods: int) -> list[Any]:
    """A day's week index (none before `weeks_first`: those days fold into one row) and whether
    it lies in each period (`from<n>`..`to<n>`)."""
    week = case((day >= bindparam("weeks_first"), week_index(day)), else_=None)
    return [
        week,
        *(
            case((day.between(bindparam(f"from{n}"), bindparam(f"to{n}")), 1), else_=0)
            for n in range(periods)
        ),
    ]


def _of_sellers() -> Any:
    """The summary days of the sellers `ids` in workspace `ws`."""
    return and_(_DAY.workspace_id == bindparam("ws"), in_ids(_DAY.seller_id))


@cache
def _team_counts_query(periods: int) -> CompoundSelect:
    """One row per seller and week (of `weeks_first`..`weeks_last`; the part -1) and one per
    seller and period n (the part n): a count per kind and the amounts of the days whose amounts
    are all in the team's currency, with how many days are not (read apart:
    _foreign_amounts_query).

    Read from the per-seller, per-day summary (storage.seller_days: one row per seller and day,
    kept by the database on every change of an activity), not from the activities: about 60 %
    fewer rows. Each part reads its own range of it, in its key's order."""
    own = _own_day()
    money = Activity.amount.type  # the sums come back as the activities' amounts do
    sums = [
        *(cast(func.sum(getattr(_DAY, name)), Integer) for name in _COUNTS),
        *(
            type_coerce(func.sum(case((own, getattr(_DAY, name)))), money)
            for name in ("offered", "replaced", "won")
        ),
        cast(func.sum(case((own, _DAY.priced), else_=0)), Integer),
        cast(func.sum(case((own, 0), else_=1)), Integer),
    ]
    week = week_index(_DAY.day)
    per_week = (
        select(literal_column("-1", Integer), _DAY.seller_id, week, *sums)
        .where(_of_sellers(), _DAY.day.between(bindparam("weeks_first"), bindparam("weeks_last")))
        .group_by(_DAY.seller_id, week)
    )
    per_period = [
        select(literal_column(str(n), Integer), _DAY.seller_id, cast(null(), Integer), *sums)
        .where(_of_sellers(), _DAY.day.between(bindparam(f"from{n}"), bindparam(f"to{n}")))
        .group_by(_DAY.seller_id)
        for n in range(periods)
    ]
    # The part -2: the sellers whose offers others revised (rarer still), each once, read from
    # the partial index of such revisions: only then are they read (_revisions_query).
    zero = literal_column("0", Integer)
    by_others = (
        select(
            literal_column("-2", Integer),
            Activity.sender_id,
            cast(null(), Integer),
            *(zero for _ in _COUNTS),
            *(type_coerce(null(), money) for _ in range(3)),
            zero,
            zero,
        )
        .where(*_revised_by_others())
        .group_by(Activity.sender_id)
    )
    return union_all(per_week, *per_period, by_others)


def _revised_by_others() -> tuple[Any, ...]:
    """The live revisions of offers the sellers `ids` sent, made by others (`first`..`last`):
    a lead handed over, to a colleague of any team (ix_activities_sender)."""
    return (
        Activity.workspace_id == bindparam("ws"),
        in_ids(Activity.sender_id),  # (implies the partial index's sender_id IS NOT NULL)
        Activity.occurred_on.between(bindparam("first"), bindparam("last")),
        ~in_ids(Activity.seller_id),  # their own revisions are read from their days
        Activity.kind == "offer",
        Activity.replaced_amount.is_not(None),
        Activity.deleted_at.is_(None),
    )


@cache
def _foreign_amounts_query(periods: int) -> Select:
    """The amounts _team_counts_query leaves out: those of the summary days not all in the
    team's currency, read from those days' activities per seller, week, period flags and
    currency (a revision's two parts each in its own)."""
    return (
        select(
            Activity.seller_id,
            *_weeks_and_flags(Activity.occurred_on, periods),
            Activity.currency,
            Activity.replaced_currency,
            func.sum(Activity.amount).filter(Activity.kind == "offer"),
            func.sum(Activity.replaced_amount).filter(Activity.kind == "offer"),
            func.sum(Activity.amount).filter(Activity.kind == "win"),
            func.count(Activity.amount).filter(Activity.kind == "win"),
        )
        .select_from(
            _on_those_days(
                _of_sellers(),
                _DAY.day.between(bindparam("first"), bindparam("last")),
                ~_own_day(),
            )
        )
        .where(Activity.deleted_at.is_(None))
        .group_by(*(literal_column(str(n)) for n in range(1, periods + 5)))
    )


def _on_those_days(*which: Any) -> Any:
    """The summary days `which`, each joined with its activities: the days drive the search, a
    day's activities being one range of ix_activities_seller_week (workspace, seller, date).

    The days are a materialized CTE, which the planner cannot see into. On PostgreSQL without
    statistics (tables just filled or restored, before ANALYZE or autovacuum) every search by
    workspace is guessed at one row, and with the days' workspace in view the planner read all
    the workspace's activities once per day, or the days once per activity: 2.6 s a report on
    test_figures_snapshot's 2,500 activities, 0.9 s for a 50-seller team on the bench's
    2,000,000 (restored, no ANALYZE; 10 ms this way). Seen only through the join, the
    activities are reached by each day's seller and date whatever the statistics say
    (tests/storage/test_plans_without_statistics.py); SQLite searches them the same way."""
    days = (
        select(_DAY.workspace_id, _DAY.seller_id, _DAY.day)
        .where(*which)
        .cte("days")
        .prefix_with("MATERIALIZED")
    )
    return days.join(
        Activity,
        and_(
            Activity.workspace_id == days.c.workspace_id,
            Activity.seller_id == days.c.seller_id,
            Activity.occurred_on == days.c.day,
        ),
    )


@cache
def _revisions_query(own_days: bool, by_others: bool) -> Select | CompoundSelect:
    """The live revisions the sellers `ids`' figures count (`first`..`last`): seller, day, the
    day the deal's offer they revise was sent and who sent it, and both amounts. `own_days`: on
    the days of the sellers `revising` whose summary has one (rare); `by_others`: those of
    offers the sellers `ids` sent, made by others (rarer: _revised_by_others).

    That offer is the deal's latest live offer logged before the revision that revised nothing
    (the one counted as sent), as recording.rebuild replays a deal in the order it was logged:
    its day read, not stored, so undo, edits, "It's a separate offer" and merges leave nothing
    behind; who sent it is kept on the revision (sender_id) by the same replay."""
    sent = _OTHER
    sent_on = (
        select(sent.occurred_on)
        .where(
            sent.lead_id == Activity.lead_id,
            sent.id < Activity.id,
            sent.kind == "offer",
            sent.deleted_at.is_(None),
            sent.replaced_amount.is_(None),
        )
        .order_by(sent.id.desc())
        .limit(1)
        .correlate(Activity)
        .scalar_subquery()
    )
    columns = (
        Activity.seller_id,
        Activity.occurred_on,
        sent_on,
        # Whose offer it revises: after a hand-over, the new owner revises the offer the first
        # owner sent, and its value (so the difference) stays with the offer's sender.
        func.coalesce(Activity.sender_id, Activity.seller_id),
        Activity.currency,
        Activity.amount,
        Activity.replaced_currency,
        Activity.replaced_amount,
    )
    others = select(*columns).where(*_revised_by_others())
    if not own_days:
        return others
    # The summary's days with a revision drive the search, as in _foreign_amounts_query.
    on_days = (
        select(*columns)
        .select_from(
            _on_those_days(
                _DAY.workspace_id == bindparam("ws"),
                in_ids(_DAY.seller_id, "revising"),
                _DAY.day.between(bindparam("first"), bindparam("last")),
                _DAY.replaced.is_not(None),
            )
        )
        .where(
            Activity.kind == "offer",
            Activity.replaced_amount.is_not(None),
            Activity.deleted_at.is_(None),
        )
    )
    return union_all(on_days, others) if by_others else on_days


def _set_apart(
    rows: Iterable[Sequence[Any]],
    weeks: tuple[date, date],
    periods: list[tuple[date, date]],
    fallback: str,
    per_week: dict[tuple[int, int], KindTotals],
    per_period: list[dict[int, KindTotals]],
    seller_ids: Collection[int] = (),
) -> None:
    """Each revision of an offer sent before its week (or outside a period) taken out of that
    week's (period's) offer_amount and into its revised_amount, each part in its currency. A
    revision whose deal's offer is not found stays in offer_amount (as counted before).

    A revision belongs with the offer it revises: one made by another seller than the offer's
    sender (the lead was handed over since) is taken out of the reviser's totals altogether and
    counted in the sender's, in the same week (period) — in its offer_amount when the offer was
    sent in it, apart otherwise. A sender outside `seller_ids` is not in these totals, so it is
    only taken out of the reviser's."""
    zero = date.fromisoformat(WEEK_ZERO)
    first_week, last_week = weeks
    ids = set(seller_ids)
    week_moves: dict[tuple[int, int], dict[str, list[Decimal]]] = {}
    period_moves: list[dict[int, dict[str, list[Decimal]]]] = [{} for _ in periods]
    for seller_id, day, sent_on, sender, code, amount, replaced_code, replaced in rows:
        if sent_on is None:
            continue
        day, sent_on = _day(day), _day(sent_on)
        handed = sender is not None and sender != seller_id
        reviser = seller_id if seller_id in ids else None
        credited = sender if handed and sender in ids else None
        if reviser is None and credited is None:
            continue  # another team's seller's revision of another's offer
        targets = []  # (moves of a seller's bucket, out of offer_amount, into revised_amount)
        if first_week <= day <= last_week:
            index = (day - zero).days // 7  # type: ignore[operator]
            inside = (sent_on - zero).days // 7 == index  # type: ignore[operator]
            keys = [None if k is None else (k, index) for k in (reviser, credited)]
            targets += _targets(week_moves, keys, inside, handed)
        for (first, last), moves in zip(periods, period_moves, strict=True):
            if first <= day <= last:  # type: ignore[operator]
                inside = first <= sent_on <= last  # type: ignore[operator]
                targets += _targets(moves, [reviser, credited], inside, handed)
        new_code, old_code = code or fallback, replaced_code or fallback
        across = amount is not None and new_code != old_code
        for moved, out, apart in targets:
            parts = []
            if amount is not None:
                parts.append((new_code, _decimal(amount)))
            parts.append((old_code, -_decimal(replaced)))
            for part_code, value in parts:
                pair = moved.setdefault(part_code, [Decimal(0), Decimal(0)])
                pair[0] += out * value
                pair[1] += 0 if across else apart * value
            if across and apart:
                # Into another currency: kept whole, apart (KindTotals.revised_across)
                whole = moved.setdefault((old_code, new_code), [Decimal(0), Decimal(0), 0])
                whole[0] += apart * _decimal(replaced)
                whole[1] += apart * _decimal(amount)
                whole[2] += apart
    for key, moved in week_moves.items():
        per_week[key] = _apart(per_week.get(key), moved)
    for moves, table in zip(period_moves, per_period, strict=True):
        for seller_id, moved in moves.items():
            table[seller_id] = _apart(table.get(seller_id), moved)


def _targets(
    moves: dict[Any, dict[str, list[Decimal]]], keys: list[Any], inside: bool, handed: bool
) -> list[tuple[dict[str, list[Decimal]], int, int]]:
    """The buckets one revision moves, with how: (moves, out of offer_amount, into revised).
    keys: the reviser's bucket and the sender's (after a hand-over), None for one not shown."""
    reviser, sender = keys
    found = []
    if handed:
        # Out of the reviser's value altogether; into the sender's, in its value when the offer
        # was sent in the bucket, apart when before it.
        if reviser is not None:
            found.append((moves.setdefault(reviser, {}), 1, 0))
        if sender is not None:
            found.append((moves.setdefault(sender, {}), -1 if inside else 0, 0 if inside else 1))
    elif not inside and reviser is not None:
        found.append((moves.setdefault(reviser, {}), 1, 1))
    return found


def _apart(totals: KindTotals | None, moved: Mapping[str, Sequence[Decimal]]) -> KindTotals:
    """`totals` with each currency's (out, apart) moved: out taken from offer_amount, apart
    added to revised_amount."""
    totals = totals or KindTotals()
    offer, revised = dict(totals.offer_amount), dict(totals.revised_amount)
    across = dict(totals.revised_across)
    for code, (out, apart, *count) in moved.items():
        if isinstance(code, tuple):  # a revision into another currency: (from, to)
            before = across.get(code, (Decimal(0), Decimal(0), 0))
            across[code] = (before[0] + out, before[1] + apart, before[2] + count[0])
            continue
        _into(offer, code, -out)
        _into(revised, code, apart)
    return totals._replace(
        offer_amount=_frozen(offer),
        revised_amount=_frozen(revised),
        revised_across=MappingProxyType(across) if across else totals.revised_across,
    )


_NONE = (0,) * len(KINDS)  # no counts: a row of amounts only


class _Tally:
    """One key's running totals while rows are read: counts per kind, amounts per currency.
    Mutated in place (a row costs a few additions); frozen into KindTotals once at the end."""

    __slots__ = ("counts", "offer", "win", "priced")

    def __init__(self) -> None:
        self.counts = [0] * len(KINDS)
        self.offer: dict[str, Decimal] = {}
        self.win: dict[str, Decimal] = {}
        self.priced: dict[str, Decimal] = {}

    def add(
        self,
        counted: Sequence[Any],
        code: str | None,
        offered: object,
        replaced_code: str | None,
        replaced: object,
        won: object,
        priced: object,
        fallback: str,
    ) -> None:
        """One row: its counts per kind, and its amounts in their currencies (`fallback` for
        rows without one). A revision moves offer value by the difference, each part in its own
        currency."""
        counts = self.counts
        for n in range(len(KINDS)):
            counts[n] += counted[n]
        code = code or fallback
        if offered is not None:
            _into(self.offer, code, offered)
        if replaced:
            _into(self.offer, replaced_code or fallback, -_decimal(replaced))
        if won is not None:
            _into(self.win, code, won)
        if priced:
            _into(self.priced, code, priced)

    def onto(self, totals: KindTotals) -> KindTotals:
        """`totals` with this tally's amounts added (its counts are left out: amounts only)."""
        amounts = []
        for mine, theirs in (
            (self.offer, totals.offer_amount),
            (self.win, totals.win_amount),
            (self.priced, totals.win_priced),
        ):
            merged = dict(theirs)
            for code, amount in mine.items():
                _into(merged, code, amount)
            amounts.append(_frozen(merged))
        return totals._replace(
            offer_amount=amounts[0], win_amount=amounts[1], win_priced=amounts[2]
        )

    def totals(self) -> KindTotals:
        return KindTotals(
            *self.counts, _frozen(self.offer), _frozen(self.win), _frozen(self.priced)
        )


def _into(table: dict[str, Decimal], code: str, amount: object) -> None:
    table[code] = table.get(code, Decimal(0)) + _decimal(amount)


def _frozen(table: dict[str, Decimal]) -> Amounts:
    if not table:
        return NO_AMOUNTS
    kept = {code: value for code, value in table.items() if value}
    return MappingProxyType(kept) if kept else NO_AMOUNTS


def _decimal(value: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)  # type: ignore[arg-type]


def first_activity(
    session: Session, workspace_id: str, seller_ids: Sequence[int]
) -> dict[int, date]:
    """Each seller's first live activity: one index walk per seller (ORDER BY … LIMIT 1)."""
    if not seller_ids:
        return {}
    query = _first_activity_query()
    found = {}
    for seller_id, day in session.execute(query, {"ws": workspace_id, "ids": list(seller_ids)}):
        if day is not None:
            found[seller_id] = day if isinstance(day, date) else date.fromisoformat(str(day))
    return found


@cache
def _first_activity_query() -> Select:
    first = (
        select(Activity.occurred_on)
        .where(
            Activity.workspace_id == bindparam("ws"),
            Activity.seller_id == Seller.id,
            Activity.deleted_at.is_(None),
        )
        .order_by(Activity.occurred_on)
        .limit(1)
        .correlate(Seller)
        .scalar_subquery()
    )
    return select(Seller.id, first).where(Seller.workspace_id == bindparam("ws"), in_ids(Seller.id))


def pipeline(
    session: Session, workspace_id: str, seller_ids: Sequence[int], currency: str
) -> dict[int, tuple[int, Amounts]]:
    """Open offers per owner: (count, value per currency; `currency` for rows without one)."""
    if not seller_ids:
        return {}
    rows = session.execute(_pipeline_query(), {"ws": workspace_id, "ids": list(seller_ids)})
    return per_owner(rows, currency)


def per_owner(rows: Iterable[Sequence[Any]], currency: str) -> dict[int, tuple[int, Amounts]]:
    """Rows of (owner, currency, count, sum) folded into each owner's (count, value per
    currency; `currency` for rows without one)."""
    found: dict[int, tuple[int, Amounts]] = {}
    for owner, code, n, value in rows:
        count, amounts = found.get(owner, (0, NO_AMOUNTS))
        found[owner] = (count + int(n), _plus(amounts, code, value, currency))
    return found


@cache
def _pipeline_query() -> Select:
    return (
        select(Lead.owner_id, Lead.currency, func.count(), func.sum(Lead.offer_amount))
        .where(
            Lead.workspace_id == bindparam("ws"),
            in_ids(Lead.owner_id),
            Lead.status == LeadStatus.OPEN.value,
            Lead.offer_amount.is_not(None),
        )
        .group_by(Lead.owner_id, Lead.currency)
    )


def _needs_next_step(today: date):  # type: ignore[no-untyped-def]
    return and_(
        Lead.status == LeadStatus.OPEN.value,
        Lead.temperature.in_(("warm", "hot")),
        or_(Lead.next_step_due.is_(None), Lead.next_step_due < today),
    )


def leads_without_next_step(
    session: Session, workspace_id: str, seller_ids: Sequence[int], today: date
) -> dict[int, int]:
    """Warm and hot open leads with no planned next step, or an overdue one, per owner."""
    if not seller_ids:
        return {}
    rows = session.execute(
        _leads_without_next_step_query(),
        {"ws": workspace_id, "ids": list(seller_ids), "today": today},
    )
    return {o: int(n) for o, n in rows}


@cache
def _leads_without_next_step_query() -> Select:
    return (
        select(Lead.owner_id, func.count())
        .where(
            Lead.workspace_id == bindparam("ws"),
            in_ids(Lead.owner_id),
            _needs_next_step(bindparam("today")),  # type: ignore[arg-type]
        )
        .group_by(Lead.owner_id)
    )


def leads_needing_attention(
    session: Session, workspace_id: str, seller_id: int, today: date, limit: int = 10
) -> list[Lead]:
    """One seller's warm/hot leads without a next step (or overdue), oldest first."""
    params = {"ws": workspace_id, "ids": [seller_id], "today": today, "limit": limit}
    return list(session.scalars(_leads_needing_attention_query().limit(bindparam("limit")), params))


def leads_needing_attention_by_owner(
    session: Session, workspace_id: str, seller_ids: Sequence[int], today: date, limit: int = 10
) -> dict[int, list[Lead]]:
    """leads_needing_attention for many sellers in one query: each one's first `limit`."""
    if not seller_ids:
        return {}
    query = _leads_needing_attention_query()
    found: dict[int, list[Lead]] = {}
    params = {"ws": workspace_id, "ids": list(seller_ids), "today": today}
    for lead in session.scalars(query, params):
        mine = found.setdefault(lead.owner_id, [])
        if len(mine) < limit:
            mine.append(lead)
    return found


@cache
def _leads_needing_attention_query() -> Select:
    return (
        select(Lead)
        .where(
            Lead.workspace_id == bindparam("ws"),
            in_ids(Lead.owner_id),
            _needs_next_step(bindparam("today")),  # type: ignore[arg-type]
        )
        .order_by(Lead.owner_id, Lead.updated_at, Lead.id)
        .options(lazyload(Lead.owner))  # the seller is known; only the customer is shown
    )


def _earlier_win(workspace_id: str):  # type: ignore[no-untyped-def]
    """EXISTS a live win of the same customer before this activity."""
    earlier = _OTHER
    return (
        select(earlier.id)
        .where(
            earlier.workspace_id == workspace_id,
            earlier.customer_id == Activity.customer_id,
            earlier.kind == "win",
            earlier.deleted_at.is_(None),
            # "earlier" = an earlier day, or the same day and a lower id; said as a range on the
            # day first, so the probe is one index seek (workspace, customer, kind, day).
            earlier.occurred_on <= Activity.occurred_on,
            or_(earlier.occurred_on < Activity.occurred_on, earlier.id < Activity.id),
        )
        # A probe per activity, always: PostgreSQL turns a plain NOT EXISTS into an anti join,
        # which without statistics (every search by workspace guessed at one row) read all the
        # workspace's activities once per win (0.3 s a report on test_figures_snapshot's 2,500
        # activities); an OFFSET keeps it a subquery run with the activity's customer and day.
        .offset(0)
        .exists()
    )


def _first_win(workspace_id: str):  # type: ignore[no-untyped-def]
    """A live win with no earlier live win for its customer."""
    return and_(Activity.kind == "win", ~_earlier_win(workspace_id))


def new_customers(
    session: Session, workspace_id: str, seller_ids: Sequence[int], first_day: date, last_day: date
) -> dict[int, int]:
    """Customers whose first-ever (live) win falls in the period, credited to who won it.
    Only this period's wins are looked at, each checked for an earlier win of its customer."""
    if not seller_ids:
        return {}
    params = {"ws": workspace_id, "ids": list(seller_ids), "first": first_day, "last": last_day}
    return {s: int(n) for s, n in session.execute(_new_customers_query(), params)}


@cache
def _new_customers_query() -> Select:
    return (
        select(Activity.seller_id, func.count(func.distinct(Activity.customer_id)))
        .where(
            _live_params(),
            Activity.occurred_on.between(bindparam("first"), bindparam("last")),
            _first_win(bindparam("ws")),  # type: ignore[arg-type]
        )
        .group_by(Activity.seller_id)
    )


def funnel_split(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    periods: Mapping[str, tuple[date, date]],
    currency: str,
) -> dict[str, dict[tuple[int, bool], KindTotals]]:
    """Each period's live activities per seller, split by customer: {period: {(seller, new):
    totals}}. An activity is with a *new* customer when the customer had not been won before it
    (no earlier live win, the rule new_customers counts by): the meetings, calls and offers
    before a first win, and the first win itself, are new-customer work; what follows a win is
    an existing customer's. Offer revisions are not offers sent; won amounts per currency."""
    if not seller_ids or not periods:
        return {name: {} for name in periods}
    params: dict[str, object] = {
        "ws": workspace_id,
        "ids": list(seller_ids),
        "first": min(a for a, _ in periods.values()),
        "last": max(b for _, b in periods.values()),
    }
    for n, (a, b) in enumerate(periods.values()):
        params[f"from{n}"], params[f"to{n}"] = a, b
    flags = len(periods)
    found: list[dict[tuple[int, bool], _Tally]] = [{} for _ in periods]
    for seller_id, new, *rest in session.execute(_funnel_split_query(flags), params).all():
        inside, code, counted = rest[:flags], rest[flags], rest[flags + 1 :]
        won, priced = counted[len(KINDS) :]
        for flag, table in zip(inside, found, strict=True):
            if flag:
                tally = table.setdefault((seller_id, bool(new)), _Tally())
                tally.add(counted, code, None, None, None, won, priced, currency)
    return {
        name: {key: tally.totals() for key, tally in table.items()}
        for name, table in zip(periods, found, strict=True)
    }


@cache
def _funnel_split_query(periods: int) -> Select:
    new = case((_earlier_win(bindparam("ws")), 0), else_=1)  # type: ignore[arg-type]
    flags = [
        case((Activity.occurred_on.between(bindparam(f"from{n}"), bindparam(f"to{n}")), 1), else_=0)
        for n in range(periods)
    ]
    return (
        select(
            Activity.seller_id,
            new,
            *flags,
            Activity.currency,
            *(
                func.count().filter(Activity.kind == kind, Activity.replaced_amount.is_(None))
                for kind in KINDS
            ),
            func.sum(Activity.amount).filter(Activity.kind == "win"),
            func.count(Activity.amount).filter(Activity.kind == "win"),
        )
        .where(_live_params(), Activity.occurred_on.between(bindparam("first"), bindparam("last")))
        .group_by(*(literal_column(str(n)) for n in range(1, periods + 4)))
    )


def new_customer_pipeline(
    session: Session, workspace_id: str, seller_ids: Sequence[int], currency: str
) -> dict[int, tuple[int, Amounts]]:
    """aggregates.pipeline, only the open offers to customers never won (no live win)."""
    if not seller_ids:
        return {}
    params = {"ws": workspace_id, "ids": list(seller_ids)}
    return per_owner(session.execute(_new_customer_pipeline_query(), params), currency)


@cache
def _new_customer_pipeline_query() -> Select:
    won = (
        select(Activity.id)
        .where(
            Activity.workspace_id == bindparam("ws"),
            Activity.customer_id == Lead.customer_id,
            Activity.kind == "win",
            Activity.deleted_at.is_(None),
        )
        .exists()
    )
    return _pipeline_query().where(~won)


def new_customer_revenue(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    first_day: date,
    last_day: date,
    currency: str,
) -> dict[int, Amounts]:
    """What the period's first wins brought (a customer's first-ever live win: the wins
    new_customers counts), per seller and currency."""
    if not seller_ids:
        return {}
    params = {"ws": workspace_id, "ids": list(seller_ids), "first": first_day, "last": last_day}
    found: dict[int, Amounts] = {}
    for seller_id, code, value in session.execute(_new_customer_revenue_query(), params):
        found[seller_id] = _plus(found.get(seller_id, NO_AMOUNTS), code, value, currency)
    return found


@cache
def _new_customer_revenue_query() -> Select:
    return (
        select(Activity.seller_id, Activity.currency, func.sum(Activity.amount))
        .where(
            _live_params(),
            Activity.occurred_on.between(bindparam("first"), bindparam("last")),
            _first_win(bindparam("ws")),  # type: ignore[arg-type]
        )
        .group_by(Activity.seller_id, Activity.currency)
    )


class WinRow(NamedTuple):
    """A win as a digest names it: who won, which customer, the amount as logged, and whether
    it is the customer's first-ever (live) win."""

    display_name: str | None
    slack_user_id: str
    customer: str
    amount: Decimal | None
    currency: str | None
    first: bool


def wins(
    session: Session, workspace_id: str, seller_ids: Sequence[int], first_day: date, last_day: date
) -> list[WinRow]:
    """The period's live wins, oldest first, as plain rows (no ORM objects to build)."""
    if not seller_ids:
        return []
    params = {"ws": workspace_id, "ids": list(seller_ids), "first": first_day, "last": last_day}
    return [
        WinRow(name, user, customer, amount, currency, bool(first))
        for name, user, customer, amount, currency, first in session.execute(_wins_query(), params)
    ]


@cache
def _wins_query() -> Select:
    first = (~_earlier_win(bindparam("ws"))).label("first")  # type: ignore[arg-type]
    return (
        select(
            Seller.display_name,
            Seller.slack_user_id,
            Customer.name,
            Activity.amount,
            Activity.currency,
            first,
        )
        .join(Seller, Seller.id == Activity.seller_id)
        .join(Customer, Customer.id == Activity.customer_id)
        .where(
            _live_params(),
            Activity.kind == "win",
            Activity.occurred_on.between(bindparam("first"), bindparam("last")),
        )
        .order_by(Activity.occurred_on, Activity.id)
    )


def stale_offers(session: Session, workspace_id: str, seller_id: int, before: date) -> int:
    """Open offers sent before `before` (a suggestion: follow them up)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Lead)
            .where(
                Lead.workspace_id == workspace_id,
                Lead.owner_id == seller_id,
                Lead.status == LeadStatus.OPEN.value,
                Lead.offer_amount.is_not(None),
                Lead.offer_sent_on < before,
            )
        )
        or 0
    )


def stale_offers_by_owner(
    session: Session, workspace_id: str, seller_ids: Sequence[int], before: date
) -> dict[int, int]:
    """stale_offers for many sellers in one query."""
    if not seller_ids:
        return {}
    rows = session.execute(
        _stale_offers_query(), {"ws": workspace_id, "ids": list(seller_ids), "before": before}
    )
    return {o: int(n) for o, n in rows}


@cache
def _stale_offers_query() -> Select:
    return (
        select(Lead.owner_id, func.count())
        .where(
            Lead.workspace_id == bindparam("ws"),
            in_ids(Lead.owner_id),
            Lead.status == LeadStatus.OPEN.value,
            Lead.offer_amount.is_not(None),
            Lead.offer_sent_on < bindparam("before"),
        )
        .group_by(Lead.owner_id)
    )


class PortfolioRow(NamedTuple):
    """One customer's wins in one currency over the period (customers with a tier and work but
    no wins come once with currency None and zero amounts)."""

    customer_id: int
    name: str
    tier: str | None
    currency: str | None
    revenue: Decimal
    margin_weight: Decimal  # Σ amount × margin % over the wins with a margin
    margin_base: Decimal  # Σ amount over the same wins


def customer_portfolio(
    session: Session,
    workspace_id: str,
    seller_ids: Sequence[int],
    first_day: date,
    last_day: date,
) -> list[PortfolioRow]:
    """The team's won revenue per customer and currency over the period, and the tiered
    customers its sellers worked with."""
    if not seller_ids:
        return []
    with_margin = Activity.margin_pct.is_not(None)
    wins = session.execute(
        select(
            Customer.id,
            Customer.name,
            Customer.tier,
            Activity.currency,
            func.sum(Activity.amount),
            func.sum(case((with_margin, Activity.amount * Activity.margin_pct), else_=0)),
            func.sum(case((with_margin, Activity.amount), else_=0)),
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .where(
            _live(workspace_id, seller_ids),
            Activity.kind == "win",
            Activity.occurred_on.between(first_day, last_day),
        )
        .group_by(Customer.id, Customer.name, Customer.tier, Activity.currency)
    )
    rows = [
        PortfolioRow(cid, name, tier, code, _decimal(rev or 0), _decimal(w or 0), _decimal(b or 0))
        for cid, name, tier, code, rev, w, b in wins
    ]
    won = {r.customer_id for r in rows}
    tiered = session.execute(
        select(Customer.id, Customer.name, Customer.tier)
        .where(
            Customer.workspace_id == workspace_id,
            Customer.tier.is_not(None),
            Customer.id.in_(
                select(Activity.customer_id).where(_live(workspace_id, seller_ids)).distinct()
            ),
        )
        .order_by(Customer.id)
    )
    zero = Decimal(0)
    rows += [
        PortfolioRow(cid, name, tier, None, zero, zero, zero)
        for cid, name, tier in tiered
        if cid not in won
    ]
    return rows


def open_offer_history(
    session: Session, workspace_id: str, owner_id: int, limit: int = 10
) -> list[tuple[str, int, Decimal, str | None, date]]:
    """(customer, lead id, amount, currency, date) for every live offer on the owner's open
    leads with an offer out, the newest leads first and each lead's offers oldest first."""
    leads = (
        select(Lead.id)
        .where(
            Lead.workspace_id == workspace_id,
            Lead.owner_id == owner_id,
            Lead.status == LeadStatus.OPEN.value,
            Lead.offer_amount.is_not(None),
        )
        .order_by(Lead.offer_sent_on.desc(), Lead.id.desc())
        .limit(limit)
    ).scalar_subquery()
    return offers_on_leads(session, workspace_id, leads, Activity.deleted_at.is_(None))


def offers_on_leads(
    session: Session, workspace_id: str, leads: Any, *live: Any
) -> list[tuple[str, int, Decimal, str | None, date]]:
    """(customer, lead id, amount, currency, date) of the offers on `leads` that meet `live`,
    the newest leads first and each lead's offers in the order they were logged."""
    rows = session.execute(
        select(
            Customer.name,
            Activity.lead_id,
            Activity.amount,
            Activity.currency,
            Activity.occurred_on,
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .where(
            Activity.workspace_id == workspace_id,
            Activity.lead_id.in_(leads),
            Activity.kind == "offer",
            *live,
        )
        .order_by(Activity.lead_id.desc(), Activity.created_at, Activity.id)
    )
    return [(n, lead, Decimal(a), c, d) for n, lead, a, c, d in rows]


def quiet_offers(
    session: Session, workspace_id: str, owner_id: int, quiet_since: date
) -> list[tuple[int, str, Decimal, str | None, date | None, date | None]]:
    """The owner's open offers with no live activity on or after `quiet_since`: (lead id,
    customer, offer amount, currency, last activity date, next step due), largest first."""
    last = (
        select(func.max(Activity.occurred_on))
        .where(
            Activity.workspace_id == workspace_id,
            Activity.lead_id == Lead.id,
            Activity.deleted_at.is_(None),
        )
        .correlate(Lead)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Lead.id, Customer.name, Lead.offer_amount, Lead.currency, last, Lead.next_step_due)
        .join(Customer, Customer.id == Lead.customer_id)
        .where(
            Lead.workspace_id == workspace_id,
            Lead.owner_id == owner_id,
            Lead.status == LeadStatus.OPEN.value,
            Lead.offer_amount.is_not(None),
        )
        .order_by(Lead.offer_amount.desc(), Lead.id)
    )
    found = []
    for lead_id, name, amount, currency, last_day, due in rows:
        if last_day is not None and not isinstance(last_day, date):
            last_day = date.fromisoformat(str(last_day))
        if last_day is None or last_day < quiet_since:
            found.append((lead_id, name, Decimal(amount), currency, last_day, due))
    return found


def loss_notes(
    session: Session, workspace_id: str, seller_ids: Sequence[int], first: date, last: date
) -> list[tuple[int, str | None]]:
    """(seller, reason as typed) of every live loss in the period, newest first."""
    if not seller_ids:
        return []
    rows = session.execute(
        select(Activity.seller_id, Activity.note)
        .where(
            _live(workspace_id, seller_ids),
            Activity.kind == "loss",
            Activity.occurred_on.between(first, last),
        )
        .order_by(Activity.occurred_on.desc(), Activity.id.desc())
    )
    return [(s, n) for s, n in rows]


def cycle_days(
    session: Session, workspace_id: str, seller_ids: Sequence[int], first: date, last: date
) -> dict[int, tuple[list[int], list[int]]]:
    """Per owner, for leads won in the period: days from the first meeting or call to the first
    offer, and from the first offer to the win."""
    found: dict[int, tuple[list[int], list[int]]] = {}
    for (owner, _new), (to_offer, to_win) in cycle_days_split(
        session, workspace_id, seller_ids, first, last
    ).items():
        offers, wins = found.setdefault(owner, ([], []))
        offers += to_offer
        wins += to_win
    return found


def cycle_days_split(
    session: Session, workspace_id: str, seller_ids: Sequence[int], first: date, last: date
) -> dict[tuple[int, bool], tuple[list[int], list[int]]]:
    """cycle_days per (owner, new customer?): a lead whose win was its customer's first-ever
    win (no earlier live win of the customer) is a new customer's."""
    if not seller_ids:
        return {}
    touch = func.min(Activity.occurred_on).filter(Activity.kind.in_(("meeting", "call")))
    offer = func.min(Activity.occurred_on).filter(Activity.kind == "offer")
    won = func.max(Activity.occurred_on).filter(Activity.kind == "win")
    # The lead's win that is no customer's later win: one with no earlier live win of its customer.
    first_win = func.count().filter(Activity.kind == "win", ~_earlier_win(workspace_id))
    rows = session.execute(
        select(Lead.id, Lead.customer_id, Lead.owner_id, touch, offer, won, first_win)
        .join(Activity, and_(Activity.lead_id == Lead.id, Activity.deleted_at.is_(None)))
        .where(
            Lead.workspace_id == workspace_id,
            Lead.owner_id.in_(seller_ids),
            Lead.status == LeadStatus.WON.value,
        )
        .group_by(Lead.id, Lead.customer_id, Lead.owner_id)
    )
    leads = []
    for lead_id, customer_id, owner, t, o, w, firsts in rows:
        t, o, w = (_day(v) for v in (t, o, w))
        if w is not None and first <= w <= last:
            leads.append((lead_id, customer_id, owner, t, o, w, firsts))
    before = _touches_before_lead(
        session, workspace_id, {(lead, customer, o) for lead, customer, _, _, o, _, _ in leads}
    )
    found: dict[tuple[int, bool], tuple[list[int], list[int]]] = {}
    for lead_id, _customer, owner, t, o, w, firsts in leads:
        earlier = before.get(lead_id)
        if earlier is not None and (t is None or earlier < t):
            t = earlier
        to_offer, to_win = found.setdefault((owner, bool(firsts)), ([], []))
        if t is not None and o is not None and o >= t:
            to_offer.append((o - t).days)
        if o is not None and w >= o:
            to_win.append((w - o).days)
    return found


def _day(value: Any) -> date | None:
    """A date column read through an aggregate (SQLite answers with its text)."""
    return value if value is None or isinstance(value, date) else date.fromisoformat(str(value))


def _touches_before_lead(
    session: Session, workspace_id: str, leads: set[tuple[int, int, date | None]]
) -> dict[int, date]:
    """Per lead (id, customer, first offer): its customer's first meeting or call on no lead,
    since the customer's previous deal closed and up to the offer. A meeting logged without a
    temperature or next step while no deal was open opens no lead: the deal the offer then
    opened began with it."""
    wanted = {(lead, customer, offer) for lead, customer, offer in leads if offer is not None}
    if not wanted:
        return {}
    customers = sorted({customer for _, customer, _ in wanted})
    rows = session.execute(
        select(Activity.customer_id, Activity.lead_id, Activity.kind, Activity.occurred_on).where(
            Activity.workspace_id == workspace_id,
            Activity.customer_id.in_(customers),
            Activity.deleted_at.is_(None),
            or_(
                and_(Activity.lead_id.is_(None), Activity.kind.in_(("meeting", "call"))),
                Activity.kind.in_(("win", "loss")),
            ),
        )
    )
    touches: dict[int, list[date]] = {}
    closes: dict[int, list[tuple[date, int | None]]] = {}
    for customer, lead, kind, day in rows:
        day = _day(day)
        if kind in ("win", "loss"):
            closes.setdefault(customer, []).append((day, lead))
        else:
            touches.setdefault(customer, []).append(day)
    found: dict[int, date] = {}
    for lead, customer, offer in wanted:
        since = max(
            (d for d, other in closes.get(customer, ()) if other != lead and d < offer),
            default=None,
        )
        days = [d for d in touches.get(customer, ()) if d <= offer and (since is None or d > since)]
        if days:
            found[lead] = min(days)
    return found


def meetings_with_next_step(
    session: Session, workspace_id: str, seller_ids: Sequence[int], first: date, last: date
) -> dict[int, tuple[int, int]]:
    """Per seller: (meetings that planned a next activity, meetings) in the period."""
    if not seller_ids:
        return {}
    rows = session.execute(
        select(
            Activity.seller_id,
            func.count().filter(Activity.next_step_due.is_not(None)),
            func.count(),
        )
        .where(
            _live(workspace_id, seller_ids),
            Activity.kind == "meeting",
            Activity.occurred_on.between(first, last),
        )
        .group_by(Activity.seller_id)
    )
    return {s: (int(p), int(n)) for s, p, n in rows}


class LeadFacts(NamedTuple):
    """What the nudge rules read of a lead (bot.services.nudges.lead_needs_nudge), and what its
    line in the DM shows."""

    id: int
    owner_id: int
    status: str
    temperature: str | None
    next_step_due: date | None
    snoozed_until: date | None
    updated_at: datetime
    nudged_at: datetime | None
    customer: str
    offer_amount: Decimal | None
    currency: str | None
    next_step: str | None
    next_step_time: time | None  # the step's time of day (ix_leads_nudge holds it)
    # The day its last live activity happened (not when it was typed): what "no next step
    # since" dates a quiet lead from.
    last_activity_on: date | None


def _last_activity_on() -> Any:
    return (
        select(func.max(Activity.occurred_on))
        .where(Activity.lead_id == Lead.id, Activity.deleted_at.is_(None))
        .correlate(Lead)
        .scalar_subquery()
    )


def last_activity_days(
    session: Session, workspace_id: str, lead_ids: Sequence[int]
) -> dict[int, date]:
    """Per lead, the day its last live activity happened (LeadFacts.last_activity_on)."""
    if not lead_ids:
        return {}
    rows = session.execute(
        select(Activity.lead_id, func.max(Activity.occurred_on))
        .where(
            Activity.workspace_id == workspace_id,
            Activity.lead_id.in_(sorted(set(lead_ids))),
            Activity.deleted_at.is_(None),
        )
        .group_by(Activity.lead_id)
    )
    return {lead_id: day for lead_id, value in rows if (day := _day(value)) is not None}


def last_activity_marks(
    session: Session, workspace_id: str, lead_ids: Sequence[int]
) -> dict[int, tuple[date, datetime]]:
    """Per lead, the day its last live activity happened and when its newest was logged: a
    nudge DM's lead logged on since the DM (its `nudged_at`) shows as done."""
    if not lead_ids:
        return {}
    rows = session.execute(
        select(Activity.lead_id, func.max(Activity.occurred_on), func.max(Activity.created_at))
        .where(
            Activity.workspace_id == workspace_id,
            Activity.lead_id.in_(sorted(set(lead_ids))),
            Activity.deleted_at.is_(None),
        )
        .group_by(Activity.lead_id)
    )
    return {
        lead_id: (day, logged)
        for lead_id, value, logged in rows
        if (day := _day(value)) is not None and logged is not None
    }


def nudge_leads(
    session: Session,
    sellers: Mapping[str, Sequence[int]],
    latest_today: date,
    *,
    nudged_before: datetime,
) -> list[LeadFacts]:
    """Open warm or hot leads of these sellers ({workspace: seller ids}) that may need a nudge:
    no next step due or snoozed until `latest_today` (the latest of the sellers' local dates; the
    exact rule per seller is bot.services.nudges.lead_needs_nudge), and not reminded after
    `nudged_before` unless changed since. One query for a whole pass, oldest change first, with
    the customer's name: plain rows, what the DMs show."""
    workspace_of = {seller: ws for ws, ids in sellers.items() for seller in ids}
    if not workspace_of:
        return []
    params = {
        "owners": sorted(workspace_of),
        "latest_today": latest_today,
        "nudged_before": nudged_before,
    }
    # Core, not the ORM's loading of rows (a pass reads thousands): the same typed values.
    rows = session.connection().execute(_nudge_leads_query(), params)
    # The workspace is checked here, not in SQL: a term on it would make SQLite pick the
    # workspace's index of all leads over ix_leads_nudge.
    return [
        LeadFacts._make((*row[:-2], _day(row[-2])))
        for row in rows
        if workspace_of[row[1]] == row[-1]
    ]


@cache
def _nudge_leads_query() -> Select:
    """Read from ix_leads_nudge alone: the sellers by owner id, the index's WHERE written out as
    literals (SQLite takes a partial index only for a query that names them), in the index's
    order: owner, oldest change first, the order each seller's DM lists them."""
    latest_today = bindparam("latest_today")
    special = {"customer": Customer.name, "last_activity_on": _last_activity_on()}
    columns = [special.get(name, getattr(Lead, name, None)) for name in LeadFacts._fields]
    return (
        select(*columns, Lead.workspace_id)
        .join(Customer, Customer.id == Lead.customer_id)
        .where(
            Lead.owner_id.in_(bindparam("owners", expanding=True)),
            # models.NUDGE_LEAD_WHERE, the index's rows
            Lead.status == literal_column(f"'{LeadStatus.OPEN.value}'"),
            Lead.temperature.in_([literal_column("'warm'"), literal_column("'hot'")]),
            or_(Lead.next_step_due.is_(None), Lead.next_step_due < latest_today),
            or_(Lead.snoozed_until.is_(None), Lead.snoozed_until < latest_today),
            or_(
                Lead.nudged_at.is_(None),
                Lead.nudged_at <= bindparam("nudged_before", type_=Lead.nudged_at.type),
                Lead.updated_at > Lead.nudged_at,
            ),
        )
        .order_by(Lead.owner_id, Lead.updated_at, Lead.id)
    )


def quiet_a_customers(
    session: Session, workspace_ids: Sequence[str], since: date, quiet_after: date
) -> list[tuple[str, int, str, int, date | None, int | None]]:
    """A-tier customers with no live touchpoint (A_TOUCH_KINDS) after `quiet_after`: (workspace,
    customer id, name, live touchpoints since `since`, last touchpoint's date, its owner: the
    account's owner, else the seller of the most recent touchpoint), by workspace and customer id. A customer touched lately costs one index probe;
    only the quiet ones are counted, so the answer does not grow with the history."""
    if not workspace_ids:
        return []
    params = {"ws": sorted(set(workspace_ids)), "since": since, "quiet_after": quiet_after}
    rows = []
    for ws, cid, name, n, last_day, owner_id in session.execute(_quiet_a_customers_query(), params):
        if last_day is not None and not isinstance(last_day, date):
            last_day = date.fromisoformat(str(last_day))
        rows.append((ws, cid, name, int(n or 0), last_day, owner_id))
    return rows


# An A-customer's touchpoint is contact with the customer: a logged meeting, call (answered or
# not: a call is logged as a call, and trying counts toward the cadence), offer or win. A loss
# is not one (marked lost from a nudge DM, or typed: no contact happened), nor is a snooze, a
# "Mark cold", a planned step or a note (none of them is an activity). Was: any live activity,
# so a loss marked from a DM kept the customer off the touchpoint list for a quarter.
A_TOUCH_KINDS = (
    ActivityKind.MEETING.value,
    ActivityKind.CALL.value,
    ActivityKind.OFFER.value,
    ActivityKind.WIN.value,
)


@cache
def _quiet_a_customers_query() -> Select:
    touch = _OTHER

    def of_customer():  # type: ignore[no-untyped-def]
        return and_(
            touch.workspace_id == Customer.workspace_id,
            touch.customer_id == Customer.id,
            touch.deleted_at.is_(None),
            touch.kind.in_([literal_column(f"'{kind}'") for kind in A_TOUCH_KINDS]),
        )

    lately = (
        select(touch.id).where(of_customer(), touch.occurred_on > bindparam("quiet_after")).exists()
    )
    count = (
        select(func.count(touch.id))
        .where(of_customer(), touch.occurred_on >= bindparam("since"))
        .correlate(Customer)
        .scalar_subquery()
    )
    last = (
        select(func.max(touch.occurred_on))
        .where(of_customer())
        .correlate(Customer)
        .scalar_subquery()
    )
    owner = (
        select(touch.seller_id)
        .where(of_customer())
        .order_by(touch.occurred_on.desc(), touch.id.desc())
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )
    return (
        # The account's owner when a manager named one, else whoever worked with it last.
        select(
            Customer.workspace_id,
            Customer.id,
            Customer.name,
            count,
            last,
            func.coalesce(Customer.owner_id, owner),
        )
        .where(
            Customer.workspace_id.in_(bindparam("ws", expanding=True)),
            Customer.tier == "A",
            ~lately.correlate(Customer),
        )
        .order_by(Customer.workspace_id, Customer.id)
    )
