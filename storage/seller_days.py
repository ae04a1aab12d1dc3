"""The per-seller, per-day summary of live activities (`seller_days`), kept by the database.

The reports' day pass (storage.aggregates.team_counts) reads one row per seller and day instead
of every activity (3.8 a seller-day in the benchmark). Each row is what a fresh GROUP BY over that
day's live activities gives: a count per kind (revisions not counted), the offered, replaced and
won sums and how many wins carry an amount, and the day's one currency (`code`; '' when the
amounts carry none, which means the team's) or `mixed` = 1 when its amounts are in more than one
(then the reports read that day's amounts from the activities, each in its own currency).

Triggers on `activities`, one set per dialect, recompute the day of the row before and the day of
the row after every insert, delete and update of a column the summary reads, so no write path
(logging, edits, undo, revisions, hand-over, a seller merge, the retention purge, raw SQL) can
leave it behind: recomputing, not adding and subtracting, keeps it exact whatever the order of the
changes. On PostgreSQL one transaction at a time recomputes a given day (an advisory lock taken in
the trigger; each statement of the trigger function then reads what the other committed), so two
replicas logging for the same seller and day never miss each other's row.

`drift` compares the table with a fresh GROUP BY (the suite checks it after every Slack-level
test); `backfill` fills it in one statement (migration 0016, bench/generate.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

TABLE = "seller_days"
COUNTS = ("meetings", "calls", "offers", "wins", "losses")
KIND_OF = dict(zip(COUNTS, ("meeting", "call", "offer", "win", "loss"), strict=True))
AMOUNTS = ("offered", "replaced", "won")
COLUMNS = ("workspace_id", "seller_id", "day", *COUNTS, *AMOUNTS, "priced", "code", "mixed")
# The columns of `activities` the summary reads: an update of any other fires nothing.
READ = (
    "workspace_id",
    "seller_id",
    "occurred_on",
    "kind",
    "deleted_at",
    "currency",
    "amount",
    "replaced_currency",
    "replaced_amount",
)
# Advisory-lock space of the day recomputations on PostgreSQL (pg_advisory_xact_lock(space, key)).
LOCK_SPACE = 0x7364  # "sd"

# A money part's currency class: '' = none written (the team's).
_AMOUNT_CODE = (
    "CASE WHEN kind IN ('offer', 'win') AND amount IS NOT NULL THEN COALESCE(currency, '') END"
)
_REPLACED_CODE = (
    "CASE WHEN kind = 'offer' AND replaced_amount IS NOT NULL "
    "THEN COALESCE(replaced_currency, '') END"
)


def _aggregates() -> str:
    counts = [
        f"COUNT(CASE WHEN kind = '{KIND_OF[name]}' AND replaced_amount IS NULL THEN 1 END)"
        f" AS {name}"
        for name in COUNTS
    ]
    a, r = _AMOUNT_CODE, _REPLACED_CODE
    return ",\n       ".join(
        [
            *counts,
            "SUM(CASE WHEN kind = 'offer' THEN amount END) AS offered",
            "SUM(CASE WHEN kind = 'offer' THEN replaced_amount END) AS replaced",
            "SUM(CASE WHEN kind = 'win' THEN amount END) AS won",
            "COUNT(CASE WHEN kind = 'win' THEN amount END) AS priced",
            f"COALESCE(MIN({a}), MIN({r}), '') AS code",
            f"CASE WHEN MAX({a}) <> MIN({a}) OR MAX({r}) <> MIN({r}) OR MIN({a}) <> MIN({r})"
            " THEN 1 ELSE 0 END AS mixed",
        ]
    )


def fresh_select(where: str = "") -> str:
    """The summary's rows as a GROUP BY over live activities (`where`: more conditions)."""
    extra = f" AND {where}" if where else ""
    return (
        "SELECT workspace_id, seller_id, occurred_on AS day,\n       "
        + _aggregates()
        + f"\nFROM activities WHERE deleted_at IS NULL{extra}"
        + "\nGROUP BY workspace_id, seller_id, occurred_on"
    )


_INSERT = f"INSERT INTO {TABLE} ({', '.join(COLUMNS)})\n"


def _refresh_sqlite(row: str) -> str:
    """The trigger statements recomputing the day of `row` (NEW or OLD) on SQLite."""
    key = (
        f"workspace_id = {row}.workspace_id AND seller_id = {row}.seller_id"
        f" AND occurred_on = {row}.occurred_on"
    )
    return (
        f"DELETE FROM {TABLE} WHERE workspace_id = {row}.workspace_id"
        f" AND seller_id = {row}.seller_id AND day = {row}.occurred_on;\n"
        + _INSERT
        + fresh_select(key)
        + ";\n"
    )


_SAME_DAY = (
    "NEW.workspace_id = OLD.workspace_id AND NEW.seller_id = OLD.seller_id"
    " AND NEW.occurred_on = OLD.occurred_on"
)


