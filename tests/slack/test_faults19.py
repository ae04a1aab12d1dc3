"""Payloads and faults of round 19, each as Slack sends it or as the machine fails, each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator

import pytest
from freezegun import freeze_time
from sqlalchemy import Engine, create_engine, func, select, text

from bot.offline.slack_api import Failure, FakeSlackApi
from storage.db import make_session_factory, session_scope
from storage.models import Activity, SalesTeam
from tests.helpers import channel_message, each_statement, set_up_team, stored, text_of
from tests.slack.test_faults13 import CHANNEL, _english_team, _jobs
from tests.slack.test_oauth import ACME, OAuthSlack, oauth_slack
from tests.slack.test_outage import database_away


# -- 1. the database away and this machine's disk full: nothing to hold the message on ------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_that_cannot_be_held_on_a_full_disk_is_given_back_to_its_author(
    slack, caplog, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A channel message acknowledged while the database is away is held on the web machine's
    disk (KPIBOT_SPOOL_DIR). A disk that takes no more (ENOSPC: the same disk that filled the
    SQLite file, or a spool volume full or gone read-only) raised out of the guard: a traceback
    logged, a half-written file left in the spool, and the seller's win, answered 200, lost
    without a word. Now the author is told at once, with their words, to log it again."""
    import bot.spool

    set_up_team(slack)

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(bot.spool.os, "fsync", no_space)
    calls = len(slack.api.calls)
    with database_away(slack):
        assert slack.driver.event(channel_message("Won Nammo 250k!")).status == 200
        slack.wait_idle()
        assert slack.replayer.spool.pending() == []
        assert os.listdir(slack.replayer.spool.directory) == []  # nothing half-written left
    told = [c.params for c in slack.api.calls[calls:] if c.method == "chat.postMessage"]
    assert [t["channel"] for t in told] == ["U0LARS"], told
    assert told[0]["text"].startswith(":warning:") and ">Won Nammo 250k!" in told[0]["text"]
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"]
    assert slack.replayer.run_once().replayed == 0
    assert stored(slack) == []


# -- 2. OAuth: a workspace with no installation stored ---------------------------------------------
STALE = "T0STALE"  # a test workspace the app is still installed in; its installation is gone here


@pytest.fixture
def oauth(
    migrated_db_url: str, slack_api: FakeSlackApi, slot_engine: Engine
) -> Iterator[OAuthSlack]:
    """The app in OAuth mode, as tests/slack/test_oauth.py runs it."""
    with oauth_slack(slack_api, migrated_db_url, slot_engine) as local:
        yield local


def test_a_workspace_kpibot_is_not_installed_in_is_answered_200_and_told_so(
    oauth: OAuthSlack,
) -> None:
    """Bolt finds no installation for the workspace and answers as when Slack could not
    confirm a token now. An event was answered 503 on every delivery, for ever: Slack sends each
    again three times and counts the failures toward turning off the app's event subscriptions
    for every workspace. A command was told to try again in a moment, which never helps. Now
    the event is answered 200 and ignored, the command says kpibot is not installed there; a
    workspace that is installed and whose token Slack cannot confirm now is still answered 503,
    so that Slack delivers it again."""
    oauth.install(ACME, "Acme")
    stale = oauth.driver(STALE)
    for retry in (None, 1):
        answer = stale.event(
            channel_message("Won Nammo 250k!"), event_id="Ev0STALE", retry_num=retry
        )
        assert answer.status == 200
    said = text_of(stale.command("/logwin", "Nammo 250k", "U0LARS", "C0SALES").reply())
    oauth.executor.wait_idle()
    assert "not installed in this workspace" in said and "try again" not in said, said
    with session_scope(make_session_factory(oauth.engine)) as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0

    oauth.api.fail("auth.test", *[Failure(503, {"ok": False, "error": "service_unavailable"})] * 3)
    answer = oauth.driver(ACME).event(channel_message("Won Nammo 250k!"), event_id="Ev0ACME")
    assert answer.status == 503  # installed: Slack delivers it again


