"""Ack latency and throughput of `kpibot serve` against a bare Bolt app served the same way,
plus peak RSS of `kpibot serve` and `kpibot scheduler`.

    .venv/bin/python bench/ack.py                        # 1,500 requests at 1, 8, 32; SQLite and PostgreSQL
    .venv/bin/python bench/ack.py --quick                # 300 requests, the same matrix
    .venv/bin/python bench/ack.py --requests 3000 --concurrency 8 --databases sqlite

Processes (each its own, so none steals the others' GIL):
- this one: the Slack Web API stand-in (Web API calls and response_url posts land here),
  watching the replies arrive, and the orchestration;
- the bare Bolt app: acks /logmeeting and nothing else; waitress + Bolt's WSGI adapter with
  `kpibot serve`'s HTTP thread count and kpibot's listener thread count;
- `kpibot serve` (the .venv's console script) on a fresh SQLite file, then on a throwaway
  PostgreSQL (tests/pg.py);
- the load generator (`bench/ack.py _loadgen`), the same for both apps: pre-built, signed,
  form-encoded slash commands fired over N keep-alive connections, one thread each.

Every kpibot request stores a real activity (unique trigger_id, 24 users, 36 customers, a team
set up with `/kpi setup` first; a note naming the run and the request, so that no request is the
same meeting typed again, which kpibot asks about instead of storing); afterwards the activities table is read back and every 200 must
have stored exactly one activity, and every 200 must have had its response_url reply.
Results: markdown on stdout and in bench/results/ack.md.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import hmac
import http.client
import itertools
import json
import math
import os
import platform
import re
import resource
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(__file__).resolve()
EVENTS_PATH = "/slack/events"
TEAM_ID = "T0BENCH"
CHANNEL_ID = "C0BENCH"
BOT_TOKEN = "xoxb-bench-stand-in"
COMMAND = "/logmeeting"

# Distinct enough that none is a near-miss of another (kpibot would ask "did you mean …?"
# instead of storing); checked against kpibot's own matcher at start-up.
CUSTOMERS = [
    "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark Industries",
    "Wayne Enterprises", "Wonka", "Cyberdyne", "Tyrell", "Soylent", "Oscorp", "Nakatomi",
    "Aperture", "Massive Dynamic", "Pied Piper", "Dunder Mifflin", "Sterling Cooper", "Bluth",
    "Krusty", "Duff", "Planet Express", "Virtucon", "Yoyodyne", "Weyland", "Abstergo",
    "Black Mesa", "Genco", "Spacely", "Cogswell", "Gekko", "Zorg", "Monsters Inc", "Prestige",
    "Gringotts",
]  # fmt: skip
FIRST_NAMES = [
    "Kari", "Lars", "Mette", "Alex", "Ingrid", "Olav", "Sigrid", "Nils", "Astrid", "Erik",
    "Freja", "Magnus", "Linnea", "Henrik", "Maja", "Jonas", "Tuva", "Emil", "Ida", "Oskar",
    "Selma", "Jakob", "Nora", "Anders",
]  # fmt: skip
USERS = [(f"U0B{n:03d}", f"{name} Bench") for n, name in enumerate(FIRST_NAMES)]


# -- shared by the load generator and the orchestrator ---------------------------------------------
def key_for(run: str, i: int) -> str:
    """The response_url key of request i of a run (its reply lands at /response/<key>)."""
    return f"{run}-{i}"


def trigger_for(run: str, i: int) -> str:
    return f"{i}.{run}.trigger"


def command_form(
    run: str, i: int, response_base: str, user: tuple[str, str], text: str, command: str = COMMAND
) -> str:
    """The form fields Slack sends with a slash command (bot/offline/driver.py SlackDriver.command_body)."""
    return urlencode(
        {
            "token": "legacy-verification-token",
            "team_id": TEAM_ID,
            "team_domain": "bench",
            "channel_id": CHANNEL_ID,
            "channel_name": "sales",
            "user_id": user[0],
            "user_name": user[1],
            "command": command,
            "text": text,
            "api_app_id": "A0KPIBOT",
            "is_enterprise_install": "false",
            "response_url": response_base + key_for(run, i),
            "trigger_id": trigger_for(run, i),
        }
    )


def seller_for(i: int, users: list) -> Any:
    """Who sends request i: the seller who first logged its customer (priming gives customer n
    to seller n), so nobody logs on a colleague's lead, which kpibot rightly asks about before
    storing anything."""
    return users[((i * 7) % len(CUSTOMERS)) % len(users)]


def _night_day() -> str:
    """Between midnight and five in Oslo (the bench's sellers' zone) kpibot asks which day a log
    command typed on no day was (the day that just ended, or the calendar's): the bench then types
    the day that just ended, so every request still stores one activity. By day, nothing."""
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    now = datetime.now(ZoneInfo("Europe/Oslo"))
    return f" {(now.date() - timedelta(days=1)).isoformat()}" if now.time() < time(5) else ""


NIGHT_DAY = _night_day()


def log_text(run: str, i: int) -> str:
    """Request i of a run: a meeting with one of the customers, a note naming the request. The
    same seller logs the same customer every 36 requests, and kpibot asks about a meeting typed
    again in the same words within minutes ("Log another" / "It was the same") instead of
    storing it: the note makes each request a record of its own, as every request of the bench
    must be (it is after the "--", so the parser only keeps it)."""
    customer = CUSTOMERS[(i * 7) % len(CUSTOMERS)]
    return (f"{customer} warm" if i % 3 == 0 else customer) + NIGHT_DAY + f" -- bench {run} #{i}"


def sign(secret: str, body: str, ts: int | None = None) -> tuple[int, str]:
    ts = int(time.time()) if ts is None else ts
    base = f"v0:{ts}:{body}".encode()
    return ts, "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def headers_for(body: bytes, ts: int, signature: str) -> dict[str, str]:
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": str(len(body)),
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": signature,
        "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
        "Accept": "application/json,*/*",
    }


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest rank."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


# == the load generator (own process) ===============================================================
def loadgen_main(config_path: str) -> int:
    """Warm-up, then 'WARMED' on stdout; waits for a line on stdin; then the measured phase."""
    cfg = json.loads(Path(config_path).read_text())
    secret = cfg["secret"]
    host, port, conc = cfg["host"], cfg["port"], cfg["concurrency"]
    users = [tuple(u) for u in cfg["users"]]

    def build(run: str, n: int) -> list[list[Any]]:
        items = []
        for i in range(n):
            body = command_form(
                run, i, cfg["response_base"], seller_for(i, users), log_text(run, i)
            )
            ts, sig = sign(secret, body)
            items.append([body.encode(), ts, sig])
        return items

    phases = {"warmup": build(cfg["warm_run"], cfg["warmup"])}
    phases["measured"] = build(cfg["run"], cfg["requests"])
    connections = [http.client.HTTPConnection(host, port, timeout=60) for _ in range(conc)]
    for conn in connections:
        conn.connect()

    def run_phase(items: list[list[Any]]) -> dict[str, Any]:
        n = len(items)
        status = [0] * n
        latency = [0.0] * n
        sent_at = [0.0] * n
        answered = [False] * n  # the reply came in the acknowledgement's body
        errors: list[str] = []
        counter = itertools.count()
        started: list[float] = []
        barrier = threading.Barrier(conc, action=lambda: started.append(time.monotonic()))

        def worker(k: int) -> None:
            conn = connections[k]
            barrier.wait()
            while True:
                i = next(counter)
                if i >= n:
                    return
                body, ts, sig = items[i]
                if time.time() - ts > 240:  # Bolt refuses timestamps older than 5 minutes
                    ts, sig = sign(secret, body.decode(), None)
                headers = headers_for(body, ts, sig)
                sent_at[i] = time.monotonic()
                t0 = time.perf_counter()
                try:
                    conn.request("POST", EVENTS_PATH, body=body, headers=headers)
                    resp = conn.getresponse()
                    data = resp.read()
                    status[i] = resp.status
                    answered[i] = resp.status == 200 and b'"text"' in data
                    if resp.will_close:
                        conn.close()
                        conn = connections[k] = http.client.HTTPConnection(host, port, timeout=60)
                except (OSError, http.client.HTTPException) as err:
                    status[i] = 0
                    if len(errors) < 20:
                        errors.append(f"{type(err).__name__}: {err}")
                    conn.close()
                    conn = connections[k] = http.client.HTTPConnection(host, port, timeout=60)
                latency[i] = time.perf_counter() - t0

        threads = [threading.Thread(target=worker, args=(k,)) for k in range(conc)]
        usage0 = resource.getrusage(resource.RUSAGE_SELF)
        gc.disable()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        end = time.monotonic()
        gc.enable()
        usage1 = resource.getrusage(resource.RUSAGE_SELF)
        cpu = (usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime)
        return {
            "start": started[0],
            "end": end,
            "status": status,
            "latency": latency,
            "sent_at": sent_at,
            "answered": answered,
            "cpu": cpu,
            "errors": errors,
        }

    out = Path(cfg["result"])
    if phases["warmup"]:
        warm = run_phase(phases["warmup"])
    else:
        warm = {"status": [], "answered": [], "start": time.monotonic(), "end": time.monotonic()}
    out.with_suffix(".warm.json").write_text(json.dumps(warm))
    print("WARMED", flush=True)
    if sys.stdin.readline().strip() != "GO":
        return 1
    out.write_text(json.dumps(run_phase(phases["measured"])))
    print("DONE", flush=True)
    return 0


# == the bare Bolt app (own process) ================================================================
def bare_main(argv: list[str]) -> int:
    import logging
    from concurrent.futures import ThreadPoolExecutor

    import waitress
    from slack_bolt import App
    from slack_bolt.adapter.wsgi import SlackRequestHandler
    from slack_sdk import WebClient

    parser = argparse.ArgumentParser(prog="ack.py _bare")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--listener-threads", type=int, required=True)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--listen-fds", default=None)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bot.workers import inherited, listen

    # Served the way `kpibot serve --workers N` serves: one bound socket, N processes on it.
    sockets = inherited(args.listen_fds) if args.listen_fds else listen("127.0.0.1", args.port)
    if args.listen_fds:
        parent = os.getppid()

        def follow_parent() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(0)

        threading.Thread(target=follow_parent, daemon=True).start()
    else:
        fds = ",".join(str(sock.fileno()) for sock in sockets)
        for _ in range(args.workers - 1):
            subprocess.Popen(
                [sys.executable, str(SCRIPT), "_bare", *argv, "--listen-fds", fds],
                pass_fds=[sock.fileno() for sock in sockets],
            )
    logging.basicConfig(level="INFO", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Configured like kpibot's App (bot/app.py) minus kpibot's listeners and middleware.
    app = App(
        client=WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"]),
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        request_verification_enabled=True,
        process_before_response=False,
        listener_executor=ThreadPoolExecutor(max_workers=args.listener_threads),
        token_verification_enabled=False,
    )

    @app.command(COMMAND)
    def ack_only(ack) -> None:  # type: ignore[no-untyped-def]
        ack()

    if args.listen_fds:
        # The orchestrator loads only once every worker serves (Server.wait_workers).
        logging.getLogger("bare").info("worker serving (pid %d)", os.getpid())
    waitress.serve(
        SlackRequestHandler(app),
        sockets=sockets,
        threads=args.threads,
        ident="bare-bolt",
    )
    return 0


# == the orchestrator ===============================================================================
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proc_tree(pid: int) -> list[int]:
    """pid and all its descendants (threads' children included)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return found


def memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) in MB summed over the process tree (HWM summed: an upper bound)."""
    rss = hwm = 0
    for p in _proc_tree(pid):
        try:
            text = Path(f"/proc/{p}/status").read_text()
        except OSError:
            continue
        rss += int(re.search(r"VmRSS:\s+(\d+)", text).group(1))  # type: ignore[union-attr]
        hwm += int(re.search(r"VmHWM:\s+(\d+)", text).group(1))  # type: ignore[union-attr]
    return rss / 1024, hwm / 1024


def tree_memory(pid: int) -> tuple[list[float], float]:
    """Each process's VmRSS in MB (the process first, then its descendants) and the sum of their
    PSS (Pss from /proc/<pid>/smaps_rollup: each shared page divided among the processes that
    map it, so pages a forked worker shares with its primary count once over the tree)."""
    rss, pss = [], 0
    for p in _proc_tree(pid):
        try:
            status = Path(f"/proc/{p}/status").read_text()
            rollup = Path(f"/proc/{p}/smaps_rollup").read_text()
        except OSError:
            continue
        rss.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)  # type: ignore[union-attr]
        pss += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))  # type: ignore[union-attr]
    return rss, pss / 1024


def context_switches(pid: int) -> tuple[int, int]:
    """(voluntary, involuntary) context switches of the process tree, all threads (each thread's
    /proc/<pid>/task/<tid>/status): a thread waking another, or waiting on a lock, the GIL or a
    socket, is one; the kernel's share of a request's CPU grows with them."""
    voluntary = involuntary = 0
    for p in _proc_tree(pid):
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                text = (task / "status").read_text()
            except OSError:
                continue
            found = dict(re.findall(r"^((?:non)?voluntary)_ctxt_switches:\s+(\d+)", text, re.M))
            voluntary += int(found.get("voluntary", 0))
            involuntary += int(found.get("nonvoluntary", 0))
    return voluntary, involuntary


def _pg_maintenance(url: str) -> dict[str, int] | None:
    """PostgreSQL's counts of autovacuums and autoanalyzes by table, and its checkpoints (None
    for another database)."""
    if not url.startswith("postgresql"):
        return None
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        found = {
            f"{kind} {table}": int(count)
            for table, vacuums, analyzes in conn.execute(
                "SELECT relname, autovacuum_count, autoanalyze_count FROM pg_stat_user_tables"
            )
            for kind, count in (("autovacuum", vacuums), ("autoanalyze", analyzes))
        }
        timed, asked = conn.execute(
            "SELECT checkpoints_timed, checkpoints_req FROM pg_stat_bgwriter"
        ).fetchone()
        found["checkpoints"] = int(timed) + int(asked)
    return found


def cpu_seconds(pid: int) -> float:
    """utime + stime of the process tree, all threads, from /proc/<pid>/stat."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in _proc_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


