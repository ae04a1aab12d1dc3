"""mendB33 (figures33, the year turn): Christmas leave said in Swedish or English is away, as
Norwegian and Danish "juleferie uke 52 og 53" were (Fri 18 Dec 2026, Oslo). Was: "julledig v. 52
och 53" and "Christmas holiday weeks 52 and 53" answered "longer than a week", "julledig
21.12-3.1" the help, "jullov v 52 och 53" asked when although the weeks were given: nothing
stored, the seller nudged through the holidays and the weeks kept in the baseline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import SALES_CHANNEL, buttons, text_of
from tests.helpers import said_at as _say
from tests.slack.test_away import _periods
from tests.slack.test_joins18 import KARI, LARS, _team

CHRISTMAS = (date(2026, 12, 21), date(2027, 1, 3))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_christmas_leave_in_swedish_and_english_words_is_away(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, KARI, LARS)
    for minute, text in enumerate(
        (
            "julledig v. 52 och 53",
            "julledig 21.12-3.1",
            "jullov v 52 och 53",
            "Christmas holiday weeks 52 and 53",
            "xmas break 21.12-3.1",
        )
    ):
        said = _say(slack, clock, f"2026-12-18T09:{minute * 2:02d}:00", LARS, "/kpi", text)
        assert "to Sun 3 Jan 2027" in said and "Mon 21 Dec 2026" in said, (text, said)
        assert _periods(slack) == [CHRISTMAS], text
        _say(slack, clock, f"2026-12-18T09:{minute * 2 + 1:02d}:00", LARS, "/kpi", "back 21.12")
        assert _periods(slack) == [], text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("text", ["julledig", "christmas holidays"])
def test_christmas_leave_said_alone_is_asked_for_its_days(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, KARI, LARS)
    clock.set(datetime(2026, 12, 18, 9, 0, tzinfo=UTC))
    asked = slack.driver.command("/kpi", text, LARS, SALES_CHANNEL).reply()
    assert f"“{text}”" in text_of(asked), text_of(asked)  # as typed, never another word
    shown = [b["text"]["text"] for b in buttons(asked)]
    assert "Mon 21 Dec 2026 – Sun 3 Jan 2027" in shown, shown
    assert _periods(slack) == []  # nothing stored until one is chosen
