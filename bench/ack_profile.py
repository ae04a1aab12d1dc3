"""Where one `/logmeeting`'s CPU goes, by thread, in process: the request thread (the WSGI
application: the signature check, Bolt's routing, the middleware, the runner, the answer) and
the writer thread (the listener: the unit of work, parsing, deciding, storing, the reply).
Since session 17 a log command takes a writer's turn on the request thread itself
(bot.app.ListenerExecutor.writer_turn), so both are counted as `request`; --parts still splits
the listener's parts. `--statement-stats` adds PostgreSQL's CPU by statement, `--server-setting`
sets one of its settings for the run.

    .venv/bin/python bench/ack_profile.py                       # PostgreSQL, CPU per thread
    .venv/bin/python bench/ack_profile.py --profile /tmp/p      # + cProfile per thread (/tmp/p.<thread>)
    valgrind --tool=callgrind --instr-atstart=no .venv/bin/python bench/ack_profile.py --callgrind

The workload is bench/ack.py's (its sellers, customers, texts and notes; `/kpi setup` and one
/logmeeting per customer first), sent one at a time through the in-process driver
(`bot.offline.harness.InProcessTransport`: no socket, no waitress). `--callgrind` switches
callgrind's instrumentation on for the measured commands only (a client request through a tiny
library compiled at run time), so its total divided by the count is instructions per command.
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import pstats
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ack import CUSTOMERS, NIGHT_DAY, USERS, cpu_seconds, log_text, seller_for  # noqa: E402

_TOGGLE_C = r"""
#include <valgrind/callgrind.h>
void kpibot_instr_on(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void kpibot_instr_off(void) { CALLGRIND_STOP_INSTRUMENTATION; }
"""


def _callgrind_switch() -> Any:
    work = Path(tempfile.mkdtemp(prefix="kpibot-cg-"))
    (work / "t.c").write_text(_TOGGLE_C)
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-O1", "-o", str(work / "t.so"), str(work / "t.c")], check=True
    )
    lib = ctypes.CDLL(str(work / "t.so"))
    shutil.rmtree(work, ignore_errors=True)
    return lib


class ThreadClock:
    """CPU seconds per thread name over the measured commands, and a cProfile per thread."""

    def __init__(self, profile: bool) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.parts: dict[str, float] = defaultdict(float)
        self.profiles: dict[str, cProfile.Profile] = {}
        self.profile = profile
        self.on = False
        self.lock = threading.Lock()

    def around(self, name: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if not self.on:
            return fn(*args, **kwargs)
        prof = None
        if self.profile:
            with self.lock:
                prof = self.profiles.setdefault(name, cProfile.Profile(time.thread_time))
            prof.enable()
        t0 = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = time.thread_time() - t0
            if prof is not None:
                prof.disable()
            with self.lock:
                self.cpu[name] += spent


# (module or class, attribute, label) timed with --parts: CPU inclusive of what they call, per
# command. Patched where they are looked up when called (a module's global, a class's method).
PARTS = [
    ("bot.http_guard", "verified_body", "request thread: the signature check"),
    ("bot.http_guard", "check_payload", "request thread: the form read (Bolt's request)"),
    (
        "bot.unit_of_work.UnitOfWork",
        "_resolve",
        "who is asking (pool checkout, BEGIN, the requester's row)",
    ),
    (
        "bot.unit_of_work.UnitOfWork",
        "_new_session",
        "  the session and its connection (checkout, BEGIN)",
    ),
    ("bot.services.requester", "find", "  the requester's row (a statement)"),
    ("bot.services.requester", "resolve", "  the requester's values"),
    ("bot.services.activities", "candidate_keys", "the text's candidate customer keys"),
    ("storage.repositories", "customers_among", "the customers the text may name (a statement)"),
    ("bot.services.activities", "parse_log_command", "parsing the command"),
    ("bot.services.log_questions", "typed_as_a_date", "typed_as_a_date"),
    ("bot.services.activities", "deal_said", "deal_said"),
    ("bot.services.activities", "day_question", "day_question"),
    ("bot.services.recording", "record", "recording (lock, look, decide, store)"),
    ("storage.repositories", "lock_customer", "  the customer's row lock (a statement)"),
    ("storage.logged", "save", "  the stored entry (a statement)"),
    ("bot.unit_of_work.UnitOfWork", "commit", "commit"),
    (
        "bot.unit_of_work.UnitOfWork",
        "close",
        "closing the session (the connection back to the pool)",
    ),
    ("bot.listeners.commands.log", "log_reply", "rendering the reply"),
    ("bot.listener_runner.SignallingAck", "__call__", "ack() (the answer's body)"),
]


def _timed_parts(clock: ThreadClock) -> None:
    import importlib

    for where, name, label in PARTS:
        if where.rsplit(".", 1)[1][0].isupper():  # a class's method
            module_name, owner = where.rsplit(".", 1)
            target = getattr(importlib.import_module(module_name), owner)
        else:
            target = importlib.import_module(where)
        fn = getattr(target, name)

        def wrapped(*a: Any, __fn: Any = fn, __label: str = label, **kw: Any) -> Any:
            if not clock.on:
                return __fn(*a, **kw)
            t0 = time.thread_time()
            try:
                return __fn(*a, **kw)
            finally:
                clock.parts[__label] += time.thread_time() - t0

        setattr(target, name, wrapped)


def _server_settings(pg: Any, **settings: str) -> None:
    import psycopg

    with psycopg.connect(pg.admin_dsn, autocommit=True) as conn:
        for name, value in settings.items():
            conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
        conn.execute("SELECT pg_reload_conf()")
    time.sleep(0.5)  # every backend reads it at its next command


def _print_statement_stats(log: str, n: int) -> None:
    """log_statement_stats' user + system CPU of each protocol message (a statement's parse,
    bind, execute; BEGIN and COMMIT's simple query), by the statement its `duration:` line just
    before named (its first words), per command."""
    import re

    by_statement: dict[str, float] = defaultdict(float)
    last: dict[str, str] = {}  # by backend: the statement its last `duration:` line named
    line = re.compile(r"\[(\d+)\]")
    usage = re.compile(r"!\s+([0-9.]+) s user, ([0-9.]+) s system, [0-9.]+ s elapsed")
    pid = ""
    for text in log.splitlines():
        found = line.search(text[:60])
        if found:
            pid = found.group(1)
        spent = usage.search(text)
        if spent:
            key = last.get(pid, "?")
            by_statement[key] += float(spent.group(1)) + float(spent.group(2))
        elif "duration:" in text:
            sql = re.sub(r"^\s*[0-9.]+ ms\s*", "", text.split("duration:", 1)[1])
            kind, _, sql = sql.partition(":")
            step = kind.split()[0] if kind.split() else "?"
            last[pid] = f"{step:9s} " + " ".join(sql.split()[:6])[:70]
    total = sum(by_statement.values())
    print(f"  PostgreSQL, by message (log_statement_stats): {total / n * 1e3:.3f} ms per command")
    for sql, seconds in sorted(by_statement.items(), key=lambda kv: -kv[1]):
        if seconds / n >= 1e-6:
            print(f"    {seconds / n * 1e3:.3f} ms  {sql}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--profile", help="write a cProfile per thread to PREFIX.<thread>")
    parser.add_argument(
        "--callgrind", action="store_true", help="instrument the measured commands only"
    )
    parser.add_argument("--parts", action="store_true", help="CPU of the listener's parts (PARTS)")
    parser.add_argument(
        "--server-setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a PostgreSQL setting for the whole run (ALTER SYSTEM), e.g. plan_cache_mode=force_generic_plan",
    )
    parser.add_argument(
        "--statement-stats",
        action="store_true",
        help="PostgreSQL's CPU per statement (log_statement_stats) over the measured commands",
    )
    parser.add_argument(
        "--top", type=int, default=0, help="print the N largest cumulative entries per thread"
    )
    args = parser.parse_args()
    switch = _callgrind_switch() if args.callgrind else None

    from bot.app import ListenerExecutor
    from bot.offline.harness import local_slack
    from bot.offline.slack_api import FakeUser

    pg = None
    tmp = Path(tempfile.mkdtemp(prefix="kpibot-prof-"))
    if args.database == "postgres":
        from tests.pg import ThrowawayPostgres

        pg = ThrowawayPostgres().start()
        url = pg.new_database()
        if args.server_setting:
            _server_settings(pg, **dict(item.split("=", 1) for item in args.server_setting))
    else:
        url = f"sqlite:///{tmp / 'kpibot.db'}"

    clock = ThreadClock(bool(args.profile))
    counted = ListenerExecutor._counted

    def timed(self: Any, fn: Any, a: Any, kw: Any) -> Any:
        run, inner = counted(self, fn, a, kw)
        return run, lambda: clock.around(
            "writer" if "writer" in threading.current_thread().name else "listener", inner
        )

    ListenerExecutor._counted = timed  # type: ignore[method-assign]
    if args.parts:
        _timed_parts(clock)
    users = tuple(FakeUser(uid, name, tz="Europe/Oslo", locale="en-US") for uid, name in USERS)
    try:
        with local_slack(url, users=users, over_http=False, team_id="T0BENCH") as slack:
            driver = slack.driver
            setup = driver.command("/kpi", "setup", USERS[0][0], channel_id="C0BENCH")
            assert setup.http.status == 200, setup.http
            slack.wait_idle()
            for n, customer in enumerate(CUSTOMERS):
                r = driver.command(
                    "/logmeeting",
                    customer + NIGHT_DAY,
                    USERS[n % len(USERS)][0],
                    channel_id="C0BENCH",
                )
                assert r.http.status == 200
                slack.wait_idle()

            def send(run: str, i: int) -> None:
                user = seller_for(i, USERS)
                body, _key, _trigger = driver.command_body(
                    "/logmeeting", log_text(run, i), user[0], "C0BENCH"
                )
                result = clock.around(
                    "request", driver.post, body, "application/x-www-form-urlencoded"
                )
                if (
                    result.status != 200
                    or '"text"' not in result.body
                    or "Logged" not in result.body
                ):
                    raise RuntimeError(f"request {i}: {result.status} {result.body[:300]}")

            # Run names as bench/ack.py makes them (they are in every note, digits and all).
            nonce = "5e1f0a"
            for i in range(args.warmup):
                send(f"kpibot-{args.database}-c8-{nonce}w", i)
            slack.wait_idle()
            # PostgreSQL's own CPU (the postmaster and its backends, utime + stime from /proc).
            postmaster = (
                int((Path(pg.data) / "postmaster.pid").read_text().split()[0])
                if pg is not None
                else None
            )
            server0 = cpu_seconds(postmaster) if postmaster else 0.0
            if args.statement_stats and pg is not None:
                _server_settings(pg, log_statement_stats="on", log_min_duration_statement="0")
                log_from = (Path(pg.dir) / "log").stat().st_size
            clock.on = True
            if switch is not None:
                switch.kpibot_instr_on()
            for i in range(args.requests):
                send(f"kpibot-{args.database}-c8-{nonce}m", i)
            slack.wait_idle()
            if switch is not None:
                switch.kpibot_instr_off()
            clock.on = False
            server_cpu = (cpu_seconds(postmaster) - server0) if postmaster else None
            if args.statement_stats and pg is not None:
                _server_settings(pg, log_statement_stats="off", log_min_duration_statement="-1")
                with (Path(pg.dir) / "log").open("rb") as f:
                    f.seek(log_from)
                    statement_log = f.read().decode(errors="replace")
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    n = args.requests
    total = sum(clock.cpu.values())
    print(
        f"{args.database}: {n} /logmeeting, CPU per command by thread (thread_time; the request thread includes the driver's signing):"
    )
    for name, seconds in sorted(clock.cpu.items()):
        print(f"  {name:9s} {seconds / n * 1e3:.3f} ms")
    print(f"  {'total':9s} {total / n * 1e3:.3f} ms")
    if server_cpu is not None:
        print(
            f"  PostgreSQL's processes: {server_cpu / n * 1e3:.3f} ms (clock ticks: ±10 ms in all)"
        )
    if args.statement_stats and pg is not None:
        _print_statement_stats(statement_log, n)
    for label, seconds in clock.parts.items():
        print(f"  {seconds / n * 1e3:.3f} ms  {label}")
    for name, prof in clock.profiles.items():
        path = f"{args.profile}.{name}"
        prof.dump_stats(path)
        if args.top:
            print(f"\n== {name} ==")
            pstats.Stats(path).sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
