"""Thin Slack glue: parse the payload, ack, hand over to services, say the result."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, commands, events, options, views
from bot.listeners.actions import old_button


def register(app: App) -> None:
    commands.register(app)
    actions.register(app)
    views.register(app)
    options.register(app)
    events.register(app)
    # Last of all (Bolt runs the first listener that matches): a click nothing above takes.
    old_button.register(app)
