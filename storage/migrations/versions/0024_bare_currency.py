"""what a seller's bare amount is in, when their krone is not their team's currency

Revision ID: 0024a
Revises: 0023a
Create Date: 2026-12-01 09:00:00.000000

- sellers.bare_currency: the currency a bare amount (no currency word or sign: "450.000") from
  this seller is in, as they chose it when asked once (a Dane in a NOK team: DKK or NOK). None:
  not chosen yet (asked at their next bare amount).
- sellers.bare_currency_team_id: the team it was chosen in. In another team (moved since) the
  choice does not apply and is asked again. No foreign key: a stale id only means "not here".
Nothing to fill in: nobody has chosen yet. Downgrade drops both columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024a"
down_revision = "0023a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bare_currency", sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column("bare_currency_team_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.drop_column("bare_currency_team_id")
        batch_op.drop_column("bare_currency")
