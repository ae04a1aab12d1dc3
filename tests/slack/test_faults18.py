"""Payloads and faults of round 18, each as Slack sends or answers it, each asserting the one
record (or none) and the one message it must leave."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import Failure
from storage.db import make_session_factory, session_scope
from storage.models import Claim
from tests.slack.test_faults13 import CHANNEL, _english_team, _jobs

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 08:00 in Oslo: the digest is due


def _digests(slack) -> list[dict]:  # type: ignore[no-untyped-def]
    """The digest posts kpibot made in the team channel (each try: Slack kept the first)."""
    return [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == CHANNEL
    ]


# -- 1. Slack's "maybe done" errors answered with HTTP 200 -----------------------------------------
@pytest.mark.parametrize("error", ["fatal_error", "internal_error"])
def test_a_digest_slack_answers_with_a_maybe_posted_error_is_looked_for_never_posted_twice(
    slack, error: str
) -> None:  # type: ignore[no-untyped-def]
    """Slack answers most errors with HTTP 200 and `ok: false`; of `fatal_error` and
    `internal_error` its docs say "it's possible some aspect of the operation succeeded before
    the error was raised". Only a 5xx was taken as "posted or not": these were a plain refusal,
    tried again at a later tick without a look in the channel, so a digest Slack had posted was
    posted a second time."""
    _english_team(slack)
    slack.api.fail(
        "chat.postMessage", Failure(200, {"ok": False, "error": error}, processed=True)
    )
    with freeze_time(MONDAY):
        _jobs(slack).tick()
    assert len(_digests(slack)) == 1
    with freeze_time("2026-11-23T07:06:00Z"):  # the next try: looks, finds it, posts nothing
        _jobs(slack).tick()
    with freeze_time("2026-11-23T07:12:00Z"):
        _jobs(slack).tick()
    assert len(_digests(slack)) == 1, [d.get("text") for d in _digests(slack)]
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert claim.state == "sent" and claim.message_ts
