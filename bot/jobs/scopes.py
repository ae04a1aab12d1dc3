"""The jobs' units of work, named for what they do with the database. Reads and writes are kept
in separate short scopes so that a tick never holds the write lock while it thinks; once
storage.db tells a read-only session from a writing one, `reading` is the one line to change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from bot.dependencies import Deps
from storage.db import session_scope


@contextmanager
def reading(deps: Deps) -> Iterator[Session]:
    """Only SELECTs inside (what is due, planning, rendering data)."""
    with session_scope(deps.session_factory) as session:
        yield session


@contextmanager
def writing(deps: Deps) -> Iterator[Session]:
    """A claim taken or marked, leads marked as nudged: one short transaction each."""
    with session_scope(deps.session_factory) as session:
        yield session
