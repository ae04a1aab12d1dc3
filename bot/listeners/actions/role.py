"""The setup confirmation's buttons: the manager who clicks says whether they sell themself."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.ids import ActionId
from bot.listeners.guard import guarded
from bot.rendering.blocks import text_message
from bot.rendering.text import render
from bot.services import teams
from bot.unit_of_work import Request


def handle_role(ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    ack()
    request: Request = context["request"]
    # The button only says which answer was clicked; whose role changes is the clicker's own.
    sells = action.get("action_id") == ActionId.ROLE_SELLS.value
    with request.writing() as uow:
        teams.set_selling(uow.session, uow.who, sells)
        language = uow.who.language
    respond(**text_message(render(language, "role_set", sells=sells)), replace_original=False)


def register(app: App) -> None:
    app.action(ActionId.ROLE_SELLS.value)(guarded(handle_role))
    app.action(ActionId.ROLE_MANAGES.value)(guarded(handle_role))
