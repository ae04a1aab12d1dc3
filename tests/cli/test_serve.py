"""`kpibot serve` on a real production server: starts on SQLite and PostgreSQL, upgrades the
schema, answers /healthz and signed commands; a bad setting stops it with one clear line."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.offline.driver import SlackDriver
from bot.offline.slack_api import FakeSlackApi, FakeUser
from storage.db import current_revision, make_engine
from tests.cli.inprocess import run_here

KPIBOT = str(Path(sys.executable).with_name("kpibot"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.pop("DATABASE_URL", None)
    env.update(extra)
    return env


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(
                f"kpibot serve exited: {proc.stderr.read() if proc.stderr else ''}"
            )
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.05)  # a separate process: polling is the only way to know
    raise AssertionError("kpibot serve did not become healthy")


def test_serve_starts_upgrades_and_answers(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    with FakeSlackApi(team_id="T0SERVE") as api:
        api.add_user(FakeUser("U0KARI", "Kari Nordmann", locale="nb-NO"))
        env = _env(
            SLACK_BOT_TOKEN="xoxb-test",
            SLACK_SIGNING_SECRET="serve-secret",
            SLACK_API_URL=api.api_url,
            DATABASE_URL=db_url,
            PORT=str(port),
        )
        proc = subprocess.Popen(
            [KPIBOT, "serve", "--host", "127.0.0.1"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_healthy(url, proc)
            engine = make_engine(db_url)
            assert current_revision(engine) is not None
            assert "activities" in inspect(engine).get_table_names()
            engine.dispose()
            driver = SlackDriver(url, "serve-secret", api)
            result = driver.command("/logmeeting", "Acme varm i går", "U0KARI")
            assert result.http.status == 200
            assert "Acme" in str(result.reply())
            assert any(c.method == "users.info" for c in api.calls)
            # This process runs the scheduler too: /readyz says so.
            with urllib.request.urlopen(url + "/readyz", timeout=5) as resp:
                ready = json.loads(resp.read())
            assert ready == {"status": "ready", "database": "ok", "scheduler": "running"}
        finally:
            proc.terminate()
            _out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err  # SIGTERM stops it, and its scheduler, gracefully
        assert "SLACK_BOT_TOKEN works: workspace T0SERVE" in err  # checked at start
        assert "xoxb-test" not in err  # never log tokens
        assert "Acme" not in err  # nor what people typed


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "abc"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "xoxb-1", "PORT": "eighty"}, "PORT"),
        (
            {"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "xoxb-1", "DATABASE_URL": "mysql://x"},
            "DATABASE_URL",
        ),
        (
            {"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_API_URL": "ftp://x"},
            "SLACK_API_URL",
        ),
        ({"SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN"),
        (
            {"SLACK_SIGNING_SECRET": "s", "SLACK_BOT_TOKEN": "xoxb-1", "LOG_FORMAT": "xml"},
            "LOG_FORMAT",
        ),
        ({"SLACK_SIGNING_SECRET": "s", "SLACK_CLIENT_ID": "1.2"}, "SLACK_CLIENT_SECRET"),
        (
            {
                "SLACK_SIGNING_SECRET": "s",
                "SLACK_BOT_TOKEN": "xoxb-1",
                "KPIBOT_ENCRYPTION_KEY": "k",
            },
            "KPIBOT_ENCRYPTION_KEY",
        ),
        (
            {
                "SLACK_SIGNING_SECRET": "s",
                "SLACK_BOT_TOKEN": "xoxb-1",
                "KPIBOT_RETENTION_MONTHS": "0",
            },
            "KPIBOT_RETENTION_MONTHS",
        ),
        (
            {
                "SLACK_SIGNING_SECRET": "s",
                "SLACK_BOT_TOKEN": "xoxb-1",
                "KPIBOT_SPOOL_REPLAY_SECONDS": "0.5",
            },
            "KPIBOT_SPOOL_REPLAY_SECONDS",
        ),
    ],
)
def test_bad_settings_stop_serve_with_one_clear_line(
    env: dict, names: str, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """`kpibot serve` in this process (tests/cli/inprocess.py: the same parsing, settings and
    command); the console script's own run to a bad setting is test_dotenv_is_read's."""
    monkeypatch.chdir(tmp_path)  # no developer's .env
    code, _out, err = run_here(env, "serve")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert names in lines[0]
    assert "Traceback" not in err


def test_unreachable_database_stops_serve_with_one_clear_line(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """In this process, as above: the start-up up to its first connection, which is refused."""
    monkeypatch.chdir(tmp_path)
    env = {
        "SLACK_SIGNING_SECRET": "s",
        "SLACK_BOT_TOKEN": "xoxb-1",
        "DATABASE_URL": "postgresql+psycopg://kpibot:secretpw@127.0.0.1:1/kpibot",
    }
    code, _out, err = run_here(env, "serve")
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "DATABASE_URL" in err
    assert "secretpw" not in err


def test_dotenv_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The console script stopped by a bad setting: exit 2, one line, read from ./.env."""
    (tmp_path / ".env").write_text("SLACK_SIGNING_SECRET=s\nSLACK_BOT_TOKEN=not-a-bot-token\n")
    proc = subprocess.run(
        [KPIBOT, "serve"], env=_env(), cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "SLACK_BOT_TOKEN must be a bot token" in proc.stderr
