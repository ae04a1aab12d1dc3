from __future__ import annotations

from slack_bolt import App

from bot.listeners.actions import answer, nudge, plan_next_step, role, undo


def register(app: App) -> None:
    undo.register(app)
    answer.register(app)
    role.register(app)
    plan_next_step.register(app)
    nudge.register(app)
