"""kpibot at scale: 100 teams, 1,000 sellers, 2,000,000 activities over two years (bench/generate.py),
at 10 %, 30 % and 100 % of the history, on SQLite and on a throwaway PostgreSQL.

Times, through the same code the scheduler and the listeners run:
  - the scheduler's tick with nothing due (after the day's sends; and at night),
  - the nudge pass (every due seller's DM planned and rendered, not sent),
  - all 100 digests computed (`kpibot digest --dry-run`), and sent with 990 private summaries and
    100 trend charts to the local Slack stand-in,
  - /teamstatus for the 50-seller team, and the App Home (a seller's, a manager's),
each beside a hand-written SQL floor. Prints markdown tables and writes bench/results/scale.md.

    .venv/bin/python bench/scale.py                       # everything, full size (~25 min)
    .venv/bin/python bench/scale.py --size 0.05 --backends sqlite --histories 1
    .venv/bin/python bench/scale.py --histories 0.1,1 --nudge-rounds 9   # the nudge pass alone
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    RESULTS,
    CpuMeter,
    FakeSlackApi,
    ThrowawayPostgres,
    counting,
    ms,
    once,
    table,
    timed,
)
from generate import NOW, TODAY, Shape, postgres_database, sqlite_copy  # noqa: E402
from sqlalchemy import text  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.dependencies import Deps  # noqa: E402
from bot.jobs import Jobs, tick  # noqa: E402
from bot.jobs import nudges as nudge_job  # noqa: E402
from bot.rendering.home import home_view  # noqa: E402
from bot.rendering.status import team_status_messages  # noqa: E402
from bot.services import home, reports, requester  # noqa: E402
from bot.services.kpis import Week  # noqa: E402
from bot.slack_client import build_client  # noqa: E402
from storage import repositories as repo  # noqa: E402
from storage.db import (  # noqa: E402
    make_engine,
    make_read_session_factory,
    make_session_factory,
    session_scope,
)
from storage.models import SalesTeam, Seller  # noqa: E402

REPORTED = Week.of(TODAY).shift(-1)  # the week the Monday digests are about
BIG_TEAM = 1


class BackendCpu(CpuMeter):
    """CPU of this thread and of the PostgreSQL server's client backends (the connections that
    run the work), not of its autovacuum workers, checkpointer or WAL writer: after the sends
    and nudges write, autovacuum's pass over those tables landed on whatever was measured next
    (App Home read 116 ms of CPU, 30 of them its own)."""

    def _counts(self, process: Path) -> bool:
        title = (process / "cmdline").read_bytes().decode(errors="replace")
        return "(" in title or "[local]" in title  # "user db host(port) state"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.at = now

    def now(self) -> datetime:
        return self.at


@dataclass
class Run:
    """One database (backend × history): per measure the median wall time, the median CPU time
    (this process's thread and the database server's processes) and SQL statements per run."""

    backend: str
    history: float
    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    statements: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


MEASURES = [
    ("tick", "tick, nothing due (after the day's sends)", 0.050),
    ("tick_night", "tick, nothing due (at night)", 0.050),
    ("nudge_plan", "nudge pass, planned (who, which leads and A-customers)", None),
    ("nudge", "nudge pass, planned + every DM rendered (`nudge --dry-run`)", 1.0),
    ("digests", "100 digests computed (`digest --dry-run`)", 2.0),
    ("team_weeks", "100 digests + all summaries computed and rendered", None),
    ("sent", "100 digests + summaries + charts sent", 30.0),
    ("nudges_sent", "nudge DMs sent", None),
    ("teamstatus", "/teamstatus, 50 sellers (query)", 0.050),
    ("teamstatus_render", "/teamstatus, 50 sellers (query + render)", None),
    ("teamstatus_past", "/teamstatus last week, 50 sellers (as of its end)", 0.050),
    ("home", "App Home, a seller of the 50-seller team", 0.030),
    ("home_small", "App Home, a seller of a 10-seller team", 0.030),
    ("home_manager", "App Home, its manager (two reports)", None),
]
FLOORS = {
    "tick": "teams + sellers read",
    "tick_night": "teams + sellers read",
    "nudge_plan": "one SQL: open warm leads without a next step",
    "nudge": "one SQL: open warm leads without a next step",
    "digests": "one SQL per team: 13 weeks by seller, week, kind",
    "team_weeks": "one SQL per team: 13 weeks by seller, week, kind",
    "sent": "the same posts and uploads, no database",
    "teamstatus": "one SQL: 13 weeks by seller, week, kind; this week alone",
    "teamstatus_render": "one SQL: 13 weeks by seller, week, kind; this week alone",
    "teamstatus_past": "one SQL: 13 weeks by seller, week, kind; this week alone",
    "home": "one SQL: 13 weeks by seller, week, kind; the seller's week alone",
    "home_small": "one SQL: 13 weeks by seller, week, kind",
    "home_manager": "one SQL: 13 weeks by seller, week, kind; this week alone",
}


def measure(
    backend: str, url: str, shape: Shape, runs: int, floors: dict[str, Any], cpu: CpuMeter
) -> Run:
    run = Run(backend, shape.history)
    engine = make_engine(url)
    factory = make_session_factory(engine)
    with FakeSlackApi(team_id="TB000") as api:
        settings = Settings(bot_token="xoxb-bench", signing_secret="x", api_url=api.api_url)
        client = build_client(settings)
        clock = Clock(NOW)
        jobs = Jobs(deps=Deps(settings, factory, clock), client_for=lambda _ws: client)

        def record(name: str, fn: Any, repeat: int = runs) -> Any:
            with counting(engine) as counter:
                if repeat:
                    wall, _best, spent, result = timed(fn, runs=repeat, cpu=cpu)
                    statements = counter.count // (repeat + 1)
                else:
                    wall, spent, result = once(fn, cpu=cpu)
                    statements = counter.count
            run.wall[name], run.cpu[name], run.statements[name] = wall, spent, statements
            print(
                f"    {name:<18} {ms(wall):>9}  cpu {ms(spent):>9}  {statements:>6} statements",
                flush=True,
            )
            return result

        _outcome, texts = record(
            "digests",
            lambda: jobs.run_now(channel=None, week=REPORTED, dry_run=True),
            runs,  # the median of as many runs as the rest: one run moved by ±30 %
        )
        assert len(texts) == shape.teams, len(texts)

        def plan_nudges() -> list:
            with session_scope(factory) as s:
                now = clock.now()
                return nudge_job.plan(s, [r for r, _ in tick.nudge_recipients(s, now)], now)

        plans = record("nudge_plan", plan_nudges)
        _outcome, nudges = record("nudge", lambda: jobs.nudge_pass(dry_run=True), runs)
        # What the DMs list grows with the history (warm leads left without a next step pile up):
        # the pass is judged per lead listed as well as in total.
        listed = sum(len(p.leads) for p in plans)
        run.notes["nudge"] = f"{len(nudges)} DMs, {listed:,} leads listed"
        with session_scope(factory) as s:
            teams = [(t.workspace_id, t.id) for t in s.query(SalesTeam).order_by(SalesTeam.id)]
        record(
            "team_weeks",
            lambda: [jobs.digests.messages(ws, tid, REPORTED) for ws, tid in teams],
            runs,
        )

        outcome, _ = record(
            "sent", lambda: jobs.run_now(channel=None, week=REPORTED, dry_run=False), 0
        )
        summaries = sum(1 for s in outcome.sent if s.startswith("summary"))
        uploads = len(api.calls_to("file_upload"))
        assert not outcome.failed, outcome.failed[:5]
        run.notes["sent"] = (
            f"{len(outcome.sent) - summaries} digests, {summaries} summaries, {uploads} charts"
        )
        clock.at = NOW + timedelta(minutes=1)
        outcome, _ = record("nudges_sent", lambda: jobs.nudge_pass(), 0)
        run.notes["nudges_sent"] = f"{len(outcome.sent)} DMs"

        clock.at = NOW + timedelta(minutes=3)
        outcome = record("tick", jobs.tick)
        assert not outcome.sent and not outcome.failed, (outcome.sent[:5], outcome.failed[:5])
        clock.at = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)  # Tuesday 02:30 in Oslo
        outcome = record("tick_night", jobs.tick)
        assert not outcome.sent and not outcome.failed

        with session_scope(factory) as s:
            team = repo.team_by_id(s, "TB000", BIG_TEAM)
            members = repo.team_members(s, "TB000", BIG_TEAM)
            seller, manager = members[5], members[1]
            small_team = repo.team_by_id(s, "TB000", BIG_TEAM + 1)
            small_seller = repo.team_members(s, "TB000", BIG_TEAM + 1)[3]
        week = Week.of(TODAY)

        def teamstatus(render: bool) -> Any:
            with session_scope(factory) as s:
                report = reports.build_team_report(s, team, week, TODAY)
                return team_status_messages(report, "en") if render else report

        record("teamstatus", lambda: teamstatus(False))
        record("teamstatus_render", lambda: teamstatus(True))

        def teamstatus_past() -> Any:
            with session_scope(factory) as s:
                return reports.build_team_report(s, team, REPORTED, TODAY)

        record("teamstatus_past", teamstatus_past)
        record("home", lambda: app_home(factory, team, seller, False))
        record("home_small", lambda: app_home(factory, small_team, small_seller, False))
        record("home_manager", lambda: app_home(factory, team, manager, True))

        floors.update(floor_times(engine, shape, client, runs, cpu))
    engine.dispose()
    return run


def app_home(factory: Any, team: Any, seller: Seller, manager: bool) -> dict[str, Any]:
    """What the app_home_opened listener does (bot/listeners/events/app_home.py), through the same
    requester, use case and renderer; read-only, as the listener's unit of work."""
    with session_scope(make_read_session_factory(factory.kw["bind"])) as session:
        who = requester.resolve(session, seller.workspace_id, seller.slack_user_id, None, NOW)
        who = replace(who, is_manager=manager, today=TODAY)
        dashboard = home.dashboard(session, who)
        return home_view(
            "en",
            status=dashboard.status,
            report=dashboard.report,
            leads=dashboard.leads,
            recent=dashboard.recent,
            team_report=dashboard.team_report,
        )


