"""/teamstatus's week: ISO weeks, week numbers, and any day the log commands can read, in four
languages, taken as that day's week. Today: Sunday 29 November 2026 (week 48)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.kpi_args import parse_week
from bot.services.kpis import Week

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("last week", "2026-W47"),
        ("forrige uke", "2026-W47"),
        ("i forrige uke", "2026-W47"),
        ("förra veckan", "2026-W47"),
        ("sidste uge", "2026-W47"),
        ("denne uken", "2026-W48"),
        ("this week", "2026-W48"),
        ("uke 46", "2026-W46"),
        ("v46", "2026-W46"),
        ("v. 46", "2026-W46"),
        ("vecka 45", "2026-W45"),
        ("uge 44", "2026-W44"),
        ("uke 47 2026", "2026-W47"),
        ("uke 50", "2025-W50"),  # a week number still ahead is last year's
        ("2026-W46", "2026-W46"),
        ("18.11.", "2026-W47"),
        ("i går", "2026-W48"),
        ("neste uke", "2026-W49"),  # read; /teamstatus then says it has not come yet
    ],
)
def test_a_week_is_read_the_way_people_name_it(text: str, week: str) -> None:
    assert parse_week(text, today=TODAY) == Week.parse(week)


# "last wk please" is last week since kpiargs25 (thanks around a week are no words of it): a
# week with other words after it is still refused ("last wk Acme").
@pytest.mark.parametrize("text", ["forrige gang", "last wk Acme", "uke", "Acme"])
def test_what_names_no_week_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_week(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "this month", "denne måneden", "denne måned", "forrige måned", "förra månaden",
        "denna månad", "sidste måned", "last month", "i november", "ultimo oktober",
        "primo november",
    ],
)  # fmt: skip
def test_a_month_is_no_week(text: str) -> None:
    """Found by tests/slack/test_month_ledger.py: `/teamstatus this month` showed week 44 (the
    week of 1 November, a Sunday), `forrige måned` week 40: a week nobody asked for, under its
    own heading. A month is refused as any text that names no week is."""
    with pytest.raises(ValueError):
        parse_week(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "week"),
    [("18. november", "2026-W47"), ("for 2 måneder siden", "2026-W40"), ("1.11.", "2026-W44")],
)
def test_a_day_of_a_month_is_still_its_week(text: str, week: str) -> None:
    assert parse_week(text, today=TODAY) == Week.parse(week)


def test_no_text_is_no_week() -> None:
    assert parse_week("  ", today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "today", "week"),
    [
        ("uke 53", date(2027, 1, 4), "2026-W53"),  # 2027 has no week 53: last year's
        ("week 53", date(2027, 1, 4), "2026-W53"),
        ("v53", date(2027, 3, 10), "2026-W53"),
        ("uke 52", date(2027, 1, 4), "2026-W52"),
        ("uke 53", date(2026, 12, 30), "2026-W53"),  # the week under way
        ("uke 53", date(2027, 1, 2), "2026-W53"),  # 2 January is still 2026-W53
        ("uke 1", date(2027, 1, 2), "2026-W01"),  # 2027-W01 is still to come: last year's
        ("uke 53 2026", date(2027, 1, 4), "2026-W53"),
    ],
)
def test_week_53_is_the_last_one_there_was(text: str, today: date, week: str) -> None:
    """Found by tests/slack/test_year_end_ledger.py: `/teamstatus week 53`, `uke 53` and `/kpi
    v53` on 4 January 2027 said "not a week I can read" (2027-W53 does not exist); the week
    before the one under way was readable only as "last week"."""
    assert parse_week(text, today=today) == Week.parse(week)


def test_a_week_53_neither_this_year_nor_last_had_is_refused() -> None:
    with pytest.raises(ValueError):  # neither 2028 nor 2027 has a week 53
        parse_week("uke 53", today=date(2028, 6, 1))


def test_week_53_before_it_comes_is_this_years_to_come() -> None:
    """`uke 53` on 30 November 2026: 2025 had no week 53, so it is 2026-W53, still to come (the
    command then says so, as for `neste uke`); was refused as no week at all."""
    from bot.services.kpi_args import parse_week as parse
    from bot.services.kpis import Week as W

    assert parse("uke 53", today=date(2026, 11, 30)) == W(2026, 53)
    assert parse("uke 53", today=date(2027, 1, 4)) == W(2026, 53)
    assert parse("uke 50", today=date(2026, 11, 30)) == W(2025, 50)
