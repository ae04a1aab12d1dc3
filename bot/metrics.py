"""Prometheus metrics (prometheus_client): what an operator watches. Each process keeps its own
and serves them itself: `kpibot serve` at GET /metrics on its port, `kpibot scheduler` on
`--metrics-port` (README, "Running in production"). `kpibot serve --workers N` keeps them in
prometheus_client's multiprocess mode (bot.workers): whichever worker answers a scrape adds up
all of them.

Labels are of a few known values only: a request's kind and name (the slash command, the event
type, the interaction type), a Web API method and Slack's error code, an activity kind, a
scheduled message's kind and outcome. Never a user, workspace, channel or anything typed.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest as RetryHttpRequest
from slack_sdk.http_retry.response import HttpResponse as RetryHttpResponse
from slack_sdk.http_retry.state import RetryState
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from bot.payloads import COMMANDS
from storage.models import Activity
from storage.repositories import INSERTED_ACTIVITIES

disable_created_metrics()  # no *_created series beside every counter: half the lines, no use

# Slack's 3 s is the line that matters; a few steps below and above it.
ACK_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0)
TICK_BUCKETS = (0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)

REQUESTS = Counter(
    "kpibot_requests",
    "HTTP requests from Slack answered, by kind (command, event, interaction, oauth, refused, "
    "other), name (the slash command, event type or interaction type) and HTTP status.",
    ["kind", "name", "status"],
)
ACK_SECONDS = Histogram(
    "kpibot_ack_seconds",
    "Seconds from a request's arrival to its answer (Slack gives up after 3), by kind and name.",
    ["kind", "name"],
    buckets=ACK_BUCKETS,
)
ACTIVITIES = Counter(
    "kpibot_activities_recorded",
    "Activities stored (committed), by kind: meeting, call, offer, win, loss.",
    ["kind"],
)
SCHEDULED = Counter(
    "kpibot_scheduled_messages",
    "Scheduled messages by kind (digest, summary, nudge, notice) and outcome: sent; failed (an "
    "error from Slack, tried again later unless permanent); unsure (no answer: looked for before "
    "the next try); skipped (sent or being sent by another process already).",
    ["kind", "outcome"],
)
SLACK_API_ERRORS = Counter(
    "kpibot_slack_api_errors",
    "Web API calls answered with an error, per attempt, by method and error: Slack's error code "
    "(ok=false), http_<status> (429, 5xx) or connection.",
    ["method", "error"],
)
TICK_SECONDS = Histogram(
    "kpibot_scheduler_tick_seconds",
    "Seconds one scheduler tick took (what is due, digests, nudges, retention).",
    buckets=TICK_BUCKETS,
)
TICK_FAILURES = Counter(
    "kpibot_scheduler_tick_failures",
    "Scheduler ticks that ended in an unexpected error.",
)

HELD = Counter(
    "kpibot_held_requests",
    "Channel messages and clicks acknowledged while the database was unavailable, by outcome: "
    "held (kept on this machine), replayed (stored when it was back), given_up (held too long: "
    "the author was told and given their text back).",
    ["outcome"],
)
HELD_NOW = Gauge(
    "kpibot_held_requests_waiting",
    "Requests held on this machine now, waiting for the database.",
    multiprocess_mode="mostrecent",  # every worker counts the same spool directory
)

# Set by bot.workers before prometheus_client was first imported: several serving processes.
MULTIPROCESS = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
_waiting: Any = None

# Series that exist from the start at 0 (an alert on their increase needs a first sample).
for _kind in ("meeting", "call", "offer", "win", "loss"):
    ACTIVITIES.labels(_kind)
for _kind in ("digest", "summary", "nudge"):
    for _outcome in ("sent", "failed"):
        SCHEDULED.labels(_kind, _outcome)
for _outcome in ("held", "replayed", "given_up"):
    HELD.labels(_outcome)

_WORD = re.compile(r"[a-z][a-z0-9_.]{0,49}")
_METHOD = re.compile(r"[a-z][a-zA-Z0-9.]{0,59}")  # chat.postMessage
OTHER = "other"


def word(value: Any) -> str:
    """A label value from Slack's vocabulary (lower-case words), else "other"."""
    return value if isinstance(value, str) and _WORD.fullmatch(value) else OTHER


# -- requests ------------------------------------------------------------------------------------
def classify(body: dict[str, Any] | None, path: str = "") -> tuple[str, str]:
    """(kind, name) of a request: its body as Bolt reads it, or None when it was refused."""
    if path.startswith("/slack/install") or path.startswith("/slack/oauth_redirect"):
        return "oauth", "install" if path.startswith("/slack/install") else "redirect"
    if body is None:
        return "refused", "none"
    if "command" in body:
        command = body.get("command")
        return "command", command if command in COMMANDS else OTHER
    kind = body.get("type")
    if kind == "event_callback":
        return "event", word((body.get("event") or {}).get("type"))
    if kind in {"block_actions", "block_suggestion", "view_submission"}:
        return "interaction", str(kind)
    if kind == "url_verification" or body.get("ssl_check"):
        return "event", "url_verification" if kind else "ssl_check"
    return "other", word(kind)


