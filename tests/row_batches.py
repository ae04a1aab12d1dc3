"""A parametrised test of many rows run as one test item (suite28).

The corpora are parametrised tests of thousands of rows each (the message corpus through the
reader, the command corpus, the held-out files), and each row was a test item: pytest's setup,
call and teardown with their log capture and reports, three reports sent by each xdist worker
and taken by the controller, for a row the reader reads in a millisecond or two. Here, after
collection and after `-k`/`-m` have chosen (so `-k "some row"` still runs that row alone, as
before), the rows of one test function that needs nothing but its parameters are given to the
first row's item, which runs them all, one after another, in its one call:

- a row that fails is a failure of the item, each such row named in its message by its id
  with its own assertion's text; every row runs, whatever failed before it;
- a row marked `xfail(strict=True)` (a held-out row still read wrong) must fail; one that
  passes fails the item ("passed, but is expected to fail"), as a strict xfail fails its test;
- the item's id is the function's with the rows it runs: `test_x[rows 1-250 of 412]` (at most
  CHUNK rows an item, so that the workers still share a corpus out).

Only functions whose rows have no marks but a strict xfail, no fixtures but their direct
parameters (and the suite's autouse fixtures, set up once for the batch), and at least
`SMALLEST` rows are batched; everything else runs as before. KPIBOT_TEST_ROWS=each runs every
row as its own item (a row's own traceback, pytest's per-row xfail lines).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from _pytest.outcomes import Failed, Skipped

# Fewer rows than this: left as they are (the saving is per row; a small table reads better
# row by row).
SMALLEST = 20
# Rows a batch at most: a corpus of thousands is a few items, so that xdist's workers still share
# it out (one item of 2,400 rows ran alone at the end of a run).
CHUNK = 250
ON = os.environ.get("KPIBOT_TEST_ROWS", "batch") != "each"


def _direct_params(item: pytest.Function) -> bool:
    """Every parameter is a direct one (a value given to the function, not a fixture's)."""
    defs = item._fixtureinfo.name2fixturedefs
    for name in item.callspec.params:
        found = defs.get(name)
        if not found or found[-1].func.__name__ != "get_direct_param_fixture_func":
            return False
    return True


def _strict_xfail(item: pytest.Function) -> pytest.Mark | None | bool:
    """The row's own strict xfail mark, None if it has no mark, False if it has any other
    mark (or an xfail that is not strict or names the exception): not batched."""
    found = None
    for mark in item.own_markers:
        if mark.name == "parametrize":
            continue
        if mark.name != "xfail":
            return False
        if not mark.kwargs.get("strict") or "raises" in mark.kwargs or mark.args:
            return False
        found = mark
    return found


def _batchable(items: list[pytest.Function], allowed_fixtures: frozenset[str]) -> bool:
    first = items[0]
    if len(items) < SMALLEST:
        return False
    fixtures = set(first.fixturenames)
    for item in items:
        if set(item.fixturenames) != fixtures or not _direct_params(item):
            return False
        if _strict_xfail(item) is False:
            return False
    return fixtures - set(first.callspec.params) <= allowed_fixtures


def batch(items: list[pytest.Item], allowed_fixtures: frozenset[str]) -> list[pytest.Item]:
    """The items, each batchable function's rows replaced by one item that runs them all."""
    if not ON:
        return items
    groups: dict[tuple, list[pytest.Function]] = {}
    for item in items:
        if isinstance(item, pytest.Function) and hasattr(item, "callspec"):
            groups.setdefault((item.path, item.cls, item.originalname), []).append(item)
    dropped: set[int] = set()
    for rows in groups.values():
        if not _batchable(rows, allowed_fixtures):
            continue
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            _carry(chunk[0], chunk, start, len(rows))
            dropped.update(id(row) for row in chunk[1:])
    return [item for item in items if id(item) not in dropped]


def _carry(carrier: pytest.Function, rows: list[pytest.Function], start: int, of: int) -> None:
    """The first row's item runs every row: its own xfail (if any) is the batch's no more."""
    cases = [
        (
            row.name,
            row.obj,
            {
                n: row.callspec.params[n]
                for n in row._fixtureinfo.argnames
                if n in row.callspec.params
            },
            _strict_xfail(row),
        )
        for row in rows
    ]
    carrier.own_markers = [m for m in carrier.own_markers if m.name != "xfail"]
    carrier.keywords.pop("xfail", None)
    carrier.__dict__.pop("repr_failure", None)  # tests/conftest.py's for an expected failure
    base = carrier.originalname
    span = f"rows {start + 1}-{start + len(rows)} of {of}"
    _rename(carrier, f"{carrier.nodeid.split('[', 1)[0]}[{span}]")
    carrier.name = f"{base}[{span}]"

    def runtest() -> None:
        _run(cases)

    carrier.runtest = runtest  # type: ignore[method-assign]


def _rename(item: pytest.Item, nodeid: str) -> None:
    try:  # pytest 9
        from _pytest.nodeid import coerce_node_id  # type: ignore[import-not-found]
    except ImportError:
        item._nodeid = nodeid
    else:
        item._id = coerce_node_id(nodeid)


class Batcher:
    """The plugin: batches after every other plugin's choice of items."""

    def __init__(self, allowed_fixtures: frozenset[str]) -> None:
        self.allowed = allowed_fixtures

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        items[:] = batch(items, self.allowed)


def _run(cases: list[tuple[str, Callable[..., Any], dict, Any]]) -> None:
    wrong: list[str] = []
    for name, function, kwargs, xfail in cases:
        try:
            function(**kwargs)
        except Skipped:
            continue
        except (Exception, Failed) as failed:  # Failed: pytest.fail, pytest.raises, pytest.xfail
            if xfail is None:
                wrong.append(f"{name}: {_said(failed)}")
            continue
        if xfail is not None:
            reason = xfail.kwargs.get("reason", "")
            wrong.append(
                f"{name}: passed, but is expected to fail (a strict xfail"
                + (f": {reason}" if reason else "")
                + "): it is read right now, so its entry in the expected failures must go"
            )
    if wrong:
        pytest.fail(
            f"{len(wrong)} of {len(cases)} rows wrong:\n\n" + "\n\n".join(wrong), pytrace=False
        )


def _said(failed: BaseException) -> str:
    text = str(failed).strip() or type(failed).__name__
    if not isinstance(failed, AssertionError):
        text = f"{type(failed).__name__}: {text}"
    lines = text.splitlines()
    return "\n    ".join(lines[:40]) + ("\n    ..." if len(lines) > 40 else "")
