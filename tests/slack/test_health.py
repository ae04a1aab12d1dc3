"""/healthz answers 200 only when the database is reachable."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from sqlalchemy import create_engine

from bot.web import make_wsgi_app


def _call(app, path: str = "/healthz") -> tuple[str, dict]:  # type: ignore[no-untyped-def]
    captured: dict = {}

    def start_response(status, headers):  # type: ignore[no-untyped-def]
        captured["status"] = status

    body = b"".join(app({"PATH_INFO": path, "REQUEST_METHOD": "GET"}, start_response))
    return captured["status"], json.loads(body)


def test_healthz_ok_with_database_up(slack_http) -> None:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(slack_http.app_url + "/healthz", timeout=10) as resp:
        assert resp.status == 200
        assert json.loads(resp.read()) == {"status": "ok"}


def test_healthz_503_with_database_unreachable() -> None:
    dead = create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2}
    )
    status, body = _call(make_wsgi_app(None, dead))
    assert status.startswith("503")
    assert body["status"] == "database unreachable"


def test_healthz_503_for_sqlite_path_that_cannot_open(tmp_path) -> None:  # type: ignore[no-untyped-def]
    dead = create_engine(f"sqlite:///{tmp_path}/missing-dir/x.db")
    status, _ = _call(make_wsgi_app(None, dead))
    assert status.startswith("503")


def test_unknown_path_is_404(slack_http) -> None:  # type: ignore[no-untyped-def]
    try:
        urllib.request.urlopen(slack_http.app_url + "/nope", timeout=10)
        raise AssertionError("expected 404")
    except urllib.error.HTTPError as err:
        assert err.code == 404


class _Scheduler:
    def __init__(self, running: bool) -> None:
        self.running = running


def test_readyz_reports_the_database_and_the_scheduler(migrated_db_url: str) -> None:
    from storage.db import make_engine

    engine = make_engine(migrated_db_url)
    try:
        status, body = _call(make_wsgi_app(None, engine), "/readyz")
        assert status.startswith("200")
        assert body == {"status": "ready", "database": "ok", "scheduler": "not in this process"}
        status, body = _call(make_wsgi_app(None, engine, scheduler=_Scheduler(True)), "/readyz")
        assert status.startswith("200") and body["scheduler"] == "running"
        status, body = _call(make_wsgi_app(None, engine, scheduler=_Scheduler(False)), "/readyz")
        assert status.startswith("503") and body["status"] == "not ready"
    finally:
        engine.dispose()


def test_readyz_is_not_ready_with_the_database_away() -> None:
    dead = create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2}
    )
    status, body = _call(make_wsgi_app(None, dead, scheduler=_Scheduler(True)), "/readyz")
    assert status.startswith("503")
    assert body == {"status": "not ready", "database": "unreachable", "scheduler": "running"}
