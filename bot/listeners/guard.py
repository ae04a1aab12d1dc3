"""Every listener runs guarded: what it raises is answered here, never left to Bolt.

Why not only @app.error: when a listener raises after ack() (Bolt runs it in a worker thread),
Bolt's runner resets the acknowledgement it already gave, and the request thread, still waiting for
it, answers Slack 404 after 3 s — "operation_timeout" on top of the error message. So the guard
catches it in the listener's own thread: a command not yet acknowledged gets the message as its
acknowledgement, a form keeps open with the message under its first field, and what was
acknowledged already gets it at the response_url."""

from __future__ import annotations

import errno
import inspect
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack

from bot import metrics
from bot.errors import NotAPerson, UserError, error_message, tell
from bot.listeners.respond import RespondOrPost
from bot.rendering.blocks import held_message
from bot.rendering.text import message_text
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.spool import REPLAY_KEY, database_unavailable, holdable, message_key, tell_author

Listener = Callable[..., Any]
log = logging.getLogger(__name__)


_PARAMETERS: dict[object, tuple[str, ...]] = {}


def _parameter_names(fn: Listener) -> tuple[str, ...]:
    """A listener's parameter names, read once per function code: inspect.signature was ~40 %
    of building the app, which the suite does for every test. (A plain function's names are
    its code's; anything else is read each time.)"""
    if not inspect.isfunction(fn) or hasattr(fn, "__wrapped__") or hasattr(fn, "__signature__"):
        return tuple(inspect.signature(fn).parameters)
    code = fn.__code__
    if code not in _PARAMETERS:
        _PARAMETERS[code] = tuple(inspect.signature(fn).parameters)
    return _PARAMETERS[code]


def guarded(fn: Listener) -> Listener:
    wanted = _parameter_names(fn)

    # Bolt passes what a listener's parameters name; this one names all that any listener uses.
    def listener(
        ack: Ack,
        body: dict[str, Any],
        command: Any,
        action: Any,
        view: Any,
        event: Any,
        payload: Any,
        respond: Any,
        client: Any,
        context: Any,
        say: Any,
    ) -> Any:
        if respond is not None or (body.get("type") == "block_actions" and client is not None):
            # A click in the App Home has no response_url: what it must say comes as a DM.
            respond = RespondOrPost(respond, client, body)
            context["respond"] = respond
        given = {
            "ack": ack,
            "body": body,
            "command": command,
            "action": action,
            "view": view,
            "event": event,
            "payload": payload,
            "respond": respond,
            "client": client,
            "context": context,
            "say": say,
        }
        request = context.get("request") if context is not None else None
        spool = request.deps.spool if request is not None else None
        replay_id = body.get(REPLAY_KEY) if spool is not None else None
        if spool is not None and replay_id is None and spool.holds_key(message_key(body)):
            # An edit or deletion of a message still held: it waits behind the message.
            if ack.response is None:
                ack()
            _hold(spool, body, request, client)
            return None
        try:
            result = fn(**{name: given[name] for name in wanted})
            if replay_id is not None:
                spool.report(replay_id, stored=True)  # type: ignore[union-attr]
            return result
        except NotAPerson:
            # A bot, an app's or a workflow's user, a deactivated account (users.info): nobody's
            # seller. Nothing recorded, nothing said to it.
            if replay_id is not None:
                spool.report(replay_id, stored=True)  # type: ignore[union-attr]
            if ack.response is None:
                ack()
            log.info("a request by no person (a bot, an app, a deactivated account) ignored")
            return None
        except Exception as error:
            if (
                spool is not None
                and database_unavailable(error)
                and holdable(body)
                # views33: stored already (a read after the commit failed): held, it would be
                # stored a second time when the database is back
                and not request.committed
            ):
                if replay_id is not None:
                    spool.report(replay_id, stored=False)
                    return None
                # Acknowledged already (or now): held on this machine and stored when the
                # database is back, in order, exactly once.
                if ack.response is None:
                    ack()
                if _hold(spool, body, request, client) and body.get("type") == "block_actions":
                    tell(held_message(request.language), body, respond)
                return None
            if replay_id is not None:
                spool.report(replay_id, stored=True)  # answered (with its error): not held again
            message = error_message(error, body, context)
            if ack.response is None:
                # Not acknowledged yet: a command's answer is the acknowledgement; anything else
                # is acknowledged plainly and told at its response_url.
                if body.get("command"):
                    ack(**message)
                    return None
                field = _first_input(body)
                if field is not None:
                    # A form: it stays open and says what happened under its first field.
                    ack(response_action="errors", errors={field: message_text(message)[:150]})
                    return None
                ack()
            if body.get("type") == "event_callback":
                _tell_author(client, message, body, error)
            else:
                tell(message, body, respond)
            return None

    listener.__name__ = fn.__name__
    listener.__qualname__ = fn.__qualname__
    listener.__doc__ = fn.__doc__
    # The arguments this listener reads (`fn`'s, and what it uses itself): bot.app makes only
    # these for each request and passes None for the rest.
    listener.kpibot_reads = frozenset(wanted) | GUARD_READS  # type: ignore[attr-defined]
    return listener


