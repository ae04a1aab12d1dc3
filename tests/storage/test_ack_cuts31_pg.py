"""ack31 on PostgreSQL (the rest of ack31's proofs: tests/unit/test_ack_cuts31.py).

- A statement prepared by storage.cursor has its rows loaded by a psycopg Transformer kept for
  it, its loaders set from its first result (they were looked up again for every result): the
  same rows as SQLAlchemy reads, made again when the statement is prepared again, no result
  held after its rows.
- The kept connections (storage.db._Kept) know their process without os.getpid()'s system
  call per unit of work: the id read once, and again in a forked child."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.backends("postgres")


def test_a_prepared_statement_s_rows_are_loaded_as_a_fresh_transformer_loads_them(
    migrated_db_url: str,
) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import bindparam, select

    from storage import cursor
    from storage.db import make_engine, make_session_factory, open_unit_session
    from storage.models import Workspace

    table = Workspace.__table__
    by_id = select(table).where(table.c.id == bindparam("ws", type_=table.c.id.type))
    named_like = select(table.c.id, table.c.created_at, table.c.version).where(
        table.c.name == bindparam("name", type_=table.c.name.type)
    )
    engine = make_engine(migrated_db_url)
    try:
        factory = make_session_factory(engine)
        setup = open_unit_session(factory, None)
        at = datetime(2026, 12, 2, 8, 15, 30, 123456, tzinfo=UTC)
        setup.execute(table.insert(), [
            {"id": "TL1", "name": "Loaded", "language": "nb", "created_at": at},
            {"id": "TL2", "name": "Loaded", "language": "sv", "created_at": at},
        ])  # fmt: skip
        setup.commit()
        setup.close()

        def expected(statement: Any, params: dict[str, Any]) -> list[tuple[Any, ...]]:
            with engine.connect() as conn:
                return [tuple(row) for row in conn.execute(statement, params)]

        unit = open_unit_session(factory, 2000)
        try:
            for _ in range(cursor._PREPARE_AFTER + 3):  # through psycopg first, then prepared here
                for ws in ("TL1", "TL2", "none"):
                    assert cursor.execute(unit, by_id, {"ws": ws}).all() == expected(
                        by_id, {"ws": ws}
                    )
                first, second = cursor.execute_both(
                    unit, (named_like, {"name": "Loaded"}), (by_id, {"ws": "TL2"})
                )
                assert first.all() == expected(named_like, {"name": "Loaded"})
                assert second.all() == expected(by_id, {"ws": "TL2"})
            conn = unit.info["kpibot.unit.connection"].connection
            named = conn.info[cursor._LIBPQ]
            assert len(named.loading) == 2  # one Transformer each, its loaders set once
            assert all(tx.pgresult is None for tx in named.loading.values())  # no result held
            unit.rollback()  # psycopg drops the prepared statements: prepared again, loaders too
        finally:
            unit.close()
        again = open_unit_session(factory, 2000)
        try:
            kept = dict(named.loading)
            for _ in range(2):
                assert cursor.execute(again, by_id, {"ws": "TL1"}).all() == expected(
                    by_id, {"ws": "TL1"}
                )
            by_id_name = next(n for n, tx in kept.items() if named.loading.get(n) is not tx)
            assert by_id_name in named.loading  # made again for the statement prepared again
        finally:
            again.close()
    finally:
        engine.dispose()


def test_a_unit_of_work_asks_no_process_id_and_a_forked_child_knows_its_own(
    migrated_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from storage import db
    from storage.db import kept_connections, make_engine, make_session_factory, open_unit_session

    engine = make_engine(migrated_db_url)
    try:
        factory = make_session_factory(engine)
        open_unit_session(factory, 2000).close()  # kept from here on
        asked: list[int] = []
        real = os.getpid

        def counted() -> int:
            asked.append(1)
            return real()

        monkeypatch.setattr(os, "getpid", counted)
        for _ in range(3):
            unit = open_unit_session(factory, 2000)
            unit.commit()
            unit.close()
        assert asked == [] and kept_connections(engine) == 1  # the same connection each time
        monkeypatch.undo()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # a forked worker: its own id, and none of its parent's connections
            try:
                os.write(
                    write, f"{db._PROCESS[0]} {os.getpid()} {kept_connections(engine)}".encode()
                )
            finally:
                os._exit(0)
        os.close(write)
        said = os.read(read, 100).decode().split()
        os.close(read)
        os.waitpid(pid, 0)
        assert said == [str(pid), str(pid), "0"] and db._PROCESS[0] == os.getpid()
    finally:
        engine.dispose()
