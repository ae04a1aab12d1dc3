from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App

from bot.ids import KPI_COMMAND, LOG_COMMANDS, TEAMSTATUS_COMMAND
from bot.listeners.commands import kpi, log, teamstatus
from bot.listeners.guard import guarded

# Every slash command the app answers, and its handler. manifest.yml must declare exactly these.
COMMANDS: dict[str, Callable[..., Any]] = {
    **{name: log.handle_log_command for name in LOG_COMMANDS},
    KPI_COMMAND: kpi.handle_kpi_command,
    TEAMSTATUS_COMMAND: teamstatus.handle_teamstatus_command,
}


def register(app: App) -> None:
    for name, handler in COMMANDS.items():
        app.command(name)(guarded(handler))
