"""the nudge pass reads open warm leads from an index of their own

Revision ID: 0018n
Revises: 0017g
Create Date: 2026-11-30 12:00:00.000000

- ix_leads_nudge: a partial index of the open warm and hot leads, by owner and oldest change,
  holding every column the nudge pass reads (storage.aggregates.nudge_leads): the pass no longer
  reads the leads table, which grows with the years as cold, won and lost leads pile up.
- ix_activities_lead: (lead_id) becomes (lead_id, deleted_at, occurred_on), so a lead's last live
  activity (the day a quiet lead is dated from) is read from the index alone. Every query that
  used it by lead_id still does.

The columns and the WHERE are written out here as storage/models.py has them at this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018n"
down_revision = "0017g"
branch_labels = None
depends_on = None

NUDGE_COLUMNS = [
    "owner_id",
    "updated_at",
    "id",
    "workspace_id",
    "status",
    "customer_id",
    "temperature",
    "next_step_due",
    "snoozed_until",
    "nudged_at",
    "offer_amount",
    "currency",
    "next_step",
]
NUDGE_WHERE = "status = 'open' AND temperature IN ('warm', 'hot')"


def upgrade() -> None:
    op.create_index(
        "ix_leads_nudge",
        "leads",
        NUDGE_COLUMNS,
        sqlite_where=sa.text(NUDGE_WHERE),
        postgresql_where=sa.text(NUDGE_WHERE),
    )
    op.drop_index("ix_activities_lead", table_name="activities")
    op.create_index("ix_activities_lead", "activities", ["lead_id", "deleted_at", "occurred_on"])


def downgrade() -> None:
    op.drop_index("ix_activities_lead", table_name="activities")
    op.create_index("ix_activities_lead", "activities", ["lead_id"])
    op.drop_index("ix_leads_nudge", table_name="leads")
