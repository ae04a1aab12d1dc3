"""bot.listener_runner: the request thread answers as soon as the listener acks, and everything
else behaves as Bolt's own runner (errors, listeners that never ack, events acked at once)."""

from __future__ import annotations

import collections
import threading
from urllib.parse import urlencode

from slack_bolt import App, BoltRequest
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.listener import thread_runner

from bot.app import ListenerExecutor
from bot.listener_runner import PromptListenerRunner


def _app(max_workers: int = 4, writers: int = 0) -> tuple[App, ListenerExecutor]:
    """A Bolt app on kpibot's runner and executor (`writers`: writer threads of its own)."""
    executor = ListenerExecutor(max_workers=max_workers)
    if writers:
        executor.use_writers(writers)
    app = App(
        name="test",
        signing_secret="x",
        authorize=lambda **_: AuthorizeResult(
            enterprise_id=None, team_id="T1", bot_token="xoxb-test", bot_user_id="UB", bot_id="B1"
        ),
        request_verification_enabled=False,
        listener_executor=executor,
    )
    old = app._listener_runner
    app._listener_runner = PromptListenerRunner(
        logger=old.logger,
        process_before_response=False,
        listener_error_handler=old.listener_error_handler,
        listener_start_handler=old.listener_start_handler,
        listener_completion_handler=old.listener_completion_handler,
        listener_executor=executor,
        lazy_listener_runner=old.lazy_listener_runner,
    )
    return app, executor


def _command(command: str, text: str = "") -> BoltRequest:
    body = urlencode(
        {"command": command, "text": text, "team_id": "T1", "user_id": "U1", "channel_id": "C1"}
    )
    return BoltRequest(body=body, headers={"content-type": ["application/x-www-form-urlencoded"]})


