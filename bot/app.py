"""build_app(): the Bolt app with every listener, and nothing done at import time."""

from __future__ import annotations

import collections
import contextvars
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.listener.custom_listener import CustomListener
from slack_bolt.listener_matcher.builtins import BuiltinListenerMatcher
from slack_bolt.logger import get_bolt_app_logger
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_bolt.request import payload_utils as bolt_payload
from slack_sdk import WebClient
from slack_sdk.http_retry import default_retry_handlers
from sqlalchemy.orm import Session, sessionmaker

from bot import errors, listener_runner, listeners, metrics
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.dependencies import Deps
from bot.listener_runner import PromptListenerRunner
from bot.middleware import CommandAsRegistered, open_request
from bot.services import requester
from bot.slack_client import build_client
from bot.spool import Spool
from bot.unit_of_work import Request

# Listeners run here; a command's answer leaves when its listener acks. As many as waitress's
# request threads (kpibot serve): enough that a few slow listeners (a slow Slack call, a locked
# database) cannot keep new commands from being answered within Slack's 3 seconds, and no more:
# measured with bench/ack.py at 32 concurrent commands, 32 threads cost 40 % more CPU per command
# than 16, all of it the threads handing the GIL back and forth (throughput 157 against 213/s).
LISTENER_THREADS = 16
# A log command with text from a person whose profile is known fresh (no Slack call on the way)
# runs on a writer thread of its own, by database: it stores and answers in its acknowledgement,
# and eight of them side by side at concurrency 8 spend their time handing the GIL (and on SQLite
# the one write lock) back and forth. Measured with bench/ack.py at concurrency 8 on a quiet
# machine, three pairs alternated (session 11): SQLite one thread 522-541 commands/s at 1.83-1.91
# ms of CPU each, p50 12.6-13.1 ms, against four threads' 259-287 at 3.74-4.18 ms, p50 16-18 ms
# (session 10's four threads had halved sixteen's thread switches). PostgreSQL, where each
# statement is a round trip that other commands' work may fill: one thread 349/s, two 329/s,
# against the request threads' 253/s (3.63 ms of CPU); two, so that a slower database's round
# trips still overlap. Everyone else's commands run on the listener threads.
# Since session 17 the request thread takes one of these turns and runs the command itself
# (ListenerExecutor.writer_turn): as many at once as there were writer threads, without handing
# each command to one and its answer back (two wake-ups: bench/ack.py on PostgreSQL at
# concurrency 8, 23-24 voluntary context switches per command in the server before, 16-19 after).
WRITER_THREADS = {"sqlite": 1, "postgresql": 2}
# On SQLite the turn is not taken on the request thread: its one writer thread keeps the file's
# write lock with one thread and one connection (bench/ack.py at concurrency 8, alternated with
# session 16's code on a quiet machine: 557-616 commands/s, p99 1.71-2.18x the bare app's and
# 105 MB after the load on request threads, against 789-794/s, p99 1.32-1.36x and 98 MB).
TURNS_ON_REQUEST_THREAD = {"sqlite": False, "postgresql": True}

# Kept to what the listeners use; manifest.yml declares the same list.
BOT_SCOPES = [
    "commands",
    "chat:write",  # replies, digests, private summaries
    "users:read",  # names, time zones, languages, admin flags
    "channels:read",  # a team's members (/kpi setup)
    "groups:read",
    "channels:history",  # finding our own digest after a crash mid-send
    "groups:history",
    "files:write",  # the digest's trend chart
    "reactions:write",  # ✅ on a message that was recorded
    "app_mentions:read",  # "@kpibot meeting Acme warm"
    "im:history",  # messages to the bot; finding our own DM after a crash mid-send
    "im:write",  # conversations.open for that DM
    "files:read",  # a customer list (CSV) a manager shares with the bot in a DM
    "users:read.email",  # the import's owners given by e-mail
]


AUTH_CACHE_TTL = 300.0  # seconds


