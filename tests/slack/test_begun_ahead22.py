"""KPIBOT_TURN_STARTS=begun (acks22): a log command on PostgreSQL takes its connection from the
pool and begins its transaction before it waits for a writer's turn; in the turn its unit of work
goes on in that transaction. The same statements and round trips, stored once and answered as
with the turn taken first, every connection back in the pool. (A person whose profile is to be
read from Slack is not in the writer's lane: tests/storage/test_begin_ahead.py has a session
begun ahead let go before users.info.)"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from bot import listener_runner
from storage import cursor
from storage.db import idle_connections, in_use
from tests.helpers import count_rows, text_of
from tests.slack.test_request_cost import KARI, RoundTrips


@pytest.fixture
def order(slack, monkeypatch) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    """Records, in order, each writer's turn taken ("turn") and each transaction begun ("begin":
    on a connection taken from the pool, its BEGIN sent at the checkout, or on one the units of
    work kept, its BEGIN sent just before; storage.db), with the mode "begun"."""
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()  # the team's first
    slack.wait_idle()
    monkeypatch.setattr(listener_runner, "TURN_STARTS", "begun")
    events: list[str] = []
    turn = slack.executor.writer_turn

    @contextlib.contextmanager
    def taking(timeout: float) -> Iterator[bool]:
        with turn(timeout) as mine:
            events.append("turn")
            yield mine

    monkeypatch.setattr(slack.executor, "writer_turn", taking)

    def begin(*_args: object) -> None:
        events.append("begin")

    event.listen(slack.engine, "begin", begin)
    try:
        yield events
    finally:
        event.remove(slack.engine, "begin", begin)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.backends("postgres")
def test_the_transaction_is_begun_before_the_turn_and_used_in_it(slack, order) -> None:  # type: ignore[no-untyped-def]
    def seen(sql: str, _params: object) -> None:
        order.append(sql.split()[1][:9])

    before = count_rows(slack)
    order.clear()
    cursor.observe(slack.engine, seen)
    try:
        result = slack.driver.command("/logmeeting", "Aker BP warm", KARI)
        slack.wait_idle()
    finally:
        cursor.unobserve(slack.engine, seen)
    seen_order = list(order)
    assert "Aker BP" in text_of(result.http.json())
    assert count_rows(slack) == before + 1
    # One connection, taken (and its transaction begun) before the turn; the unit's statements
    # in the turn, on it.
    assert seen_order == [
        "begin",
        "turn",
        "sellers.i",
        "customers",
        "customers",
        "(SELECT",
        "logged_le",
    ], seen_order
    assert in_use(slack.engine) == 0


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.backends("postgres")
def test_a_prepared_log_command_is_still_five_round_trips_begun_ahead(
    slack, order, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    for n in range(2 + idle_connections(slack.engine)):  # prepared on each pooled connection
        slack.driver.command("/logmeeting", f"Aker BP -- note {n}", KARI).reply()
        slack.wait_idle()
    before = count_rows(slack)
    order.clear()
    with RoundTrips(slack.engine) as counted:
        result = slack.driver.command("/logmeeting", "Aker BP -- and a second", KARI)
        slack.wait_idle()
    assert "Aker BP" in text_of(result.http.json())
    assert order == ["begin", "turn"], order
    assert counted.transactions == 1 and counted.commits == 1, counted.statements
    assert len(counted.statements) == 4, "\n".join(counted.statements)  # as test_request_trips21
    assert counted.sent_queries == ["BEGIN", *counted.settings, "COMMIT"], counted.sent_queries
    assert counted.total == 5 + len(counted.settings), (counted.pings, counted.messages)
    # Nothing for the server to parse or plan: the statements are prepared on the connection
    # (BEGIN and COMMIT are simple queries, which have no plan).
    sent = [m[2] for m in counted.messages if m[0] == "F"]
    assert sent.count("Bind") == 4 and "Parse" not in sent, sent  # the requester kept (ack29)
    assert count_rows(slack) == before + 1
    assert in_use(slack.engine) == 0
