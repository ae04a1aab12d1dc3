"""A local stand-in for Slack, for `kpibot demo`, `kpibot console` and the test suite.

Two halves, both speaking Slack's real wire formats over loopback HTTP:
- `FakeSlackApi`: the Web API (and response_url targets) on 127.0.0.1. It records the method and
  body of every call and can answer HTTP 429 with Retry-After, a 5xx, or an `ok: false` error
  on demand.
- `SlackDriver`: sends the app what Slack sends: form-encoded slash commands, JSON events and
  `payload=` interactivity, signed with v0 HMAC-SHA256 over `v0:timestamp:body`.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode

from slack_sdk.signature import SignatureVerifier

BOT_USER_ID = "UKPIBOT"
BOT_ID = "BKPIBOT"


@dataclass
class ApiCall:
    method: str  # e.g. "chat.postMessage", or "response_url" for posts to a response URL
    params: dict[str, Any]
    path: str = ""


@dataclass
class Failure:
    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeUser:
    id: str
    name: str
    tz: str = "Europe/Oslo"
    locale: str = "en-US"
    is_admin: bool = False
    is_owner: bool = False
    is_bot: bool = False

    def to_slack(self, team_id: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "team_id": team_id,
            "name": self.name.lower().replace(" ", "."),
            "real_name": self.name,
            "tz": self.tz,
            "locale": self.locale,
            "is_admin": self.is_admin,
            "is_owner": self.is_owner,
            "is_bot": self.is_bot,
            "profile": {"display_name": self.name.split()[0], "real_name": self.name},
        }


class FakeSlackApi:
    """Slack's Web API on 127.0.0.1, recording every call."""

    def __init__(self, team_id: str = "T0DEMO", team_name: str = "Demo Workspace") -> None:
        self.team_id = team_id
        self.team_name = team_name
        self.users: dict[str, FakeUser] = {}
        self.channel_members: dict[str, list[str]] = {}
        self.not_member_of: set[str] = set()  # channels the bot has not been invited to
        self.calls: list[ApiCall] = []
        self._failures: dict[str, list[Failure]] = {}
        self._lock = threading.Condition()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def api_url(self) -> str:
        return self.url + "api/"

    def start(self) -> FakeSlackApi:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeSlackApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- set-up --------------------------------------------------------------------------------
    def add_user(self, user: FakeUser) -> FakeUser:
        self.users[user.id] = user
        return user

    def fail(self, method: str, *failures: Failure) -> None:
        """The next calls of `method` get these answers, in order, before normal service."""
        with self._lock:
            self._failures.setdefault(method, []).extend(failures)

    def response_url(self, key: str) -> str:
        return f"{self.url}response/{key}"

    # -- reading what happened ----------------------------------------------------------------
    def calls_to(self, method: str) -> list[ApiCall]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def responses(self, key: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c.params for c in self.calls if c.path == f"/response/{key}"]

    def wait_for(self, predicate, timeout: float = 10.0) -> list[ApiCall]:  # type: ignore[no-untyped-def]
        """Block until some recorded calls satisfy `predicate`; return them."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self.calls if predicate(c)]
                if found:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the app made no matching Slack call in time")
                self._lock.wait(remaining)

    def wait_for_response(self, key: str, timeout: float = 10.0) -> dict[str, Any]:
        return self.wait_for(lambda c: c.path == f"/response/{key}", timeout)[0].params

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._failures.clear()

    # -- serving -----------------------------------------------------------------------------
    def _record(self, call: ApiCall) -> Failure | None:
        with self._lock:
            self.calls.append(call)
            queue = self._failures.get(call.method)
            failure = queue.pop(0) if queue else None
            self._lock.notify_all()
            return failure

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://demo.slack.com/",
                "team": self.team_name,
                "team_id": self.team_id,
                "user": "kpibot",
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }
        if method == "users.info":
            user = self.users.get(str(params.get("user")))
            if user is None:
                return {"ok": False, "error": "user_not_found"}
            return {"ok": True, "user": user.to_slack(self.team_id)}
        if method == "conversations.members":
            members = self.channel_members.get(str(params.get("channel")), list(self.users))
            return {"ok": True, "members": members, "response_metadata": {"next_cursor": ""}}
        if method == "conversations.info":
            channel = str(params.get("channel"))
            return {
                "ok": True,
                "channel": {
                    "id": channel,
                    "name": f"sales-{channel.lower()}",
                    "is_member": channel not in self.not_member_of,
                },
            }
        if method in {"views.open", "views.update", "views.push", "views.publish"}:
            view = params.get("view")
            if isinstance(view, str):
                view = json.loads(view)
            return {"ok": True, "view": {**(view or {}), "id": f"V{next(self._ts):08d}"}}
        if method == "chat.postMessage":
            params["_ts"] = ts  # remembered, so conversations.history can list what was posted
            if isinstance(params.get("metadata"), str):
                params["metadata"] = json.loads(params["metadata"])
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": {"ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "bots.info":
            return {
                "ok": True,
                "bot": {"id": params.get("bot"), "app_id": "A0KPIBOT", "name": "kpibot"},
            }
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):08d}"
            return {"ok": True, "upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            return {
                "ok": True,
                "files": [{"id": f["id"]} for f in json.loads(params.get("files") or "[]")]
                if isinstance(params.get("files"), str)
                else params.get("files", []),
            }
        if method == "conversations.history":
            channel = params.get("channel")
            targets = (
                {channel, "U" + str(channel)[1:]} if str(channel).startswith("D") else {channel}
            )
            with self._lock:
                posted = [
                    {
                        "ts": c.params.get("_ts"),
                        "text": c.params.get("text"),
                        "metadata": c.params.get("metadata"),
                    }
                    for c in self.calls
                    if c.method == "chat.postMessage"
                    and c.params.get("channel") in targets
                    and c.params.get("_ts")
                ]
            return {"ok": True, "messages": list(reversed(posted)), "has_more": False}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(params.get("users", "X"))[1:]}}
        return {"ok": True}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length) if length else b""
                if self.path.startswith("/upload/"):  # files_upload_v2's second step
                    api._record(
                        ApiCall(
                            "file_upload",
                            {"bytes": len(data), "png": data[:8] == b"\x89PNG\r\n\x1a\n"},
                            self.path,
                        )
                    )
                    self._send(200, None)
                    return
                raw = data.decode("utf-8")
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw or "{}")
                else:
                    params = dict(parse_qsl(raw, keep_blank_values=True))
                for key in ("blocks", "view", "attachments", "metadata"):
                    if isinstance(params.get(key), str):
                        try:
                            params[key] = json.loads(params[key])
                        except ValueError:
                            pass
                if self.path.startswith("/api/"):
                    method = self.path[len("/api/") :].split("?")[0]
                else:
                    method = "response_url"
                failure = api._record(ApiCall(method=method, params=params, path=self.path))
                if failure is not None:
                    body = failure.body or {"ok": False, "error": "fake_failure"}
                    self._send(failure.status, body, failure.headers)
                elif method == "response_url":
                    self._send(200, None)
                else:
                    self._send(200, api._answer(method, params))

            def _send(self, status: int, body: dict | None, headers: dict | None = None) -> None:
                data = b"ok" if body is None else json.dumps(body).encode()
                self.send_response(status)
                self.send_header(
                    "Content-Type", "text/plain" if body is None else "application/json"
                )
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        return Handler


@dataclass
class HttpResult:
    status: int
    body: str
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class SlackDriver:
    """Sends the app signed requests shaped exactly like Slack's."""

    def __init__(
        self, app_url: str, signing_secret: str, api: FakeSlackApi, team_id: str | None = None
    ) -> None:
        self.app_url = app_url.rstrip("/") + "/slack/events"
        self.base_url = app_url.rstrip("/")
        self.verifier = SignatureVerifier(signing_secret)
        self.api = api
        self.team_id = team_id or api.team_id
        self._n = itertools.count(1)

    # -- transport -------------------------------------------------------------------------------
    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        extra_headers: dict[str, str] | None = None,
        sign: bool = True,
        url: str | None = None,
    ) -> HttpResult:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        headers = {"Content-Type": content_type}
        if sign:
            headers["X-Slack-Request-Timestamp"] = ts
            headers["X-Slack-Signature"] = self.verifier.generate_signature(timestamp=ts, body=body)
        headers.update(extra_headers or {})
        request = urllib.request.Request(
            url or self.app_url, data=body.encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as resp:
                return HttpResult(resp.status, resp.read().decode(), dict(resp.headers))
        except urllib.error.HTTPError as err:
            return HttpResult(err.code, err.read().decode(), dict(err.headers))

    def get(self, path: str) -> HttpResult:
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=30) as resp:
                return HttpResult(resp.status, resp.read().decode(), dict(resp.headers))
        except urllib.error.HTTPError as err:
            return HttpResult(err.code, err.read().decode(), dict(err.headers))

    # -- payloads --------------------------------------------------------------------------------
    def command_body(
        self, command: str, text: str, user_id: str, channel_id: str = "C0SALES"
    ) -> tuple[str, str, str]:
        n = next(self._n)
        key = f"cmd{n}-{time.monotonic_ns()}"
        trigger_id = f"{n}.{time.monotonic_ns()}.trigger"
        user = self.api.users.get(user_id)
        form = {
            "token": "legacy-verification-token",
            "team_id": self.team_id,
            "team_domain": "demo",
            "channel_id": channel_id,
            "channel_name": "sales" if channel_id.startswith("C") else "directmessage",
            "user_id": user_id,
            "user_name": user.name if user else user_id,
            "command": command,
            "text": text,
            "api_app_id": "A0KPIBOT",
            "is_enterprise_install": "false",
            "response_url": self.api.response_url(key),
            "trigger_id": trigger_id,
        }
        return urlencode(form), key, trigger_id

    def command(
        self, command: str, text: str, user_id: str, channel_id: str = "C0SALES", **kw: Any
    ) -> CommandResult:
        body, key, trigger_id = self.command_body(command, text, user_id, channel_id)
        result = self.post(body, "application/x-www-form-urlencoded", **kw)
        return CommandResult(self, result, key, trigger_id)

    def interactive(self, payload: dict[str, Any], **kw: Any) -> HttpResult:
        payload = {"team": {"id": self.team_id, "domain": "demo"}, **payload}
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded", **kw)

    def click(
        self,
        user_id: str,
        action: dict[str, Any],
        *,
        response_url: str | None = None,
        channel_id: str = "C0SALES",
        message: dict | None = None,
        view: dict | None = None,
    ) -> HttpResult:
        n = next(self._n)
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user_id, "team_id": self.team_id},
            "api_app_id": "A0KPIBOT",
            "trigger_id": f"{n}.{time.monotonic_ns()}.trigger",
            "actions": [{"type": "button", "action_ts": str(time.time()), **action}],
        }
        if view is not None:
            payload["container"] = {"type": "view", "view_id": view.get("id")}
            payload["view"] = view
        else:
            payload["container"] = {
                "type": "message",
                "channel_id": channel_id,
                "is_ephemeral": True,
            }
            payload["channel"] = {"id": channel_id}
            payload["response_url"] = response_url or self.api.response_url(f"click{n}")
            if message is not None:
                payload["message"] = message
        return self.interactive(payload)

    def submit_view(
        self, user_id: str, view: dict[str, Any], values: dict[str, dict[str, Any]]
    ) -> HttpResult:
        view = {**view, "state": {"values": values}}
        view.setdefault("id", f"V{next(self._n):08d}")
        view.setdefault("team_id", self.team_id)
        payload = {
            "type": "view_submission",
            "user": {"id": user_id, "team_id": self.team_id},
            "api_app_id": "A0KPIBOT",
            "trigger_id": f"{next(self._n)}.{time.monotonic_ns()}.trigger",
            "view": view,
        }
        return self.interactive(payload)

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None
    ) -> HttpResult:
        body = json.dumps(
            {
                "token": "legacy-verification-token",
                "team_id": self.team_id,
                "api_app_id": "A0KPIBOT",
                "event": event,
                "type": "event_callback",
                "event_id": event_id or f"Ev{next(self._n):08d}",
                "event_time": int(time.time()),
                "authorizations": [
                    {"team_id": self.team_id, "user_id": BOT_USER_ID, "is_bot": True}
                ],
            }
        )
        headers = {}
        if retry_num is not None:
            headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
        return self.post(body, "application/json", extra_headers=headers)


