"""/logmeeting, /logcall, /logoffer, /logwin, /loglost."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.deps import Deps
from bot.domain import ActivityKind, Source
from bot.ids import LOG_COMMANDS
from bot.listeners import who as who_mod
from bot.listeners.record import store
from bot.listeners.replies import error_reply
from bot.rendering.blocks import log_modal
from bot.services.commands import ParseError, parse_log_command
from storage import repositories as repo
from storage.db import session_scope

log = logging.getLogger(__name__)


def handle_log_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    deps: Deps = context["deps"]
    kind = ActivityKind(LOG_COMMANDS[command["command"]])
    workspace_id, user_id = command["team_id"], command["user_id"]
    channel_id = command.get("channel_id")
    text = command.get("text") or ""

    if text == "":
        # No text at all: the form. (Whitespace only is answered below as a missing customer.)
        if open_modal(deps, client, command, kind):
            return

    who = who_mod.resolve(deps, client, workspace_id, user_id, channel_id)
    known: list[str] = []
    if kind is ActivityKind.LOSS:
        with session_scope(deps.session_factory) as session:
            known = repo.customer_names(session, workspace_id)
    try:
        cmd = parse_log_command(kind, text, today=who.today, krone=who.krone, known_customers=known)
    except ParseError as err:
        respond(
            **error_reply(who.language, err.code, err.params, kind.value), response_type="ephemeral"
        )
        return
    reply = store(deps, who, cmd, source=Source.COMMAND, source_ref=f"cmd:{command['trigger_id']}")
    respond(**reply, response_type="ephemeral")


def open_modal(deps: Deps, client: WebClient, command: dict[str, Any], kind: ActivityKind) -> bool:
    """views.open first (the trigger_id lives 3 s and works once); then fix the language.
    False when the modal could not be opened (the caller then answers in text)."""
    guess = who_mod.language_hint(command["team_id"], command["user_id"])
    metadata = json.dumps({"kind": kind.value, "channel": command.get("channel_id")})
    today = deps.clock.now().date()
    try:
        opened = client.views_open(
            trigger_id=command["trigger_id"], view=log_modal(guess, kind.value, today, metadata)
        )
    except SlackApiError as err:
        log.warning("views.open failed: %s", err.response.get("error"))
        return False
    who = who_mod.resolve(
        deps, client, command["team_id"], command["user_id"], command.get("channel_id")
    )
    if who.language != guess or who.today != today:
        view = opened["view"]
        try:
            client.views_update(
                view_id=view["id"],
                hash=view.get("hash"),
                view=log_modal(who.language, kind.value, who.today, metadata),
            )
        except SlackApiError as err:
            # The modal is open and usable as it is (closed already, or edited meanwhile).
            log.info("views.update of the log modal failed: %s", err.response.get("error"))
    return True
