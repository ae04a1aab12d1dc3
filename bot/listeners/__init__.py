"""Thin Slack glue: parse the payload, ack, hand over to services, say the result."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, commands, events, options, views


def register(app: App) -> None:
    commands.register(app)
    actions.register(app)
    views.register(app)
    options.register(app)
    events.register(app)
