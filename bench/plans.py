"""The query plans of the scheduler's and the listeners' hot queries, on the benchmark data:
SQLite's EXPLAIN QUERY PLAN and PostgreSQL's EXPLAIN of every SELECT that the tick, the nudge
pass, one team's digest (with its summaries), /teamstatus and the App Home run, captured as they
run. Written to bench/plans/<backend>.md; a line that scans activities, or builds an automatic
index, is flagged.

    .venv/bin/python bench/plans.py                        # full size, SQLite and PostgreSQL
    .venv/bin/python bench/plans.py --size 0.05 --backends sqlite
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PLANS, ThrowawayPostgres  # noqa: E402
from generate import NOW, TODAY, Shape, postgres_database, sqlite_copy  # noqa: E402
from scale import BIG_TEAM, app_home  # noqa: E402
from sqlalchemy import event  # noqa: E402

from bot.clock import local_date  # noqa: E402
from bot.jobs import nudges as nudge_job  # noqa: E402
from bot.jobs import tick  # noqa: E402
from bot.services import reports  # noqa: E402
from bot.services.digest import plan_team_week  # noqa: E402
from bot.services.kpis import Week  # noqa: E402
from storage import cursor  # noqa: E402
from storage import repositories as repo  # noqa: E402
from storage.db import make_engine, make_session_factory, session_scope  # noqa: E402

# What a plan must not do on activities (2,000,000 rows): read the whole table, or (SQLite) build
# a throwaway index over it for one statement.
SUSPECT = re.compile(
    r"SCAN activities(?! USING)|AUTOMATIC|Seq Scan on activities|Seq Scan on claims", re.I
)


def scenarios(factory: Any) -> dict[str, Callable[[], Any]]:
    now = NOW + timedelta(minutes=3)

    def the_tick() -> None:
        with session_scope(factory) as s:
            due = tick.what_is_due(s, now, timedelta(hours=24))
            nudge_job.plan(s, due.nudges, now)

    def nudge_pass() -> None:
        with session_scope(factory) as s:
            recipients = [r for r, _ in tick.nudge_recipients(s, now, force=True)]
            nudge_job.plan(s, recipients, now)

    def digest() -> None:
        with session_scope(factory) as s:
            team = repo.team_by_id(s, "TB000", BIG_TEAM)
            assert team is not None
            today = local_date(now, team.timezone)
            plan = plan_team_week(s, team, Week.of(TODAY).shift(-1), today)
            ids = [x.status.seller.id for x in plan.summaries]
            repo.away_periods(s, "TB000", ids, today)

    def teamstatus() -> None:
        with session_scope(factory) as s:
            team = repo.team_by_id(s, "TB000", BIG_TEAM)
            reports.build_team_report(s, team, Week.of(TODAY), TODAY)

    def home() -> None:
        with session_scope(factory) as s:
            team = repo.team_by_id(s, "TB000", BIG_TEAM)
            seller = repo.team_members(s, "TB000", BIG_TEAM)[5]
        app_home(factory, team, seller, True)

    return {
        "tick (what is due, and the sellers re-checked)": the_tick,
        "nudge pass": nudge_pass,
        "digest of the 50-seller team, with its summaries": digest,
        "/teamstatus": teamstatus,
        "App Home (a manager)": home,
    }


def capture(engine: Any, fn: Callable[[], Any]) -> list[tuple[str, Any]]:
    seen: dict[str, Any] = {}

    def on(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.setdefault(statement, parameters)

    def on_cursor(statement, parameters):  # type: ignore[no-untyped-def]
        on(None, None, statement, parameters, None, False)

    event.listen(engine, "before_cursor_execute", on)
    cursor.observe(engine, on_cursor)  # what runs on the DBAPI cursor (storage.cursor)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", on)
        cursor.unobserve(engine, on_cursor)
    return list(seen.items())


def _compact(text: str) -> str:
    """Long IN lists and arrays of ids shortened to their first items, for reading."""
    text = re.sub(r"\((\?, ){3}(\?, )+\?\)", "(?, ?, ?, …)", text)
    text = re.sub(r"\((%\(\w+\)s::\w+, ){2}(%\(\w+\)s::\w+, )+%\(\w+\)s::\w+\)", "(…)", text)
    return re.sub(r"'\{((\d+,){3})(\d+,)+\d+\}'", r"'{\1…}'", text)


def explain(engine: Any, statement: str, parameters: Any) -> str:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            depth: dict[int, int] = {0: 0}
            lines = []
            for node, parent, _unused, detail in rows:
                depth[node] = depth.get(parent, 0) + 1
                lines.append("  " * (depth[node] - 1) + detail)
            return "\n".join(lines)
        rows = conn.exec_driver_sql("EXPLAIN " + statement, parameters).all()
        return "\n".join(r[0] for r in rows)


def write(backend: str, engine: Any, shape: Shape) -> tuple[Path, int]:
    factory = make_session_factory(engine)
    out = [
        f"# Query plans on {backend}\n",
        f"{shape.label()}, {shape.teams} teams, {shape.sellers:,} sellers; clock at {NOW:%Y-%m-%d %H:%M} UTC. "
        "Generated by bench/plans.py; ⚠ marks a full scan of activities or claims, or an "
        "automatic index.\n",
    ]
    flagged = 0
    for name, fn in scenarios(factory).items():
        statements = capture(engine, fn)
        out.append(f"## {name}: {len(statements)} distinct SELECTs\n")
        for n, (statement, parameters) in enumerate(statements, 1):
            plan = explain(engine, statement, parameters)
            bad = bool(SUSPECT.search(plan))
            flagged += bad
            sql = _compact(re.sub(r"\s+", " ", statement).strip())
            plan = _compact(plan)
            out.append(
                f"### {name} · {n}{' ⚠' if bad else ''}\n\n```sql\n{sql}\n```\n\n```\n{plan}\n```\n"
            )
    PLANS.mkdir(parents=True, exist_ok=True)
    path = PLANS / f"{backend}.md"
    path.write_text("\n".join(out))
    return path, flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=1.0, help="share of the 2,000,000 activities")
    parser.add_argument("--history", type=float, default=1.0)
    parser.add_argument("--backends", default="sqlite,postgres")
    args = parser.parse_args()
    shape = Shape.sized(args.size, args.history)
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory(prefix="kpibot-plans-") as tmp:
            server = None
            if backend == "sqlite":
                url = sqlite_copy(shape, Path(tmp) / "plans.db")
            else:
                server = ThrowawayPostgres().start()
                url = postgres_database(server, shape)
            try:
                engine = make_engine(url)
                path, flagged = write(
                    "postgresql" if backend == "postgres" else backend, engine, shape
                )
                engine.dispose()
            finally:
                if server is not None:
                    server.stop()
        print(f"{path}: {flagged} flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