class CommandResult:
    """The HTTP answer to a slash command, and what the app later said about it."""

    def __init__(self, driver: SlackDriver, http: HttpResult, key: str, trigger_id: str) -> None:
        self.driver = driver
        self.http = http
        self.key = key
        self.trigger_id = trigger_id

    @property
    def response_url(self) -> str:
        return self.driver.api.response_url(self.key)

    def reply(self, timeout: float = 10.0) -> dict[str, Any]:
        """What the user sees: the answer in the acknowledgement, else the app's post to the
        response_url."""
        if self.http.body.startswith("{"):
            body = self.http.json()
            if isinstance(body, dict) and ("text" in body or "blocks" in body):
                return body
        return self.driver.api.wait_for_response(self.key, timeout)

    def opened_view(self, timeout: float = 10.0) -> dict[str, Any]:
        calls = self.driver.api.wait_for(
            lambda c: c.method == "views.open" and c.params.get("trigger_id") == self.trigger_id,
            timeout,
        )
        return calls[0].params["view"]


def message_text(message: dict[str, Any]) -> str:
    """All readable text of a message or view: its text and every block's text, in order."""
    parts: list[str] = []
    if message.get("text") and not message.get("blocks"):
        parts.append(str(message["text"]))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "actions":  # buttons are listed separately
                return
            if node.get("type") in {"mrkdwn", "plain_text"} and "text" in node:
                parts.append(str(node["text"]))
                return
            for key in (
                "title",
                "text",
                "elements",
                "fields",
                "accessory",
                "label",
                "element",
                "placeholder",
            ):
                if key in node:
                    walk(node[key])
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(message.get("blocks", []))
    return "\n".join(parts)
