"""Instructions per `/logmeeting` as served: `kpibot serve` (PostgreSQL) and bench/ack.py's bare
Bolt app, each run under callgrind, each sent the same signed commands one at a time over one
keep-alive HTTP connection. Everything the serving process does for a request is counted:
waitress (its main loop, the request thread), the WSGI application, Bolt, the listener, the
answer. Instrumentation is switched on (`callgrind_control -i on`) only for the measured
requests, after priming and a warm-up, so the total divided by their count is instructions per
request.

    valgrind must be installed.
    .venv/bin/python bench/ack_served.py                 # both apps, 200 measured after 200
    .venv/bin/python bench/ack_served.py --apps kpibot --requests 100 --keep

Slow (valgrind): a few minutes. By counts, so it holds on a loaded machine, unlike bench/ack.py's
wall clock; but one request at a time, so what concurrency adds (the GIL handed back and forth,
queues) is not in it.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ack import (  # noqa: E402
    EVENTS_PATH,
    SCRIPT,
    USERS,
    Bench,
    Server,
    _free_port,
    _kpibot_threads,
    command_form,
    headers_for,
    log_text,
    seller_for,
    sign,
)


def _valgrind(out: Path) -> list[str]:
    return [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={out}",
        "--dump-instr=no",
        "--collect-jumps=no",
    ]


class ServedBench(Bench):
    def start_under_callgrind(self, app: str, url: str | None) -> Server:
        port = _free_port()
        out = self.workdir / f"callgrind.{app}.out"
        env = self.base_env()
        http_threads, listener_threads = _kpibot_threads()
        if app == "bare":
            cmd = [
                sys.executable, str(SCRIPT), "_bare", "--port", str(port),
                "--threads", str(http_threads), "--listener-threads", str(listener_threads),
            ]  # fmt: skip
            path = EVENTS_PATH
        else:
            env.update(DATABASE_URL=url or "", PORT=str(port))
            if getattr(self, "functions", False):
                # Each of cg_functions.FUNCTIONS in a C function of its own (installed at start-up
                # by a sitecustomize): their inclusive instructions in callgrind's table.
                site = self.workdir / "cg_site"
                site.mkdir(exist_ok=True)
                (site / "sitecustomize.py").write_text(
                    f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                    "from bench import cg_functions\ncg_functions.install()\n"
                )
                env["PYTHONPATH"] = os.pathsep.join(
                    p for p in (str(site), env.get("PYTHONPATH", "")) if p
                )
                if os.environ.get("KPIBOT_CG_MORE"):  # more functions (cg_functions._more)
                    env["KPIBOT_CG_MORE"] = os.environ["KPIBOT_CG_MORE"]
            # No scheduler in the process: its minute tick would be counted too, as often as the
            # run lasts under valgrind (a loaded machine makes it last longer).
            cmd = [self.kpibot_exe(), "serve", "--host", "127.0.0.1", "--no-scheduler"]
            path = "/healthz"
        server = Server(app, [*_valgrind(out), *cmd], env, port, self.workdir)
        server.callgrind_out = out  # type: ignore[attr-defined]
        self.servers.append(server)
        server.wait_ready(path, timeout=300)
        return server


def _send(conn: http.client.HTTPConnection, secret: str, body: str) -> tuple[int, bytes]:
    ts, sig = sign(secret, body)
    data = body.encode()
    conn.request("POST", EVENTS_PATH, body=data, headers=headers_for(data, ts, sig))
    resp = conn.getresponse()
    return resp.status, resp.read()


def _control(pid: int, *args: str) -> None:
    subprocess.run(["callgrind_control", *args, str(pid)], check=True, capture_output=True)


def _valgrind_pid(server: Server) -> int:
    return server.proc.pid  # valgrind runs the program in its own process (no fork)


def measure(bench: ServedBench, app: str, url: str | None, warmup: int, n: int) -> dict[str, Any]:
    server = bench.start_under_callgrind(app, url)
    if app == "kpibot":
        bench.prime("postgres", server)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
    base = bench.api.url + "response/"

    def one(run: str, i: int) -> None:
        body = command_form(run, i, base, seller_for(i, USERS), log_text(run, i))
        status, answer = _send(conn, bench.secret, body)
        if status != 200 or (app == "kpibot" and b"Logged" not in answer):
            raise RuntimeError(f"{app} request {i}: {status} {answer[:300]!r}")

    for i in range(warmup):
        one(f"served-{app}-{bench.nonce}w", i)
    time.sleep(0.5)
    pid = _valgrind_pid(server)
    _control(pid, "-z")
    _control(pid, "-i", "on")
    for i in range(n):
        one(f"served-{app}-{bench.nonce}m", i)
    _control(pid, "-i", "off")
    conn.close()
    server.stop()
    # valgrind's own summary at exit: what was collected since the counters were zeroed.
    found = re.search(r"Collected : (\d+)", server.log_path.read_text(errors="replace"))
    total = int(found.group(1)) if found else 0
    if app == "kpibot" and getattr(bench, "functions", False):
        from bench import cg_functions

        print(cg_functions.report(server.callgrind_out, n), flush=True)  # type: ignore[attr-defined]
    return {"app": app, "requests": n, "instructions": total, "per_request": total / n}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--apps", default="bare,kpibot")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the callgrind files and logs")
    parser.add_argument(
        "--functions",
        action="store_true",
        help="kpibot: inclusive instructions of bench/cg_functions.py's FUNCTIONS, per request",
    )
    args = parser.parse_args()
    bench = ServedBench(SimpleNamespace(workers=1, keep=args.keep))
    bench.functions = args.functions  # type: ignore[attr-defined]
    results = []
    try:
        bench.start_standin()
        for app in args.apps.split(","):
            url = bench.start_postgres() if app == "kpibot" else None
            results.append(measure(bench, app, url, args.warmup, args.requests))
            print(
                f"{app}: {results[-1]['per_request']:,.0f} instructions per request "
                f"({args.requests} after {args.warmup})",
                flush=True,
            )
    finally:
        bench.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
