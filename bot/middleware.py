"""The Bolt middleware that opens every request's unit of work (Netflix/dispatch's db_middleware
is the model): the ids from the payload and a `Request` in `context["request"]`; the listener
opens it for reading or writing and its `with` block commits once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.dependencies import Deps
from bot.metrics import CountErrors
from bot.payloads import installed_enterprise, installed_workspace
from bot.spool import HELD_AT_KEY, REPLAY_KEY
from bot.unit_of_work import ProfileSource, Request

log = logging.getLogger(__name__)

# Payloads answered in the acknowledgement itself (3 s): no Slack call may come first.
ANSWERED_IN_ACK = {"view_submission", "block_suggestion"}
# Seconds their database work may wait on locks: what is left of the 3 s after Slack's transit.
DB_WAIT = 2.0


# users.info on a request Slack waits for: what is left of the 3 s must still cover the work.
PROFILE_WAIT = 1.5


def profile_source(client: WebClient) -> ProfileSource:
    """users.info for the requester's profile (once a day per person, before the work). It is
    asked on Slack's clock: one try within PROFILE_WAIT, no waiting out a 429's Retry-After and
    no retries, so a slow or rate-limited Slack never makes the command miss its 3 s (its
    answer lost, the seller typing it again). Failing, the person's last known profile or the
    team's defaults apply."""

    def fetch(user_id: str) -> dict[str, Any] | None:
        hasty = WebClient(
            token=client.token,
            base_url=client.base_url,
            timeout=PROFILE_WAIT,
            retry_handlers=[CountErrors()],
        )
        try:
            return hasty.users_info(user=user_id, include_locale=True)["user"]
        except (SlackApiError, SlackClientError, OSError) as err:
            # Not fatal. Log the error code only.
            code = getattr(getattr(err, "response", None), "data", {}) or {}
            log.warning("users.info failed for a user: %s", code.get("error", type(err).__name__))
            return None

    return fetch


def _held_at(body: dict[str, Any]) -> datetime | None:
    try:
        found = datetime.fromisoformat(str(body.get(HELD_AT_KEY)))
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


# Interactions: a click or a form's submission names the channel it came from, where the person
# may be no more (left it since the form was opened, the message was posted).
CLICKED = frozenset(
    {"block_actions", "view_submission", "view_closed", "block_suggestion", "interactive_message"}
)


class OpenRequest(Middleware):
    """Bolt's middleware interface itself: Bolt calls `process(req=, resp=, next=)` directly,
    where a plain function is wrapped in a CustomMiddleware that works out its arguments by
    inspecting its signature on every request."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def process(
        self,
        *,
        req: BoltRequest,
        resp: BoltResponse,
        next: Callable[[], BoltResponse],  # noqa: A002 (Bolt's name)
    ) -> BoltResponse | None:
        context, body, deps = req.context, req.body, self.deps
        event = body.get("event") or {}
        # Ours, also in a channel shared with another organisation (bot.payloads).
        # The workspace whose token Bolt authorised the request with: of several installations an
        # event names, the one this app is.
        authorized = context.authorize_result.team_id if context.authorize_result else None
        workspace_id = installed_workspace(body, authorized) or context.team_id or ""
        user_id = context.user_id or event.get("user")
        if isinstance(user_id, dict):  # some events carry the whole user object
            user_id = user_id.get("id")
        client: WebClient = context.client
        now = deps.clock.now()
        held_at = _held_at(body) if body.get(REPLAY_KEY) else None
        if held_at is not None and held_at < now:
            now = held_at  # a request held during an outage, replayed: as of when it came
        kind = body.get("type")
        context["request"] = Request(
            deps=deps,
            workspace_id=workspace_id,
            user_id=user_id,
            channel_id=context.channel_id,
            now=now,
            fetch_profile=None if kind in ANSWERED_IN_ACK else profile_source(client),
            # What Slack waits for: a command (answered in its acknowledgement, or acknowledged
            # before its work, which then fails fast too), a form, an autocomplete.
            wait=DB_WAIT if kind in ANSWERED_IN_ACK or body.get("command") else None,
            enterprise_id=installed_enterprise(body, authorized),
            typed=kind not in CLICKED,
        )
        return next()


def open_request(deps: Deps) -> OpenRequest:
    return OpenRequest(deps)


class CommandAsRegistered(Middleware):
    """Session 46. A slash command typed in capitals ("/LOGCALL MOWI VARM", a phone's caps lock
    on): the command as it is registered, so its listener answers (was no listener matched: no
    answer at all)."""

    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        command = req.body.get("command") if isinstance(req.body, dict) else None
        if isinstance(command, str) and command != command.lower():
            req.body["command"] = command.lower()
        return next()
