from __future__ import annotations

from slack_bolt import App

from bot.listeners.actions import (
    answer,
    away,
    callday,
    customer_pick,
    done_already,
    erase,
    hand_over,
    nudge,
    plan,
    plan_next_step,
    role,
    separate,
    setup_shared,
    undo,
)


def register(app: App) -> None:
    undo.register(app)
    separate.register(app)
    answer.register(app)
    plan.register(app)
    callday.register(app)
    role.register(app)
    plan_next_step.register(app)
    nudge.register(app)
    done_already.register(app)
    hand_over.register(app)
    customer_pick.register(app)
    erase.register(app)
    setup_shared.register(app)
    away.register(app)
