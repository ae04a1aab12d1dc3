"""Several workspaces through Slack's OAuth flow, end to end against the local Slack stand-in:
/slack/install issues a state (used once, refused when expired), /slack/oauth_redirect exchanges
the code with oauth.v2.access and stores the installation (tokens encrypted with
KPIBOT_ENCRYPTION_KEY); two workspaces work side by side, each with its own token and data;
uninstalling purges the workspace after the grace period, `kpibot purge` at once."""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from cryptography.fernet import Fernet
from freezegun import freeze_time
from sqlalchemy import Engine, MetaData, func, select

from bot.app import ListenerExecutor, build_app
from bot.clock import SystemClock
from bot.config import Settings
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.offline.driver import SlackDriver
from bot.offline.harness import DEMO_USERS, InProcessTransport
from bot.offline.slack_api import FakeSlackApi
from bot.scheduler import client_factory
from bot.slack_client import build_client
from bot.web import make_wsgi_app
from storage.db import make_engine, make_session_factory, session_scope
from storage.installations import installation_store
from storage.models import Activity, Workspace
from tests.helpers import text_of

KEY = Fernet.generate_key().decode()
ACME, BETA = "T0ACME", "T0BETA"


class OAuthSlack:
    """The app in OAuth mode (client id and secret, no bot token) and a driver per workspace."""

    # The app runs on the system clock here (installs, tokens and states are slack_sdk's, on
    # time.time()), frozen at a working day's morning in Oslo and ticking from there: a test run
    # after midnight would otherwise have its commands asked which day they were (the night
    # question, bot.services.capture.night), and a run on a Monday morning send digests.
    MORNING = "2026-11-20T09:00:00Z"  # Fri 10:00 in Oslo

    def __init__(
        self, api: FakeSlackApi, db_url: str, key: str | None, engine: Engine | None = None
    ) -> None:
        """`engine`: the worker's engine for the database slot (conftest's `slot_engine`), as
        the `slack` fixture's app runs on, kept open after `close`; without it an engine of its
        own. Its own engine compiled every statement again (SQLAlchemy's cache is the
        engine's): an OAuth app's command cost 3-5 times a `slack` one's CPU, and under load
        its first command missed Bolt's 3 s acknowledgement (suite32, pgreset33)."""
        self._clock = freeze_time(self.MORNING, tick=True)
        self._clock.start()
        self.api = api
        self._own_engine = engine is None
        self.engine = make_engine(db_url) if engine is None else engine
        self.settings = Settings(
            client_id="1111.2222",
            client_secret="oauth-secret",
            signing_secret=secrets.token_hex(16),
            api_url=api.api_url,
            database_url=db_url,
            spool_dir=tempfile.mkdtemp(prefix="kpibot-spool-"),
            encryption_key=key,
        )
        self.executor = ListenerExecutor()
        app = build_app(
            self.settings,
            make_session_factory(self.engine),
            build_client(self.settings, token=None),
            SystemClock(),
            self.executor,
        )
        self.transport = InProcessTransport(
            make_wsgi_app(app, self.engine, self.settings.signing_secret)
        )

    def driver(self, team_id: str) -> SlackDriver:
        return SlackDriver(self.transport, self.settings.signing_secret or "", self.api, team_id)

    def get(self, path: str, cookie: str | None = None):  # type: ignore[no-untyped-def]
        headers = {"Cookie": cookie} if cookie else {}
        return self.transport.request("GET", path, b"", headers)

    def start_install(self) -> tuple[str, str]:
        """(state, cookie) as the browser has them after /slack/install."""
        page = self.get("/slack/install")
        assert page.status == 200
        url = re.search(r"href=\"(https://slack.com/[^\"]+)\"", page.body).group(1)  # type: ignore[union-attr]
        url = url.replace("&amp;", "&")
        assert url.startswith("https://slack.com/oauth/v2/authorize")
        query = parse_qs(urlparse(url).query)
        assert query["client_id"] == ["1111.2222"] and "commands" in query["scope"][0]
        headers = {k.lower(): v for k, v in page.headers.items()}
        cookie = headers["set-cookie"].split(";")[0]
        return query["state"][0], cookie

    def install(self, team_id: str, name: str) -> str:
        """The whole dance; returns the bot token Slack issued."""
        state, cookie = self.start_install()
        code = f"code-{team_id}-{secrets.token_hex(4)}"
        token = self.api.authorize_install(code, team_id, name)
        done = self.get(f"/slack/oauth_redirect?code={code}&state={state}", cookie)
        assert done.status == 200, done.body
        return token

    def jobs(self) -> Jobs:
        deps = Deps(self.settings, make_session_factory(self.engine), SystemClock())
        return Jobs(deps=deps, client_for=client_factory(self.settings, self.engine))

    def close(self) -> None:
        self.executor.wait_idle()
        self.executor.shutdown(wait=False)
        if self._own_engine:
            self.engine.dispose()
        shutil.rmtree(self.settings.spool_dir or "", ignore_errors=True)
        self._clock.stop()


