"""The Web API client: honours SLACK_API_URL and retries only what is safe to send twice.

A 429 means Slack did not do it: waiting for Retry-After and sending again is always safe. A 5xx
or a dropped connection may come after Slack did it (posted the message): sending again below the
caller would post it twice. So those are retried only for methods that read, or that set
something to the same value again; a post is left to its caller (the scheduled sender's claim
looks in the conversation before it tries again)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler

from bot.config import Settings

log = logging.getLogger("kpibot.slack")

# What a Web API call can raise: Slack's `ok: false` (SlackApiError), the client's own errors,
# and, after its retries, a dropped connection or a timeout (OSError: URLError, TimeoutError,
# RemoteDisconnected). A call made after the work is stored catches all of these: the work is
# done whatever the call's fate, and must never be reported as "nothing was stored".
SLACK_CALL_ERRORS: tuple[type[Exception], ...] = (SlackClientError, OSError)


_ERROR_CODE = re.compile(r"[a-z][a-z0-9_]{0,59}")


def slack_error(err: Exception) -> str:
    """What went wrong with a Web API call, for a log line: Slack's error code (a snake_case
    word; anything else an answer carries there is not written to the log), else the kind."""
    response = getattr(err, "response", None)
    code = response.get("error") if hasattr(response, "get") else None
    if code is None:
        return type(err).__name__
    code = str(code)
    return code if _ERROR_CODE.fullmatch(code) else "unexpected_error_code"


# Slack's codes for "not now" (with a 5xx or a 429): the same call may work later.
NOT_NOW = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)


def not_now(err: Exception) -> bool:
    """Whether a failed Web API call may work when made again later: Slack busy or failing (a
    5xx, a 429, its codes for that), or no answer at all (a timeout, a dropped connection);
    not an answer that says no (user_not_found, missing_scope, ...)."""
    if not isinstance(err, SlackApiError):
        return isinstance(err, SLACK_CALL_ERRORS)
    status = getattr(err.response, "status_code", 200) or 200
    return status >= 500 or status == 429 or slack_error(err) in NOT_NOW


# Web API methods whose repetition changes nothing.
SAFE_TO_REPEAT = frozenset(
    {
        "auth.test",
        "reactions.add",  # the second one is answered already_reacted
        "reactions.remove",  # the second one is answered no_reaction
        "bots.info",
        "users.info",
        "conversations.info",
        "conversations.members",
        "conversations.history",
        "conversations.replies",
        "conversations.open",
        "views.publish",
        "views.update",
        "chat.update",
        "files.getUploadURLExternal",
    }
)


def method_of(url: str) -> str:
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


# Seconds a call may take before the client gives up on it (each try).
CALL_TIMEOUT = 10
# A retry's pause after a 5xx or a dropped line, at most (slack_sdk's backoff: 0.5 s, 1 s, ...).
BACKOFF_AT_MOST = 2

# The seconds of retries left to the scheduled send in progress on this thread (retry_budget).
_budget: ContextVar[list[float] | None] = ContextVar("kpibot_retry_budget", default=None)


@contextmanager
def retry_budget(seconds: float) -> Iterator[None]:
    """Within the block, this thread's Web API calls are retried (a 429 waited out, a read
    tried again after a 5xx) only while their waits and tries add up to at most `seconds`
    together; beyond, the call fails as Slack answered it and its caller tries again later.
    A scheduled send's calls (the look for an earlier post after a takeover, then the post)
    so end within its claim's lease, however often Slack answers 429."""
    token = _budget.set([float(seconds)])
    try:
        yield
    finally:
        _budget.reset(token)


def _spend(seconds: float) -> bool:
    """Take `seconds` (a retry's wait and its next try) from the budget in force, if any: False
    when it has not that much left (the retry is not made)."""
    left = _budget.get()
    if left is None:
        return True
    if seconds > left[0]:
        return False
    left[0] -= seconds
    return True


class _OnlySafe:
    """Mixin: retry only SAFE_TO_REPEAT methods (within the send's retry_budget)."""

    def _can_retry(
        self, *, state: Any, request: Any, response: Any = None, error: Any = None
    ) -> bool:
        if method_of(request.url) not in SAFE_TO_REPEAT:
            return False
        if not super()._can_retry(  # type: ignore[misc]
            state=state, request=request, response=response, error=error
        ):
            return False
        return _spend(BACKOFF_AT_MOST + CALL_TIMEOUT)


