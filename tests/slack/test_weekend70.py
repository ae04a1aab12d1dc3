"""Session 70, through the app: done work said to be in the weekend ("/logmeeting Storebrand i
helga, varm, følger opp torsdag", "/logcall Mekonomen ringde i helgen") was stored on the
Saturday, unasked. Which day is asked, the weekend's Saturday and Sunday each on a button;
nothing is stored until one is picked, and a double click stores one record."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import SELLER, buttons, click, set_up_team, stored, text_of

pytestmark = pytest.mark.backends("sqlite")  # PostgreSQL: the storage tests cover the writes

MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # 10:00 in Oslo, the weekend just gone


def _days(message: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {b["value"].split("|", 1)[1]: b for b in buttons(message)}


@pytest.mark.parametrize(
    ("command", "text"),
    [
        ("/logmeeting", "Storebrand i helga, varm, følger opp torsdag"),
        ("/logcall", "Mekonomen ringde i helgen, varm"),
        ("/logmeeting", "Tesco over the weekend"),
    ],
)
def test_done_work_in_the_weekend_asks_which_day(slack, clock, command, text) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", clock=clock, at=MONDAY, idle=True)
    asked = slack.driver.command(command, text, SELLER, "C0SALES").reply()
    options = _days(asked)
    assert set(options) == {"day:2026-12-05", "day:2026-12-06", "cancel"}, text_of(asked)
    assert stored(slack) == []  # nothing until a day is picked
    click(slack, SELLER, options["day:2026-12-06"], idle=True)
    click(slack, SELLER, options["day:2026-12-06"], idle=True)  # a double click: one record
    [row] = stored(slack)
    assert str(row["date"]) == date(2026, 12, 6).isoformat()


def test_a_saturday_said_by_name_is_read_as_before(slack, clock) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", clock=clock, at=MONDAY, idle=True)
    slack.driver.command("/logmeeting", "Storebrand lørdag", SELLER, "C0SALES").reply()
    slack.wait_idle()
    [row] = stored(slack)
    assert str(row["date"]) == "2026-12-05"


def test_their_weekend_among_other_words_is_no_day_of_ours(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # "de har stengt i helga": the customer's weekend, asked as words not read (never Sat/Sun)
    set_up_team(slack, locale="nb-NO", clock=clock, at=MONDAY, idle=True)
    asked = slack.driver.command(
        "/logmeeting", "Tine i dag, de har stengt i helga", SELLER, "C0SALES"
    ).reply()
    assert not any(k.startswith("day:") for k in _days(asked)), text_of(asked)
    assert "de har stengt i helga" in text_of(asked)
