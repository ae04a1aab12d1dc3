"""/kpi plan's buttons: adopt the suggested weekly goals (worked out again at the click, for the
seller themself or by a manager of their team), and how the plan is computed."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.ids import ActionId
from bot.listeners.guard import guarded
from bot.rendering.plan import adopted_message, explained_message
from bot.services import planning
from bot.unit_of_work import Request


def handle_adopt(ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    ack()
    request: Request = context["request"]
    user_id = str(action.get("value") or "")[:32] or None
    with request.writing() as uow:
        adopted = planning.adopt(uow.session, uow.who, user_id or uow.who.user_id, now=uow.now)
        language = uow.who.language
    respond(**adopted_message(adopted, language), replace_original=False)


def handle_explain(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    request: Request = context["request"]
    respond(**explained_message(request.language), replace_original=False)


def register(app: App) -> None:
    app.action(ActionId.PLAN_ADOPT.value)(guarded(handle_adopt))
    app.action(ActionId.PLAN_EXPLAIN.value)(guarded(handle_explain))
