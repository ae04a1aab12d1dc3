"""ack31: a statement prepared by storage.cursor on PostgreSQL has its rows loaded by a psycopg
Transformer kept for it, its loaders set from its first result (they were looked up again for
every result): the same rows as SQLAlchemy reads, made again when the statement is prepared
again, no result held after its rows (the rest of ack31's proofs: tests/unit/test_ack_cuts31.py)."""

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
