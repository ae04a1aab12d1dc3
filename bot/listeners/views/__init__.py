from __future__ import annotations

from slack_bolt import App

from bot.listeners.views import done_already, hand_over, log_modal, next_step, settings


def register(app: App) -> None:
    log_modal.register(app)
    settings.register(app)
    next_step.register(app)
    hand_over.register(app)
    done_already.register(app)
