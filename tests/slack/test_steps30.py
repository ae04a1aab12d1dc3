"""steps30: the log commands' new questions, clicked as Slack sends them: a step in a period
(its day on a button), an amount range (an end on a button), and "i januar" said in December
(the date picker's second button, then the follow-up's day). Each stored nothing on main but
"could not read …" / bad_amount / a picker of last January alone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click_answer, leads, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


def _button(reply: dict, value: str) -> dict:
    [button] = [b for b in buttons(reply) if b.get("value", "").endswith(f"|{value}")]
    return button


def _ask(team, command: str, text: str, stored_before: int = 0):  # type: ignore[no-untyped-def]
    result = team.driver.command(command, text, KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert len(stored(team)) == stored_before  # nothing stored until a button is clicked
    return result, reply


def test_a_step_next_month_is_stored_on_the_week_picked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """mendE33 (the lead's rule, mendA33): "neste måned" is no longer asked but stored, due by
    the month's last working day; a step over the new year keeps its question (a day picked)."""
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    reply = team.driver.command("/logcall", "Orkla ringer igjen neste måned", KARI, CHANNEL).reply()
    team.wait_idle()
    assert "ringer igjen" in text_of(reply) and "Du skrev" not in text_of(reply), text_of(reply)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == ("Orkla", "call", "2026-12-02")
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due) == ("ringer igjen", date(2027, 1, 29))
    result, reply = _ask(team, "/logcall", "Tine ringer igjen over nyttår", stored_before=1)
    assert "Du skrev «ringer igjen over nyttår»: neste steg *ringer igjen*" in text_of(reply)
    done = click_answer(team, KARI, _button(reply, "step:2027-01-05"), result)
    assert "ringer igjen" in text_of(done)
    tine = [lead for lead in leads(team) if lead.customer.name == "Tine"]
    assert [(lead.next_step, lead.next_step_due) for lead in tine] == [
        ("ringer igjen", date(2027, 1, 5))
    ]


def test_an_amount_range_is_stored_at_the_end_picked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result, reply = _ask(team, "/logoffer", "Posten 250-300k")
    labels = [b["text"]["text"].replace("\xa0", " ") for b in buttons(reply)]
    # (mendD34: each with the team's krone, as a confirmation shows it; was "Lavt: 250 000")
    assert labels == ["Lavt: kr 250 000", "Midt imellom: kr 275 000", "Høyt: kr 300 000", "Avbryt"], labels  # fmt: skip
    click_answer(team, KARI, _button(reply, "range:middle"), result)
    [row] = stored(team)
    assert (row["customer"], Decimal(str(row["amount"])), row["note"]) == (
        "Posten",
        Decimal(275000),
        "250-300k",
    )


def test_an_offer_in_january_said_in_december_can_be_today_with_its_follow_up(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result, reply = _ask(team, "/logoffer", "Kiwi 200k i januar")
    ahead = _button(reply, "ahead_month")
    assert ahead["text"]["text"] == "I dag, med oppfølging i januar"
    then = click_answer(team, KARI, ahead, result)
    assert stored(team) == []
    click_answer(team, KARI, _button(then, "step:2027-01-04"), result)
    [row] = stored(team)
    assert (row["customer"], row["date"], Decimal(str(row["amount"]))) == (
        "Kiwi",
        "2026-12-02",
        Decimal(200000),
    )
    [lead] = leads(team)
    assert lead.next_step_due == date(2027, 1, 4)
