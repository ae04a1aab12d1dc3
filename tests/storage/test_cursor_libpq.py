"""storage.cursor on PostgreSQL: a statement run often on a connection is prepared there under a
name of our own and run straight on libpq (`_on_libpq`), without psycopg's Python per statement.
It stores and reads exactly what psycopg's path does, and survives psycopg's DEALLOCATE ALL."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from sqlalchemy import text

from storage import cursor
from storage import repositories as repo
from storage.db import make_engine, make_session_factory, session_scope
from tests.storage import test_cursor

pytestmark = pytest.mark.backends("postgres")


@pytest.fixture
def engine(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield engine
    engine.dispose()


def _ours(s) -> list[str]:  # type: ignore[no-untyped-def]
    """The statements prepared by storage.cursor on the session's connection (server's view)."""
    found = s.connection().exec_driver_sql(
        "SELECT name FROM pg_prepared_statements WHERE starts_with(name, 'kpibot') ORDER BY name"
    )
    return [row[0] for row in found]


def test_statements_run_on_libpq_store_and_read_what_psycopg_does(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Every statement prepared at its first run, then tests/storage/test_cursor.py's comparisons:
    # the same logs stored here and through SQLAlchemy leave the same rows; reads give the same
    # values of the same types.
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    ran = []
    on_libpq = cursor._on_libpq

    def counted(*args):  # type: ignore[no-untyped-def]
        found = on_libpq(*args)
        ran.append(found is not None)
        return found

    monkeypatch.setattr(cursor, "_on_libpq", counted)
    factory = make_session_factory(engine)
    with freeze_time(test_cursor.T0), session_scope(factory) as s:
        actor = test_cursor._workspace(s, "TL")
        test_cursor._logs(s, actor)
    with session_scope(factory) as s:
        here = test_cursor._plain(test_cursor._reads(s, actor))
    assert sum(ran) > 20 and all(ran), ran  # every one of them on libpq
    with monkeypatch.context() as m, freeze_time(test_cursor.T0):
        test_cursor._core(m)
        with session_scope(factory) as s:
            test_cursor._logs(s, test_cursor._workspace(s, "TS"))
        with session_scope(factory) as s:
            through_core = test_cursor._plain(test_cursor._reads(s, actor))
    with session_scope(factory) as s:
        assert test_cursor._stored(s, "TL") == test_cursor._stored(s, "TS")
    assert here == through_core


def test_a_rollback_that_deallocates_everything_does_not_lose_ours(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        assert repo.requester(s, "T1", "U1", None) is None
        assert _ours(s) == ["kpibot_0"]
        # A statement psycopg runs often enough to prepare one of its own.
        for _ in range(8):
            s.execute(text("SELECT count(*) FROM customers"))
        s.rollback()  # psycopg: ROLLBACK, then DEALLOCATE ALL (it had a name of its own)
        assert _ours(s) == []
        # Prepared again, in the same round trip as its run (storage.db forgot them at the
        # rollback); without that, "prepared statement kpibot_0 does not exist".
        assert repo.requester(s, "T1", "U1", None) is None
        assert _ours(s) == ["kpibot_0"]


def test_a_statement_deallocated_behind_our_back_fails_once_then_works(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Nothing in kpibot does this (DEALLOCATE ALL in SQL); if something did, the request fails
    # as a database error (the app says try again, nothing stored) and the next one works.
    from sqlalchemy.exc import DBAPIError

    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        repo.requester(s, "T1", "U1", None)
        s.connection().connection.driver_connection.pgconn.exec_(b"DEALLOCATE ALL")
        with pytest.raises(DBAPIError, match="does not exist"):
            repo.requester(s, "T1", "U1", None)
        s.rollback()
        assert repo.requester(s, "T1", "U1", None) is None


def test_no_more_than_a_hundred_statements_are_prepared_on_a_connection(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Each is a plan in the server's memory: past the bound, statements go through psycopg.
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    monkeypatch.setattr(cursor, "_PREPARED_MAX", 3)
    with session_scope(make_session_factory(engine)) as s:
        for n in range(5):
            found = cursor.execute(s, text(f"SELECT {n} AS n WHERE :x = 1"), {"x": 1})
            assert found.all() == [(n,)]
        assert _ours(s) == ["kpibot_0", "kpibot_1", "kpibot_2"]


def test_a_rollback_that_keeps_ours_does_not_trip_on_them(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # psycopg had no statement of its own: nothing deallocated, ours still on the server while
    # we are unsure of them. Prepared again with a Close first, no "already exists".
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    with session_scope(make_session_factory(engine)) as s:
        assert repo.requester(s, "T1", "U1", None) is None
        s.rollback()
        assert _ours(s) == ["kpibot_0"]
        assert repo.requester(s, "T1", "U1", None) is None
        assert _ours(s) == ["kpibot_0"]


def test_nothing_is_prepared_where_prepared_statements_are_turned_off(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # An operator behind a transaction pooler (PgBouncer) turns psycopg's off with
    # prepare_threshold=None: a name prepared on one server connection would be missing on the
    # next. Then storage.cursor prepares nothing either.
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    factory = make_session_factory(engine)
    with freeze_time(test_cursor.T0), session_scope(factory) as s:
        s.connection().connection.driver_connection.prepare_threshold = None
        actor = test_cursor._workspace(s, "TN")
        test_cursor._logs(s, actor)
        assert _ours(s) == []


def test_a_savepoints_rollback_that_deallocates_everything_does_not_lose_ours(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # psycopg clears its prepared statements (DEALLOCATE ALL, ours with them) after a command
    # tagged ROLLBACK, a savepoint's too, but only the first time it sees that query text on the
    # connection while it has statements of its own (acks18's probe saw none: its savepoint's
    # text had been seen). SQLAlchemy names each savepoint anew (sa_savepoint_N), so in kpibot
    # every savepoint rolled back after psycopg prepared something deallocates everything.
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    factory = make_session_factory(engine)

    def savepoint_rolled_back(s) -> None:  # type: ignore[no-untyped-def]
        assert repo.requester(s, "T1", "U1", None) is None
        for _ in range(8):  # one of psycopg's own
            s.execute(text("SELECT count(*) FROM customers"))
        assert "kpibot_0" in _ours(s)
        savepoint = s.begin_nested()
        s.execute(text("SELECT 1"))
        savepoint.rollback()
        assert _ours(s) == []  # deallocated by psycopg, in the rollback's own execute

    with session_scope(factory) as s:
        savepoint_rolled_back(s)
        # storage.db forgot ours at the savepoint's rollback: prepared again (Close first).
        assert repo.requester(s, "T1", "U1", None) is None
        assert _ours(s) == ["kpibot_0"]
    # Without that hook the next run names a statement that is gone.
    from sqlalchemy.exc import DBAPIError

    with session_scope(factory) as s:
        with monkeypatch.context() as m:
            m.setattr(cursor, "forget_prepared", lambda info, dbapi: None)
            repo.requester(s, "T1", "U1", None)  # prepared on this connection already
            savepoint_rolled_back(s)
        with pytest.raises(DBAPIError, match="does not exist"):
            repo.requester(s, "T1", "U1", None)
