"""Session 39, through the app: "møte med Tine i dag og Kiwi i morgen" asks Tine's meeting as
held and plans Kiwi's for tomorrow (was: both in one "Record both", Kiwi's meeting stored as held
on a day still to come, counted before it happened); "hos Kiwi Bryn og Rema 1000 Alnabru" asks
both customers (was: Kiwi alone, sure, the second dropped). The readings:
tests/unit/test_capture_lead39.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import buttons, click, leads, post, set_up_team, stored

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # 15:30 in Oslo
AT_HALF_PAST_THREE = "1796308200.000100"


def _answer_all(team, notes, options) -> list[str]:  # type: ignore[no-untyped-def]
    """Click every button of `options` on the notes; the options offered, in order."""
    offered = []
    for note in notes:
        for button in buttons(note.params):
            option = button["value"].split("|")[1]
            offered.append(option)
            if option in options:
                click(team, KARI, button, idle=True)
    return offered


@pytest.mark.backends("sqlite")
def test_a_name_joined_with_its_day_ahead_is_planned_never_held(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", "Kiwi i går", KARI, CHANNEL)
    team.driver.command("/logmeeting", "Tine i går", KARI, CHANNEL)
    notes = post(team, "møte med Tine i dag og Kiwi i morgen", AT_HALF_PAST_THREE, user=KARI)
    offered = _answer_all(team, notes, {"record", "plan", "record_all"})
    assert "record_all" not in offered and "plan" in offered, offered
    rows = [(r["kind"], r["customer"], r["date"]) for r in stored(team)]
    assert rows == [
        ("meeting", "Kiwi", "2026-12-02"),
        ("meeting", "Tine", "2026-12-02"),
        ("meeting", "Tine", "2026-12-03"),
    ]  # nothing dated tomorrow
    due = {lead.customer.name: lead.next_step_due for lead in leads(team) if lead.customer}
    assert due.get("Kiwi") == date(2026, 12, 4), due


@pytest.mark.backends("sqlite")
def test_a_chains_store_after_its_name_keeps_the_second_customer(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", "Kiwi i går", KARI, CHANNEL)
    notes = post(
        team,
        "Ute på kundebesøk hos Kiwi Bryn og Rema 1000 Alnabru i dag",
        AT_HALF_PAST_THREE,
        user=KARI,
    )
    _answer_all(team, notes, {"record", "record_all", "new"})
    rows = sorted((r["customer"], r["date"]) for r in stored(team))
    assert rows == [
        ("Kiwi", "2026-12-02"),
        ("Kiwi", "2026-12-03"),
        ("Rema 1000 Alnabru", "2026-12-03"),
    ]
