"""Session 25 (readers25), through the app:
- "Møte med Tine, følger opp fredag kl 10" in the channel stored the step without its time
  ("samtale"): kept, in the seller's words ("samtale kl 10"), as /logmeeting keeps it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import leads, post, set_up_team, stored

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
THURSDAY_TS = "1764752400.000100"  # 3 Dec 2026, 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)  # never the real clock
    return set_up_team(slack)


def test_a_step_s_time_in_a_channel_message_is_kept(team) -> None:  # type: ignore[no-untyped-def]
    post(team, "Møte med Tine, følger opp fredag kl 10", THURSDAY_TS, user=KARI)
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == ("samtale kl 10", "2026-12-04")
    assert [(r["kind"], r["customer"], r["date"]) for r in stored(team)] == [
        ("meeting", "Tine", "2026-12-03")
    ]

