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

Only functions whose rows have no marks but an xfail (and `backends`, already applied), no
fixtures but their direct parameters (and the suite's autouse fixtures, set up once for the
batch), and at least `SMALLEST` rows (3 since suite30, 20 before) are batched; everything else
runs as before.
KPIBOT_TEST_ROWS=each runs every row as its own item (a row's own traceback, pytest's per-row
xfail lines).

A function marked `rows_share_fixtures(each=...)` is batched with its fixtures too (suite29:
the Slack command corpus, whose rows each built a database and an app): the batch's item sets
them up once, and `each(funcargs)`, a context manager, gives every row what it needs of its own
(the corpus: a workspace nobody has used, tests/helpers.own_workspace) and checks after it what
the fixtures' teardown would have checked. A batch holds the rows of one backend.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from _pytest.outcomes import Failed, Skipped

# Fewer rows than this: left as they are. suite30: 20 -> 3. The tables of 3-19 rows were ~4,000
# of a run's ~8,400 items (tests/unit's 5,692 -> 1,713), each ~1-3 ms of pytest's protocol in a
# worker and ~0.5 ms of the controller's; a wrong row is still named with its own assertion, and
# `-k` on a row or KPIBOT_TEST_ROWS=each still runs rows one by one.
SMALLEST = 3
# Rows a batch at most: a corpus of thousands is a few items, so that xdist's workers still share
# it out (one item of 2,400 rows ran alone at the end of a run).
CHUNK = 250
# Rows a batch of Slack-level rows at most (`rows_share_fixtures`: ~30 ms a row, not ~1).
SHARED_CHUNK = 100
ON = os.environ.get("KPIBOT_TEST_ROWS", "batch") != "each"


SHARED = "rows_share_fixtures"


def _is_direct(item: pytest.Function, name: str) -> bool:
    found = item._fixtureinfo.name2fixturedefs.get(name)
    return bool(found) and found[-1].func.__name__ == "get_direct_param_fixture_func"


def _direct_params(item: pytest.Function) -> bool:
    """Every parameter is a direct one (a value given to the function, not a fixture's)."""
    return all(_is_direct(item, name) for name in item.callspec.params)


def _fixture_params(item: pytest.Function) -> tuple:
    """The parameters that are a fixture's (the backend): one batch holds one set of them."""
    return tuple(
        sorted(
            (name, repr(value))
            for name, value in item.callspec.params.items()
            if not _is_direct(item, name)
        )
    )


def _shared(item: pytest.Function) -> pytest.Mark | None:
    return item.get_closest_marker(SHARED)


def _strict_xfail(item: pytest.Function) -> pytest.Mark | None | bool:
    """The row's own xfail mark, None if it has no mark, False if it has any other mark (or an
    xfail with a condition or naming the exception): not batched. (`backends` was applied
    when the suite chose the items.) A strict one must fail; one that is not strict may do
    either, as pytest's xfail(strict=False) would let it."""
    found = None
    for mark in item.own_markers:
        if mark.name in ("parametrize", "backends", SHARED):
            continue
        if mark.name != "xfail":
            return False
        if "raises" in mark.kwargs or mark.args:
            return False
        found = mark
    return found


def _batchable(items: list[pytest.Function], allowed_fixtures: frozenset[str]) -> bool:
    first = items[0]
    if len(items) < SMALLEST:
        return False
    fixtures = set(first.fixturenames)
    shared = _shared(first) is not None
    for item in items:
        if set(item.fixturenames) != fixtures or not (shared or _direct_params(item)):
            return False
        if _strict_xfail(item) is False:
            return False
    return shared or fixtures - set(first.callspec.params) <= allowed_fixtures


def batch(items: list[pytest.Item], allowed_fixtures: frozenset[str]) -> list[pytest.Item]:
    """The items, each batchable function's rows replaced by one item that runs them all."""
    if not ON:
        return items
    groups: dict[tuple, list[pytest.Function]] = {}
    for item in items:
        if isinstance(item, pytest.Function) and hasattr(item, "callspec"):
            key = (item.path, item.cls, item.originalname, _fixture_params(item))
            groups.setdefault(key, []).append(item)
    dropped: set[int] = set()
    for rows in groups.values():
        if not _batchable(rows, allowed_fixtures):
            continue
        size = SHARED_CHUNK if _shared(rows[0]) is not None else CHUNK
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
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
                if n in row.callspec.params and _is_direct(row, n)
            },
            _strict_xfail(row),
        )
        for row in rows
    ]
    shared = _shared(carrier)
    carrier.own_markers = [m for m in carrier.own_markers if m.name != "xfail"]
    # heldmsg31: NodeKeywords refuses `del`/`pop` of a key it holds (a batch whose first row is a
    # strict xfail failed to collect), so its own mapping is mended
    getattr(carrier.keywords, "_markers", {}).pop("xfail", None)
    carrier.__dict__.pop("repr_failure", None)  # tests/conftest.py's for an expected failure
    base = carrier.originalname
    span = f"rows {start + 1}-{start + len(rows)} of {of}"
    if shared is not None:  # which backend's batch: "[sqlite-rows 1-250 of 714]"
        span = "-".join(
            [str(v) for n, v in carrier.callspec.params.items() if not _is_direct(carrier, n)]
            + [span]
        )
    _rename(carrier, f"{carrier.nodeid.split('[', 1)[0]}[{span}]")
    carrier.name = f"{base}[{span}]"

    def runtest() -> None:
        if shared is None:
            _run(cases)
            return
        # The batch's fixtures (set up once, for this item), each row's own from `each`.
        funcargs = carrier.funcargs
        names = [n for n in carrier._fixtureinfo.argnames if n in funcargs]
        each = shared.kwargs["each"]
        _run(
            [
                (name, _in(each, funcargs, names, function), kwargs, xfail)
                for name, function, kwargs, xfail in cases
            ]
        )

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


def _in(
    each: Callable[[dict], AbstractContextManager[dict]],
    funcargs: dict,
    names: list[str],
    function: Callable[..., Any],
) -> Callable[..., Any]:
    """The row's function, called with the batch's fixtures as `each` gives them to this row."""

    def row(**kwargs: Any) -> None:
        with each(dict(funcargs)) as own:
            function(**{n: own[n] for n in names if n not in kwargs}, **kwargs)

    return row


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
        if xfail is not None and xfail.kwargs.get("strict"):
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
