"""customers a manager keeps clean: an organisation number, an account owner, taken off the list

Revision ID: 0007c
Revises: 0008s
Create Date: 2026-11-29 05:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007c"
down_revision = "0008s"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("org_number", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("removed_at", sa.TIMESTAMP(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_customers_owner_id_sellers"), "sellers", ["owner_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_customers_owner_id_sellers"), type_="foreignkey")
        batch_op.drop_column("removed_at")
        batch_op.drop_column("owner_id")
        batch_op.drop_column("org_number")
