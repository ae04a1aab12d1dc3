"""What a signed payload must be for this app to answer it (bot.http_guard refuses the rest with
400): a registered command with its team, user and trigger; an event with the fields its listener
reads, of Slack's types; a click on one of our buttons; one of our forms with input states of
Slack's shapes; our autocomplete. Values inside are the listeners' and services' to judge."""

from __future__ import annotations

from typing import Any

from bot.ids import KPI_COMMAND, LOG_COMMANDS, TEAMSTATUS_COMMAND, InputId, ViewId

COMMANDS = frozenset({*LOG_COMMANDS, KPI_COMMAND, TEAMSTATUS_COMMAND})
VIEWS = frozenset(v.value for v in ViewId)
OPTIONS = frozenset({InputId.CUSTOMER.value})


def _text(value: Any) -> bool:
    return isinstance(value, str) and value != ""


def _user_id(body: dict[str, Any]) -> Any:
    user = body.get("user")
    return user.get("id") if isinstance(user, dict) else None


def _authorization(body: dict[str, Any], authorized: str | None) -> dict[str, Any] | None:
    """The installation an event is delivered to: of `authorizations` (Slack lists one; a list
    of several, in an event seen by more installations, is read as Bolt reads it) the one the
    app was authorised as (`authorized`: the token's workspace), else the first."""
    authorizations = body.get("authorizations")
    if not isinstance(authorizations, list) or not authorizations:
        return None
    entries = [a for a in authorizations if isinstance(a, dict)]
    if authorized:
        for entry in entries:
            if entry.get("team_id") == authorized:
                return entry
    return entries[0] if entries and entries[0] is authorizations[0] else None


def installed_workspace(body: dict[str, Any], authorized: str | None = None) -> str | None:
    """The workspace the app is installed in that this payload is for. In a channel shared with
    another organisation (Slack Connect) an event's outer `team_id` is the workspace that hosts
    the channel, perhaps not ours: `authorizations[0].team_id` is ours (as Bolt reads it), or
    the one of them the app was authorised as (`authorized`). A form opened in a shared channel
    names its installation in `view.app_installed_team_id`. An installation to a whole
    Enterprise Grid organisation has no workspace (`is_enterprise_install`, team_id null): the
    event's is its `context_team_id`, the workspace it happened in."""
    first = _authorization(body, authorized)
    if first is not None and _text(first.get("team_id")):
        return str(first["team_id"])
    if first is not None and first.get("is_enterprise_install") is True:
        if _text(body.get("context_team_id")):
            return str(body["context_team_id"])
    view = body.get("view")
    if isinstance(view, dict) and _text(view.get("app_installed_team_id")):
        return str(view["app_installed_team_id"])
    if _text(body.get("team_id")):
        return str(body["team_id"])
    team = body.get("team")
    if isinstance(team, dict) and _text(team.get("id")):
        return str(team["id"])
    user = body.get("user")
    if isinstance(user, dict) and _text(user.get("team_id")):
        return str(user["team_id"])
    return None


def installed_enterprise(body: dict[str, Any], authorized: str | None = None) -> str | None:
    """The Enterprise Grid organisation of that installation, if any (its authorization
    again: the envelope's `enterprise_id` may be the host organisation's)."""
    first = _authorization(body, authorized)
    if first is not None and "enterprise_id" in first:
        return first["enterprise_id"] if _text(first["enterprise_id"]) else None
    found = body.get("enterprise_id")
    if not _text(found) and isinstance(body.get("enterprise"), dict):
        found = body["enterprise"].get("id")
    return str(found) if _text(found) else None


