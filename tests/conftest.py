"""Fixtures shared by the suite. KPIBOT_TEST_DB=postgres runs database tests on a throwaway
PostgreSQL (started here); otherwise on SQLite files in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.local import LocalSlack, local_slack
from tests.fakes.clock import FakeClock
from tests.pg import ThrowawayPostgres

BACKEND = os.environ.get("KPIBOT_TEST_DB", "sqlite")

# Friday 20 November 2026, 10:00 in Oslo.
DEFAULT_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_slack_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's Slack settings."""
    for name in list(os.environ):
        if name.startswith("SLACK_") or name in {"DATABASE_URL", "PORT"}:
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def postgres() -> Iterator[ThrowawayPostgres]:
    server = ThrowawayPostgres().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if BACKEND == "postgres":
        return request.getfixturevalue("postgres").new_database()
    return f"sqlite:///{tmp_path / 'kpibot.db'}"


@pytest.fixture
def pg_url(postgres: ThrowawayPostgres) -> str:
    """A fresh PostgreSQL database, whatever the backend of this run (for multi-process tests)."""
    return postgres.new_database()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DEFAULT_NOW)


@pytest.fixture
def slack(db_url: str, clock: FakeClock) -> Iterator[LocalSlack]:
    with local_slack(db_url, clock=clock) as local:
        yield local
