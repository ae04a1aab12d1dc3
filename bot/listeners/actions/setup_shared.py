"""The buttons under `/kpi setup` in a channel shared with another organisation: set the team up
there anyway (checked again like the command, for the one who clicks), or not. And those under a
setup that found members in other teams: move them here (the setup run again, so checked again
like the command), or leave them where they are."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.ids import ActionId
from bot.listeners.commands import kpi_team
from bot.listeners.guard import guarded
from bot.rendering.blocks import moved_ids, text_message
from bot.rendering.text import render
from bot.unit_of_work import Request


def handle_setup_shared(
    ack: Ack, action: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    if action.get("action_id") == ActionId.SETUP_SHARED_CANCEL.value:
        text = render(request.language, "setup_shared", cancelled=True)
        respond(**text_message(text), replace_original=True)
        return
    # The channel is the one the question was asked in (the click comes from there).
    respond(**kpi_team.setup(request, client, shared_ok=True), replace_original=True)


def handle_setup_move(
    ack: Ack, action: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    if action.get("action_id") == ActionId.SETUP_KEEP.value:
        text = render(request.language, "setup_elsewhere", kept=True)
        respond(**text_message(text), replace_original=False)
        return
    # Shared or not was settled when the team was set up (the question came after it).
    # Those the manager was shown, no one who joined the channel since (read at click time).
    moving = moved_ids(action.get("value"))
    answer = kpi_team.setup(request, client, shared_ok=True, move=moving)
    respond(**answer, replace_original=False)


def register(app: App) -> None:
    app.action(ActionId.SETUP_SHARED.value)(guarded(handle_setup_shared))
    app.action(ActionId.SETUP_SHARED_CANCEL.value)(guarded(handle_setup_shared))
    app.action(ActionId.SETUP_MOVE.value)(guarded(handle_setup_move))
    app.action(ActionId.SETUP_KEEP.value)(guarded(handle_setup_move))
