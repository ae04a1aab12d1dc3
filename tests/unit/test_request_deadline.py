"""A request Slack waits for has DB_WAIT seconds in all to wait on the database, counted from its
arrival: time it spent queued for a listener thread (SQLite's few writer threads, bot.app) leaves
less for the write turn, so its answer still comes within Slack's 3 s."""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

import pytest

import bot.unit_of_work as uow_module
from bot.unit_of_work import Request, UnitOfWork
from storage.db import DatabaseBusy


class HeldTurn(AbstractContextManager[Any]):
    """Another writer holds it: every try fails; the timeouts asked for are kept."""

    def __init__(self) -> None:
        self.timeouts: list[float] = []

    def acquire(self, timeout: float) -> bool:
        self.timeouts.append(timeout)
        return False

    def __exit__(self, *exc: object) -> None:
        return None


def _request(wait: float | None, queued: float) -> Request:
    deps: Any = type("Deps", (), {"session_factory": type("F", (), {"kw": {"bind": None}})()})()
    request = Request(
        deps=deps,
        workspace_id="T1",
        user_id="U1",
        channel_id="C1",
        now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        wait=wait,
    )
    request.arrived = time.monotonic() - queued
    return request


@pytest.fixture
def held(monkeypatch) -> HeldTurn:  # type: ignore[no-untyped-def]
    turn = HeldTurn()
    monkeypatch.setattr(uow_module, "write_turn", lambda _engine: turn)
    return turn


def test_a_command_queued_past_its_wait_does_not_wait_for_the_turn(held: HeldTurn) -> None:
    with pytest.raises(DatabaseBusy):
        UnitOfWork(_request(wait=2.0, queued=2.5), write=True)._take_turn()
    assert held.timeouts == [0.0]


def test_a_command_waits_what_is_left_of_its_wait(held: HeldTurn) -> None:
    with pytest.raises(DatabaseBusy):
        UnitOfWork(_request(wait=2.0, queued=0.5), write=True)._take_turn()
    assert len(held.timeouts) == 1 and 0 < held.timeouts[0] <= 1.5


def test_left_is_unbounded_without_a_wait() -> None:
    assert _request(wait=None, queued=100.0).left() == float("inf")
