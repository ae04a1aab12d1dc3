"""`kpibot serve` on a real production server: starts on SQLite and PostgreSQL, upgrades the
schema, answers /healthz and signed commands; a bad setting stops it with one clear line."""

from __future__ import annotations

import json
import subprocess
import urllib.request

import pytest
from sqlalchemy import inspect

from bot.offline.driver import SlackDriver
from bot.offline.slack_api import FakeUser
from storage.db import current_revision, make_engine
from tests.cli.inprocess import run_here
from tests.cli.serving import (
    KPIBOT,
    SECRET,
    TEAM,
    Served,
    env_without_slack,
    free_port,
    wait_healthy,
)

# test_shutdown, test_token_check and test_replicas start their own with these.
_free_port = free_port
_env = env_without_slack
_wait_healthy = wait_healthy


def test_serve_starts_upgrades_and_answers(served: Served) -> None:
    """A real `kpibot serve` process (this worker's: tests/cli/serving.py; test_shutdown then
    stops it with a request in flight, and checks that it stops gracefully, its scheduler too)
    started on an empty database: it upgraded it, checked its token, answers a signed command
    and says on /readyz that it runs the scheduler."""
    api = served.api
    api.add_user(FakeUser("U0KARI", "Kari Nordmann", locale="nb-NO"))
    engine = make_engine(served.db_url)
    try:
        assert current_revision(engine) is not None
        assert "activities" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    driver = SlackDriver(served.url, SECRET, api)
    result = driver.command("/logmeeting", "Acme varm i går", "U0KARI")
    assert result.http.status == 200
    assert "Acme" in str(result.reply())
    assert any(c.method == "users.info" and c.params.get("user") == "U0KARI" for c in api.calls)
    # This process runs the scheduler too: /readyz says so.
    with urllib.request.urlopen(served.url + "/readyz", timeout=5) as resp:
        ready = json.loads(resp.read())
    assert ready == {"status": "ready", "database": "ok", "scheduler": "running"}
    err = served.said()
    assert f"SLACK_BOT_TOKEN works: workspace {TEAM}" in err  # checked at start
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
