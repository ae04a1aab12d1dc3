"""Bolt's thread listener runner, answering the moment a listener acks.

Bolt runs a listener in its executor and polls `ack.response` every 10 ms from the request
thread (slack_bolt/listener/thread_runner.py), so every answer waits up to 10 ms after its ack(),
and a listener that answers in the ack body after a few milliseconds of work is held for 10 or
20. Here ack() sets an event the request thread waits on; everything else is Bolt's own code:
the listener, its error, start and completion handlers and its lazy functions run exactly as in
`ThreadListenerRunner.run` with `process_before_response=False`.

A listener whose answer is its acknowledgement (a log command with text: store, then ack with
the confirmation) is run on the request thread itself when it says so (`in_request_thread`):
the request thread would only wait for it, and handing it to the executor and back costs two
thread switches per request under load. Where such listeners must take turns (a few at once:
`writer_lane`), the request thread takes a turn (`ListenerExecutor.writer_turn`) and runs the
listener itself, for the same reason; one that gets no turn within Slack's 3 s goes to the
writer threads.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from slack_bolt.context.ack import Ack
from slack_bolt.listener.listener import Listener
from slack_bolt.listener.thread_runner import ThreadListenerRunner
from slack_bolt.logger.messages import warning_did_not_call_ack
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

from bot import timing

F = TypeVar("F", bound=Callable[..., Any])
_IN_REQUEST_THREAD = "kpibot_in_request_thread"
_BEFORE_TURN = "kpibot_before_turn"

# The writer's turn this thread holds (ListenerExecutor.writer_turn), as a function that gives it
# back once: a writing unit of work gives it back when its statements are done, before its COMMIT
# (bot.unit_of_work), so the next command's work runs while this one waits for the commit's round
# trip (the server's fsync) and renders its answer. PostgreSQL only: SQLite's writers run on its
# writer thread and keep the file's write lock with their transaction (storage.db.write_turn).
_TURN: contextvars.ContextVar[tuple[int, Callable[[], None]] | None] = contextvars.ContextVar(
    "kpibot_writer_turn", default=None
)
# When the turn is given back: "commit" (before the COMMIT), "committed" (after it, before the
# answer is rendered) or "end" (when the listener returns). A measure: "end" is the default, as
# the lead's quiet pairs of session 20 found it faster than "commit" (PostgreSQL c=8: 624–676
# against 587–645 req/s, p99 1.31–1.58× against 1.45–2.02× the bare app's; bench/HISTORY.md):
# a third thread running statements contends for the GIL more than the commit's wait costs.
TURN_ENDS = os.environ.get("KPIBOT_TURN_ENDS", "end")
# When a log command takes its writer's turn on PostgreSQL: "listener" (before the listener
# runs: everything it does is inside the turn), "lock" (just before its first row lock,
# bot.unit_of_work: the requester, the customers and the text's reading done before, while
# others hold the turns; a measure, acks21) or "begun" (the default since acks22: before the
# listener runs, as "listener", but with its unit of work's connection taken from the pool and
# its transaction begun before the turn is waited for: the checkout's work and the BEGIN's round
# trip out of the turn, nothing read or locked before it; bot.unit_of_work.Request.begin_ahead).
# Ten pairs at load 9-17 (bench/HISTORY.md, session 22): the turn's hold shorter in 9, the
# median command faster in 7, more commands a second in 7; the p99 noise at that load. For the
# lead's quiet pairs against "listener".
TURN_STARTS = os.environ.get("KPIBOT_TURN_STARTS", "begun")
# The turn this thread may still take (TURN_STARTS == "lock"): a function that takes it (False:
# none came within the request's time).
_PENDING: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar(
    "kpibot_pending_turn", default=None
)


def holding_turn(give_back: Callable[[], None]) -> contextvars.Token[Any]:
    """This thread holds a writer's turn until `give_back` (idempotent) is called. (Only this
    thread gives it back early: work it hands to another thread copies its context.)"""
    return _TURN.set((threading.get_ident(), give_back))


def left_turn(token: contextvars.Token[Any]) -> None:
    _TURN.reset(token)


def end_turn(when: str) -> None:
    """The unit of work's writing is done (`when`: "commit" or "committed"): the writer's turn
    this thread holds, if any, goes to the next command."""
    held = _TURN.get()
    if held is not None and when == TURN_ENDS and held[0] == threading.get_ident():
        _TURN.set(None)
        held[1]()


def turn_pending() -> bool:
    """This thread runs a listener whose writer's turn is still to be taken (take_turn)."""
    return _PENDING.get() is not None


def take_turn() -> bool:
    """Take the writer's turn this thread's listener is to hold from here on, if it is still to
    be taken (True also when there is none to take); False: none came within its time."""
    take = _PENDING.get()
    if take is None:
        return True
    _PENDING.set(None)
    return take()


