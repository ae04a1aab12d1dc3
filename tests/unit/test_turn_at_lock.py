"""KPIBOT_TURN_STARTS=lock (a measure, bot.listener_runner.TURN_STARTS): a log command on
PostgreSQL takes its writer's turn just before its unit of work locks a customer's row
(storage.repositories.before_locking, bot.unit_of_work), not before its listener runs, and holds
it until the listener returns; what it does before (the requester, the customers, the reading)
runs while others hold the turns."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from bot import listener_runner
from bot.listener_runner import in_request_thread
from storage import repositories as repo
from tests.unit.test_listener_runner import _command
from tests.unit.test_read_before_turn import _app


def _free(executor: Any) -> int:
    return executor._turns._free  # type: ignore[no-any-return]


@pytest.mark.parametrize("starts", ["lock", "listener"])
def test_the_turn_is_taken_where_the_measure_says(monkeypatch, starts: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listener_runner, "TURN_STARTS", starts)
    app, executor = _app()
    seen: list[tuple[str, int, bool]] = []

    def answer(ack):  # type: ignore[no-untyped-def]
        seen.append(("before", _free(executor), listener_runner.turn_pending()))
        assert listener_runner.take_turn()  # what the unit of work does before its row lock
        seen.append(("after", _free(executor), listener_runner.turn_pending()))
        ack("done")

    app.command("/logmeeting")(in_request_thread(lambda body: True)(answer))
    assert app.dispatch(_command("/logmeeting", "Equinor")).body == "done"
    if starts == "lock":
        assert seen == [("before", 1, True), ("after", 0, False)]
    else:
        assert seen == [("before", 0, False), ("after", 0, False)]
    assert executor.wait_idle(10) and _free(executor) == 1  # given back when it returned
    executor.shutdown(wait=True)


def test_the_work_before_the_lock_runs_while_another_holds_the_turn(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listener_runner, "TURN_STARTS", "lock")
    app, executor = _app()
    reading, taken = threading.Event(), threading.Event()

    def answer(ack):  # type: ignore[no-untyped-def]
        reading.set()  # reached with the one turn held elsewhere
        assert listener_runner.take_turn()
        taken.set()
        ack("done")

    app.command("/logmeeting")(in_request_thread(lambda body: True)(answer))
    answers: list[Any] = []
    with executor.writer_turn(1):
        waiting = threading.Thread(
            target=lambda: answers.append(app.dispatch(_command("/logmeeting", "Equinor")).body)
        )
        waiting.start()
        assert reading.wait(10)
        assert not taken.wait(0.05)  # waits for the turn only at the lock
    waiting.join(10)
    assert answers == ["done"] and taken.is_set()
    assert executor.wait_idle(10)
    executor.shutdown(wait=True)


def test_a_unit_of_works_hook_runs_once_before_its_first_row_lock() -> None:
    engine = create_engine("postgresql+psycopg://nobody@localhost/none")  # never connected
    calls: list[str] = []
    with Session(bind=engine) as session:
        session.info[repo.BEFORE_LOCKING] = lambda: calls.append("turn")
        assert repo.customer_lock(session, "T1", 1) is not None
        assert repo.customer_lock(session, "T1", 2) is not None
    assert calls == ["turn"]
    sqlite = create_engine("sqlite://")
    with Session(bind=sqlite) as session:  # no row locks: its writers hold the file's lock
        session.info[repo.BEFORE_LOCKING] = lambda: calls.append("sqlite")
        assert repo.customer_lock(session, "T1", 1) is None
    assert calls == ["turn"]
