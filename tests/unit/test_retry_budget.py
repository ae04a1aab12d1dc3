"""bot.slack_client: a scheduled send's retry budget, and which failures are worth a later try."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.slack_client import BoundedRateLimitRetryHandler, not_now, retry_after_of, retry_budget


def _limited(seconds: str) -> SimpleNamespace:
    return SimpleNamespace(status_code=429, headers={"Retry-After": [seconds]}, body={})


def _can_retry(handler: BoundedRateLimitRetryHandler, seconds: str) -> bool:
    from slack_sdk.http_retry.state import RetryState

    request = SimpleNamespace(url="https://slack.com/api/chat.postMessage")
    return handler.can_retry(
        state=RetryState(), request=request, response=_limited(seconds), error=None
    )


def test_waits_are_taken_from_the_budget_until_it_is_spent() -> None:
    handler = BoundedRateLimitRetryHandler(max_retry_count=10, max_wait=60)
    with retry_budget(150):  # each 60 s wait costs 60 + 1 + a 10 s try: two fit, not three
        assert [_can_retry(handler, "60") for _ in range(3)] == [True, True, False]
    assert _can_retry(handler, "60")  # no budget outside a send


def test_a_longer_wait_than_asked_for_is_never_waited_out() -> None:
    handler = BoundedRateLimitRetryHandler(max_retry_count=3, max_wait=60)
    with retry_budget(10_000):
        assert not _can_retry(handler, "61")
        assert not _can_retry(handler, "soon")


def _api_error(status: int, error: str, headers: dict | None = None) -> SlackApiError:
    response = SimpleNamespace(
        status_code=status,
        headers=headers or {},
        get=lambda key, default=None: {"error": error}.get(key, default),
    )
    return SlackApiError("failed", response)


@pytest.mark.parametrize(
    ("err", "later"),
    [
        (_api_error(503, "service_unavailable"), True),
        (_api_error(429, "ratelimited"), True),
        (_api_error(200, "fatal_error"), True),
        (TimeoutError(), True),
        (SlackClientError("dropped"), True),
        (_api_error(200, "user_not_found"), False),
        (_api_error(200, "missing_scope"), False),
        (ValueError(), False),
    ],
)
def test_not_now_is_what_a_later_try_may_mend(err: Exception, later: bool) -> None:
    assert not_now(err) is later


def test_retry_after_is_read_from_a_refusal() -> None:
    assert retry_after_of(_api_error(429, "ratelimited", {"retry-after": "600"})) == 600
    assert retry_after_of(_api_error(429, "ratelimited")) is None
