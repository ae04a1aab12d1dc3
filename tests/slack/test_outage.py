"""Nothing acknowledged is lost: while the database is unavailable, channel messages (and their
edits) and button clicks are held on the serving machine and stored once, in order, when it is
back; what cannot be stored within the limit is given back to its author."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, make_url, text

from tests.helpers import buttons, channel_message, message_edited, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
TS = "1763630000.000100"


@contextmanager
def database_away(slack) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A real outage of the test's database: SQLite locked by another process's writer (the
    app's lock wait shortened from 30 s to 0.2 s), PostgreSQL refusing connections with every
    open one cut."""
    engine = slack.engine
    if engine.dialect.name == "sqlite":

        def short_wait(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.execute("PRAGMA busy_timeout=200")

        event.listen(engine, "connect", short_wait)
        engine.dispose()
        blocker = sqlite3.connect(make_url(str(engine.url)).database, timeout=1)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            blocker.rollback()
            blocker.close()
            event.remove(engine, "connect", short_wait)
            engine.dispose()
        return
    url = engine.url
    admin = engine.__class__  # placate type checkers; replaced below
    from sqlalchemy import create_engine

    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{url.database}" WITH ALLOW_CONNECTIONS false'))
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :db AND pid <> pg_backend_pid()"
            ),
            {"db": url.database},
        )
    try:
        yield
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{url.database}" WITH ALLOW_CONNECTIONS true'))
        admin.dispose()
        engine.dispose()


