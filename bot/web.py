"""The WSGI application `kpibot serve` runs: Bolt's adapter for /slack/*, plus /healthz and
/readyz."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.response import BoltResponse
from sqlalchemy import Engine

from bot.http_guard import PREPARED, guard
from storage.db import health, ping

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


class GuardedHandler(SlackRequestHandler):
    """Bolt's WSGI adapter, dispatching the request the guard already read and checked."""

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        prepared = request.environ.get(PREPARED)
        return self.app.dispatch(prepared) if prepared is not None else super().dispatch(request)


def make_wsgi_app(
    bolt_app: App | None,
    engine: Engine,
    signing_secret: str | None = None,
    scheduler: Any | None = None,
) -> WSGIApp:
    """bolt_app None serves only /healthz and /readyz (Socket Mode receives Slack's traffic
    itself). Bolt sees only what the guard lets through (bot.http_guard): signed, small,
    readable. `scheduler`: the APScheduler this process runs, if any (reported by /readyz)."""
    slack = None
    if bolt_app is not None:
        if not signing_secret:
            raise ValueError("serving Slack over HTTP needs the signing secret")
        slack = guard(GuardedHandler(bolt_app), signing_secret)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/readyz":
            ready, state = readiness(engine, scheduler)
            return _json(start_response, "200 OK" if ready else "503 Service Unavailable", state)
        if environ.get("PATH_INFO") == "/healthz":
            problem = health(engine)
            if problem is None:
                return _json(start_response, "200 OK", {"status": "ok"})
            return _json(
                start_response,
                "503 Service Unavailable",
                {"status": "database unreachable", "error": problem},
            )
        if slack is None:
            return _json(start_response, "404 Not Found", {"error": "not found"})
        return slack(environ, start_response)

    return application