class ReplyWatcher:
    """Polls the stand-in's call log: when each response_url reply arrived, and what Web API
    methods were called. Reads only new entries, every 5 ms."""

    def __init__(self, api: Any) -> None:
        self.api = api
        self.seen = 0
        self.arrived: dict[str, float] = {}  # key -> first arrival (time.monotonic)
        self.replies: Counter[str] = Counter()  # key -> how many replies
        self.by_run: Counter[str] = Counter()  # run -> distinct keys replied
        self.methods: Counter[str] = Counter()
        self.lock = threading.Lock()
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="reply-watcher", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(0.005):
            self.poll()

    def poll(self) -> None:
        calls = self.api.calls
        n = len(calls)
        if n == self.seen:
            return
        now = time.monotonic()
        with self.lock:
            for call in calls[self.seen : n]:
                self.methods[call.method] += 1
                if call.method == "response_url" and call.path.startswith("/response/"):
                    key = call.path[len("/response/") :]
                    self.replies[key] += 1
                    if key not in self.arrived:
                        self.arrived[key] = now
                        self.by_run[key.rsplit("-", 1)[0]] += 1
            self.seen = n

    def wait_run(self, run: str, expected: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if self.by_run[run] >= expected:
                return True
            time.sleep(0.002)
        return False

    def wait_key(self, key: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if key in self.arrived:
                for call in reversed(self.api.calls):
                    if call.path == f"/response/{key}":
                        return call.params
            time.sleep(0.01)
        raise TimeoutError(f"no reply for {key}")

    def stop(self) -> None:
        self._stop.set()


@dataclass
class RunResult:
    app: str  # "bare" or "kpibot"
    db: str  # "-" for bare
    concurrency: int
    requests: int
    non200: int
    statuses: dict[int, int]
    ack_seconds: float
    complete_seconds: float | None  # None: some replies never came
    lat_ms: list[float]
    server_cpu_ms: float
    loadgen_cpu: float  # share of one core during the measured phase
    standin_cpu: float
    replies_expected: int = 0
    replies_received: int = 0
    duplicate_replies: int = 0
    reply_ms: list[float] = field(default_factory=list)
    web_api: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    run: str = ""
    ok_triggers: list[str] = field(default_factory=list)
    bad_triggers: list[str] = field(default_factory=list)
    warm_ok_triggers: list[str] = field(default_factory=list)
    stored_once: int | None = None
    stored_missing: int | None = None
    stored_dup: int | None = None
    stored_for_non200: int | None = None

    @property
    def ack_rps(self) -> float:
        return self.requests / self.ack_seconds

    @property
    def completed_rps(self) -> float | None:
        if self.complete_seconds is None:
            return None
        return self.requests / self.complete_seconds

    def p(self, q: float) -> float:
        return percentile(self.lat_ms, q)


class Server:
    def __init__(
        self, name: str, cmd: list[str], env: dict[str, str], port: int, workdir: Path
    ) -> None:
        self.name = name
        self.port = port
        self.url = ""  # kpibot's database
        self.log_path = workdir / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=workdir,  # no developer's .env is read
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches only us; we stop it in order
        )

    def wait_ready(self, path: str, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited ({self.proc.returncode}):\n{self.log_tail()}"
                )
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", path)
                status = conn.getresponse().status
                conn.close()
                if status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} did not answer in {timeout} s:\n{self.log_tail()}")

    def wait_workers(self, workers: int, timeout: float = 90) -> None:
        """Until every worker process serves: connections the load generator opens before a
        worker accepts would all go to the processes already serving, and stay there (they are
        kept alive), so the run would measure fewer processes than it says."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
            if text.count("worker serving (pid") >= workers - 1:
                return
            time.sleep(0.1)
        raise RuntimeError(f"{self.name}: not every worker served in {timeout} s")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.workdir = Path(tempfile.mkdtemp(prefix="kpibot-ackbench-"))
        self.secret = secrets.token_hex(16)
        self.nonce = secrets.token_hex(3)
        self.servers: list[Server] = []
        self.children: list[subprocess.Popen] = []
        self.pg: Any = None
        self.api: Any = None
        self.watcher: ReplyWatcher | None = None
        self.results: list[RunResult] = []
        self.memory: list[tuple[str, str, str, float, float]] = []
        # (process, db, when, each process's RSS MB, summed PSS MB): tree_memory
        self.trees: list[tuple[str, str, str, list[float], float]] = []
        self.notes: list[str] = []
        self.db_info: dict[str, str] = {}
        self.log_findings: dict[str, list[str]] = {}
        self.scheduler_output: dict[str, str] = {}
        self.prime_triggers: dict[str, list[str]] = {}
        self.stored_check: dict[str, str] = {}

    # -- plumbing ------------------------------------------------------------------------------
    def kpibot_exe(self) -> str:
        for candidate in (Path(sys.executable).with_name("kpibot"), ROOT / ".venv/bin/kpibot"):
            if candidate.exists():
                return str(candidate)
        found = shutil.which("kpibot")
        if found:
            return found
        raise RuntimeError("the kpibot console script was not found: run `make install` first")

    def base_env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SLACK_", "KPIBOT_"))
            and k not in {"DATABASE_URL", "PORT", "LOG_LEVEL"}
        }
        env.update(
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_SIGNING_SECRET=self.secret,
            SLACK_API_URL=self.api.api_url,
            LOG_LEVEL="INFO",
            PYTHONUNBUFFERED="1",
        )
        if os.environ.get("KPIBOT_ACK_TIMING"):  # where each request's time went (bot/timing.py)
            env["KPIBOT_ACK_TIMING"] = os.environ["KPIBOT_ACK_TIMING"]
        if os.environ.get("KPIBOT_TURN_ENDS"):  # when a writer's turn ends (bot/listener_runner.py)
            env["KPIBOT_TURN_ENDS"] = os.environ["KPIBOT_TURN_ENDS"]
        if os.environ.get("KPIBOT_TURN_STARTS"):  # where a writer's turn starts (the same)
            env["KPIBOT_TURN_STARTS"] = os.environ["KPIBOT_TURN_STARTS"]
        return env

    def start_standin(self) -> None:
        # The one place the stand-in is imported.
        from bot.offline.slack_api import FakeSlackApi

        @dataclass
        class BenchUser:  # what the stand-in's users.info needs (its FakeUser's shape)
            id: str
            name: str

            def to_slack(self, team_id: str) -> dict[str, Any]:
                return {
                    "id": self.id,
                    "team_id": team_id,
                    "name": self.name.lower().replace(" ", "."),
                    "real_name": self.name,
                    "tz": "Europe/Oslo",
                    "locale": "en-GB",
                    "is_admin": self.id == USERS[0][0],
                    "is_owner": False,
                    "is_bot": False,
                    "profile": {"display_name": self.name.split()[0], "real_name": self.name},
                }

        self.api = FakeSlackApi(team_id=TEAM_ID, team_name="Bench Workspace")
        # http.server listens with a backlog of 5: 32 listener threads posting replies at once
        # would overflow it and wait out 1 s SYN retransmits, which is the stand-in's fault, not
        # the app's. A larger backlog keeps the stand-in out of the measurement.
        server = getattr(self.api, "_server", None)
        if server is not None and hasattr(server, "socket"):
            server.socket.listen(1024)
        self.api.start()
        for uid, name in USERS:
            self.api.add_user(BenchUser(uid, name))
        self.watcher = ReplyWatcher(self.api)

    def check_customers(self) -> None:
        from bot.services.customers import suggest

        for name in CUSTOMERS:
            clash = suggest(name, [c for c in CUSTOMERS if c != name])
            if clash:
                raise RuntimeError(f"bench customer {name!r} is a near-miss of {clash}")

    def start_bare(self, http_threads: int, listener_threads: int) -> Server:
        port = _free_port()
        cmd = [
            sys.executable, str(SCRIPT), "_bare", "--port", str(port),
            "--threads", str(http_threads), "--listener-threads", str(listener_threads),
            "--workers", str(self.args.workers),
        ]  # fmt: skip
        server = Server("bare", cmd, self.base_env(), port, self.workdir)
        self.servers.append(server)
        server.wait_ready(EVENTS_PATH)
        server.wait_workers(self.args.workers)
        return server

    def start_kpibot(self, db: str, url: str) -> Server:
        port = _free_port()
        env = self.base_env()
        env.update(DATABASE_URL=url, PORT=str(port))
        cmd = [
            self.kpibot_exe(),
            "serve",
            "--host",
            "127.0.0.1",
            "--workers",
            str(self.args.workers),
        ]
        server = Server(f"kpibot-{db}", cmd, env, port, self.workdir)
        server.url = url
        self.servers.append(server)
        server.wait_ready("/healthz")
        server.wait_workers(self.args.workers)
        return server

    def post(self, port: int, body: str) -> tuple[int, bytes]:
        """The status and body of the acknowledgement."""
        ts, sig = sign(self.secret, body)
        data = body.encode()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            conn.request("POST", EVENTS_PATH, body=data, headers=headers_for(data, ts, sig))
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()

    def prime(self, db: str, server: Server) -> None:
        """/kpi setup in the team channel, then one /logmeeting per customer, one at a time:
        the team, its sellers (with profiles) and all customers exist before any load."""
        run = f"prime-{db}-{self.nonce}"
        self.prime_triggers[db] = [trigger_for(run, n + 1) for n in range(len(CUSTOMERS))]
        body = command_form(run, 0, self.api.url + "response/", USERS[0], "setup", "/kpi")
        status, answer = self.post(server.port, body)
        if status != 200:
            raise RuntimeError(f"/kpi setup was not acked:\n{server.log_tail()}")
        if b'"text"' in answer:
            reply = answer.decode()
        else:
            reply = json.dumps(self.watcher.wait_key(key_for(run, 0)))  # type: ignore[union-attr]
        if "24" not in reply:
            self.notes.append(f"{db}: unexpected /kpi setup reply: {reply[:300]}")
        for n in range(len(CUSTOMERS)):
            i = n + 1
            body = command_form(
                run, i, self.api.url + "response/", USERS[n % len(USERS)], CUSTOMERS[n] + NIGHT_DAY
            )
            status, answer = self.post(server.port, body)
            if status != 200:
                raise RuntimeError(f"priming /logmeeting was not acked:\n{server.log_tail()}")
            if b'"text"' not in answer:  # answered later, at the response_url
                self.watcher.wait_key(key_for(run, i))  # type: ignore[union-attr]

    # -- one measured run --------------------------------------------------------------------------
    def run_load(self, app: str, db: str, server: Server, conc: int) -> RunResult:
        args = self.args
        tag = f"{app}-{db}-c{conc}-{self.nonce}".replace("_", "")
        run, warm_run = tag + "m", tag + "w"
        result_path = self.workdir / f"{tag}.json"
        cfg = {
            "host": "127.0.0.1",
            "port": server.port,
            "secret": self.secret,
            "concurrency": conc,
            "warmup": args.warmup,
            "requests": args.requests,
            "run": run,
            "warm_run": warm_run,
            "response_base": self.api.url + "response/",
            "users": USERS,
            "result": str(result_path),
        }
        cfg_path = self.workdir / f"{tag}.cfg.json"
        cfg_path.write_text(json.dumps(cfg))
        stderr = (self.workdir / f"{tag}.loadgen.err").open("wb")
        gen = subprocess.Popen(
            [sys.executable, str(SCRIPT), "_loadgen", str(cfg_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            start_new_session=True,
        )
        self.children.append(gen)
        try:
            if gen.stdout.readline().strip() != "WARMED":  # type: ignore[union-attr]
                raise RuntimeError(f"load generator failed: {self._read(stderr.name)}")
            warm = json.loads(result_path.with_suffix(".warm.json").read_text())
            warm_ok_triggers = [
                trigger_for(warm_run, i) for i, s in enumerate(warm["status"]) if s == 200
            ]
            # Replies answered in the acknowledgement need no waiting for a response_url post.
            warm_ok = sum(
                1
                for s, a in zip(warm["status"], warm["answered"], strict=True)
                if s == 200 and not a
            )
            watcher = self.watcher
            assert watcher is not None
            if app == "kpibot" and not watcher.wait_run(warm_run, warm_ok, 60 + warm_ok * 0.1):
                self.notes.append(f"{tag}: warm-up replies missing after waiting")
            time.sleep(0.2)  # the warm-up's last listener threads wind down
            with watcher.lock:
                methods0 = Counter(watcher.methods)
            maintenance0 = _pg_maintenance(server.url)
            cpu0 = cpu_seconds(server.proc.pid)
            switches0 = context_switches(server.proc.pid)
            self_cpu0 = _self_cpu()
            gen.stdin.write("GO\n")  # type: ignore[union-attr]
            gen.stdin.flush()  # type: ignore[union-attr]
            if gen.stdout.readline().strip() != "DONE":  # type: ignore[union-attr]
                raise RuntimeError(f"load generator failed: {self._read(stderr.name)}")
            gen.wait(30)
        finally:
            if gen.poll() is None:
                gen.kill()
                gen.wait()
            stderr.close()
        data = json.loads(result_path.read_text())
        start, end = data["start"], data["end"]
        statuses = Counter(data["status"])
        ok = [i for i, s in enumerate(data["status"]) if s == 200]
        complete_seconds: float | None = end - start
        received = 0
        reply_ms: list[float] = []
        dup = 0
        if app == "kpibot":
            answered = data["answered"]
            later = [i for i in ok if not answered[i]]
            watcher.wait_run(run, len(later), 60 + len(later) * 0.1)
            watcher.poll()
            with watcher.lock:
                keys = [key_for(run, i) for i in ok]
                # A reply in the acknowledgement arrived with it; others at their response_url.
                arrivals = [
                    data["sent_at"][i] + data["latency"][i]
                    if answered[i]
                    else watcher.arrived.get(k)
                    for i, k in zip(ok, keys, strict=True)
                ]
                dup = sum(
                    max(0, watcher.replies[k] - (0 if answered[i] else 1))
                    for i, k in zip(ok, keys, strict=True)
                )
            received = sum(1 for a in arrivals if a is not None)
            if received == len(ok):
                complete_seconds = max([end, *arrivals]) - start  # type: ignore[type-var]
            else:
                complete_seconds = None
            reply_ms = sorted(
                (a - data["sent_at"][i]) * 1000 for i, a in zip(ok, arrivals, strict=True) if a
            )
        cpu1 = cpu_seconds(server.proc.pid)
        switches1 = context_switches(server.proc.pid)
        maintenance1 = _pg_maintenance(server.url)
        if maintenance0 is not None and maintenance1 is not None:
            # The server's own work while the commands ran (it shares the machine's cores): an
            # autovacuum or autoanalyze of a table the commands fill, or a checkpoint.
            done = {
                k: maintenance1[k] - maintenance0.get(k, 0)
                for k in maintenance1
                if maintenance1[k] != maintenance0.get(k, 0)
            }
            self.notes.append(
                f"{tag}: PostgreSQL's maintenance during the measured phase and what it left to "
                f"finish: {', '.join(f'{k} {v}' for k, v in sorted(done.items())) or 'none'}"
            )
        self.notes.append(
            f"{tag}: the server's context switches per request "
            f"{(switches1[0] - switches0[0]) / len(data['status']):.1f} voluntary, "
            f"{(switches1[1] - switches0[1]) / len(data['status']):.1f} involuntary "
            "(all its threads, the measured phase and what it left to finish)"
        )
        self_cpu1 = _self_cpu()
        wall = (time.monotonic() - start) if app == "kpibot" else (end - start)
        with watcher.lock:
            methods = Counter(watcher.methods)
        methods.subtract(methods0)
        return RunResult(
            app=app,
            db=db,
            concurrency=conc,
            requests=len(data["status"]),
            non200=len(data["status"]) - len(ok),
            statuses=dict(statuses),
            ack_seconds=end - start,
            complete_seconds=complete_seconds,
            lat_ms=sorted(x * 1000 for x in data["latency"]),
            server_cpu_ms=(cpu1 - cpu0) * 1000 / len(data["status"]),
            loadgen_cpu=data["cpu"] / (end - start),
            standin_cpu=(self_cpu1 - self_cpu0) / wall,
            replies_expected=len(ok) if app == "kpibot" else 0,
            replies_received=received,
            duplicate_replies=dup,
            reply_ms=reply_ms,
            web_api={m: c for m, c in methods.items() if c},
            errors=data["errors"],
            run=run,
            ok_triggers=[trigger_for(run, i) for i in ok],
            bad_triggers=[trigger_for(run, i) for i, s in enumerate(data["status"]) if s != 200],
            warm_ok_triggers=warm_ok_triggers,
        )

    @staticmethod
    def _read(path: str) -> str:
        try:
            return Path(path).read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    # -- verification and memory -------------------------------------------------------------------
    def verify_activities(self, db: str, url: str, runs: list[RunResult]) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                refs = Counter(
                    r[0]
                    for r in conn.execute(
                        text("SELECT source_ref FROM activities WHERE workspace_id = :ws"),
                        {"ws": TEAM_ID},
                    )
                )
                no_team = conn.execute(
                    text("SELECT COUNT(*) FROM activities WHERE team_id IS NULL")
                ).scalar_one()
        finally:
            engine.dispose()
        every_ok = list(self.prime_triggers.get(db, []))
        for r in runs:
            counts = [refs.get(f"cmd:{t}", 0) for t in r.ok_triggers]
            r.stored_once = sum(1 for c in counts if c == 1)
            r.stored_missing = sum(1 for c in counts if c == 0)
            r.stored_dup = sum(1 for c in counts if c > 1)
            r.stored_for_non200 = sum(1 for t in r.bad_triggers if refs.get(f"cmd:{t}", 0))
            every_ok += r.ok_triggers + r.warm_ok_triggers
        # Priming and warm-up requests store activities too: every 200 the bench got, once each.
        once = sum(1 for t in every_ok if refs.get(f"cmd:{t}", 0) == 1)
        total = sum(refs.values())
        self.stored_check[db] = (
            f"{total:,} activities in the table; the bench got {len(every_ok):,} 200s for "
            f"/logmeeting (priming, warm-up and measured), {once:,} of them stored exactly once"
            f"{'' if total == len(every_ok) == once else ' (MISMATCH)'}; {no_team} activities "
            "without a team."
        )

    def measure_serve_digest(self, db: str, url: str) -> None:
        """`kpibot serve` runs the scheduler in-process by default, so on digest day it also
        renders the digest and its chart. A second `kpibot serve` on the same database with a
        week's grace sends last week's digest at its start-up tick; its memory is read then."""
        port = _free_port()
        env = self.base_env()
        env.update(DATABASE_URL=url, PORT=str(port), KPIBOT_DIGEST_GRACE_HOURS="168")
        cmd = [self.kpibot_exe(), "serve", "--host", "127.0.0.1"]
        server = Server(f"kpibot-{db}-digest", cmd, env, port, self.workdir)
        self.servers.append(server)
        try:
            server.wait_ready("/healthz")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and "tick:" not in server.log_tail(200):
                time.sleep(0.2)
            time.sleep(1.0)
            tick = [ln for ln in server.log_tail(200).splitlines() if "tick:" in ln]
            rss, hwm = memory_mb(server.proc.pid)
            when = "fresh start, start-up tick sent a digest" if tick else "fresh start (no tick!)"
            self.memory.append(("kpibot serve", db, when, rss, hwm))
        finally:
            server.stop()
        # Let `kpibot scheduler --once` below send the same digest again.
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text("DELETE FROM claims"))
        finally:
            engine.dispose()

    def measure_scheduler(self, db: str, url: str) -> None:
        env = self.base_env()
        env.update(DATABASE_URL=url)
        exe = self.kpibot_exe()
        # `kpibot scheduler --once` exits too soon to read /proc from outside, and wait4's
        # ru_maxrss counts the forking parent's pages from before exec. So run the console
        # script's own entry point (bot.cli:main) and have the process read its VmHWM itself.
        # A week's grace makes last week's digest due whatever the day: the tick then does its
        # real work (digest with trend chart, each seller's summary) rather than nothing.
        once_env = {**env, "KPIBOT_DIGEST_GRACE_HOURS": "168"}
        out_path = self.workdir / f"scheduler-once-{db}.log"
        mem_path = self.workdir / f"scheduler-once-{db}.mem"
        code = (
            "import sys\n"
            "from bot.cli import main\n"
            "try:\n"
            "    rc = main(['scheduler', '--once'])\n"
            "finally:\n"
            "    status = open('/proc/self/status').read()\n"
            f"    open({str(mem_path)!r}, 'w').write(status)\n"
            "sys.exit(rc)\n"
        )
        with out_path.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-c", code],
                env=once_env,
                cwd=self.workdir,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            self.children.append(proc)
            proc.wait(300)
        text = out_path.read_text(errors="replace").strip().splitlines()
        self.scheduler_output[db] = (text[-1] if text else "") + f" (exit {proc.returncode})"
        try:
            status = mem_path.read_text()
            rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
            hwm = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
            self.memory.append(
                ("kpibot scheduler --once", db, "end of a tick sending a digest", rss, hwm)
            )
        except (OSError, AttributeError):
            self.notes.append(f"kpibot scheduler --once on {db}: no memory reading")
        proc = subprocess.Popen(
            [exe, "scheduler"],
            env=env,
            cwd=self.workdir,
            stdin=subprocess.DEVNULL,
            stdout=(self.workdir / f"scheduler-{db}.log").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.children.append(proc)
        time.sleep(self.args.scheduler_seconds)
        if proc.poll() is None:
            rss, hwm = memory_mb(proc.pid)
            self.memory.append(
                (
                    "kpibot scheduler",
                    db,
                    f"running {self.args.scheduler_seconds:g} s, idle ticks",
                    rss,
                    hwm,
                )
            )
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        else:
            self.notes.append(f"kpibot scheduler on {db} exited early ({proc.returncode})")

    def scan_log(self, server: Server) -> None:
        """Warnings, errors and tracebacks in a server's log, grouped by message (digits as N)."""
        counts: Counter[str] = Counter()
        for line in server.log_path.read_text(errors="replace").splitlines():
            match = re.search(r" (WARNING|ERROR|CRITICAL) (.*)", line)
            if match:
                counts[f"{match.group(1)} {re.sub(r'[0-9]+', 'N', match.group(2))[:200]}"] += 1
            elif line.startswith("Traceback"):
                counts["Traceback"] += 1
        if counts:
            self.log_findings[server.name] = [f"{n}× {m}" for m, n in counts.most_common(8)]

    # -- the whole thing -------------------------------------------------------------------------------
    def run(self) -> None:
        args = self.args
        http_threads, listener_threads = _kpibot_threads()
        self.threads = (http_threads, listener_threads)
        self.start_standin()
        self.check_customers()
        self.load_before = _loadavg()
        bare = self.start_bare(http_threads, listener_threads)
        apps: list[tuple[str, str, Server, str]] = [("bare", "-", bare, "")]
        for db in args.databases:
            if db == "sqlite":
                url = f"sqlite:///{self.workdir / 'kpibot-bench.db'}"
            else:
                url = self.start_postgres()
                if url is None:
                    continue
            server = self.start_kpibot(db, url)
            time.sleep(1.0)
            rss, hwm = memory_mb(server.proc.pid)
            self.memory.append(("kpibot serve", db, "idle after start-up", rss, hwm))
            self.trees.append(
                ("kpibot serve", db, "idle after start-up", *tree_memory(server.proc.pid))
            )
            apps.append(("kpibot", db, server, url))
        for app, db, server, _ in apps:
            if app == "kpibot":
                self.prime(db, server)
        for conc in args.concurrency:
            for app, db, server, _ in apps:
                print(f"… {app} {db} concurrency {conc}", file=sys.stderr, flush=True)
                self.results.append(self.run_load(app, db, server, conc))
        self.load_after = _loadavg()
        rss, hwm = memory_mb(bare.proc.pid)
        self.memory.append(("bare Bolt app", "-", "after the load", rss, hwm))
        self.trees.append(("bare Bolt app", "-", "after the load", *tree_memory(bare.proc.pid)))
        for app, db, server, url in apps:
            if app != "kpibot":
                continue
            time.sleep(1.0)
            rss, hwm = memory_mb(server.proc.pid)
            self.memory.append(("kpibot serve", db, "after the load", rss, hwm))
            self.trees.append(("kpibot serve", db, "after the load", *tree_memory(server.proc.pid)))
            runs = [r for r in self.results if r.app == "kpibot" and r.db == db]
            self.verify_activities(db, url, runs)
            self.measure_serve_digest(db, url)
            self.measure_scheduler(db, url)
        for server in self.servers:
            self.scan_log(server)

    def start_postgres(self) -> str | None:
        sys.path.insert(0, str(ROOT))
        from tests.pg import ThrowawayPostgres

        try:
            self.pg = ThrowawayPostgres()
            self.pg.start()
        except (RuntimeError, OSError, subprocess.CalledProcessError) as err:
            detail = getattr(err, "stderr", b"") or b""
            self.notes.append(
                f"PostgreSQL skipped: {err} {detail.decode(errors='replace')[:300]} "
                "(`make postgres` installs the server binaries)"
            )
            print(self.notes[-1], file=sys.stderr)
            return None
        url = self.pg.new_database()
        import psycopg

        with psycopg.connect(self.pg.admin_dsn) as conn:
            self.db_info["postgres"] = str(conn.execute("SHOW server_version").fetchone()[0])
        return url

    def stop_postgres(self) -> None:
        """pg_ctl stop; then end any server process still running on our data directory (one
        interrupted while pg_ctl was starting it), by pid."""
        data = str(self.pg.data)
        try:
            self.pg.stop()
        except Exception as err:
            print(f"stopping PostgreSQL: {err}", file=sys.stderr)
        for attempt in range(2):
            left = _pids_with_arg(data)
            for pid in left:
                try:
                    os.kill(pid, signal.SIGQUIT if attempt == 0 else signal.SIGKILL)
                except OSError:
                    pass
            if not left:
                break
            time.sleep(2)
        shutil.rmtree(self.pg.dir, ignore_errors=True)

    def cleanup(self) -> None:
        for proc in self.children:
            if proc.poll() is None:
                proc.kill()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    pass
        for server in reversed(self.servers):
            try:
                server.stop()
            except Exception as err:  # keep cleaning up
                print(f"stopping {server.name}: {err}", file=sys.stderr)
        if self.pg is not None:
            self.stop_postgres()
        if self.watcher is not None:
            self.watcher.stop()
        if self.api is not None:
            try:
                self.api.stop()
            except Exception:
                pass
        if self.args.keep:
            print(f"logs kept in {self.workdir}", file=sys.stderr)
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)