class observe_request:  # noqa: N801 (a context manager, named as the function it was)
    """Around one request: the caller fills in `kind`, `name` and `status` (of the dict `with`
    gives) as it learns them. A class, not a generator's context manager (contextlib's
    machinery was ~20 k instructions of every served request; bench/HISTORY.md, session 23)."""

    __slots__ = ("seen", "started")

    def __enter__(self) -> dict[str, Any]:
        self.seen: dict[str, Any] = {"kind": "other", "name": OTHER, "status": "500"}
        self.started = time.perf_counter()
        return self.seen

    def __exit__(self, *_exc: object) -> None:
        elapsed = time.perf_counter() - self.started
        seen = self.seen
        kind, name = seen["kind"], seen["name"]
        _child(REQUESTS, (kind, name, seen["status"])).inc()
        _child(ACK_SECONDS, (kind, name)).observe(elapsed)


# (metric, label values) -> the metric's child for them: prometheus_client's `labels()` checks
# and converts the values and takes the metric's lock at every call (~25 k instructions of a
# served /logmeeting's three; bench/HISTORY.md, session 23), for a child it keeps for good (kpibot
# never removes one). Label values are str() as labels() makes them.
_CHILDREN: dict[tuple[Any, tuple[str, ...]], Any] = {}
_CHILDREN_MAX = 2048


def _child(metric: Any, values: tuple[Any, ...]) -> Any:
    key = (metric, values)
    found = _CHILDREN.get(key)
    if found is None:
        found = metric.labels(*values)
        if len(_CHILDREN) >= _CHILDREN_MAX:
            _CHILDREN.clear()
        _CHILDREN[key] = found
    return found


def exposition(registry: Any = None) -> tuple[bytes, str]:
    """The text /metrics answers, and its content type: with several workers, all of them."""
    if registry is None:
        if MULTIPROCESS:
            if _waiting is not None:
                HELD_NOW.set(_waiting())
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
        else:
            registry = REGISTRY
    return generate_latest(registry), CONTENT_TYPE_LATEST


def worker_gone(pid: int) -> None:
    """A worker ended: prometheus_client forgets its live-mode gauges (kpibot's only gauge,
    the requests held, is "mostrecent" and unaffected; the worker's counters still count)."""
    if MULTIPROCESS:
        multiprocess.mark_process_dead(pid)


def held(outcome: str, count: int = 1) -> None:
    if count:
        HELD.labels(outcome).inc(count)


def count_waiting(waiting: Any) -> None:
    """/metrics reports `waiting()` (the number of requests held now) at each scrape."""
    global _waiting
    _waiting = waiting
    if not MULTIPROCESS:
        HELD_NOW.set_function(waiting)


# -- Slack's Web API -----------------------------------------------------------------------------
def _method(url: str) -> str:
    method = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return method if _METHOD.fullmatch(method) else OTHER


class CountErrors(RetryHandler):
    """First among a WebClient's retry handlers: slack_sdk shows it every answer (and every
    dropped connection) before deciding on a retry. It counts the errors and never retries.
    Bolt copies a client's retry handlers into each request's client, so every call of the
    app's is seen."""

    def __init__(self) -> None:
        super().__init__(max_retry_count=1 << 30)

    def can_retry(
        self,
        *,
        state: RetryState,
        request: RetryHttpRequest,
        response: RetryHttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        error_code = None
        if response is None:
            if error is not None:
                error_code = "connection"
        elif response.status_code != 200:
            error_code = f"http_{response.status_code}"
        elif isinstance(response.body, dict) and response.body.get("ok") is False:
            error_code = word(response.body.get("error"))
        if error_code is not None:
            SLACK_API_ERRORS.labels(_method(request.url), error_code).inc()
            from bot.slack_client import TOKEN_REFUSED, say_token_refused

            if error_code in TOKEN_REFUSED:  # an operator's line, at most every ten minutes
                say_token_refused(error_code, _method(request.url))
        return False

    def _can_retry(self, **_: Any) -> bool:
        return False


# -- scheduled work ------------------------------------------------------------------------------
def scheduled(kind: str, outcome: str) -> None:
    SCHEDULED.labels(word(kind), outcome).inc()


@contextmanager
def tick_timer() -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    except BaseException:
        TICK_FAILURES.inc()
        raise
    finally:
        TICK_SECONDS.observe(time.perf_counter() - started)


# -- activities ----------------------------------------------------------------------------------
_PENDING = "kpibot_new_activities"


def count_committed_activities() -> None:
    """Activities are counted when their transaction commits (a rolled-back savepoint, as when
    a retried delivery is refused by the unique reference, counts nothing). Once per process."""
    if event.contains(Session, "after_flush", _after_flush):
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_rollback", _after_rollback)


def _after_flush(session: Any, _context: Any) -> None:
    new = [o for o in session.new if isinstance(o, Activity)]
    if new:
        session.info.setdefault(_PENDING, []).extend(new)


def _after_commit(session: Any) -> None:
    pending = session.info.pop(_PENDING, None)
    for obj in pending or ():
        if inspect(obj).persistent:  # not undone by a savepoint
            ACTIVITIES.labels(word(obj.kind)).inc()
    # Logged activities are inserted without the ORM's flush (storage.repositories.add_activity);
    # one whose insert failed was never listed.
    for kind in session.info.pop(INSERTED_ACTIVITIES, None) or ():
        _child(ACTIVITIES, (word(kind),)).inc()


def _after_rollback(session: Any) -> None:
    # A savepoint's rollback leaves the outer transaction's activities pending; a full one
    # drops them all. Either way the survivors are sorted out at commit (persistent or not).
    if not session.in_transaction():
        session.info.pop(_PENDING, None)
        session.info.pop(INSERTED_ACTIVITIES, None)
