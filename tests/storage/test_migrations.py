"""Migrations run from empty to head (and back) and match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from storage.db import alembic_config, current_revision, include_object, make_engine, upgrade
from storage.models import Base


def test_upgrade_from_empty_to_head_and_back(db_url: str) -> None:
    from alembic import command

    engine = make_engine(db_url)
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head
    tables = set(inspect(engine).get_table_names())
    assert {"workspaces", "sales_teams", "sellers", "customers", "leads", "activities"} <= tables
    assert {"slack_installations", "slack_bots", "slack_oauth_states"} <= tables
    command.downgrade(alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)  # and up again
    assert current_revision(engine) == head
    engine.dispose()


def test_models_match_migrations(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_object": include_object}), Base.metadata
        )
    assert diff == [], diff
    engine.dispose()


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
