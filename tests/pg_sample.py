"""Which Slack-level tests also run on PostgreSQL: a sample that runs every SQL path the whole
set runs there. The tests marked `@pytest.mark.backends("sqlite")  # PostgreSQL:
tests/pg_sample.py` were left out of the PostgreSQL run by this, after a run of all of them on
PostgreSQL; a new test runs on both backends until the sample is drawn again.

A path is (the statement as PostgreSQL receives it, lists of parameters folded; the two innermost
frames of bot/ or storage/ that sent it; whether a text parameter was not ASCII; whether it
returned or changed rows, none, or failed, and with which error). Every path some Slack-level
test sent on PostgreSQL is sent there by a test that still runs there: greedily, the tests with
the most paths not yet sent per second of their run, by test function (all its parameters
together). The corpus keeps its own sample (test_command_corpus._cases), and the files about the
database itself (FIXED) stay whole on PostgreSQL; tests/storage and tests/cli are not sampled.

Drawing it again:
  KPIBOT_TEST_DB=postgres .venv/bin/python -m pytest -p tests.pg_sample -n 3 tests/slack
      (writes .pg_sample/<worker>.jsonl; run it with the sample's marks taken out)
  .venv/bin/python -m tests.pg_sample   (prints the test functions that need not run there)
"""

from __future__ import annotations

import collections
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest

OUT = Path(__file__).resolve().parents[1] / ".pg_sample"
ROOT = str(Path(__file__).resolve().parents[1]) + os.sep
FIXED = (
    "test_command_corpus.py",
    "test_database_trouble.py",
    "test_outage.py",
    "test_pool_wait.py",
    "test_listener_transactions.py",
    "test_health.py",
)
_SPACE = re.compile(r"\s+")
_NUMBERED = re.compile(r"(%\(\w+?)_\d+\)s")
_LIST = re.compile(r"\((?:\s*%\(\w+\)s\s*,?)+\)")

_paths: set[tuple[Any, ...]] | None = None
_out: Any = None


def _senders() -> str:
    frame, found = sys._getframe(3), []
    while frame is not None and len(found) < 2:
        name = frame.f_code.co_filename
        if name.startswith(ROOT) and f"{os.sep}.venv{os.sep}" not in name and "/tests/" not in name:
            found.append(f"{name[len(ROOT) :]}:{frame.f_code.co_name}")
        frame = frame.f_back
    return "|".join(found) or "<tests>"


def _not_ascii(params: Any) -> bool:
    if isinstance(params, (list, tuple)) and params and isinstance(params[0], (dict, list, tuple)):
        return any(_not_ascii(p) for p in params)
    values = params.values() if isinstance(params, dict) else (params or ())
    return any(isinstance(v, str) and not v.isascii() for v in values)


def _path(statement: str, params: Any, outcome: str) -> tuple[Any, ...]:
    sql = _LIST.sub("(LIST)", _NUMBERED.sub(r"\1_N)s", _SPACE.sub(" ", statement).strip()))
    return sql, _senders(), _not_ascii(params), outcome


def _sent(conn, cursor, statement, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
    if _paths is not None and conn.dialect.name == "postgresql":
        _paths.add(_path(statement, params, "rows" if (cursor.rowcount or 0) > 0 else "none"))


def _failed(ctx) -> None:  # type: ignore[no-untyped-def]
    if (
        _paths is not None
        and ctx.statement
        and ctx.engine
        and ctx.engine.dialect.name == "postgresql"
    ):
        error = type(ctx.original_exception).__name__
        _paths.add(_path(ctx.statement, ctx.parameters, f"error:{error}"))


def pytest_configure(config: pytest.Config) -> None:
    global _out
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    event.listen(Engine, "after_cursor_execute", _sent)
    event.listen(Engine, "handle_error", _failed)
    OUT.mkdir(exist_ok=True)
    _out = (OUT / f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.jsonl").open("w")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):  # type: ignore[no-untyped-def]
    global _paths
    _paths, started = set(), time.process_time()
    yield
    seconds = time.process_time() - started
    _out.write(json.dumps({"id": item.nodeid, "cpu": seconds, "paths": sorted(_paths)}) + "\n")
    _out.flush()
    _paths = None


def draw() -> list[str]:
    """The test functions whose every path a test still run on PostgreSQL sends."""
    paths: dict[str, set[tuple[Any, ...]]] = collections.defaultdict(set)
    cost: collections.Counter[str] = collections.Counter()
    for file in OUT.glob("*.jsonl"):
        for line in file.read_text().splitlines():
            row = json.loads(line)
            if "postgres" not in row["id"].rsplit("[", 1)[-1]:
                continue
            function = row["id"].split("[")[0]
            paths[function] |= {tuple(p) for p in row["paths"]}
            cost[function] += row["cpu"]
    fixed = {f for f in paths if f.split("::")[0].endswith(FIXED)}
    needed = set().union(*paths.values()) - set().union(*(paths[f] for f in fixed))
    kept: set[str] = set()
    while needed:
        best = max(
            (f for f in paths if f not in fixed | kept),
            key=lambda f: len(paths[f] & needed) / (cost[f] + 0.02),
        )
        if not paths[best] & needed:
            break
        kept.add(best)
        needed -= paths[best]
    return sorted(set(paths) - fixed - kept)


if __name__ == "__main__":
    print("\n".join(draw()))
