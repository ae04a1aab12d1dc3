"""the per-seller, per-day summary of live activities

Revision ID: 0016d
Revises: 0015g
Create Date: 2026-11-30 05:00:00.000000

- seller_days: per workspace, seller and day, the live activities' counts per kind, offered,
  replaced and won sums, priced wins, and the day's currency (storage.seller_days). The reports'
  day pass reads it instead of the activities.
- Triggers on activities (SQLite; PostgreSQL: two plpgsql functions) keep it exact on every
  insert, delete and update of a column it reads.
- Filled from the existing activities in one statement.

The SQL is written out here as storage/seller_days.py made it at this revision, not imported: a
later change of the summary (a column, a trigger) is a migration of its own, and this one must go
on creating what it created (tests/storage/test_seller_days.py checks the two agree until then).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016d"
down_revision = "0015g"
branch_labels = None
depends_on = None

COUNTS = ("meetings", "calls", "offers", "wins", "losses")
AMOUNTS = ("offered", "replaced", "won")
TRIGGERS = ("seller_days_insert", "seller_days_delete", "seller_days_update", "seller_days_move")

SQLITE_DDL = (
    """\
CREATE TRIGGER seller_days_insert AFTER INSERT ON activities WHEN NEW.deleted_at IS NULL BEGIN
DELETE FROM seller_days WHERE workspace_id = NEW.workspace_id AND seller_id = NEW.seller_id AND day = NEW.occurred_on;
INSERT INTO seller_days (workspace_id, seller_id, day, meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)
SELECT workspace_id, seller_id, occurred_on AS day,
       COUNT(CASE WHEN kind = 'meeting' AND replaced_amount IS NULL THEN 1 END) AS meetings,
       COUNT(CASE WHEN kind = 'call' AND replaced_amount IS NULL THEN 1 END) AS calls,
       COUNT(CASE WHEN kind = 'offer' AND replaced_amount IS NULL THEN 1 END) AS offers,
       COUNT(CASE WHEN kind = 'win' AND replaced_amount IS NULL THEN 1 END) AS wins,
       COUNT(CASE WHEN kind = 'loss' AND replaced_amount IS NULL THEN 1 END) AS losses,
       SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered,
       SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced,
       SUM(CASE WHEN kind = 'win' THEN amount END) AS won,
       COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced,
       COALESCE(MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END), MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END), '') AS code,
       CASE WHEN MAX(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) OR MAX(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) OR MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) THEN 1 ELSE 0 END AS mixed
FROM activities WHERE deleted_at IS NULL AND workspace_id = NEW.workspace_id AND seller_id = NEW.seller_id AND occurred_on = NEW.occurred_on
GROUP BY workspace_id, seller_id, occurred_on;
END
""",
    """\
CREATE TRIGGER seller_days_delete AFTER DELETE ON activities WHEN OLD.deleted_at IS NULL BEGIN
DELETE FROM seller_days WHERE workspace_id = OLD.workspace_id AND seller_id = OLD.seller_id AND day = OLD.occurred_on;
INSERT INTO seller_days (workspace_id, seller_id, day, meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)
SELECT workspace_id, seller_id, occurred_on AS day,
       COUNT(CASE WHEN kind = 'meeting' AND replaced_amount IS NULL THEN 1 END) AS meetings,
       COUNT(CASE WHEN kind = 'call' AND replaced_amount IS NULL THEN 1 END) AS calls,
       COUNT(CASE WHEN kind = 'offer' AND replaced_amount IS NULL THEN 1 END) AS offers,
       COUNT(CASE WHEN kind = 'win' AND replaced_amount IS NULL THEN 1 END) AS wins,
       COUNT(CASE WHEN kind = 'loss' AND replaced_amount IS NULL THEN 1 END) AS losses,
       SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered,
       SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced,
       SUM(CASE WHEN kind = 'win' THEN amount END) AS won,
       COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced,
       COALESCE(MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END), MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END), '') AS code,
       CASE WHEN MAX(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) OR MAX(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) OR MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) THEN 1 ELSE 0 END AS mixed
FROM activities WHERE deleted_at IS NULL AND workspace_id = OLD.workspace_id AND seller_id = OLD.seller_id AND occurred_on = OLD.occurred_on
GROUP BY workspace_id, seller_id, occurred_on;
END
""",
    """\
