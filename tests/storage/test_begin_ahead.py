"""KPIBOT_TURN_STARTS=begun (bot.listener_runner): a log command's writing session is begun before
the command waits for a writer's turn (bot.unit_of_work.Request.begin_ahead): the pool's checkout
and the BEGIN's round trip are out of the turn. The first writing unit of work takes that
session; one nobody took is given back; the profile fetch still holds no connection; SQLite
begins nothing ahead (its writing BEGIN takes the file's write lock)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select, text

from bot.unit_of_work import Request
from storage.db import (
    UNIT_CONNECTION,
    in_use,
    make_engine,
    make_read_session_factory,
    make_session_factory,
)
from storage.models import Workspace

_COUNT = select(func.count()).select_from(Workspace.__table__)
_INSERT = Workspace.__table__.insert()


@pytest.fixture
def engine(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield engine
    engine.dispose()


def _request(engine: Any, fetch: Any = None) -> Request:
    deps: Any = SimpleNamespace(
        session_factory=make_session_factory(engine), read_factory=make_read_session_factory(engine)
    )
    request = Request(
        deps=deps,
        workspace_id="TA1",
        user_id="UA1",
        channel_id=None,
        now=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        fetch_profile=fetch,
    )
    request.wait = 2.0
    return request


def _pooled(engine: Any, count: int = 1) -> None:
    """`count` connections idle in the pool (begin_ahead opens none of its own)."""
    conns = [engine.connect() for _ in range(count)]
    for conn in conns:
        conn.close()
    assert engine.pool.checkedin() == count


def _count(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(_COUNT).scalar_one())


@pytest.mark.backends("postgres")
def test_the_writing_unit_takes_the_session_begun_ahead(engine) -> None:  # type: ignore[no-untyped-def]
    _pooled(engine)
    request = _request(engine)
    request.begin_ahead()
    assert in_use(engine) == 1  # taken from the pool before the turn
    conn = request._ahead.info[UNIT_CONNECTION]  # type: ignore[union-attr]
    assert conn.in_transaction()
    backend = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    with request.writing() as uow:
        session = uow.session
        assert session.info[UNIT_CONNECTION] is conn  # the same connection and transaction
        assert session.execute(text("SELECT pg_backend_pid()")).scalar_one() == backend
        # With the request's deadline, as one begun by the unit itself.
        assert conn.get_execution_options()["kpibot_wait_ms"] == 2000
        session.execute(_INSERT.values(id="TA1", name="Ahead"))
    request.end_ahead()  # nothing left to give back
    assert in_use(engine) == 0
    assert _count(engine) == 1
    with request.writing() as uow:  # a second writing unit begins its own
        assert uow.session.execute(text("SELECT 1")).scalar_one() == 1
        assert in_use(engine) == 1
    assert in_use(engine) == 0


@pytest.mark.backends("postgres")
def test_a_session_begun_ahead_that_nobody_took_is_given_back_rolled_back(engine) -> None:  # type: ignore[no-untyped-def]
    _pooled(engine, 2)
    request = _request(engine)
    request.begin_ahead()
    ahead = request._ahead
    assert ahead is not None
    ahead.execute(_INSERT.values(id="TA2", name="Never"))  # (nothing does this; to see the undo)
    request.end_ahead()
    assert in_use(engine) == 0
    assert _count(engine) == 0
    with request.reading() as uow:  # a reading unit never takes a writing session begun ahead
        request.begin_ahead()
        assert uow.session is not request._ahead
        assert uow.session.execute(text("SELECT 1")).scalar_one() == 1
    assert in_use(engine) == 1
    request.end_ahead()
    assert in_use(engine) == 0


@pytest.mark.backends("postgres")
def test_no_connection_is_held_while_a_profile_is_fetched_after_beginning_ahead(engine) -> None:  # type: ignore[no-untyped-def]
    held: list[int] = []

    def fetch(_user: str) -> None:
        held.append(in_use(engine))
        return None  # Slack did not answer: resolved from what is stored

    _pooled(engine)
    request = _request(engine, fetch)
    request.begin_ahead()
    assert request._ahead is not None
    with request.writing() as uow:
        assert uow.who.seller_id is not None  # a new person, recorded after the fetch
    assert held == [0]
    assert in_use(engine) == 0


@pytest.mark.backends("postgres")
def test_nothing_is_begun_ahead_without_a_connection_idle_in_the_pool(engine) -> None:  # type: ignore[no-untyped-def]
    request = _request(engine)
    request.begin_ahead()  # the pool is empty: no server connection is opened for it
    assert request.take_ahead() is None
    assert in_use(engine) == 0 and engine.pool.checkedin() == 0
    _pooled(engine)
    held = engine.connect()  # the one idle connection is in use
    request.begin_ahead()
    assert request.take_ahead() is None
    held.close()
    request.begin_ahead()
    assert request._ahead is not None
    request.end_ahead()
    assert in_use(engine) == 0


@pytest.mark.backends("sqlite")
def test_sqlite_begins_nothing_ahead(engine) -> None:  # type: ignore[no-untyped-def]
    request = _request(engine)
    request.begin_ahead()  # its writing BEGIN would take the file's write lock before its turn
    assert request.take_ahead() is None
    request.end_ahead()
