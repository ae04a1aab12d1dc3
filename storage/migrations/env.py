"""Alembic environment: runs on the engine the application hands it (see storage.db.upgrade)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, text

from storage.db import include_object
from storage.models import Base

config = context.config
target_metadata = Base.metadata
MIGRATION_LOCK = 0x6B7062  # "kpb": any constant the application uses for nothing else


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # plain `alembic` CLI use
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild a table (create a copy, move the rows, drop the old one);
            # with foreign keys enforced, dropping a table others refer to fails as soon as it
            # holds data. Off for the migration (outside any transaction, as SQLite requires),
            # then every reference is checked before it is switched on again.
            raw = connection.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")  # not through SQLAlchemy: that would BEGIN first
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Several containers start at once (compose: web and scheduler): one upgrades,
                # the others wait here and then find the schema at head.
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                )
            context.run_migrations()
        if sqlite:
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys=ON")
            if broken:
                raise RuntimeError(f"migration left {len(broken)} broken references: {broken[:3]}")


run_migrations_online()
