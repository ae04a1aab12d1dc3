"""ack30: a unit of work's PostgreSQL connection is kept for the next unit instead of going back
to the pool (storage.db._Kept): no checkout, no checkin, its BEGIN still sent first and still the
check of a connection the server cut (replaced once, as the pool's check did). Never two units on
one connection at once, at most the pool's size kept, closed when the engine is disposed (at
shutdown), and never used or closed by a process forked after it was kept."""

from __future__ import annotations

import os
import select as os_select
import threading
from typing import Any

import pytest
from sqlalchemy import event, text

from storage.db import (
    READ_ONLY,
    UNIT_CONNECTION,
    WAIT_MS,
    in_use,
    kept_connections,
    make_engine,
    make_read_session_factory,
    make_session_factory,
    open_unit_session,
)
from storage.models import Workspace

pytestmark = pytest.mark.backends("postgres")

_PID = text("SELECT pg_backend_pid()")


@pytest.fixture
def engine(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def checkouts(engine) -> list[int]:  # type: ignore[no-untyped-def]
    seen: list[int] = []

    def checkout(*_args: object) -> None:
        seen.append(1)

    event.listen(engine, "checkout", checkout)
    yield seen
    event.remove(engine, "checkout", checkout)


def _backend(session: Any) -> int:
    return int(session.execute(_PID).scalar_one())


def _count(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM workspaces")).scalar_one())


def test_a_units_connection_is_kept_for_the_next_unit(engine, checkouts) -> None:  # type: ignore[no-untyped-def]
    factory = make_session_factory(engine)
    first = open_unit_session(factory, 2000)
    backend = _backend(first)
    first.execute(Workspace.__table__.insert().values(id="TK1", name="Kept"))
    first.commit()
    first.close()
    assert in_use(engine) == 0 and kept_connections(engine) == 1
    assert engine.pool.checkedout() == 1  # the pool counts it as taken: its limits stand
    second = open_unit_session(factory, 2000)
    assert _backend(second) == backend and len(checkouts) == 1  # no second checkout
    # A transaction of its own, begun: what the first committed is there; undone when closed.
    assert second.info[UNIT_CONNECTION].in_transaction()
    second.execute(Workspace.__table__.insert().values(id="TK2", name="Undone"))
    second.close()
    third = open_unit_session(factory, 2000)
    assert _backend(third) == backend and len(checkouts) == 1
    assert third.execute(text("SELECT count(*) FROM workspaces")).scalar_one() == 1
    third.close()


def test_a_kept_connection_the_server_cut_is_replaced_once(engine) -> None:  # type: ignore[no-untyped-def]
    factory = make_session_factory(engine)
    first = open_unit_session(factory, 2000)
    cut = _backend(first)
    first.close()
    with engine.connect() as admin:
        admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": cut})
        admin.commit()
    again = open_unit_session(factory, 2000)
    assert _backend(again) != cut  # its BEGIN failed: thrown away, the pool's taken
    again.execute(Workspace.__table__.insert().values(id="TK3", name="After the cut"))
    again.commit()
    again.close()
    assert _count(engine) == 1
    assert in_use(engine) == 0 and kept_connections(engine) == 1


def test_units_at_once_never_share_a_connection_and_at_most_the_pools_size_is_kept(engine) -> None:  # type: ignore[no-untyped-def]
    factory = make_session_factory(engine)
    size = engine.pool.size()
    units = [open_unit_session(factory, 2000) for _ in range(size + 2)]
    backends = {_backend(unit) for unit in units}
    assert len(backends) == size + 2
    for unit in units:
        unit.close()
    assert kept_connections(engine) == size and in_use(engine) == 0
    # Two threads each with a unit at the same moment: two connections.
    seen: list[int] = []
    both = threading.Barrier(2)

    def one() -> None:
        unit = open_unit_session(factory, 2000)
        try:
            seen.append(_backend(unit))
            both.wait(timeout=10)
        finally:
            unit.close()

    threads = [threading.Thread(target=one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(set(seen)) == 2 and set(seen) <= backends


def test_a_kept_connection_serves_a_unit_with_other_options_as_its_own(engine) -> None:  # type: ignore[no-untyped-def]
    writing = open_unit_session(make_session_factory(engine), 2000)
    backend = _backend(writing)
    writing.close()
    reading = open_unit_session(make_read_session_factory(engine), None)
    conn = reading.info[UNIT_CONNECTION]
    assert _backend(reading) == backend
    assert conn.get_execution_options().get(READ_ONLY) is True
    assert WAIT_MS not in conn.get_execution_options()
    reading.close()
    again = open_unit_session(make_session_factory(engine), 1500)
    options = again.info[UNIT_CONNECTION].get_execution_options()
    assert _backend(again) == backend
    assert options[WAIT_MS] == 1500 and READ_ONLY not in options
    assert again.execute(text("SHOW statement_timeout")).scalar_one() == "1500ms"
    again.close()


def test_disposing_the_engine_closes_the_kept_connections(engine) -> None:  # type: ignore[no-untyped-def]
    unit = open_unit_session(make_session_factory(engine), 2000)
    dbapi = unit.info[UNIT_CONNECTION].connection.dbapi_connection
    unit.close()
    assert kept_connections(engine) == 1 and not dbapi.closed
    engine.dispose()  # as `kpibot serve` does at shutdown
    assert dbapi.closed
    assert kept_connections(engine) == 0 and in_use(engine) == 0


def test_a_process_forked_after_never_uses_or_closes_the_kept_connection(engine) -> None:  # type: ignore[no-untyped-def]
    factory = make_session_factory(engine)
    unit = open_unit_session(factory, 2000)
    parents = _backend(unit)
    unit.close()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a unit of its own, then out without any clean-up
        code = 1
        try:
            os.close(read)
            child = open_unit_session(factory, 2000)
            os.write(write, str(_backend(child)).encode())
            child.close()
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    try:
        ready, _, _ = os_select.select([read], [], [], 20)
        answer = os.read(read, 64).decode() if ready else ""
    finally:
        os.close(read)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0 and answer
    assert int(answer) != parents
    again = open_unit_session(factory, 2000)  # the parent's, still good
    assert _backend(again) == parents
    again.close()


def test_a_commit_that_fails_raises_what_psycopg_raised_and_the_connection_serves_on(
    engine,
) -> None:  # type: ignore[no-untyped-def]
    # The COMMIT is libpq's own (storage.db._commit_on_libpq): a deferred constraint failing at
    # it raises the same error as psycopg's commit() did, wrapped by SQLAlchemy as before.
    from psycopg import errors
    from sqlalchemy.exc import IntegrityError

    factory = make_session_factory(engine)
    unit = open_unit_session(factory, 2000)
    backend = _backend(unit)
    unit.execute(
        text(
            "CREATE TEMP TABLE twice (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED) "
            "ON COMMIT DROP"
        )
    )
    unit.execute(text("INSERT INTO twice VALUES (1), (1)"))  # checked at the COMMIT
    with pytest.raises(IntegrityError) as failed:
        unit.commit()
    assert isinstance(failed.value.orig, errors.UniqueViolation)
    unit.close()
    again = open_unit_session(factory, 2000)
    assert _backend(again) == backend  # rolled back by the server, kept, and good
    again.execute(Workspace.__table__.insert().values(id="TK4", name="After"))
    again.commit()
    again.close()
    assert _count(engine) == 1 and kept_connections(engine) == 1
