"""A batch of rows (tests/row_batches.py) fails as the rows' own items would have: every
wrong row named with its own message, every row run, a strict xfail that passes a failure."""

from __future__ import annotations

import pytest

from tests import row_batches


def _row(value: int) -> None:
    assert value % 2 == 0, f"{value} is odd"


def _raises(value: int) -> None:
    with pytest.raises(ValueError):
        int(str(value))


def _cases(*rows: tuple[str, object, int, str | None]) -> list:
    return [
        (
            name,
            fn,
            {"value": value},
            None if why is None else pytest.mark.xfail(strict=True, reason=why).mark,
        )
        for name, fn, value, why in rows
    ]


def test_rows_that_all_pass_pass() -> None:
    row_batches._run(_cases(("a", _row, 2, None), ("b", _row, 4, None), ("c", _row, 3, "odd")))


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        # A wrong row in the middle: named with its own message; the rows after it still run.
        (
            [("a", _row, 2, None), ("b", _row, 3, None), ("c", _row, 5, None)],
            ["2 of 3 rows wrong", "b: 3 is odd", "c: 5 is odd"],
        ),
        # A strict xfail read right now fails the batch, with its reason.
        (
            [("a", _row, 2, None), ("left", _row, 4, "not read yet")],
            ["1 of 2 rows wrong", "left: passed, but is expected to fail", "not read yet"],
        ),
        # pytest.raises that did not raise (pytest's Failed) is a wrong row, not the end.
        (
            [("x", _raises, 7, None), ("y", _row, 9, None)],
            ["2 of 2 rows wrong", "x: Failed: DID NOT RAISE ValueError", "y: 9 is odd"],
        ),
    ],
)
def test_wrong_rows_fail_the_batch_each_named(rows: list, said: list[str]) -> None:
    with pytest.raises(pytest.fail.Exception) as failed:
        row_batches._run(_cases(*rows))
    for text in said:
        assert text in str(failed.value), str(failed.value)


def test_the_corpora_run_as_batches_here(request: pytest.FixtureRequest) -> None:
    """The message and command corpora's rows were collected as batches in this run."""
    if not row_batches.ON:
        pytest.skip("KPIBOT_TEST_ROWS=each")
    ids = [item.nodeid for item in request.session.items]
    if not any("test_command_corpus.py::test_corpus_text" in i for i in ids):
        pytest.skip("the command corpus is not in this run")
    corpus = [i for i in ids if "tests/unit/test_command_corpus.py::test_corpus_text[" in i]
    assert corpus and all("[rows " in i for i in corpus), corpus[:3]
