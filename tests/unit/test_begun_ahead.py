"""KPIBOT_TURN_STARTS=begun (bot.listener_runner.TURN_STARTS): a log command on PostgreSQL has its
request's writing session begun (Request.begin_ahead) before it waits for a writer's turn, runs
its listener in the turn as with "listener", and the session, if its listener did not take it, is
given back when the listener returns (Request.end_ahead), on whichever thread ran it. A begin
that fails leaves the listener to begin its own and answer."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from bot import listener_runner
from bot.listener_runner import in_request_thread
from tests.unit.test_listener_runner import _command
from tests.unit.test_read_before_turn import _app


class _Request:
    """Stands for bot.unit_of_work.Request: records when it is begun and ended ahead."""

    def __init__(self, seen: list[str], executor: Any, fail: bool = False) -> None:
        self.seen, self.executor, self.fail = seen, executor, fail

    def begin_ahead(self) -> None:
        self.seen.append(f"begin (free turns {self.executor._turns._free})")
        if self.fail:
            raise OSError("the server is gone")

    def end_ahead(self) -> None:
        self.seen.append("end")


def _with_request(app: Any, request: _Request) -> None:
    @app.middleware
    def put(context, next):  # type: ignore[no-untyped-def]  # noqa: A002
        context["request"] = request
        return next()


@pytest.mark.parametrize("fail", [False, True])
def test_the_session_is_begun_before_the_turn_is_waited_for(monkeypatch, fail: bool) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listener_runner, "TURN_STARTS", "begun")
    app, executor = _app()
    seen: list[str] = []
    _with_request(app, _Request(seen, executor, fail))

    def answer(ack):  # type: ignore[no-untyped-def]
        seen.append(f"listener (free turns {executor._turns._free})")
        ack("done")

    app.command("/logmeeting")(in_request_thread(lambda body: True)(answer))
    answers: list[Any] = []
    with executor.writer_turn(1):  # the one turn is held: the command waits for it
        waiting = threading.Thread(
            target=lambda: answers.append(app.dispatch(_command("/logmeeting", "Equinor")).body)
        )
        waiting.start()
        while not executor._turns._waiting:
            threading.Event().wait(0.001)
        assert seen == ["begin (free turns 0)"]  # begun while waiting; the listener not yet
    waiting.join(10)
    assert answers == ["done"]  # a failed begin changes nothing the listener says
    assert seen == ["begin (free turns 0)", "listener (free turns 0)", "end"]
    assert executor.wait_idle(10)
    executor.shutdown(wait=True)


def test_given_back_after_the_listener_on_the_writer_thread_when_no_turn_came(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listener_runner, "TURN_STARTS", "begun")
    app, executor = _app()
    seen: list[str] = []
    _with_request(app, _Request(seen, executor))
    monkeypatch.setattr(executor, "writer_turn", _no_turn)
    threads: list[str] = []

    def answer(ack):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        seen.append("listener")
        ack("done")

    app.command("/logmeeting")(in_request_thread(lambda body: True)(answer))
    assert app.dispatch(_command("/logmeeting", "Equinor")).body == "done"
    assert executor.wait_idle(10)
    assert threads[0].startswith("kpibot-writer")
    assert seen == ["begin (free turns 1)", "listener", "end"]
    executor.shutdown(wait=True)


class _no_turn:
    """ListenerExecutor.writer_turn when none comes within the time."""

    def __init__(self, _timeout: float) -> None:
        pass

    def __enter__(self) -> bool:
        return False

    def __exit__(self, *_exc: object) -> None:
        pass


@pytest.mark.parametrize("starts", ["begun", "listener", "lock"])
def test_the_session_is_begun_ahead_in_that_mode_alone(monkeypatch, starts: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(listener_runner, "TURN_STARTS", starts)
    app, executor = _app()
    seen: list[str] = []
    _with_request(app, _Request(seen, executor))

    def answer(ack):  # type: ignore[no-untyped-def]
        assert listener_runner.take_turn()
        seen.append("listener")
        ack("done")

    app.command("/logmeeting")(in_request_thread(lambda body: True)(answer))
    assert app.dispatch(_command("/logmeeting", "Equinor")).body == "done"
    if starts == "begun":
        assert seen == ["begin (free turns 1)", "listener", "end"]
    else:
        assert seen == ["listener"]
    assert executor.wait_idle(10)
    executor.shutdown(wait=True)
