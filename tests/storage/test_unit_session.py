"""storage.db.UnitSession, a request's session (bot.unit_of_work): its transaction is begun on a
connection of its own, storage.cursor's statements run there while the ORM has no transaction,
and the ORM joins that same connection and transaction when first used. Whatever mixes the two
commits or rolls back as one transaction, the session's after_commit / after_rollback listeners
are called as a Session calls them, and the connection goes back to the pool at close."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from storage import cursor
from storage.db import (
    READ_ONLY,
    UNIT_CONNECTION,
    UnitSession,
    in_use,
    make_engine,
    make_session_factory,
    open_unit_session,
)
from storage.models import Workspace

_COUNT = select(func.count()).select_from(Workspace.__table__)
_INSERT = Workspace.__table__.insert()


@pytest.fixture
def engine(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def calls():  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def committed(session: Session) -> None:
        if isinstance(session, UnitSession):
            seen.append("after_commit")

    def rolled_back(session: Session) -> None:
        if isinstance(session, UnitSession):
            seen.append("after_rollback")

    event.listen(Session, "after_commit", committed)
    event.listen(Session, "after_rollback", rolled_back)
    yield seen
    event.remove(Session, "after_commit", committed)
    event.remove(Session, "after_rollback", rolled_back)


def _count(engine) -> int:  # type: ignore[no-untyped-def]
    # A reader (SQLite: a deferred BEGIN, beside a writer holding the lock).
    with engine.execution_options(**{READ_ONLY: True}).connect() as conn:
        return int(conn.execute(_COUNT).scalar_one())


def test_core_statements_commit_on_the_units_connection_without_an_orm_transaction(
    engine, calls: list[str]
) -> None:  # type: ignore[no-untyped-def]
    s = open_unit_session(make_session_factory(engine), 2000)
    try:
        conn = s.info[UNIT_CONNECTION]
        assert cursor._connection(s) is conn  # storage.cursor runs here...
        cursor.execute(s, _INSERT, {"id": "TU1"}, keys=True)
        assert s.get_transaction() is None  # ...and the ORM has no transaction of its own
        # The deadline was said as the transaction began (storage.db's `begin` listener).
        assert conn.get_execution_options()["kpibot_wait_ms"] == 2000
        assert _count(engine) == 0  # not committed yet
        s.commit()
        assert calls == ["after_commit"]
    finally:
        s.close()
    assert _count(engine) == 1
    assert in_use(engine) == 0


def test_a_rollback_without_the_orm_undoes_the_core_statements(engine, calls: list[str]) -> None:  # type: ignore[no-untyped-def]
    s = open_unit_session(make_session_factory(engine), None)
    try:
        cursor.execute(s, _INSERT, {"id": "TU2"}, keys=True)
        s.rollback()
        assert calls == ["after_rollback"]
        # Used again after the rollback: a new transaction (the ORM's, on the same connection).
        cursor.execute(s, _INSERT, {"id": "TU3"}, keys=True)
        s.commit()
    finally:
        s.close()
    with engine.connect() as conn:
        ids = sorted(row[0] for row in conn.execute(select(Workspace.__table__.c.id)))
    assert ids == ["TU3"]
    assert in_use(engine) == 0


def test_the_orm_joins_the_units_transaction_and_commits_it(engine, calls: list[str]) -> None:  # type: ignore[no-untyped-def]
    s = open_unit_session(make_session_factory(engine), None)
    try:
        cursor.execute(s, _INSERT, {"id": "TU4"}, keys=True)
        s.add(Workspace(id="TU5"))
        # The ORM's query sees the Core statement's row: one connection, one transaction.
        assert s.execute(_COUNT).scalar_one() == 2
        assert s.get_transaction() is not None
        assert s.connection() is s.info[UNIT_CONNECTION]
        savepoint = s.begin_nested()  # a savepoint rolled back keeps the rest
        cursor.execute(s, _INSERT, {"id": "TU6"}, keys=True)
        savepoint.rollback()
        s.commit()
        assert calls == ["after_rollback", "after_commit"]  # as any Session's
    finally:
        s.close()
    assert _count(engine) == 2
    assert in_use(engine) == 0


def test_an_orm_rollback_undoes_the_core_statements_before_it(engine, calls: list[str]) -> None:  # type: ignore[no-untyped-def]
    s = open_unit_session(make_session_factory(engine), None)
    try:
        cursor.execute(s, _INSERT, {"id": "TU7"}, keys=True)
        s.add(Workspace(id="TU8"))
        s.flush()
        s.rollback()
        assert calls == ["after_rollback"]
    finally:
        s.close()
    assert _count(engine) == 0


def test_close_gives_an_open_transaction_back_rolled_back(engine) -> None:  # type: ignore[no-untyped-def]
    s = open_unit_session(make_session_factory(engine), None)
    cursor.execute(s, _INSERT, {"id": "TU9"}, keys=True)
    s.close()
    assert _count(engine) == 0
    assert in_use(engine) == 0
    with engine.connect() as conn:  # the pooled connection is usable again
        assert conn.execute(text("SELECT 1")).scalar_one() == 1


def test_no_connection_is_held_while_a_profile_is_fetched_from_slack(engine) -> None:  # type: ignore[no-untyped-def]
    # bot.unit_of_work lets go of its transaction before users.info (once a day per person): its
    # connection goes back to the pool meanwhile, as a Session bound to the engine did.
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from bot.unit_of_work import Request
    from storage.db import make_read_session_factory

    held: list[int] = []

    def fetch(_user: str) -> None:
        held.append(in_use(engine))
        return None  # Slack did not answer: resolved from what is stored

    deps: Any = SimpleNamespace(
        session_factory=make_session_factory(engine), read_factory=make_read_session_factory(engine)
    )
    request = Request(
        deps=deps,
        workspace_id="TP1",
        user_id="UP1",
        channel_id=None,
        now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        fetch_profile=fetch,
    )
    request.wait = 2.0
    with request.writing() as uow:
        taken = uow.session  # taken before the requester ("undo_last(uow.session, uow.who)")
        assert uow.who.seller_id is not None  # a new person, recorded after the fetch
        # The session taken before is still the unit's, usable, with the request's deadline.
        assert uow.session is taken
        assert taken.execute(text("SELECT 1")).scalar_one() == 1
        assert taken.connection().get_execution_options()["kpibot_wait_ms"] == 2000
    assert held == [0]
    assert in_use(engine) == 0
