"""the goals as they were: past weeks against the goals that applied then

Revision ID: 0017g
Revises: 0016d
Create Date: 2026-11-30 11:00:00.000000

- goal_changes: a goal as it was before it was set again or removed (target NULL: there was
  none), and when. A past week's figures are shown against the goals that applied at its end:
  today's goals with every change made since undone. Goals set before this revision have no
  history: they are taken to have applied all along, as they were shown until now.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017g"
down_revision = "0016d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "goal_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("seller_id", sa.Integer(), nullable=True),
        sa.Column("kpi", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=True),
        sa.Column("target", sa.Numeric(16, 2), nullable=True),
        sa.Column("changed_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["seller_id"], ["sellers.id"], name=op.f("fk_goal_changes_seller_id_sellers")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_goal_changes_team_id_sales_teams")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_goal_changes_workspace_id_workspaces"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_changes")),
    )
    op.create_index(
        "ix_goal_changes_team", "goal_changes", ["workspace_id", "team_id", "changed_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_goal_changes_team", table_name="goal_changes")
    op.drop_table("goal_changes")