@contextmanager
def oauth_slack(
    slack_api: FakeSlackApi, db_url: str, engine: Engine | None = None
) -> Iterator[OAuthSlack]:
    """The app in OAuth mode with the demo's people (in English), closed after; on `engine`
    (the slot's, `slot_engine`) when given."""
    slack_api.restore(DEMO_USERS)
    for user in slack_api.users.values():
        user.locale = "en-GB"
    local = OAuthSlack(slack_api, db_url, KEY, engine)
    try:
        yield local
    finally:
        local.close()


@pytest.fixture
def oauth(
    migrated_db_url: str, slack_api: FakeSlackApi, slot_engine: Engine
) -> Iterator[OAuthSlack]:
    with oauth_slack(slack_api, migrated_db_url, slot_engine) as local:
        yield local


def _dump(engine) -> str:  # type: ignore[no-untyped-def]
    """Every value of every table, as a database dump would show it."""
    metadata = MetaData()
    metadata.reflect(bind=engine)
    parts = []
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                parts.append(f"{table.name}: {tuple(row)!r}")
    return "\n".join(parts)


def _say(oauth: OAuthSlack, team: str, user: str, command: str, text: str) -> str:
    result = oauth.driver(team).command(command, text, user, "C0SALES")
    result.reply()
    oauth.executor.wait_idle()
    return "\n".join(text_of(m) for m in result.replies())


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_install_stores_the_workspace_with_its_token_encrypted(oauth: OAuthSlack) -> None:
    token = oauth.install(ACME, "Acme AS")
    dump = _dump(oauth.engine)
    assert "slack_installations" in dump and ACME in dump
    assert "xoxb-" not in dump and token not in dump  # encrypted at rest
    assert "fernet:" in dump
    # The store reads it back as it was issued.
    store = installation_store(oauth.settings.client_id or "", oauth.engine, KEY)
    bot = store.find_bot(enterprise_id=None, team_id=ACME)
    assert bot is not None and bot.bot_token == token
    # A command from the workspace is answered with the workspace's own token.
    assert "Logged a *meeting*" in _say(oauth, ACME, "U0LARS", "/logmeeting", "Equinor")
    assert {c.token for c in oauth.api.calls_to("users.info")} == {token}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_request_does_not_cost_an_auth_test_but_the_answer_is_kept_briefly(
    oauth: OAuthSlack,
) -> None:
    token = oauth.install(ACME, "Acme AS")
    oauth.api.calls.clear()
    for customer in ("Equinor", "Orkla", "Hydro"):
        _say(oauth, ACME, "U0LARS", "/logmeeting", customer)
    assert len(oauth.api.calls_to("auth.test")) == 1
    with freeze_time(timedelta(minutes=6), tick=True):  # the cached answer has expired
        _say(oauth, ACME, "U0LARS", "/logcall", "Equinor")
    checks = oauth.api.calls_to("auth.test")
    assert len(checks) == 2 and {c.token for c in checks} == {token}


