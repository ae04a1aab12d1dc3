"""A team channel whose posting permissions keep kpibot out (faults18's finding, session 18):
chat.postMessage answers `restricted_action_read_only_channel` (only some may post) or
`restricted_action_thread_only_channel` (only in threads). The digest was tried five times and
its managers then told "Slack kept failing … `kpibot digest --resend`": wrong advice, as a resend
meets the same setting. Now given up at once, and the managers told what to change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import Failure
from tests.helpers import text_of
from tests.slack.test_faults13 import KARI, _english_team, _jobs, _told


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "code", ["restricted_action_read_only_channel", "restricted_action_thread_only_channel"]
)
def test_a_channel_that_keeps_kpibot_from_posting_is_said_so(slack, code: str) -> None:  # type: ignore[no-untyped-def]
    _english_team(slack)
    slack.api.fail("chat.postMessage", Failure(body={"ok": False, "error": code}))
    with freeze_time(datetime(2026, 11, 23, 7, 0, tzinfo=UTC)):  # Monday 08:00 in Oslo
        _jobs(slack).tick()
    slack.api.recover("chat.postMessage")
    posts = [
        c for c in slack.api.calls_to("chat.postMessage") if c.params.get("channel") == "C0SALES"
    ]
    assert len(posts) == 1  # one try: another meets the same setting
    [told] = _told(slack, KARI, "could not post the weekly digest")
    assert "posting permissions" in text_of(told) and "--resend" not in text_of(told), told
