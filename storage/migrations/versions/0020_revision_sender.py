"""whose result a revision is: the offer's sender, stored

Revision ID: 0020s
Revises: 0019t
Create Date: 2026-11-30 15:00:00.000000

- leads.offer_sent_by: who sent the offer counted as sent (the one offer_sent_on dates).
- activities.sender_id: on a revision of an offer another seller sent (the lead was handed over
  since, or merged), that seller; NULL on every other row. A team's figures read the revisions
  of its sellers' offers made by anyone from the partial index ix_activities_sender; a revision
  by a seller of another team used to be left out of the sender's team's figures.
- Filled from the live entries as recording.rebuild replays a lead (oldest first): a lead's
  sent offer is its newest live offer that revised nothing, and a revision's sender that of
  the newest such offer logged before it on its lead.

No foreign keys: like lead_states' ids, values of the ledger's history. Columns added in place
(no table rebuilt on SQLite: the seller_days triggers on activities stay as they are); the SQL is
written out here, not imported.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020s"
down_revision = "0019t"
branch_labels = None
depends_on = None

SENDER_WHERE = "sender_id IS NOT NULL"

FILL_LEADS = """\
UPDATE leads SET offer_sent_by = (
  SELECT sent.seller_id FROM activities sent
  WHERE sent.lead_id = leads.id AND sent.kind = 'offer' AND sent.deleted_at IS NULL
    AND sent.replaced_amount IS NULL
  ORDER BY sent.id DESC LIMIT 1)
WHERE offer_sent_on IS NOT NULL
"""

FILL_ACTIVITIES = """\
UPDATE activities SET sender_id = (
  SELECT sent.seller_id FROM activities sent
  WHERE sent.lead_id = activities.lead_id AND sent.id < activities.id AND sent.kind = 'offer'
    AND sent.deleted_at IS NULL AND sent.replaced_amount IS NULL
  ORDER BY sent.id DESC LIMIT 1)
WHERE kind = 'offer' AND replaced_amount IS NOT NULL AND deleted_at IS NULL
  AND lead_id IS NOT NULL
"""

# A revision of the seller's own offer names no sender.
OWN = "UPDATE activities SET sender_id = NULL WHERE sender_id = seller_id"


def upgrade() -> None:
    op.add_column("leads", sa.Column("offer_sent_by", sa.Integer(), nullable=True))
    op.add_column("activities", sa.Column("sender_id", sa.Integer(), nullable=True))
    op.execute(FILL_LEADS)
    op.execute(FILL_ACTIVITIES)
    op.execute(OWN)
    op.create_index(
        "ix_activities_sender",
        "activities",
        ["workspace_id", "sender_id", "occurred_on"],
        sqlite_where=sa.text(SENDER_WHERE),
        postgresql_where=sa.text(SENDER_WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_activities_sender", table_name="activities")
    # In place on both (SQLite 3.35+): a batch rebuild of activities would drop its triggers.
    op.execute("ALTER TABLE activities DROP COLUMN sender_id")
    op.execute("ALTER TABLE leads DROP COLUMN offer_sent_by")
