"""mendH31: review31's slash-command defects, clicked as Slack sends them: a step on one of two
days with no day said for the meeting (the meeting today, the step on the day picked; was the
meeting stored on last Monday, "neste møte fredag eller" unread)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import buttons, click_answer, leads, set_up_team, stored, text_of

ALEX, KARI = "U0ALEX", "U0KARI"
CHANNEL = "C0SALES"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


def _button(reply: dict, value: str) -> dict:
    [button] = [b for b in buttons(reply) if b.get("value", "").endswith(f"|{value}")]
    return button


def _ask(team, user: str, command: str, text: str):  # type: ignore[no-untyped-def]
    result = team.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []  # nothing stored until a button is clicked
    return result, reply


@pytest.mark.parametrize(
    ("user", "locale", "text", "when", "what", "picked"),
    [
        (KARI, "nb-NO", "Rema varm neste møte fredag eller mandag", "2026-12-02", "møte", "2026-12-07"),
        (ALEX, "en-GB", "Lidl yesterday call back Fri or Mon", "2026-12-01", "call back", "2026-12-04"),
    ],
)  # fmt: skip
def test_a_step_on_one_of_two_days_without_the_meetings_day(  # type: ignore[no-untyped-def]
    slack, clock, user, locale, text, when, what, picked
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={user: locale})
    result, reply = _ask(team, user, "/logmeeting", text)
    days = [b["value"].rsplit("|", 1)[1] for b in buttons(reply)][:2]
    assert days == ["step:2026-12-04", "step:2026-12-07"], days
    click_answer(team, user, _button(reply, f"step:{picked}"), result)
    [row] = stored(team)
    assert (row["kind"], row["date"]) == ("meeting", when)
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due) == (what, date.fromisoformat(picked))


def test_a_weekday_and_a_date_that_disagree_are_asked_and_stored_on_the_day_picked(  # type: ignore[no-untyped-def]
    slack, clock
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result, reply = _ask(team, KARI, "/logmeeting", "Tine mandag 1.12 varm")
    assert "Ukedagen og datoen du skrev er ikke samme dag" in text_of(reply)
    days = [b["value"].rsplit("|", 1)[1] for b in buttons(reply)]
    assert days == ["day:2026-11-30", "day:2026-12-01", "cancel"], days
    click_answer(team, KARI, _button(reply, "day:2026-11-30"), result)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == ("Tine", "meeting", "2026-11-30")


def test_a_steps_weekday_and_date_that_disagree_are_asked_and_stored_by_the_day_picked(  # type: ignore[no-untyped-def]
    slack, clock
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result, reply = _ask(team, KARI, "/logmeeting", "Tine i går, neste møte tirsdag 3.")
    assert "Ukedagen og datoen for neste steg er ikke samme dag" in text_of(reply)
    days = [b["value"].rsplit("|", 1)[1] for b in buttons(reply)][:2]
    assert days == ["step:2026-12-03", "step:2026-12-08"], days
    click_answer(team, KARI, _button(reply, "step:2026-12-08"), result)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == ("Tine", "meeting", "2026-12-01")
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due) == ("møte", date(2026, 12, 8))
