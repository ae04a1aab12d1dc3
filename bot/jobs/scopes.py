"""The jobs' units of work, named for what they do with the database. Reads and writes are kept
in separate short scopes so that a tick never holds the write lock while it thinks: reading begins
deferred on SQLite (never waits for, nor blocks, a command), and a write takes this process's
writer turn like a request's unit of work does (commands queue behind it, not in SQLite's busy
handler)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from bot.dependencies import Deps
from storage.db import session_scope, write_turn


@contextmanager
def reading(deps: Deps) -> Iterator[Session]:
    """Only SELECTs inside (what is due, planning, rendering data)."""
    with session_scope(deps.read_factory) as session:
        yield session


@contextmanager
def writing(deps: Deps) -> Iterator[Session]:
    """A claim taken or marked, leads marked as nudged: one short transaction each."""
    with (
        write_turn(deps.session_factory.kw["bind"]),
        session_scope(deps.session_factory) as session,
    ):
        yield session
