"""A wrong SLACK_BOT_TOKEN is said at start, not at the first reply: `kpibot serve` and
`kpibot scheduler` ask Slack (auth.test, at SLACK_API_URL) once. A refused token stops them with
one line (exit 2); Slack out of reach is a warning and they go on; OAuth (a token per workspace)
and no token ask nothing. Never the token in what is written."""

from __future__ import annotations

import logging
import socket
import subprocess

import pytest

from bot.config import Settings
from bot.offline.slack_api import FakeSlackApi
from bot.slack_client import RefusedToken, check_bot_token
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


def test_serve_and_the_scheduler_stop_on_a_refused_token(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with FakeSlackApi() as api:
        env = _env(
            SLACK_BOT_TOKEN="xoxb-revoked-0123456789",
            SLACK_SIGNING_SECRET="s",
            SLACK_API_URL=api.api_url,
            DATABASE_URL=f"sqlite:///{tmp_path / 'kpibot.db'}",
            PORT=str(_free_port()),
        )
        for command in (["serve", "--host", "127.0.0.1"], ["scheduler"]):
            proc = subprocess.run(
                [KPIBOT, *command],
                env=env,
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert proc.returncode == 2, (command, proc.stderr)
            assert "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in proc.stderr
            assert "Traceback" not in proc.stderr
            assert "0123456789" not in proc.stderr
        assert len(api.calls_to("auth.test")) == 2
