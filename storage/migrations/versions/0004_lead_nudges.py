"""lead nudges

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 06:31:28.074919
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nudged_at", sa.TIMESTAMP(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("snoozed_until", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_column("snoozed_until")
        batch_op.drop_column("nudged_at")
