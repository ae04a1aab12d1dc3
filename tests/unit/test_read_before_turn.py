"""A log command's customer keys (read from its text alone) are read on the request thread before
it waits for a writer's turn (bot.listener_runner.in_request_thread's `before_turn`,
bot.listeners.commands.log.read_ahead), not while holding one; the listener uses them when they
are of the text it reads (activities.keys_ahead), else reads them itself, as before."""

from __future__ import annotations

import threading
from typing import Any

from slack_bolt import App, BoltRequest

from bot.app import ListenerExecutor
from bot.domain import ActivityKind
from bot.listener_runner import PromptListenerRunner, in_request_thread
from bot.listeners.commands import log as log_listener
from bot.services import activities
from bot.services.commands import candidate_keys
from tests.unit.test_listener_runner import _app as runner_app
from tests.unit.test_listener_runner import _command


def _app() -> tuple[App, ListenerExecutor]:
    """test_listener_runner's app with one writer thread, every command in its writer lane."""
    app, executor = runner_app(max_workers=2, writers=1)
    runner = app._listener_runner
    assert isinstance(runner, PromptListenerRunner)
    runner.request_thread_listeners = False
    runner.writer_lane = lambda request: True
    return app, executor


def test_the_keys_are_read_before_the_turn_is_waited_for_and_reach_the_listener() -> None:
    app, executor = _app()
    seen: dict[str, Any] = {}

    def answer(ack, context):  # type: ignore[no-untyped-def]
        seen["ahead"] = context.get(log_listener._AHEAD)
        ack("done")

    listener = in_request_thread(lambda body: True, before_turn=log_listener.read_ahead)(answer)
    app.command("/logoffer")(listener)
    answers: list[Any] = []
    with executor.writer_turn(1):  # the one turn is held: the command waits for it
        waiting = threading.Thread(
            target=lambda: answers.append(
                app.dispatch(_command("/logoffer", "Equinor tilbud nr 2 500k")).body
            )
        )
        waiting.start()
        while not executor._turns._waiting:
            threading.Event().wait(0.001)
        assert "ahead" not in seen  # the listener has not run: it waits for the turn
    waiting.join(10)
    assert answers == ["done"]
    ahead = seen["ahead"]
    # An offer's text as log_text reads it ("nr 2" taken out first), and its keys.
    text, _numbered = activities.deal_words.take_numbered("Equinor tilbud nr 2 500k")
    assert ahead == activities.KeysAhead(text, frozenset(candidate_keys(text)))
    assert executor.wait_idle(10)
    executor.shutdown(wait=True)


def test_a_failing_read_ahead_leaves_the_listener_to_read_the_text_itself() -> None:
    app, executor = _app()
    seen: dict[str, Any] = {}

    def broken(request: BoltRequest) -> None:
        raise ValueError("unreadable")

    def answer(ack, context):  # type: ignore[no-untyped-def]
        seen["ahead"] = context.get(log_listener._AHEAD)
        ack("done")

    app.command("/logmeeting")(in_request_thread(lambda body: True, before_turn=broken)(answer))
    assert app.dispatch(_command("/logmeeting", "Equinor")).body == "done"
    assert seen == {"ahead": None}
    assert executor.wait_idle(10)
    executor.shutdown(wait=True)


def test_log_text_uses_keys_read_ahead_only_for_the_text_it_reads(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    read: list[str] = []

    def counted(text: str) -> set[str]:
        read.append(text)
        return candidate_keys(text)

    class Stop(Exception):
        pass

    def customers_among(session: Any, workspace_id: str, keys: Any) -> Any:
        raise Stop(sorted(keys))

    monkeypatch.setattr(activities, "candidate_keys", counted)
    monkeypatch.setattr(activities.repo, "customers_among", customers_among)
    who: Any = type("Who", (), {"workspace_id": "T1"})()
    ahead = activities.keys_ahead(ActivityKind.MEETING, "Equinor warm")
    assert read == ["Equinor warm"]
    for text, expected_reads in (("Equinor warm", 1), ("Aker BP", 2)):
        try:
            activities.log_text(
                None,  # type: ignore[arg-type]
                who,
                ActivityKind.MEETING,
                text,
                source_ref="cmd:1",
                now=None,  # type: ignore[arg-type]
                ahead=ahead,
            )
        except Stop as stop:
            assert stop.args[0] == sorted(candidate_keys(text))
        else:
            raise AssertionError("the customers were not looked up")
        assert len(read) == expected_reads  # read again only for another text
