"""a lead's last live activity from the index alone

Revision ID: 0016n
Revises: 0015g
Create Date: 2026-11-30 05:00:00.000000

- ix_activities_lead: (lead_id) -> (lead_id, deleted_at, occurred_on). The nudge pass reads each
  listed lead's last live activity day (max(occurred_on) of its activities not undone): with
  the lead's id alone in the index that read every activity row of the lead, so the pass grew
  with the history; now it is one probe at the index's end. What looked a lead's activities up
  by its id still does.
"""

from __future__ import annotations

from alembic import op

revision = "0016n"
down_revision = "0015g"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_activities_lead", table_name="activities")
    op.create_index("ix_activities_lead", "activities", ["lead_id", "deleted_at", "occurred_on"])


def downgrade() -> None:
    op.drop_index("ix_activities_lead", table_name="activities")
    op.create_index("ix_activities_lead", "activities", ["lead_id"])