def test_the_answer_leaves_at_ack_while_the_listener_goes_on(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app, executor = _app()

    def no_polling(seconds: float) -> None:
        raise AssertionError("the request thread polled for the ack")

    monkeypatch.setattr(thread_runner.time, "sleep", no_polling)
    go, release, finished = threading.Event(), threading.Event(), threading.Event()

    @app.command("/slow")
    def slow(ack):  # type: ignore[no-untyped-def]
        go.wait(10)  # some work before the answer
        ack("stored")
        release.wait(10)
        finished.set()

    threading.Timer(0.05, go.set).start()
    response = app.dispatch(_command("/slow"))
    assert (response.status, response.body) == (200, "stored")
    assert not finished.is_set()  # the listener is still running after the answer
    release.set()
    assert executor.wait_idle(10) and finished.is_set()


def test_an_error_before_ack_goes_to_the_error_handler() -> None:
    app, executor = _app()
    seen = []

    @app.error
    def handler(error, body):  # type: ignore[no-untyped-def]
        seen.append(str(error))

    @app.command("/broken")
    def broken(ack):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    response = app.dispatch(_command("/broken"))
    assert response.status == 500 and seen == ["boom"]
    assert executor.wait_idle(10)


def test_a_listener_that_never_acks_is_answered_after_its_timeout() -> None:
    app, executor = _app()

    @app.command("/silent")
    def silent(ack):  # type: ignore[no-untyped-def]
        pass

    for listener in app._listeners:
        listener.ack_timeout = 0.05
    response = app.dispatch(_command("/silent"))
    assert response.status == 404  # Bolt's answer to a request nobody acknowledged
    assert executor.wait_idle(10)


def test_events_are_acknowledged_at_once() -> None:
    app, executor = _app()
    release = threading.Event()

    @app.event("app_mention")
    def mention(event):  # type: ignore[no-untyped-def]
        release.wait(10)

    body = '{"type": "event_callback", "team_id": "T1", "event": {"type": "app_mention", "user": "U1", "text": "hi", "channel": "C1", "ts": "1.0"}}'
    response = app.dispatch(BoltRequest(body=body, headers={"content-type": ["application/json"]}))
    assert response.status == 200
    release.set()
    assert executor.wait_idle(10)


def test_the_app_kpibot_serves_answers_at_ack_with_as_many_listeners_as_request_threads(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from bot.app import LISTENER_THREADS, build_app
    from bot.cli import HTTP_THREADS
    from bot.config import Settings
    from storage.db import make_engine, make_session_factory

    engine = make_engine(f"sqlite:///{tmp_path / 'k.db'}")
    settings = Settings(bot_token="xoxb-test", signing_secret="x", database_url=str(engine.url))
    try:
        app = build_app(settings, make_session_factory(engine))
        assert isinstance(app._listener_runner, PromptListenerRunner)
        # kpibot's own error handler (bot/errors.py), set on this runner, not on the one it replaced
        assert (
            type(app._listener_runner.listener_error_handler).__name__
            == "CustomListenerErrorHandler"
        )
        assert LISTENER_THREADS == HTTP_THREADS
        # SQLite: writers take turns on one lock; a log command measured slower on the request
        # thread than on the executor (bench/ack.py), so none runs there
        assert app._listener_runner.request_thread_listeners is False
        # ... but on one writer thread of their own: two or more took turns on the lock and the
        # GIL (bench/ack.py at concurrency 8: 259-287 commands/s at four threads, 522-541 at one)
        assert app._listener_runner.listener_executor.writers == 1
    finally:
        engine.dispose()


def test_a_listener_that_answers_in_its_ack_runs_on_the_request_thread_when_it_says_so() -> None:
    from bot.listener_runner import in_request_thread

    app, executor = _app()
    threads: dict[str, threading.Thread] = {}

    def answer(ack, command):  # type: ignore[no-untyped-def]
        threads[command["text"] or "empty"] = threading.current_thread()
        ack("done")

    app.command("/log")(in_request_thread(lambda body: bool(body.get("text")))(answer))

    def with_text(text: str) -> BoltRequest:
        body = urlencode(
            {"command": "/log", "text": text, "team_id": "T1", "user_id": "U1", "channel_id": "C1"}
        )
        return BoltRequest(
            body=body, headers={"content-type": ["application/x-www-form-urlencoded"]}
        )

    assert app.dispatch(with_text("Equinor")).body == "done"
    assert app.dispatch(with_text("")).body == "done"
    assert executor.wait_idle(10)
    assert threads["Equinor"] is threading.current_thread()  # no hand-over to the executor
    assert threads["empty"] is not threading.current_thread()  # the form path: as Bolt does


def test_kpibots_log_commands_with_text_run_on_the_request_thread() -> None:
    from bot.listener_runner import _IN_REQUEST_THREAD
    from bot.listeners.commands import register

    app, _executor = _app()
    register(app)
    when = [getattr(listener.ack_function, _IN_REQUEST_THREAD, None) for listener in app._listeners]
    # The five log commands say so (with text only); /kpi and /teamstatus do not.
    assert sum(1 for w in when if w is not None) == 5
    assert all(w({"text": "Equinor"}) and not w({"text": ""}) for w in when if w is not None)


def test_marked_listeners_run_on_the_writer_threads_for_requests_the_lane_accepts() -> None:
    from bot.listener_runner import in_request_thread

    app, executor = _app()
    runner = app._listener_runner
    runner.request_thread_listeners = False  # as on SQLite
    runner.writer_lane = lambda request: request.body.get("user_id") == "U1"
    threads: dict[str, str] = {}

    def answer(ack, command):  # type: ignore[no-untyped-def]
        threads[command["user_id"]] = threading.current_thread().name
        ack("done")

    app.command("/log")(in_request_thread(lambda body: bool(body.get("text")))(answer))

    def by(user: str) -> BoltRequest:
        body = urlencode(
            {
                "command": "/log",
                "text": "Equinor",
                "team_id": "T1",
                "user_id": user,
                "channel_id": "C1",
            }
        )
        return BoltRequest(
            body=body, headers={"content-type": ["application/x-www-form-urlencoded"]}
        )

    assert app.dispatch(by("U1")).body == "done"
    assert app.dispatch(by("U2")).body == "done"
    assert executor.wait_idle(10)
    # A writer's turn, taken on the request thread itself (no hand-over to a writer thread and
    # back); the others go to the listener threads as before.
    assert threads["U1"] == threading.current_thread().name
    assert threads["U2"].startswith("kpibot-listener")
    executor.shutdown(wait=True)


def test_on_sqlite_a_writer_runs_on_its_writer_thread_not_the_request_thread() -> None:
    """SQLite keeps its one writer thread (bot.app.TURNS_ON_REQUEST_THREAD): taken on the
    request threads its turn cost a quarter of the throughput and the p99 went from 1.3x to
    1.7-2.2x the bare app's (bench/ack.py, quiet machine, alternated)."""
    from bot.app import TURNS_ON_REQUEST_THREAD
    from bot.listener_runner import in_request_thread

    assert TURNS_ON_REQUEST_THREAD == {"sqlite": False, "postgresql": True}
    app, executor = _app()
    executor.use_writers(1, on_request_thread=False)
    runner = app._listener_runner
    runner.request_thread_listeners = False
    runner.writer_lane = lambda request: True
    threads: list[str] = []

    def answer(ack, command):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        ack("done")

    app.command("/log")(in_request_thread(lambda body: bool(body.get("text")))(answer))
    body = urlencode(
        {"command": "/log", "text": "Equinor", "team_id": "T1", "user_id": "U1", "channel_id": "C1"}
    )
    request = BoltRequest(
        body=body, headers={"content-type": ["application/x-www-form-urlencoded"]}
    )
    assert app.dispatch(request).body == "done"
    assert executor.wait_idle(10)
    assert len(threads) == 1 and threads[0].startswith("kpibot-writer")
    executor.shutdown(wait=True)


def test_no_more_writers_at_once_than_the_turns_and_one_that_gets_none_in_time_is_handed_over() -> (
    None
):
    """Writers on the request threads still take turns, `writers` at a time (SQLite's one, so
    they do not queue on its write lock; PostgreSQL's few): a third waits for a turn. One that
    gets no turn within Slack's 3 s goes to the writer threads, as every writer did before
    (so it still runs, later, exactly as one queued there)."""
    from bot.listener_runner import in_request_thread

    app, executor = _app()
    executor.use_writers(2)
    runner = app._listener_runner
    runner.request_thread_listeners = False
    runner.writer_lane = lambda request: True
    inside, most, lock = [0], [0], threading.Lock()
    release = threading.Event()
    ran_on: dict[str, str] = {}

    def answer(ack, command):  # type: ignore[no-untyped-def]
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        ran_on[command["user_id"]] = threading.current_thread().name
        release.wait(10)
        with lock:
            inside[0] -= 1
        ack("done")

    listener = in_request_thread(lambda body: True)(answer)
    app.command("/log")(listener)

    def by(user: str) -> BoltRequest:
        body = urlencode(
            {"command": "/log", "text": "x", "team_id": "T1", "user_id": user, "channel_id": "C1"}
        )
        return BoltRequest(
            body=body, headers={"content-type": ["application/x-www-form-urlencoded"]}
        )

    answers: dict[str, object] = {}
    requests = [
        threading.Thread(
            target=lambda u=u: answers.__setitem__(u, app.dispatch(by(u)).body), name=f"req-{u}"
        )
        for u in ("U1", "U2", "U3")
    ]
    for t in requests:
        t.start()
    deadline = threading.Event()
    while len(ran_on) < 2 and not deadline.wait(0.01):
        pass
    deadline.wait(0.2)
    assert len(ran_on) == 2 and most[0] == 2  # the third waits for a turn
    release.set()
    for t in requests:
        t.join(10)
    assert answers == {"U1": "done", "U2": "done", "U3": "done"}
    assert most[0] == 2
    assert all(name.startswith("req-") for name in ran_on.values())
    assert executor.wait_idle(10)

    # Every turn held past Slack's 3 s: handed to a writer thread.
    app._listeners[-1].ack_timeout = 0.2
    release.clear()
    ran_on.clear()
    with executor.writer_turn(1) as first, executor.writer_turn(1) as second:
        assert first and second
        release.set()
        app.dispatch(by("U4"))  # answered or not, depending on the writer thread's pace
    assert executor.wait_idle(10)
    assert ran_on["U4"].startswith("kpibot-writer")
    executor.shutdown(wait=True)


def test_kpibot_on_sqlite_hands_log_commands_of_people_with_a_fresh_profile_to_writer_threads(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.app import _profile_known_fresh, build_app
    from bot.config import Settings
    from bot.services import requester
    from storage.db import make_engine, make_session_factory

    engine = make_engine(f"sqlite:///{tmp_path / 'k.db'}")
    settings = Settings(bot_token="xoxb-test", signing_secret="x", database_url=str(engine.url))
    try:
        app = build_app(settings, make_session_factory(engine))
        assert app._listener_runner.writer_lane is _profile_known_fresh
    finally:
        engine.dispose()
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    requester._fresh_until[("T1", "U1")] = now + timedelta(minutes=1)
    try:
        assert requester.profile_known_fresh("T1", "U1", now)
        assert not requester.profile_known_fresh("T1", "U1", now + timedelta(minutes=2))
        assert not requester.profile_known_fresh("T1", "U2", now)  # never seen: may fetch
        requester.forget("T1", "U1")
        assert not requester.profile_known_fresh("T1", "U1", now)
    finally:
        requester.forget("T1", "U1")


def test_the_writer_threads_are_set_before_their_first_use_and_run_what_is_handed_to_them() -> None:
    import threading

    from bot.app import WRITER_THREADS, ListenerExecutor

    assert WRITER_THREADS["sqlite"] == 1 and WRITER_THREADS["postgresql"] >= 1
    executor = ListenerExecutor(max_workers=2)
    try:
        executor.use_writers(2)
        assert executor.writers == 2
        names = {
            executor.submit_writer(lambda: threading.current_thread().name).result(5)
            for _ in range(20)
        }
        assert names and all(name.startswith("kpibot-writer") for name in names)
        assert executor.wait_idle(5)
    finally:
        executor.shutdown()


def test_a_turn_given_back_goes_to_the_first_thread_waiting_not_to_one_that_just_came() -> None:
    """Writers' turns are first come, first served, as the writer threads' queue was: a freed
    turn is handed to the oldest waiter, and a thread asking just then (holding the GIL while
    the waiter has yet to wake) does not take it and send the waiter to the back."""
    from bot.app import Turns

    turns = Turns(1)
    assert turns.acquire(0)
    order: list[str] = []
    queued = threading.Event()

    def waiter(name: str) -> None:
        if turns.acquire(10):
            order.append(name)
            turns.release()

    first = threading.Thread(target=waiter, args=("first",))
    first.start()
    while not turns._waiting:
        queued.wait(0.001)
    second = threading.Thread(target=waiter, args=("second",))
    second.start()
    while len(turns._waiting) < 2:
        queued.wait(0.001)
    turns.release()
    assert not turns.acquire(0)  # the freed turn is the first waiter's already
    first.join(10)
    second.join(10)
    assert order == ["first", "second"]
    assert turns.acquire(0)  # all given back
    assert not turns.acquire(0.01)  # one turn only; a wait that ends without one leaves none
    turns.release()
    assert turns.acquire(0) and turns._waiting == collections.deque()
