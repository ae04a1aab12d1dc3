"""Where a request's time goes on its way to the acknowledgement: a debug measure, off unless
KPIBOT_ACK_TIMING names a file (then each process writes `<file>.<pid>.json` as it exits).

Each HTTP request from Slack gets a list of (mark, time) pairs, carried by a context variable
into the listener's thread (bot.app.ListenerExecutor runs listeners in the request's context):
arrived, runner (Bolt has routed it, the middleware has read the requester), queued (handed to
a writer thread), started, ready (KPIBOT_TURN_STARTS=lock: about to wait for a writer's turn
at its row lock), turn (this process's turn to write: SQLite, or at the lock), commit, committed,
acked, answered (the request thread woke), returned. Python's collector's pauses are kept
beside them. `bench/ack_timing.py` reads the files. Off, a mark costs one attribute check."""

from __future__ import annotations

import atexit
import contextvars
import gc
import json
import os
import threading
import time
from typing import Any

ON = bool(os.environ.get("KPIBOT_ACK_TIMING"))

_marks: contextvars.ContextVar[list[tuple[str, float]] | None] = contextvars.ContextVar(
    "kpibot_timing", default=None
)
_requests: list[list[tuple[str, float]]] = []
_pauses: list[tuple[float, float, int]] = []  # (start, seconds, generation)
_lock = threading.Lock()
_gc_started: dict[int, float] = {}


def begin() -> contextvars.Token[Any]:
    """A request arrived (bot.web): its marks start here."""
    return _marks.set([("arrived", time.perf_counter())])


def mark(name: str) -> None:
    found = _marks.get()
    if found is not None:
        found.append((name, time.perf_counter()))


def end(token: contextvars.Token[Any]) -> None:
    found = _marks.get()
    _marks.reset(token)
    if found is not None:
        found.append(("returned", time.perf_counter()))
        with _lock:
            _requests.append(found)


def _collected(phase: str, info: dict[str, Any]) -> None:
    now = time.perf_counter()
    key = threading.get_ident()
    if phase == "start":
        _gc_started[key] = now
    else:
        started = _gc_started.pop(key, None)
        if started is not None:
            _pauses.append((started, now - started, int(info.get("generation", -1))))


def _write() -> None:
    path = os.environ.get("KPIBOT_ACK_TIMING")
    if not path:
        return
    with _lock:
        data = {"requests": list(_requests), "gc": list(_pauses)}
    with open(f"{path}.{os.getpid()}.json", "w") as out:
        json.dump(data, out)


if ON:
    gc.callbacks.append(_collected)
    atexit.register(_write)
