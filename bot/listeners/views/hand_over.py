"""Submitting “Hand over”: the lead (and the account, when it was the owner's) goes to the person
picked, who is told in a DM. Owner or manager only."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import i18n
from bot.errors import MESSAGES, UserError, message_params
from bot.ids import BlockId, HandOverMetadata, InputId, ViewId
from bot.listeners.commands.kpi_me import tell_new_owner
from bot.listeners.events.app_home import publish_home
from bot.listeners.guard import guarded
from bot.listeners.people import must_be_a_colleague
from bot.services import customer_admin
from bot.unit_of_work import Request


def handle_hand_over_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    request: Request = context["request"]
    meta = HandOverMetadata.from_json(view.get("private_metadata"))
    picked = (
        ((view["state"]["values"].get(BlockId.NEW_OWNER.value) or {}).get(InputId.NEW_OWNER.value))
        or {}
    ).get("selected_user")
    # One quick Slack call before the ack (3 s), outside the write: the person picked is one
    # who sells (Slack's people picker offers bots and deactivated accounts too).
    try:
        must_be_a_colleague(client, request, picked)
        with request.writing() as uow:
            who = uow.who
            changed = customer_admin.hand_over_lead(
                uow.session, who, meta.lead_id, picked, now=uow.now
            )
    except UserError as err:
        t = i18n.translations(request.language)
        params = message_params(err.params, lambda d: i18n.format_day(d, request.language))
        message = t.gettext(MESSAGES[err.code]) % params
        ack(response_action="errors", errors={BlockId.NEW_OWNER.value: message[:150]})
        return
    ack()
    if changed.notify is not None:
        tell_new_owner(client, changed.notify)
    publish_home(request, client)


def register(app: App) -> None:
    app.view(ViewId.HAND_OVER.value)(guarded(handle_hand_over_submission))
