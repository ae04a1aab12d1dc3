"""The app's dependencies besides Slack: settings, database sessions (reading and writing) and the
clock. Built once by build_app and the CLI, handed to the middleware, jobs and units of work."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.spool import Spool


@dataclass(frozen=True)
class Deps:
    settings: Settings
    session_factory: sessionmaker[Session]
    clock: Clock
    # Sessions that only read (SQLite: a deferred BEGIN); by default from the same engine.
    read_factory: sessionmaker[Session] = field(default=None)  # type: ignore[assignment]
    # Messages and clicks held while the database is unavailable; None: not held.
    spool: Spool | None = None

    def __post_init__(self) -> None:
        if self.read_factory is None:
            from storage.db import make_read_session_factory

            object.__setattr__(
                self, "read_factory", make_read_session_factory(self.session_factory.kw["bind"])
            )
