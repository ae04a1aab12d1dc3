from __future__ import annotations

import re

from slack_bolt import App

from bot.listeners.events import app_home, dm_files, members, messages
from bot.listeners.guard import guarded


def acknowledge(body: dict) -> None:
    """Every subscribed event is answered 200: an unanswered one would be retried by Slack and
    count toward disabling the subscription."""


def register(app: App) -> None:
    app_home.register(app)
    messages.register(app)
    members.register(app)
    dm_files.register(app)
    # Last, so it only catches what no listener above took (Bolt runs the first match).
    app.event(re.compile(".*"))(guarded(acknowledge))