def test_a_state_is_used_once_and_refused_when_expired(oauth: OAuthSlack) -> None:
    state, cookie = oauth.start_install()
    code = "code-once"
    oauth.api.authorize_install(code, ACME, "Acme AS")
    assert oauth.get(f"/slack/oauth_redirect?code={code}&state={state}", cookie).status == 200
    # The same state again (a replayed redirect): refused, nothing exchanged.
    oauth.api.authorize_install("code-again", BETA, "Beta AB")
    again = oauth.get(f"/slack/oauth_redirect?code=code-again&state={state}", cookie)
    assert again.status == 401
    assert "code-again" in oauth.api.oauth_codes  # never sent to oauth.v2.access

    # A state older than its 10 minutes: refused too.
    state, cookie = oauth.start_install()
    with freeze_time(timedelta(minutes=11), tick=True):
        late = oauth.get(f"/slack/oauth_redirect?code=code-again&state={state}", cookie)
    assert late.status == 401
    # Without the browser's cookie (someone else's link): refused.
    state, _cookie = oauth.start_install()
    assert oauth.get(f"/slack/oauth_redirect?code=code-again&state={state}").status == 400
    with session_scope(make_session_factory(oauth.engine)) as s:
        teams = s.execute(select(func.count()).select_from(_table(oauth, "slack_bots"))).scalar()
    assert teams == 1  # only Acme


def _table(oauth: OAuthSlack, name: str):  # type: ignore[no-untyped-def]
    metadata = MetaData()
    metadata.reflect(bind=oauth.engine, only=[name])
    return metadata.tables[name]


def test_two_workspaces_are_installed_and_kept_apart(oauth: OAuthSlack) -> None:
    acme_token = oauth.install(ACME, "Acme AS")
    beta_token = oauth.install(BETA, "Beta AB")
    _say(oauth, ACME, "U0LARS", "/logoffer", "Equinor 250k")
    _say(oauth, BETA, "U0LARS", "/logoffer", "Equinor 90k")  # same user id, other workspace
    oauth.api.calls.clear()
    # Each workspace's Web API calls carry its own token.
    _say(oauth, ACME, "U0KARI", "/kpi", "setup")
    _say(oauth, BETA, "U0KARI", "/kpi", "setup")
    used = [c.token for c in oauth.api.calls_to("conversations.info")]
    assert sorted(used) == sorted([acme_token, beta_token])
    acme = _say(oauth, ACME, "U0LARS", "/kpi", "")
    beta = _say(oauth, BETA, "U0LARS", "/kpi", "")
    assert "250,000" in acme and "90,000" not in acme
    assert "90,000" in beta and "250,000" not in beta
    with session_scope(make_session_factory(oauth.engine)) as s:
        query = select(Activity.workspace_id, func.count()).group_by(Activity.workspace_id)
        by_ws = {ws: n for ws, n in s.execute(query)}
    assert by_ws == {ACME: 1, BETA: 1}


def test_uninstall_purges_the_workspace_after_the_grace_period(oauth: OAuthSlack) -> None:
    oauth.install(ACME, "Acme AS")
    oauth.install(BETA, "Beta AB")
    _say(oauth, ACME, "U0LARS", "/logoffer", "Equinor 250k")
    _say(oauth, BETA, "U0LARS", "/logoffer", "Equinor 90k")
    with freeze_time("2026-12-01T10:00:00Z"):
        oauth.driver(ACME).event({"type": "app_uninstalled"})
        oauth.executor.wait_idle()
    with session_scope(make_session_factory(oauth.engine)) as s:
        left = s.get(Workspace, ACME)
        assert left is not None and left.uninstalled_at is not None
    store = installation_store(oauth.settings.client_id or "", oauth.engine, KEY)
    assert store.find_bot(enterprise_id=None, team_id=ACME) is None  # the token is gone at once
    jobs = oauth.jobs()
    with freeze_time("2026-12-30T10:00:00Z"):  # 29 days: kept (they may come back)
        jobs.tick()
    assert ACME in _dump(oauth.engine)
    with freeze_time("2026-12-31T10:01:00Z"):  # 30 days and a minute: purged
        jobs.tick()
    dump = _dump(oauth.engine)
    assert ACME not in dump
    assert BETA in dump and "90000" in dump.replace(".00", "").replace(",", "")


