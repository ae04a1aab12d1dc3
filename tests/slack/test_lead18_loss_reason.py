"""A loss said in the channel keeps its reason (trial18's month, session 18): "Lost Boots, they
went with a competitor", answered Record, stored the loss without a note, so the funnel's "why
deals were lost" said "no reason given" where `/loglost Boots went with a competitor` keeps it."""

from __future__ import annotations

import pytest

from tests.helpers import channel_message, stored
from tests.slack.test_capture import _click, _question, _settle, _setup


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.backends("sqlite", "postgres")
def test_a_loss_said_in_the_channel_keeps_its_reason(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    slack.driver.event(channel_message("Sent offer to Nammo 300k", ts="1763630000.002300"))
    slack.api.wait_for(lambda c: c.method == "reactions.add")
    _settle(slack)
    slack.api.reset()
    _q, by_option = _question(
        slack, "Lost Nammo, they went with a competitor", ts="1763630000.002400"
    )
    _click(slack, "U0LARS", by_option["record"])
    loss = [r for r in stored(slack) if r["kind"] == "loss"]
    assert [(r["customer"], r["note"]) for r in loss] == [("Nammo", "they went with a competitor")]
