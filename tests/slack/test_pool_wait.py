"""PostgreSQL connections under a request Slack waits 3 s for (issue 15, replicas): with every
pooled connection taken, a command waits at most the pool's 2 s and is answered "nothing was
stored, try again" in its acknowledgement, not Slack's timeout; connections the server dropped
are replaced on checkout (pool_pre_ping), so the app recovers without a restart. PostgreSQL
only: SQLite's waits are tested in test_database_trouble.py."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from bot.offline.harness import local_slack
from storage.db import CONNECT_TIMEOUT, POOL_WAIT
from tests.helpers import stored, text_of
from tests.slack.test_outage import database_away

ALEX = "U0ALEX"  # writes English
# On the wall clock: every log says its day (typed after midnight, "today" is asked about).


def test_a_command_with_every_pooled_connection_taken_is_answered_in_time(
    migrated_pg_url: str,
) -> None:
    assert POOL_WAIT + 0.5 < 3 and CONNECT_TIMEOUT < 3
    with local_slack(migrated_pg_url, over_http=False, migrate=False) as slack:
        slack.driver.command(
            "/logcall", "Warmup yesterday", ALEX
        ).reply()  # Alex is known: no users.info
        # The connections the units of work keep (storage.db._Kept) closed: every connection
        # the pool can give is then taken here, and the command must wait for one.
        slack.engine.dispose()
        pool = slack.engine.pool
        taken = [slack.engine.connect() for _ in range(pool.size() + pool._max_overflow)]  # type: ignore[attr-defined]
        try:
            result = slack.driver.command("/logmeeting", "Acme yesterday", ALEX)
        finally:
            for conn in taken:
                conn.close()
        assert result.http.status == 200  # Bolt answers 404 when nothing is acked in 3 s
        assert "nothing was stored" in text_of(result.reply()).lower()
        assert "try again" in text_of(result.reply()).lower()
        slack.driver.command("/logmeeting", "Acme yesterday", ALEX).reply()
        assert [r["customer"] for r in stored(slack)] == ["Warmup", "Acme"]


def test_connections_the_server_dropped_are_replaced_and_an_outage_says_try_again(
    migrated_pg_url: str,
) -> None:
    with local_slack(migrated_pg_url, over_http=False, migrate=False) as slack:
        slack.driver.command(
            "/logcall", "Warmup yesterday", ALEX
        ).reply()  # the pool holds a connection
        url = slack.engine.url
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # as a server restart does: every session cut
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": url.database},
            )
        admin.dispose()
        reply = slack.driver.command("/logmeeting", "Acme yesterday", ALEX).reply()
        assert "nothing was stored" not in text_of(reply).lower()  # recovered at once
        with database_away(slack):
            away = slack.driver.command("/logmeeting", "Orkla yesterday", ALEX)
            assert away.http.status == 200
            assert "try again" in text_of(away.reply()).lower()
        slack.driver.command("/logmeeting", "Orkla yesterday", ALEX).reply()
        assert [r["customer"] for r in stored(slack)] == ["Warmup", "Acme", "Orkla"]
