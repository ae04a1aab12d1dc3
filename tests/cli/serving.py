"""One real `kpibot serve` process per backend, shared by the tests that need one started on an
empty database and then stopped (suite33): test_serve's start (its upgrade, /healthz, a signed
command, /readyz) and test_shutdown's SIGTERM with a request in flight. Each started its own
(1.5-2 s of CPU and as long again of waiting, each); on one test worker the second now uses the
first's process, with users and customers of its own so neither sees the other's records.

The test that stops the process `take`s it (nobody gets it after); one not taken by the end of
the worker's session is stopped there, and must exit 0 as after any SIGTERM. A test whose worker
has none running (xdist dealt the other elsewhere, or `-k` left it out) gets a new one, started
the same way: every test holds with or without the other."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.offline.slack_api import FakeSlackApi

KPIBOT = str(Path(sys.executable).with_name("kpibot"))
SECRET = "serve-secret"
TEAM = "T0SERVE"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_without_slack(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.pop("DATABASE_URL", None)
    env.update(extra)
    return env


def wait_healthy(
    url: str, proc: subprocess.Popen, timeout: float = 30, log: Path | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            said = log.read_text() if log else proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"kpibot serve exited: {said}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.05)  # a separate process: polling is the only way to know
    said = f": {log.read_text()[-3000:]}" if log else ""
    raise AssertionError(f"kpibot serve did not become healthy in {timeout} s{said}")


@dataclass
class Served:
    """A running `kpibot serve` (its scheduler too, JSON logs) on `db_url`, answering Slack's
    requests at `url` and calling the stand-in `api` (workspace TEAM)."""

    proc: subprocess.Popen
    url: str
    port: int
    api: FakeSlackApi
    db_url: str
    log: Path
    drop: Callable[[], None]

    def said(self) -> str:
        """What it wrote to stderr so far."""
        return self.log.read_text()

    closed: bool = False

    def close(self) -> int:
        """Stopped (SIGTERM, if still running), its stand-in and database gone: its exit code.
        Again: nothing more."""
        if self.closed:
            return self.proc.wait(timeout=30)
        self.closed = True
        try:
            if self.proc.poll() is None:
                self.proc.terminate()
            return self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(timeout=30)
            self.api.stop()
            self.drop()


class ServeProcesses:
    """The running shared processes of this test worker, by backend."""

    def __init__(self, mktemp: Callable[[str], Path]) -> None:
        self.mktemp = mktemp
        self.running: dict[str, Served] = {}

    def get(
        self, backend: str, new_database: Callable[[], tuple[str, Callable[[], None]]]
    ) -> Served:
        """This backend's process, started on an empty database (`new_database`: its URL, and
        how to drop it) when there is none."""
        if backend not in self.running:
            self.running[backend] = self._start(backend, *new_database())
        return self.running[backend]

    def take(
        self, backend: str, new_database: Callable[[], tuple[str, Callable[[], None]]]
    ) -> Served:
        """As `get`, and nobody else gets it: the caller stops it (`Served.close`)."""
        served = self.get(backend, new_database)
        del self.running[backend]
        return served

    def close(self) -> dict[str, tuple[int, str]]:
        """Every process not taken stopped: backend -> (exit code, what it wrote)."""
        codes = {}
        for backend, served in list(self.running.items()):
            del self.running[backend]
            codes[backend] = (served.close(), served.said())
        return codes

    def _start(self, backend: str, db_url: str, drop: Callable[[], None]) -> Served:
        port = free_port()
        api = FakeSlackApi(team_id=TEAM).start()
        cwd = self.mktemp(f"serve-{backend}")
        log = cwd / "serve.log"
        env = env_without_slack(
            SLACK_BOT_TOKEN="xoxb-test",
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=api.api_url,
            DATABASE_URL=db_url,
            PORT=str(port),
            LOG_FORMAT="json",
        )
        with log.open("w") as err:  # a file, not a pipe: nobody reads it while it runs
            proc = subprocess.Popen(
                [KPIBOT, "serve", "--host", "127.0.0.1"],
                env=env,
                cwd=cwd,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        served = Served(proc, f"http://127.0.0.1:{port}", port, api, db_url, log, drop)
        try:
            wait_healthy(served.url, proc, timeout=60, log=log)
        except BaseException:
            served.close()
            raise
        return served
