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
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage import seller_days

revision = "0016d"
down_revision = "0015g"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seller_days",
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("seller_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in seller_days.COUNTS),
        *(sa.Column(name, sa.Numeric(), nullable=True) for name in seller_days.AMOUNTS),
        sa.Column("priced", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("mixed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("workspace_id", "seller_id", "day", name=op.f("pk_seller_days")),
        sqlite_with_rowid=False,
    )
    conn = op.get_bind()
    seller_days.backfill(conn)
    seller_days.create_triggers(conn)


def downgrade() -> None:
    seller_days.drop_triggers(op.get_bind())
    op.drop_table("seller_days")
