"""The HTTP edge in front of Bolt: what reaches the app is from Slack, small and readable.

In this order, for every POST:
1. a body over MAX_BODY is refused with 413 before a byte of it is read;
2. the signature headers are checked before the body is read: one timestamp, digits only, within
   five minutes; one `v0=<64 hex>` signature; otherwise 401;
3. the body (exactly Content-Length bytes) must carry that signature (HMAC over the raw bytes:
   bytes that are not UTF-8 are checked, not decoded); otherwise 401;
4. a signed body that Bolt cannot read, or that is not one of the payloads this app answers
   (bot.payloads), is refused with 400.
Only then does Bolt see the request (its own signature check is off: this is the one gate). So
nothing from an unverified body is parsed, logged, or answered at its response_url, and Bolt's
parser never meets a shape it would crash on.
Refusals are logged as one line with the reason, never with the body or a header value."""

from __future__ import annotations

import binascii
import hashlib
import hmac
import io
import logging
import re
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.request import BoltRequest
from slack_bolt.request import payload_utils as bolt_payload
from slack_bolt.request.internals import build_normalized_headers, extract_content_type

from bot.payloads import payload_problem

log = logging.getLogger(__name__)

PREPARED = "kpibot.bolt_request"  # environ key: the BoltRequest the guard read (bot.web)
MAX_BODY = 1024 * 1024  # Slack's payloads are a few kB; a form with every field full is < 100 kB
MAX_SKEW = 5 * 60  # seconds between Slack's timestamp and now, as Slack's own guidance says

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


Environ = dict[str, Any]
StartResponse = Callable[..., Any]
WSGIApp = Callable[[Environ, StartResponse], Iterable[bytes]]


class Refused(Exception):
    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def guard(
    app: WSGIApp, signing_secret: str, *, clock: Callable[[], float] | None = None
) -> WSGIApp:
    """`app` (Bolt's WSGI handler) behind the checks above, for POST requests. The clock is
    looked up at each request (time.time, unless given), so a test clock moves it too."""
    secret = signing_secret.encode()

    def application(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return app(environ, start_response)  # OAuth's install and redirect pages
        try:
            now = clock() if clock is not None else time.time()
            body = as_bolt_reads_it(verified_body(environ, secret, now))
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
        request = bolt_request(
            text, environ.get("QUERY_STRING", ""), WsgiHttpRequest(environ).get_headers()
        )
        body = request.body
        if not isinstance(body, dict):
            raise TypeError("not an object")
        if _SURROGATE_ESCAPE.search(text):
            _whole_characters(body)
        for read in _BOLT_READERS:
            read(body)
    except Exception as err:
        raise Refused("400 Bad Request", f"unreadable payload ({type(err).__name__})") from None
    problem = payload_problem(body)
    if problem is not None:
        raise Refused("400 Bad Request", problem)
    return request


def bolt_request(text: str, query: str, headers: dict[str, Any]) -> BoltRequest:
    """`BoltRequest(body=text, query=query, headers=headers)`, the same request, with a form's
    fields read here (form_fields) rather than by urllib's parse_qsl, which called `unquote`
    twice for each of a slash command's thirteen fields: about 180 k instructions of a served
    /logmeeting's 3.9 M (bench/HISTORY.md, session 23). A JSON body or an interactivity
    payload (a form with a `payload` field) is Bolt's to read, as before."""
    if (
        not text
        or text.startswith("{")
        or "payload" in text
        or extract_content_type(build_normalized_headers(headers)) == "application/json"
    ):
        return BoltRequest(body=text, query=query, headers=headers)
    # As Bolt builds it from the parsed body (its socket mode's way with a dict), then as an
    # HTTP request with its raw body: every attribute as BoltRequest(body=text) sets it.
    request = BoltRequest(
        body=form_fields(text), query=query or None, headers=headers, mode="socket_mode"
    )
    request.raw_body = text
    request.mode = "http"
    return request


def form_fields(text: str) -> dict[str, str]:
    """`dict(parse_qsl(text, keep_blank_values=True))` (how Bolt reads a form): the same fields,
    the same values, in the same order (the last of a name repeated wins), with `unquote` called
    only for the parts that have something to decode (a `%`)."""
    fields: dict[str, str] = {}
    for part in text.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        if "+" in name:
            name = name.replace("+", " ")
        if "%" in name:
            name = _unquoted(name)
        if "+" in value:
            value = value.replace("+", " ")
        if "%" in value:
            value = _unquoted(value)
        fields[name] = value
    return fields


# A part whose every `%` begins an escape (two hex digits), of printable ASCII (and tabs) but
# `=`: `unquote` of it is its escapes' bytes decoded as UTF-8 (invalid sequences replaced), what
# binascii's quoted-printable decoder gives in C once each `%` is its `=` (with no `=`, line
# break or trailing space in the part, nothing else of quoted-printable applies).
_ESCAPED_ASCII = re.compile(r"[\t -<>-~]*")
_NOT_AN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _unquoted(part: str) -> str:
    """`unquote(part)`: the same string."""
    if _ESCAPED_ASCII.fullmatch(part) and not _NOT_AN_ESCAPE.search(part):
        return binascii.a2b_qp(part.replace("%", "=")).decode("utf-8", "replace")
    return unquote(part)


# Half of a UTF-16 pair written as a JSON escape (`\ud83d`, in a form's payload `%5Cud83d`): an
# emoji cut in two by a client or an integration. json.loads keeps it as a lone surrogate, which
# no database and no UTF-8 encoder takes: the DM "win Nammo 320k" with it was an unhandled
# error and silence.
_SURROGATE_ESCAPE = re.compile(r"(?:\\|%5[cC])u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_characters(value: Any) -> Any:
    """`value` (the parsed payload) with every lone surrogate taken out of its strings, in
    place: half an emoji says nothing; the words around it are read as typed."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("", value)
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = _whole_characters(item)
    elif isinstance(value, list):
        value[:] = [_whole_characters(item) for item in value]
    return value


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
