"""mendI31, end to end as Slack sends it (Wed 2 Dec 2026): "Met Boots today, next meeting Fri or
Mon" stored the meeting with its step on Friday, "or Mon" dropped. Now the meeting is asked with
a button for each day, the question saying two days were written, and one click stores it once
with its step on the day picked."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import buttons, click, leads, option, post, set_up_team, stored, text_of

ALEX = "U0ALEX"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
WEDNESDAY_TS = "1796216400.000100"


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "user", "said", "pick"),
    [
        ("Met Boots today, next meeting Fri or Mon", ALEX, "You wrote two days", "2026-12-07"),
        ("Møte med Boots i dag, neste møte uke 50 eller 51", "U0KARI", "Du skrev to dager",
         "2026-12-14"),
    ],
)  # fmt: skip
def test_a_step_on_one_of_two_days_is_stored_on_the_day_clicked(  # type: ignore[no-untyped-def]
    slack, clock, text, user, said, pick
) -> None:
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [asked] = post(team, text, WEDNESDAY_TS, user=user)
    assert said in text_of(asked.params), text_of(asked.params)
    labels = [b["text"]["text"] for b in buttons(asked.params)]
    assert len([label for label in labels if "Dec" in label or "des" in label]) == 2, labels
    assert not stored(team)  # nothing stored before the click
    day = option(asked.params, f"on:{pick}")
    click(team, user, day, idle=True)
    click(team, user, day, idle=True)  # a double click stores it once
    rows = [(r["kind"], r["customer"], r["date"]) for r in stored(team)]
    assert rows == [("meeting", "Boots", "2026-12-02")], rows
    [lead] = leads(team)
    assert lead.next_step_due == date.fromisoformat(pick), lead.next_step_due