def _pids_with_arg(arg: str) -> list[int]:
    """Processes whose command line contains `arg` (a unique temp path of ours)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if arg in (entry / "cmdline").read_bytes().decode(errors="replace"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _self_cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _kpibot_threads() -> tuple[int, int]:
    """`kpibot serve`'s waitress threads (bot/cli.py) and Bolt listener threads (bot/app.py)."""
    try:
        from bot.cli import HTTP_THREADS
    except ImportError:
        HTTP_THREADS = 16  # noqa: N806
    try:
        from bot.app import LISTENER_THREADS
    except ImportError:
        LISTENER_THREADS = 32  # noqa: N806
    return HTTP_THREADS, LISTENER_THREADS


# -- the report ------------------------------------------------------------------------------------
def _f(x: float | None, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x:,.{digits}f}"


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "–"
    return f"{a / b:.2f}×"


def _machine() -> list[str]:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        mem = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, AttributeError):
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"- Machine: {os.cpu_count()} cores ({usable} usable), {model}, {mem} RAM, "
        f"{platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}",
    ]


def _versions(bench: Bench) -> str:
    from importlib.metadata import version

    parts = [
        f"{name} {version(name)}" for name in ("slack_bolt", "slack_sdk", "waitress", "SQLAlchemy")
    ]
    import sqlite3

    parts.append(f"SQLite {sqlite3.sqlite_version}")
    if "postgres" in bench.db_info:
        parts.append(f"PostgreSQL {bench.db_info['postgres']}")
    return ", ".join(parts)


