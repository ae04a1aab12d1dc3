"""a workspace's people version: moved by every change to what the requester statement reads

Revision ID: 0026a
Revises: 0025a
Create Date: 2026-12-02 02:00:00.000000

- workspaces.version (big integer): set to a new random number by every insert, update and
  delete of a row of sellers, sales_teams, managers and bare_currencies in the workspace, and
  by its uninstall or reinstall (workspaces.uninstalled_at changed), by triggers, so no write
  path (repositories, the ORM, raw SQL, another process, a migration) can change what a
  requester is resolved from without it. Random, not +1: a workspace purged and installed
  again, or a database put back from a copy, never comes back to a number a process kept
  with other rows (2^-53 a change on PostgreSQL, 2^-64 on SQLite). Existing rows get one. One number a workspace, not one a row: a row added (a team set up in the channel
  someone logs from, a manager added) changes a requester whose rows read before did not hold
  it. A kpibot process keeps a requester with the version it was read at and answers from it
  while the version is still that (bot.services.requester.kept); a write that finds it moved is
  undone and done again with the requester read afresh.
- PostgreSQL: the table triggers are constraint triggers deferred to the commit, so the
  workspace row's lock is the last a transaction takes (an immediate bump locked it first, and
  two transactions changing people rows in opposite orders could deadlock on it); the
  workspace's own row is bumped by a BEFORE UPDATE trigger.
The SQL is written out here, not imported (as 0016a's). Downgrade drops the triggers, the
function and the column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026a"
down_revision = "0025a"
branch_labels = None
depends_on = None

TABLES = ("sellers", "sales_teams", "managers", "bare_currencies")
_SQLITE_NEW = "random()"
_PG_NEW = "floor(random() * 9007199254740992)::bigint"
_BUMP = f"UPDATE workspaces SET version = {_SQLITE_NEW} WHERE id = {{row}}.workspace_id"


def _sqlite_triggers() -> list[str]:
    made = []
    for table in TABLES:
        made += [
            f"CREATE TRIGGER people_version_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_BUMP.format(row='NEW')}; END",
            f"CREATE TRIGGER people_version_{table}_update AFTER UPDATE ON {table} "
            f"BEGIN {_BUMP.format(row='NEW')}; "
            f"UPDATE workspaces SET version = {_SQLITE_NEW} "
            f"WHERE id = OLD.workspace_id AND OLD.workspace_id IS NOT NEW.workspace_id; END",
            f"CREATE TRIGGER people_version_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN {_BUMP.format(row='OLD')}; END",
        ]
    made.append(
        "CREATE TRIGGER people_version_workspace AFTER UPDATE OF uninstalled_at ON workspaces "
        "WHEN NEW.uninstalled_at IS NOT OLD.uninstalled_at "
        f"BEGIN UPDATE workspaces SET version = {_SQLITE_NEW} WHERE id = NEW.id; END"
    )
    return made


def _sqlite_names() -> list[str]:
    names = [f"people_version_{t}_{op_}" for t in TABLES for op_ in ("insert", "update", "delete")]
    return [*names, "people_version_workspace"]


_PG_FUNCTIONS = [
    f"""CREATE OR REPLACE FUNCTION people_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE workspaces SET version = {_PG_NEW} WHERE id = OLD.workspace_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.workspace_id IS DISTINCT FROM OLD.workspace_id) THEN
        UPDATE workspaces SET version = {_PG_NEW} WHERE id = NEW.workspace_id;
    END IF;
    RETURN NULL;
END $$""",
    f"""CREATE OR REPLACE FUNCTION people_version_workspace() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.uninstalled_at IS DISTINCT FROM OLD.uninstalled_at THEN
        NEW.version := {_PG_NEW};
    END IF;
    RETURN NEW;
END $$""",
]


def _pg_triggers() -> list[str]:
    made = [
        f"CREATE CONSTRAINT TRIGGER people_version AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION people_version_bump()"
        for table in TABLES
    ]
    made.append(
        "CREATE TRIGGER people_version BEFORE UPDATE OF uninstalled_at ON workspaces "
        "FOR EACH ROW EXECUTE FUNCTION people_version_workspace()"
    )
    return made


def upgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        batch.add_column(
            sa.Column("version", sa.BigInteger(), nullable=False, server_default=sa.text("0"))
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"UPDATE workspaces SET version = {_PG_NEW}")
        for statement in (*_PG_FUNCTIONS, *_pg_triggers()):
            op.execute(statement)
    else:
        op.execute(f"UPDATE workspaces SET version = {_SQLITE_NEW}")
        for statement in _sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in (*TABLES, "workspaces"):
            op.execute(f"DROP TRIGGER IF EXISTS people_version ON {table}")
        op.execute("DROP FUNCTION IF EXISTS people_version_bump()")
        op.execute("DROP FUNCTION IF EXISTS people_version_workspace()")
    else:
        for name in _sqlite_names():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("workspaces") as batch:
        batch.drop_column("version")
