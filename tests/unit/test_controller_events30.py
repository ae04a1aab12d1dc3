"""suite30: under `-q`, an xdist worker leaves out the events the controller would not show (a test's
start, a passed setup or teardown with nothing captured) and still sends every failure, error,
skip, captured output, call report and end (tests/conftest.py, _send_only_what_the_controller_shows)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests import conftest


class WorkerInteractor:
    """Named as pytest-xdist's worker plugin is; records what reaches the controller."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict]] = []

    def sendevent(self, name: str, **kwargs: object) -> None:
        self.sent.append((name, kwargs))


def _config(verbose: int = -1, **options: object) -> tuple[SimpleNamespace, WorkerInteractor]:
    plugin = WorkerInteractor()
    option = SimpleNamespace(
        verbose=verbose, xmlpath=None, durations=None, reportlog=None, **options
    )
    config = SimpleNamespace(
        workerinput={"workerid": "gw0"},
        option=option,
        pluginmanager=SimpleNamespace(get_plugins=lambda: [object(), plugin]),
    )
    return config, plugin


def _report(when: str, outcome: str = "passed", **data: object) -> dict:
    return {"data": {"when": when, "outcome": outcome, "sections": [], "longrepr": None, **data}}


EVENTS = [
    ("logstart", {"nodeid": "t::a"}, False),
    ("testreport", _report("setup"), False),
    ("testreport", _report("teardown"), False),
    ("testreport", _report("call"), True),
    ("testreport", _report("setup", "failed", longrepr="boom"), True),
    ("testreport", _report("setup", "skipped", longrepr=("f", 1, "skip")), True),
    ("testreport", _report("teardown", "failed", longrepr="teardown error"), True),
    ("testreport", _report("teardown", sections=[("Captured log teardown", "x")]), True),
    ("logfinish", {"nodeid": "t::a"}, True),
    ("runtest_protocol_complete", {"item_index": 0, "duration": 0.1}, True),
]


@pytest.mark.parametrize(("name", "kwargs", "sent"), EVENTS)
def test_a_quiet_worker_sends_only_what_the_controller_shows(
    name: str, kwargs: dict, sent: bool
) -> None:
    config, plugin = _config()
    conftest._send_only_what_the_controller_shows(config)  # type: ignore[arg-type]
    plugin.sendevent(name, **kwargs)
    assert plugin.sent == ([(name, kwargs)] if sent else [])


@pytest.mark.parametrize(
    "options",
    [{"verbose": 0}, {"verbose": 1}, {"xmlpath": "r.xml"}, {"durations": 10}, {"reportlog": "r"}],
)
def test_a_verbose_or_reporting_run_sends_everything(options: dict) -> None:
    verbose = options.pop("verbose", -1)
    config, plugin = _config(verbose)
    for key, value in options.items():
        setattr(config.option, key, value)
    conftest._send_only_what_the_controller_shows(config)  # type: ignore[arg-type]
    plugin.sendevent("logstart", nodeid="t::a")
    plugin.sendevent("testreport", **_report("setup"))
    assert [name for name, _ in plugin.sent] == ["logstart", "testreport"]


def test_the_controller_is_left_alone() -> None:
    config, plugin = _config()
    del config.workerinput
    conftest._send_only_what_the_controller_shows(config)  # type: ignore[arg-type]
    plugin.sendevent("logstart", nodeid="t::a")
    assert plugin.sent == [("logstart", {"nodeid": "t::a"})]
