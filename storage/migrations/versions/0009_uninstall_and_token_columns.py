"""uninstalled workspaces; room for encrypted tokens

Revision ID: 0009p
Revises: 0007c
Create Date: 2026-11-29 06:00:00.000000

A workspace that uninstalled the app keeps its data for a grace period (`uninstalled_at`).
Bot and user tokens, encrypted when KPIBOT_ENCRYPTION_KEY is set, no longer fit slack_sdk's
String(200): its token columns become TEXT (same values, only wider)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009p"
down_revision = "0007c"
branch_labels = None
depends_on = None

TOKEN_COLUMNS = {
    "slack_installations": ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token"),
    "slack_bots": ("bot_token", "bot_refresh_token"),
}


def upgrade() -> None:
    with op.batch_alter_table("workspaces", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uninstalled_at", sa.TIMESTAMP(timezone=True), nullable=True))
    for table, columns in TOKEN_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(
                    column, existing_type=sa.String(200), type_=sa.Text(), existing_nullable=True
                )


def downgrade() -> None:
    for table, columns in TOKEN_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(
                    column, existing_type=sa.Text(), type_=sa.String(200), existing_nullable=True
                )
    with op.batch_alter_table("workspaces", schema=None) as batch_op:
        batch_op.drop_column("uninstalled_at")
