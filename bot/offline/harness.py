"""The real app (same Bolt app, listeners, database, templates, WSGI application) wired to a local
Slack stand-in: what `kpibot demo`, `kpibot console` and the tests run.

Requests reach the WSGI application `kpibot serve` runs (`bot.web.make_wsgi_app`) in one of two
ways, chosen by `local_slack(over_http=...)`:
- over HTTP: a real waitress server on 127.0.0.1, as in production;
- in-process: `InProcessTransport` calls the same WSGI application with the environ waitress
  would build for the request, so /healthz, signature checks and bodies behave identically, minus
  the socket.
Either way the app's slack_sdk WebClient calls a `FakeSlackApi` over loopback HTTP.
"""

from __future__ import annotations

import io
import logging
import secrets
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import waitress
from sqlalchemy import Engine

from bot.app import ListenerExecutor, build_app
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.http_guard import MAX_BODY
from bot.offline.driver import HttpResult, HttpTransport, SlackDriver, Transport
from bot.offline.slack_api import FakeSlackApi, FakeUser
from bot.slack_client import build_client
from bot.spool import Replayer, Spool
from bot.web import WSGIApp, make_wsgi_app
from storage.db import make_engine, make_session_factory, upgrade

DEMO_USERS = (
    FakeUser("U0KARI", "Kari Nordmann", tz="Europe/Oslo", locale="nb-NO", is_admin=True),
    FakeUser("U0LARS", "Lars Svensson", tz="Europe/Stockholm", locale="sv-SE"),
    FakeUser("U0METTE", "Mette Jensen", tz="Europe/Copenhagen", locale="da-DK"),
    FakeUser("U0ALEX", "Alex Morgan", tz="Europe/London", locale="en-GB"),
)

IDENT = "kpibot"  # waitress's SERVER_SOFTWARE, in both transports
log = logging.getLogger("kpibot.offline")


