"""The per-seller, per-day summary (storage.seller_days) on SQLite and PostgreSQL: exact after
every kind of change an activity goes through (logging, an amended amount, a revision, a kind or
date change, a hand-over, undo and its undo, a seller merge, the retention purge), filled by the
migration's backfill, and a drift the suite's check names."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import delete, insert, select, update

from storage import seller_days
from storage.db import make_engine, make_session_factory, session_scope, upgrade
from storage.models import Activity, Customer, Seller, SellerDay, Workspace

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)
MON, TUE = date(2026, 11, 23), date(2026, 11, 24)
_REF = [0]


@pytest.fixture
def session(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    with session_scope(make_session_factory(engine)) as s:
        yield s
        s.rollback()
    engine.dispose()


def _seed(s) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    s.add(Workspace(id="T1"))
    s.flush()
    kari, lars = (
        Seller(workspace_id="T1", slack_user_id="UK"),
        Seller(workspace_id="T1", slack_user_id="UL"),
    )
    acme = Customer(workspace_id="T1", name="Acme", key="acme")
    s.add_all([kari, lars, acme])
    s.flush()
    return kari.id, lars.id, acme.id


def _log(s, seller: int, customer: int, kind: str, day: date, **values) -> Activity:  # type: ignore[no-untyped-def]
    _REF[0] += 1
    row = Activity(
        workspace_id="T1",
        seller_id=seller,
        customer_id=customer,
        kind=kind,
        occurred_on=day,
        source="command",
        source_ref=f"sd:{_REF[0]}",
        created_at=NOW,
        **values,
    )
    s.add(row)
    s.flush()
    return row


def _day(s, seller: int, day: date) -> tuple | None:  # type: ignore[no-untyped-def]
    """(meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)."""
    row = s.execute(
        select(*(getattr(SellerDay, n) for n in seller_days.COLUMNS[3:])).where(
            SellerDay.workspace_id == "T1", SellerDay.seller_id == seller, SellerDay.day == day
        )
    ).one_or_none()
    if row is None:
        return None
    *counts, offered, replaced, won, priced, code, mixed = row
    money = tuple(
        None if v is None else Decimal(v).quantize(Decimal("0.01"))
        for v in (offered, replaced, won)
    )
    return (*counts, *money, priced, code, mixed)


def _exact(s) -> None:  # type: ignore[no-untyped-def]
    s.flush()
    assert seller_days.drift(s.connection()) == []


D = Decimal


def test_every_change_of_an_activity_keeps_its_day_exact(session) -> None:  # type: ignore[no-untyped-def]
    s = session
    kari, lars, acme = _seed(s)
    meeting = _log(s, kari, acme, "meeting", MON)
    _log(s, kari, acme, "call", MON)
    offer = _log(s, kari, acme, "offer", MON, amount=D(100_000), currency="NOK")
    _exact(s)
    assert _day(s, kari, MON) == (1, 1, 1, 0, 0, D("100000.00"), None, None, 0, "NOK", 0)
    # A revision: not an offer sent; its replaced value kept apart.
    revision = _log(
        s, kari, acme, "offer", MON, amount=D(120_000), currency="NOK",
        replaced_amount=D(100_000), replaced_currency="NOK",
    )  # fmt: skip
    _exact(s)
    assert _day(s, kari, MON)[:7] == (1, 1, 1, 0, 0, D("220000.00"), D("100000.00"))
    # An amended amount (an edit in place).
    offer.amount = D("90000.50")
    _exact(s)
    assert _day(s, kari, MON)[5] == D("210000.50")
    # A kind change: the meeting was a win with no amount.
    meeting.kind = "win"
    _exact(s)
    assert _day(s, kari, MON)[:5] == (0, 1, 1, 1, 0)
    assert _day(s, kari, MON)[8] == 0  # a win without an amount is not priced
    # A date change: the call was on Tuesday.
    call = s.scalars(select(Activity).where(Activity.kind == "call")).one()
    call.occurred_on = TUE
    _exact(s)
    assert _day(s, kari, MON)[:5] == (0, 0, 1, 1, 0)
    assert _day(s, kari, TUE)[:5] == (0, 1, 0, 0, 0)
    # A hand-over: the revision moves to Lars.
    revision.seller_id = lars
    _exact(s)
    assert _day(s, kari, MON)[5:7] == (D("90000.50"), None)
    assert _day(s, lars, MON)[:7] == (0, 0, 0, 0, 0, D("120000.00"), D("100000.00"))
    # Another currency on the same day: mixed, its amounts read from the activities.
    win = _log(s, kari, acme, "win", MON, amount=D(5_000), currency="EUR")
    _exact(s)
    assert _day(s, kari, MON)[-1] == 1
    win.currency = "NOK"
    _exact(s)
    assert _day(s, kari, MON)[7:] == (D("5000.00"), 1, "NOK", 0)
    # Undo (soft delete), and the undo undone.
    win.deleted_at = NOW
    _exact(s)
    assert _day(s, kari, MON)[3] == 1 and _day(s, kari, MON)[7] is None
    win.deleted_at = None
    _exact(s)
    assert _day(s, kari, MON)[3] == 2
    # A change of nothing the summary reads fires nothing and changes nothing.
    before = _day(s, kari, MON)
    win.note = "signed"
    _exact(s)
    assert _day(s, kari, MON) == before
    # A seller merge (one statement for many rows) and the retention purge (hard deletes).
    s.execute(update(Activity).where(Activity.seller_id == lars).values(seller_id=kari))
    _exact(s)
    assert _day(s, lars, MON) is None
    assert _day(s, kari, MON)[6] == D("100000.00")
    s.execute(delete(Activity).where(Activity.occurred_on == TUE))
    _exact(s)
    assert _day(s, kari, TUE) is None
    # Every activity of a day undone: no row left for it.
    s.execute(update(Activity).where(Activity.occurred_on == MON).values(deleted_at=NOW))
    _exact(s)
    assert s.scalars(select(SellerDay)).all() == []


def test_the_backfill_fills_the_summary_from_what_was_logged_before(db_url: str) -> None:
    """Migration 0016 on a database with activities: one row per seller and day, exact."""
    engine = make_engine(db_url)
    upgrade(engine, "0015g")
    with engine.begin() as conn:
        conn.execute(insert(Workspace).values(id="T1", name="T", language="en", created_at=NOW))
        conn.execute(insert(Seller).values(id=1, workspace_id="T1", slack_user_id="UK"))
        conn.execute(insert(Customer).values(id=1, workspace_id="T1", name="Acme", key="acme"))
        rows = [  # kind, day, amount, currency, replaced amount (NOK), undone at
            ("meeting", MON, None, None, None, None),
            ("offer", MON, D(100), "NOK", None, None),
            ("offer", MON, D(150), "NOK", D(100), None),  # a revision: no offer sent
            ("win", TUE, D(7), "SEK", None, None),
            ("loss", TUE, None, None, None, NOW),  # undone: not in the summary
        ]
        for n, (kind, day, amount, code, replaced, deleted) in enumerate(rows):
            conn.execute(
                insert(Activity.__table__).values(
                    workspace_id="T1", seller_id=1, customer_id=1, kind=kind, occurred_on=day,
                    amount=amount, currency=code, replaced_amount=replaced,
                    replaced_currency="NOK" if replaced else None,
                    source="command", source_ref=f"b:{n}", created_at=NOW, deleted_at=deleted,
                )
            )  # fmt: skip
    upgrade(engine)
    with engine.connect() as conn:
        assert seller_days.drift(conn) == []
        found = conn.execute(
            select(SellerDay.day, SellerDay.meetings, SellerDay.offers, SellerDay.wins,
                   SellerDay.losses, SellerDay.code).order_by(SellerDay.day)
        ).all()  # fmt: skip
    assert [tuple(r)[1:] for r in found] == [(1, 1, 0, 0, "NOK"), (0, 0, 1, 0, "SEK")]
    engine.dispose()


def test_drift_names_the_days_the_summary_got_wrong(session) -> None:  # type: ignore[no-untyped-def]
    """The suite's check after every Slack-level test (tests/conftest._check_lead_history) can
    fail: a count off by one, a day missing, and an activity logged with the triggers gone."""
    s = session
    kari, _lars, acme = _seed(s)
    _log(s, kari, acme, "meeting", MON)
    _exact(s)
    s.execute(update(SellerDay).values(meetings=SellerDay.meetings + 1))
    drifted = seller_days.drift(s.connection())
    assert [(side, meetings) for side, _ws, _seller, _day, meetings, *_ in drifted] == [
        ("fresh", 1),
        ("kept", 2),
    ]
    s.execute(delete(SellerDay))
    assert [row[0] for row in seller_days.drift(s.connection())] == ["fresh"]
    seller_days.backfill(s.connection())
    _exact(s)
    seller_days.drop_triggers(s.connection())
    _log(s, kari, acme, "call", TUE)
    assert [row[0] for row in seller_days.drift(s.connection())] == ["fresh"]
    seller_days.create_triggers(s.connection())  # and rolled back with the rest
    s.rollback()


def test_two_transactions_logging_for_one_seller_and_day_both_count(
    backend: str, migrated_db_url: str
) -> None:
    """Two replicas: the second transaction's trigger waits for the first's day to commit, then
    recomputes the day with both activities (PostgreSQL; SQLite has one writer at a time)."""
    if backend != "postgres":
        pytest.skip("SQLite writes one transaction at a time")
    engine = make_engine(migrated_db_url)
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        kari, _lars, acme = _seed(s)
    first = factory()
    _log(first, kari, acme, "meeting", MON)  # holds the day until it commits
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with session_scope(factory) as s:
                _log(s, kari, acme, "call", MON)
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive(), "the second transaction did not wait for the day"
    first.commit()
    first.close()
    thread.join(10)
    assert errors == []
    with engine.connect() as conn:
        assert seller_days.drift(conn) == []
        row = conn.execute(select(SellerDay.meetings, SellerDay.calls)).one()
    assert tuple(row) == (1, 1)
    engine.dispose()


def test_postgresql_connections_plan_without_parallel_workers(
    backend: str, migrated_db_url: str
) -> None:
    """The day pass over seller_days was planned as a Parallel Append running twice as long as
    the plain plan: kpibot's PostgreSQL connections start with no workers per Gather, unless
    DATABASE_URL says otherwise."""
    if backend != "postgres":
        pytest.skip("PostgreSQL's planner")
    engine = make_engine(migrated_db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW max_parallel_workers_per_gather").scalar() == "0"
    engine.dispose()
    own = make_engine(migrated_db_url + "?options=-c%20max_parallel_workers_per_gather%3D1")
    with own.connect() as conn:
        assert conn.exec_driver_sql("SHOW max_parallel_workers_per_gather").scalar() == "1"
    own.dispose()


def test_migration_0016_creates_what_the_summary_module_makes_today() -> None:
    """Migration 0016 carries its SQL written out (a migration must go on creating what it
    created); until the summary changes by a migration of its own, the two are the same."""
    import importlib.util
    from pathlib import Path

    from storage import seller_days

    path = Path(seller_days.__file__).parent / "migrations" / "versions" / "0016_seller_days.py"
    spec = importlib.util.spec_from_file_location("migration_0016", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert [s.rstrip("\n") for s in migration.SQLITE_DDL] == seller_days.sqlite_ddl()
    assert [s.rstrip("\n") for s in migration.POSTGRESQL_DDL] == seller_days.postgresql_ddl()
    assert migration.BACKFILL.rstrip("\n") == seller_days._INSERT + seller_days.fresh_select()
    assert migration.COUNTS == seller_days.COUNTS and migration.AMOUNTS == seller_days.AMOUNTS