CREATE TRIGGER seller_days_update AFTER UPDATE OF workspace_id, seller_id, occurred_on, kind, deleted_at, currency, amount, replaced_currency, replaced_amount ON activities WHEN (OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL) AND NEW.workspace_id = OLD.workspace_id AND NEW.seller_id = OLD.seller_id AND NEW.occurred_on = OLD.occurred_on BEGIN
DELETE FROM seller_days WHERE workspace_id = NEW.workspace_id AND seller_id = NEW.seller_id AND day = NEW.occurred_on;
INSERT INTO seller_days (workspace_id, seller_id, day, meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)
SELECT workspace_id, seller_id, occurred_on AS day,
       COUNT(CASE WHEN kind = 'meeting' AND replaced_amount IS NULL THEN 1 END) AS meetings,
       COUNT(CASE WHEN kind = 'call' AND replaced_amount IS NULL THEN 1 END) AS calls,
       COUNT(CASE WHEN kind = 'offer' AND replaced_amount IS NULL THEN 1 END) AS offers,
       COUNT(CASE WHEN kind = 'win' AND replaced_amount IS NULL THEN 1 END) AS wins,
       COUNT(CASE WHEN kind = 'loss' AND replaced_amount IS NULL THEN 1 END) AS losses,
       SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered,
       SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced,
       SUM(CASE WHEN kind = 'win' THEN amount END) AS won,
       COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced,
       COALESCE(MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END), MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END), '') AS code,
       CASE WHEN MAX(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) OR MAX(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) OR MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) THEN 1 ELSE 0 END AS mixed
FROM activities WHERE deleted_at IS NULL AND workspace_id = NEW.workspace_id AND seller_id = NEW.seller_id AND occurred_on = NEW.occurred_on
GROUP BY workspace_id, seller_id, occurred_on;
END
""",
    """\
CREATE TRIGGER seller_days_move AFTER UPDATE OF workspace_id, seller_id, occurred_on, kind, deleted_at, currency, amount, replaced_currency, replaced_amount ON activities WHEN (OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL) AND NOT (NEW.workspace_id = OLD.workspace_id AND NEW.seller_id = OLD.seller_id AND NEW.occurred_on = OLD.occurred_on) BEGIN
DELETE FROM seller_days WHERE workspace_id = OLD.workspace_id AND seller_id = OLD.seller_id AND day = OLD.occurred_on;
INSERT INTO seller_days (workspace_id, seller_id, day, meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)
SELECT workspace_id, seller_id, occurred_on AS day,
       COUNT(CASE WHEN kind = 'meeting' AND replaced_amount IS NULL THEN 1 END) AS meetings,
       COUNT(CASE WHEN kind = 'call' AND replaced_amount IS NULL THEN 1 END) AS calls,
       COUNT(CASE WHEN kind = 'offer' AND replaced_amount IS NULL THEN 1 END) AS offers,
       COUNT(CASE WHEN kind = 'win' AND replaced_amount IS NULL THEN 1 END) AS wins,
       COUNT(CASE WHEN kind = 'loss' AND replaced_amount IS NULL THEN 1 END) AS losses,
       SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered,
       SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced,
       SUM(CASE WHEN kind = 'win' THEN amount END) AS won,
       COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced,
       COALESCE(MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END), MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END), '') AS code,
       CASE WHEN MAX(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) OR MAX(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) OR MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) THEN 1 ELSE 0 END AS mixed
FROM activities WHERE deleted_at IS NULL AND workspace_id = OLD.workspace_id AND seller_id = OLD.seller_id AND occurred_on = OLD.occurred_on
GROUP BY workspace_id, seller_id, occurred_on;
DELETE FROM seller_days WHERE workspace_id = NEW.workspace_id AND seller_id = NEW.seller_id AND day = NEW.occurred_on;
INSERT INTO seller_days (workspace_id, seller_id, day, meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)
SELECT workspace_id, seller_id, occurred_on AS day,
       COUNT(CASE WHEN kind = 'meeting' AND replaced_amount IS NULL THEN 1 END) AS meetings,
       COUNT(CASE WHEN kind = 'call' AND replaced_amount IS NULL THEN 1 END) AS calls,
       COUNT(CASE WHEN kind = 'offer' AND replaced_amount IS NULL THEN 1 END) AS offers,
       COUNT(CASE WHEN kind = 'win' AND replaced_amount IS NULL THEN 1 END) AS wins,
       COUNT(CASE WHEN kind = 'loss' AND replaced_amount IS NULL THEN 1 END) AS losses,
       SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered,
       SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced,
       SUM(CASE WHEN kind = 'win' THEN amount END) AS won,
       COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced,
       COALESCE(MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END), MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END), '') AS code,
       CASE WHEN MAX(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) OR MAX(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) OR MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) THEN 1 ELSE 0 END AS mixed
FROM activities WHERE deleted_at IS NULL AND workspace_id = NEW.workspace_id AND seller_id = NEW.seller_id AND occurred_on = NEW.occurred_on
GROUP BY workspace_id, seller_id, occurred_on;
END
""",
)

POSTGRESQL_DDL = (
    """\
