"""a seller whose Slack account was deactivated

Revision ID: 0015g
Revises: 0014p
Create Date: 2026-11-30 02:00:00.000000

- sellers.gone_at: when Slack said the account was deactivated (user_change, users.info). Such
  a seller gets no DMs (nudges, weekly summaries); their past entries stay in the figures.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015g"
down_revision = "0014p"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gone_at", sa.TIMESTAMP(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.drop_column("gone_at")
