"""a goal set for a period to come is kept, from that period's first day

Revision ID: 0022g
Revises: 0021j
Create Date: 2026-12-01 03:30:00.000000

- goals.starts_on: the day (the team's) a goal takes effect; NULL: in force since it was set.
  "/kpi goal revenue 1.5m for Q2" said on 30 March is stored with starts_on 1 April beside the
  goal now in force, which holds until then (was: refused, "goal_ahead"). Per team, seller and
  KPI, the goal in force on a day is the row with the latest starts_on on or before it (NULL
  before any day); a row whose day has not come is listed as coming.
- goal_changes.starts_on: which of those rows a change was made to, so a past week's goals
  (today's with every change since undone) are rebuilt row by row.
- Existing rows keep NULL: in force as before. Columns added in place on both databases (no
  table rebuild); the SQL is written out here, not imported. Downgrade keeps, per key, the
  goal in force on the day it runs (UTC): goals still to come and those a started one replaced
  are deleted (the older schema holds one row per key), changes to them too, then both
  columns go.
"""

from __future__ import annotations

from alembic import op

revision = "0022g"
down_revision = "0021j"
branch_labels = None
depends_on = None

ADD = (
    "ALTER TABLE goals ADD COLUMN starts_on DATE",
    "ALTER TABLE goal_changes ADD COLUMN starts_on DATE",
)

# Before the columns go: one row per key again, the one in force today.
UNDO = (
    """\
DELETE FROM goals
WHERE starts_on > CURRENT_DATE
   OR EXISTS (
     SELECT 1 FROM goals h
     WHERE h.workspace_id = goals.workspace_id AND h.team_id = goals.team_id
       AND h.kpi = goals.kpi AND h.scope = goals.scope
       AND COALESCE(h.seller_id, 0) = COALESCE(goals.seller_id, 0)
       AND h.id <> goals.id AND h.starts_on <= CURRENT_DATE
       AND COALESCE(goals.starts_on, '1900-01-01') < h.starts_on
   )""",
    "DELETE FROM goal_changes WHERE starts_on IS NOT NULL",
    "ALTER TABLE goals DROP COLUMN starts_on",
    "ALTER TABLE goal_changes DROP COLUMN starts_on",
)


def upgrade() -> None:
    for statement in ADD:
        op.execute(statement)


def downgrade() -> None:
    # In place on both (SQLite 3.35+), as 0021j drops its column.
    for statement in UNDO:
        op.execute(statement)