class SafeConnectionErrorRetryHandler(_OnlySafe, ConnectionErrorRetryHandler):
    pass


class SafeServerErrorRetryHandler(_OnlySafe, ServerErrorRetryHandler):
    pass


# The longest Retry-After a listener waits out. Listeners run on a few threads (bot.app): one
# asleep for a minute's rate limit on every ✅ of a busy channel leaves none to answer the next
# command within Slack's 3 s. Longer, the call fails and its caller carries on without it.
LISTENER_RATE_LIMIT_WAIT = 5


# The longest Retry-After a scheduled send waits out. A send runs under its claim's 5-minute
# lease (storage.claims.LEASE): waited longer, another scheduler took the claim over meanwhile,
# found nothing posted yet and posted it, and then this one posted it again. Longer, the send is
# tried again at a later tick. All of one send's waits together (its look for an earlier post,
# then its post) are held within the lease too: bot.jobs.sender sets a retry_budget.
SCHEDULED_RATE_LIMIT_WAIT = 60


class BoundedRateLimitRetryHandler(RateLimitErrorRetryHandler):
    """A 429 waited out and sent again only when Slack asks for at most `max_wait` seconds (a
    Retry-After that is not a whole number of seconds is not waited for either)."""

    def __init__(self, max_retry_count: int, max_wait: int | None) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    def _can_retry(
        self, *, state: Any, request: Any, response: Any = None, error: Any = None
    ) -> bool:
        if not super()._can_retry(state=state, request=request, response=response, error=error):
            return False
        asked = next(
            (v for k, v in (response.headers or {}).items() if k.lower() == "retry-after"), None
        )
        if asked is None:
            seconds = 1  # slack_sdk waits a second
        else:
            seconds = retry_after_seconds(asked)
            if seconds is None or (self.max_wait is not None and seconds > self.max_wait):
                return False
        # slack_sdk adds up to a second to Slack's Retry-After; then the call is tried again.
        return _spend(seconds + 1 + CALL_TIMEOUT)


def retry_after_seconds(asked: Any) -> int | None:
    """A Retry-After header's whole seconds (a list of values: the first), else None."""
    try:
        seconds = int(asked[0] if isinstance(asked, list | tuple) else asked)
    except (TypeError, ValueError, IndexError):
        return None
    return seconds if seconds >= 0 else None


def retry_after_of(err: Exception) -> int | None:
    """The seconds Slack asked a refused call to wait (its 429's Retry-After), else None."""
    response = getattr(err, "response", None)
    headers = getattr(response, "headers", None) or {}
    asked = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    return None if asked is None else retry_after_seconds(asked)


def retry_handlers(max_rate_limit_wait: int | None = None) -> list[RetryHandler]:
    """First the counter of errors (bot.metrics: it sees every answer and never retries)."""
    from bot.metrics import CountErrors

    return [
        CountErrors(),
        SafeConnectionErrorRetryHandler(max_retry_count=2),
        BoundedRateLimitRetryHandler(max_retry_count=3, max_wait=max_rate_limit_wait),
        SafeServerErrorRetryHandler(max_retry_count=2),
    ]


# Seconds views.open may take: a trigger_id works once and for 3 s after the click.
FORM_WAIT = 2.5


def open_form(client: WebClient, trigger_id: str, view: dict[str, Any]) -> Any:
    """views.open on the trigger's clock: one try within FORM_WAIT. A 429's Retry-After (often
    longer than the trigger lives) is not waited out, nor a 5xx retried: after it the trigger
    is spent ("expired_trigger_id") and the person would wait for nothing. Raises what the call
    raises (SLACK_CALL_ERRORS); the caller says the form did not open."""
    from bot.metrics import CountErrors

    hasty = WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=FORM_WAIT,
        retry_handlers=[CountErrors()],
    )
    return hasty.views_open(trigger_id=trigger_id, view=view)


