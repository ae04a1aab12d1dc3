"""A click on "It's a separate offer" under the confirmation of an offer that revised an open
one: the offer becomes a deal of its own."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.ids import ActionId
from bot.listeners.guard import guarded
from bot.rendering.blocks import read_separate_value
from bot.rendering.replies import logged_reply, separated_reply
from bot.services import activities
from bot.services.activities import Separated
from bot.unit_of_work import Request


def handle_separate_click(
    ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    parsed = read_separate_value(action.get("value"))
    if parsed is None:
        respond(**separated_reply(request.language, "missing"), replace_original=False)
        return
    activity_id, lead_id = parsed
    with request.writing() as uow:
        outcome = activities.separate_offer(uow.session, uow.who, activity_id, lead_id, now=uow.now)
        language = uow.who.language
    if isinstance(outcome, Separated):
        # The confirmation stays as it is (its Undo still works); the clicker hears why not.
        respond(**separated_reply(language, outcome.state), replace_original=False)
        return
    # The confirmation now says what is stored: a deal of its own, with its Undo.
    respond(**logged_reply(language, outcome), replace_original=True)


def register(app: App) -> None:
    app.action(ActionId.SEPARATE_OFFER.value)(guarded(handle_separate_click))