def floor_times(engine: Any, shape: Shape, client: Any, runs: int, cpu: CpuMeter) -> dict[str, Any]:
    """Hand-written SQL (and bare HTTP posts) for the same questions: what the database (and the
    stand-in) cannot go below."""
    week = Week.of(TODAY)
    first = REPORTED.shift(-12).monday
    found: dict[str, Any] = {}
    with engine.connect() as conn:
        teams = conn.execute(text("SELECT id, workspace_id FROM sales_teams ORDER BY id")).all()
        members: dict[int, list[int]] = {}
        for sid, tid in conn.execute(text("SELECT id, team_id FROM sellers")):
            members.setdefault(tid, []).append(sid)

        def q(sql: str, **params: Any) -> Any:
            return conn.execute(text(sql), params).all()

        def per_seller(ws: str, ids: list[int], start: Any, end: Any, by_week: bool) -> Any:
            week_expr = (
                "CAST((julianday(occurred_on) - julianday('2000-01-03')) / 7 AS INTEGER)"
                if engine.dialect.name == "sqlite"
                else "((occurred_on - DATE '2000-01-03') / 7)"
            )
            group = f"seller_id, {week_expr}, kind" if by_week else "seller_id, kind"
            return q(
                f"SELECT {group}, count(*), sum(amount) FROM activities WHERE workspace_id = :ws "
                f"AND seller_id IN ({','.join(str(i) for i in ids)}) AND occurred_on BETWEEN :a AND :b "
                f"AND deleted_at IS NULL GROUP BY {group}",
                ws=ws,
                a=start,
                b=end,
            )

        def tick() -> Any:
            q(
                "SELECT id, workspace_id, digest_weekday, digest_time, timezone, nudge_hour FROM sales_teams"
            )
            return q("SELECT id, workspace_id, team_id, timezone FROM sellers")

        found["tick"] = found["tick_night"] = timed(tick, runs, cpu=cpu)[2]
        found["nudge"] = found["nudge_plan"] = timed(
            lambda: q(
                "SELECT owner_id, count(*) FROM leads WHERE status = 'open' AND temperature IN "
                "('warm', 'hot') AND (next_step_due IS NULL OR next_step_due < :d) GROUP BY owner_id",
                d=TODAY,
            ),
            runs,
            cpu=cpu,
        )[2]
        found["digests"] = found["team_weeks"] = timed(
            lambda: [
                per_seller(ws, members[tid], first, REPORTED.sunday, True) for tid, ws in teams
            ],
            max(1, runs // 2),
            cpu=cpu,
        )[2]
        big = members[BIG_TEAM]
        history = timed(
            lambda: per_seller("TB000", big, week.shift(-12).monday, week.sunday, True),
            runs,
            cpu=cpu,
        )[2]
        this_week = timed(
            lambda: per_seller("TB000", big, week.monday, week.sunday, False), runs, cpu=cpu
        )[2]
        mine = timed(
            lambda: per_seller("TB000", big[5:6], week.monday, week.sunday, False), runs, cpu=cpu
        )[2]
        found["teamstatus"] = found["teamstatus_render"] = found["home_manager"] = (
            history,
            this_week,
        )
        found["home"] = (history, mine)
        small = members[BIG_TEAM + 1]
        found["home_small"] = timed(
            lambda: per_seller("TB000", small, week.shift(-12).monday, week.sunday, True),
            runs,
            cpu=cpu,
        )[2]
    from bot.rendering.chart import trend_png
    from bot.services.kpis import Counts

    png = trend_png(
        [(REPORTED.shift(-i), Counts(meetings=i)) for i in range(8)],
        {"meetings": "m", "calls": "c", "offers": "o"},
        "t",
    )
    messages = shape.teams + shape.sellers - shape.away

    def posts() -> None:
        for n in range(messages):
            client.chat_postMessage(channel=f"C{n}", text="floor", blocks=[])
        for n in range(shape.teams):
            client.files_upload_v2(channel=f"C{n}", content=png, filename="f.png", title="t")

    found["sent"] = once(posts, cpu=cpu)[1]
    return found


def nudge_growth(
    backend: str, shapes: list[Shape], rounds: int, server: ThrowawayPostgres | None, tmp: Path
) -> list[str]:
    """The nudge pass alone (planned + every DM rendered), every history's database open at once
    and their passes alternating round by round, so that a busy machine weighs on each history
    alike: on the shared 2-core box separate runs' growth figures move by ±0.1. Median CPU time."""
    cpu = BackendCpu(server.data if backend == "postgres" and server else None)
    rows = []
    with FakeSlackApi(team_id="TB000") as api:
        settings = Settings(bot_token="xoxb-bench", signing_secret="x", api_url=api.api_url)
        client = build_client(settings)
        passes = []
        for shape in shapes:
            if backend == "sqlite":
                url = sqlite_copy(shape, tmp / f"nudge-{shape.key()}.db")
            else:
                assert server is not None
                url = postgres_database(server, shape)
            factory = make_session_factory(make_engine(url))
            jobs = Jobs(deps=Deps(settings, factory, Clock(NOW)), client_for=lambda _ws: client)
            with session_scope(factory) as s:
                plans = nudge_job.plan(s, [r for r, _ in tick.nudge_recipients(s, NOW)], NOW)
            jobs.nudge_pass(dry_run=True)  # warm
            passes.append((shape, jobs, plans, []))
        for _ in range(rounds):
            for _shape, jobs, _plans, spent in passes:
                started = cpu.start()
                jobs.nudge_pass(dry_run=True)
                spent.append(cpu.since(started))
    first = statistics.median(passes[0][3])
    for shape, _jobs, plans, spent in passes:
        median = statistics.median(spent)
        listed = sum(len(p.leads) for p in plans)
        rows.append(
            f"| {backend} | {shape.history:.0%} | {len(plans)} | {listed:,} | {ms(median)} | "
            f"{median / first:.2f}× |"
        )
        print("  " + rows[-1], flush=True)
    return rows


def report(runs: list[Run], floors: dict[str, dict[str, Any]], shape: Shape, load: str) -> str:
    out = [
        f"# kpibot at scale\n\n{shape.teams} teams, {shape.sellers:,} sellers, "
        f"{shape.activities:,} activities over two years at 100 % history; clock at "
        f"{NOW:%a %d %b %Y %H:%M} UTC. Each cell: median wall time · median CPU time (this "
        "process's thread plus, on PostgreSQL, the server's client backends), which hardly moves when "
        f"other work shares the machine (load average during the run: {load}). Growth and "
        "floors are CPU time; statements = SQL statements per run.\n"
    ]
    for backend in dict.fromkeys(r.backend for r in runs):
        mine = sorted((r for r in runs if r.backend == backend), key=lambda r: r.history)
        headers = ["measure"] + [f"{r.history:.0%} history" for r in mine]
        headers += ["growth", "statements", "floor (100 %)", "target"]
        rows = []
        for key, label, target in MEASURES:
            if not all(key in r.wall for r in mine):
                continue
            values = [
                f"{ms(r.wall[key])} · {ms(r.cpu[key])}"
                + (f" ({r.notes[key]})" if key in r.notes else "")
                for r in mine
            ]
            growth = mine[-1].cpu[key] / mine[0].cpu[key] if mine[0].cpu[key] else 0
            stmts = "/".join(str(r.statements[key]) for r in mine)
            floor = floors.get(backend, {}).get(key)
            if isinstance(floor, tuple):
                floor_text = " ; ".join(ms(f) for f in floor) + f" ({FLOORS[key]})"
            else:
                floor_text = ms(floor) + f" ({FLOORS[key]})" if floor else ""
            rows.append(
                [label]
                + values
                + [f"{growth:.2f}×", stmts, floor_text, ms(target) if target else ""]
            )
        out.append(f"## {backend}\n\n" + table(headers, rows) + "\n")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=1.0, help="share of the 2,000,000 activities")
    parser.add_argument("--histories", default="0.1,0.3,1", help="shares of the two years")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=str(RESULTS / "scale.md"))
    parser.add_argument(
        "--nudge-rounds",
        type=int,
        default=0,
        help="only the nudge pass: this many rounds, the histories alternating",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    histories = [float(h) for h in args.histories.split(",")]
    backends = args.backends.split(",")
    runs: list[Run] = []
    loads: list[float] = []
    floors: dict[str, dict[str, Any]] = {}
    shape = Shape.sized(args.size, 1.0)
    server = ThrowawayPostgres().start() if "postgres" in backends else None
    if args.nudge_rounds:
        rows = [
            "| backend | history | DMs | leads listed | CPU (median) | growth |",
            "|---|--:|--:|--:|--:|--:|",
        ]
        try:
            with tempfile.TemporaryDirectory(prefix="kpibot-bench-") as tmp:
                for backend in backends:
                    shapes = [Shape.sized(args.size, h) for h in histories]
                    rows += nudge_growth(backend, shapes, args.nudge_rounds, server, Path(tmp))
        finally:
            if server is not None:
                server.stop()
        load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        print(f"\n# The nudge pass, histories alternating ({load})\n\n" + "\n".join(rows))
        return 0
    try:
        for backend in backends:
            for history in histories:
                shape_h = Shape.sized(args.size, history)
                print(f"{backend}, {shape_h.label()}", flush=True)
                with tempfile.TemporaryDirectory(prefix="kpibot-bench-") as tmp:
                    if backend == "sqlite":
                        url = sqlite_copy(shape_h, Path(tmp) / "bench.db")
                    else:
                        url = postgres_database(server, shape_h)
                    found: dict[str, Any] = {}
                    cpu = BackendCpu(server.data if backend == "postgres" and server else None)
                    runs.append(measure(backend, url, shape_h, args.runs, found, cpu))
                    loads.append(os.getloadavg()[0])
                    if history == max(histories):
                        floors[backend] = found
    finally:
        if server is not None:
            server.stop()
    load = f"{min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores" if loads else "?"
    markdown = report(runs, floors, shape, load)
    print("\n" + markdown)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(markdown + "\n")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