def payload_problem(body: dict[str, Any]) -> str | None:
    """Why this payload is not one the app answers, or None."""
    if "command" in body:
        command = body["command"]
        # session 46: typed in capitals ("/LOGCALL"): the command as registered
        # (middleware.CommandAsRegistered), never "unknown"
        if not isinstance(command, str) or command.lower() not in COMMANDS:
            return "unknown command"
        if not all(_text(body.get(k)) for k in ("team_id", "user_id", "trigger_id")):
            return "command without team_id, user_id or trigger_id"
        if not isinstance(body.get("text", ""), str):
            return "command text is not text"
        return None
    if body.get("ssl_check"):
        return None
    kind = body.get("type")
    if kind == "url_verification":
        return None if _text(body.get("challenge")) else "url_verification without challenge"
    if kind == "event_callback":
        event = body.get("event")
        if not isinstance(event, dict) or not _text(event.get("type")):
            return "event_callback without an event"
        if not _text(body.get("team_id")):
            return "event_callback without team_id"
        return _event_problem(event) if event["type"] in READ_EVENTS else None
    if kind == "app_rate_limited":
        return None
    # No view asks for view_closed (notify_on_close), and no shortcut is declared.
    if kind not in {"block_actions", "block_suggestion", "view_submission"}:
        return "not a payload this app answers"
    if not _text(_user_id(body)):
        return "interaction without a user"
    if not _typed(body, INTERACTION_TYPES):
        return "interaction field of the wrong type"
    if kind == "block_actions":
        if not _text(body.get("trigger_id")):  # Slack always sends one; buttons open forms
            return "block_actions without trigger_id"
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions:
            return "block_actions without actions"
        if not all(
            isinstance(a, dict) and _text(a.get("action_id")) and _typed(a, ACTION_TYPES)
            for a in actions
        ):
            return "action without action_id, or a field of the wrong type"
        # An action id this version does not have (an older kpibot's message) is Slack's to
        # send: answered, not refused (bot.listeners.actions.old_button).
        return None
    if kind == "block_suggestion":
        if body.get("action_id") not in OPTIONS or not isinstance(body.get("value", ""), str):
            return "unknown options request"
        return None
    view = body.get("view")
    if not isinstance(view, dict) or view.get("callback_id") not in VIEWS:
        return "unknown view"
    if not isinstance(view.get("private_metadata", ""), str):
        return "private_metadata is not text"
    state = view.get("state", {})
    values = state.get("values", {}) if isinstance(state, dict) else None
    if kind == "view_submission" and not (
        isinstance(values, dict)
        and all(
            isinstance(block, dict) and all(_input_typed(v) for v in block.values())
            for block in values.values()
        )
    ):
        return "view without state values, or an input of the wrong type"
    return None


# Events whose fields the listeners read (the rest are acknowledged unread), and the fields of
# them, and of interactions, that must have Slack's types when present (null counts as absent).
READ_EVENTS = frozenset(
    {"message", "app_mention", "app_home_opened", "member_joined_channel", "member_left_channel"}
)
_STR, _DICT, _LIST = (str,), (dict,), (list,)
EVENT_TYPES = {
    **dict.fromkeys(("user", "channel", "text", "ts", "subtype", "channel_type"), _STR),
    **dict.fromkeys(("thread_ts", "tab", "event_ts", "bot_id", "team", "inviter"), _STR),
    **dict.fromkeys(("message", "previous_message", "edited"), _DICT),
    "blocks": _LIST,
}
INTERACTION_TYPES = {
    **dict.fromkeys(("trigger_id", "response_url", "api_app_id", "action_id", "value"), _STR),
    **dict.fromkeys(("team", "channel", "container", "message", "view"), _DICT),
}
ACTION_TYPES = {
    **dict.fromkeys(("value", "block_id", "type", "action_ts", "selected_date"), _STR),
    **dict.fromkeys(("selected_option",), _DICT),
}


# What an input's state carries, by kind of element (null counts as absent).
INPUT_TYPES = {
    **dict.fromkeys(("type", "value", "selected_date", "selected_time"), _STR),
    **dict.fromkeys(("selected_option",), _DICT),
    **dict.fromkeys(("selected_options",), _LIST),
}


def _input_typed(state: Any) -> bool:
    if not isinstance(state, dict) or not _typed(state, INPUT_TYPES):
        return False
    options = [state["selected_option"]] if state.get("selected_option") else []
    options += state.get("selected_options") or []
    return all(isinstance(o, dict) and isinstance(o.get("value", ""), str) for o in options)


def _typed(node: dict[str, Any], types: dict[str, tuple[type, ...]]) -> bool:
    return all(node.get(k) is None or isinstance(node[k], t) for k, t in types.items())


# What Slack always sends with them, and the listeners rely on.
EVENT_REQUIRES = {
    "message": ("channel", "ts"),
    "app_mention": ("user", "channel", "ts"),
    "app_home_opened": ("user",),
    "member_joined_channel": ("user", "channel"),
    "member_left_channel": ("user", "channel"),
}


def _event_problem(event: dict[str, Any]) -> str | None:
    if not _typed(event, EVENT_TYPES):
        return "event field of the wrong type"
    required = EVENT_REQUIRES.get(event["type"], ())
    if event.get("subtype") in {"message_changed", "message_deleted"}:
        required = ("channel",)  # the message is the nested one
    if not all(_text(event.get(k)) for k in required):
        return f"{event['type']} event without {', '.join(required)}"
    for inner in ("message", "previous_message"):  # an edited or deleted message
        nested = event.get(inner)
        if isinstance(nested, dict) and not _typed(nested, EVENT_TYPES):
            return "event field of the wrong type"
    edited = event.get("message")
    if isinstance(edited, dict) and edited.get("user") is not None and not _text(edited.get("ts")):
        return "edited message without ts"
    channel = event.get("channel")
    return None if channel is None or isinstance(channel, str) else "event channel"
