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
  KPIBOT_PG_SAMPLE=all KPIBOT_TEST_DB=postgres KPIBOT_TEST_ROWS=each \
      .venv/bin/python -m pytest -p tests.pg_sample -n 2 tests/slack
      (writes .pg_sample/<worker>.jsonl; KPIBOT_PG_SAMPLE=all takes the sample's marks out,
      each row its own item; without it the run records the sample as drawn: its check)
  .venv/bin/python -m tests.pg_sample   (prints the test functions that need not run there)
  .venv/bin/python -m tests.pg_sample params   (session 26: writes tests/pg_sample_params.txt,
      the parameters of a parametrised test whose paths its other parameters send there; the
      recording run takes that file's lines out too: rename it aside while recording)
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


MARK = "PostgreSQL: tests/pg_sample.py"


def _marked(item: pytest.Item) -> bool:
    """The test function carries the sample's mark (the comment on its `backends` line)."""
    code = getattr(getattr(item, "function", None), "__code__", None)
    if code is None:
        return False
    lines = Path(code.co_filename).read_text(encoding="utf-8").splitlines()
    for line in lines[code.co_firstlineno - 1 :]:  # the first decorator's line, down to `def`
        if MARK in line:
            return True
        if line.lstrip().startswith(("def ", "async def ")):
            return False
    return False


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """KPIBOT_PG_SAMPLE=all (recording for a new draw): the sample's marks are taken out, so
    every Slack-level test runs on PostgreSQL; without it the run records the sample as drawn."""
    if os.environ.get("KPIBOT_PG_SAMPLE") == "all":
        for item in items:
            if _marked(item):  # the function's own mark; a parameter's `backends` mark stays
                mark = next(m for m in item.function.pytestmark if m.name == "backends")  # type: ignore[attr-defined]
                item.own_markers.remove(mark)


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


PARAMS = Path(__file__).with_name("pg_sample_params.txt")
# Harness statements, the same for every parameter: the template's migrations (run by a worker's
# first test) and the tests' own (the slot's reset, a test's reads): not what a parameter proves.
_HARNESS = ("storage/migrations/", "<tests>")


def draw_params() -> list[str]:
    """Session 26. Within each parametrised Slack-level test still run on PostgreSQL, the
    parameters whose every path another parameter of the same test sends there: greedily, the
    parameters with the most paths not yet sent, the first in the test's own order on a tie (so
    each outcome, error and non-ASCII text a test's parameters reach there is reached by one, and each language a parameter names (or a demo seller's, U0KARI: nb): the
    reader and the replies run the same on both databases, so the languages are all proven on
    SQLite, and each still meets PostgreSQL once); the first by node id on a tie: the same recording draws the same sample).
    Lines of PARAMS: the node id left out, then the kept parameters that send its paths."""
    rows: dict[str, dict[str, set[tuple[Any, ...]]]] = collections.defaultdict(dict)
    whole = set(draw())  # left out by function (marked): none of its parameters runs there
    for file in sorted(OUT.glob("*.jsonl")):
        for line in file.read_text().splitlines():
            row = json.loads(line)
            function, _, param = row["id"].partition("[")
            if (
                not param.startswith("postgres-")
                or function.split("::")[0].endswith(FIXED)
                or function in whole
            ):
                continue
            rows[function][row["id"]] = {
                tuple(p) for p in row["paths"] if not p[1].startswith(_HARNESS)
            } | {("language", lang) for lang in _languages(param)}
    lines = []
    for function in sorted(rows):
        params = rows[function]
        order = sorted(params)
        needed = set().union(*params.values())
        kept: list[str] = []
        while needed or not kept:
            best = max(order, key=lambda i: (len(params[i] & needed), -order.index(i)))
            kept.append(best)
            needed -= params[best]
        for node in order:
            if node in kept:
                continue
            covering, left = [], set(params[node])
            while left:
                k = max(kept, key=lambda k: (len(params[k] & left), -kept.index(k)))
                covering.append(k)
                left -= params[k]
            covering = covering or kept[:1]
            lines.append(f"{node}  <-  {' + '.join(_param(k) for k in covering)}")
    return lines


# A parameter that names a language, or a demo seller who speaks one, is that language's.
_SPEAKERS = {"U0KARI": "nb", "U0LARS": "sv", "U0METTE": "da", "U0ALEX": "en"}
_LANGUAGE_PART = re.compile(
    r"(?<![\w])(en|nb|sv|da|U0KARI|U0LARS|U0METTE|U0ALEX)(?:-[A-Z]{2})?(?![\w])"
)


def _languages(param: str) -> set[str]:
    return {_SPEAKERS.get(m, m) for m in _LANGUAGE_PART.findall(param.removesuffix("]"))}


def _param(node: str) -> str:
    return node.partition("[postgres-")[2][:-1]


if __name__ == "__main__":
    if sys.argv[1:] == ["params"]:
        PARAMS.write_text(
            "# Written by `python -m tests.pg_sample params` (see draw_params): each line a\n"
            "# parametrised Slack-level test's PostgreSQL run left out, and the parameters\n"
            "# of the same test, still run there, that send every SQL path it sent.\n"
            + "".join(f"{line}\n" for line in draw_params())
        )
    else:
        print("\n".join(draw()))
