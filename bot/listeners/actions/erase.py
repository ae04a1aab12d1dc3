"""The buttons under `/kpi erase @name`: erase (checked again for the one who clicks) or cancel."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.ids import ActionId
from bot.listeners.guard import guarded
from bot.rendering.blocks import text_message
from bot.rendering.text import mention, render
from bot.services import privacy
from bot.unit_of_work import Request


def handle_erase(ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    ack()
    request: Request = context["request"]
    user_id = str(action.get("value") or "")
    if action.get("action_id") == ActionId.ERASE_CANCEL.value or not user_id:
        respond(
            **text_message(render(request.language, "erased", cancelled=True)),
            replace_original=True,
        )
        return
    with request.writing() as uow:
        erased = privacy.erase(uow.session, uow.who, user_id)
        language = uow.who.language
    spool = request.deps.spool
    if spool is not None:  # their messages held during an outage are not replayed
        spool.forget(user_id, request.workspace_id)
    text = render(
        language,
        "erased",
        cancelled=False,
        user=mention(user_id),
        count=erased.rows + erased.scrubbed,
    )
    respond(**text_message(text), replace_original=True)


def register(app: App) -> None:
    app.action(ActionId.ERASE_CONFIRM.value)(guarded(handle_erase))
    app.action(ActionId.ERASE_CANCEL.value)(guarded(handle_erase))
