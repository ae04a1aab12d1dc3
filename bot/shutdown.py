"""Graceful shutdown on SIGTERM (what `docker stop` and Kubernetes send) and SIGINT.

`kpibot serve`: the listening socket is closed at once (a load balancer sends new requests to
the other replicas), requests in flight are answered, then the process waits for the listeners
those requests started, the held-request replayer and its own scheduler, if any, and exits 0.
`kpibot scheduler`: the tick in progress finishes the send it is making and starts no other
(the next process's tick sends the rest: every message is claimed, bot.jobs.sender), and exits 0.

The signal handler only sets an event: the work is done by an ordinary thread, never inside a
handler that may have interrupted a thread holding a lock."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from waitress import wasyncore

log = logging.getLogger(__name__)

GRACE = 25.0  # seconds for requests in flight (Kubernetes waits 30 s before SIGKILL)


def on_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT set `stop` (from the main thread only, where Python runs handlers)."""

    def handler(signum: int, _frame: Any) -> None:
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, handler)


class GracefulServer:
    """Runs a waitress server until `stop` is set, then drains it as described above."""

    def __init__(self, server: Any, stop: threading.Event, *, grace: float = GRACE) -> None:
        self.server = server
        self.stop = stop
        self.grace = grace

    def run(self) -> None:
        watcher = threading.Thread(target=self._wait_and_drain, name="kpibot-stop", daemon=True)
        watcher.start()
        self.server.run()  # returns once every socket is closed (its map is empty)

    def _wait_and_drain(self) -> None:
        self.stop.wait()
        log.info("stopping: no new connections; answering the requests in flight")
        self.server.trigger.pull_trigger(self._close_listener)
        deadline = time.monotonic() + self.grace
        while self._busy() and time.monotonic() < deadline:
            time.sleep(0.05)
        if self._busy():
            log.warning("stopping: requests still in flight after %.0f s", self.grace)
        self.server.task_dispatcher.shutdown(cancel_pending=True, timeout=1)
        self.server.trigger.pull_trigger(self._close_all)

    def _close_listener(self) -> None:
        if self.server.socket is not None:
            wasyncore.dispatcher.close(self.server)  # the listening socket, not the trigger

    def _channels(self) -> list[Any]:
        return [
            ch
            for ch in list(self.server._map.values())
            if ch is not self.server and ch is not self.server.trigger
        ]

    def _busy(self) -> bool:
        """A request being read, run, or its answer not yet sent."""
        return any(
            getattr(ch, "requests", None)
            or getattr(ch, "request", None) is not None
            or getattr(ch, "total_outbufs_len", 0)
            for ch in self._channels()
        )

    def _close_all(self) -> None:
        for channel in self._channels():
            try:
                channel.close()
            except OSError:
                pass
        self.server.trigger.close()  # the map is empty: waitress's loop ends


def finish(steps: list[tuple[str, Callable[[], Any]]]) -> None:
    """Run each shutdown step, logging (never raising) a failure, so the others still run."""
    for what, step in steps:
        try:
            step()
        except Exception:
            log.exception("stopping: %s failed", what)
