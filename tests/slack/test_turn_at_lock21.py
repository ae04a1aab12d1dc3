"""KPIBOT_TURN_STARTS=lock (a measure): a log command on PostgreSQL reads its requester and
the customers its text names before it takes its writer's turn, and takes it before the
customer's row lock; stored once and answered as with the turn taken first."""

from __future__ import annotations

import pytest

from bot import listener_runner
from storage import cursor
from tests.helpers import count_rows, text_of
from tests.slack.test_request_cost import KARI


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.backends("postgres")
def test_the_turn_is_taken_after_the_reads_and_before_the_row_lock(slack, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()
    slack.wait_idle()
    monkeypatch.setattr(listener_runner, "TURN_STARTS", "lock")
    events: list[str] = []
    take = listener_runner.take_turn

    def taking() -> bool:
        events.append("turn")
        return take()

    monkeypatch.setattr(listener_runner, "take_turn", taking)

    locks: list[str] = []

    def seen(sql: str, _params: object) -> None:
        events.append(sql.split("\n", 1)[0][:30])
        locks.append(sql)

    before = count_rows(slack)
    cursor.observe(slack.engine, seen)
    try:
        result = slack.driver.command("/logmeeting", "Aker BP warm", KARI)
        slack.wait_idle()
    finally:
        cursor.unobserve(slack.engine, seen)
    assert "Aker BP" in text_of(result.http.json())
    assert count_rows(slack) == before + 1
    # The requester and the customers, then the turn, then the row lock, the look, the writes.
    assert [e if e == "turn" else e.split()[1][:9] for e in events] == [
        "sellers.i",
        "customers",
        "turn",
        "customers",
        "(SELECT",
        "logged_le",
    ], events
    assert "FOR UPDATE" in next(sql for sql in locks if sql.startswith("SELECT customers.id \n")), (
        locks
    )
