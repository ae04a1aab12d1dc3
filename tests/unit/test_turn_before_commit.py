"""A log command's writer turn (bot.app.ListenerExecutor.writer_turn, PostgreSQL) is given back
when its unit of work has done its writing, before the COMMIT's round trip: the next command's
work runs while this one waits for the server and renders its answer. Given back once; a reading
unit keeps it; nothing happens on a thread that holds no turn (SQLite's writer threads)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot import listener_runner
from bot.app import ListenerExecutor
from bot.unit_of_work import Request, UnitOfWork


class FakeSession:
    """Records, at its commit and rollback, whether another command could take a turn."""

    def __init__(self, executor: ListenerExecutor) -> None:
        self.executor = executor
        self.turn_free_at: dict[str, bool] = {}

    def _look(self, what: str) -> None:
        free = self.executor._turns.acquire(0)
        if free:
            self.executor._turns.release()
        self.turn_free_at[what] = free

    def commit(self) -> None:
        self._look("commit")

    def rollback(self) -> None:
        self._look("rollback")

    def close(self) -> None:
        pass


def _unit(executor: ListenerExecutor, *, write: bool) -> tuple[UnitOfWork, FakeSession]:
    deps: Any = type("Deps", (), {"session_factory": type("F", (), {"kw": {"bind": None}})()})()
    request = Request(
        deps=deps,
        workspace_id="T1",
        user_id="U1",
        channel_id="C1",
        now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )
    unit = UnitOfWork(request, write=write)
    session = FakeSession(executor)
    unit._session = session  # type: ignore[assignment]
    return unit, session


@pytest.fixture
def executor(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listener_runner, "TURN_ENDS", "commit")
    found = ListenerExecutor(max_workers=1)
    found.use_writers(1)
    yield found
    found.shutdown()


def _one_turn_left(executor: ListenerExecutor) -> bool:
    """Exactly one turn free: given back once, not twice."""
    first = executor._turns.acquire(0)
    second = executor._turns.acquire(0)
    if first:
        executor._turns.release()
    if second:
        executor._turns.release()
    return first and not second


def test_a_writing_unit_gives_the_turn_back_before_its_commit(executor: ListenerExecutor) -> None:
    with executor.writer_turn(1) as mine:
        assert mine
        unit, session = _unit(executor, write=True)
        with unit:
            pass  # commits on leaving
        assert session.turn_free_at == {"commit": True}
        assert not executor.wait_idle(0)  # the listener is still running: busy until it returns
    assert executor.wait_idle(0)
    assert _one_turn_left(executor)


def test_a_writing_unit_that_fails_gives_it_back_before_its_rollback(
    executor: ListenerExecutor,
) -> None:
    with executor.writer_turn(1):
        unit, session = _unit(executor, write=True)
        with pytest.raises(ValueError), unit:
            raise ValueError("unreadable")
        assert session.turn_free_at == {"rollback": True}
    assert _one_turn_left(executor)


def test_a_reading_unit_keeps_the_turn(executor: ListenerExecutor) -> None:
    with executor.writer_turn(1):
        unit, session = _unit(executor, write=False)
        with unit:
            pass
        assert session.turn_free_at == {"commit": False}
    assert _one_turn_left(executor)


def test_measured_alternatives_keep_it_to_the_end_or_after_the_commit(
    executor: ListenerExecutor, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for ends, free in (("committed", False), ("end", False)):
        monkeypatch.setattr(listener_runner, "TURN_ENDS", ends)
        with executor.writer_turn(1):
            unit, session = _unit(executor, write=True)
            with unit:
                pass
            assert session.turn_free_at == {"commit": free}
            assert (not executor._turns.acquire(0)) if ends == "end" else _one_turn_left(executor)
        assert _one_turn_left(executor)


def test_a_thread_without_a_turn_commits_as_before(executor: ListenerExecutor) -> None:
    unit, session = _unit(executor, write=True)
    with unit:
        pass
    assert session.turn_free_at == {"commit": True}  # nobody held it
    assert _one_turn_left(executor)


def test_work_handed_to_another_thread_does_not_give_the_turn_back(
    executor: ListenerExecutor,
) -> None:
    # A thread started from the listener's context (a copy of it) commits its own unit of work:
    # the request thread's turn stays held until its own unit is done.
    import contextvars
    import threading

    with executor.writer_turn(1):
        unit, session = _unit(executor, write=True)
        context = contextvars.copy_context()
        other = threading.Thread(target=context.run, args=(unit.commit,))
        other.start()
        other.join(10)
        assert session.turn_free_at == {"commit": False}
    assert _one_turn_left(executor)
