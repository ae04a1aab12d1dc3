"""A log command's requester and the customers its text may name are two reads that do not
depend on each other (the text's keys are read before its unit of work opens): on PostgreSQL,
once both statements are prepared on the connection, they go in one round trip
(repositories.requester_and_customers, cursor.execute_both: libpq's pipeline), and answer what
the two reads answer one by one."""

from __future__ import annotations

import tempfile
from typing import Any

import pytest
from freezegun import freeze_time

from bot.domain import ActivityKind, Source
from bot.services import recording
from bot.services.commands import LogCommand
from bot.services.questions import Answers
from storage import cursor
from storage import repositories as repo
from storage.db import make_engine, make_session_factory, session_scope
from tests.storage import test_cursor

WS = "TW"


@pytest.fixture
def factory(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield make_session_factory(engine)
    engine.dispose()


def _stored(factory: Any) -> set[str]:  # type: ignore[no-untyped-def]
    with freeze_time(test_cursor.T0), session_scope(factory) as s:
        actor = test_cursor._workspace(s, WS)
        for ref, name in (("r1", "Equinor"), ("r2", "Aker BP")):
            cmd = LogCommand(kind=ActivityKind.MEETING, customer=name, when=test_cursor.D0)
            recording.record(
                s, actor, cmd, source=Source.COMMAND, source_ref=ref, now=test_cursor.T0,
                answers=Answers(new_customer=True),
            )  # fmt: skip
    with session_scope(factory) as s:
        return set(repo.customers_among(s, WS, ["equinor", "aker bp", "aker"]))


def _ready_for_query(trace: Any) -> int:
    trace.seek(0)
    lines = [line.split("\t") for line in trace.read().decode().splitlines()]
    return sum(1 for m in lines if m[0] == "B" and m[2] == "ReadyForQuery")


@pytest.mark.backends("sqlite", "postgres")
def test_read_together_they_answer_what_each_answers_alone(factory) -> None:  # type: ignore[no-untyped-def]
    known = _stored(factory)
    assert len(known) == 2
    keys = {*known, "nobody here"}
    for channel in ("CTW", None, "C-none"):
        with session_scope(factory) as s:
            alone = repo.requester(s, WS, "UK", channel), repo.customers_among(s, WS, keys)
        for _ in range(2):  # the second time prepared on PostgreSQL: one pipeline
            with session_scope(factory) as s:
                both = repo.requester_and_customers(s, WS, "UK", channel, keys)
            assert both[0] == alone[0]
            assert {k: (c.id, c.name) for k, c in both[1].items()} == {
                k: (c.id, c.name) for k, c in alone[1].items()
            }
    with session_scope(factory) as s:  # someone not known yet; no keys: the requester alone
        assert repo.requester_and_customers(s, WS, "U-new", "CTW", keys)[0] is None
        assert repo.requester_and_customers(s, WS, "UK", "CTW", ())[1] == {}


@pytest.mark.backends("postgres")
def test_once_prepared_they_are_one_round_trip(factory, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from psycopg import pq

    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    keys = _stored(factory)
    counted = []
    for _ in range(3):
        with session_scope(factory) as s:
            s.connection()  # BEGIN (at checkout) is not counted
            pgconn = s.connection().connection.driver_connection.pgconn
            with tempfile.TemporaryFile() as trace:
                pgconn.trace(trace.fileno())
                pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
                try:
                    person, customers = repo.requester_and_customers(s, WS, "UK", "CTW", keys)
                finally:
                    pgconn.untrace()
                counted.append(_ready_for_query(trace))
            assert person is not None and set(customers) == keys
    # Prepared on the connection by the first (each its own round trip), then one Sync for both.
    assert counted[1:] == [1, 1], counted