CREATE OR REPLACE FUNCTION seller_days_refresh(w text, s integer, d date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(29540, hashtext(w || '/' || s || '/' || d));
  DELETE FROM seller_days WHERE workspace_id = w AND seller_id = s AND day = d;
  INSERT INTO seller_days (workspace_id, seller_id, day, meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)
SELECT workspace_id, seller_id, occurred_on AS day,
       COUNT(CASE WHEN kind = 'meeting' AND replaced_amount IS NULL THEN 1 END) AS meetings,
       COUNT(CASE WHEN kind = 'call' AND replaced_amount IS NULL THEN 1 END) AS calls,
       COUNT(CASE WHEN kind = 'offer' AND replaced_amount IS NULL THEN 1 END) AS offers,
       COUNT(CASE WHEN kind = 'win' AND replaced_amount IS NULL THEN 1 END) AS wins,
       COUNT(CASE WHEN kind = 'loss' AND replaced_amount IS NULL THEN 1 END) AS losses,
       SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered,
       SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced,
       SUM(CASE WHEN kind = 'win' THEN amount END) AS won,
       COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced,
       COALESCE(MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END), MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END), '') AS code,
       CASE WHEN MAX(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) OR MAX(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) OR MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) THEN 1 ELSE 0 END AS mixed
FROM activities WHERE deleted_at IS NULL AND workspace_id = w AND seller_id = s AND occurred_on = d
GROUP BY workspace_id, seller_id, occurred_on;
END
$$
""",
    """\
CREATE OR REPLACE FUNCTION seller_days_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE old_live boolean := false;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    old_live := OLD.deleted_at IS NULL;
    IF old_live THEN
      PERFORM seller_days_refresh(OLD.workspace_id, OLD.seller_id, OLD.occurred_on);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW.deleted_at IS NULL THEN
      IF NOT old_live THEN
        PERFORM seller_days_refresh(NEW.workspace_id, NEW.seller_id, NEW.occurred_on);
      ELSIF (NEW.workspace_id, NEW.seller_id, NEW.occurred_on)
          IS DISTINCT FROM (OLD.workspace_id, OLD.seller_id, OLD.occurred_on) THEN
        PERFORM seller_days_refresh(NEW.workspace_id, NEW.seller_id, NEW.occurred_on);
      END IF;
    END IF;
  END IF;
  RETURN NULL;
END
$$
""",
    """\
CREATE TRIGGER seller_days_insert AFTER INSERT ON activities FOR EACH ROW WHEN (NEW.deleted_at IS NULL) EXECUTE FUNCTION seller_days_on_change()
""",
    """\
CREATE TRIGGER seller_days_delete AFTER DELETE ON activities FOR EACH ROW WHEN (OLD.deleted_at IS NULL) EXECUTE FUNCTION seller_days_on_change()
""",
    """\
CREATE TRIGGER seller_days_update AFTER UPDATE OF workspace_id, seller_id, occurred_on, kind, deleted_at, currency, amount, replaced_currency, replaced_amount ON activities FOR EACH ROW WHEN (OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL) EXECUTE FUNCTION seller_days_on_change()
""",
)

BACKFILL = """\
INSERT INTO seller_days (workspace_id, seller_id, day, meetings, calls, offers, wins, losses, offered, replaced, won, priced, code, mixed)
SELECT workspace_id, seller_id, occurred_on AS day,
       COUNT(CASE WHEN kind = 'meeting' AND replaced_amount IS NULL THEN 1 END) AS meetings,
       COUNT(CASE WHEN kind = 'call' AND replaced_amount IS NULL THEN 1 END) AS calls,
       COUNT(CASE WHEN kind = 'offer' AND replaced_amount IS NULL THEN 1 END) AS offers,
       COUNT(CASE WHEN kind = 'win' AND replaced_amount IS NULL THEN 1 END) AS wins,
       COUNT(CASE WHEN kind = 'loss' AND replaced_amount IS NULL THEN 1 END) AS losses,
       SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered,
       SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced,
       SUM(CASE WHEN kind = 'win' THEN amount END) AS won,
       COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced,
       COALESCE(MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END), MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END), '') AS code,
       CASE WHEN MAX(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) OR MAX(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) OR MIN(CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END) <> MIN(CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL THEN COALESCE(replaced_currency, '') END) THEN 1 ELSE 0 END AS mixed
FROM activities WHERE deleted_at IS NULL
GROUP BY workspace_id, seller_id, occurred_on
"""


def upgrade() -> None:
    op.create_table(
        "seller_days",
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("seller_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTS),
        *(sa.Column(name, sa.Numeric(), nullable=True) for name in AMOUNTS),
        sa.Column("priced", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("mixed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("workspace_id", "seller_id", "day", name=op.f("pk_seller_days")),
        sqlite_with_rowid=False,
    )
    conn = op.get_bind()
    conn.execute(sa.text(BACKFILL))
    for statement in SQLITE_DDL if conn.dialect.name == "sqlite" else POSTGRESQL_DDL:
        conn.execute(sa.text(statement))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON activities")
        op.execute("DROP FUNCTION IF EXISTS seller_days_on_change()")
        op.execute("DROP FUNCTION IF EXISTS seller_days_refresh(text, integer, date)")
    op.drop_table("seller_days")
