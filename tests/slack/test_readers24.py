"""Session 24 (readers24), through the app:
- "/logmeeting Orkla neste steg fredag kl 10": the time was dropped (a step "oppfølging"); kept
  as the follow-up the seller most likely means, at that time, and said so."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import leads, set_up_team, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)  # never the real clock
    return set_up_team(slack)


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_a_next_step_s_time_with_no_action_word_is_kept_as_a_follow_up(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logmeeting", "Orkla neste steg fredag kl 10", KARI, CHANNEL)
    said = _plain(text_of(reply.reply()))
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == ("follow-up kl 10", "2026-12-04"), said
    assert "oppfølging kl 10" in said, said
