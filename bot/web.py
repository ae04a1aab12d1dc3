"""The WSGI application `kpibot serve` runs: Bolt's adapter for /slack/*, plus /healthz and
/readyz."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy import Engine

from storage.db import ping

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def _json(start_response: Callable[..., Any], status: str, body: dict[str, Any]) -> list[bytes]:
    data = json.dumps(body).encode()
    start_response(
        status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
    )
    return [data]


def readiness(engine: Engine, scheduler: Any | None) -> tuple[bool, dict[str, str]]:
    """Ready to take traffic: the database answers and, where this process runs the scheduler,
    it runs."""
    database = "ok" if ping(engine) else "unreachable"
    if scheduler is None:
        state = "not in this process"
    else:
        state = "running" if scheduler.running else "stopped"
    ready = database == "ok" and state != "stopped"
    return ready, {
        "status": "ready" if ready else "not ready",
        "database": database,
        "scheduler": state,
    }


def make_wsgi_app(bolt_app: App | None, engine: Engine, scheduler: Any | None = None) -> WSGIApp:
    """bolt_app None serves only /healthz and /readyz (Socket Mode receives Slack's traffic
    itself). `scheduler`: the APScheduler this process runs, if any (reported by /readyz)."""
    slack = SlackRequestHandler(bolt_app) if bolt_app is not None else None

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/readyz":
            ready, state = readiness(engine, scheduler)
            return _json(start_response, "200 OK" if ready else "503 Service Unavailable", state)
        if environ.get("PATH_INFO") == "/healthz":
            if ping(engine):
                return _json(start_response, "200 OK", {"status": "ok"})
            return _json(
                start_response, "503 Service Unavailable", {"status": "database unreachable"}
            )
        if slack is None:
            return _json(start_response, "404 Not Found", {"error": "not found"})
        return slack(environ, start_response)

    return application
