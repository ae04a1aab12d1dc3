"""ack33's cuts of a served log command's instructions (bench/HISTORY.md, "Session 33, ack"): each
test fails with its cut reverted."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from bot.domain import ActivityKind, Source
from bot.services import activities, recording
from bot.services.commands import parse_log_command


def _stored(cmd: Any) -> recording.Recorded:
    """What recording.record_times answers for `cmd`: an activity as stored."""
    row = SimpleNamespace(
        id=41,
        kind=cmd.kind.value,
        customer=SimpleNamespace(name=cmd.customer),
        occurred_on=cmd.when,
        amount=Decimal("250000"),
        currency="NOK",
        temperature="warm",
        next_step="møte",
        next_step_due=date(2026, 12, 4),
        next_step_time=None,
        margin_pct=None,
        note="tok kaffe",
        source_ref="cmd:T1.41",
        lead_id=7,
    )
    return recording.Recorded(row, new_customer=True, previous_amount=Decimal("200000"))


@pytest.mark.parametrize("days", [(), (date(2026, 11, 30), date(2026, 12, 1))])
def test_a_log_s_confirmation_carries_its_days_without_dataclasses_replace(
    monkeypatch: pytest.MonkeyPatch, days: tuple[date, ...]
) -> None:
    """Step 1: activities.log builds the confirmation's Logged with the command's days (the N
    days of "Orkla mandag og tirsdag"); it made one without them and copied it with
    dataclasses.replace (~50 k instructions of every served log command). The record equals the
    copy it made."""
    today = date(2026, 12, 2)
    cmd = dataclasses.replace(
        parse_log_command(ActivityKind.MEETING, "Orkla i går, varm", today=today),
        times=max(1, len(days)),
        days=days,
    )
    recorded = _stored(cmd)
    monkeypatch.setattr(activities, "_summed_before", lambda *a, **k: None)
    monkeypatch.setattr(activities, "night_question", lambda *a, **k: None)
    monkeypatch.setattr(activities, "waiting_offer", lambda *a, **k: None)
    monkeypatch.setattr(activities, "actor", lambda who: who)
    monkeypatch.setattr(recording, "record_times", lambda *a, **k: recorded)

    def no_copy(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the confirmation was copied with dataclasses.replace")

    monkeypatch.setattr(activities, "replace", no_copy)
    who = SimpleNamespace(currency="NOK", workspace_id="T1")
    logged = activities.log(
        None,  # type: ignore[arg-type]
        who,  # type: ignore[arg-type]
        cmd,
        source=Source.COMMAND,
        source_ref="cmd:T1.41",
        now=datetime(2026, 12, 2, 9, tzinfo=UTC),
    )
    monkeypatch.undo()
    assert logged == dataclasses.replace(
        activities.logged_of(recorded, "NOK", cmd.times), days=cmd.days
    )
    assert logged.days == days
    assert logged.times == max(1, len(days))


@pytest.fixture
def app(tmp_path: Any):  # type: ignore[no-untyped-def]
    from slack_sdk import WebClient

    from bot.app import build_app
    from bot.config import Settings
    from storage.db import make_engine, make_session_factory

    engine = make_engine(f"sqlite:///{tmp_path / 'kpibot.db'}")
    settings = Settings(bot_token="xoxb-test", signing_secret="s", spool_dir=str(tmp_path))
    client = WebClient(token="xoxb-test", base_url="http://127.0.0.1:1/api/", timeout=7)
    yield build_app(settings, make_session_factory(engine), client)
    engine.dispose()


def test_no_function_token_middleware_and_no_listener_that_would_use_its_token(app: Any) -> None:
    """Step 2: Bolt's AttachingFunctionToken middleware is off (App's own setting): it puts a
    custom workflow step's token on the client, and kpibot registers no such step (no listener
    takes a `function_executed` event, whose requests carry that token). Should one be added,
    this fails: turn the middleware on again with it. (The catch-all event listener answers it
    200 and does nothing, no Web API call: bot.listeners.events.acknowledge.)"""
    from slack_bolt import BoltRequest, BoltResponse
    from slack_bolt.middleware.attaching_function_token import AttachingFunctionToken

    from bot.listeners import events

    assert not [m for m in app._middleware_list if isinstance(m, AttachingFunctionToken)]
    body = {
        "type": "event_callback",
        "team_id": "T1",
        "api_app_id": "A1",
        "event": {
            "type": "function_executed",
            "function": {"callback_id": "log_activity", "id": "Fn1"},
            "function_execution_id": "Fx1",
            "inputs": {},
            "bot_access_token": "xwfp-1",
        },
    }
    request = BoltRequest(body=body, mode="socket_mode")
    assert request.context.function_bot_access_token == "xwfp-1"  # what the middleware reads
    response = BoltResponse(status=404)
    taking = [
        listener.ack_function.__qualname__  # bot.listeners.guard's wrapper keeps its name
        for listener in app._listeners
        if listener.matches(req=request, resp=response)
    ]
    assert taking == [events.acknowledge.__qualname__]


def test_a_served_log_command_makes_no_activity_kind_by_calling_the_enum(
    slack: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step 3: the log path finds a kind by its value in bot.domain.KIND_OF (a dict), not by
    `ActivityKind(value)` (the enum's __call__ and __new__ in Python, eight a /logmeeting); the
    same members. The stored rows are test_log_commands'."""
    from enum import EnumType

    from bot.domain import KIND_OF

    assert KIND_OF == {kind.value: kind for kind in ActivityKind}
    assert all(KIND_OF[kind] is kind and KIND_OF[str(kind)] is kind for kind in ActivityKind)
    calls: list[Any] = []
    enum_call = EnumType.__call__

    def counting(cls: Any, *args: Any, **kwargs: Any) -> Any:
        if cls is ActivityKind:
            calls.append(args)
        return enum_call(cls, *args, **kwargs)

    slack.driver.command("/logmeeting", "Aker BP warm", "U0KARI").reply()  # the first: set-up
    monkeypatch.setattr(EnumType, "__call__", counting)
    for command, text in (
        ("/logmeeting", "Aker BP i går, varm"),
        ("/logcall", "Equinor"),
        ("/logoffer", "Equinor 250k"),
    ):
        assert slack.driver.command(command, text, "U0KARI").reply()
    monkeypatch.undo()
    assert calls == []