class ExpiringCache(dict[str, Any]):
    """A dict whose entries vanish `ttl` seconds after they were set (Bolt's authorize cache)."""

    def __init__(self, ttl: float) -> None:
        super().__init__()
        self.ttl = ttl
        self._set_at: dict[str, float] = {}
        self._lock = threading.Lock()

    def __contains__(self, key: object) -> bool:
        with self._lock:
            set_at = self._set_at.get(key)  # type: ignore[call-overload]
            if set_at is None:
                return False
            if time.monotonic() - set_at > self.ttl:
                self._set_at.pop(key, None)  # type: ignore[call-overload]
                super().pop(key, None)
                return False
            return True

    def __setitem__(self, key: str, value: Any) -> None:
        with self._lock:
            self._set_at[key] = time.monotonic()
            super().__setitem__(key, value)


class Turns:
    """`count` turns, handed over in the order they were asked for. A turn given back goes
    straight to the first waiting thread: with a plain semaphore a thread that has just come
    (and holds the GIL) takes the freed turn before the woken waiter runs, which then waits again
    at the back, and the slowest commands' wait grows (a thread pool's queue, which these turns
    replace, is first come first served too)."""

    def __init__(self, count: int) -> None:
        self._free = count
        self._lock = threading.Lock()
        self._waiting: collections.deque[threading.Lock] = collections.deque()

    def acquire(self, timeout: float) -> bool:
        with self._lock:
            if self._free > 0 and not self._waiting:
                self._free -= 1
                return True
            waiter = threading.Lock()
            waiter.acquire()
            self._waiting.append(waiter)
        if waiter.acquire(timeout=max(timeout, 0.0)):
            return True  # handed over by release()
        with self._lock:
            try:
                self._waiting.remove(waiter)
                return False
            except ValueError:
                pass  # handed over just as the wait ended: it is ours
        waiter.acquire()
        return True

    def release(self) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().release()
            else:
                self._free += 1


class WriterTurn:
    """ListenerExecutor.writer_turn's context manager: `with executor.writer_turn(t) as mine:`.
    A class, not a generator's (contextlib's machinery was ~20 k instructions of every served
    log command's; bench/HISTORY.md, session 23)."""

    __slots__ = ("executor", "timeout", "held", "given_back", "token")

    def __init__(self, executor: ListenerExecutor, timeout: float) -> None:
        self.executor = executor
        self.timeout = timeout
        self.held = False
        self.given_back = False

    def __enter__(self) -> bool:
        executor = self.executor
        if not executor._turns.acquire(self.timeout):
            return False
        with executor._idle_lock:
            executor._busy += 1
        self.held = True
        self.token = listener_runner.holding_turn(self.give_back)
        return True

    def give_back(self) -> None:
        # Once: by the writing unit of work before its COMMIT (listener_runner.end_turn), else
        # when the listener returns.
        if not self.given_back:
            self.given_back = True
            self.executor._turns.release()

    def __exit__(self, *_exc: object) -> None:
        if not self.held:
            return
        executor = self.executor
        try:
            listener_runner.left_turn(self.token)
        finally:
            self.give_back()
            executor._one_less()


