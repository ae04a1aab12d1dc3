"""a next step's time of day is a column of its own, no longer kept in its words

Revision ID: 0025a
Revises: 0024a
Create Date: 2026-12-01 15:00:00.000000

- leads.next_step_time, leads.set_next_step_time, activities.next_step_time (nullable TIME): the
  time a step was planned at (the plan form's timepicker, a command's "kl 10"). None: a day alone.
- ix_leads_nudge holds next_step_time too (the nudge DM shows the step's time; the pass reads
  the index alone), so it is made anew with the columns storage/models.py has at this revision.
- Data: nudge24 kept the plan form's time at the end of the step's words, "demo 10:00" (exactly
  " HH:MM", written by nothing else: the readers keep a command's time as typed, "kl 10").
  Those rows get the time moved to the column and the words back to "demo". A command's "kl 10"
  (readers24) is left in the words of rows already stored: it was typed, not picked, and its
  reading ("kl 10", "2pm", "10.30") is the code's, not a migration's to freeze.
Downgrade puts a moved time back at the end of the words (" HH:MM", as nudge24 kept it) and
drops the columns, the index as it was.
"""

from __future__ import annotations

import re
from datetime import time

import sqlalchemy as sa
from alembic import op

revision = "0025a"
down_revision = "0024a"
branch_labels = None
depends_on = None

OLD_NUDGE_COLUMNS = [
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
# What nudge24 appended to a step's words: one space, then the timepicker's "HH:MM".
_PICKED = re.compile(r"^(?P<what>.*\S) (?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)$", re.DOTALL)

# (text column, time column) per table
_PAIRS = {
    "leads": (("next_step", "next_step_time"), ("set_next_step", "set_next_step_time")),
    "activities": (("next_step", "next_step_time"),),
}


def _nudge_index(columns: list[str]) -> None:
    op.create_index(
        "ix_leads_nudge",
        "leads",
        columns,
        sqlite_where=sa.text(NUDGE_WHERE),
        postgresql_where=sa.text(NUDGE_WHERE),
    )


def _split(text: str | None) -> tuple[str, time] | None:
    found = _PICKED.match(text or "")
    if found is None:
        return None
    return found["what"], time(int(found["h"]), int(found["m"]))


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("next_step_time", sa.Time(), nullable=True))
        batch.add_column(sa.Column("set_next_step_time", sa.Time(), nullable=True))
    with op.batch_alter_table("activities") as batch:
        batch.add_column(sa.Column("next_step_time", sa.Time(), nullable=True))
    op.drop_index("ix_leads_nudge", table_name="leads")
    _nudge_index([*OLD_NUDGE_COLUMNS, "next_step_time"])
    _move(to_column=True)


def downgrade() -> None:
    _move(to_column=False)
    op.drop_index("ix_leads_nudge", table_name="leads")
    with op.batch_alter_table("activities") as batch:
        batch.drop_column("next_step_time")
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("set_next_step_time")
        batch.drop_column("next_step_time")
    _nudge_index(OLD_NUDGE_COLUMNS)


def _move(*, to_column: bool) -> None:
    """Upgrade: " HH:MM" at the end of a step's words goes to its time column. Downgrade: a
    time in the column goes back to the end of the words. Row by row, in Python: one reading
    of the text on both databases."""
    bind = op.get_bind()
    for name, pairs in _PAIRS.items():
        for words, clock in pairs:
            table = sa.table(
                name,
                sa.column("id", sa.Integer),
                sa.column(words, sa.String),
                sa.column(clock, sa.Time),
            )
            if to_column:
                rows = bind.execute(
                    sa.select(table.c.id, table.c[words]).where(table.c[words].like("% __:__"))
                )
                for row_id, text in rows.all():
                    split = _split(text)
                    if split is not None:
                        bind.execute(
                            table.update()
                            .where(table.c.id == row_id)
                            .values({words: split[0], clock: split[1]})
                        )
            else:
                rows = bind.execute(
                    sa.select(table.c.id, table.c[words], table.c[clock]).where(
                        table.c[clock].is_not(None)
                    )
                )
                for row_id, text, at in rows.all():
                    said = f"{(text or '')[:194]} {at.strftime('%H:%M')}".strip()
                    bind.execute(table.update().where(table.c.id == row_id).values({words: said}))
