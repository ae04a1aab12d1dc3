"""each lead's history: lead_states, one row per state with valid-from and valid-to times

Revision ID: 0007h
Revises: 0009p
Create Date: 2026-11-29 05:00:00.000000

Backfill: one row per existing lead, its current state, valid from the lead's last change
(updated_at). Earlier states were not kept, so a week that ended before a lead's last change
does not show that lead (never a state from after the week under its heading).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007h"
# After main's 0007r (currency rates), 0008s (non-selling managers) and 0007c (customers).
down_revision = "0009p"
branch_labels = None
depends_on = None

_ASOF = [
    "workspace_id",
    "owner_id",
    "status",
    "valid_to",
    "valid_from",
    "temperature",
    "next_step_due",
    "offer_sent_on",
    "currency",
    "offer_amount",
    "lead_id",
]


def upgrade() -> None:
    op.create_table(
        "lead_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("temperature", sa.String(length=16), nullable=True),
        sa.Column("offer_amount", sa.Numeric(16, 2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("offer_sent_on", sa.Date(), nullable=True),
        sa.Column("next_step_due", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("valid_to", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["sellers.id"], name=op.f("fk_lead_states_owner_id_sellers")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sales_teams.id"], name=op.f("fk_lead_states_team_id_sales_teams")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"], name=op.f("fk_lead_states_workspace_id_workspaces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_states")),
    )
    op.execute(
        "INSERT INTO lead_states (workspace_id, lead_id, owner_id, team_id, status, temperature,"
        " offer_amount, currency, offer_sent_on, next_step_due, valid_from, valid_to)"
        " SELECT workspace_id, id, owner_id, team_id, status, temperature, offer_amount,"
        " currency, offer_sent_on, next_step_due, COALESCE(updated_at, created_at), NULL"
        " FROM leads ORDER BY id"
    )
    op.create_index("ix_lead_states_asof", "lead_states", _ASOF)
    op.create_index("ix_lead_states_lead", "lead_states", ["lead_id", "valid_to"])
    # A lead's activities: undo rebuilds a lead from them, and the open offers' revisions are
    # listed from them (without it both read every activity of the workspace).
    op.create_index("ix_activities_lead", "activities", ["lead_id"])
    # Undone activities only: a past week's closing rate counts what was undone after it.
    undone = sa.text("deleted_at IS NOT NULL")
    op.create_index(
        "ix_activities_undone",
        "activities",
        ["workspace_id", "seller_id", "deleted_at"],
        sqlite_where=undone,
        postgresql_where=undone,
    )


def downgrade() -> None:
    op.drop_index("ix_activities_lead", table_name="activities")
    op.drop_index("ix_activities_undone", table_name="activities")
    op.drop_index("ix_lead_states_lead", table_name="lead_states")
    op.drop_index("ix_lead_states_asof", table_name="lead_states")
    op.drop_table("lead_states")
