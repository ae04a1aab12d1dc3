"""suite31: the pytest-xdist controller runs no test, so it neither imports the app nor patches
the libraries for tests (tests/conftest.py, _ready_for_tests); a worker and a run without workers
do both."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests import conftest


def _config(numprocesses: int | None, worker: bool) -> SimpleNamespace:
    config = SimpleNamespace(
        option=SimpleNamespace(numprocesses=numprocesses, verbose=0),
        addinivalue_line=lambda *_: None,
        pluginmanager=SimpleNamespace(register=lambda *_: None, get_plugins=lambda: []),
    )
    if worker:
        config.workerinput = {"workerid": "gw0"}
    return config


@pytest.mark.parametrize(
    ("numprocesses", "worker", "ready"),
    [(3, False, False), (3, True, True), (0, False, True), (None, False, True)],
    ids=["controller", "worker", "no workers (-n 0)", "no xdist"],
)
def test_only_a_process_that_runs_tests_gets_ready_for_them(
    monkeypatch: pytest.MonkeyPatch, numprocesses: int | None, worker: bool, ready: bool
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(conftest, "_ready_for_tests", lambda: calls.append("ready"))
    # suite32: the collector is off until collection ends, in the same processes (not here:
    # this test runs after collection; turning it off would leave it off for the worker).
    monkeypatch.setattr(conftest, "_collector_off_until_collected", lambda: calls.append("gc"))
    monkeypatch.setattr(conftest, "_config", conftest._config)
    conftest.pytest_configure(_config(numprocesses, worker))  # type: ignore[arg-type]
    assert calls == (["gc", "ready"] if ready else [])


def test_the_conftest_imports_no_app_module_at_its_import() -> None:
    """Its module-level imports are the standard library's and pytest: the app, SQLAlchemy,
    the stand-ins and the PostgreSQL helper are imported where a fixture needs them."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(conftest.__file__).read_text())
    top = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            top += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            top.append(node.module or "")
    assert not [m for m in top if m.split(".")[0] in {"bot", "storage", "sqlalchemy", "tests"}], top