def test_nothing_is_sent_to_a_workspace_that_left(oauth: OAuthSlack) -> None:
    oauth.install(ACME, "Acme AS")
    beta_token = oauth.install(BETA, "Beta AB")
    for team in (ACME, BETA):
        _say(oauth, team, "U0KARI", "/kpi", "setup")
        _say(oauth, team, "U0LARS", "/logmeeting", "Equinor")
    oauth.driver(ACME).event({"type": "app_uninstalled"})
    oauth.executor.wait_idle()
    oauth.api.calls.clear()
    with freeze_time("2026-11-30T07:00:00Z"):  # Monday morning: digests and summaries
        oauth.jobs().tick()
    posts = oauth.api.calls_to("chat.postMessage")
    assert posts and {c.token for c in posts} == {beta_token}


def test_installing_again_within_the_grace_period_keeps_the_data(oauth: OAuthSlack) -> None:
    oauth.install(ACME, "Acme AS")
    _say(oauth, ACME, "U0LARS", "/logoffer", "Equinor 250k")
    oauth.driver(ACME).event(
        {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UKPIBOT"]}}
    )
    oauth.executor.wait_idle()
    oauth.install(ACME, "Acme AS")
    with session_scope(make_session_factory(oauth.engine)) as s:
        assert s.get(Workspace, ACME).uninstalled_at is None  # type: ignore[union-attr]
    with freeze_time(timedelta(days=40), tick=True):
        oauth.jobs().tick()
    assert "250,000" in _say(oauth, ACME, "U0LARS", "/kpi", "")


def test_kpibot_purge_removes_a_workspace_at_once(oauth: OAuthSlack, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from bot.cli import main

    oauth.install(ACME, "Acme AS")
    oauth.install(BETA, "Beta AB")
    _say(oauth, ACME, "U0KARI", "/kpi", "setup")
    _say(oauth, ACME, "U0LARS", "/logmeeting", "Equinor warm next call 2026-12-24")
    _say(oauth, ACME, "U0KARI", "/kpi", "goal meetings 5/week")
    monkeypatch.setenv("DATABASE_URL", oauth.engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("KPIBOT_SPOOL_DIR", oauth.settings.spool_dir or "")
    assert main(["purge", "--team", ACME]) == 0
    assert f"{ACME} purged" in capsys.readouterr().out
    dump = _dump(oauth.engine)
    assert ACME not in dump and BETA in dump
    assert main(["purge", "--team", ACME]) == 0
    assert "Nothing is stored" in capsys.readouterr().out
    assert main(["purge", "--team", "acme"]) == 2


def test_without_a_key_tokens_are_stored_as_slack_issued_them(
    migrated_db_url: str, slack_api: FakeSlackApi, slot_engine: Engine
) -> None:
    slack_api.restore(DEMO_USERS)
    plain = OAuthSlack(slack_api, migrated_db_url, None, slot_engine)
    try:
        token = plain.install(ACME, "Acme AS")
        assert token in _dump(plain.engine)
        # Turning encryption on later: the old row is still read, and a reinstall seals it.
        store = installation_store("1111.2222", plain.engine, KEY)
        assert store.find_bot(enterprise_id=None, team_id=ACME).bot_token == token  # type: ignore[union-attr]
    finally:
        plain.close()


def test_erasing_the_person_who_installed_the_app_keeps_the_installation(
    oauth: OAuthSlack, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from bot.cli import main

    oauth.install(ACME, "Acme AS")  # installed by Kari (U0KARI)
    oauth.install(BETA, "Beta AB")
    for team in (ACME, BETA):
        _say(oauth, team, "U0KARI", "/logmeeting", "Equinor")
    assert _dump(oauth.engine).count("U0KARI") >= 4  # installer and seller, twice
    monkeypatch.setenv("DATABASE_URL", oauth.engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("KPIBOT_SPOOL_DIR", oauth.settings.spool_dir or "")
    assert main(["erase", "--user", "U0KARI"]) == 0  # every workspace she appears in
    out = capsys.readouterr().out
    assert f"{ACME}:" in out and f"{BETA}:" in out
    assert "U0KARI" not in _dump(oauth.engine)
    # The workspaces keep working with their installations.
    assert "Logged a *meeting*" in _say(oauth, ACME, "U0LARS", "/logmeeting", "Orkla")


# -- Enterprise Grid (faults17) -------------------------------------------------------------------
def _grid_say(oauth: OAuthSlack, team: str, user: str, command: str, text: str, **kw) -> str:  # type: ignore[no-untyped-def]
    from tests.slack.test_faults17 import _grid_command

    result = _grid_command(oauth.driver(team), command, text, user, **kw)
    result.reply()
    oauth.executor.wait_idle()
    return "\n".join(text_of(m) for m in result.replies())


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_one_person_in_two_workspaces_of_a_grid_organisation_is_two_sellers_apart(
    oauth: OAuthSlack,
) -> None:
    """Lars is a member of two workspaces of one Grid organisation (one user id in both), kpibot
    installed in each. What he logs in one is that workspace's, never the other's."""
    from tests.helpers import stored

    for team, name in ((ACME, "Acme AS"), (BETA, "Beta AB")):
        state, cookie = oauth.start_install()
        code = f"code-{team}"
        oauth.api.authorize_install(code, team, name, enterprise_id="E0ORG")
        assert oauth.get(f"/slack/oauth_redirect?code={code}&state={state}", cookie).status == 200
    assert "Logged a *meeting*" in _grid_say(oauth, ACME, "U0LARS", "/logmeeting", "Equinor")
    for customer in ("Orkla", "Hydro"):
        assert "Logged a *meeting*" in _grid_say(oauth, BETA, "U0LARS", "/logmeeting", customer)
    assert [r["customer"] for r in stored(oauth, ACME)] == ["Equinor"]  # type: ignore[arg-type]
    assert sorted(r["customer"] for r in stored(oauth, BETA)) == ["Hydro", "Orkla"]  # type: ignore[arg-type]
    assert "Meetings: *1*" in _grid_say(oauth, ACME, "U0LARS", "/kpi", "")


def test_a_workspace_installed_on_its_own_keeps_its_token_beside_an_org_wide_install(
    oauth: OAuthSlack,
) -> None:
    """Installed to a whole Grid organisation at once (is_enterprise_install, no workspace in
    the installation): stored (it was refused until session 22; tests/slack/
    test_grid_org_install.py drives it). A workspace of the organisation installed on its own
    as well keeps being sent to with its own token."""
    state, cookie = oauth.start_install()
    oauth.api.authorize_install("code-org", ACME, "Acme AS", enterprise_id="E0ORG", org_wide=True)
    page = oauth.get(f"/slack/oauth_redirect?code=code-org&state={state}", cookie)
    assert page.status == 200, page.body
    state, cookie = oauth.start_install()
    own = oauth.api.authorize_install("code-ws", ACME, "Acme AS", enterprise_id="E0ORG")
    assert oauth.get(f"/slack/oauth_redirect?code=code-ws&state={state}", cookie).status == 200
    assert "Logged a *meeting*" in _grid_say(oauth, ACME, "U0LARS", "/logmeeting", "Equinor")
    store = installation_store(oauth.settings.client_id or "", oauth.engine, KEY)
    assert store.find_workspace_bot(ACME).bot_token == own  # type: ignore[union-attr]


def test_the_oauth_app_runs_on_the_worker_s_slot_engine_and_leaves_it_reusable(
    oauth: OAuthSlack, slot_engine: Engine
) -> None:
    """The OAuth apps share the slot's engine (its compiled statements, warm connections), as
    the `slack` fixture's app does, and building one adds no event listener to it, so the
    suite keeps the engine for the next test (tests/conftest.py `_release`) instead of
    disposing it."""
    from tests.conftest import _listeners

    assert oauth.engine is slot_engine
    before = _listeners(slot_engine)
    oauth.install(ACME, "Acme AS")
    assert "Logged a *meeting*" in _say(oauth, ACME, "U0LARS", "/logmeeting", "Equinor")
    assert _listeners(slot_engine) == before
