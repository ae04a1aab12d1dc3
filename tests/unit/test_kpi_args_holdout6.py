"""Rules found by held-out /kpi texts (tests/corpus/kpi_holdout6.yaml): away periods said the way
sellers say them (a past week, a week number written short, a range of weeks, a day that has been,
"til og med"), goals with the words sellers use, tiers in Danish or as "A-kunde", emoji dropped."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.errors import UserError
from bot.services.customer_admin import parse as parse_customer
from bot.services.dates import week_monday
from bot.services.kpi_args import parse_away, parse_goal, without_emoji

FRIDAY = date(2026, 11, 20)  # ISO week 47; 2026 has 53 weeks


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # A past week said afterwards: was stored as today until this Sunday.
        ("forrige uke", date(2026, 11, 9), date(2026, 11, 15)),
        ("förra veckan", date(2026, 11, 9), date(2026, 11, 15)),
        ("sidste uge", date(2026, 11, 9), date(2026, 11, 15)),
        ("last week", date(2026, 11, 9), date(2026, 11, 15)),
        ("previous week", date(2026, 11, 9), date(2026, 11, 15)),
        # A week number written short: was stored as today until its Monday (a month away).
        ("v.52", date(2026, 12, 21), date(2026, 12, 27)),
        ("w52", date(2026, 12, 21), date(2026, 12, 27)),
        ("v 52", date(2026, 12, 21), date(2026, 12, 27)),
        # A range of weeks: was refused.
        ("uke 52-53", date(2026, 12, 21), date(2027, 1, 3)),
        ("vecka 52 - 53", date(2026, 12, 21), date(2027, 1, 3)),
        ("v.52-1", date(2026, 12, 21), date(2027, 1, 10)),
        ("til uke 50", FRIDAY, date(2026, 12, 13)),
        # Days of a named week: was the whole week.
        ("Mon-Wed next week", date(2026, 11, 23), date(2026, 11, 25)),
        # A day that has been, or today: that day (was refused, or "i" dropped from "i går").
        ("i går", date(2026, 11, 19), date(2026, 11, 19)),
        ("i dag", FRIDAY, FRIDAY),
        ("today", FRIDAY, FRIDAY),
        # "til og med", "t.o.m.": the last day (was "«og med onsdag» is not in the calendar").
        ("til og med onsdag", FRIDAY, date(2026, 11, 25)),
        ("till och med onsdag", FRIDAY, date(2026, 11, 25)),
        ("t.o.m. 4. des", FRIDAY, date(2026, 12, 4)),
        ("mandag t.o.m. onsdag", date(2026, 11, 23), date(2026, 11, 25)),
        # The first day without its month takes the last one's.
        ("23-27 Nov", date(2026, 11, 23), date(2026, 11, 27)),
        ("28-2 Dec", date(2026, 11, 28), date(2026, 12, 2)),
        # As before.
        ("neste uke", date(2026, 11, 23), date(2026, 11, 29)),
        ("uke 50 til uke 52", date(2026, 12, 7), date(2026, 12, 27)),
        ("denne uken", FRIDAY, date(2026, 11, 22)),
        ("til 2026-12-01", FRIDAY, date(2026, 12, 1)),
    ],
)
def test_away_is_the_days_said(text: str, first: date, last: date) -> None:
    away = parse_away(text, today=FRIDAY)
    assert (away.starts_on, away.ends_on) == (first, last)


@pytest.mark.parametrize("text", ["uke 54", "fra mandag"])
def test_an_away_text_that_names_no_period_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        parse_away(text, today=FRIDAY)


@pytest.mark.parametrize(
    ("text", "monday"),
    [
        ("uke 48", date(2026, 11, 23)),
        ("v.52", date(2026, 12, 21)),
        ("förra veckan", date(2026, 11, 9)),
        ("onsdag neste uke", None),  # a day, not a week
        ("4. des", None),
    ],
)
def test_week_monday_is_only_for_a_whole_week(text: str, monday: date | None) -> None:
    assert week_monday(text, today=FRIDAY) == monday


@pytest.mark.parametrize(
    ("text", "kpi", "target", "period"),
    [
        ("kundmöten 10 per vecka", "meetings", Decimal(10), "week"),
        ("kundemøder 10 om ugen", "meetings", Decimal(10), "week"),
        ("mtgs 10/wk", "meetings", Decimal(10), "week"),
        ("offers 5 pw", "offers", Decimal(5), "week"),
        ("offerter 6/v", "offers", Decimal(6), "week"),
        ("möten 10 st/v", "meetings", Decimal(10), "week"),
        ("win rate 30%", "closing_rate", Decimal(30), "quarter"),
        ("close rate 25 %", "closing_rate", Decimal(25), "quarter"),
    ],
)
def test_goal_words_sellers_use(text: str, kpi: str, target: Decimal, period: str) -> None:
    goal = parse_goal(text)
    assert (goal.kpi, goal.target, goal.period) == (kpi, target, period)


@pytest.mark.parametrize("text", ["møder fra", "møder af", "meetings off", "møter av"])
def test_a_goal_is_removed_by_an_off_word(text: str) -> None:
    assert parse_goal(text).target is None


def test_a_weak_off_word_with_more_after_it_never_removes_a_goal() -> None:
    with pytest.raises(UserError):
        parse_goal("møter fra uke 49 10/uke")  # "from week 49": not an "off"


@pytest.mark.parametrize("text", ["closing rate 0.3", "closing 0,5 %", "hitrate 0.75"])
def test_a_closing_rate_below_one_percent_is_refused_never_stored(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_goal(text)
    assert err.value.code == "bad_closing_rate"


@pytest.mark.parametrize(
    ("text", "name", "tier"),
    [
        ("Mærsk niveau A", "Mærsk", "A"),
        ("Aker BP A-kunde", "Aker BP", "A"),
        ("Volvo B-kund", "Volvo", "B"),
        ("Acme tier: a", "Acme", "A"),
        ("Acme level C", "Acme", "C"),
    ],
)
def test_a_tier_said_in_any_language(text: str, name: str, tier: str) -> None:
    args = parse_customer(text)
    assert (args.action, args.name, args.value) == ("tier", name, tier)


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("away uke 48 🌴", "away uke 48"),
        ("forrige uke :see_no_evil:", "forrige uke"),
        ("goal møter 10 per uke 💪🏽", "goal møter 10 per uke"),
        ("customer Acme tier A", "customer Acme tier A"),
        ("goal revenue €2m/quarter", "goal revenue €2m/quarter"),  # a currency sign is kept
    ],
)
def test_emoji_are_dropped_words_kept(text: str, clean: str) -> None:
    assert without_emoji(text) == clean


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Equinr gi nytt navn Equinor Energy", "Equinr", "Equinor Energy"),
        ("Equinr byt namn till Equinor Energy", "Equinr", "Equinor Energy"),
        ("Mærsk ændre navn til Maersk", "Mærsk", "Maersk"),
        ("Equinr change name to Equinor", "Equinr", "Equinor"),
        ("Equinr nytt navn Equinor", "Equinr", "Equinor"),
    ],
)
def test_a_rename_said_in_words(text: str, old: str, new: str) -> None:
    args = parse_customer(text)
    assert (args.action, args.name, args.value) == ("rename", old, new)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Acme Name Services tier A", "Acme Name Services"), ("New Name AS tier A", "New Name AS")],
)
def test_name_inside_a_customers_name_is_never_a_rename(text: str, name: str) -> None:
    args = parse_customer(text)
    assert (args.action, args.name) == ("tier", name)
