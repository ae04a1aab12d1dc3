"""one goal row per key and first day: two writers at once can no longer leave two

Revision ID: 0023a
Revises: 0022g
Create Date: 2026-12-01 06:30:00.000000

- A unique index on goals over (workspace, team, seller or none, KPI, scope, first day or
  none): the key of one goal row (0022g). Two managers setting the same goal at once, or a
  double click, each found no row and each added one; which one was in force was then
  arbitrary. NULL seller (the team's default or own goal) and NULL starts_on (in force since it
  was set) are coalesced in the index, as NULLs are never equal in a unique index (SQLite, and
  PostgreSQL before NULLS NOT DISTINCT): seller ids start at 1, goal days after 1900.
- Data step first: of duplicates, the latest set is kept (updated_at, then id); the others
  were never the one shown reliably. Their goal_changes rows stay (what a goal was before a
  change is still true).
- Downgrade drops the index (the rows are valid in the older schema as they are).
The SQL is written out here, not imported.
"""

from __future__ import annotations

from alembic import op

revision = "0023a"
down_revision = "0022g"
branch_labels = None
depends_on = None

# The same expressions as storage.models.Goal's index (the models test compares them).
SELLER = "COALESCE(seller_id, 0)"
DAY = "COALESCE(starts_on, '1900-01-01')"

DEDUPLICATE = """\
DELETE FROM goals
WHERE EXISTS (
  SELECT 1 FROM goals g
  WHERE g.workspace_id = goals.workspace_id AND g.team_id = goals.team_id
    AND COALESCE(g.seller_id, 0) = COALESCE(goals.seller_id, 0)
    AND g.kpi = goals.kpi AND g.scope = goals.scope
    AND COALESCE(g.starts_on, '1900-01-01') = COALESCE(goals.starts_on, '1900-01-01')
    AND (g.updated_at > goals.updated_at OR (g.updated_at = goals.updated_at AND g.id > goals.id))
)"""

CREATE = (
    "CREATE UNIQUE INDEX uq_goals_key ON goals "
    f"(workspace_id, team_id, {SELLER}, kpi, scope, {DAY})"
)


def upgrade() -> None:
    op.execute(DEDUPLICATE)
    op.execute(CREATE)


def downgrade() -> None:
    op.execute("DROP INDEX uq_goals_key")
