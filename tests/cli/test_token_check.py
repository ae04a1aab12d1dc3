"""A wrong SLACK_BOT_TOKEN is said at start, not at the first reply: `kpibot serve` and
`kpibot scheduler` ask Slack (auth.test, at SLACK_API_URL) once. A refused token stops them with
one line (exit 2); Slack out of reach is a warning and they go on; OAuth (a token per workspace)
and no token ask nothing. Never the token in what is written."""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess

import pytest

from bot.config import Settings
from bot.offline.slack_api import FakeSlackApi
from bot.slack_client import RefusedToken, check_bot_token
from tests.cli.inprocess import run_here
from tests.cli.test_serve import KPIBOT, _env, _free_port


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/"  # nothing listens there once the socket is closed


def test_a_working_token_is_one_line_naming_the_workspace(caplog: pytest.LogCaptureFixture) -> None:
    with FakeSlackApi(team_id="T0GOOD") as api, caplog.at_level(logging.INFO):
        check_bot_token(Settings(bot_token="xoxb-good-secret", api_url=api.api_url))
        assert [c.method for c in api.calls] == ["auth.test"]
    [line] = [r.getMessage() for r in caplog.records if "SLACK_BOT_TOKEN" in r.getMessage()]
    assert "works: workspace T0GOOD" in line
    assert "xoxb-good-secret" not in caplog.text


def test_a_refused_token_raises_and_slack_out_of_reach_warns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with FakeSlackApi() as api:
        with pytest.raises(RefusedToken, match="invalid_auth"):
            check_bot_token(Settings(bot_token="xoxb-revoked-secret", api_url=api.api_url))
    with caplog.at_level(logging.WARNING):
        check_bot_token(Settings(bot_token="xoxb-secret", api_url=_closed_port_url()))
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]  # one line
    assert "could not reach Slack" in warning.getMessage() and "going on" in warning.getMessage()
    assert "xoxb-secret" not in caplog.text


def test_oauth_and_no_token_ask_nothing() -> None:
    with FakeSlackApi() as api:
        check_bot_token(Settings(client_id="1.2", client_secret="c", api_url=api.api_url))
        check_bot_token(Settings(api_url=api.api_url))
        assert api.calls_to("auth.test") == []


def test_serve_and_the_scheduler_stop_on_a_refused_token(
    tmp_path, sqlite_template, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """`kpibot scheduler` as a process; `kpibot serve` in this process (tests/cli/inprocess.py:
    the same parsing, settings and start-up up to the check), its console script's start being
    test_serve's. The database a copy at head: neither migrates (test_serve's part)."""
    shutil.copyfile(sqlite_template, tmp_path / "kpibot.db")
    monkeypatch.chdir(tmp_path)  # no developer's .env
    with FakeSlackApi() as api:
        here = {
            "SLACK_BOT_TOKEN": "xoxb-revoked-0123456789",
            "SLACK_SIGNING_SECRET": "s",
            "SLACK_API_URL": api.api_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'kpibot.db'}",
            "PORT": str(_free_port()),
        }
        code, _out, serve_err = run_here(here, "serve", "--host", "127.0.0.1")
        proc = subprocess.run(
            [KPIBOT, "scheduler"],
            env=_env(**here),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        for command, exit_code, err in (
            ("serve", code, serve_err),
            ("scheduler", proc.returncode, proc.stderr),
        ):
            assert exit_code == 2, (command, err)
            assert "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in err
            assert "Traceback" not in err
            assert "0123456789" not in err
        assert len(api.calls_to("auth.test")) == 2
