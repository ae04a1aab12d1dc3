"""joining a team from no team is kept: a past week's team leaves out who joined it later

Revision ID: 0021j
Revises: 0020s
Create Date: 2026-11-30 20:00:00.000000

- team_moves.joined: a row with joined true says the seller joined team_id from no team at
  moved_at (was: not kept, so a seller who joined after a week was in that week's /teamstatus
  and team goal, though the digest posted about it had neither). Rows with joined false are as
  before: the seller left team_id (for another team, or none). A past week's team is its
  members at the week's end: each seller's first row after it says where they were then (a
  team left, or none when it is a join).
- Backfill: when a seller joined was not kept, and a team's members at its first setup were
  the team before kpibot knew it (taken to have been in it all along, as the app takes them
  from now on too). So a join row is added only for a member who cannot have been one at the
  setup: their seller row was made, or their last move kept in team_moves (0019t) was, on a
  later day (UTC) than the team's setup; at the latest of those two moments, the earliest the
  join can have happened (a row is made when someone joins a channel or first uses kpibot).
  A past week before that moment has them in no team; a week after it has them as before
  (they may have joined later still). Members since the setup day are kept as they were shown
  until now. A seller who logged something in a week is in it whenever they joined (the
  reports' rule, not this migration's).

Column added in place on both databases (no table rebuild); the SQL is written out here, not
imported. Downgrade deletes the join rows and drops the column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021j"
down_revision = "0020s"
branch_labels = None
depends_on = None

# The latest of the seller row's creation and their last move (NULL when they never moved):
# SQLite's scalar MAX(), PostgreSQL's GREATEST; and the UTC day of a moment.
_SINCE = {
    "sqlite": "MAX(s.created_at, COALESCE(m.last, s.created_at))",
    "postgresql": "GREATEST(s.created_at, COALESCE(m.last, s.created_at))",
}
_DAY = {
    "sqlite": "date({})",
    "postgresql": "CAST(({}) AT TIME ZONE 'UTC' AS date)",
}

BACKFILL = """\
INSERT INTO team_moves (workspace_id, seller_id, team_id, moved_at, joined)
SELECT s.workspace_id, s.id, s.team_id, {since}, {true}
FROM sellers s
JOIN sales_teams t ON t.id = s.team_id
LEFT JOIN (SELECT seller_id, MAX(moved_at) AS last FROM team_moves GROUP BY seller_id) m
  ON m.seller_id = s.id
WHERE s.team_id IS NOT NULL AND {since_day} > {setup_day}
ORDER BY s.id
"""

UNDO = "DELETE FROM team_moves WHERE joined = {true}"


def _dialect() -> str:
    return op.get_bind().dialect.name


def _true() -> str:
    return "1" if _dialect() == "sqlite" else "true"


def upgrade() -> None:
    op.add_column(
        "team_moves",
        sa.Column("joined", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    dialect = _dialect()
    since, day = _SINCE[dialect], _DAY[dialect]
    op.execute(
        BACKFILL.format(
            since=since,
            true=_true(),
            since_day=day.format(since),
            setup_day=day.format("t.created_at"),
        )
    )


def downgrade() -> None:
    op.execute(UNDO.format(true=_true()))
    # In place on both (SQLite 3.35+), as 0020s drops its columns.
    op.execute("ALTER TABLE team_moves DROP COLUMN joined")
