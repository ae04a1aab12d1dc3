"""mendC32, as Slack sends it (Wed 2 Dec 2026): a log command whose weekday and date disagree with
only one day it can be ("/logmeeting Posten tirsdag 3.", the 3rd tomorrow) was asked "Velg den du
mente" over a single day button; now asked yes or no on that day in the sentence, as left32 asks
a message's, an offer "to" its customer (was "med"). One click stores it once."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from tests.helpers import buttons, click_answer, leads, set_up_team, stored, text_of

ALEX, KARI = "U0ALEX", "U0KARI"
CHANNEL = "C0SALES"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


@pytest.mark.parametrize(
    ("user", "locale", "command", "text", "said", "day", "kind"),
    [
        (KARI, "nb-NO", "/logmeeting", "Posten tirsdag 3. kl 10", "var *et møte* med *Posten* tir. 1. des. 2026?", "2026-12-01", "meeting"),
        (KARI, "nb-NO", "/logoffer", "Tine 200k tirsdag 3.", "var *et tilbud* til *Tine* tir. 1. des. 2026?", "2026-12-01", "offer"),
        (KARI, "nb-NO", "/logcall", "Tine mandag 3.", "var *en samtale* med *Tine* man. 30. nov. 2026?", "2026-11-30", "call"),
        (ALEX, "en-GB", "/logmeeting", "Tesco Tuesday 3rd", "was *a meeting* with *Tesco* on Tue 1 Dec 2026?", "2026-12-01", "meeting"),
    ],
)  # fmt: skip
def test_one_day_it_can_be_is_asked_yes_or_no(  # type: ignore[no-untyped-def]
    slack, clock, user, locale, command, text, said, day, kind
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={user: locale})
    result = team.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []
    shown = text_of(reply)
    assert said in shown, shown
    assert "Velg den du mente" not in shown and "Pick the one you meant" not in shown, shown
    days = [b for b in buttons(reply) if "|day:" in b.get("value", "")]
    assert [b["value"].rsplit("|", 1)[1] for b in days] == [f"day:{day}"], buttons(reply)
    click_answer(team, user, days[0], result)
    click_answer(team, user, days[0], result)  # a double click stores it once
    assert [(r["kind"], r["date"]) for r in stored(team)] == [(kind, day)]


def _button(reply: dict, value: str) -> dict:
    [button] = [b for b in buttons(reply) if b.get("value", "").endswith(f"|{value}")]
    return button


def test_a_step_in_a_month_at_a_time_is_asked_and_keeps_its_time(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # was: stored unasked, the step due Fri 1 Jan 2027 at 10:00 (a public holiday nobody said)
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result = team.driver.command("/logcall", "Bring ringer igjen i januar kl 10", KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []
    shown = text_of(reply)
    assert "neste steg *ringer igjen kl 10*, i januar, uten noen dag" in shown, shown
    days = [b["value"].rsplit("|", 1)[1] for b in buttons(reply) if "|step:" in b["value"]]
    assert days[:2] == ["step:2027-01-04", "step:2027-01-11"], days
    click_answer(team, KARI, _button(reply, "step:2027-01-11"), result)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == ("Bring", "call", "2026-12-02")
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due, lead.next_step_time) == (
        "ringer igjen",
        date(2027, 1, 11),
        time(10, 0),
    )


def test_the_follow_up_with_its_time_is_said_in_the_sellers_language(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    reply = team.driver.command(
        "/logmeeting", "Tine, neste steg i mars kl 14", KARI, CHANNEL
    ).reply()
    team.wait_idle()
    assert "neste steg *oppfølging kl 14*, i mars" in text_of(reply), text_of(reply)
