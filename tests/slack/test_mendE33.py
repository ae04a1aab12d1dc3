"""mendE33, through the app: a channel message's step said over the new year is kept through
its Record click (due by the period's last working day, as a command dates it), a double click
storing once; and "/kpi Q4", "/teamstatus Q4" in January show the quarter just ended."""

from __future__ import annotations

import pytest

from tests.helpers import at as _at
from tests.helpers import buttons, channel_message, leads, said_at, set_up_team, stored

LARS, KARI = "U0LARS", "U0KARI"
DECEMBER_17 = "1797501600.000100"  # Thu 17 Dec 2026 10:00 UTC


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_messages_step_over_new_year_is_kept_through_record_once(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: asked (Registrer) and the click stored the meeting without its step (the lead
    then nudged "no next step yet")."""
    _at(clock, "2026-12-17T10:00:00Z")
    set_up_team(slack, locale="nb-NO", idle=True)
    slack.api.reset()
    text = "Møte med Tine i dag, følger opp over nyttår"
    assert slack.driver.event(channel_message(text, DECEMBER_17, user=LARS)).status == 200
    slack.wait_idle()
    assert stored(slack) == []
    asked = slack.api.calls_to("chat.postEphemeral")[-1].params
    record = next(b for b in buttons(asked) if b["value"].endswith("|record"))
    for _ in range(2):  # a double click: stored once
        result = slack.driver.click(
            LARS, {"action_id": record["action_id"], "value": record["value"]}
        )
        assert result.status == 200
        slack.wait_idle()
    rows = [(r["kind"], r["customer"], str(r["date"])) for r in stored(slack)]
    assert rows == [("meeting", "Tine", "2026-12-17")], rows
    [lead] = leads(slack)
    # the new year's first working days to the Friday of its first whole week: its last
    assert str(lead.next_step_due) == "2027-01-08", lead.next_step_due
    assert lead.next_step == "følger opp", lead.next_step


@pytest.fixture
def q4(slack, clock):  # type: ignore[no-untyped-def]
    set_up_team(slack, clock=clock, at="2026-11-30T08:00:00", idle=True)
    said_at(slack, clock, "2026-12-01T09:00:00", KARI, "/logmeeting", "Kiwi varm")
    said_at(slack, clock, "2026-12-02T09:00:00", KARI, "/logoffer", "Orkla 750k")
    return slack


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("command", ["/kpi", "/teamstatus"])
def test_q4_said_in_january_is_the_quarter_just_ended(q4, clock, command: str) -> None:  # type: ignore[no-untyped-def]
    """Fri 15 Jan 2027. Was: Q4 2027, a quarter to come ("«Q4» er et kvartal, ikke en uke")."""
    said = said_at(q4, clock, "2027-01-15T08:00:00", KARI, command, "Q4").replace("\xa0", " ")
    assert "2026-Q4 til og med tor. 31. des. 2026" in said, said
    assert "ikke en uke" not in said, said
    with_year = said_at(q4, clock, "2027-01-15T08:01:00", KARI, command, "Q4 2026")
    assert with_year.replace("\xa0", " ") == said
