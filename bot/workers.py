"""More than one serving process: `kpibot serve --workers N`.

Python runs one thread of Python at a time per process (the GIL), and a command costs kpibot a
few milliseconds of CPU, so one process answers a few hundred commands a second however many
cores the machine has. With `--workers N` the process started (the primary) binds the port and
starts N - 1 more serving processes, which accept on the same socket: the kernel gives each new
connection to one of them.

The first N - 1 are forked from the primary once it has imported everything and built its app,
before any thread, pool connection or server exists (`fork_workers`; start-up's objects frozen
out of the collector first, so that neither process's collector writes to the pages they share):
the modules, catalogs and templates are then in memory once for all of them, not once each. A
worker started again after a death is `kpibot serve --worker` afresh (handed the listening
socket), since by then the primary runs threads, which a fork would copy mid-step.

What a machine needs once stays in the primary: the scheduler and the replayer of held requests
(every worker holds requests in the same spool directory; the primary replays them). Across the
workers:
- SQLite's one writer at a time is a lock file beside the database (`storage.db.write_turn`):
  workers queue on it instead of napping in SQLite's busy handler;
- /metrics adds up every worker's metrics, whichever worker answers the scrape
  (prometheus_client's multiprocess mode, in a directory the primary makes and removes; the
  process_* and python_* series are not there in this mode);
- a worker that dies is started again at once; one that keeps dying soon after its start is
  started again after 1, 2, 4 … up to 60 s, said in the log each time;
- SIGTERM (or Ctrl-C) to the primary stops its own server and sends SIGTERM, once, to the
  workers, which finish their requests in flight as the primary does, within the same grace
  period; a worker whose primary is gone stops too.
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
RESTART_PAUSE = 1.0  # seconds before starting again a worker that died soon after its start,
MAX_PAUSE = 60.0  # doubled at each such death in a row, up to this
STARTED_FOR = 30.0  # seconds alive after which a death is not counted as a failed start


def multiprocess_metrics() -> str:
    """Before prometheus_client is imported: a fresh directory of this primary's where every
    worker keeps its metrics (the workers inherit it). Directories that primaries killed
    without a chance to clean up left behind are removed."""
    base = tempfile.gettempdir()
    for name in os.listdir(base):
        if name.startswith("kpibot-metrics-"):
            pid = name.removeprefix("kpibot-metrics-").split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(os.path.join(base, name), ignore_errors=True)
    directory = tempfile.mkdtemp(prefix=f"kpibot-metrics-{os.getpid()}-")
    os.environ[METRICS_DIR] = directory
    return directory


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


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


def can_fork() -> bool:
    """Whether the workers can be forked from this process now: Linux (macOS's system libraries,
    which urllib's proxy lookup calls, are not safe in a child forked without exec), and no
    thread but this one (a fork copies only the calling thread; another's locks would stay
    taken)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def fork_workers(count: int) -> list[int] | None:
    """`count` workers forked from this process (the primary; see can_fork): their pids here,
    None in each worker, which then serves as `kpibot serve --worker` does. Each worker is in a
    process group of its own, as the started ones are, and knows its primary (watch_primary)."""
    primary = os.getpid()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # nothing buffered is written twice
    pids = []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:
            os.setpgid(0, 0)
            os.environ[PRIMARY_PID] = str(primary)
            return None
        try:
            os.setpgid(pid, pid)  # whichever of the two runs first
        except OSError:  # the worker did it already, or has gone
            pass
        pids.append(pid)
    return pids


class Forked:
    """A worker forked from the primary, asked what Workers asks of a started one's Popen."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: gone, how is not known
                self.returncode = -1
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"worker {self.pid}", timeout or 0)
            time.sleep(0.02)
        return self.returncode  # type: ignore[return-value]

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


@dataclass
class _Slot:
    number: int
    proc: subprocess.Popen[bytes] | Forked | None = None
    started: float = 0.0
    failed_starts: int = 0
    next_start: float = 0.0
    signalled: bool = False


@dataclass
class Workers:
    """The primary's N - 1 other serving processes, kept running until `stop` is set."""

    command: list[str]
    sockets: list[socket.socket]
    count: int
    stop: threading.Event
    grace: float
    on_exit: Callable[[int], None] = lambda pid: None  # told each worker pid that ended
    forked: list[int] = field(default_factory=list)  # fork_workers' pids, started already
    _slots: list[_Slot] = field(default_factory=list)
    _thread: threading.Thread | None = None
    _stopped_at: float | None = None

    def start(self) -> None:
        self._slots = [_Slot(n) for n in range(1, self.count)]
        for slot, pid in zip(self._slots, self.forked, strict=False):
            slot.proc, slot.started = Forked(pid), time.monotonic()
            log.info("worker %d started (pid %d)", slot.number, pid)
        for slot in self._slots[len(self.forked) :]:
            self._spawn(slot)
        self._thread = threading.Thread(target=self._supervise, name="kpibot-workers", daemon=True)
        self._thread.start()

    def _spawn(self, slot: _Slot) -> None:
        fds = [sock.fileno() for sock in self.sockets]
        env = dict(os.environ, **{PRIMARY_PID: str(os.getpid())})
        command = [*self.command, "--listen-fds", ",".join(map(str, fds))]
        # Its own process group: Ctrl-C in a terminal reaches the primary alone, which then
        # stops the workers once, as SIGTERM does.
        slot.proc = subprocess.Popen(command, env=env, pass_fds=fds, process_group=0)
        slot.started, slot.signalled = time.monotonic(), False
        log.info("worker %d started (pid %d)", slot.number, slot.proc.pid)

    def _supervise(self) -> None:
        while not self.stop.wait(0.2):
            try:
                self._check(time.monotonic())
            except Exception:  # the supervisor never dies of one bad round
                log.exception("checking the workers failed")
        self._stopped_at = time.monotonic()
        self._terminate()

    def _check(self, now: float) -> None:
        for slot in self._slots:
            proc = slot.proc
            if proc is not None and proc.poll() is not None:
                self.on_exit(proc.pid)
                quick = now - slot.started < STARTED_FOR
                slot.failed_starts = slot.failed_starts + 1 if quick else 0
                pause = (
                    min(MAX_PAUSE, RESTART_PAUSE * 2 ** (slot.failed_starts - 1)) if quick else 0
                )
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
                    slot.next_start = now + MAX_PAUSE

    def _terminate(self) -> None:
        """SIGTERM, once, to every worker still running: each drains as the primary does."""
        for slot in self._slots:
            proc = slot.proc
            if proc is not None and proc.poll() is None and not slot.signalled:
                slot.signalled = True
                proc.send_signal(signal.SIGTERM)

    def wait(self) -> None:
        """After `stop`: every worker has finished its requests and exited, within the grace
        period counted from the stop (then killed)."""
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._terminate()  # also when the supervisor never ran
        deadline = (self._stopped_at or time.monotonic()) + self.grace + 2
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
    # -P: the working directory is not put first on sys.path (a `bot/` folder there is not
    # imported instead of the installed kpibot).
    return [
        sys.executable,
        "-P",
        "-m",
        "bot.cli",
        "serve",
        "--host",
        host,
        "--no-scheduler",
        "--worker",
    ]


def remove_metrics_dir(directory: str | None) -> None:
    if directory:
        shutil.rmtree(directory, ignore_errors=True)