class ListenerExecutor(ThreadPoolExecutor):
    """Runs listeners after ack() and knows when none is running (tests, the demo and a graceful
    shutdown wait on it). A listener runs in the context of the request that started it (its
    log fields, bot.logs.request_fields)."""

    def __init__(self, max_workers: int = LISTENER_THREADS, writers: int = 1) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="kpibot-listener")
        self._busy = 0
        # The Condition's lock, taken as it is where nobody is woken (a Condition's `with` and
        # notify_all are Python calls: ~5 k instructions of every served log command; ack33);
        # the waiters (wait_idle) are woken when the last one running ends.
        self._idle_lock = threading.RLock()
        self._idle = threading.Condition(self._idle_lock)
        # A few threads for listeners that only write to the database (submit_writer); started
        # when first used.
        self.writers = writers
        self._writers = ThreadPoolExecutor(max_workers=writers, thread_name_prefix="kpibot-writer")
        # The same number of turns for writers run on the request thread (writer_turn), where
        # the database gains by it (TURNS_ON_REQUEST_THREAD).
        self._turns = Turns(writers)
        self.turns_on_request_thread = True

    def writer_turn(self, timeout: float) -> WriterTurn:
        """One of the `writers` turns, taken on the calling thread (a request thread that would
        otherwise hand its listener to a writer thread and wait for the answer): yields False
        if none came within `timeout` seconds (nothing runs then). Counted as busy while held,
        as a listener on the executor is (wait_idle)."""
        return WriterTurn(self, timeout)

    def use_writers(self, count: int, *, on_request_thread: bool = True) -> None:
        """How many writer threads (WRITER_THREADS for the app's database), and whether their
        turns are taken on the request thread (TURNS_ON_REQUEST_THREAD); set before they are
        first used, when the app is built."""
        self.turns_on_request_thread = on_request_thread
        if count != self.writers:
            old, self.writers = self._writers, count
            self._writers = ThreadPoolExecutor(
                max_workers=count, thread_name_prefix="kpibot-writer"
            )
            self._turns = Turns(count)
            old.shutdown(wait=True)

    def _counted(self, fn: Any, args: Any, kwargs: Any) -> Any:
        with self._idle_lock:
            self._busy += 1

        def run() -> Any:
            try:
                return fn(*args, **kwargs)
            finally:
                self._one_less()

        return contextvars.copy_context().run, run

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        return super().submit(*self._counted(fn, args, kwargs))

    def submit_writer(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Like submit, on the writer threads."""
        return self._writers.submit(*self._counted(fn, args, kwargs))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._writers.shutdown(wait=wait, cancel_futures=cancel_futures)
        super().shutdown(wait=wait, cancel_futures=cancel_futures)

    def _one_less(self) -> None:
        with self._idle_lock:
            self._busy -= 1
            if self._busy == 0:  # what wait_idle waits for
                self._idle.notify_all()

    def wait_idle(self, timeout: float = 15.0) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)


class BodyMatcher(BuiltinListenerMatcher):
    """Bolt's built-in matcher of a listener (`app.command("/logmeeting")`, `app.action(...)`,
    `app.event(...)`: a function of the request's body), called with the body itself. Bolt's
    own builds every listener argument (a WebClient's, each payload's view) for each matcher it
    asks, and every request asks the matchers of the listeners registered before its own."""

    def __init__(self, found: BuiltinListenerMatcher) -> None:
        self.func = found.func
        self.arg_names = found.arg_names
        self.logger = found.logger

    def matches(self, req: BoltRequest, resp: Any) -> bool:
        return bool(self.func(body=req.body))


def _direct_matchers(app: App) -> None:
    """Every built-in matcher that takes only the body (all of Bolt's own) as a BodyMatcher."""
    for listener in app._listeners:
        matchers = getattr(listener, "matchers", None)
        if not isinstance(matchers, list):
            continue
        for i, matcher in enumerate(matchers):
            if type(matcher) is BuiltinListenerMatcher and matcher.arg_names == ["body"]:
                matchers[i] = BodyMatcher(matcher)


def _payload(body: dict[str, Any]) -> Any:
    """Bolt's `payload` argument: the first kind of payload the body is, else the body."""
    return (
        bolt_payload.to_options(body)
        or bolt_payload.to_shortcut(body)
        or bolt_payload.to_action(body)
        or bolt_payload.to_view(body)
        or bolt_payload.to_command(body)
        or bolt_payload.to_event(body)
        or bolt_payload.to_message(body)
        or bolt_payload.to_step(body)
        or body
    )


# A listener's arguments by name, as Bolt's build_required_kwargs gives them (each context
# utility is made when first asked and kept in the context, as Bolt's properties do).
_ARGUMENTS: dict[str, Any] = {
    "logger": lambda listener, req, resp: listener.logger,
    "client": lambda listener, req, resp: req.context.client,
    "req": lambda listener, req, resp: req,
    "request": lambda listener, req, resp: req,
    "resp": lambda listener, req, resp: resp,
    "response": lambda listener, req, resp: resp,
    "context": lambda listener, req, resp: req.context,
    "body": lambda listener, req, resp: req.body,
    "options": lambda listener, req, resp: bolt_payload.to_options(req.body),
    "shortcut": lambda listener, req, resp: bolt_payload.to_shortcut(req.body),
    "action": lambda listener, req, resp: bolt_payload.to_action(req.body),
    "view": lambda listener, req, resp: bolt_payload.to_view(req.body),
    "command": lambda listener, req, resp: bolt_payload.to_command(req.body),
    "event": lambda listener, req, resp: bolt_payload.to_event(req.body),
    "message": lambda listener, req, resp: bolt_payload.to_message(req.body),
    "step": lambda listener, req, resp: bolt_payload.to_step(req.body),
    "payload": lambda listener, req, resp: _payload(req.body),
    "ack": lambda listener, req, resp: req.context.ack,
    "say": lambda listener, req, resp: req.context.say,
    "respond": lambda listener, req, resp: req.context.respond,
}


def _unread(listener: Any, req: Any, resp: Any) -> None:
    return None


def _named_arguments(app: App) -> None:
    """Each listener whose parameters are all in _ARGUMENTS (every guarded listener) is called
    with those alone. Bolt's own builds every argument it knows for each run (eight kinds of
    payload, ten context utilities: about 3 % of a /logmeeting's CPU in the writer thread) and
    then keeps the few the listener names."""
    for listener in app._listeners:
        if type(listener) is not CustomListener:
            continue
        names = tuple(listener.arg_names)
        if not names or not set(names) <= _ARGUMENTS.keys():
            continue
        # A guarded listener reads only some of them (bot.listeners.guard): the rest are None
        # rather than made (a payload read eight ways, `say`, each request's).
        reads = getattr(listener.ack_function, "kpibot_reads", None)
        makers = tuple(
            (name, _ARGUMENTS[name] if reads is None or name in reads else _unread)
            for name in names
        )

        def run_ack_function(
            *,
            request: BoltRequest,
            response: BoltResponse,
            listener: CustomListener = listener,
            makers: tuple[tuple[str, Any], ...] = makers,
        ) -> BoltResponse | None:
            return listener.ack_function(
                **{name: make(listener, request, response) for name, make in makers}
            )

        listener.run_ack_function = run_ack_function  # type: ignore[method-assign]


def _clients_copied(app: App) -> None:
    """Bolt's App._init_context, each request's WebClient made as a copy of one that Bolt's
    constructor call made (the same token, URL, timeout, proxy, headers, logger), given the
    request's workspace and its own list of the app client's retry handlers as Bolt gives them:
    the constructor, per request, read four proxy variables of the environment (each missing
    one a KeyError raised and caught) and built the user agent string (53 k instructions of a
    served /logmeeting's 3.9 M; bench/HISTORY.md, session 23). Made again should the app's
    client or token be replaced."""
    made: list[Any] = [None, None]  # (the app's client and token it was made from), the copy

    def init_context(req: BoltRequest) -> None:
        req.context["logger"] = get_bolt_app_logger(app_name=app.name, base_logger=app._base_logger)
        token, client = app._token, app._client
        req.context["token"] = token
        if made[0] is None or made[0][0] is not client or made[0][1] is not token:
            made[1] = WebClient(
                token=token,
                base_url=client.base_url,
                timeout=client.timeout,
                ssl=client.ssl,
                proxy=client.proxy,
                headers=client.headers,
                logger=client.logger,
            )
            made[0] = (client, token)
        each = WebClient.__new__(WebClient)
        each.__dict__.update(made[1].__dict__)
        team_id = req.context.team_id
        each.default_params = {} if team_id is None else {"team_id": team_id}
        handlers = client.retry_handlers
        each.retry_handlers = handlers.copy() if handlers is not None else default_retry_handlers()
        req.context["client"] = each
        req.context["listener_runner"] = app.listener_runner

    app._init_context = init_context  # type: ignore[method-assign]


def _profile_known_fresh(request: BoltRequest) -> bool:
    """The requester's Slack profile is fresh (this process read it within its time to live): the
    command will not call users.info, and may wait its turn on a writer thread."""
    found = request.context.get("request")
    return (
        isinstance(found, Request)
        and bool(found.user_id)
        and requester.profile_known_fresh(found.workspace_id, found.user_id, found.now)
    )


def build_app(
    settings: Settings,
    session_factory: sessionmaker[Session],
    slack_client: WebClient | None = None,
    clock: Clock | None = None,
    listener_executor: ThreadPoolExecutor | None = None,
) -> App:
    deps = Deps(
        settings=settings,
        session_factory=session_factory,
        clock=clock or SystemClock(),
        spool=Spool.at(settings.spool_path),
    )
    common: dict[str, Any] = {
        # The name Bolt would take from the calling file; given, so that App() does not call
        # inspect.stack(), which reads the source of every frame (~40 ms under pytest).
        "name": "app.py",
        "signing_secret": settings.signing_secret or "",
        # bot.http_guard checks every HTTP request's signature before Bolt sees it (bot.web), and
        # may pass on a re-encoded form Bolt could not check again (as_bolt_reads_it).
        "request_verification_enabled": False,
        "process_before_response": False,
        "listener_executor": listener_executor or ListenerExecutor(),
        "logger": logging.getLogger("kpibot.bolt"),
        "token_verification_enabled": False,
        "user_facing_authorize_error_message": errors.AUTHORIZE_FAILED,
        # No custom workflow step (`app.function`) is registered, so no request carries a
        # function's own token for Bolt's AttachingFunctionToken middleware to put on the
        # client: one middleware fewer run for every request (ack33, ~3 k instructions).
        "attaching_function_token_enabled": False,
    }
    if settings.oauth:
        # Only here: with one bot token, kpibot serve never loads cryptography (Fernet, for the
        # stored tokens) nor slack_sdk's SQLAlchemy state store (SQLAlchemy's asyncio layer
        # with it): about 9 MB of its memory.
        from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

        from storage.installations import installation_store

        engine = session_factory.kw["bind"]
        oauth_settings = OAuthSettings(
            client_id=settings.client_id,
            client_secret=settings.client_secret,
            scopes=BOT_SCOPES,
            installation_store=installation_store(
                settings.client_id or "", engine, settings.encryption_key
            ),
            state_store=SQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine),
        )
        # The installation is read per request (an uninstall takes effect at once); what Slack's
        # auth.test says about its token is kept a few minutes, not asked on every request.
        oauth_settings.authorize.cache_enabled = True
        oauth_settings.authorize.authorize_result_cache = ExpiringCache(AUTH_CACHE_TTL)
        app = App(
            client=slack_client or build_client(settings, token=None, for_listeners=True),
            oauth_settings=oauth_settings,
            **common,
        )
    else:
        app = App(client=slack_client or build_client(settings, for_listeners=True), **common)

    app._listener_runner = PromptListenerRunner(  # answers at ack(), not at Bolt's next 10 ms poll
        logger=app._listener_runner.logger,
        process_before_response=False,
        listener_error_handler=app._listener_runner.listener_error_handler,
        listener_start_handler=app._listener_runner.listener_start_handler,
        listener_completion_handler=app._listener_runner.listener_completion_handler,
        listener_executor=app._listener_runner.listener_executor,
        lazy_listener_runner=app._listener_runner.lazy_listener_runner,
    )
    # A log command with text on a writer thread (WRITER_THREADS), not on the request thread
    # (bot.listener_runner), when the person's profile is known fresh.
    engine_name = session_factory.kw["bind"].dialect.name
    app._listener_runner.request_thread_listeners = False
    app._listener_runner.writer_lane = _profile_known_fresh
    executor = app._listener_runner.listener_executor
    if isinstance(executor, ListenerExecutor):
        executor.use_writers(
            WRITER_THREADS.get(engine_name, 2),
            on_request_thread=TURNS_ON_REQUEST_THREAD.get(engine_name, True),
        )
    app.middleware(CommandAsRegistered())
    app.middleware(open_request(deps))
    metrics.count_committed_activities()

    errors.register(app)
    listeners.register(app)
    _direct_matchers(app)
    _named_arguments(app)
    _clients_copied(app)
    return app
