"""What the benchmarks share: where the Slack stand-in and the throwaway PostgreSQL come from (one
import each, so a move is a one-line change), timing, and markdown tables."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.offline.slack_api import FakeSlackApi, FakeUser  # noqa: E402,F401
from tests.pg import ThrowawayPostgres  # noqa: E402,F401  (the suite's own throwaway server)

CACHE = ROOT / "bench" / ".cache"
RESULTS = ROOT / "bench" / "results"
PLANS = ROOT / "bench" / "plans"


class CpuMeter:
    """CPU seconds spent on a piece of work by this thread and, when given, by a PostgreSQL
    server's processes (read from /proc: the server runs on this machine). Unlike wall time it
    hardly moves when other work shares the machine, which the 2-core build box always has."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.postmaster: int | None = None
        if data_dir is not None:
            pid_file = Path(data_dir) / "postmaster.pid"
            self.postmaster = int(pid_file.read_text().split()[0])

    def _server_ns(self) -> int:
        if self.postmaster is None:
            return 0
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) != self.postmaster or not self._counts(stat.parent):  # ppid
                    continue
                total += int((stat.parent / "schedstat").read_text().split()[0])
            except (OSError, IndexError, ValueError):
                continue
        return total

    def _counts(self, process: Path) -> bool:
        """Whether this server process's CPU is counted (all of them here)."""
        return True

    def start(self) -> tuple[float, int]:
        server = self._server_ns()  # read first: reading /proc costs this thread CPU too
        return time.thread_time(), server

    def since(self, started: tuple[float, int]) -> float:
        spent = time.thread_time() - started[0]
        return spent + (self._server_ns() - started[1]) / 1e9


NO_CPU = CpuMeter()


def timed(
    fn: Callable[[], Any], runs: int = 5, warmup: int = 1, cpu: CpuMeter = NO_CPU
) -> tuple[float, float, float, Any]:
    """(median wall seconds, best wall seconds, median CPU seconds, last result) over `runs` runs
    after `warmup` runs."""
    result = None
    for _ in range(warmup):
        result = fn()
    walls, cpus = [], []
    for _ in range(runs):
        c = cpu.start()
        t = time.perf_counter()
        result = fn()
        walls.append(time.perf_counter() - t)
        cpus.append(cpu.since(c))
    return statistics.median(walls), min(walls), statistics.median(cpus), result


def once(fn: Callable[[], Any], cpu: CpuMeter = NO_CPU) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds, result) of one run."""
    c = cpu.start()
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, cpu.since(c), result


def ms(seconds: float) -> str:
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.01:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds * 1000:.1f} ms"


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


class StatementCounter:
    """Counts the SQL statements an engine runs (for the benchmark's own sanity checks)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        from storage import cursor

        self.count = 0
        self._engine = engine
        self._event = event
        self._cursor = cursor
        event.listen(engine, "before_cursor_execute", self._on)
        cursor.observe(engine, self._on)  # what runs on the DBAPI cursor (storage.cursor)

    def _on(self, *_: Any) -> None:
        self.count += 1

    def close(self) -> None:
        self._event.remove(self._engine, "before_cursor_execute", self._on)
        self._cursor.unobserve(self._engine, self._on)


@contextmanager
def counting(engine: Any) -> Iterator[StatementCounter]:
    counter = StatementCounter(engine)
    try:
        yield counter
    finally:
        counter.close()
