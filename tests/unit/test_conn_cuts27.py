"""A unit of work's connection joins its engine's events once per engine, and its session's
events are made once for every unit session (pgack27); both fire exactly as before.

- storage.db.open_unit_session's connection (`_UnitConnection`) reuses the joined event dispatch
  made for its engine (or deadline copy) by the first one, instead of joining anew per request.
- Proved: every engine event a unit fires (engine_connect, begin, commit, rollback) reaches the
  engine's listeners, those added after the first unit and those of the engine a deadline copy
  was made from included; a listener removed is called no more; one engine's listeners are never
  called for another engine's units; the connection is a Connection like any other.
- `UnitSession.dispatch`: one instance-level dispatch for every unit session (SQLAlchemy made one
  per session, and each event's listener collection on its first use, every request): the
  Session class's listeners, added before or after, called as before; the ORM's own events too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session

from storage import db
from storage.db import (
    UNIT_CONNECTION,
    UnitSession,
    make_engine,
    make_session_factory,
    open_unit_session,
)

EVENTS = ("engine_connect", "begin", "commit", "rollback")


@pytest.fixture
def engines(tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    one = make_engine(f"sqlite:///{tmp_path / 'one.db'}")
    two = make_engine(f"sqlite:///{tmp_path / 'two.db'}")
    yield one, two
    one.dispose()
    two.dispose()


def _listen(engine: Engine, seen: list[str], tag: str) -> list[tuple[str, object]]:
    added = []
    for name in EVENTS:

        def fn(*_args: object, _name: str = name) -> None:
            seen.append(f"{tag}:{_name}")

        event.listen(engine, name, fn)
        added.append((name, fn))
    return added


def _unit(engine: Engine, wait_ms: int | None, *, commit: bool = True) -> Connection:
    session = open_unit_session(make_session_factory(engine), wait_ms)
    conn = session.info[UNIT_CONNECTION]
    try:
        if commit:
            session.commit()
        else:
            session.rollback()
    finally:
        session.close()
    return conn


@pytest.mark.parametrize("wait_ms", [None, 2000])
def test_each_unit_fires_its_engines_events_added_before_or_after_the_first(
    engines: tuple[Engine, Engine], wait_ms: int | None
) -> None:
    one, two = engines
    _unit(one, wait_ms)  # the join made and kept before any listener of the test
    seen: list[str] = []
    added = _listen(one, seen, "one")
    _listen(two, seen, "two")
    _unit(one, wait_ms)
    assert seen == ["one:engine_connect", "one:begin", "one:commit"]
    seen.clear()
    _unit(one, wait_ms, commit=False)
    assert seen == ["one:engine_connect", "one:begin", "one:rollback"]
    seen.clear()
    _unit(two, wait_ms)  # the other engine's own, never the first's
    assert seen == ["two:engine_connect", "two:begin", "two:commit"]
    seen.clear()
    for name, fn in added:
        event.remove(one, name, fn)
    _unit(one, wait_ms)
    assert seen == []


def test_the_unit_connection_fires_as_engine_connect_does(
    engines: tuple[Engine, Engine],
) -> None:
    one, _two = engines
    seen: list[str] = []
    _listen(one, seen, "one")
    with db._waiting(one, 1500).connect() as plain:
        plain.begin()
        plain.commit()
    by_connect = list(seen)
    seen.clear()
    conn = _unit(one, 1500)
    assert seen == by_connect == ["one:engine_connect", "one:begin", "one:commit"]
    assert isinstance(conn, Connection)
    assert conn.closed


def test_the_engines_events_are_joined_once_per_engine(
    engines: tuple[Engine, Engine],
) -> None:
    one, two = engines
    first, second = _unit(one, 2000), _unit(one, 2000)
    assert first.dispatch is second.dispatch  # made once, not per request
    assert _unit(two, 2000).dispatch is not first.dispatch
    assert _unit(one, None).dispatch is not first.dispatch  # the deadline copy's own


# -- the unit session's events (UnitSession.dispatch: one for every unit session) ---------------
SESSION_EVENTS = ("after_commit", "after_rollback", "after_begin", "after_flush")


def _listen_sessions(seen: list[str]) -> list[tuple[str, object]]:
    added = []
    for name in SESSION_EVENTS:

        def fn(session: object, *_args: object, _name: str = name) -> None:
            if isinstance(session, UnitSession):
                seen.append(_name)

        event.listen(Session, name, fn)
        added.append((name, fn))
    return added


def test_each_unit_session_fires_the_session_events_added_before_or_after_the_first(
    engines: tuple[Engine, Engine],
) -> None:
    one, _two = engines
    _unit(one, 2000)  # the sessions' dispatch made before any listener of the test
    seen: list[str] = []
    added = _listen_sessions(seen)
    try:
        _unit(one, 2000)
        assert seen == ["after_commit"]  # storage.cursor's only: no ORM transaction
        seen.clear()
        _unit(one, 2000, commit=False)
        assert seen == ["after_rollback"]
        seen.clear()
        session = open_unit_session(make_session_factory(one), 2000)
        try:
            session.execute(text("CREATE TABLE IF NOT EXISTS t27 (id INTEGER PRIMARY KEY)"))
            session.commit()  # the ORM joined: its own events, as any Session's
        finally:
            session.close()
        assert seen == ["after_begin", "after_commit"]
    finally:
        for name, fn in added:
            event.remove(Session, name, fn)
    seen.clear()
    _unit(one, 2000)
    assert seen == []


def test_the_session_events_are_made_once(engines: tuple[Engine, Engine]) -> None:
    one, _two = engines
    made = []
    for wait_ms in (2000, None):
        session = open_unit_session(make_session_factory(one), wait_ms)
        made.append(session.dispatch)
        session.close()
    assert made[0] is made[1]
    assert UnitSession.dispatch is Session.dispatch  # the class's, as SQLAlchemy's
    assert Session().dispatch is not made[0]  # a plain Session's its own