def in_request_thread(
    when: Callable[[dict[str, Any]], bool],
    *,
    before_turn: Callable[[BoltRequest], None] | None = None,
) -> Callable[[F], F]:
    """Mark a listener that acknowledges only once its work is done, for requests whose body
    `when` accepts: it runs on the request thread (nothing to wait for in between).
    `before_turn(request)`: work that needs no database, done on the request thread before the
    listener waits for a writer's turn (`writer_lane`), so that no turn is held meanwhile; it
    may leave what it found in the request's context. Should it fail, the listener does the
    same work itself and answers what was wrong."""

    def mark(fn: F) -> F:
        setattr(fn, _IN_REQUEST_THREAD, when)
        if before_turn is not None:
            setattr(fn, _BEFORE_TURN, before_turn)
        return fn

    return mark


def _runs_in_request_thread(listener: Listener, request: BoltRequest) -> bool:
    when = getattr(getattr(listener, "ack_function", None), _IN_REQUEST_THREAD, None)
    return when is not None and bool(when(request.body))


class Signal:
    """threading.Event's set() and wait(timeout) for one request: a lock held from the start
    and let go by the first set(). (An Event is a Condition and two locks, made for every
    request; set once and waited for by one thread, a lock says the same.)"""

    __slots__ = ("_held",)

    def __init__(self) -> None:
        self._held = threading.Lock()
        self._held.acquire()

    def set(self) -> None:
        try:
            self._held.release()
        except RuntimeError:  # set already
            pass

    def is_set(self) -> bool:
        return not self._held.locked()

    def wait(self, timeout: float | None = None) -> bool:
        if self._held.acquire(timeout=-1 if timeout is None else max(0.0, timeout)):
            self.set()  # let go again: set it stays
            return True
        return False


# Bolt's json.dumps of an acknowledgement's body (slack_bolt.response.BoltResponse), made with
# what json.dumps gives its C encoder (json.JSONEncoder.iterencode), once: the same text for every
# body (tests/unit/test_ack_cuts27.py) without the encoder made per call. No circular check: a
# reply's body is plain dicts and lists built for it, never a cycle (a shared markers dict would
# see two threads encoding one kept block as a cycle).
_DEFAULT = json.JSONEncoder()
_ENCODE = (
    json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None,
        _DEFAULT.default,
        json.encoder.encode_basestring_ascii,
        _DEFAULT.indent,
        _DEFAULT.key_separator,
        _DEFAULT.item_separator,
        _DEFAULT.sort_keys,
        _DEFAULT.skipkeys,
        _DEFAULT.allow_nan,
    )
    if json.encoder.c_make_encoder is not None  # type: ignore[attr-defined]
    else None
)


def _reply_json(text: Any, blocks: Any, response_type: Any) -> str | None:
    """The body Bolt's Ack makes of ack(text=..., blocks=[dicts], response_type=...), as its
    JSON text; None for any other shape (then Bolt's own). The text may be a str of a subclass
    (a confirmation's is a `Mrkdwn`, bot.rendering.text): JSON's encoder writes any str's
    characters as they are, whatever its class, in Bolt's json.dumps as here (ack31: with
    `type(text) is str` every confirmation went through Bolt's)."""
    if (
        _ENCODE is None
        or not isinstance(text, str)
        or type(blocks) is not list
        or not blocks
        or not all(type(block) is dict for block in blocks)
    ):
        return None
    body: dict[str, Any] = {"text": text}
    if response_type:
        body["response_type"] = response_type
    body["blocks"] = blocks
    return "".join(_ENCODE(body, 0))


class SignallingAck(Ack):
    """Bolt's Ack, which also tells the waiting request thread it was called."""

    def __init__(self) -> None:
        self.response = None
        self.called = Signal()

    def __call__(self, *args: Any, **kwargs: Any) -> BoltResponse:
        try:
            if not args and kwargs.keys() <= _REPLY_ARGUMENTS:
                found = _reply_json(
                    kwargs.get("text", ""), kwargs.get("blocks"), kwargs.get("response_type")
                )
                if found is not None:
                    self.response = BoltResponse(status=200, body=found)
                    return self.response
            return super().__call__(*args, **kwargs)
        finally:
            if timing.ON:
                timing.mark("acked")
            self.called.set()


_REPLY_ARGUMENTS = frozenset({"text", "blocks", "response_type"})


