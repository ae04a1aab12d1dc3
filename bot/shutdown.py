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

from waitress import trigger, wasyncore
from waitress.server import BaseWSGIServer, MultiSocketServer

log = logging.getLogger(__name__)

GRACE = 25.0  # seconds for requests in flight (Kubernetes waits 30 s before SIGKILL)


def on_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT set `stop` (from the main thread only, where Python runs handlers)."""

    fired: list[int] = []

    def handler(signum: int, _frame: Any) -> None:
        # Event.set takes a lock: a second signal arriving inside it would wait on that lock
        # forever. The first signal hands the setting to a thread; later ones do nothing.
        if fired:
            return
        fired.append(signum)
        threading.Thread(target=stop.set, name="kpibot-signal", daemon=True).start()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, handler)


class GracefulServer:
    """Runs a waitress server until `stop` is set, then drains it as described above. The
    server may listen on several sockets (a host with IPv4 and IPv6 addresses): waitress then
    returns a MultiSocketServer, whose listeners share one map."""

    def __init__(self, server: Any, stop: threading.Event, *, grace: float = GRACE) -> None:
        self.server = server
        self.stop = stop
        self.grace = grace
        self._map = server.map if isinstance(server, MultiSocketServer) else server._map
        self._listeners = [ch for ch in self._map.values() if isinstance(ch, BaseWSGIServer)]
        self._trigger = self._listeners[0].trigger

    def run(self) -> None:
        watcher = threading.Thread(target=self._wait_and_drain, name="kpibot-stop", daemon=True)
        watcher.start()
        self.server.run()  # returns once every socket is closed (its map is empty)

    def _wait_and_drain(self) -> None:
        self.stop.wait()
        log.info("stopping: no new connections; answering the requests in flight")
        self._trigger.pull_trigger(self._close_listeners)
        deadline = time.monotonic() + self.grace
        while self._busy() and time.monotonic() < deadline:
            time.sleep(0.05)
        if self._busy():
            log.warning("stopping: requests still in flight after %.0f s", self.grace)
        self.server.task_dispatcher.shutdown(cancel_pending=True, timeout=1)
        self._trigger.pull_trigger(self._close_all)

    def _close_listeners(self) -> None:
        for listener in self._listeners:
            if listener.socket is not None:
                wasyncore.dispatcher.close(listener)  # the listening socket, not the trigger

    def _channels(self) -> list[Any]:
        return [
            ch
            for ch in list(self._map.values())
            if not isinstance(ch, BaseWSGIServer | trigger.trigger)
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
        for listener in self._listeners:
            listener.trigger.close()  # the map is empty: waitress's loop ends


def finish(steps: list[tuple[str, Callable[[], Any]]]) -> None:
    """Run each shutdown step, logging (never raising) a failure, so the others still run."""
    for what, step in steps:
        try:
            step()
        except Exception:
            log.exception("stopping: %s failed", what)
