"""The real app (same Bolt app, listeners, database, templates, WSGI server) wired to a local
Slack stand-in on 127.0.0.1: what `kpibot demo`, `kpibot console` and the tests run."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import waitress
from sqlalchemy import Engine

from bot.app import ListenerExecutor, build_app
from bot.clock import Clock
from bot.config import Settings
from bot.slack_client import build_client
from bot.standin import FakeSlackApi, FakeUser, SlackDriver
from bot.web import make_wsgi_app
from storage.db import make_engine, make_session_factory, upgrade

DEMO_USERS = (
    FakeUser("U0KARI", "Kari Nordmann", tz="Europe/Oslo", locale="nb-NO", is_admin=True),
    FakeUser("U0LARS", "Lars Svensson", tz="Europe/Stockholm", locale="sv-SE"),
    FakeUser("U0METTE", "Mette Jensen", tz="Europe/Copenhagen", locale="da-DK"),
    FakeUser("U0ALEX", "Alex Morgan", tz="Europe/London", locale="en-GB"),
)


def _run_quietly(server) -> None:  # type: ignore[no-untyped-def]
    try:
        server.run()
    except (OSError, ValueError):  # the loop's sockets closed under it at shutdown
        pass


def _stop(server, thread: threading.Thread) -> None:  # type: ignore[no-untyped-def]
    """Stop waitress in-process: let running requests finish, then close its sockets."""
    server.task_dispatcher.shutdown(timeout=10)
    for channel in list(server._map.values()):
        try:
            channel.close()
        except OSError:
            pass
    thread.join(timeout=5)


@dataclass
class LocalSlack:
    executor: ListenerExecutor
    api: FakeSlackApi
    driver: SlackDriver
    engine: Engine
    settings: Settings
    app_url: str

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
) -> Iterator[LocalSlack]:
    api = FakeSlackApi(team_id=team_id).start()
    for user in users:
        api.add_user(replace(user))  # a copy: a test may change a user's locale
    settings = Settings(
        bot_token="xoxb-local-stand-in",
        signing_secret=secrets.token_hex(16),
        api_url=api.api_url,
        database_url=database_url,
    )
    own_engine = engine is None
    engine = engine or make_engine(database_url)
    upgrade(engine)
    executor = ListenerExecutor()
    app = build_app(settings, make_session_factory(engine), build_client(settings), clock, executor)
    server = waitress.create_server(
        make_wsgi_app(app, engine), host="127.0.0.1", port=0, threads=16, ident="kpibot"
    )
    thread = threading.Thread(target=_run_quietly, args=(server,), daemon=True)
    thread.start()
    app_url = f"http://127.0.0.1:{server.effective_port}"
    try:
        yield LocalSlack(
            executor,
            api,
            SlackDriver(app_url, settings.signing_secret or "", api),
            engine,
            settings,
            app_url,
        )
    finally:
        _stop(server, thread)
        api.stop()
        if own_engine:
            engine.dispose()