class PromptListenerRunner(ThreadListenerRunner):
    # Listeners marked `in_request_thread` run there (set False to hand every listener to the
    # executor). Measured with bench/ack.py at concurrency 8: on PostgreSQL, where writers run
    # side by side, 202 -> 222-231 commands/s; on SQLite, where they take turns on one lock,
    # 307-319 -> 224-261 (eight request threads queueing on the lock instead of the executor's).
    request_thread_listeners = True
    # Where they run on the executor instead (SQLite): on its few writer threads
    # (ListenerExecutor.submit_writer) for requests this accepts, else on its listener threads.
    writer_lane: Callable[[BoltRequest], bool] | None = None

    def run(
        self,
        request: BoltRequest,
        response: BoltResponse,
        listener_name: str,
        listener: Listener,
        starting_time: float | None = None,
    ) -> BoltResponse | None:
        if self.process_before_response or request.lazy_only:
            return super().run(request, response, listener_name, listener, starting_time)
        started = starting_time if starting_time is not None else time.time()
        if timing.ON:
            timing.mark("runner")
        ack = request.context.get("ack")
        if not isinstance(ack, SignallingAck) and (ack is None or ack.response is None):
            ack = request.context["ack"] = SignallingAck()
        if not isinstance(ack, SignallingAck):  # acked before the listener: nothing to wait for
            return super().run(request, response, listener_name, listener, starting_time)

        if listener.auto_acknowledgement:
            ack()  # events: acknowledged at once, as Bolt does

        def run_ack_function_asynchronously() -> None:
            nonlocal response
            if timing.ON:
                timing.mark("started")
            try:
                self.listener_start_handler.handle(request=request, response=response)
                listener.run_ack_function(request=request, response=response)
            except Exception as e:
                if listener.auto_acknowledgement:
                    self.listener_error_handler.handle(error=e, request=request, response=response)
                else:
                    if response is None:
                        response = BoltResponse(status=500)
                    response.status = 500
                    if ack.response is not None:  # already acknowledged
                        response = None
                    self.listener_error_handler.handle(error=e, request=request, response=response)
                    ack.response = response
                    ack.called.set()
            finally:
                self.listener_completion_handler.handle(request=request, response=response)

        marked = _runs_in_request_thread(listener, request)
        if marked and self.request_thread_listeners:
            run_ack_function_asynchronously()
        elif marked and self._writer_lane(request):
            before = getattr(listener.ack_function, _BEFORE_TURN, None)
            if before is not None:
                try:
                    before(request)
                except Exception as e:  # the listener reads it again and answers what was wrong
                    self.logger.debug("reading ahead of the writer's turn failed: %s", type(e))
            if timing.ON:
                timing.mark("queued")
            turn = getattr(self.listener_executor, "writer_turn", None)
            if not getattr(self.listener_executor, "turns_on_request_thread", True):
                turn = None  # SQLite: its writer thread (bot.app.TURNS_ON_REQUEST_THREAD)
            if turn is None:
                self.listener_executor.submit_writer(run_ack_function_asynchronously)  # type: ignore[attr-defined]
            else:
                # A writer's turn, taken here: the request thread would only wait for the writer
                # thread's answer, and the two hand-overs cost CPU and two wake-ups per command.
                # No turn within the time Slack waits: handed to the writer threads as before.
                run = run_ack_function_asynchronously
                if TURN_STARTS == "begun":
                    run = self._begun_ahead(request, run)
                if TURN_STARTS == "lock":
                    mine = self._turn_at_lock(turn, listener, started, run)
                else:
                    with turn(listener.ack_timeout - (time.time() - started)) as mine:
                        if mine:
                            run()
                if not mine:
                    self.listener_executor.submit_writer(run)  # type: ignore[attr-defined]
        else:
            self.listener_executor.submit(run_ack_function_asynchronously)
        for lazy_func in listener.lazy_functions:
            self._start_lazy_function(lazy_func, request)

        remaining = listener.ack_timeout - (time.time() - started)
        if ack.response is None and remaining > 0:
            ack.called.wait(remaining)
        if timing.ON:
            timing.mark("answered")
        if response is None and ack.response is None:
            self.logger.warning(warning_did_not_call_ack(listener_name))
            return None
        if response is None:
            if self.logger.isEnabledFor(logging.DEBUG):  # ack31: the body not formatted unread
                self._debug_log_completion(started, ack.response)
            return ack.response
        return response

    def _begun_ahead(self, request: BoltRequest, run: Callable[[], None]) -> Callable[[], None]:
        """KPIBOT_TURN_STARTS=begun: the request's writing session begun now, before the turn
        is waited for (bot.unit_of_work.Request.begin_ahead); `run`, which then gives it back
        if the listener did not take it. Should the begin fail (no connection within the pool's
        wait, the server gone), the listener begins its own and answers what was wrong."""
        opened = request.context.get("request")
        begin = getattr(opened, "begin_ahead", None)
        if begin is None:
            return run
        try:
            begin()
        except Exception as e:  # the listener's unit of work tries again and answers
            self.logger.debug("beginning ahead of the writer's turn failed: %s", type(e))

        def run_then_end() -> None:
            try:
                run()
            finally:
                opened.end_ahead()

        return run_then_end

    @staticmethod
    def _turn_at_lock(
        turn: Callable[[float], Any], listener: Listener, started: float, run: Callable[[], None]
    ) -> bool:
        """Run the listener on this thread; it takes its writer's turn when its unit of work is
        about to lock a row (take_turn), and holds it until it returns."""
        taken = contextlib.ExitStack()

        def take() -> bool:
            if timing.ON:
                timing.mark("ready")  # its work before the lock done; waiting for a turn
            mine = bool(taken.enter_context(turn(listener.ack_timeout - (time.time() - started))))
            if timing.ON:
                timing.mark("turn")
            return mine

        pending = _PENDING.set(take)
        try:
            run()
        finally:
            _PENDING.reset(pending)
            taken.close()
        return True

    def _writer_lane(self, request: BoltRequest) -> bool:
        lane = self.writer_lane
        return (
            lane is not None and hasattr(self.listener_executor, "submit_writer") and lane(request)
        )
