"""The HTTP edge in front of Bolt: what reaches the app is from Slack, small and readable.

In this order, for every POST:
1. a body over MAX_BODY is refused with 413 before a byte of it is read;
2. the signature headers are checked before the body is read: one timestamp, digits only, within
   five minutes; one `v0=<64 hex>` signature; otherwise 401;
3. the body (exactly Content-Length bytes) must carry that signature (HMAC over the raw bytes:
   bytes that are not UTF-8 are checked, not decoded); otherwise 401;
4. a signed body that Bolt cannot read, or that is not one of the payloads this app answers (a
   registered command with its team, user and trigger, an event object, a known view or action),
   is refused with 400.
Only then does Bolt see the request (its own signature check is off: this is the one gate). So
nothing from an unverified body is parsed, logged, or answered at its response_url, and Bolt's
parser never meets a shape it would crash on.
Refusals are logged as one line with the reason, never with the body or a header value."""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import re
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.request import BoltRequest
from slack_bolt.request import payload_utils as bolt_payload

from bot.ids import KPI_COMMAND, LOG_COMMANDS, TEAMSTATUS_COMMAND, ActionId, InputId, ViewId

log = logging.getLogger(__name__)

PREPARED = "kpibot.bolt_request"  # environ key: the BoltRequest the guard read (bot.web)
MAX_BODY = 1024 * 1024  # Slack's payloads are a few kB; a form with every field full is < 100 kB
MAX_SKEW = 5 * 60  # seconds between Slack's timestamp and now, as Slack's own guidance says

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")

COMMANDS = frozenset({*LOG_COMMANDS, KPI_COMMAND, TEAMSTATUS_COMMAND})
VIEWS = frozenset(v.value for v in ViewId)
OPTIONS = frozenset({InputId.CUSTOMER.value})
# An action id of ours, or a numbered one of a row of buttons ("log_answer_2").
_ACTION = re.compile("(" + "|".join(re.escape(a.value) for a in ActionId) + r")(_\d+)?")

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
WSGIApp = Callable[[Environ, StartResponse], Iterable[bytes]]


class Refused(Exception):
    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def guard(app: WSGIApp, signing_secret: str, *, clock: Callable[[], float] = time.time) -> WSGIApp:
    """`app` (Bolt's WSGI handler) behind the checks above, for POST requests."""
    secret = signing_secret.encode()

    def application(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return app(environ, start_response)  # OAuth's install and redirect pages
        try:
            body = as_bolt_reads_it(verified_body(environ, secret, clock()))
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
            environ[PREPARED] = check_payload(body, environ)
        except Refused as refused:
            log.info("refused a request: %s (%s)", refused.status, refused.reason)
            return _plain(start_response, refused.status, refused.reason)
        return app(environ, start_response)

    return application


def _plain(start_response: StartResponse, status: str, text: str) -> list[bytes]:
    data = text.encode()
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(data)))])
    return [data]


# -- 1 to 3: size and signature ------------------------------------------------------------------
def verified_body(environ: Environ, secret: bytes, now: float) -> bytes:
    length = _content_length(environ.get("CONTENT_LENGTH"))
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or ""
    signature = environ.get("HTTP_X_SLACK_SIGNATURE") or ""
    # Two headers of a name arrive joined by ", ": neither pattern accepts that.
    if not _TIMESTAMP.fullmatch(timestamp) or not _SIGNATURE.fullmatch(signature):
        raise Refused("401 Unauthorized", "missing or malformed signature headers")
    if abs(now - int(timestamp)) > MAX_SKEW:
        raise Refused("401 Unauthorized", "timestamp outside five minutes")
    body = _read(environ["wsgi.input"], length)
    expected = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256)
    if not hmac.compare_digest("v0=" + expected.hexdigest(), signature):
        raise Refused("401 Unauthorized", "signature does not match")
    return body


def _content_length(value: str | None) -> int:
    if value is None or value == "":
        return 0
    if not value.isdigit():
        raise Refused("400 Bad Request", "malformed Content-Length")
    length = int(value)
    if length > MAX_BODY:
        raise Refused("413 Payload Too Large", "body over 1 MB")
    return length


def _read(stream: Any, length: int) -> bytes:
    chunks, left = [], length
    while left > 0:
        chunk = stream.read(min(left, 65536))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def as_bolt_reads_it(body: bytes) -> bytes:
    """Bolt takes any form body containing the letters "payload" for an interactivity payload
    and, finding no `payload` field, reads it as empty: `/logmeeting payload systems` would be
    lost. Such a form is passed on with those letters percent-encoded (the same form once
    decoded). Bolt's own signature check is off for this reason: the guard checked the bytes
    Slack signed (bot.app)."""
    if b"payload" not in body or body.lstrip().startswith((b"{", b"[")):
        return body
    try:
        fields = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return body
    if any(name == "payload" for name, _ in fields):
        return body
    return urlencode(fields, quote_via=quote).replace("payload", "%70ayload").encode()


# -- 4: a payload this app answers ---------------------------------------------------------------
def check_payload(raw: bytes, environ: Environ) -> BoltRequest:
    """The request as Bolt reads it (Bolt is handed this one, not a second parse); refused (400)
    unless Bolt can read `raw` and it is something this app answers."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("400 Bad Request", "body is not UTF-8") from None
    try:
        # What Bolt will do with it: parse, build the context, read each kind of payload.
        request = BoltRequest(
            body=text,
            query=environ.get("QUERY_STRING", ""),
            headers=WsgiHttpRequest(environ).get_headers(),
        )
        body = request.body
        if not isinstance(body, dict):
            raise TypeError("not an object")
        for read in _BOLT_READERS:
            read(body)
    except Exception as err:
        raise Refused("400 Bad Request", f"unreadable payload ({type(err).__name__})") from None
    problem = _problem(body)
    if problem is not None:
        raise Refused("400 Bad Request", problem)
    return request


_BOLT_READERS = (
    bolt_payload.to_options,
    bolt_payload.to_shortcut,
    bolt_payload.to_action,
    bolt_payload.to_view,
    bolt_payload.to_command,
    bolt_payload.to_event,
    bolt_payload.to_message,
    bolt_payload.to_step,
)


def _text(value: Any) -> bool:
    return isinstance(value, str) and value != ""


def _user_id(body: dict[str, Any]) -> Any:
    user = body.get("user")
    return user.get("id") if isinstance(user, dict) else None


def _problem(body: dict[str, Any]) -> str | None:
    """Why this payload is not one the app answers, or None."""
    if "command" in body:
        if body["command"] not in COMMANDS:
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
        if not _ACTION.fullmatch(actions[0]["action_id"]):
            return "unknown action"
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
            isinstance(block, dict) and all(isinstance(v, dict) for v in block.values())
            for block in values.values()
        )
    ):
        return "view without state values"
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
    if not all(_text(event.get(k)) for k in EVENT_REQUIRES.get(event["type"], ())):
        return f"{event['type']} event without {', '.join(EVENT_REQUIRES[event['type']])}"
    for inner in ("message", "previous_message"):  # an edited or deleted message
        nested = event.get(inner)
        if isinstance(nested, dict) and not (
            _typed(nested, EVENT_TYPES) and (nested.get("user") is None or _text(nested.get("ts")))
        ):
            return "event field of the wrong type"
    channel = event.get("channel")
    return None if channel is None or isinstance(channel, str) else "event channel"
