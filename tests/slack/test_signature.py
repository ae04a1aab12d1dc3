"""Requests not signed exactly as Slack signs them get 401 and change nothing."""

from __future__ import annotations

import time

import pytest

from bot.standin import SlackDriver
from tests.helpers import count_rows


def _body(slack) -> str:  # type: ignore[no-untyped-def]
    body, _key, _trigger = slack.driver.command_body("/logmeeting", "Acme warm", "U0KARI")
    return body


def _assert_nothing_happened(slack) -> None:  # type: ignore[no-untyped-def]
    slack.wait_idle()
    assert count_rows(slack) == 0
    assert slack.api.calls == []


def test_correctly_signed_command_is_accepted(slack) -> None:  # type: ignore[no-untyped-def]
    result = slack.driver.command("/logmeeting", "Acme warm", "U0KARI")
    assert result.http.status == 200
    assert "Acme" in str(result.reply())
    assert count_rows(slack) == 1


def test_tampered_body_is_rejected(slack) -> None:  # type: ignore[no-untyped-def]
    body = _body(slack)
    ts = str(int(time.time()))
    signature = slack.driver.verifier.generate_signature(timestamp=ts, body=body)
    tampered = body.replace("Acme", "Evil")
    result = slack.driver.post(
        tampered,
        "application/x-www-form-urlencoded",
        sign=False,
        extra_headers={"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature},
    )
    assert result.status == 401
    _assert_nothing_happened(slack)


def test_wrong_secret_is_rejected(slack) -> None:  # type: ignore[no-untyped-def]
    impostor = SlackDriver(slack.app_url, "not-the-signing-secret", slack.api)
    body, _k, _t = impostor.command_body("/logmeeting", "Acme", "U0KARI")
    assert impostor.post(body, "application/x-www-form-urlencoded").status == 401
    _assert_nothing_happened(slack)


@pytest.mark.parametrize("drop", ["X-Slack-Signature", "X-Slack-Request-Timestamp", "both"])
def test_missing_headers_are_rejected(slack, drop: str) -> None:  # type: ignore[no-untyped-def]
    body = _body(slack)
    ts = str(int(time.time()))
    headers = {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": slack.driver.verifier.generate_signature(timestamp=ts, body=body),
    }
    for name in list(headers):
        if drop in (name, "both"):
            del headers[name]
    result = slack.driver.post(
        body, "application/x-www-form-urlencoded", sign=False, extra_headers=headers
    )
    assert result.status == 401
    _assert_nothing_happened(slack)


@pytest.mark.parametrize("skew", [-301, 301])
def test_stale_or_future_timestamp_is_rejected(slack, skew: int) -> None:  # type: ignore[no-untyped-def]
    body = _body(slack)
    result = slack.driver.post(
        body, "application/x-www-form-urlencoded", timestamp=int(time.time()) + skew
    )
    assert result.status == 401
    _assert_nothing_happened(slack)


def test_signed_events_and_interactivity_with_bad_signature_are_rejected(slack) -> None:  # type: ignore[no-untyped-def]
    impostor = SlackDriver(slack.app_url, "wrong", slack.api)
    assert (
        impostor.event(
            {"type": "app_mention", "text": "hi", "user": "U0KARI", "channel": "C1"}
        ).status
        == 401
    )
    assert impostor.click("U0KARI", {"action_id": "activity_undo", "value": "1"}).status == 401
    _assert_nothing_happened(slack)
