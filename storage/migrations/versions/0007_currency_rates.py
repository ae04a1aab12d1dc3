"""currency rates per team, dated

Revision ID: 0007r
Revises: 0006
Create Date: 2026-11-29 05:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007r"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "currency_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Numeric(18, 6), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_currency_rates_workspace_id_workspaces"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_currency_rates_team_id_sales_teams")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_currency_rates")),
        sa.UniqueConstraint(
            "workspace_id",
            "team_id",
            "currency",
            "valid_from",
            name=op.f("uq_currency_rates_workspace_id_team_id_currency_valid_from"),
        ),
    )


def downgrade() -> None:
    op.drop_table("currency_rates")
