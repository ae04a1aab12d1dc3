"""suite32: a process that runs tests has the cycle collector off while it imports the app and
collects (tests/conftest.py, _collector_off_until_collected), and on again, with its oldest
generation's passes rarer, for the tests themselves (pytest_collection_finish)."""

from __future__ import annotations

import gc
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import conftest


def test_the_collector_is_on_while_tests_run_with_rarer_oldest_generation_passes() -> None:
    assert gc.isenabled(), "collection left the cycle collector off"
    assert gc.get_threshold()[2] == 100
    assert gc.get_freeze_count() > 20_000  # what collection built, frozen once


def test_it_is_turned_off_only_until_collection_ends_and_back_as_it_was() -> None:
    was_on, threshold = gc.isenabled(), gc.get_threshold()
    saved = conftest._collector_was_on
    try:
        conftest._collector_off_until_collected()
        assert not gc.isenabled() and conftest._collector_was_on is True
        conftest.pytest_collection_finish(None)  # type: ignore[arg-type]
        assert gc.isenabled()
        gc.disable()  # a process that had it off before keeps it off
        conftest._collector_off_until_collected()
        conftest.pytest_collection_finish(None)  # type: ignore[arg-type]
        assert not gc.isenabled()
    finally:
        conftest._collector_was_on = saved
        gc.set_threshold(*threshold)
        if was_on:
            gc.enable()


class _Metafunc:
    """What pytest_generate_tests reads of a test function, and what it parametrizes."""

    def __init__(self, folder: str, *marked: str) -> None:
        mark = pytest.mark.backends(*marked).mark if marked else None
        self.fixturenames = ["backend"]
        self.definition = SimpleNamespace(
            path=Path("tests") / folder / "test_x.py",
            iter_markers=lambda name: iter(()),
            get_closest_marker=lambda name: mark if name == "backends" else None,
        )
        self.made: list[str] = []

    def parametrize(self, name: str, values: list[str], indirect: bool) -> None:
        self.made = list(values)


def test_a_test_marked_for_some_backends_gets_no_item_for_the_others(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(conftest, "BACKENDS", ["sqlite", "postgres"])
    for marked, made in (((), ["sqlite", "postgres"]), (("sqlite",), ["sqlite"])):
        metafunc = _Metafunc("slack", *marked)
        conftest.pytest_generate_tests(metafunc)  # type: ignore[arg-type]
        assert metafunc.made == made
    # None of the run's backends: made, and deselected later as before (no empty set).
    monkeypatch.setattr(conftest, "BACKENDS", ["postgres"])
    metafunc = _Metafunc("slack", "sqlite")
    conftest.pytest_generate_tests(metafunc)  # type: ignore[arg-type]
    assert metafunc.made == ["postgres"]