class InProcessTransport:
    """Delivers a request by calling the WSGI application directly, with the environ waitress
    builds for the same request (see waitress.task.Task.get_environment); no socket, no server
    thread. Like waitress, an exception from the application becomes a 500."""

    def __init__(self, app: WSGIApp, host: str = "127.0.0.1", port: int = 80) -> None:
        self.app = app
        self.host = host
        self.port = port

    def environ(
        self, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> dict[str, Any]:
        path_info, _, query = path.partition("?")
        environ: dict[str, Any] = {
            "REMOTE_ADDR": "127.0.0.1",
            "REMOTE_HOST": "127.0.0.1",
            "REMOTE_PORT": "0",
            "REQUEST_METHOD": method.upper(),
            "SERVER_PORT": str(self.port),
            "SERVER_NAME": "waitress.invalid",  # waitress's default server_name
            "SERVER_SOFTWARE": IDENT,
            "SERVER_PROTOCOL": "HTTP/1.1",
            "SCRIPT_NAME": "",
            "PATH_INFO": "/" + path_info.lstrip("/"),
            "REQUEST_URI": path,
            "QUERY_STRING": query,
            "wsgi.url_scheme": "http",
            "wsgi.version": (1, 0),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "wsgi.input": io.BytesIO(body),
            "wsgi.input_terminated": True,
        }
        sent = {"Host": f"{self.host}:{self.port}", **headers}
        if method.upper() != "GET":
            sent.setdefault("Content-Length", str(len(body)))
        for name, value in sent.items():
            key = name.upper().replace("-", "_")
            if key not in {"CONTENT_TYPE", "CONTENT_LENGTH"}:
                key = "HTTP_" + key
            environ.setdefault(key, value)
        return environ

    def request(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> HttpResult:
        environ = self.environ(method, path, body, headers)
        started: dict[str, Any] = {}
        written: list[bytes] = []

        def start_response(status: str, response_headers: list, exc_info: Any = None) -> Any:
            if exc_info is not None and started:
                raise exc_info[1].with_traceback(exc_info[2])
            started["status"] = status
            started["headers"] = response_headers
            return written.append

        try:
            iterable = self.app(environ, start_response)
            try:
                written.extend(iterable)
            finally:
                close = getattr(iterable, "close", None)
                if close is not None:
                    close()
        except Exception:
            log.exception("Exception while serving %s", path)
            return HttpResult(500, "Internal Server Error", {"Content-Type": "text/plain"})
        status = int(str(started["status"]).split(" ", 1)[0])
        return HttpResult(status, b"".join(written).decode(), dict(started["headers"]))


class LoopbackServer:
    """waitress on 127.0.0.1, run and stopped in-process."""

    def __init__(self, app: WSGIApp) -> None:
        self.server = waitress.create_server(
            app,
            host="127.0.0.1",
            port=0,
            threads=16,
            ident=IDENT,
            max_request_body_size=MAX_BODY,  # as `kpibot serve`
        )
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self._run, name="waitress", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.server.run()
        except (OSError, ValueError):  # a socket closed under the loop at shutdown
            pass

    def stop(self) -> None:
        """Let running requests finish, then close every socket from inside the loop (woken
        by waitress's trigger), so the loop ends at once instead of at its next 1 s timeout."""
        self.server.task_dispatcher.shutdown(timeout=10)

        def close_all() -> None:
            for channel in list(self.server._map.values()):
                try:
                    channel.close()
                except OSError:
                    pass

        try:
            self.server.trigger.pull_trigger(close_all)
        except OSError:
            close_all()
        self.thread.join(timeout=5)


@dataclass
class LocalSlack:
    executor: ListenerExecutor
    api: FakeSlackApi
    driver: SlackDriver
    engine: Engine
    settings: Settings
    transport: Transport
    app_url: str | None  # the real server's address; None when requests are delivered in-process
    replayer: Replayer | None = None  # replays what was held while the database was away

    def wait_idle(self, timeout: float = 15.0) -> None:
        """Until every listener started by the requests sent so far has finished."""
        if not self.executor.wait_idle(timeout):
            raise TimeoutError("listeners still running")


@contextmanager
def local_slack(
    database_url: str,
    *,
    users: tuple[FakeUser, ...] = DEMO_USERS,
    clock: Clock | None = None,
    engine: Engine | None = None,
    team_id: str = "T0DEMO",
    over_http: bool = True,
    api: FakeSlackApi | None = None,
    migrate: bool = True,
) -> Iterator[LocalSlack]:
    """The app on `database_url`, talking to a Slack stand-in.

    over_http: True serves the WSGI application with waitress on loopback and the driver posts
      to it; False delivers the driver's requests in-process (InProcessTransport).
    api: a running FakeSlackApi to use (restored to `users` and `team_id` first, left running);
      by default one is started here and stopped at the end.
    migrate: False skips the Alembic upgrade (the database is already at head).
    """
    own_api = api is None
    if api is None:
        api = FakeSlackApi(team_id=team_id).start()
    api.restore(users, team_id=team_id)
    spool_dir = tempfile.mkdtemp(prefix="kpibot-spool-")
    try:
        settings = Settings(
            bot_token="xoxb-local-stand-in",
            signing_secret=secrets.token_hex(16),
            api_url=api.api_url,
            database_url=database_url,
            spool_dir=spool_dir,
        )
        own_engine = engine is None
        engine = engine or make_engine(database_url)
    except BaseException:
        # An unusable URL (`kpibot console --database-url mysql://x`): nothing left behind.
        shutil.rmtree(spool_dir, ignore_errors=True)
        if own_api:
            api.stop()
        raise
    executor = ListenerExecutor()
    server: LoopbackServer | None = None
    try:
        if migrate:
            upgrade(engine)
        app = build_app(
            settings,
            make_session_factory(engine),
            build_client(settings, for_listeners=True),
            clock,
            executor,
        )
        wsgi = make_wsgi_app(app, engine, settings.signing_secret)
        transport: Transport
        if over_http:
            server = LoopbackServer(wsgi)
            transport = HttpTransport(server.url)
        else:
            transport = InProcessTransport(wsgi)
        yield LocalSlack(
            executor,
            api,
            SlackDriver(transport, settings.signing_secret or "", api),
            engine,
            settings,
            transport,
            server.url if server else None,
            Replayer(
                app,
                Spool.at(settings.spool_path),
                signing_secret=settings.signing_secret or "",
                clock=clock or SystemClock(),
            ),
        )
    finally:
        if server is not None:
            server.stop()
        # Nothing of this app may still be calling the stand-in when the next one uses it.
        if not executor.wait_idle(timeout=30):
            log.warning("listeners still running at shutdown")
        executor.shutdown(wait=False, cancel_futures=True)
        if own_api:
            api.stop()
        if own_engine:
            engine.dispose()
        shutil.rmtree(spool_dir, ignore_errors=True)
