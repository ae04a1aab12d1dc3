"""Public holidays are no working days (holidays19): a seller's place's calendar shrinks a week's
goals as a day away does, paces and "days left" skip holidays, and a day away on a holiday is not
counted twice. Pure: calendars are values, no clock, no database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from bot.rendering.text import render
from bot.services import kpis, planning
from bot.services.kpis import NO_HOLIDAYS, Week
from bot.services.public_holidays import calendar_for

OSLO = calendar_for("Europe/Oslo")
STOCKHOLM = calendar_for("Europe/Stockholm")
ASCENSION_WEEK = Week(2027, 18)  # Mon 3 May - Sun 9 May 2027, Ascension Day Thursday 6 May


def test_the_place_is_the_sellers_zone_else_the_teams_and_only_public_holidays_count() -> None:
    assert OSLO.place == "NO" and STOCKHOLM.place == "SE"
    assert calendar_for(None, "Europe/Copenhagen").place == "DK"
    assert calendar_for("Europe/Stockholm", "Europe/Oslo") is STOCKHOLM
    assert calendar_for("Europe/London").place == "GB-ENG"
    # A zone kpibot does not know: no holidays, Monday to Friday as before.
    assert calendar_for("America/New_York", "Europe/Oslo") is NO_HOLIDAYS
    assert calendar_for(None, None) is NO_HOLIDAYS
    for day in (date(2027, 5, 6), date(2027, 5, 17), date(2027, 1, 1), date(2026, 12, 25)):
        assert OSLO.is_holiday(day), day
    # Whit Monday is no holiday in Sweden since 2005; 6 June is.
    assert not STOCKHOLM.is_holiday(date(2027, 5, 17))
    assert STOCKHOLM.is_holiday(date(2028, 6, 6))
    # The eves are days off by custom, not public holidays (public_holidays.NOT_COUNTED).
    assert not OSLO.is_holiday(date(2026, 12, 24))
    assert not STOCKHOLM.is_holiday(date(2027, 6, 25))  # Midsummer Eve
    assert not STOCKHOLM.is_holiday(date(2027, 12, 31))
    assert not calendar_for("Europe/Helsinki").is_holiday(date(2027, 12, 24))
    # England's substitute bank holidays count: Boxing Day 2027 is a Sunday.
    assert calendar_for("Europe/London").is_holiday(date(2027, 12, 28))


def test_working_days_counted_by_arithmetic_are_the_days_is_working_day_says() -> None:
    first = date(2026, 12, 1)
    for span in range(0, 200, 7):
        last = first + timedelta(days=span)
        by_day = sum(kpis.is_working_day(first + timedelta(days=i), OSLO) for i in range(span + 1))
        assert kpis.working_days_between(first, last, OSLO) == by_day, last
    assert kpis.working_days_between(date(2027, 5, 3), date(2027, 5, 9)) == 5


def test_the_week_of_ascension_day_is_a_four_day_week_for_goals_and_averages() -> None:
    assert kpis.week_working_days(ASCENSION_WEEK, OSLO) == 4
    assert kpis.present_days(ASCENSION_WEEK, (), OSLO) == 4
    # 8 meetings in it is on pace for a goal of 10 a week.
    assert kpis.scale_for_away(Decimal(10), kpis.present_days(ASCENSION_WEEK, (), OSLO)) == 8
    # Compared with 4/5 of the seller's own average once it has ended.
    assert kpis.present_share(ASCENSION_WEEK, date(2027, 5, 9), (), OSLO) == Decimal("0.8")
    # On the Thursday itself, three days count (Mon-Wed); without holidays it would be four.
    assert kpis.present_share(ASCENSION_WEEK, date(2027, 5, 6), (), OSLO) == Decimal("0.6")


def test_a_day_away_on_a_holiday_is_not_counted_twice() -> None:
    thursday = (date(2027, 5, 6), date(2027, 5, 6))
    assert kpis.away_working_days(ASCENSION_WEEK, [thursday], OSLO) == 0
    assert kpis.present_days(ASCENSION_WEEK, [thursday], OSLO) == 4
    whole = (date(2027, 5, 3), date(2027, 5, 9))
    assert kpis.away_days_between(date(2027, 5, 1), date(2027, 5, 31), [whole], OSLO) == 4
    assert kpis.away_all_week(ASCENSION_WEEK, [whole], OSLO)
    # Away Monday to Wednesday and Friday: with the holiday, every working day of it.
    split = [(date(2027, 5, 3), date(2027, 5, 5)), (date(2027, 5, 7), date(2027, 5, 7))]
    assert kpis.away_all_week(ASCENSION_WEEK, split, OSLO)
    assert not kpis.away_all_week(ASCENSION_WEEK, split)


def test_holidays_and_days_away_together_make_an_away_week_by_the_same_rule() -> None:
    monday_tuesday = [(date(2027, 5, 3), date(2027, 5, 4))]
    assert kpis.is_away_week(ASCENSION_WEEK, monday_tuesday, OSLO)  # 2 away + 1 holiday
    assert not kpis.is_away_week(ASCENSION_WEEK, monday_tuesday)
    assert not kpis.is_away_week(ASCENSION_WEEK, (), OSLO)  # a short week is not an away week


def test_paces_and_days_left_skip_the_sellers_holidays() -> None:
    quarter = kpis.goal_span("quarter", ASCENSION_WEEK, date(2027, 5, 9), date(2027, 5, 9))
    # 2027-Q2 has 65 weekdays; in Norway 6 and 17 May are holidays: 63 working days, 26 of
    # them by Sun 9 May (April's 22 and four of the week of Ascension Day).
    assert kpis.prorate(Decimal(630), quarter, calendar=OSLO) == (Decimal(630), Decimal(260))
    assert kpis.prorate(Decimal(650), quarter) == (Decimal(650), Decimal(270))
    # Away the week of Ascension Day: its 4 working days, not 5, leave the goal.
    away = [(date(2027, 5, 3), date(2027, 5, 9))]
    assert kpis.prorate(Decimal(630), quarter, away, calendar=OSLO) == (
        Decimal(590),
        Decimal(220),
    )
    # Days left from Mon 3 May to Fri 21 May: 14 weekdays after today; a Norwegian seller has
    # 12 (Ascension Day, 17 May), a Swedish one 13 (Whit Monday is a working day in Sweden).
    last = date(2027, 5, 21)
    assert planning.weeks_left(date(2027, 5, 3), [], last) == Decimal("2.8")
    assert planning.weeks_left(date(2027, 5, 3), [], last, OSLO) == Decimal("2.4")
    assert planning.weeks_left(date(2027, 5, 3), [], last, STOCKHOLM) == Decimal("2.6")
    assert planning.logged_weeks(date(2027, 5, 9), date(2027, 4, 26), [], OSLO) == Decimal("1.8")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "At the end of week 53, 2 warm leads had no next step."),
        ("nb", "Ved slutten av uke 53 hadde 2 varme leads ikke noe neste steg."),
        ("sv", "I slutet av vecka 53 hade 2 varma leads inget nästa steg."),
        ("da", "Ved udgangen af uge 53 havde 2 varme leads intet næste skridt."),
    ],
)
def test_a_summary_of_a_week_that_has_ended_says_its_leads_are_as_the_week_ended(
    language: str, said: str
) -> None:
    common = dict(kind="leads_without_next_step", count=2, days=0, missing=0, goal=0)
    assert said in render(language, "summary_suggestion", week_number=53, ended=True, **common)
    now = render(language, "summary_suggestion", week_number=53, ended=False, **common)
    assert "53" not in now
