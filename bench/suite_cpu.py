"""Where a test run's CPU goes: a pytest plugin (suite20; per file, fixture and collection suite34).

    KPIBOT_SUITE_CPU=/tmp/cpu python -m pytest -p bench.suite_cpu ...
    python bench/suite_cpu.py /tmp/cpu             # by kind, summed over the workers
    python bench/suite_cpu.py /tmp/cpu --files     # by test file (own + children), and collection
    python bench/suite_cpu.py /tmp/cpu --fixtures  # set-up CPU by fixture (its own, not nested ones)
    python bench/suite_cpu.py /tmp/cpu --slowest

Each process (every pytest-xdist worker) adds up `time.process_time` (its own CPU, all threads)
and the CPU of the children it waited for (`kpibot` processes) over each test's setup, call
and teardown, by kind: unit (tests/unit, tests/corpus...), Slack-level on SQLite, on
PostgreSQL (the throwaway server's own CPU is not in it), end to end (tests that start
processes: the children's CPU is the sign); by test file; by fixture's set-up (exclusive of
the fixtures it asked for). Collection: the process's CPU from its start to the end of
collection (imports, items, the hooks after), and by module collected (the import and the
items made). It writes <prefix>-<pid>.json at the end, with the slowest tests by CPU."""

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
_files: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
_fixtures: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])  # set-ups, own CPU
_modules: dict[str, float] = defaultdict(float)  # collection by module
_collection: dict[str, float] = {}
_each: list[tuple[float, str]] = []
_stack: list[list[float]] = []  # the fixtures being set up: [start, nested]


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
    for total in (_totals[kind], _files[item.nodeid.split("::", 1)[0]]):
        total[0] += 1
        total[1] += own
        total[2] += kids
    _each.append((own + kids, item.nodeid))
    if len(_each) % 250 == 0:  # a run stopped on the way still leaves its figures
        _write()


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):  # type: ignore[no-untyped-def]
    _stack.append([time.process_time(), 0.0])
    yield
    start, nested = _stack.pop()
    spent = time.process_time() - start
    if _stack:
        _stack[-1][1] += spent
    entry = _fixtures[f"{fixturedef.argname} ({fixturedef.scope})"]
    entry[0] += 1
    entry[1] += spent - nested


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):  # type: ignore[no-untyped-def]
    if not isinstance(collector, pytest.Module):
        yield
        return
    start = time.process_time()
    yield
    _modules[collector.nodeid] += time.process_time() - start


def pytest_collection(session: pytest.Session) -> None:
    _collection["before"] = time.process_time()


@pytest.hookimpl(hookwrapper=True)
def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    start = time.process_time()
    yield
    _collection["modifyitems"] = time.process_time() - start


def pytest_collection_finish(session: pytest.Session) -> None:
    _collection["total"] = time.process_time()
    _collection["items"] = len(session.items)


def pytest_sessionfinish(session: pytest.Session) -> None:
    _collection["end"] = time.process_time()
    _write()


def _write() -> None:
    if not _PREFIX or not (_totals or _collection):
        return
    _each.sort(reverse=True)
    Path(f"{_PREFIX}-{os.getpid()}.json").write_text(
        json.dumps(
            {
                "totals": _totals,
                "files": _files,
                "fixtures": _fixtures,
                "modules": _modules,
                "collection": _collection,
                "slowest": _each[:80],
            }
        )
    )


def main(prefix: str) -> None:
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    files: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    fixtures: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    modules: dict[str, float] = defaultdict(float)
    collections: list[dict[str, float]] = []
    slowest: list[tuple[float, str]] = []
    for path in Path(prefix).parent.glob(Path(prefix).name + "-*.json"):
        data = json.loads(path.read_text())
        for into, key in ((totals, "totals"), (files, "files")):
            for name, (n, own, kids) in data.get(key, {}).items():
                into[name][0] += n
                into[name][1] += own
                into[name][2] += kids
        for name, (n, own) in data.get("fixtures", {}).items():
            fixtures[name][0] += n
            fixtures[name][1] += own
        for name, cpu in data.get("modules", {}).items():
            modules[name] += cpu
        if data.get("collection"):
            collections.append(data["collection"])
        slowest += [tuple(x) for x in data["slowest"]]
    print("| kind | tests | CPU s (own + children) | ms a test |")
    print("|---|--:|--:|--:|")
    for kind, (n, own, kids) in sorted(totals.items()):
        print(f"| {kind} | {n} | {own:.1f} + {kids:.1f} | {1000 * (own + kids) / n:.1f} |")
    n = sum(t[0] for t in totals.values())
    cpu = sum(t[1] + t[2] for t in totals.values())
    print(f"| all | {n} | {cpu:.1f} | |")
    for c in collections:
        print(
            f"process: to collected {c.get('total', 0):.2f} s (before collection "
            f"{c.get('before', 0):.2f}, modifyitems {c.get('modifyitems', 0):.2f}), "
            f"{c.get('items', 0)} items, at its end {c.get('end', 0):.1f} s"
        )
    if "--files" in sys.argv:
        print("\n| file | items | CPU s (own + children) |")
        print("|---|--:|--:|")
        for name, (n, own, kids) in sorted(files.items(), key=lambda x: -(x[1][1] + x[1][2]))[:60]:
            print(f"| {name} | {n} | {own:.1f} + {kids:.1f} |")
        print("\n| module collected | CPU s (all processes) |")
        print("|---|--:|")
        for name, cpu in sorted(modules.items(), key=lambda x: -x[1])[:25]:
            print(f"| {name} | {cpu:.2f} |")
        print(f"| all modules | {sum(modules.values()):.2f} |")
    if "--fixtures" in sys.argv:
        print("\n| fixture | set-ups | own CPU s |")
        print("|---|--:|--:|")
        for name, (n, own) in sorted(fixtures.items(), key=lambda x: -x[1][1])[:30]:
            print(f"| {name} | {int(n)} | {own:.2f} |")
    if "--slowest" in sys.argv:
        for cpu, nodeid in sorted(slowest, reverse=True)[:50]:
            print(f"{cpu * 1000:8.0f} ms  {nodeid}")


if __name__ == "__main__":
    main(sys.argv[1])
