"""the ledger: server-side questions, offer revisions, the team's amount ceiling

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 05:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SELLER_WEEK = [
    "workspace_id",
    "seller_id",
    "occurred_on",
    "kind",
    "deleted_at",
    "currency",
    "amount",
]
_REVISION = ["replaced_currency", "replaced_amount"]


def upgrade() -> None:
    op.create_table(
        "pending_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("answered_at", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_pending_questions_workspace_id_workspaces"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_questions")),
        sa.UniqueConstraint("token", name=op.f("uq_pending_questions_token")),
    )
    op.create_index("ix_pending_questions_ref", "pending_questions", ["workspace_id", "source_ref"])
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaced_amount", sa.Numeric(16, 2), nullable=True))
        batch_op.add_column(sa.Column("replaced_currency", sa.String(length=3), nullable=True))
    with op.batch_alter_table("sales_teams", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amount_ceiling", sa.Numeric(16, 2), nullable=True))
    # The KPI aggregates read the revision columns too: keep them answered from the index alone.
    op.drop_index("ix_activities_seller_week", table_name="activities")
    op.create_index("ix_activities_seller_week", "activities", [*_SELLER_WEEK, *_REVISION])


def downgrade() -> None:
    op.drop_index("ix_activities_seller_week", table_name="activities")
    op.create_index("ix_activities_seller_week", "activities", _SELLER_WEEK)
    with op.batch_alter_table("sales_teams", schema=None) as batch_op:
        batch_op.drop_column("amount_ceiling")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_column("replaced_currency")
        batch_op.drop_column("replaced_amount")
    op.drop_index("ix_pending_questions_ref", table_name="pending_questions")
    op.drop_table("pending_questions")
