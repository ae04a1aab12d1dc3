"""A click on "Did you mean …?" after `/kpi customer …`: the change, made with the name picked."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.ids import ActionId
from bot.listeners.actions.answer import read_value
from bot.listeners.commands.kpi_me import tell_new_owner
from bot.listeners.guard import guarded
from bot.rendering.customers import customer_reply
from bot.rendering.replies import answered_reply
from bot.services import customer_admin
from bot.services.activities import Answered
from bot.unit_of_work import Request


def handle_customer_pick(
    ack: Ack, action: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    parsed = read_value(action.get("value"))
    if parsed is None:
        respond(**answered_reply(request.language, Answered("missing")), replace_original=False)
        return
    token, option = parsed
    with request.writing() as uow:
        who = uow.who
        outcome = customer_admin.answer(uow.session, who, token, option, now=uow.now)
    if isinstance(outcome, str):
        # Someone else's question stays as it is; the clicker hears why nothing happened.
        respond(
            **answered_reply(who.language, Answered(outcome)),
            replace_original=outcome != "forbidden",
        )
        return
    notify = getattr(outcome, "notify", None)
    if notify is not None:
        tell_new_owner(client, notify)
    respond(**customer_reply(who.language, outcome), replace_original=True)


def register(app: App) -> None:
    app.action(re.compile(f"^{ActionId.CUSTOMER_PICK.value}_\\d+$"))(guarded(handle_customer_pick))
