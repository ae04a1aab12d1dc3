"""the team as it was: a past week's team is the sellers in it at the week's end

Revision ID: 0019t
Revises: 0018n
Create Date: 2026-11-30 12:00:00.000000

- team_moves: a seller left a team (for another, or none), and when. A week that has ended is
  shown with the sellers who were in the team at its end: today's members with every move made
  since undone. Moves before this revision were not kept: sellers are taken to have been in
  their team all along, as they were shown until now.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019t"
down_revision = "0018n"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("seller_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("moved_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["seller_id"], ["sellers.id"], name=op.f("fk_team_moves_seller_id_sellers")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_team_moves_team_id_sales_teams")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_team_moves_workspace_id_workspaces"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_moves")),
    )
    op.create_index("ix_team_moves_workspace", "team_moves", ["workspace_id", "moved_at"])


def downgrade() -> None:
    op.drop_index("ix_team_moves_workspace", table_name="team_moves")
    op.drop_table("team_moves")
