"""What one request costs: a slash command is one short transaction of a handful of statements and
one HTTP exchange (the answer is the acknowledgement). Fails if per-request sprawl comes back."""

from __future__ import annotations

import tempfile

import pytest
from sqlalchemy import event

from storage.db import kept_dbapi_connections
from tests.helpers import count_rows, each_statement, text_of

KARI = "U0KARI"
# The requester (seller, own team, the channel's team and the manager flag, in one statement), the
# known customers among the text's leading words (so words after a name are never glued onto it,
# and the customer is then at hand), the delivery's reference, the customer's open lead, the new
# lead (already in its new state), the lead's first history row (storage.history) and the
# activity. PostgreSQL first takes the customer's row lock and only under it reads the delivery's
# reference (a concurrent delivery of the same entry may have stored it meanwhile), in the same
# statement as the customer's open leads (storage.rows.stored_or_open_leads). Nothing more.
MAX_STATEMENTS = {"sqlite": 6, "postgresql": 7}


class Counter:
    """Every statement a request runs: through SQLAlchemy's execution and on the DBAPI cursor
    (storage.cursor) alike. On SQLite also what the database itself was asked (sqlite3's trace
    callback on every connection checked out meanwhile): nothing may run past the count."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.engine = engine
        self.statements: list[str] = []
        self.settings: list[str] = []
        self.traced: list[str] = []
        self.transactions = 0
        self._seen = each_statement(engine, self._statement)

    def __enter__(self) -> Counter:
        self._seen.__enter__()
        event.listen(self.engine, "begin", self._begin)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "checkout", self._trace)
            event.listen(self.engine, "checkin", self._untrace)
        return self

    def __exit__(self, *exc: object) -> None:
        self._seen.__exit__(None, None, None)
        event.remove(self.engine, "begin", self._begin)
        if self.engine.dialect.name == "sqlite":
            event.remove(self.engine, "checkout", self._trace)
            event.remove(self.engine, "checkin", self._untrace)

    def _statement(self, statement, _parameters) -> None:  # type: ignore[no-untyped-def]
        head = statement.lstrip().upper()
        if head.startswith(("PRAGMA BUSY_TIMEOUT", "SET STATEMENT_TIMEOUT")):
            # How long Slack's 3 s let this request wait on locks (storage.db): a setting, not a
            # query; counted apart.
            self.settings.append(statement)
        elif not head.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            self.statements.append(statement.split("\n", 1)[0][:80])

    def _begin(self, conn) -> None:  # type: ignore[no-untyped-def]
        self.transactions += 1

    def _trace(self, dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.set_trace_callback(self._traced)

    def _untrace(self, dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.set_trace_callback(None)

    def _traced(self, statement: str) -> None:
        head = statement.lstrip().upper()
        if head.startswith(("PRAGMA", "BEGIN", "COMMIT", "ROLLBACK")):
            return
        line = statement.split("\n", 1)[0][:80]
        # A write to activities runs the seller_days triggers (storage.seller_days) inside it:
        # Python's sqlite3 reports the firing statement again for each of their steps.
        if self.traced and line == self.traced[-1] and "ACTIVITIES" in head.split("(", 1)[0]:
            return
        self.traced.append(line)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_logged_meeting_is_one_transaction_and_one_http_exchange(slack) -> None:  # type: ignore[no-untyped-def]
    # The first command of the day also creates the seller and reads their Slack profile.
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()
    slack.wait_idle()
    calls_before = len(slack.api.calls)

    with Counter(slack.engine) as counted:
        result = slack.driver.command("/logmeeting", "Aker BP warm next call friday", KARI)
        slack.wait_idle()

    answer = result.http.json()
    assert "Aker BP" in text_of(answer)  # the confirmation came in the acknowledgement
    assert len(slack.api.calls) == calls_before  # no response_url post, no Web API call
    assert counted.transactions == 1, counted.statements
    limit = MAX_STATEMENTS[slack.engine.dialect.name]
    assert len(counted.statements) <= limit, "\n".join(counted.statements)
    if slack.engine.dialect.name == "sqlite":
        assert len(counted.traced) == len(counted.statements), counted.traced
    assert len(counted.settings) <= 1, counted.settings  # said only when it changes
    assert count_rows(slack) == 2


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_how_long_a_command_may_wait_is_said_once_per_connection_not_per_request(slack) -> None:  # type: ignore[no-untyped-def]
    for customer in ("Aker BP", "Equinor", "Orkla"):  # the pooled connection has its deadline now
        slack.driver.command("/logmeeting", customer, KARI).reply()
    slack.wait_idle()
    with Counter(slack.engine) as counted:
        for n, customer in enumerate(("Aker BP", "Equinor", "Orkla", "Aker BP")):
            # Each its own meeting (the same typed again a moment later is asked about)
            slack.driver.command("/logmeeting", f"{customer} -- {n}", KARI).reply()
        slack.wait_idle()
    assert counted.transactions == 4 and count_rows(slack) == 7
    # Said again only after a rollback undid it, or on a new pooled connection: not per request
    # (SET LOCAL was one round trip each).
    assert len(counted.settings) <= 1, counted.settings


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_read_only_command_never_takes_the_write_lock(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()
    slack.wait_idle()
    begins: list[str] = []

    def record(statement, _parameters) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("BEGIN"):
            begins.append(statement.strip())

    with each_statement(slack.engine, record):
        slack.driver.command("/kpi", "help", KARI)
        slack.wait_idle()
    if slack.engine.dialect.name == "sqlite":
        assert begins == ["BEGIN"]  # deferred: readers never queue behind writers


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_person_whose_profile_was_read_is_known_fresh_until_it_is_due_again(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # What decides whether a log command may wait its turn on one of SQLite's few writer threads
    # (bot.app): no users.info call on the way. Kari is a workspace admin (10 minutes), Lars not
    # (a day).
    from datetime import timedelta

    from bot.services import requester

    team = slack.driver.team_id
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()
    slack.driver.command("/logmeeting", "Equinor", "U0LARS").reply()
    now = clock.now()
    assert requester.profile_known_fresh(team, KARI, now + timedelta(minutes=9))
    assert not requester.profile_known_fresh(team, KARI, now + timedelta(minutes=11))
    assert requester.profile_known_fresh(team, "U0LARS", now + timedelta(hours=23))
    assert not requester.profile_known_fresh(team, "U0LARS", now + timedelta(hours=25))


class RoundTrips(Counter):
    """On PostgreSQL every statement is a round trip to the server, and so are BEGIN and COMMIT.
    Counted where they happen: each ReadyForQuery the server sends (one per simple query or
    extended-protocol Sync) in libpq's trace of every connection a unit of work used meanwhile:
    each one the units of work keep (storage.db._Kept), from the start, and each taken from the
    pool, from its checkout (storage.db._begin_at_checkout's BEGIN, which is also the pool's
    pre-ping) or its Connection made (engine_connect), plus SQLAlchemy's own pre-ping, should
    the engine use it (it runs before the checkout event)."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        super().__init__(engine)
        self.commits = 0
        self.pings = 0
        self._ping = engine.dialect.do_ping
        self._trace = tempfile.TemporaryFile()
        self._traced_now: dict[int, object] = {}

    def __enter__(self) -> RoundTrips:
        super().__enter__()

        def ping(dbapi_connection) -> bool:  # type: ignore[no-untyped-def]
            self.pings += 1
            return self._ping(dbapi_connection)  # type: ignore[no-any-return]

        self.engine.dialect.do_ping = ping
        for dbapi_connection in kept_dbapi_connections(self.engine):
            self._traced_checkout(dbapi_connection, None, None)
        event.listen(self.engine, "checkout", self._traced_checkout, insert=True)
        event.listen(self.engine, "engine_connect", self._traced_connect)
        event.listen(self.engine, "checkin", self._untraced_checkin)
        event.listen(self.engine, "commit", self._commit)
        return self

    def __exit__(self, *exc: object) -> None:
        del self.engine.dialect.do_ping
        event.remove(self.engine, "checkout", self._traced_checkout)
        event.remove(self.engine, "engine_connect", self._traced_connect)
        event.remove(self.engine, "checkin", self._untraced_checkin)
        event.remove(self.engine, "commit", self._commit)
        for dbapi_connection in self._traced_now.values():
            dbapi_connection.pgconn.untrace()  # type: ignore[attr-defined]
        self._traced_now.clear()
        super().__exit__(*exc)

    def _traced_checkout(self, dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        from psycopg import pq

        if id(dbapi_connection) in self._traced_now:
            return
        self._traced_now[id(dbapi_connection)] = dbapi_connection
        dbapi_connection.pgconn.trace(self._trace.fileno())
        dbapi_connection.pgconn.set_trace_flags(
            pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE
        )

    def _traced_connect(self, conn) -> None:  # type: ignore[no-untyped-def]
        self._traced_checkout(conn.connection.dbapi_connection, None, None)

    def _untraced_checkin(self, dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        if dbapi_connection is not None and self._traced_now.pop(id(dbapi_connection), None):
            dbapi_connection.pgconn.untrace()

    def _commit(self, conn) -> None:  # type: ignore[no-untyped-def]
        self.commits += 1

    @property
    def messages(self) -> list[list[str]]:
        """What went over the wire: (direction, length, message, …) per line of libpq's trace."""
        self._trace.seek(0)
        return [line.split("\t") for line in self._trace.read().decode().splitlines()]

    @property
    def total(self) -> int:
        answered = sum(1 for m in self.messages if m[0] == "B" and m[2] == "ReadyForQuery")
        return self.pings + answered

    @property
    def sent_queries(self) -> list[str]:
        """The simple-protocol queries sent (BEGIN, COMMIT, a statement deadline)."""
        return [m[3].strip().strip('"') for m in self.messages if m[0] == "F" and m[2] == "Query"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.backends("postgres")
@pytest.mark.parametrize(
    ("first", "then", "writes"),
    [
        # A meeting that opens a lead: the lead, its first history row and the activity.
        ("Aker BP", "Aker BP warm next call friday", 3),
        # One that changes the lead's state: the lead, its history closed and added to, the
        # activity.
        ("Aker BP warm", "Aker BP hot", 4),
        # One on no lead: the activity alone (another meeting: the same words again a moment
        # later would be asked about).
        ("Aker BP", "Aker BP -- the second today", 1),
    ],
)
def test_a_logged_entrys_writes_are_one_round_trip_on_postgresql(
    slack, first, then, writes
) -> None:  # type: ignore[no-untyped-def]
    # storage.logged: the lead, its history and the activity as one statement (a data-modifying
    # CTE). Before it, a command took `writes` round trips for them.
    # Fresh connections: nothing prepared on them by an earlier test of this worker (prepared
    # reads go in one pipeline: tests/slack/test_request_trips21.py counts that case).
    slack.engine.dispose()
    slack.driver.command("/logmeeting", first, KARI).reply()
    slack.wait_idle()
    before = count_rows(slack)
    with RoundTrips(slack.engine) as counted:
        result = slack.driver.command("/logmeeting", then, KARI)
        slack.wait_idle()
    assert "Aker BP" in text_of(result.http.json())
    assert counted.transactions == 1 and counted.commits == 1, counted.statements
    # BEGIN (at checkout, also the pool's pre-ping: storage.db._begin_at_checkout), the
    # requester, the customers among the words, the customer's lock, the delivery's reference
    # with the open leads, the writes, COMMIT. (Before session 13: a pre-ping of its own and
    # psycopg's BEGIN, 8.)
    assert counted.statements[-1].startswith(("WITH", "INSERT")), counted.statements
    assert len(counted.statements) == 5, "\n".join(counted.statements)
    assert len(counted.settings) <= 1, counted.settings
    assert counted.sent_queries == ["BEGIN", *counted.settings, "COMMIT"], counted.sent_queries
    assert counted.total == 7 + len(counted.settings), (counted.pings, counted.messages)
    assert count_rows(slack) == before + 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.backends("postgres")
def test_a_requester_kept_is_not_read_again_on_postgresql(slack) -> None:  # type: ignore[no-untyped-def]
    # ack29: the requester kept by this process (bot.services.requester.kept) is not read: the
    # save's own statement reads the workspace's people version (migration 0026a) and a moved
    # one undoes it all (tests/slack/test_kept_requester29.py). Was 5 statements and 7 round trips
    # (besides a deadline said), as the test above.
    slack.engine.dispose()
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()  # a new seller: written
    slack.driver.command("/logmeeting", "Equinor", KARI).reply()  # read, and kept
    slack.wait_idle()
    before = count_rows(slack)
    with RoundTrips(slack.engine) as counted:
        result = slack.driver.command("/logmeeting", "Aker BP warm next call friday", KARI)
        slack.wait_idle()
    assert "Aker BP" in text_of(result.http.json())
    assert counted.transactions == 1 and counted.commits == 1, counted.statements
    # BEGIN, the customers among the words, the customer's lock, the delivery's reference with
    # the open leads, the writes (with the version), COMMIT.
    assert not any("sellers" in s for s in counted.statements), counted.statements
    assert counted.statements[-1].startswith("WITH"), counted.statements
    assert len(counted.statements) == 4, "\n".join(counted.statements)
    assert counted.sent_queries == ["BEGIN", *counted.settings, "COMMIT"], counted.sent_queries
    assert counted.total == 6 + len(counted.settings), (counted.pings, counted.messages)
    assert count_rows(slack) == before + 1


@pytest.mark.backends("sqlite")  # the marks are the same on PostgreSQL (no write turn there)
def test_where_a_command_spends_its_time_can_be_marked(slack, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # bot.timing (KPIBOT_ACK_TIMING, bench/ack_timing.py): off by default, each mark one check.
    from bot import timing

    assert not timing.ON
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()
    slack.wait_idle()
    monkeypatch.setattr(timing, "ON", True)
    monkeypatch.setattr(timing, "_requests", [])
    slack.driver.command("/logmeeting", "Aker BP warm", KARI).reply()
    slack.wait_idle()
    [marks] = timing._requests
    assert [name for name, _at in marks] == [
        "arrived",
        "runner",
        "queued",  # for a writer's turn (bot.app.WRITER_THREADS), taken on the request thread
        "started",
        "turn",
        "commit",
        "committed",
        "acked",
        "answered",
        "returned",
    ]
    assert [at for _name, at in marks] == sorted(at for _name, at in marks)
