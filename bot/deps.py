"""What every listener needs besides Slack: the database, the clock and the settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.config import Settings


@dataclass(frozen=True)
class Deps:
    settings: Settings
    session_factory: sessionmaker[Session]
    clock: Clock