def report(bench: Bench, command: str, started: datetime) -> str:
    args = bench.args
    out: list[str] = []
    add = out.append
    add("# kpibot ack benchmark (bench/ack.py)")
    add("")
    add(f"- Date: {started:%Y-%m-%d %H:%M} UTC")
    out += _machine()
    add(f"- Libraries: {_versions(bench)}")
    add(f"- Command: `{command}`")
    add(
        f"- {args.requests:,} measured requests per run after {args.warmup:,} warm-up requests at "
        f"the same concurrency; waitress threads {bench.threads[0]} (as `kpibot serve`), Bolt "
        f"listener threads {bench.threads[1]} (as kpibot) for both apps, in "
        f"{args.workers} serving process{'es' if args.workers > 1 else ''} each "
        "(`kpibot serve --workers`; the bare app the same way: one bound socket)"
    )
    add(f"- Load average before / after: {bench.load_before} / {bench.load_after}")
    add("")
    add("## Ack latency and throughput")
    add("")
    add(
        "Latency: from send to the full HTTP response, at the load generator. Completed: until "
        "every 200's reply reached its response_url (and so its activity was committed: kpibot "
        "stores before it replies). CPU/cmd: the server's utime+stime over the run (after-work "
        "included) per request. Load gen and stand-in CPU: share of one core during the run."
    )
    add("")
    add(
        "| app | db | conc | requests | non-200 | ack req/s | completed req/s | p50 ms | p90 ms "
        "| p99 ms | max ms | server CPU ms/cmd | load gen CPU | stand-in CPU |"
    )
    add("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for r in bench.results:
        add(
            f"| {r.app} | {r.db} | {r.concurrency} | {r.requests:,} | {r.non200} | "
            f"{_f(r.ack_rps, 0)} | {_f(r.completed_rps, 0)} | {_f(r.p(50))} | {_f(r.p(90))} | "
            f"{_f(r.p(99))} | {_f(r.lat_ms[-1] if r.lat_ms else None)} | {_f(r.server_cpu_ms, 2)} | "
            f"{r.loadgen_cpu:.0%} | {r.standin_cpu:.0%} |"
        )
    add("")
    add("## kpibot / bare")
    add("")
    add("| db | conc | ack req/s | completed req/s | p50 | p90 | p99 | CPU/cmd |")
    add("|---|--:|--:|--:|--:|--:|--:|--:|")
    bare = {r.concurrency: r for r in bench.results if r.app == "bare"}
    for r in bench.results:
        b = bare.get(r.concurrency)
        if r.app != "kpibot" or b is None:
            continue
        add(
            f"| {r.db} | {r.concurrency} | {_ratio(r.ack_rps, b.ack_rps)} | "
            f"{_ratio(r.completed_rps, b.completed_rps)} | {_ratio(r.p(50), b.p(50))} | "
            f"{_ratio(r.p(90), b.p(90))} | {_ratio(r.p(99), b.p(99))} | "
            f"{_ratio(r.server_cpu_ms, b.server_cpu_ms)} |"
        )
    add("")
    add("## Replies and stored activities (kpibot)")
    add("")
    add(
        "Every 200 must have stored exactly one activity (`activities.source_ref` = "
        "`cmd:<trigger_id>`) and sent exactly one response_url reply. Reply latency: from send to "
        "the reply's arrival at the stand-in (polled every 5 ms)."
    )
    add("")
    add(
        "| db | conc | 200s | stored once | missing | stored twice+ | stored for a non-200 | "
        "replies | lost | duplicate | reply p50 ms | reply p99 ms | reply max ms | Web API calls |"
    )
    add("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|")
    for r in bench.results:
        if r.app != "kpibot":
            continue
        calls = ", ".join(f"{m} {n}" for m, n in sorted(r.web_api.items())) or "–"
        add(
            f"| {r.db} | {r.concurrency} | {r.requests - r.non200:,} | {_f(r.stored_once, 0)} | "
            f"{_f(r.stored_missing, 0)} | {_f(r.stored_dup, 0)} | {_f(r.stored_for_non200, 0)} | "
            f"{r.replies_received:,} | {r.replies_expected - r.replies_received} | "
            f"{r.duplicate_replies} | {_f(percentile(r.reply_ms, 50))} | "
            f"{_f(percentile(r.reply_ms, 99))} | {_f(percentile(r.reply_ms, 100))} | {calls} |"
        )
    for db, line in bench.stored_check.items():
        add("")
        add(f"{db}: {line}")
    add("")
    add("## Memory")
    add("")
    add("VmRSS and VmHWM (peak) from /proc/<pid>/status, summed over the process and its children.")
    add("")
    add("| process | db | when | RSS MB | peak RSS MB |")
    add("|---|---|---|--:|--:|")
    for name, db, when, rss, hwm in bench.memory:
        add(f"| {name} | {db} | {when} | {_f(rss)} | {_f(hwm)} |")
    add("")
    add(
        "Each serving process's VmRSS (the primary first), and PSS (`/proc/<pid>/smaps_rollup`) "
        "summed over the tree: a page the processes share (forked workers) counts once."
    )
    add("")
    add("| process | db | when | RSS MB of each process | summed PSS MB |")
    add("|---|---|---|--:|--:|")
    for name, db, when, each, pss in bench.trees:
        add(f"| {name} | {db} | {when} | {' + '.join(_f(r) for r in each)} | {_f(pss)} |")
    for db, line in bench.scheduler_output.items():
        add("")
        add(
            f"`kpibot scheduler --once` on {db} (KPIBOT_DIGEST_GRACE_HOURS=168, so last week's "
            f"digest is due) printed: {line}"
        )
    add("")
    add("## Targets (reported, not enforced)")
    add("")
    add("| target | db | value | met |")
    add("|---|---|--:|:-:|")
    b8 = bare.get(8)
    for r in bench.results:
        if r.app != "kpibot" or r.concurrency != 8 or b8 is None:
            continue
        floor = 0.6 if r.db == "sqlite" else 0.4
        checks = [
            ("ack p50 ≤ 1.5× bare (c=8)", r.p(50) / b8.p(50), lambda v: v <= 1.5, "×"),
            ("ack p99 ≤ 1.5× bare (c=8)", r.p(99) / b8.p(99), lambda v: v <= 1.5, "×"),
            (
                f"completed throughput ≥ {floor}× bare (c=8)",
                (r.completed_rps or 0) / b8.completed_rps,  # type: ignore[operator]
                lambda v, f=floor: v >= f,
                "×",
            ),
            (
                f"ack throughput ≥ {floor}× bare (c=8)",
                r.ack_rps / b8.ack_rps,
                lambda v, f=floor: v >= f,
                "×",
            ),
        ]
        for label, value, ok, unit in checks:
            add(f"| {label} | {r.db} | {value:.2f}{unit} | {'yes' if ok(value) else 'no'} |")
    non200 = sum(r.non200 for r in bench.results)
    add(f"| zero non-200 (all runs) | all | {non200} | {'yes' if non200 == 0 else 'no'} |")
    for name, db, when, rss, _hwm in bench.memory:
        if name == "kpibot serve" and when != "idle after start-up":
            label = "after the load" if when == "after the load" else f"({when})"
            met = "yes" if rss < 120 else "no"
            add(f"| `kpibot serve` RSS < 120 MB {label} | {db} | {rss:.0f} MB | {met} |")
    for name, db, when, _each, pss in bench.trees:
        if name == "kpibot serve" and when == "after the load":
            met = "yes" if pss < 120 else "no"
            add(
                f"| `kpibot serve` summed PSS < 120 MB after the load | {db} | {pss:.0f} MB | {met} |"
            )
    if bench.log_findings or bench.notes or any(r.errors for r in bench.results):
        add("")
        add("## Findings")
        add("")
        for note in bench.notes:
            add(f"- {note}")
        for r in bench.results:
            for err in r.errors[:3]:
                add(f"- {r.app} {r.db} c={r.concurrency}: {err}")
            other = {s: n for s, n in r.statuses.items() if s != 200}
            if other:
                add(f"- {r.app} {r.db} c={r.concurrency}: statuses {other}")
        for name, lines in bench.log_findings.items():
            add(f"- `{name}` log:")
            for line in lines:
                add(f"    - `{line}`")
    add("")
    add("## Method")
    add("")
    add(
        "Four kinds of processes on one machine: this script (the Slack Web API stand-in, which "
        "receives every Web API call and response_url post, and the orchestration), the bare Bolt "
        "app (`bench/ack.py _bare`: an App configured like kpibot's whose only listener acks "
        "/logmeeting, served by waitress through `slack_bolt.adapter.wsgi.SlackRequestHandler`), "
        "the real `kpibot serve` (console script; DATABASE_URL a fresh SQLite file or a database "
        "on a throwaway PostgreSQL from tests/pg.py; in-process scheduler on, as by default), and "
        "one load generator per run (`bench/ack.py _loadgen`). The load generator pre-builds "
        "form-encoded /logmeeting bodies exactly as Slack sends them, each with its own "
        "trigger_id and response_url, signed with v0 HMAC-SHA256, and sends them over N "
        "persistent HTTP/1.1 connections, one thread each. A run is a warm-up at the same "
        "concurrency (excluded; for kpibot the run waits until all warm-up replies arrived), "
        "then the measured requests. Before any load, kpibot gets `/kpi setup` in the team "
        "channel (24 sellers) and one /logmeeting per customer (36), so the measured requests "
        "store activities for known sellers and customers (every third with a temperature, "
        "which opens or updates a lead). Runs are interleaved (bare, kpibot SQLite, kpibot "
        "PostgreSQL at each concurrency) so drift from other load on the machine spreads evenly. "
        "Bolt itself polls for ack() every 10 ms (slack_bolt/listener/thread_runner.py), which "
        "sets the bare app's latency floor. The load generator is closed-loop (each connection "
        "sends its next request when the last is answered), so once a server is saturated its "
        "latency is about concurrency / throughput."
    )
    add("")
    return "\n".join(out)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/ack.py", description="kpibot ack latency/throughput vs a bare Bolt app"
    )
    parser.add_argument("--requests", type=int, help="measured requests per run (default 1500)")
    parser.add_argument("--warmup", type=int, help="warm-up requests per run (default 200)")
    parser.add_argument(
        "--concurrency", default="1,8,32", help="comma-separated connection counts (1,8,32)"
    )
    parser.add_argument(
        "--databases", default="sqlite,postgres", help="sqlite, postgres or both (default both)"
    )
    parser.add_argument("--quick", action="store_true", help="300 requests, 50 warm-up")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="serving processes of both apps (`kpibot serve --workers N`; default 1)",
    )
    parser.add_argument(
        "--scheduler-seconds", type=float, default=5.0, help="how long `kpibot scheduler` runs"
    )
    parser.add_argument(
        "--output", default=str(ROOT / "bench/results/ack.md"), help="markdown report ('' for none)"
    )
    parser.add_argument("--keep", action="store_true", help="keep logs and databases (temp dir)")
    args = parser.parse_args(argv)
    args.requests = args.requests or (300 if args.quick else 1500)
    args.warmup = args.warmup if args.warmup is not None else (50 if args.quick else 200)
    args.concurrency = [int(c) for c in args.concurrency.split(",") if c.strip()]
    args.databases = [d.strip() for d in args.databases.split(",") if d.strip()]
    for db in args.databases:
        if db not in ("sqlite", "postgres"):
            parser.error(f"unknown database {db!r}: use sqlite and/or postgres")
    if args.requests < 1 or any(c < 1 for c in args.concurrency):
        parser.error("--requests and --concurrency must be positive")
    return args


def main(argv: list[str]) -> int:
    if argv[:1] == ["_loadgen"]:
        return loadgen_main(argv[1])
    if argv[:1] == ["_bare"]:
        return bare_main(argv[1:])
    args = parse_args(argv)
    sys.path.insert(0, str(ROOT))
    started = datetime.now(UTC)
    command = " ".join([".venv/bin/python bench/ack.py", *map(shlex.quote, argv)]).strip()

    def terminate(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    signal.signal(signal.SIGHUP, terminate)
    bench = Bench(args)
    try:
        bench.run()
    except KeyboardInterrupt:
        print("interrupted; cleaning up", file=sys.stderr)
        return 130
    finally:
        bench.cleanup()
    text = report(bench, command, started)
    print(text)
    if args.output:
        path = Path(args.output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")
        print(f"written to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