def sqlite_ddl() -> list[str]:
    columns = ", ".join(READ)
    return [
        "CREATE TRIGGER seller_days_insert AFTER INSERT ON activities"
        f" WHEN NEW.deleted_at IS NULL BEGIN\n{_refresh_sqlite('NEW')}END",
        "CREATE TRIGGER seller_days_delete AFTER DELETE ON activities"
        f" WHEN OLD.deleted_at IS NULL BEGIN\n{_refresh_sqlite('OLD')}END",
        # The same day before and after: recomputed once.
        f"CREATE TRIGGER seller_days_update AFTER UPDATE OF {columns} ON activities"
        f" WHEN (OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL) AND {_SAME_DAY}"
        f" BEGIN\n{_refresh_sqlite('NEW')}END",
        # Moved to another seller or day: both days.
        f"CREATE TRIGGER seller_days_move AFTER UPDATE OF {columns} ON activities"
        f" WHEN (OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL) AND NOT ({_SAME_DAY})"
        f" BEGIN\n{_refresh_sqlite('OLD')}{_refresh_sqlite('NEW')}END",
    ]


def postgresql_ddl() -> list[str]:
    refresh = (
        "CREATE OR REPLACE FUNCTION seller_days_refresh(w text, s integer, d date)"
        " RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n"
        f"  PERFORM pg_advisory_xact_lock({LOCK_SPACE}, hashtext(w || '/' || s || '/' || d));\n"
        f"  DELETE FROM {TABLE} WHERE workspace_id = w AND seller_id = s AND day = d;\n  "
        + _INSERT
        + fresh_select("workspace_id = w AND seller_id = s AND occurred_on = d")
        + ";\nEND\n$$"
    )
    on_change = (
        "CREATE OR REPLACE FUNCTION seller_days_on_change() RETURNS trigger"
        " LANGUAGE plpgsql AS $$\n"
        "DECLARE old_live boolean := false;\n"
        "BEGIN\n"
        "  IF TG_OP <> 'INSERT' THEN\n"
        "    old_live := OLD.deleted_at IS NULL;\n"
        "    IF old_live THEN\n"
        "      PERFORM seller_days_refresh(OLD.workspace_id, OLD.seller_id, OLD.occurred_on);\n"
        "    END IF;\n"
        "  END IF;\n"
        "  IF TG_OP <> 'DELETE' THEN\n"
        "    IF NEW.deleted_at IS NULL THEN\n"
        "      IF NOT old_live THEN\n"
        "        PERFORM seller_days_refresh(NEW.workspace_id, NEW.seller_id, NEW.occurred_on);\n"
        "      ELSIF (NEW.workspace_id, NEW.seller_id, NEW.occurred_on)\n"
        "          IS DISTINCT FROM (OLD.workspace_id, OLD.seller_id, OLD.occurred_on) THEN\n"
        "        PERFORM seller_days_refresh(NEW.workspace_id, NEW.seller_id, NEW.occurred_on);\n"
        "      END IF;\n"
        "    END IF;\n"
        "  END IF;\n"
        "  RETURN NULL;\n"
        "END\n$$"
    )
    columns = ", ".join(READ)
    return [
        refresh,
        on_change,
        "CREATE TRIGGER seller_days_insert AFTER INSERT ON activities FOR EACH ROW"
        " WHEN (NEW.deleted_at IS NULL) EXECUTE FUNCTION seller_days_on_change()",
        "CREATE TRIGGER seller_days_delete AFTER DELETE ON activities FOR EACH ROW"
        " WHEN (OLD.deleted_at IS NULL) EXECUTE FUNCTION seller_days_on_change()",
        f"CREATE TRIGGER seller_days_update AFTER UPDATE OF {columns} ON activities FOR EACH ROW"
        " WHEN (OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL)"
        " EXECUTE FUNCTION seller_days_on_change()",
    ]


def create_triggers(conn: Connection | Any) -> None:
    """The triggers that keep the summary (dialect of `conn`: SQLite or PostgreSQL)."""
    ddl = sqlite_ddl() if _dialect(conn) == "sqlite" else postgresql_ddl()
    for statement in ddl:
        conn.execute(text(statement))


def drop_triggers(conn: Connection | Any) -> None:
    names = ("seller_days_insert", "seller_days_delete", "seller_days_update", "seller_days_move")
    if _dialect(conn) == "sqlite":
        for name in names:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        return
    for name in names:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON activities"))
    conn.execute(text("DROP FUNCTION IF EXISTS seller_days_on_change()"))
    conn.execute(text("DROP FUNCTION IF EXISTS seller_days_refresh(text, integer, date)"))


def backfill(conn: Connection | Any) -> None:
    """The whole summary anew from the activities: one statement (after emptying it)."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    conn.execute(text(_INSERT + fresh_select()))


def drift(conn: Connection | Any) -> list[tuple[Any, ...]]:
    """The rows where the summary and a fresh GROUP BY over the activities differ (either side's;
    amounts compared to the cent, as they are shown): [] when it is exact."""
    columns = ", ".join(f"ROUND({n}, 2) AS {n}" if n in AMOUNTS else n for n in COLUMNS)
    table = f"SELECT {columns} FROM {TABLE}"
    fresh_rows = f"SELECT {columns} FROM ({fresh_select()}) AS f"
    query = (
        f"SELECT 'kept', d.* FROM ({table} EXCEPT {fresh_rows}) AS d\n"
        f"UNION ALL SELECT 'fresh', d.* FROM ({fresh_rows} EXCEPT {table}) AS d\n"
        "ORDER BY 2, 3, 4, 1"
    )
    return [tuple(row) for row in conn.execute(text(query))]


def _dialect(conn: Connection | Any) -> str:
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    return str(bind.dialect.name)
