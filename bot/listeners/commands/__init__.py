from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App

from bot.ids import KPI_COMMAND, LOG_COMMANDS, TEAMSTATUS_COMMAND
from bot.listener_runner import in_request_thread
from bot.listeners.commands import kpi, log, teamstatus
from bot.listeners.guard import guarded

# Every slash command the app answers, and its handler. manifest.yml must declare exactly these.
COMMANDS: dict[str, Callable[..., Any]] = {
    **{name: log.handle_log_command for name in LOG_COMMANDS},
    KPI_COMMAND: kpi.handle_kpi_command,
    TEAMSTATUS_COMMAND: teamstatus.handle_teamstatus_command,
}


def _has_text(body: dict[str, Any]) -> bool:
    return bool(body.get("text"))


def register(app: App) -> None:
    for name, handler in COMMANDS.items():
        listener = guarded(handler)
        if name in LOG_COMMANDS:
            # With text, a log command stores and then answers in its acknowledgement.
            # What its text alone tells is read before it waits for a writer's turn.
            listener = in_request_thread(_has_text, before_turn=log.read_ahead)(listener)
        app.command(name)(listener)
