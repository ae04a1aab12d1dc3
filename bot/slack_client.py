"""The Slack Web API client: honours SLACK_API_URL and retries what is safe to retry."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Settings


def retry_handlers() -> list:
    # 429s wait for Retry-After; connection errors and 5xx back off a little and try again.
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]


def build_client(settings: Settings, token: str | None = None) -> WebClient:
    return WebClient(
        token=token or settings.bot_token,
        base_url=settings.api_url,
        timeout=10,
        retry_handlers=retry_handlers(),
    )
