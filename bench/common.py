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


def timed(fn: Callable[[], Any], runs: int = 5, warmup: int = 1) -> tuple[float, float, Any]:
    """(median seconds, worst seconds, last result) over `runs` runs after `warmup` runs."""
    result = None
    for _ in range(warmup):
        result = fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times), result


def once(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


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

        self.count = 0
        self._engine = engine
        self._event = event
        event.listen(engine, "before_cursor_execute", self._on)

    def _on(self, *_: Any) -> None:
        self.count += 1

    def close(self) -> None:
        self._event.remove(self._engine, "before_cursor_execute", self._on)


@contextmanager
def counting(engine: Any) -> Iterator[StatementCounter]:
    counter = StatementCounter(engine)
    try:
        yield counter
    finally:
        counter.close()
