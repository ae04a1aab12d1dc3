"""indexes for the scheduler and the KPI aggregates at scale

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 09:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_activities_seller_week",
        "activities",
        ["workspace_id", "seller_id", "occurred_on", "kind", "deleted_at", "currency", "amount"],
    )
    op.drop_index("ix_activities_seller_date", table_name="activities")
    op.create_index(
        "ix_activities_customer_date",
        "activities",
        ["workspace_id", "customer_id", "occurred_on", "id", "deleted_at", "seller_id"],
    )
    op.create_index(
        "ix_activities_customer_kind",
        "activities",
        ["workspace_id", "customer_id", "kind", "occurred_on", "deleted_at", "id"],
    )
    op.drop_index("ix_activities_customer", table_name="activities")
    op.create_index(
        "ix_activities_seller_created", "activities", ["workspace_id", "seller_id", "created_at"]
    )
    op.create_index("ix_claims_kind_period", "claims", ["kind", "period"])
    op.create_index("ix_customers_workspace_tier", "customers", ["workspace_id", "tier"])
    op.create_index(
        "ix_leads_workspace_owner_status_temp",
        "leads",
        ["workspace_id", "owner_id", "status", "temperature"],
    )
    op.drop_index("ix_leads_workspace_owner_status", table_name="leads")


def downgrade() -> None:
    op.create_index(
        "ix_leads_workspace_owner_status", "leads", ["workspace_id", "owner_id", "status"]
    )
    op.drop_index("ix_leads_workspace_owner_status_temp", table_name="leads")
    op.drop_index("ix_customers_workspace_tier", table_name="customers")
    op.drop_index("ix_claims_kind_period", table_name="claims")
    op.drop_index("ix_activities_seller_created", table_name="activities")
    op.create_index("ix_activities_customer", "activities", ["workspace_id", "customer_id"])
    op.drop_index("ix_activities_customer_kind", table_name="activities")
    op.drop_index("ix_activities_customer_date", table_name="activities")
    op.create_index(
        "ix_activities_seller_date", "activities", ["workspace_id", "seller_id", "occurred_on"]
    )
    op.drop_index("ix_activities_seller_week", table_name="activities")
