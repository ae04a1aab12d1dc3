"""A sales team is its channel's people: joining the channel joins the team, leaving leaves it."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.listeners.guard import guarded
from bot.rendering.blocks import text_message
from bot.rendering.text import Mrkdwn, render
from bot.services import notices, teams
from bot.slack_client import SLACK_CALL_ERRORS, not_now, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)

# A managers' notice Slack refused for now is told again at the scheduler's tick, after this.
NOTICE_RETRY = timedelta(minutes=5)


def handle_member_joined(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    request: Request = context["request"]
    user_id, channel = event.get("user"), event.get("channel")
    if user_id and channel and user_id == context.bot_user_id:
        handle_channel_back({"channel": channel}, context)  # invited back after its removal
        return
    if not user_id or not channel:
        return
    # Only a team's channel is worth a users.info call, and that call is made between two
    # units of work, never inside one that writes.
    with request.reading() as uow:
        if not teams.is_team_channel(uow.session, request.workspace_id, channel):
            return
    try:
        user = client.users_info(user=user_id)["user"]
    except SLACK_CALL_ERRORS as err:
        if not not_now(err):  # Slack said no (user_not_found, a scope): never a seller
            log.info("users.info for a new member failed: %s", slack_error(err))
            return
        # Slack sends the join once: kept, and checked again at a later tick (was lost until
        # the person's first activity: missing from /teamstatus and the digest meanwhile).
        log.info("users.info for a new member failed: %s; checked again later", slack_error(err))
        with request.writing() as uow:
            teams.check_join_later(
                uow.session, request.workspace_id, channel, user_id,
                str(event.get("event_ts") or ""), error=slack_error(err), now=uow.now,
            )  # fmt: skip
        return
    if not teams.is_person(user):
        return
    if not teams.can_sell(user, request.workspace_id, request.enterprise_id):
        # Someone of another organisation in a shared channel, or a guest: no seller. A guest
        # of ours is kept: made a full member, they join (handle_user_change).
        if teams.of_this_organisation(user, request.workspace_id, request.enterprise_id):
            with request.writing() as uow:
                teams.guest_in_channel(
                    uow.session, request.workspace_id, channel, user_id, now=uow.now
                )
        return
    with request.writing() as uow:
        teams.member_joined(uow.session, request.workspace_id, channel, user_id, user, now=uow.now)


def handle_member_left(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    request: Request = context["request"]
    user_id = event.get("user") or ""
    if user_id and user_id == context.bot_user_id:
        # kpibot itself removed from the channel (Slack's channel_left / group_left say it too)
        handle_channel_gone({"type": "channel_left", "channel": event.get("channel")}, client,
                            context)  # fmt: skip
        return
    with request.writing() as uow:
        others = teams.member_left(
            uow.session, request.workspace_id, event.get("channel") or "", user_id, now=uow.now
        )
    # Left their team for none: people move by joining the new channel first (that join kept
    # them in their team, one team each), so the team whose channel they are in is theirs now.
    for channel in others:
        if _is_member(client, channel, user_id):
            with request.writing() as uow:
                teams.join_team_of(uow.session, request.workspace_id, channel, user_id, now=uow.now)
            return


def handle_user_change(event: dict[str, Any], context: BoltContext) -> None:
    """Slack says a person's account changed: deactivated or made a guest, they get no DMs any
    more (their past work stays in the figures); reactivated or a full member again, they do
    again; a new time zone, locale or name is kept at once. Nobody new is made a seller by it
    (a profile edit of someone who never used kpibot stores nothing), but a guest kept in a
    team's channel made a full member joins its team."""
    request: Request = context["request"]
    user = event.get("user") if isinstance(event.get("user"), dict) else {}
    user_id = user.get("id")
    if not user_id:
        return
    # Every profile edit in the workspace comes so: most change nothing kpibot keeps.
    ws, organisation = request.workspace_id, request.enterprise_id
    with request.reading() as uow:
        if not teams.account_change_matters(uow.session, ws, user_id, user, organisation):
            return
    with request.writing() as uow:
        teams.account_changed(uow.session, ws, user_id, user, organisation, now=uow.now)


def handle_channel_rename(event: dict[str, Any], context: BoltContext) -> None:
    """`channel_rename` (`group_rename` for a private channel): the team keeps its channel's
    name as Slack shows it (was the name at /kpi setup for good)."""
    request: Request = context["request"]
    channel = event.get("channel") if isinstance(event.get("channel"), dict) else {}
    channel_id, name = channel.get("id"), channel.get("name")
    if not (isinstance(channel_id, str) and isinstance(name, str) and channel_id and name):
        return
    # Every channel of the workspace is renamed so; few are a team's.
    with request.reading() as uow:
        if not teams.is_team_channel(uow.session, request.workspace_id, channel_id):
            return
    with request.writing() as uow:
        teams.channel_renamed(uow.session, request.workspace_id, channel_id, name)


def handle_channel_id_changed(event: dict[str, Any], context: BoltContext) -> None:
    """`channel_id_changed`: a private channel shared with another organisation (Slack Connect)
    has a new id for good, and everything about it comes with that id from now on. A team's
    channel stays the team's, its messages' records theirs (was: answered and read not: the team
    kept an id no message came with, so nothing more was recorded there, /teamstatus there
    was no team's, and an edit of a message recorded before was read as a new message)."""
    request: Request = context["request"]
    old, new = event.get("old_channel_id"), event.get("new_channel_id")
    if not (isinstance(old, str) and isinstance(new, str) and old and new and old != new):
        return
    with request.writing() as uow:
        teams.channel_id_changed(uow.session, request.workspace_id, old[:32], new[:32])


