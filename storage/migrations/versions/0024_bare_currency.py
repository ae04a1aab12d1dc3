"""what a seller's bare amount is in, when their krone is not their team's currency

Revision ID: 0024a
Revises: 0023a
Create Date: 2026-12-01 09:00:00.000000

- bare_currencies: per seller and team, the currency a bare amount (no currency word or sign:
  "450.000") from that seller is in, as they chose it when asked once (a Dane in a NOK team: DKK
  or NOK), or with `/kpi currency`. No row: not chosen yet (asked at their next bare amount); a
  seller moved to another team is asked there. A table of its own, not columns on sellers, so
  that a seller row written as an older revision knew it stays valid.
Nothing to fill in: nobody has chosen yet. Downgrade drops the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024a"
down_revision = "0023a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bare_currencies",
        sa.Column("seller_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("chosen_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["seller_id"], ["sellers.id"], name=op.f("fk_bare_currencies_seller_id_sellers")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_bare_currencies_team_id_sales_teams")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_bare_currencies_workspace_id_workspaces"),
        ),
        sa.PrimaryKeyConstraint("seller_id", "team_id", name=op.f("pk_bare_currencies")),
    )


def downgrade() -> None:
    op.drop_table("bare_currencies")
