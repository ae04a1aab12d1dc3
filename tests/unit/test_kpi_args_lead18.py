"""Session 18's probe of /kpi and /teamstatus texts (Monday 30 Nov 2026): the days away a seller
said, the KPI a manager named, the week asked for."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import UserError
from bot.services.kpi_args import Away, away_between, parse_away, parse_goal, parse_week
from bot.services.kpis import Week

MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("fredag", date(2026, 12, 4)),
        ("Friday", date(2026, 12, 4)),
        ("tomorrow", date(2026, 12, 1)),
        ("i morgen", date(2026, 12, 1)),
        ("imorgon", date(2026, 12, 1)),
        ("4.12", date(2026, 12, 4)),
        ("2026-12-04", date(2026, 12, 4)),
        ("på torsdag", date(2026, 12, 3)),
    ],
)
def test_one_coming_day_alone_is_asked_never_read_as_until(text: str, day: date) -> None:
    # Was Away(today, day): "/kpi away fredag" took Monday to Thursday out of the goals too.
    assert parse_away(text, today=MONDAY) == Away(MONDAY, day, ask=True)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("til fredag", MONDAY, date(2026, 12, 4)),  # until said: not asked
        ("until tomorrow", MONDAY, date(2026, 12, 1)),
        ("i dag", MONDAY, MONDAY),
        ("i går", date(2026, 11, 29), date(2026, 11, 29)),
        # Two weeks in a row said as a pair (was "When are you away?").
        ("uke 52 og 53", date(2026, 12, 21), date(2027, 1, 3)),
        ("uker 52 og 53", date(2026, 12, 21), date(2027, 1, 3)),
        ("v. 52 och 53", date(2026, 12, 21), date(2027, 1, 3)),
        ("vecka 52 och vecka 53", date(2026, 12, 21), date(2027, 1, 3)),
        ("uge 52+53", date(2026, 12, 21), date(2027, 1, 3)),
        ("weeks 52 and 53", date(2026, 12, 21), date(2027, 1, 3)),
        ("uke 53 og 1", date(2026, 12, 28), date(2027, 1, 10)),
    ],
)
def test_days_said_plainly_are_stored_unasked(text: str, first: date, last: date) -> None:
    assert parse_away(text, today=MONDAY) == Away(first, last)


def test_two_weeks_apart_are_not_one_period() -> None:
    with pytest.raises(UserError) as raised:
        parse_away("uke 50 og 52", today=MONDAY)
    assert raised.value.code == "away_syntax"


def test_a_chosen_period_is_checked_as_a_typed_one() -> None:
    assert away_between(date(2026, 12, 4), date(2026, 12, 4), MONDAY) == Away(
        date(2026, 12, 4), date(2026, 12, 4)
    )
    for first, last, code in [
        (date(2026, 12, 9), date(2026, 12, 4), "away_syntax"),
        (date(1999, 1, 1), date(1999, 1, 2), "away_too_long_ago"),
        (date(2026, 12, 1), date(2028, 1, 1), "away_too_far"),
    ]:
        with pytest.raises(UserError) as raised:
            away_between(first, last, MONDAY)
        assert raised.value.code == code


@pytest.mark.parametrize(
    ("text", "kpi", "target", "period"),
    [
        # Was "«salg» is not a KPI I know".
        ("salg 2,5 mill i år", "revenue", "2500000", "year"),
        ("Salget 400 000 per kvartal", "revenue", "400000", "quarter"),
        ("försäljning 3 mkr per kvartal", "revenue", "3000000", "quarter"),
        ("turnover 10m/year", "revenue", "10000000", "year"),
        ("ordreinngang 2 mill/kvartal", "revenue", "2000000", "quarter"),
        ("sales 2m", "revenue", "2000000", "quarter"),
        # Sales with no money after them are deals, never NOK 5 of revenue.
        ("salg 5 i uka", "wins", "5", "week"),
        ("sales 3 per week", "wins", "3", "week"),
    ],
)
def test_a_goal_named_by_a_word_for_sales(text: str, kpi: str, target: str, period: str) -> None:
    goal = parse_goal(text)
    assert (goal.kpi, goal.target, goal.period) == (kpi, int(target), period)


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("last wk", Week(2026, 48)),  # was "«last wk» is not a week I can read"
        ("prev week", Week(2026, 48)),
        ("prev. wk", Week(2026, 48)),
        ("this wk", Week(2026, 49)),
        ("wk 47", Week(2026, 47)),
    ],
)
def test_a_week_in_short_words(text: str, week: Week) -> None:
    assert parse_week(text, today=MONDAY) == week


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("ikke-selgende", False),  # was None: the manager stayed as they were, unsaid
        ("ikke selgende", False),
        ("säljer inte", False),
        ("sælger ikke", False),
        ("does not sell", False),
        ("doesn’t sell", False),
        ("non-selling", False),
        ("selger også", True),
        ("sells too", True),
        ("", None),
    ],
)
def test_whether_a_new_manager_sells(text: str, sells: bool | None) -> None:
    from bot.services.kpi_args import selling_word

    assert selling_word(text) is sells


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Was 'I could not read “60k January” as a goal' (words quoted that were not typed).
        ("revenue 60k for January", "January"),
        ("omsetning 2 mill i desember", "desember"),
        ("revenue 60k per month", "month"),
    ],
)
def test_a_goal_for_a_month_is_told_a_goal_has_no_month(text: str, said: str) -> None:
    with pytest.raises(UserError) as raised:
        parse_goal(text)
    assert (raised.value.code, raised.value.params) == ("goal_period", {"text": said})
