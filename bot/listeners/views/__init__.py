from __future__ import annotations

from slack_bolt import App

from bot.listeners.views import hand_over, log_modal, next_step, settings


def register(app: App) -> None:
    log_modal.register(app)
    settings.register(app)
    next_step.register(app)
    hand_over.register(app)
