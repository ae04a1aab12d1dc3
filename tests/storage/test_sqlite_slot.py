"""The SQLite slot most tests share (tests/conftest.py) is put back in place after a test, as
PostgreSQL's is (tests/pg.py): afterwards it is what a fresh copy of the template is (no rows,
ids starting at 1 again, the seller_days summary empty). Whatever it cannot put back (a lock
held, a changed schema, many activities) makes the next test get a new copy of the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from storage.db import make_session_factory, session_scope
from storage.models import Activity, Lead
from tests import conftest
from tests.helpers import count_rows, customers, leads

pytestmark = pytest.mark.backends("sqlite")


NAMES = ("Equinor", "Bama", "Orkla")


def _log(slack, n: int) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES[:n]:
        slack.driver.command("/logoffer", f'"{name}" 1000', "U0KARI").reply()


def _ids(slack, model) -> list[int]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as session:
        return list(session.scalars(select(model.id).order_by(model.id)))


def _rows_anywhere(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        names = [
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT IN ('alembic_version', 'sqlite_sequence')"
            )
        ]
        return [
            n for n in names if conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{n}")').fetchone()[0]
        ]
    finally:
        conn.close()


def test_the_slot_put_back_is_a_fresh_copy(slack, sqlite_template: Path) -> None:  # type: ignore[no-untyped-def]
    slot = conftest._SqliteSlot(sqlite_template)
    path = Path(slack.engine.url.database)
    for _ in range(2):
        _log(slack, 3)
        assert _ids(slack, Activity) == [1, 2, 3] and _ids(slack, Lead) == [1, 2, 3]
        assert count_rows(slack) == 3 and len(customers(slack)) == 3 and len(leads(slack)) == 3
        with slack.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM seller_days")).scalar() == 1
        assert slot.put_back(slack.engine)
        assert _rows_anywhere(path) == []


def test_what_cannot_be_put_back_is_copied_anew(slack, sqlite_template: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    slot = conftest._SqliteSlot(sqlite_template)
    path = Path(slack.engine.url.database)
    # More activities than the put-back deletes (each runs the seller_days trigger).
    monkeypatch.setattr(conftest, "SQLITE_PUT_BACK_ACTIVITIES", 1)
    _log(slack, 2)
    assert not slot.put_back(slack.engine)
    assert count_rows(slack) == 2  # left as it was: the next test gets a new copy
    monkeypatch.undo()
    assert slot.put_back(slack.engine)

    # A lock another connection holds.
    _log(slack, 1)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        assert not slot.put_back(slack.engine)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert slot.put_back(slack.engine)

    # A schema unlike the template's.
    with slack.engine.begin() as conn:
        conn.execute(text("CREATE INDEX ix_probe ON customers (name)"))
    assert not slot.put_back(slack.engine)
