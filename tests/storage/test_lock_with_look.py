"""The recorder's customer row lock and its look under it (the delivery's reference, the open
leads) go to PostgreSQL in one round trip once both are prepared on the connection
(cursor.execute_after: libpq's pipeline, two statements): the look still runs after the lock is
granted, with a snapshot of its own, so what the lock's holder committed meanwhile is seen."""

from __future__ import annotations

import tempfile
import threading
import time
from typing import Any

import pytest
from freezegun import freeze_time
from sqlalchemy import select, text

from bot.domain import ActivityKind, Source
from bot.services import recording
from bot.services.commands import LogCommand
from bot.services.questions import Answers
from storage import cursor, rows
from storage import repositories as repo
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Activity, Customer
from tests.storage import test_cursor

pytestmark = pytest.mark.backends("postgres")
WS = "TW"


@pytest.fixture
def engines(migrated_db_url: str):  # type: ignore[no-untyped-def]
    found = make_engine(migrated_db_url), make_engine(migrated_db_url)
    yield found
    for engine in found:
        engine.dispose()


def _log(s, actor: recording.Actor, ref: str) -> int:  # type: ignore[no-untyped-def]
    cmd = LogCommand(kind=ActivityKind.MEETING, customer="Equinor", when=test_cursor.D0)
    done = recording.record(
        s, actor, cmd, source=Source.COMMAND, source_ref=ref, now=test_cursor.T0,
        answers=Answers(new_customer=True, again=True),
    )  # fmt: skip
    return done.activity.id  # type: ignore[no-any-return]


def _look(s, customer_id: int, ref: str) -> Any:  # type: ignore[no-untyped-def]
    lock = repo.customer_lock(s, WS, customer_id)
    assert lock is not None
    return rows.look_before_logging(s, WS, ref, customer_id, None, first=lock)


def _ready_for_query(trace: Any) -> int:
    trace.seek(0)
    lines = [line.split("\t") for line in trace.read().decode().splitlines()]
    return sum(1 for m in lines if m[0] == "B" and m[2] == "ReadyForQuery")


def test_the_lock_and_the_look_are_one_round_trip_once_prepared(
    engines, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from psycopg import pq

    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    factory = make_session_factory(engines[0])
    with freeze_time(test_cursor.T0), session_scope(factory) as s:
        actor = test_cursor._workspace(s, WS)
        stored = _log(s, actor, "r1")
    with session_scope(factory) as s:
        customer_id = s.scalar(select(Customer.id).where(Customer.workspace_id == WS))
        assert _look(s, customer_id, "r1")[0] == stored  # prepares both (two round trips)
        pgconn = s.connection().connection.driver_connection.pgconn
        counted = []
        for ref, expected in (("r1", stored), ("r2", None)):
            with tempfile.TemporaryFile() as trace:
                pgconn.trace(trace.fileno())
                pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
                try:
                    found = _look(s, customer_id, ref)
                finally:
                    pgconn.untrace()
                counted.append(_ready_for_query(trace))
            assert found[0] == expected
        assert counted == [1, 1]  # one Sync answered for both statements (two before)
        held = s.connection().exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'tuple' OR "
            "(locktype = 'transactionid' AND pid = pg_backend_pid())"
        )
        assert held.scalar() >= 1  # the row lock is this transaction's


def test_the_look_waits_for_the_lock_and_sees_what_its_holder_committed(
    engines, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Another delivery of the same log (Slack's retry, two replicas) stored by the transaction
    # holding the customer: found once the lock is granted, never stored twice.
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    paired: list[bool] = []
    two_on_libpq = cursor._two_on_libpq

    def counted(*args: Any) -> Any:
        found = two_on_libpq(*args)
        paired.append(found is not None)
        return found

    monkeypatch.setattr(cursor, "_two_on_libpq", counted)
    holder, waiter = (make_session_factory(engine) for engine in engines)
    with freeze_time(test_cursor.T0), session_scope(holder) as s:
        actor = test_cursor._workspace(s, WS)
        _log(s, actor, "r1")
    paired.clear()
    with session_scope(waiter) as s:  # both prepared on the waiter's connection
        customer_id = s.scalar(select(Customer.id).where(Customer.workspace_id == WS))
        _look(s, customer_id, "r0")
        _look(s, customer_id, "r0")
    assert paired == [False, True]
    answer: dict[str, Any] = {}

    def look() -> None:
        with session_scope(waiter) as w:
            answer["found"] = _look(w, customer_id, "r-again")

    with freeze_time(test_cursor.T0), session_scope(holder) as s:
        repo.lock_customer(s, WS, customer_id)
        thread = threading.Thread(target=look)
        thread.start()
        with engines[0].connect() as watch:
            for _ in range(500):  # until the waiter waits for the row lock
                waiting = watch.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                ).scalar()
                if waiting:
                    break
                time.sleep(0.01)
        assert waiting, "the look did not wait for the lock"
        stored = _log(s, actor, "r-again")
    thread.join(10)
    assert paired[-1] is True  # the waiter's lock and look went together
    assert answer["found"][0] == stored
    with session_scope(holder) as s:
        refs = s.scalars(select(Activity.source_ref).where(Activity.workspace_id == WS)).all()
    assert sorted(refs) == ["r-again", "r1"]


def test_a_lock_that_times_out_fails_as_before_and_the_look_is_not_run(
    engines, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # The request's deadline (storage.db: a lock_timeout said at BEGIN) ends the lock's wait:
    # the lock's error is raised as SQLAlchemy's, as when the lock ran alone, and the
    # connection is usable after the rollback.
    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    sent: list[bool] = []
    run_in_pipeline = cursor._run_in_pipeline

    def counted(*args: Any) -> Any:
        sent.append(True)
        return run_in_pipeline(*args)

    monkeypatch.setattr(cursor, "_run_in_pipeline", counted)
    holder, waiter = (make_session_factory(engine) for engine in engines)
    with freeze_time(test_cursor.T0), session_scope(holder) as s:
        _log(s, test_cursor._workspace(s, WS), "r1")
    with session_scope(waiter) as s:
        customer_id = s.scalar(select(Customer.id).where(Customer.workspace_id == WS))
        _look(s, customer_id, "r0")  # both prepared on the waiter's connection
    with session_scope(holder) as s:
        repo.lock_customer(s, WS, customer_id)
        w = waiter()
        try:
            w.connection().exec_driver_sql("SET LOCAL lock_timeout = '50ms'")
            sent.clear()
            with pytest.raises(OperationalError, match="lock timeout"):
                _look(w, customer_id, "r0")
            assert sent == [True]  # the lock and the look were sent together
            w.rollback()
        finally:
            w.close()
    with session_scope(waiter) as s:
        assert _look(s, customer_id, "r1")[0] is not None
