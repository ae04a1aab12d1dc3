"""respond() that is never silent: when the response_url fails (expired, 404, 429, 5xx, no
network), the same message goes to the person as chat.postEphemeral in the channel, or as a DM
where that fails too; each fallback is logged (without the message). Every guarded listener's
`respond` (and `context.respond`) is this one (bot.listeners.guard)."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

log = logging.getLogger(__name__)


class RespondOrPost:
    def __init__(self, respond: Any, client: WebClient | None, body: dict[str, Any]) -> None:
        self.respond = respond
        self.client = client
        self.body = body

    def __call__(self, text: Any = "", **kwargs: Any) -> Any:
        try:
            if self.respond is None:  # a click in the App Home: no response_url
                raise LookupError("no response_url")
            response = self.respond(text, **kwargs)
            status = getattr(response, "status_code", 200)
            if status == 200:
                return response
            why = f"HTTP {status}"
        except Exception as err:  # Bolt raises without a response_url; urllib on a dropped line
            response, why = None, type(err).__name__
        message = text if isinstance(text, dict) else {"text": text, **kwargs}
        if not (message.get("text") or message.get("blocks")):
            return response  # a delete_original: nothing the person must read
        self._post({"text": message.get("text") or "", "blocks": message.get("blocks")}, why)
        return response

    def _post(self, message: dict[str, Any], why: str) -> None:
        user, channel = _user(self.body), _channel(self.body)
        if self.client is None or not user:
            log.warning("response_url failed (%s) and there is nobody to tell", why)
            return
        if message["blocks"] is None:
            del message["blocks"]
        if channel:
            try:
                self.client.chat_postEphemeral(channel=channel, user=user, **message)
                log.warning("response_url failed (%s): told the user with chat.postEphemeral", why)
                return
            except (SlackApiError, SlackClientError, OSError):
                pass
        try:
            self.client.chat_postMessage(channel=user, **message)
            log.warning("response_url failed (%s): told the user in a DM", why)
        except (SlackApiError, SlackClientError, OSError) as err:
            log.error("response_url failed (%s) and so did the DM: %s", why, type(err).__name__)


def _user(body: dict[str, Any]) -> str | None:
    user = body.get("user")
    found = user.get("id") if isinstance(user, dict) else body.get("user_id")
    return found if isinstance(found, str) else None


def _channel(body: dict[str, Any]) -> str | None:
    channel = body.get("channel")
    container = body.get("container") if isinstance(body.get("container"), dict) else {}
    found = (
        (channel.get("id") if isinstance(channel, dict) else None)
        or body.get("channel_id")
        or container.get("channel_id")
    )
    return found if isinstance(found, str) else None
