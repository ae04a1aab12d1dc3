from __future__ import annotations

from slack_bolt import App

from bot.listeners.actions import choose_customer, nudge, plan_next_step, undo


def register(app: App) -> None:
    undo.register(app)
    choose_customer.register(app)
    plan_next_step.register(app)
    nudge.register(app)
