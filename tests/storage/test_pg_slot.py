"""The PostgreSQL slot most tests share (tests/pg.py) is, after each test's reset, what a fresh
copy of the template is: no rows, every sequence giving its first value again, the same state.
The Slack-level tests lean on it (ids and keys such as 'digest:1:2026-W47' start at 1 in each)."""

from __future__ import annotations

import psycopg
from sqlalchemy import Engine, insert

from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Customer, Workspace
from tests.pg import ThrowawayPostgres

SEQUENCES = "SELECT format('%I.%I', schemaname, sequencename) FROM pg_sequences ORDER BY 1"


def _next_values(url: str) -> dict[str, int]:
    """Each sequence's next value (taken: the database is dropped or reset afterwards)."""
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        names = [name for (name,) in conn.execute(SEQUENCES)]
        return {
            name: conn.execute("SELECT nextval(%s::regclass)", (name,)).fetchone()[0]
            for name in names
        }


def _reset(postgres: ThrowawayPostgres, engine: Engine, url: str) -> Engine:
    """As tests/conftest.py does after each test: through the engine's pool; an engine whose
    connections were cut (the slot made again: autovacuum's statistics, a lock) is replaced."""
    if postgres.reset_slot(engine):
        return engine
    engine.dispose()
    return make_engine(url)


def test_the_slot_after_a_reset_is_a_fresh_copy(
    postgres: ThrowawayPostgres, migrated_pg_url: str
) -> None:
    fresh = _next_values(migrated_pg_url)
    assert fresh and set(fresh.values()) == {1}

    url = postgres.slot()
    engine = make_engine(url)
    try:
        # Written, reset, written again: the ids start over each time. A few rows are deleted
        # at the reset, a table of more pages truncated (tests/pg.py DELETE_UNDER_PAGES).
        for rows in (3, 3, 2000, 3):
            with session_scope(make_session_factory(engine)) as session:
                session.add(Workspace(id="TSLOT"))
                session.flush()
                session.execute(
                    insert(Customer),
                    [
                        {"workspace_id": "TSLOT", "name": f"K{n}", "key": f"k{n}"}
                        for n in range(rows)
                    ],
                )
                ids = [c.id for c in session.query(Customer).order_by(Customer.id)]
                assert ids == list(range(1, rows + 1))
            _next_values(url)  # every sequence used, the unused ones too
            engine = _reset(postgres, engine, url)
            with session_scope(make_session_factory(engine)) as session:
                assert session.query(Customer).count() == 0
                assert session.query(Workspace).count() == 0
            assert _next_values(url) == fresh
            engine = _reset(postgres, engine, url)
    finally:
        engine.dispose()


def test_a_row_left_in_a_table_the_reset_emptied_is_told_from_a_fresh_copy(
    postgres: ThrowawayPostgres,
) -> None:
    """The reset's check (`_state`) sees a row in a table whose file a DELETE left behind (as
    one written after the reset would be), though the catalog is as the template's."""
    url = postgres.slot()
    engine = make_engine(url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            session.add(Workspace(id="TLATE"))
        engine = _reset(postgres, engine, url)
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
            assert postgres._state(conn) == postgres._slot_state
            with session_scope(make_session_factory(engine)) as session:
                session.add(Workspace(id="TLATE"))
            assert postgres._state(conn) != postgres._slot_state
        engine = _reset(postgres, engine, url)
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
            assert postgres._state(conn) == postgres._slot_state
    finally:
        engine.dispose()
