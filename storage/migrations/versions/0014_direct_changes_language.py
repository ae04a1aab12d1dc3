"""what was set on a lead directly, which lead an activity was logged on and which leads were
merged, and a seller's own language

Revision ID: 0014p
Revises: 0013c
Create Date: 2026-11-29 15:40:00.000000

- leads.set_*: the newest direct change of the temperature and of the next step, and when, so
  that undo rebuilds a lead from its entries and these in the order they were made. Filled for
  the leads whose temperature or next step differs from what their live entries make (a direct
  change, made at the lead's last change at the latest).
- activities.origin_lead_id and lead_merges: which lead an offer was part of at a past moment,
  also after that lead was merged into another or deleted. Filled from activities.lead_id (an
  entry unlinked before this revision stays unknown, and is found the old way).
- sellers.language: `/kpi language` (None: Slack's locale and the team's language).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014p"
down_revision = "0013c"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("set_temperature", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("set_temperature_at", sa.TIMESTAMP(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("set_next_step", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("set_next_step_due", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("set_next_step_at", sa.TIMESTAMP(timezone=True), nullable=True)
        )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin_lead_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
    op.create_table(
        "lead_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=32), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("into_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.TIMESTAMP(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"], name=op.f("fk_lead_merges_workspace_id_workspaces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_merges")),
    )
    op.create_index(
        "ix_lead_merges_workspace_at", "lead_merges", ["workspace_id", "at"], unique=False
    )
    op.execute(sa.text("UPDATE activities SET origin_lead_id = lead_id WHERE lead_id IS NOT NULL"))
    op.create_index("ix_activities_origin_lead", "activities", ["origin_lead_id"], unique=False)
    # The newest live entry on the lead that set each thing.
    said = (
        "(SELECT a.{col} FROM activities a WHERE a.lead_id = leads.id"
        " AND a.deleted_at IS NULL AND a.{col} IS NOT NULL ORDER BY a.id DESC LIMIT 1)"
    )
    offered = (
        "EXISTS (SELECT 1 FROM activities a WHERE a.lead_id = leads.id"
        " AND a.deleted_at IS NULL AND a.kind = 'offer')"
    )
    op.execute(
        sa.text(
            "UPDATE leads SET set_temperature = temperature, set_temperature_at = updated_at"
            f" WHERE temperature IS NOT NULL AND temperature <> coalesce({said.format(col='temperature')}, '')"
            f" AND NOT (temperature = 'warm' AND {said.format(col='temperature')} IS NULL AND {offered})"
        )
    )
    op.execute(
        sa.text(
            "UPDATE leads SET set_next_step = next_step, set_next_step_due = next_step_due,"
            " set_next_step_at = updated_at WHERE next_step_due IS NOT NULL"
            f" AND next_step_due <> coalesce({said.format(col='next_step_due')}, '1900-01-01')"
        )
    )


def downgrade() -> None:
    op.drop_index("ix_lead_merges_workspace_at", table_name="lead_merges")
    op.drop_table("lead_merges")
    with op.batch_alter_table("sellers", schema=None) as batch_op:
        batch_op.drop_column("language")
    op.drop_index("ix_activities_origin_lead", table_name="activities")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_column("origin_lead_id")
    with op.batch_alter_table(
        "leads", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        for name in (
            "set_next_step_at",
            "set_next_step_due",
            "set_next_step",
            "set_temperature_at",
            "set_temperature",
        ):
            batch_op.drop_column(name)
