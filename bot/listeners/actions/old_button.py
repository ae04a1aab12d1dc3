"""A click on a button this version no longer has (a message or an App Home drawn by an older
kpibot, an element that sends block_actions we never act on): acknowledged, never Bolt's 404
(Slack shows the person only a warning sign). Nothing is changed; an App Home is drawn again with
today's buttons, a message's button is answered privately with what to do instead."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.errors import UserError
from bot.listeners.events.app_home import publish_home
from bot.listeners.guard import guarded
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def handle_old_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    # The id only (it names a button, never what anyone wrote).
    log.info(
        "a click on a button this version does not have: %s", str(action.get("action_id"))[:60]
    )
    view = body.get("view") if isinstance(body.get("view"), dict) else {}
    if view.get("type") == "home":
        publish_home(request, client)
        return
    raise UserError("old_button")  # said at the response_url, with the way to go on


def register(app: App) -> None:
    """After every other action listener: Bolt runs the first one that matches."""
    app.action(re.compile(".*"))(guarded(handle_old_button))
