"""End to end, as Slack sends it (session 21, the clock set): the same talk said N times.
"/logcall Novo 2 gange i dag" asked with customer "Novo 2" and "gange" unread; "Ringte Novo 2
ganger i dag" recorded ONE call sure, an undercount nobody was told about. Now the command is
asked with the count shown and the customer right; the message is asked, nothing stored unasked.
The readings themselves: tests/unit/test_talks21.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import count_rows, post, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
TUESDAY = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 15:00 in Oslo
TUESDAY_TS = "1796133600.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_commands_count_is_shown_never_glued_to_the_name(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logcall", "Novo 2 gange i dag", KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "*Novo*" in said and "Novo 2" not in said, said
    assert count_rows(team) == 2  # two calls (times21: tests/slack/test_times21.py)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_messages_count_is_asked_never_one_call_sure(team) -> None:  # type: ignore[no-untyped-def]
    notes = post(team, "Ringte Novo 2 ganger i dag", TUESDAY_TS, user=KARI)
    assert stored(team) == []  # was one call stored sure
    assert notes, "asked, never silence"
