"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 05:26:25.022427
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

# slack_sdk's own table layouts for multi-workspace OAuth (SLACK_CLIENT_ID / SLACK_CLIENT_SECRET).
OAUTH_TABLES = ("slack_installations", "slack_bots", "slack_oauth_states")


def _oauth_metadata() -> sa.MetaData:
    md = sa.MetaData()
    SQLAlchemyInstallationStore.build_installations_table(md, "slack_installations")
    SQLAlchemyInstallationStore.build_bots_table(md, "slack_bots")
    SQLAlchemyOAuthStateStore.build_oauth_states_table(md, "slack_oauth_states")
    return md


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _oauth_metadata().create_all(op.get_bind())
    op.create_table(
        "workspaces",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspaces")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.String(length=1), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"], name=op.f("fk_customers_workspace_id_workspaces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("workspace_id", "key", name=op.f("uq_customers_workspace_id_key")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customers_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "sales_teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("digest_weekday", sa.Integer(), nullable=False),
        sa.Column("digest_time", sa.String(length=5), nullable=False),
        sa.Column("nudge_hour", sa.Integer(), nullable=False),
        sa.Column("capture_enabled", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"], name=op.f("fk_sales_teams_workspace_id_workspaces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_teams")),
        sa.UniqueConstraint(
            "workspace_id", "channel_id", name=op.f("uq_sales_teams_workspace_id_channel_id")
        ),
    )
    with op.batch_alter_table("sales_teams", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sales_teams_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "sellers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("locale", sa.String(length=16), nullable=True),
        sa.Column("is_workspace_admin", sa.Boolean(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("profile_refreshed_at", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_sellers_team_id_sales_teams")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"], name=op.f("fk_sellers_workspace_id_workspaces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sellers")),
        sa.UniqueConstraint(
            "workspace_id", "slack_user_id", name=op.f("uq_sellers_workspace_id_slack_user_id")
        ),
    )
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sellers_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "leads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("temperature", sa.String(length=16), nullable=True),
        sa.Column("offer_amount", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("offer_sent_on", sa.Date(), nullable=True),
        sa.Column("next_step", sa.String(length=200), nullable=True),
        sa.Column("next_step_due", sa.Date(), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("updated_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("closed_at", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_leads_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["sellers.id"], name=op.f("fk_leads_owner_id_sellers")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_leads_team_id_sales_teams")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"], name=op.f("fk_leads_workspace_id_workspaces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_leads_workspace_owner_status", ["workspace_id", "owner_id", "status"], unique=False
        )
        batch_op.create_index(
            "ix_leads_workspace_status_customer",
            ["workspace_id", "status", "customer_id"],
            unique=False,
        )

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("seller_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("margin_pct", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("temperature", sa.String(length=16), nullable=True),
        sa.Column("next_step", sa.String(length=200), nullable=True),
        sa.Column("next_step_due", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_activities_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_activities_lead_id_leads")
        ),
        sa.ForeignKeyConstraint(
            ["seller_id"], ["sellers.id"], name=op.f("fk_activities_seller_id_sellers")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_activities_team_id_sales_teams")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"], name=op.f("fk_activities_workspace_id_workspaces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
        sa.UniqueConstraint(
            "workspace_id", "source_ref", name=op.f("uq_activities_workspace_id_source_ref")
        ),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activities_customer", ["workspace_id", "customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_activities_seller_date", ["workspace_id", "seller_id", "occurred_on"], unique=False
        )
        batch_op.create_index(
            "ix_activities_team_date", ["workspace_id", "team_id", "occurred_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_team_date")
        batch_op.drop_index("ix_activities_seller_date")
        batch_op.drop_index("ix_activities_customer")

    op.drop_table("activities")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_workspace_status_customer")
        batch_op.drop_index("ix_leads_workspace_owner_status")

    op.drop_table("leads")
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sellers_workspace_id"))

    op.drop_table("sellers")
    with op.batch_alter_table("sales_teams", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_teams_workspace_id"))

    op.drop_table("sales_teams")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_workspace_id"))

    op.drop_table("customers")
    op.drop_table("workspaces")
    _oauth_metadata().drop_all(op.get_bind())
