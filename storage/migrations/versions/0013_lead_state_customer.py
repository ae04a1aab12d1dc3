"""lead ids are never reused, and lead_states keep the lead's customer: a lead deleted since (its
last activity undone) is still named, rightly, in the past week it was part of

Revision ID: 0013c
Revises: 0012m
Create Date: 2026-11-29 13:45:00.000000

On SQLite the leads table is rebuilt with AUTOINCREMENT (SQLite otherwise gives the highest id
again after a delete, and the history of the deleted lead would be read as the new one's); its
sequence starts above every id the history has seen. PostgreSQL's sequences never reuse an id.

lead_states.customer_id is filled from the leads that still exist; the states of leads deleted
before this revision keep no customer (such a lead stays left out of its weeks' lists).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013c"
down_revision = "0012m"
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
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(
            "leads", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
        op.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = 'leads'"))
        op.execute(
            sa.text(
                "INSERT INTO sqlite_sequence (name, seq) SELECT 'leads', "
                "max(coalesce((SELECT max(id) FROM leads), 0),"
                " coalesce((SELECT max(lead_id) FROM lead_states), 0))"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("lead_states", schema=None) as batch_op:
        batch_op.drop_column("customer_id")
