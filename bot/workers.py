"""More than one serving process: `kpibot serve --workers N`.

Python runs one thread of Python at a time per process (the GIL), and a command costs kpibot a
few milliseconds of CPU, so one process answers a few hundred commands a second however many
cores the machine has. With `--workers N` the process started (the primary) binds the port and
starts N - 1 more serving processes (`kpibot serve` again, handed the listening socket), which
accept on the same socket: the kernel gives each new connection to one of them.

What a machine needs once stays in the primary: the scheduler and the replayer of held requests
(every worker holds requests in the same spool directory; the primary replays them). Across the
workers:
- SQLite's one writer at a time is a lock file beside the database (`storage.db.write_turn`):
  workers queue on it instead of napping in SQLite's busy handler;
- /metrics adds up every worker's metrics, whichever worker answers the scrape
  (prometheus_client's multiprocess mode, in a directory the primary makes and removes);
- a worker that dies is started again; one that keeps dying at start-up is started again at
  most every few seconds, and said in the log each time;
- SIGTERM to the primary stops its own server and sends SIGTERM to the workers, which finish
  their requests in flight as the primary does; a worker whose primary is gone stops too.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

METRICS_DIR = "PROMETHEUS_MULTIPROC_DIR"  # prometheus_client reads it when first imported
PRIMARY_PID = "KPIBOT_PRIMARY_PID"  # set for the workers the primary starts
MAX_WORKERS = 64
RESTART_PAUSE = (0.0, 1.0, 2.0, 5.0)  # after a worker died this many times in a row at start-up
STARTED_FOR = 10.0  # seconds alive after which a death is not counted as a failed start


def multiprocess_metrics() -> str:
    """Before prometheus_client is imported: a fresh directory where every worker keeps its
    metrics (the operator's PROMETHEUS_MULTIPROC_DIR, emptied, or a new one). Returns it."""
    directory = os.environ.get(METRICS_DIR)
    if directory:
        os.makedirs(directory, exist_ok=True)
        for name in os.listdir(directory):
            if name.endswith(".db"):  # what an earlier run left: its counts are not this run's
                os.unlink(os.path.join(directory, name))
    else:
        directory = tempfile.mkdtemp(prefix="kpibot-metrics-")
    os.environ[METRICS_DIR] = directory
    return directory


def listen(host: str, port: int, backlog: int = 1024) -> list[socket.socket]:
    """The listening sockets for host:port (one per address the host names), inheritable."""
    sockets = []
    infos = socket.getaddrinfo(
        None if host in {"", "*"} else host,
        port,
        type=socket.SOCK_STREAM,
        flags=socket.AI_PASSIVE,
    )
    seen = set()
    try:
        for family, kind, proto, _name, address in infos:
            if (family, address) in seen:
                continue
            seen.add((family, address))
            sock = socket.socket(family, kind, proto)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(backlog)
            sock.set_inheritable(True)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def inherited(fds: str) -> list[socket.socket]:
    """The listening sockets a worker was handed ("5,6")."""
    return [socket.socket(fileno=int(fd)) for fd in fds.split(",") if fd.strip()]


def watch_primary(stop: threading.Event, interval: float = 1.0) -> None:
    """In a worker: stop when the primary that started it is gone (killed without SIGTERM)."""
    primary = int(os.environ.get(PRIMARY_PID, "0") or 0)
    if not primary:
        return

    def watch() -> None:
        while not stop.wait(interval):
            if os.getppid() != primary:
                log.warning("the primary kpibot serve is gone: this worker stops")
                stop.set()

    threading.Thread(target=watch, name="kpibot-watch-primary", daemon=True).start()


@dataclass
class _Slot:
    number: int
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    failed_starts: int = 0
    next_start: float = 0.0


@dataclass
class Workers:
    """The primary's N - 1 other serving processes, kept running until `stop` is set."""

    command: list[str]
    sockets: list[socket.socket]
    count: int
    stop: threading.Event
    grace: float
    on_exit: Callable[[int], None] = lambda pid: None  # told each worker pid that ended
    _slots: list[_Slot] = field(default_factory=list)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._slots = [_Slot(n) for n in range(1, self.count)]
        for slot in self._slots:
            self._spawn(slot)
        self._thread = threading.Thread(target=self._supervise, name="kpibot-workers", daemon=True)
        self._thread.start()

    def pids(self) -> list[int]:
        return [s.proc.pid for s in self._slots if s.proc is not None and s.proc.poll() is None]

    def _spawn(self, slot: _Slot) -> None:
        fds = [sock.fileno() for sock in self.sockets]
        env = dict(os.environ, **{PRIMARY_PID: str(os.getpid())})
        command = [*self.command, "--listen-fds", ",".join(map(str, fds))]
        slot.proc = subprocess.Popen(command, env=env, pass_fds=fds)
        slot.started = time.monotonic()
        log.info("worker %d started (pid %d)", slot.number, slot.proc.pid)

    def _supervise(self) -> None:
        while not self.stop.wait(0.2):
            now = time.monotonic()
            for slot in self._slots:
                proc = slot.proc
                if proc is not None and proc.poll() is not None:
                    self.on_exit(proc.pid)
                    quick = now - slot.started < STARTED_FOR
                    slot.failed_starts = slot.failed_starts + 1 if quick else 0
                    pause = RESTART_PAUSE[min(slot.failed_starts, len(RESTART_PAUSE) - 1)]
                    log.warning(
                        "worker %d (pid %d) exited with code %s; starting it again in %.0f s",
                        slot.number,
                        proc.pid,
                        proc.returncode,
                        pause,
                    )
                    slot.proc, slot.next_start = None, now + pause
                if slot.proc is None and now >= slot.next_start and not self.stop.is_set():
                    try:
                        self._spawn(slot)
                    except OSError:
                        log.exception("worker %d could not be started", slot.number)
                        slot.next_start = now + RESTART_PAUSE[-1]
        self._terminate()

    def _terminate(self) -> None:
        running = [s.proc for s in self._slots if s.proc is not None and s.proc.poll() is None]
        for proc in running:
            proc.send_signal(signal.SIGTERM)

    def wait(self) -> None:
        """After `stop`: every worker has finished its requests and exited (killed after the
        grace period and a little more)."""
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._terminate()  # also when the supervisor never ran
        deadline = time.monotonic() + self.grace + 5
        for slot in self._slots:
            proc = slot.proc
            if proc is None:
                continue
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("worker %d did not stop in time: killed", slot.number)
                proc.kill()
                proc.wait()
            self.on_exit(proc.pid)


def worker_command(host: str) -> list[str]:
    """How the primary starts a worker: this interpreter, kpibot's CLI, serving only."""
    return [sys.executable, "-m", "bot.cli", "serve", "--host", host, "--no-scheduler", "--worker"]


def remove_metrics_dir(directory: str | None, *, made_here: bool) -> None:
    if directory and made_here:
        shutil.rmtree(directory, ignore_errors=True)
