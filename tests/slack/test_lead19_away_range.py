"""`/kpi away fredag-mandag` on a Monday (Mon 30 Nov 2026) was stored as last Friday to today:
two weekdays said as a range that holds a day gone are the days gone (said afterwards) as often
as the coming ones (said ahead, as most are). Now asked with a button for each, nothing stored
until the seller chooses; a range that cannot be gone ("onsdag-fredag" on a Monday) and one with
its week or dates said are stored unasked, as before."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.services.kpi_args import parse_away
from tests.helpers import buttons, click, set_up_team, text_of
from tests.slack.test_lead18_away import CHANNEL, LARS, _periods

MONDAY, WEDNESDAY = date(2026, 11, 30), date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "today", "gone", "coming"),
    [
        ("fredag-mandag", MONDAY, (date(2026, 11, 27), MONDAY), (date(2026, 12, 4), date(2026, 12, 7))),
        ("friday to monday", MONDAY, (date(2026, 11, 27), MONDAY), (date(2026, 12, 4), date(2026, 12, 7))),
        ("torsdag til tirsdag", MONDAY, (date(2026, 11, 26), date(2026, 12, 1)), (date(2026, 12, 3), date(2026, 12, 8))),
        ("mån-ons", WEDNESDAY, (MONDAY, WEDNESDAY), (date(2026, 12, 7), date(2026, 12, 9))),
        ("onsdag-fredag", MONDAY, (WEDNESDAY, date(2026, 12, 4)), None),
        ("mandag-onsdag", MONDAY, (MONDAY, WEDNESDAY), None),
        ("mandag til onsdag neste uke", WEDNESDAY, (date(2026, 12, 7), date(2026, 12, 9)), None),
        ("27.11-30.11", MONDAY, (date(2026, 11, 27), MONDAY), None),
    ],
)  # fmt: skip
def test_two_weekdays_that_may_be_gone_or_coming(text, today, gone, coming) -> None:  # type: ignore[no-untyped-def]
    away = parse_away(text, today=today)
    assert ((away.starts_on, away.ends_on), away.coming) == (gone, coming)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_seller_chooses_the_coming_days(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))  # Monday
    set_up_team(slack, reset=False)
    slack.driver.command("/kpi", "language en", LARS, CHANNEL).reply()
    asked = slack.driver.command("/kpi", "away fredag-mandag", LARS, CHANNEL).reply()
    said = text_of(asked)
    assert "Away Fri 27 Nov 2026 – Mon 30 Nov 2026, or the coming" in said, said
    gone, coming = buttons(asked)
    assert coming["text"]["text"] == "Fri 4 Dec 2026 – Mon 7 Dec 2026"
    assert _periods(slack) == []  # nothing stored until the seller chooses
    done = click(slack, LARS, coming, idle=True).reply()
    assert "Fri 4 Dec 2026" in text_of(done), done
    assert _periods(slack) == [(date(2026, 12, 4), date(2026, 12, 7))]
