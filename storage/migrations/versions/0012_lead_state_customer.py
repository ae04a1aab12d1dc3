"""lead_states.customer_id: a lead deleted since (its last activity undone) is still named in
the past week it was part of

Revision ID: 0012c
Revises: 0011g
Create Date: 2026-11-29 13:45:00.000000

Backfill from the leads that still exist; the states of leads deleted before this revision keep
no customer (such a lead stays left out of the lists of its weeks, as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012c"
down_revision = "0011g"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lead_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("customer_id", sa.Integer(), nullable=True))
    op.execute(
        sa.text(
            "UPDATE lead_states SET customer_id = "
            "(SELECT leads.customer_id FROM leads WHERE leads.id = lead_states.lead_id)"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("lead_states", schema=None) as batch_op:
        batch_op.drop_column("customer_id")