def build_client(
    settings: Settings,
    token: str | None = None,
    *,
    for_listeners: bool = False,
    client_class: type[WebClient] = WebClient,
) -> WebClient:
    """`for_listeners`: the app's client (and, copied by Bolt, every request's), which waits out
    a rate limit only briefly; the scheduled jobs' waits up to a minute. `client_class`: a
    WebClient of another kind (bot.scheduler's, which notices a token Slack refuses)."""
    wait = LISTENER_RATE_LIMIT_WAIT if for_listeners else SCHEDULED_RATE_LIMIT_WAIT
    return client_class(
        token=token or settings.bot_token,
        base_url=settings.api_url,
        timeout=CALL_TIMEOUT,
        retry_handlers=retry_handlers(wait),
    )


# auth.test's errors that say the token itself is no good (not Slack or the network having a bad
# moment): nothing this process would send with it can succeed.
REFUSED_TOKEN = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "not_allowed_token_type",
        "team_access_not_granted",
        "no_permission",
    }
)
TOKEN_CHECK_TIMEOUT = 5
# Slack's answers to a call that the bot token is gone or not taken from here for good (the
# tokens revoked, the app removed, the workspace's IP allow-list): storage.installations.
# TOKEN_GONE, the OAuth store's list (not loaded with one bot token).
TOKEN_REFUSED = frozenset({"invalid_auth", "token_revoked", "account_inactive"})
# A refused token is said at most this often (seconds) by a process's listeners' calls.
TOKEN_REFUSED_SAID_EVERY = 600.0
_token_refused_said = [float("-inf")]


def say_token_refused(code: str, method: str) -> None:
    """Slack refused a call's bot token (TOKEN_REFUSED): one warning for whoever runs kpibot (a
    refused reply is no error of a request's: the alert is kpibot_slack_api_errors_total),
    at most every TOKEN_REFUSED_SAID_EVERY seconds (was: only each failed reply's own info line,
    'reaction not added: invalid_auth', while every ✅ and note failed). Never the token."""
    import time

    now = time.monotonic()
    if now - _token_refused_said[0] < TOKEN_REFUSED_SAID_EVERY:
        return
    _token_refused_said[0] = now
    log.warning(
        "Slack refused the bot token (%s, %s): what people send is stored, but no reply, ✅ or "
        "message reaches Slack. With SLACK_BOT_TOKEN set a working token and restart kpibot (or "
        "mend the workspace's IP allow-list); with OAuth the workspace is taken as having "
        "removed kpibot",
        code,
        method,
    )


_QUIET = logging.getLogger("kpibot.slack.token_check")
_QUIET.setLevel(logging.CRITICAL)


class RefusedToken(Exception):
    """Slack refused SLACK_BOT_TOKEN (its error code is the message)."""


def check_bot_token(settings: Settings) -> None:
    """At start: ask Slack (auth.test, at SLACK_API_URL) whether SLACK_BOT_TOKEN works, so a wrong
    token is one clear line now instead of a failure at the first reply or digest. One log line,
    never the token. Raises RefusedToken when Slack refuses the token; when Slack cannot be
    reached, or answers anything else, warns and returns (the token may well be right).

    Only for one workspace's token: with OAuth each workspace's token is checked by Bolt as it
    is used, and the demo and console talk to a local stand-in with none."""
    if settings.oauth or not settings.bot_token:
        return
    client = WebClient(
        token=settings.bot_token,
        base_url=settings.api_url,
        timeout=TOKEN_CHECK_TIMEOUT,
        retry_handlers=[],
        logger=_QUIET,  # its own "Failed to send a request" would be a second line for one fault
    )
    try:
        who = client.auth_test()
    except SlackApiError as err:
        code = slack_error(err)
        if code in REFUSED_TOKEN:
            raise RefusedToken(code) from err
        log.warning(
            "could not check SLACK_BOT_TOKEN: Slack answered auth.test with %s; going on", code
        )
        return
    except SLACK_CALL_ERRORS as err:
        log.warning(
            "could not reach Slack at %s to check SLACK_BOT_TOKEN (%s); going on: replies and "
            "sends will fail until it can",
            settings.api_url,
            type(err).__name__,
        )
        return
    log.info(
        "SLACK_BOT_TOKEN works: workspace %s (%s), bot user %s",
        who.get("team_id"),
        who.get("team"),
        who.get("user_id"),
    )
