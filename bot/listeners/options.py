"""Suggestions for the modal's customer select: known customers first, then the typed name.
Answered in the acknowledgement (3 s): the middleware gives this request no profile fetcher."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.ids import InputId
from bot.rendering.blocks import customer_options
from bot.services import customers
from bot.unit_of_work import Request


def handle_customer_options(ack: Ack, payload: dict[str, Any], context: BoltContext) -> None:
    request: Request = context["request"]
    query = (payload.get("value") or "").strip()
    with request.reading() as uow:
        who = uow.who
        matches = customers.suggestions(uow.session, who, query)
    ack(options=customer_options(who.language, query, matches))


def register(app: App) -> None:
    app.options(InputId.CUSTOMER.value)(handle_customer_options)