def test_a_kept_authorisation_is_copied_without_an_import(monkeypatch: pytest.MonkeyPatch) -> None:
    """Step 4: bot.web._authorized (each request's AuthorizeResult, copied from the one kept for
    the token and person) runs no `from … import` when it is kept (it ran two a request); the
    copy is still each request's own, equal to Bolt's."""
    import builtins

    from slack_bolt.middleware.authorization.internals import _to_authorize_result
    from slack_sdk.web import SlackResponse

    from bot import web

    answer = SlackResponse(
        client=None,
        http_verb="POST",
        api_url="https://slack.com/api/auth.test",
        req_args={},
        data={"ok": True, "team_id": "T1", "user_id": "UBOT", "bot_id": "B1", "url": "x"},
        headers={"x-oauth-scopes": "commands,chat:write"},
        status_code=200,
    )
    first = web._authorized(answer, "xoxb-1", "U1")  # made and kept
    imports: list[str] = []
    real_import = builtins.__import__

    def counting(name: str, *args: Any, **kwargs: Any) -> Any:
        imports.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    second = web._authorized(answer, "xoxb-1", "U1")
    monkeypatch.undo()
    assert imports == []
    bolts = _to_authorize_result(auth_test_result=answer, token="xoxb-1", request_user_id="U1")
    for made in (first, second):
        assert dict(made) == dict(bolts)
        assert vars(made) == vars(bolts)
    assert second is not first and second["bot_scopes"] is not first["bot_scopes"]


def test_statements_look_for_observers_only_once_one_was_added(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Step 5: storage.cursor looks up its pool's statement observers (a WeakKeyDictionary, whose
    get makes a weak reference in Python) only once any was added in the process (tests and
    bench do); then each statement is seen, as before."""
    from sqlalchemy import create_engine, literal_column, select

    from storage import cursor

    class NotAsked:
        def get(self, *_a: Any) -> Any:
            raise AssertionError("observers looked up with none ever added")

    engine = create_engine("sqlite://")
    statement = select(literal_column("1"))
    try:
        with engine.connect() as conn:
            monkeypatch.setattr(cursor, "_OBSERVED", False, raising=False)
            monkeypatch.setattr(cursor, "_OBSERVERS", NotAsked())
            assert cursor.run(conn, statement, {}).all() == [(1,)]
            cursor.run_sql(conn, "SELECT 2")
            monkeypatch.undo()
            seen: list[str] = []

            def observer(sql: str, _values: Any) -> None:
                seen.append(sql)

            cursor.observe(engine, observer)
            assert cursor._OBSERVED
            try:
                assert cursor.run(conn, statement, {}).all() == [(1,)]
                cursor.run_sql(conn, "SELECT 2")
            finally:
                cursor.unobserve(engine, observer)
            assert seen == ["SELECT 1", "SELECT 2"]
    finally:
        engine.dispose()


def test_a_writer_turn_counts_itself_without_the_condition_s_python_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Step 6: a writer's turn counts itself busy under the Condition's lock taken as it is (no
    `Condition.__enter__`/`__exit__` in Python), and wakes wait_idle's waiters only when the last
    one running ends (no `notify_all` while another still runs); wait_idle still returns then,
    and not before."""
    import threading

    from bot.app import ListenerExecutor

    executor = ListenerExecutor(max_workers=1, writers=2)
    calls: list[str] = []
    for name in ("__enter__", "__exit__", "notify_all"):
        real = getattr(threading.Condition, name)

        def counted(self: Any, *args: Any, __name: str = name, __real: Any = real) -> Any:
            if self is executor._idle:  # (a thread's start sets an Event: a Condition too)
                calls.append(__name)
            return __real(self, *args)

        monkeypatch.setattr(threading.Condition, name, counted)
    try:
        with executor.writer_turn(1) as first:
            assert first
            with executor.writer_turn(1) as second:
                assert second
            assert calls == []  # one still running: nobody to wake
            assert not executor.wait_idle(0.01)
            calls.clear()
            waited: list[bool] = []
            waiter = threading.Thread(target=lambda: waited.append(executor.wait_idle(10)))
            waiter.start()
            while "__enter__" not in calls:  # wait_idle holds the Condition, then waits
                threading.Event().wait(0.001)
            threading.Event().wait(0.05)
            assert waited == []
        waiter.join(10)
        assert waited == [True]
        assert calls.count("notify_all") == 1
    finally:
        monkeypatch.undo()
        executor.shutdown(wait=True)
