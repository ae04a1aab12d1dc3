"""A logged command's round trips on PostgreSQL once its statements are prepared on the
connection (storage.cursor's libpq path): BEGIN at checkout, the requester with the customers
the text may name (one pipeline: repositories.requester_and_customers), the customer's row lock
with the look under it (one pipeline), the writes (one statement), COMMIT."""

from __future__ import annotations

import pytest

from storage import cursor
from storage.db import idle_connections
from tests.helpers import count_rows, text_of
from tests.slack.test_request_cost import KARI, RoundTrips


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.backends("postgres")
def test_a_prepared_log_command_is_five_round_trips(slack, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cursor, "_PREPARE_AFTER", 0)
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()
    slack.wait_idle()
    # Prepared on each connection kept or in the pool.
    for n in range(2 + idle_connections(slack.engine)):
        slack.driver.command("/logmeeting", f"Aker BP -- note {n}", KARI).reply()
        slack.wait_idle()
    before = count_rows(slack)
    with RoundTrips(slack.engine) as counted:
        result = slack.driver.command("/logmeeting", "Aker BP -- and a second", KARI)
        slack.wait_idle()
    assert "Aker BP" in text_of(result.http.json())
    assert counted.transactions == 1 and counted.commits == 1, counted.statements
    # ack29: the requester kept, not read (5 before: test_request_cost's kept case)
    assert len(counted.statements) == 4, "\n".join(counted.statements)
    assert counted.sent_queries == ["BEGIN", *counted.settings, "COMMIT"], counted.sent_queries
    # Six before (the requester and the customers one by one).
    assert counted.total == 5 + len(counted.settings), (counted.pings, counted.messages)
    assert count_rows(slack) == before + 1
