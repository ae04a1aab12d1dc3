"""team goals: goals.scope tells a team's own goal (the sum it aims for) from each seller's

Revision ID: 0011g
Revises: 0007h
Create Date: 2026-11-29 07:30:00.000000

Existing goals are each seller's (a team default or a seller's own): scope "seller".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011g"
down_revision = "0007h"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("scope", sa.String(length=8), nullable=False, server_default="seller")
        )


def downgrade() -> None:
    # A team's own goals have no place in the old schema: they go with the column.
    op.execute(sa.text("DELETE FROM goals WHERE scope = 'team'"))
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_column("scope")
