"""The shared `kpibot serve` processes of tests/cli/serving.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.cli.serving import Served, ServeProcesses

if TYPE_CHECKING:
    from tests.pg import ThrowawayPostgres


def _stopped(processes: ServeProcesses) -> None:
    # Not taken by test_shutdown on this worker: stopped as that test stops it, as gracefully.
    stopped = processes.close()
    assert all(code == 0 for code, _said in stopped.values()), stopped


@pytest.fixture(scope="session")
def _serve_processes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcesses]:
    processes = ServeProcesses(lambda name: tmp_path_factory.mktemp(name))
    yield processes
    _stopped(processes)


@pytest.fixture(scope="session")
def _serve_processes_pg(
    postgres: ThrowawayPostgres, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServeProcesses]:
    """PostgreSQL's apart, set up after the server and so stopped before it."""
    processes = ServeProcesses(lambda name: tmp_path_factory.mktemp(name))
    yield processes
    _stopped(processes)


def _shared(request: pytest.FixtureRequest, backend: str) -> ServeProcesses:
    name = "_serve_processes_pg" if backend == "postgres" else "_serve_processes"
    return request.getfixturevalue(name)


@pytest.fixture
def _empty_database(
    request: pytest.FixtureRequest, backend: str, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[], tuple[str, Callable[[], None]]]:
    """How to make an empty database of the backend that outlives the test: its URL and how
    to drop it."""

    def make() -> tuple[str, Callable[[], None]]:
        if backend == "postgres":
            postgres = request.getfixturevalue("postgres")
            url = postgres.new_database()
            return url, lambda: postgres.drop_database(url)
        folder: Path = tmp_path_factory.mktemp("served-db")
        return f"sqlite:///{folder / 'kpibot.db'}", lambda: None

    return make


@pytest.fixture
def served(
    request: pytest.FixtureRequest,
    backend: str,
    _empty_database: Callable[[], tuple[str, Callable[[], None]]],
) -> Served:
    """This worker's `kpibot serve` on the backend (started on an empty database when there
    is none), shared with other tests: a test on it keeps to its own users and customers."""
    return _shared(request, backend).get(backend, _empty_database)


@pytest.fixture
def served_to_stop(
    request: pytest.FixtureRequest,
    backend: str,
    _empty_database: Callable[[], tuple[str, Callable[[], None]]],
) -> Iterator[Served]:
    """As `served`, taken: the test stops it (stopped after the test if it did not)."""
    taken = _shared(request, backend).take(backend, _empty_database)
    try:
        yield taken
    finally:
        taken.close()
