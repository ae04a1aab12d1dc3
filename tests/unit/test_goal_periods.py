"""Goals in their own period: the span a report measures a goal in, and pro-rating for the part
of the period passed and for days away. Hand-computed: 2026 has 261 working days (1 January is
a Thursday), 2026-Q4 has 66, a week has 5."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.errors import UserError
from bot.services.kpi_args import parse_goal
from bot.services.kpis import Span, Week, goal_span, prorate

FRIDAY = date(2026, 11, 20)  # week 47


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("week", date(2026, 11, 16), date(2026, 11, 22)),
        ("quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("year", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_a_goal_is_measured_in_its_own_period(period: str, first: date, last: date) -> None:
    span = goal_span(period, Week(2026, 47), FRIDAY, FRIDAY)
    assert (span.first, span.last, span.upto) == (first, last, FRIDAY)


def test_a_past_week_belongs_to_the_year_of_its_thursday() -> None:
    week = Week(2030, 1)  # Monday 31 December 2029
    span = goal_span("year", week, week.sunday, date(2030, 1, 3))  # its Thursday
    assert (span.first, span.upto) == (date(2030, 1, 1), date(2030, 1, 6))
    assert goal_span("quarter", week, week.sunday, date(2030, 1, 3)).first == date(2030, 1, 1)


@pytest.mark.parametrize(
    ("period", "target", "goal", "expected"),
    [
        # 232 of 261 working days passed by Friday 20 November.
        ("year", "10000000", "10000000.00", "8888888.89"),
        # 37 of 66.
        ("quarter", "660000", "660000.00", "370000.00"),
        # The whole week by Friday.
        ("week", "2", "2.00", "2.00"),
    ],
)
def test_pace_is_the_share_of_working_days_passed(
    period: str, target: str, goal: str, expected: str
) -> None:
    span = goal_span(period, Week(2026, 47), FRIDAY, FRIDAY)
    assert prorate(Decimal(target), span) == (Decimal(goal), Decimal(expected))


def test_on_a_wednesday_the_week_is_three_fifths_passed() -> None:
    wednesday = date(2026, 11, 18)
    span = goal_span("week", Week(2026, 47), wednesday, wednesday)
    assert prorate(Decimal(10), span) == (Decimal("10.00"), Decimal("6.00"))


def test_days_away_shrink_the_goal_and_the_pace() -> None:
    span = goal_span("year", Week(2026, 47), FRIDAY, FRIDAY)
    # Away from today to New Year's Eve: 30 working days, one of them passed (today).
    away = [(FRIDAY, date(2026, 12, 31))]
    assert prorate(Decimal(10_000_000), span, away) == (
        Decimal("8850574.71"),  # 10m × 231/261
        Decimal("8850574.71"),  # 231 present days passed
    )
    # Away two weeks in July: 10 working days, all passed.
    summer = [(date(2026, 7, 6), date(2026, 7, 17))]
    assert prorate(Decimal(261), span, summer) == (Decimal("251.00"), Decimal("222.00"))
    # Away days outside the period do not count.
    assert prorate(Decimal(261), span, [(date(2025, 7, 1), date(2025, 7, 31))]) == (
        Decimal("261.00"),
        Decimal("232.00"),
    )


def test_a_week_away_has_no_goal_left() -> None:
    span = goal_span("week", Week(2026, 47), FRIDAY, FRIDAY)
    assert prorate(Decimal(2), span, [(date(2026, 11, 14), date(2026, 11, 30))]) == (
        Decimal("0.00"),
        Decimal("0.00"),
    )


def test_a_level_is_not_pro_rated() -> None:
    span = goal_span("quarter", Week(2026, 47), FRIDAY, FRIDAY)
    assert prorate(Decimal(5_000_000), span, [(FRIDAY, FRIDAY)], level=True) == (
        Decimal(5_000_000),
        None,
    )


def test_a_span_never_counts_past_its_end() -> None:
    span = goal_span("quarter", Week(2026, 40), date(2027, 3, 1), date(2026, 10, 1))
    assert span.upto == date(2026, 12, 31)
    assert prorate(Decimal(66), span)[1] == Decimal("66.00")
    with pytest.raises(ValueError):
        Span("month", FRIDAY, FRIDAY, FRIDAY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "kpi", "target", "period", "team"),
    [
        ("revenue 10m/year", "revenue", "10000000", "year", False),
        ("revenue 10 mill per år", "revenue", "10000000", "year", False),
        ("omsetning 2,5 mill. pr. kvartal", "revenue", "2500000", "quarter", False),
        ("omsättning 10 MNOK om året", "revenue", "10000000", "year", False),
        ("omsætning 10 mio. årligt", "revenue", "10000000", "year", False),
        ("team revenue 40m/year", "revenue", "40000000", "year", True),
        ("for hele teamet omsetning 40 mill i året", "revenue", "40000000", "year", True),
        ("revenue team 40m yearly", "revenue", "40000000", "year", True),
        ("møter 8 i uka", "meetings", "8", "week", False),
        ("möten 8 per vecka", "meetings", "8", "week", False),
        ("møder 8 om ugen", "meetings", "8", "week", False),
        ("meetings 8 meetings a week", "meetings", "8", "week", False),
        ("samtal 20 varje vecka", "calls", "20", "week", False),
        ("nye kunder 3 hvert kvartal", "new_customers", "3", "quarter", False),
        ("wins 4", "wins", "4", "quarter", False),  # results default to the quarter
        ("meetings 10", "meetings", "10", "week", False),  # activities to the week
        ("revenue 10m p.a.", "revenue", "10000000", "year", False),
        ("revenue per year 10m", "revenue", "10000000", "year", False),
        ("offer_value 1m/wk", "offer_value", "1000000", "week", False),
    ],
)
def test_goals_read_the_way_people_write_them(
    text: str, kpi: str, target: str, period: str, team: bool
) -> None:
    args = parse_goal(text)
    assert (args.kpi, args.target, args.period, args.team) == (
        kpi,
        Decimal(target),
        period,
        team,
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("revenue 10m per month", "goal_period"),
        ("omsetning 10m i måneden", "goal_period"),
        ("revenue lots/year", "goal_amount"),
        ("meetings 2,5/week", "goal_amount"),  # half a meeting is not a goal
        ("meetings 10 NOK/week", "goal_amount"),
        ("revenue -5/quarter", "negative_amount"),
        ("team <@U0LARS|lars> revenue 1m", "goal_team_and_seller"),
        ("happiness 10/week", "goal_kpi"),
        ("revenue", "goal_syntax"),
        ("closing 150%", "bad_closing_rate"),
    ],
)
def test_a_goal_that_cannot_be_read_says_why(text: str, code: str) -> None:
    with pytest.raises(UserError) as raised:
        parse_goal(text)
    assert raised.value.code == code


@pytest.mark.parametrize("text", ["revenue off", "team revenue off", "meetings 0/week", "møter av"])
def test_off_or_zero_removes_a_goal(text: str) -> None:
    assert parse_goal(text).target is None


HINTS = (
    "Set one with `/kpi goal meetings 10/week`, `/kpi goal revenue 10m/year` (each seller), "
    "`/kpi goal team revenue 40m/year` (the team's sum) or `/kpi goal @kari revenue "
    "2m/quarter`; remove one with `/kpi goal meetings off` or `/kpi goal team revenue off`.",
    "Other goals are set with `/kpi goal`: `/kpi goal wins 2/week`, `/kpi goal team meetings "
    "50/week`, `/kpi goal @kari revenue 3m/year`; `/kpi goal @kari revenue off` removes one.",
)


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
def test_every_goal_command_kpibot_shows_can_be_typed_back(language: str) -> None:
    """The examples under errors and the hints in /kpi goals and the settings form, in every
    language, are goals /kpi goal reads."""
    import re

    from bot import i18n
    from bot.errors import EXAMPLES

    shown = [i18n.translate(language, EXAMPLES[k]) for k in ("goal", "goal_money", "goal_team")]
    for hint in HINTS:
        assert language == "en" or i18n.translate(language, hint) != hint  # the real msgid
        shown += re.findall(r"`(/kpi goal [^`]+)`", i18n.translate(language, hint))
    assert len(shown) >= 12
    for command in shown:
        text = command.removeprefix("/kpi goal ").replace("@kari", "<@U0KARI|kari>")
        parse_goal(text)  # raises UserError if it cannot be read