def _setup(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", idle=True)


EDITED_AT = "1763630100.000300"


@pytest.mark.usefixtures("migrated_db_url")
def test_a_win_its_edit_and_a_click_during_an_outage_are_stored_once_afterwards(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    slack.driver.command("/logoffer", "Equinor ASA 250k", KARI, CHANNEL).reply()
    asked = slack.driver.command("/logoffer", "Equinr 300k", KARI, CHANNEL)
    [pick] = [b for b in buttons(asked.reply()) if b["value"].endswith("|pick:0")]
    with database_away(slack):
        statuses = [
            slack.driver.event(channel_message("Won Nammo 250k!")).status,
            slack.driver.event(
                message_edited(TS, "Won Nammo 280k!", before="Won Nammo 250k!", at=EDITED_AT)
            ).status,
            slack.driver.click(KARI, pick, response_url=asked.response_url).status,
        ]
        slack.wait_idle()
        assert statuses == [200, 200, 200]
        assert len(slack.replayer.spool.pending()) == 3
    assert [r["customer"] for r in stored(slack)] == ["Equinor ASA"]  # nothing half-stored
    kept = text_of(slack.api.responses(asked.key)[-1])
    assert "Your click is kept" in kept

    result = slack.replayer.run_once()
    slack.wait_idle()
    assert (result.replayed, result.still_held) == (3, 0)
    rows = stored(slack)
    assert [(r["customer"], r["amount"]) for r in rows if r["customer"] == "Nammo"] == [
        ("Nammo", 280000.0)
    ]
    assert [r["amount"] for r in rows if r["customer"] == "Equinor ASA"] == [250000.0, 300000.0]
    assert len([c for c in slack.api.calls_to("reactions.add") if c.params["timestamp"] == TS]) == 1
    assert slack.replayer.run_once().replayed == 0  # nothing left, nothing twice
    assert len([r for r in stored(slack) if r["customer"] == "Nammo"]) == 1


@pytest.mark.usefixtures("migrated_db_url")
def test_still_away_keeps_the_order_and_stores_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    with database_away(slack):
        slack.driver.event(channel_message("Won Nammo 250k!"))
        slack.wait_idle()
        result = slack.replayer.run_once()
        slack.wait_idle()
        assert (result.replayed, result.still_held) == (0, 1)
    assert stored(slack) == []
    assert slack.replayer.run_once().replayed == 1
    slack.wait_idle()
    assert [r["customer"] for r in stored(slack)] == ["Nammo"]


@pytest.mark.usefixtures("migrated_db_url")
def test_given_up_after_the_limit_the_author_gets_their_text_back(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    with database_away(slack):
        slack.driver.event(channel_message("Won Nammo 250k!"))
        slack.wait_idle()
    clock.advance(hours=2)
    result = slack.replayer.run_once()
    assert (result.replayed, result.given_up) == (0, 1)
    [dm] = [c.params for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == LARS]
    assert "could not record" in dm["text"] and "Won Nammo 250k!" in dm["text"]
    assert stored(slack) == []
    assert slack.replayer.spool.pending() == []


def test_held_requests_replay_in_the_order_slack_dated_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from bot.spool import Spool

    spool = Spool(tmp_path)
    now = datetime(2026, 11, 20, 9, tzinfo=UTC)
    # The edit's listener failed first; its message was held a moment later.
    spool.hold(
        {
            "team_id": "T0DEMO",
            "event": message_edited(TS, "Won 2", before="Won 1", at="1763630100.0"),
        },
        now=now,
    )
    spool.hold({"team_id": "T0DEMO", "event": channel_message("Won 1")}, now=now)
    order = [h.body["event"].get("subtype", "message") for h in spool.pending()]
    assert order == ["message", "message_changed"]


def test_a_held_request_replayed_by_another_process_meanwhile_is_skipped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Workers share one spool folder and the primary replays it: a file that vanishes between
    the listing and the reading was replayed, not unreadable."""
    from datetime import UTC, datetime

    from bot.spool import Spool

    spool = Spool(tmp_path / "spool")
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    first = spool.hold({"type": "event_callback", "team_id": "T1", "event": {}}, now=now)
    second = spool.hold({"type": "event_callback", "team_id": "T1", "event": {}}, now=now)
    real_read = spool._read

    def read(path):  # type: ignore[no-untyped-def]
        if path == first.path:
            path.unlink()  # another process replayed it just now
        return real_read(path)

    spool._read = read  # type: ignore[method-assign]
    assert [held.id for held in spool.pending()] == [second.id]
    assert not list((tmp_path / "spool").glob("*.bad"))


@pytest.mark.usefixtures("migrated_db_url")
def test_a_clicked_buttons_text_given_back_is_escaped_and_a_message_is_not_escaped_twice(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """A button's text is plain text: "Mat & Vin AS", "<b>", "*x*" given back in mrkdwn showed
    as a broken entity, an HTML-ish tag Slack ate, and bold. A message's text is Slack's own
    mrkdwn (&amp; already, a mention <@U…>): given back as it showed, never escaped twice."""
    _setup(slack)
    slack.driver.command("/logoffer", "Equinor ASA 250k", KARI, CHANNEL).reply()
    asked = slack.driver.command("/logoffer", "Equinr 300k", KARI, CHANNEL)
    [pick] = [b for b in buttons(asked.reply()) if b["value"].endswith("|pick:0")]
    typed = "Mat & Vin AS <b> *x*"
    with database_away(slack):
        clicked = {**pick, "text": {"type": "plain_text", "text": typed}}
        assert slack.driver.click(KARI, clicked, response_url=asked.response_url).status == 200
        assert (
            slack.driver.event(channel_message("Won Mat &amp; Vin 250k, thanks <@U0KARI>!")).status
            == 200
        )
        slack.wait_idle()
    clock.advance(hours=2)
    assert slack.replayer.run_once().given_up == 2
    dms = {c.params["channel"]: c.params["text"] for c in slack.api.calls_to("chat.postMessage")}
    assert "Mat &amp; Vin AS &lt;b&gt; \u2217x\u2217" in dms[KARI]
    assert "<b>" not in dms[KARI] and "*x*" not in dms[KARI]
    assert ">Won Mat &amp; Vin 250k, thanks <@U0KARI>!" in dms[LARS]


@pytest.mark.usefixtures("migrated_db_url")
def test_given_up_the_author_is_told_in_their_own_language(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    slack.driver.command("/kpi", "language nb", LARS, CHANNEL).reply()
    slack.wait_idle()
    with database_away(slack):
        slack.driver.event(channel_message("Vant Nammo 250k!"))
        slack.wait_idle()
    clock.advance(hours=2)
    assert slack.replayer.run_once().given_up == 1
    [dm] = [c.params for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == LARS]
    assert dm["text"].startswith(":warning: Jeg kunne ikke registrere det du sendte kl. ")
    assert dm["text"].endswith("\n>Vant Nammo 250k!")


@contextmanager
def database_read_only(slack) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The database takes reads but no writes: a PostgreSQL primary demoted in a failover (or
    set read-only), SQLite's file read-only. Every new connection is so until the end."""
    engine = slack.engine
    sqlite = engine.dialect.name == "sqlite"

    def read_only(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        if sqlite:
            dbapi_conn.execute("PRAGMA query_only=ON")
        else:
            with dbapi_conn.cursor() as cursor:
                cursor.execute("SET default_transaction_read_only = on")
            dbapi_conn.commit()  # a SET in a transaction rolled back would be undone

    event.listen(engine, "connect", read_only)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", read_only)
        engine.dispose()


@pytest.mark.usefixtures("migrated_db_url")
def test_a_database_gone_read_only_holds_messages_and_answers_commands_plainly(
    slack, caplog
) -> None:  # type: ignore[no-untyped-def]
    """A failover leaves the old primary read-only for a while. Was, on PostgreSQL: an
    unexpected error (a traceback logged) and the channel message lost, never held."""
    _setup(slack)
    with database_read_only(slack):
        assert slack.driver.event(channel_message("Won Nammo 250k!")).status == 200
        said = text_of(slack.driver.command("/logmeeting", "Orkla warm", KARI, CHANNEL).reply())
        slack.wait_idle()
        assert len(slack.replayer.spool.pending()) == 1
    assert "Nothing was stored" in said or "nothing was stored" in said
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"]
    assert slack.replayer.run_once().replayed == 1
    slack.wait_idle()
    assert [(r["customer"], r["amount"]) for r in stored(slack)] == [("Nammo", 250000.0)]
