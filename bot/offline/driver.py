"""`SlackDriver`: sends the app what Slack sends, for `kpibot demo`, `kpibot console` and the
tests: form-encoded slash commands, JSON events and `payload=` interactivity, signed with v0
HMAC-SHA256 over `v0:timestamp:body`.

How a request reaches the app is the transport's business: `HttpTransport` posts to a real
server over loopback HTTP; `harness.InProcessTransport` calls the same WSGI application directly.
"""

from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from bot.offline.slack_api import BOT_USER_ID, FakeSlackApi

EVENTS_PATH = "/slack/events"


@dataclass
class HttpResult:
    status: int
    body: str
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class Transport(Protocol):
    """Delivers one HTTP request to the app and returns its answer."""

    def request(
        self, method: str, path: str, body: bytes, headers: dict[str, str]
    ) -> HttpResult: ...


class HttpTransport:
    """A real HTTP request to a server listening at `base_url` (e.g. http://127.0.0.1:3000)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> HttpResult:
        data = body if method != "GET" else None
        request = urllib.request.Request(
            self.base_url + path, data=data, headers=headers, method=method
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as resp:
                return HttpResult(resp.status, resp.read().decode(), dict(resp.headers))
        except urllib.error.HTTPError as err:
            return HttpResult(err.code, err.read().decode(), dict(err.headers))


def _ack_message(http: HttpResult) -> dict[str, Any] | None:
    """The message in an ack's body (Slack shows it to the user), if the body carries one."""
    if http.status != 200 or not http.body:
        return None
    try:
        body = http.json()
    except ValueError:
        return None
    if isinstance(body, dict) and ("text" in body or "blocks" in body):
        return body
    return None


class SlackDriver:
    """Sends the app signed requests shaped exactly like Slack's."""

    def __init__(
        self,
        transport: Transport | str,
        signing_secret: str,
        api: FakeSlackApi,
        team_id: str | None = None,
    ) -> None:
        """`transport`: how requests reach the app; a URL string means real HTTP to it."""
        self.transport = HttpTransport(transport) if isinstance(transport, str) else transport
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
        path: str = EVENTS_PATH,
    ) -> HttpResult:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        headers = {"Content-Type": content_type}
        if sign:
            headers["X-Slack-Request-Timestamp"] = ts
            headers["X-Slack-Signature"] = self.verifier.generate_signature(timestamp=ts, body=body)
        headers.update(extra_headers or {})
        return self.transport.request("POST", path, body.encode("utf-8"), headers)

    def get(self, path: str) -> HttpResult:
        return self.transport.request("GET", path, b"", {})

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

    def interactive(
        self, payload: dict[str, Any], *, response_key: str | None = None, **kw: Any
    ) -> InteractionResult:
        """`response_key`: the payload's response URL is ours under this key (see reply())."""
        payload = {"team": {"id": self.team_id, "domain": "demo"}, **payload}
        body = urlencode({"payload": json.dumps(payload)})
        before = len(self.api.responses(response_key)) if response_key else 0
        http = self.post(body, "application/x-www-form-urlencoded", **kw)
        return InteractionResult(
            http.status, http.body, http.headers, self.api, response_key, before
        )

    def click(
        self,
        user_id: str,
        action: dict[str, Any],
        *,
        response_url: str | None = None,
        channel_id: str = "C0SALES",
        message: dict | None = None,
        view: dict | None = None,
    ) -> InteractionResult:
        n = next(self._n)
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user_id, "team_id": self.team_id},
            "api_app_id": "A0KPIBOT",
            "trigger_id": f"{n}.{time.monotonic_ns()}.trigger",
            "actions": [{"type": "button", "action_ts": str(time.time()), **action}],
        }
        response_key = None
        if view is not None:
            payload["container"] = {"type": "view", "view_id": view.get("id")}
            payload["view"] = view
        else:
            payload["container"] = {
                "type": "message",
                "channel_id": channel_id,
                "is_ephemeral": True,
            }
            if message is not None and message.get("ts"):  # a message of the bot's, as posted
                payload["container"].update(message_ts=message["ts"], is_ephemeral=False)
            payload["channel"] = {"id": channel_id}
            payload["response_url"] = response_url or self.api.response_url(f"click{n}")
            response_key = self.api.response_key(payload["response_url"])
            if message is not None:
                payload["message"] = message
        return self.interactive(payload, response_key=response_key)

    def submit_view(
        self, user_id: str, view: dict[str, Any], values: dict[str, dict[str, Any]]
    ) -> InteractionResult:
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
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        envelope: dict[str, Any] | None = None,
    ) -> HttpResult:
        """`envelope`: more fields of the outer payload (is_ext_shared_channel, enterprise_id)."""
        body = json.dumps(
            {
                "token": "legacy-verification-token",
                "team_id": self.team_id,
                "api_app_id": "A0KPIBOT",
                "event": event,
                "type": "event_callback",
                "event_id": event_id or f"Ev{next(self._n):08d}",
                "event_time": int(time.time()),
                # Our installation (in a shared channel the envelope's team_id may be the
                # host's): its organisation is the envelope's unless the envelope says otherwise.
                "authorizations": [
                    {
                        "enterprise_id": (envelope or {}).get("enterprise_id"),
                        "team_id": self.team_id,
                        "user_id": BOT_USER_ID,
                        "is_bot": True,
                        "is_enterprise_install": False,
                    }
                ],
                **(envelope or {}),
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

    @property
    def ack_message(self) -> dict[str, Any] | None:
        """The message in the HTTP answer itself (Slack shows it at once), if any."""
        return _ack_message(self.http)

    def reply(self, timeout: float = 10.0) -> dict[str, Any]:
        """What the user sees first: the message in the ack if it carries one, otherwise the
        app's first post to the response_url."""
        return self.ack_message or self.driver.api.wait_for_response(self.key, timeout)

    def replies(self) -> list[dict[str, Any]]:
        """Every message the user has seen so far: the ack's, then the response_url posts.
        (Wait for the listeners first, e.g. LocalSlack.wait_idle().)"""
        first = [self.ack_message] if self.ack_message else []
        return first + self.driver.api.responses(self.key)

    def opened_view(self, timeout: float = 10.0) -> dict[str, Any]:
        calls = self.driver.api.wait_for(
            lambda c: c.method == "views.open" and c.params.get("trigger_id") == self.trigger_id,
            timeout,
        )
        return calls[0].params["view"]


class InteractionResult(HttpResult):
    """The HTTP answer to a click, a view submission or an options request; reply() is what
    the app said about it."""

    def __init__(
        self,
        status: int,
        body: str,
        headers: dict[str, str],
        api: FakeSlackApi,
        response_key: str | None,
        responses_before: int,
    ) -> None:
        super().__init__(status, body, headers)
        self._api = api
        self._response_key = response_key
        self._before = responses_before

    @property
    def response_action(self) -> dict[str, Any] | None:
        """A view submission's answer in the ack (`response_action`: errors, update, push...)."""
        body = self.json() if self.status == 200 and self.body else None
        return body if isinstance(body, dict) and "response_action" in body else None

    def reply(self, timeout: float = 10.0) -> dict[str, Any]:
        """The answer in the ack if it carries one (a message or a response_action), otherwise
        the app's next post to the response_url after this request."""
        answer = _ack_message(self) or self.response_action
        if answer is not None:
            return answer
        if self._response_key is None:
            raise ValueError("no answer in the ack and no response_url of ours to wait on")
        return self._api.wait_for_response(self._response_key, timeout, after=self._before)
