"""Where a test run's CPU goes, by kind of test: a pytest plugin (suite20).

    KPIBOT_SUITE_CPU=/tmp/cpu python -m pytest -p bench.suite_cpu ...
    python bench/suite_cpu.py /tmp/cpu          # the table, summed over the workers

Each process (every pytest-xdist worker) adds up `time.process_time` (its own CPU, all threads)
and the CPU of the children it waited for (`kpibot` processes) over each test's setup, call
and teardown, by kind: unit (tests/unit, tests/corpus...), Slack-level on SQLite, on
PostgreSQL (the throwaway server's own CPU is not in it), end to end (tests that start
processes: the children's CPU is the sign). It writes <prefix>-<pid>.json at the end, with the
slowest tests by CPU."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

_PREFIX = os.environ.get("KPIBOT_SUITE_CPU")
_totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])  # count, own, children
_each: list[tuple[float, str]] = []


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _kind(item: pytest.Item, children: float) -> str:
    if children > 0.05:
        return "end to end"
    here = item.path.parent.name
    backend = item.callspec.params.get("backend") if hasattr(item, "callspec") else None
    names = set(getattr(item, "fixturenames", ()))
    if here in {"slack", "storage", "cli"} or "slack" in names:
        return f"{here} {backend or 'sqlite'}"
    return "unit"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):  # type: ignore[no-untyped-def]
    own, kids = time.process_time(), _children()
    yield
    own, kids = time.process_time() - own, _children() - kids
    kind = _kind(item, kids)
    total = _totals[kind]
    total[0] += 1
    total[1] += own
    total[2] += kids
    _each.append((own + kids, item.nodeid))
    if len(_each) % 250 == 0:  # a run stopped on the way still leaves its figures
        _write()


def pytest_sessionfinish(session: pytest.Session) -> None:
    _write()


def _write() -> None:
    if not _PREFIX or not _totals:
        return
    _each.sort(reverse=True)
    Path(f"{_PREFIX}-{os.getpid()}.json").write_text(
        json.dumps({"totals": _totals, "slowest": _each[:80]})
    )


def main(prefix: str) -> None:
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    slowest: list[tuple[float, str]] = []
    for path in Path(prefix).parent.glob(Path(prefix).name + "-*.json"):
        data = json.loads(path.read_text())
        for kind, (n, own, kids) in data["totals"].items():
            totals[kind][0] += n
            totals[kind][1] += own
            totals[kind][2] += kids
        slowest += [tuple(x) for x in data["slowest"]]
    print("| kind | tests | CPU s (own + children) | ms a test |")
    print("|---|--:|--:|--:|")
    for kind, (n, own, kids) in sorted(totals.items()):
        print(f"| {kind} | {n} | {own:.1f} + {kids:.1f} | {1000 * (own + kids) / n:.1f} |")
    n = sum(t[0] for t in totals.values())
    cpu = sum(t[1] + t[2] for t in totals.values())
    print(f"| all | {n} | {cpu:.1f} | |")
    if "--slowest" in sys.argv:
        for cpu, nodeid in sorted(slowest, reverse=True)[:50]:
            print(f"{cpu * 1000:8.0f} ms  {nodeid}")


if __name__ == "__main__":
    main(sys.argv[1])
