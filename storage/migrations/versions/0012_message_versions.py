"""message versions: the newest edit (or the deletion) of a team-channel message read so far

Revision ID: 0012m
Revises: 0011g
Create Date: 2026-11-29 13:00:00.000000

An edit or a deletion Slack delivers before the message itself, or an older edit after a newer
one, is recognised as stale instead of counted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012m"
down_revision = "0011g"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=False),
        sa.Column("edited_ts", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_message_versions_workspace_id_workspaces"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_versions")),
        sa.UniqueConstraint(
            "workspace_id",
            "channel",
            "ts",
            name=op.f("uq_message_versions_workspace_id_channel_ts"),
        ),
    )


def downgrade() -> None:
    op.drop_table("message_versions")
