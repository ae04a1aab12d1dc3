"""Plain channel messages ("Won Nammo 320k") and @mentions ("@kpibot meeting Acme warm").

One `message` listener with an internal router (Bolt runs only the first matching listener):
new messages, edits (the record follows) and deletions (the record goes). The reference
msg:<channel>:<ts> makes a retried or concurrent delivery store once; only the delivery that
stored reacts with ✅ and tells the author."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.deps import Deps
from bot.domain import Source
from bot.errors import UnknownCustomer, UserError
from bot.listeners import who as who_mod
from bot.listeners.replies import logged_reply
from bot.rendering.blocks import text_message
from bot.rendering.text import render
from bot.services import recording
from bot.services.capture import Captured, capture, mention_command
from bot.services.commands import parse_log_command
from storage import repositories as repo
from storage.db import session_scope

log = logging.getLogger(__name__)
REACTION = "white_check_mark"


def handle_message(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    deps: Deps = context["deps"]
    workspace_id = body.get("team_id") or context.team_id
    subtype = event.get("subtype")
    if subtype == "message_changed":
        on_edit(deps, client, workspace_id, event, context.bot_user_id)
    elif subtype == "message_deleted":
        on_delete(deps, client, workspace_id, event)
    elif subtype in (None, "file_share", "thread_broadcast"):  # joins, topics, bots: nothing
        on_new(deps, client, workspace_id, event, context)


def _capture_team(deps: Deps, workspace_id: str, channel: str) -> bool:
    with session_scope(deps.session_factory) as session:
        team = repo.team_by_channel(session, workspace_id, channel)
        return team is not None and team.capture_enabled


def _is_person(message: dict[str, Any], context: BoltContext) -> bool:
    return (
        bool(message.get("user"))
        and not message.get("bot_id")
        and message.get("user") != context.bot_user_id
    )


def on_new(
    deps: Deps, client: WebClient, workspace_id: str, event: dict[str, Any], context: BoltContext
) -> None:
    if not _is_person(event, context):
        return
    if event.get("channel_type") == "im":
        on_direct_message(deps, client, workspace_id, event)
        return
    if not _capture_team(deps, workspace_id, event["channel"]):
        return
    if context.bot_user_id and f"<@{context.bot_user_id}>" in (event.get("text") or ""):
        return  # an @mention: the app_mention listener reads it as a command
    _record_message(deps, client, workspace_id, event["channel"], event, ref_suffix="")


def _record_message(
    deps: Deps,
    client: WebClient,
    workspace_id: str,
    channel: str,
    message: dict[str, Any],
    *,
    ref_suffix: str,
    bot_user_id: str | None = None,
) -> bool:
    user_id = message["user"]
    if bot_user_id and f"<@{bot_user_id}>" in (message.get("text") or ""):
        return _record_mention(deps, client, workspace_id, channel, message, ref_suffix)
    with session_scope(deps.session_factory) as session:
        known = repo.customer_keys(session, workspace_id)
        open_offers = repo.open_offer_keys(session, workspace_id)
    who = who_mod.resolve(deps, client, workspace_id, user_id, channel)
    found = capture(
        message.get("text") or "",
        today=who.today,
        krone=who.krone,
        known_customers=known,
        open_offers=open_offers,
    )
    if found is None:
        return False
    ref = f"msg:{channel}:{message['ts']}{ref_suffix}"
    return _store(deps, client, who, found, ref, channel, message["ts"])


def _store(
    deps: Deps,
    client: WebClient,
    who: who_mod.Who,
    found: Captured,
    ref: str,
    channel: str,
    ts: str,
) -> bool:
    try:
        with session_scope(deps.session_factory) as session:
            seller = repo.ensure_seller(session, who.workspace_id, who.user_id)
            team = repo.team_by_id(session, who.workspace_id, who.team_id) if who.team_id else None
            actor = recording.Actor(who.workspace_id, seller, team, who.currency)
            if found.planned:
                recording.plan_next_step(session, actor, found.cmd, now=deps.clock.now())
                reply = None
                stored = True
            else:
                result = recording.record(
                    session,
                    actor,
                    found.cmd,
                    source=Source.MESSAGE,
                    source_ref=ref,
                    now=deps.clock.now(),
                    allow_new_customer=True,
                )
                stored = not result.duplicate
                reply = logged_reply(who.language, result) if stored else None
    except (UnknownCustomer, UserError):
        return False
    if not stored:
        return False  # another delivery of this message already stored, reacted and replied
    try:
        client.reactions_add(channel=channel, timestamp=ts, name=REACTION)
    except SlackApiError as err:
        if err.response.get("error") != "already_reacted":
            log.info("reaction not added: %s", err.response.get("error"))
    if reply is not None:
        try:
            client.chat_postEphemeral(channel=channel, user=who.user_id, **reply)
        except SlackApiError as err:
            log.info("capture note not delivered: %s", err.response.get("error"))
    return True


def on_direct_message(
    deps: Deps, client: WebClient, workspace_id: str, event: dict[str, Any]
) -> None:
    """A message to the bot itself: `meeting Acme warm` works like the slash command; anything
    else gets a pointer to the commands (never silence)."""
    if mention_command(event.get("text") or "") is not None:
        _record_mention(deps, client, workspace_id, event["channel"], event, "")
        return
    who = who_mod.resolve(deps, client, workspace_id, event["user"], None)
    try:
        client.chat_postMessage(
            channel=event["channel"], **text_message(render(who.language, "dm_help"))
        )
    except SlackApiError as err:
        log.info("DM help not delivered: %s", err.response.get("error"))


def on_edit(
    deps: Deps,
    client: WebClient,
    workspace_id: str,
    event: dict[str, Any],
    bot_user_id: str | None = None,
) -> None:
    message = event.get("message") or {}
    channel = event.get("channel")
    if not channel or not message.get("user") or message.get("bot_id"):
        return
    if not _capture_team(deps, workspace_id, channel):
        return
    previous = event.get("previous_message") or {}
    if previous and previous.get("text") == message.get("text"):
        return  # a link unfurled or a reaction: the words did not change
    ts = message["ts"]
    edited = (message.get("edited") or {}).get("ts") or event.get("event_ts") or ""
    suffix = f":e{edited}"
    with session_scope(deps.session_factory) as session:
        before = repo.live_activity_for_message(session, workspace_id, channel, ts)
        if before is not None and before.source_ref.endswith(suffix):
            return  # this very edit was handled already (a retried delivery)
        if before is not None:
            # The record follows the edit: the old one goes, the edited text is read again.
            recording.undo(
                session,
                workspace_id,
                before,
                by_user=message["user"],
                by_manager=True,
                now=deps.clock.now(),
            )
    stored = _record_message(
        deps, client, workspace_id, channel, message, ref_suffix=suffix, bot_user_id=bot_user_id
    )
    if before is not None and not stored:
        try:
            client.reactions_remove(channel=channel, timestamp=ts, name=REACTION)
        except SlackApiError:
            pass


def on_delete(deps: Deps, client: WebClient, workspace_id: str, event: dict[str, Any]) -> None:
    channel = event.get("channel")
    ts = event.get("deleted_ts") or (event.get("previous_message") or {}).get("ts")
    if not channel or not ts:
        return
    with session_scope(deps.session_factory) as session:
        activity = repo.live_activity_for_message(session, workspace_id, channel, ts)
        if activity is not None:
            recording.undo(
                session,
                workspace_id,
                activity,
                by_user=activity.seller.slack_user_id,
                by_manager=True,
                now=deps.clock.now(),
            )


def handle_app_mention(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    deps: Deps = context["deps"]
    workspace_id = body.get("team_id") or context.team_id
    if not _is_person(event, context):
        return
    _record_mention(deps, client, workspace_id, event["channel"], event, "")


def _record_mention(
    deps: Deps,
    client: WebClient,
    workspace_id: str,
    channel: str,
    message: dict[str, Any],
    ref_suffix: str,
) -> bool:
    """`@kpibot meeting Acme warm`: the slash-command parser, as if typed after /logmeeting."""
    parsed = mention_command(message.get("text") or "")
    if parsed is None:
        return False
    kind, rest = parsed
    who = who_mod.resolve(deps, client, workspace_id, message["user"], channel)
    try:
        cmd = parse_log_command(kind, rest, today=who.today, krone=who.krone)
    except UserError as err:
        from bot.listeners.replies import error_reply

        try:
            client.chat_postEphemeral(
                channel=channel,
                user=message["user"],
                **error_reply(who.language, err.code, err.params, kind.value),
            )
        except SlackApiError:
            pass
        return False
    ref = f"msg:{channel}:{message['ts']}{ref_suffix}"
    return _store(deps, client, who, Captured(cmd), ref, channel, message["ts"])


def register(app: App) -> None:
    app.event("message")(handle_message)
    app.event("app_mention")(handle_app_mention)
