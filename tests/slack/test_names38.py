"""Session 38, through the app: a known customer's name of two words typed as one in a channel
message ("Tilbud sendt til AkerBP 2 mill" with "Aker BP" known) records for that customer (was:
a new customer "AkerBP", the figures split in two). The readings:
tests/unit/test_capture_lead38.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, customers, post, set_up_team, stored

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # 15:30 in Oslo
AT_HALF_PAST_THREE = "1796308200.000100"


@pytest.mark.backends("sqlite")
def test_a_known_name_typed_as_one_word_records_for_that_customer(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", "Aker BP i går", KARI, CHANNEL)
    for note in post(team, "Tilbud sendt til AkerBP 2 mill", AT_HALF_PAST_THREE, user=KARI):
        for button in buttons(note.params):
            if button["value"].endswith("|record"):
                click(team, KARI, button, idle=True)
    assert customers(team) == ["Aker BP"]
    assert sorted((r["kind"], r["customer"]) for r in stored(team)) == [
        ("meeting", "Aker BP"),
        ("offer", "Aker BP"),
    ]
