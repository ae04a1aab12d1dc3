"""The buttons under "Did you mean …?": log for the chosen existing customer, or create the new one."""

from __future__ import annotations

import json
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.domain import Source
from bot.ids import ActionId
from bot.rendering.replies import log_reply
from bot.services import activities
from bot.unit_of_work import Request


def handle_customer_choice(
    ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    data = json.loads(action["value"])
    with request.writing() as uow:
        # Same source reference as the original command: a double click stores once.
        outcome = activities.log(
            uow.session,
            uow.who,
            activities.command_from_choice(data),
            source=Source(data["src"]),
            source_ref=data["ref"],
            now=uow.now,
            allow_new_customer=bool(data.get("new")),
        )
    respond(**log_reply(request.language, outcome), replace_original=True)


def register(app: App) -> None:
    app.action(
        re.compile(f"^({ActionId.PICK_CUSTOMER.value}_\\d+|{ActionId.NEW_CUSTOMER.value})$")
    )(handle_customer_choice)
