"""`kpibot serve --workers 2`: two serving processes on one port, one database, the worker forked
from the primary. Every command is stored once whichever process takes it, /metrics adds up
both, a worker that dies is started again, and Ctrl-C (SIGINT, as SIGTERM) stops them all; a
worker whose primary is killed stops by itself."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.offline.driver import SlackDriver
from bot.offline.slack_api import FakeSlackApi, FakeUser
from storage.db import make_engine

KPIBOT = str(Path(sys.executable).with_name("kpibot"))

pytestmark = pytest.mark.backends("sqlite")  # the turn file is SQLite's; PostgreSQL locks itself


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    """The live child processes of `pid` (whichever of its threads started them)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _cmdline(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_text().split("\0")


def _serving(tmp_path: Path, pid: int) -> bool:
    return f"worker serving (pid {pid})" in (tmp_path / "serve.log").read_text()


def _until(check, timeout: float = 30):  # type: ignore[no-untyped-def]
    """Poll another process's state (no other way to know it) until `check()` is truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out")


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.read().decode()
    except OSError:
        return None


def _requests_counted(url: str) -> float:
    body = _get(url + "/metrics") or ""
    return sum(
        float(m.group(1))
        for m in re.finditer(
            r'^kpibot_requests_total\{[^}]*name="/logmeeting"[^}]*\} (\S+)$', body, re.M
        )
    )


def _serve(
    tmp_path: Path, api: FakeSlackApi, port: int, db: str, host: str = "127.0.0.1"
) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KPIBOT_"))}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env.update(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET="workers-secret",
        SLACK_API_URL=api.api_url,
        DATABASE_URL=db,
        PORT=str(port),
        TMPDIR=str(tmp_path),  # where the primary makes its metrics directory
    )
    with (tmp_path / "serve.log").open("w") as log:  # read at the end (a pipe could fill)
        return subprocess.Popen(
            [KPIBOT, "serve", "--host", host, "--workers", "2"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def _at_head(tmp_path: Path, template: Path) -> str:
    """A copy of the migrated template: the primary finds it at head (migrating a fresh one
    cost it ~0.5 s of CPU; the start-up's upgrade is test_serve's)."""
    shutil.copyfile(template, tmp_path / "kpibot.db")
    return f"sqlite:///{tmp_path / 'kpibot.db'}"


def test_two_workers_share_the_port_store_once_add_up_metrics_and_stop_together(
    tmp_path, sqlite_template
) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    db = _at_head(tmp_path, sqlite_template)
    with FakeSlackApi(team_id="T0WORK") as api:
        for n in range(4):
            api.add_user(FakeUser(f"U0SELL{n}", f"Seller {n}", locale="en-GB"))
        # "*": IPv4 and IPv6, two sockets (waitress's MultiSocketServer, which the graceful
        # stop once could not close).
        proc = _serve(tmp_path, api, port, db, host="*")
        try:
            worker = _until(lambda: _children(proc.pid))[0]
            _until(lambda: _get(url + "/healthz") and _serving(tmp_path, worker))
            # Forked from the primary (what start-up made is in memory once for both), not
            # `kpibot serve --worker` started afresh.
            assert _cmdline(worker) == _cmdline(proc.pid)
            # Each command on its own connection: the kernel deals them to both processes.
            driver = SlackDriver(url, "workers-secret", api)
            customers = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"]
            for i in range(12):
                result = driver.command(
                    "/logmeeting", f"{customers[i % 6]} yesterday", f"U0SELL{i % 4}"
                )
                assert result.http.status == 200
            engine = make_engine(db)
            try:
                with engine.connect() as conn:
                    stored = conn.execute(text("SELECT count(*) FROM activities")).scalar_one()
            finally:
                engine.dispose()
            assert stored == 12
            # Whichever process answers the scrape counts both processes' requests.
            for _ in range(6):
                assert _requests_counted(url) == 12
            metrics_dirs = list(tmp_path.glob("kpibot-metrics-*"))
            assert len(metrics_dirs) == 1 and any(metrics_dirs[0].iterdir())

            # A worker that dies is started again, and the port keeps answering.
            os.kill(worker, signal.SIGKILL)
            try:
                replacement = _until(
                    lambda: [p for p in _children(proc.pid) if p != worker], timeout=60
                )[0]
            except AssertionError:
                raise AssertionError((tmp_path / "serve.log").read_text()) from None
            assert replacement != worker
            assert "--worker" in _cmdline(replacement)  # by then the primary runs threads
            _until(lambda: _serving(tmp_path, replacement))
            result = driver.command("/logmeeting", "Acme yesterday", "U0SELL0")
            assert result.http.status == 200
            assert _requests_counted(url) == 13  # the dead worker's counts are kept
        finally:
            # Ctrl-C: SIGINT reaches the primary alone (the workers have their own process
            # group), and it stops them once. Well within the 25 s grace: a worker that hung in
            # its signal handler was killed only after it.
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)
        err = (tmp_path / "serve.log").read_text()
        assert proc.returncode == 0, err
        assert "exited with code -9; starting it again" in err
        assert "did not stop in time" not in err
        assert not list(tmp_path.glob("kpibot-metrics-*"))  # removed at the end
        assert not Path(f"/proc/{replacement}").exists() or _zombie(replacement)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_a_worker_stops_when_its_primary_is_killed(tmp_path, sqlite_template) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    with FakeSlackApi(team_id="T0WORK") as api:
        proc = _serve(tmp_path, api, port, _at_head(tmp_path, sqlite_template))
        try:
            worker = _until(lambda: _children(proc.pid))[0]
            _until(lambda: _get(f"http://127.0.0.1:{port}/healthz"))
            proc.kill()  # no SIGTERM: the primary cannot tell its workers
            proc.wait(timeout=30)
            _until(lambda: _zombie(worker), timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)


@pytest.mark.parametrize(
    ("args", "env", "said"),
    [
        (["--workers", "0"], {}, "--workers / KPIBOT_WORKERS must be a whole number from 1"),
        ([], {"KPIBOT_WORKERS": "two"}, "--workers / KPIBOT_WORKERS must be a whole number from 1"),
        (["--workers", "65"], {}, "from 1 to 64"),
        (["--workers", "2"], {"SLACK_APP_TOKEN": "xapp-1-A-1-x"}, "Socket Mode"),
    ],
)
def test_a_bad_worker_count_stops_serve_with_one_clear_line(
    args, env, said, monkeypatch, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from bot.cli import main

    monkeypatch.chdir(tmp_path)  # no developer's .env
    for name, value in {"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "xoxb-1", **env}.items():
        monkeypatch.setenv(name, value)
    assert main(["serve", *args]) == 2  # said before anything starts
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and said in lines[0], lines