# -- 3. PostgreSQL restarted in the middle of a digest ----------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_digest_whose_database_restarts_mid_send_is_posted_once_and_nobody_is_alarmed(
    slack, caplog
) -> None:  # type: ignore[no-untyped-def]
    """The server drops every connection (a restart, a failover) while the digest is being
    sent, here after Slack posted it and before its claim records that (as the claim is taken,
    before the post, went the same way). Was: a traceback logged as an unexpected failure and
    the team's managers told "something went wrong, so it was not posted yet", though it had
    been. Now one line in the log, and the next tick finds it in the channel: posted once, and
    nobody is DMed."""
    if slack.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL server's dropped connections")
    _english_team(slack)
    with session_scope(make_session_factory(slack.engine)) as session:  # no chart: cheaper
        session.query(SalesTeam).one().chart_enabled = False
    slack.driver.command("/logwin", "Nammo 250k", "U0LARS", CHANNEL).reply()
    slack.wait_idle()
    slack.api.reset()
    cuts: list[str] = []

    def restart_at(sql: str, _params: object) -> None:
        posts = slack.api.calls_to("chat.postMessage")
        posted = any(c.params.get("channel") == CHANNEL for c in posts)
        if not cuts and posted and "UPDATE claims" in sql:
            cuts.append(sql)
            _drop_connections(slack)

    with each_statement(slack.engine, restart_at), freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()  # Monday 08:00 in Oslo: the digest is due
    assert cuts
    with freeze_time("2026-11-23T07:06:00Z"):
        _jobs(slack).tick()
    with freeze_time("2026-11-23T07:12:00Z"):
        _jobs(slack).tick()
    posts = [c.params["channel"] for c in slack.api.calls_to("chat.postMessage")]
    assert posts.count(CHANNEL) == 1
    assert "U0KARI" in posts  # her own summary
    told = [text_of(c.params) for c in slack.api.calls_to("chat.postMessage")]
    assert not [t for t in told if "went wrong" in t], told
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"]


def test_a_nudge_whose_database_restarts_after_slack_took_it_is_sent_once(slack, caplog) -> None:  # type: ignore[no-untyped-def]
    """The same restart between Slack's post of a nudge and its claim's record: the next try
    looks in the DM first and sends nothing more; one warning line (was: a traceback)."""
    if slack.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL server's dropped connections")
    _english_team(slack)
    with freeze_time("2026-11-13T10:00:00Z"):  # Friday: a warm lead without a next step
        slack.driver.command("/logmeeting", "Acme warm", "U0LARS", CHANNEL).reply()
        slack.wait_idle()
    slack.api.reset()
    cuts: list[str] = []

    def restart_at(sql: str, _params: object) -> None:
        if not cuts and "UPDATE claims" in sql and slack.api.calls_to("chat.postMessage"):
            cuts.append(sql)
            _drop_connections(slack)

    with each_statement(slack.engine, restart_at), freeze_time("2026-11-16T08:00:00Z"):
        _jobs(slack).nudge_pass()  # Monday, 09:00 in Oslo
    for later in ("2026-11-16T08:06:00Z", "2026-11-16T08:12:00Z"):
        with freeze_time(later):
            _jobs(slack).nudge_pass()
    assert cuts
    assert [c.params["channel"] for c in slack.api.calls_to("chat.postMessage")] == ["U0LARS"]
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"]


def _drop_connections(slack) -> None:  # type: ignore[no-untyped-def]
    """Every connection to the test's database cut by the server, as a restart cuts them."""
    url = slack.engine.url
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid, 2000) FROM pg_stat_activity "
                    "WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": url.database},
            )
    finally:
        admin.dispose()


def test_a_message_given_up_after_an_outage_is_told_to_its_author_with_their_workspaces_token(
    oauth: OAuthSlack,
) -> None:
    """With OAuth the app's own client has no token (Bolt gives each request its
    installation's): the replayer told the author of a message held too long through it, and
    Slack answers a call without a token `not_authed`, so nobody was told (the stand-in, kinder
    than Slack, took it: its record shows the empty token). Now the workspace's bot token."""
    from datetime import UTC, datetime, timedelta

    from bot.app import build_app
    from bot.clock import SystemClock
    from bot.slack_client import build_client
    from bot.spool import Replayer, Spool

    token = oauth.install(ACME, "Acme")
    app = build_app(
        oauth.settings,
        make_session_factory(oauth.engine),
        build_client(oauth.settings, token=None),
        SystemClock(),
        oauth.executor,
    )
    spool = Spool.at(oauth.settings.spool_path or "")
    body = {
        "type": "event_callback",
        "team_id": ACME,
        "api_app_id": "A0KPIBOT",
        "event_id": "Ev0HELD",
        "event_time": 1763630000,
        "event": channel_message("Won Nammo 250k!"),
        "authorizations": [{"team_id": ACME, "user_id": "UKPIBOT", "is_bot": True}],
    }
    spool.hold(body, now=datetime.now(UTC) - timedelta(hours=2))  # held, the database away
    calls = len(oauth.api.calls)
    replayer = Replayer(app, spool, signing_secret=oauth.settings.signing_secret or "",
                        clock=SystemClock())  # fmt: skip
    assert replayer.run_once().given_up == 1
    told = [c for c in oauth.api.calls[calls:] if c.method == "chat.postMessage"]
    assert [(c.params["channel"], c.token) for c in told] == [("U0LARS", token)]
    assert ">Won Nammo 250k!" in told[0].params["text"]
