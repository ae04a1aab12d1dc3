"""storage.direct runs the hot statements on the DBAPI cursor: the values in and out must be
exactly Connection.execute's (dates, times with their zone, Decimals, booleans, None), the
engine's cursor events must see each statement (the request-cost test counts them), and a
database error must be raised as SQLAlchemy raises it. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, event, select
from sqlalchemy.exc import IntegrityError, MultipleResultsFound

from storage import direct, rows
from storage import repositories as repo
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Activity, Customer, Lead, SalesTeam, Seller, Workspace

T0 = datetime(2026, 11, 16, 9, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture
def engine(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(engine)) as s:
        s.add(Workspace(id="T1"))
        s.flush()
        s.add(SalesTeam(id=1, workspace_id="T1", channel_id="C1", amount_ceiling=Decimal("1e6")))
        s.add(
            Seller(id=1, workspace_id="T1", slack_user_id="UK", team_id=1, profile_refreshed_at=T0)
        )
        s.add(Customer(id=1, workspace_id="T1", name="Equinor", key="equinor", removed_at=T0))
        s.flush()
        s.add(
            Lead(
                workspace_id="T1",
                customer_id=1,
                owner_id=1,
                team_id=1,
                status="open",
                temperature="warm",
                offer_amount=Decimal("123456.50"),
                currency="NOK",
                offer_sent_on=date(2026, 11, 2),
                created_at=T0,
                updated_at=T0,
            )
        )
        s.flush()
        yield s
        s.rollback()


def test_what_is_read_is_what_core_reads(session) -> None:  # type: ignore[no-untyped-def]
    conn = session.connection()
    cases = [
        (repo._requester(True), {"ws": "T1", "user": "UK", "channel": "C1"}),
        (repo._requester(False), {"ws": "T1", "user": "UK", "channel": None}),
        (repo._open_lead_rows(), {"ws": "T1", "customer": 1}),
        (repo._customers_among(4), {"ws": "T1", "k0": "equinor", "k1": "x", "k2": "y", "k3": "y"}),
        (repo._activity_id_by_ref(), {"ws": "T1", "ref": "none"}),
    ]
    for statement, params in cases:
        expected = [tuple(row) for row in conn.execute(statement, params)]
        found = direct.execute(session, statement, params)
        assert found == expected, statement
        assert [type(v) for row in found for v in row] == [type(v) for row in expected for v in row]
    (lead,) = direct.execute(session, repo._open_lead_rows(), {"ws": "T1", "customer": 1})
    assert Decimal("123456.50") in lead and T0 in lead and date(2026, 11, 2) in lead


def test_what_is_written_is_what_core_writes(session) -> None:  # type: ignore[no-untyped-def]
    values = {
        "workspace_id": "T1",
        "seller_id": 1,
        "customer_id": 1,
        "team_id": 1,
        "kind": "offer",
        "occurred_on": date(2026, 11, 16),
        "amount": Decimal("99.95"),
        "currency": "SEK",
        "margin_pct": Decimal("12.50"),
        "source": "command",
        "created_at": T0,
    }
    fast = direct.scalar_one(
        rows.write(session, repo._insert_activity(), {**values, "source_ref": "a"})
    )
    core = (
        session.connection()
        .execute(repo._insert_activity(), {**values, "source_ref": "b"})
        .scalar_one()
    )
    table = Activity.__table__
    read = select(*[c for c in table.columns if c.key not in ("id", "source_ref")]).where(
        table.c.id == bindparam("id")
    )
    conn = session.connection()
    assert conn.execute(read, {"id": fast}).one() == conn.execute(read, {"id": core}).one()
    # Updated with the changed columns only: the same as Core's.
    lead = repo.open_lead_rows(session, "T1", 1)[0]
    lead.offer_amount, lead.updated_at = Decimal("200000.25"), datetime(2026, 11, 17, tzinfo=UTC)
    rows.save_lead(session, lead)
    session.expire_all()
    stored = session.get(Lead, lead.id)
    assert (stored.offer_amount, stored.updated_at) == (lead.offer_amount, lead.updated_at)


def test_the_engines_cursor_events_see_each_statement(session, engine) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement.split()[0])

    event.listen(engine, "before_cursor_execute", record)
    try:
        repo.activity_by_ref(session, "T1", "none")
        repo.open_lead_rows(session, "T1", 1)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert seen == ["SELECT", "SELECT"]


def test_a_database_error_is_raised_as_sqlalchemy_raises_it(session) -> None:  # type: ignore[no-untyped-def]
    values = {
        "workspace_id": "T1",
        "seller_id": 1,
        "customer_id": 1,
        "kind": "meeting",
        "occurred_on": date(2026, 11, 16),
        "source": "command",
        "source_ref": "same",
        "created_at": T0,
    }
    rows.write(session, repo._insert_activity(), values)
    with pytest.raises(IntegrityError), session.begin_nested():
        rows.write(session, repo._insert_activity(), values)
    with pytest.raises(MultipleResultsFound):
        direct.one_or_none([(1,), (2,)])
