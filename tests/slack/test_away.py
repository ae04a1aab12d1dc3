"""`/kpi away` through signed requests: the days stored are the days said, a period said twice
is one period, and the answer names them. The clock stands at Friday 2026-11-20 10:00 in Oslo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from storage.db import make_session_factory, session_scope
from storage.models import AwayPeriod
from tests.helpers import text_of

LARS, CHANNEL = "U0LARS", "C0SALES"


def _away(slack, text: str) -> str:  # type: ignore[no-untyped-def]
    return text_of(slack.driver.command("/kpi", f"away {text}", LARS, CHANNEL).reply())


def _periods(slack) -> list[tuple[date, date]]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as session:
        rows = session.scalars(select(AwayPeriod).order_by(AwayPeriod.starts_on)).all()
        return [(row.starts_on, row.ends_on) for row in rows]


def test_a_period_ahead_a_week_and_a_holiday_said_afterwards_are_the_days_said(slack) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[LARS].locale = "en-GB"
    said = _away(slack, "21.12-3.1")
    assert "You will be away from Mon 21 Dec 2026 to Sun 3 Jan 2027" in said, said
    assert _periods(slack) == [(date(2026, 12, 21), date(2027, 1, 3))]

    # Said again, longer: one period, not two counted twice.
    said = _away(slack, "22.12 - 6.1")
    assert "from Mon 21 Dec 2026 to Wed 6 Jan 2027" in said, said
    assert _periods(slack) == [(date(2026, 12, 21), date(2027, 1, 6))]

    # "next week" is that whole week (was: away from today until its Monday).
    said = _away(slack, "next week")
    assert "from Mon 23 Nov 2026 to Sun 29 Nov 2026" in said, said

    # Last week's holiday, said afterwards.
    said = _away(slack, "9.11-13.11")
    assert "you were away from Mon 9 Nov 2026 to Fri 13 Nov 2026" in said, said
    assert _periods(slack) == [
        (date(2026, 11, 9), date(2026, 11, 13)),
        (date(2026, 11, 23), date(2026, 11, 29)),
        (date(2026, 12, 21), date(2027, 1, 6)),
    ]

    # From today, as before; it meets next week's period and becomes one with it.
    said = _away(slack, "until Sunday")
    assert "You are away until Sun 29 Nov 2026" in said, said  # met next week: one period
    assert (date(2026, 11, 20), date(2026, 11, 29)) in _periods(slack)
    assert len(_periods(slack)) == 3


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_away_without_its_end_is_asked_for_with_an_example(slack) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[LARS].locale = "en-GB"
    said = _away(slack, "from Monday")
    assert "When are you away?" in said and "/kpi away" in said, said
    assert _periods(slack) == []


def test_away_days_ahead_can_be_taken_back_and_back_points_to_them(slack) -> None:  # type: ignore[no-untyped-def]
    # Away days said for later could not be undone: /kpi back said "not marked as away", and
    # the goals went on being scaled for days the seller worked.
    slack.api.users[LARS].locale = "en-GB"
    _away(slack, "21.12-3.1")
    back = text_of(slack.driver.command("/kpi", "back", LARS, CHANNEL).reply())
    assert "You are not away now" in back and "Mon 21 Dec 2026 to Sun 3 Jan 2027" in back, back
    assert "/kpi back 21.12" in back
    assert _periods(slack) == [(date(2026, 12, 21), date(2027, 1, 3))]  # nothing changed yet

    back = text_of(slack.driver.command("/kpi", "back 24.12", LARS, CHANNEL).reply())
    assert "Taken back" in back and "Mon 21 Dec 2026 to Sun 3 Jan 2027" in back, back
    assert _periods(slack) == []

    # A day in no period: nothing taken back.
    back = text_of(slack.driver.command("/kpi", "back 1.12", LARS, CHANNEL).reply())
    assert "You were not marked as away" in back, back

    # The current period named by a day: the days already away stay.
    _away(slack, "16.11-27.11")
    back = text_of(slack.driver.command("/kpi", "back 25.11", LARS, CHANNEL).reply())
    assert "Welcome back" in back, back
    assert _periods(slack) == [(date(2026, 11, 16), date(2026, 11, 19))]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_away_said_in_swedish_words_is_away(slack) -> None:  # type: ignore[no-untyped-def]
    # "/kpi borta vecka 52" was not understood: the help came back, nothing was stored.
    slack.api.users[LARS].locale = "sv-SE"
    said = text_of(slack.driver.command("/kpi", "borta vecka 52", LARS, CHANNEL).reply())
    assert "förstår inte" not in said, said
    assert _periods(slack) == [(date(2026, 12, 21), date(2026, 12, 27))]