# Slack's events for a channel that takes no posts any more, and the reason told for each.
GONE_EVENTS = {
    "channel_archive": "archived",
    "group_archive": "archived",
    "channel_deleted": "deleted",
    "group_deleted": "deleted",
    # kpibot removed from it (sent to the bot; member_left_channel of the bot is read so too):
    # nothing posted there reaches kpibot any more, so no win or meeting there is recorded.
    "channel_left": "removed",
    "group_left": "removed",
}


def handle_channel_gone(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """A team's channel archived or deleted, or kpibot removed from it: its managers are told at
    once, privately, once (Slack's retry, the other replica, and the digest's own look find it
    told), with what to do; no digest is tried there until it is back (jobs.digests). Was: a
    digest posted and refused every week, and the managers told each time; kpibot removed, they
    heard of it at Monday's digest, while the week's wins and meetings posted there went unread."""
    request: Request = context["request"]
    channel = event.get("channel")
    reason = GONE_EVENTS.get(str(event.get("type")))
    if not (isinstance(channel, str) and channel and reason):
        return
    with request.reading() as uow:  # every channel of the workspace is archived so; few are teams'
        if not teams.is_team_channel(uow.session, request.workspace_id, channel):
            return
    if reason == "removed" and _archived(client, channel):
        reason = "archived"  # left with its archiving (its own event may come after): told so
    with request.writing() as uow:
        gone = teams.channel_gone(uow.session, request.workspace_id, channel, now=uow.now)
    if gone is None:
        return  # told already
    link = Mrkdwn(f"<#{channel}>")
    told, waiting = [], []
    for user_id in sorted(gone.managers):
        language = gone.managers[user_id]
        text = render(language, "channel_gone", channel_link=link, reason=reason, code=None)
        try:
            client.chat_postMessage(channel=user_id, **text_message(text))
            told.append(user_id)
        except SLACK_CALL_ERRORS as err:  # the next manager is told all the same
            log.info("could not tell a manager their channel is gone: %s", slack_error(err))
            if not_now(err):  # a rate limit, a 5xx, a dropped line: told at a later tick
                waiting.append(user_id)
    with request.writing() as uow:
        if not waiting:
            teams.notice_told(uow.session, gone.claim_id, uow.now)
        else:  # was: marked told all the same, and those managers never heard of it
            notices.told_some(
                uow.session, request.workspace_id, gone.claim_id, teams.CHANNEL_GONE, told,
                notices.encode(gone.team_id, "channel_gone", {"reason": reason}),
                retry_at=uow.now + NOTICE_RETRY, now=uow.now,
            )  # fmt: skip


def handle_channel_back(event: dict[str, Any], context: BoltContext) -> None:
    """`channel_unarchive` / `group_unarchive`, or kpibot invited back (member_joined_channel of
    the bot): the team's digest is posted there again, and a later loss is told again."""
    request: Request = context["request"]
    channel = event.get("channel")
    if not (isinstance(channel, str) and channel):
        return
    with request.reading() as uow:
        if not teams.is_team_channel(uow.session, request.workspace_id, channel):
            return
    with request.writing() as uow:
        teams.channel_back(uow.session, request.workspace_id, channel)


def _archived(client: WebClient, channel: str) -> bool:
    """Whether Slack says the channel is archived (False when it cannot say)."""
    try:
        return bool((client.conversations_info(channel=channel).get("channel") or {}).get(
            "is_archived"))  # fmt: skip
    except SLACK_CALL_ERRORS as err:
        log.info("conversations.info for a team channel failed: %s", slack_error(err))
        return False


def _is_member(client: WebClient, channel: str, user_id: str) -> bool:
    """Whether Slack lists the person among the channel's members (False when it cannot say)."""
    cursor = None
    try:
        while True:
            page = client.conversations_members(channel=channel, limit=200, cursor=cursor)
            if user_id in (page.get("members") or []):
                return True
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return False
    except SLACK_CALL_ERRORS as err:
        log.info("conversations.members for a team channel failed: %s", slack_error(err))
        return False


def register(app: App) -> None:
    app.event("member_joined_channel")(guarded(handle_member_joined))
    app.event("member_left_channel")(guarded(handle_member_left))
    app.event("user_change")(guarded(handle_user_change))
    app.event("channel_rename")(guarded(handle_channel_rename))
    app.event("group_rename")(guarded(handle_channel_rename))
    app.event("channel_id_changed")(guarded(handle_channel_id_changed))
    app.event("channel_archive")(guarded(handle_channel_gone))
    app.event("group_archive")(guarded(handle_channel_gone))
    app.event("channel_deleted")(guarded(handle_channel_gone))
    app.event("group_deleted")(guarded(handle_channel_gone))
    app.event("channel_unarchive")(guarded(handle_channel_back))
    app.event("group_unarchive")(guarded(handle_channel_back))
    app.event("channel_left")(guarded(handle_channel_gone))
    app.event("group_left")(guarded(handle_channel_gone))