# What the guard's own work reads of its arguments (besides what its listener names).
GUARD_READS = frozenset({"ack", "body", "respond", "client", "context"})


def _hold(spool: Any, body: dict[str, Any], request: Any, client: Any) -> bool:
    """Hold an acknowledged request while the database is away. When this machine's disk takes
    it no more either (full, read-only, not mounted), nothing is kept: its author is told now,
    with their words given back, as one held too long is (was: a traceback, and a win the
    seller saw acknowledged lost without a word)."""
    try:
        spool.hold(body, now=request.now)
        return True
    except OSError as err:
        log.warning(
            "database unavailable and the request could not be held (%s): its author is told",
            errno.errorcode.get(err.errno or 0, type(err).__name__),
        )
        metrics.held("given_up")
        if client is not None:
            tell_author(client, spool.unheld(body, now=request.now))
        return False


# A person's own message (bot.listeners.events.messages): what they wrote, or their edit of it.
_PERSONS = frozenset({None, "file_share", "thread_broadcast", "me_message", "message_changed"})


def _tell_author(
    client: Any, message: dict[str, Any], body: dict[str, Any], error: Exception
) -> None:
    """An event has no response_url: the person whose message (to the bot, @kpibot, in the team
    channel, or its edit) could not be read is told privately where they wrote it, else in a
    DM (was: "nobody to tell", and a win they saw acknowledged lost in silence). Other events
    (a join, the App Home, an app's post) have nobody waiting for an answer; nor does a refusal
    of who wrote in a channel (a guest's every message there would be answered)."""
    event = body.get("event") if isinstance(body.get("event"), dict) else {}
    if event.get("type") not in {"message", "app_mention"} or event.get("subtype") not in _PERSONS:
        return
    to_bot = event.get("type") == "app_mention" or event.get("channel_type") == "im"
    if isinstance(error, UserError) and not to_bot:
        return
    said = event.get("message") if event.get("subtype") == "message_changed" else event
    if not isinstance(said, dict):
        return
    user, channel = said.get("user"), event.get("channel")
    if (
        client is None
        or not isinstance(user, str)
        or not user
        or any(said.get(k) for k in ("bot_id", "bot_profile", "app_id"))
    ):
        return
    try:
        if isinstance(channel, str) and channel:
            try:
                client.chat_postEphemeral(channel=channel, user=user, **message)
                return
            except SLACK_CALL_ERRORS:
                pass
        client.chat_postMessage(channel=user, **message)
    except SLACK_CALL_ERRORS as err:
        log.warning("could not tell the author about the error: %s", slack_error(err))


def _first_input(body: dict[str, Any]) -> str | None:
    """The block id of a submitted form's first input, where an error can be shown."""
    if body.get("type") != "view_submission":
        return None
    for block in (body.get("view") or {}).get("blocks") or []:
        if block.get("type") == "input" and block.get("block_id"):
            return str(block["block_id"])
    return None
