"""The one runner of the /kpi and /teamstatus phrasing tests (session 19 on): each row is a text
as a seller or manager types it after the subcommand, and what a careful colleague reads in it,
or the code of the refusal that says what was wrong. Today is Monday 30 November 2026 (week 49).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from bot.errors import UserError
from bot.services import customer_admin
from bot.services.forms import _form_amount
from bot.services.kpi_args import parse_away, parse_goal, parse_week
from bot.services.kpis import Week

TODAY = date(2026, 11, 30)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def refused(call: Any, *args: Any, **kwargs: Any) -> str:
    """The code of the UserError `call` raises (a test of a refusal fails when it reads)."""
    with pytest.raises(UserError) as raised:
        call(*args, **kwargs)
    return raised.value.code


def check_goal(row: tuple) -> None:
    """(lang, text, (kpi, target (None: the goal removed), period[, "team"]) | refusal code)."""
    lang, text, want = row
    if isinstance(want, str):
        assert refused(parse_goal, text, krone=KRONE[lang]) == want
        return
    goal = parse_goal(text, krone=KRONE[lang])
    target = None if want[1] is None else Decimal(want[1])
    got = (goal.kpi, goal.target, goal.period, *(["team"] if goal.team else []))
    assert got == (want[0], target, *want[2:]), goal


def check_goal_on(row: tuple) -> None:
    """(lang, the day typed "2027-03-30", text, (kpi, target, period) | refusal code, with its
    first day for "goal_ahead": "goal_ahead 2027-04-01")."""
    lang, day, text, want = row
    today = date.fromisoformat(day)
    if isinstance(want, str):
        with pytest.raises(UserError) as raised:
            parse_goal(text, krone=KRONE[lang], today=today)
        first = raised.value.params.get("first_day")
        got = raised.value.code + (f" {first.isoformat()}" if first else "")
        assert got == want
        return
    goal = parse_goal(text, krone=KRONE[lang], today=today)
    assert (goal.kpi, goal.target, goal.period) == (want[0], Decimal(want[1]), want[2]), goal


def check_goal_from(row: tuple) -> None:
    """(lang, the day typed "2027-03-30", text, (kpi, target (None: removed), period, the first
    day "2027-04-01" | None for now) | refusal code)."""
    lang, day, text, want = row
    today = date.fromisoformat(day)
    if isinstance(want, str):
        assert refused(parse_goal, text, krone=KRONE[lang], today=today) == want
        return
    goal = parse_goal(text, krone=KRONE[lang], today=today)
    target = None if want[1] is None else Decimal(want[1])
    starts = goal.starts_on.isoformat() if goal.starts_on else None
    assert (goal.kpi, goal.target, goal.period, starts) == (want[0], target, *want[2:]), goal


def check_away(row: tuple) -> None:
    """(lang, text, (first, last) | (first, last, "ask") | refusal code); days as "2026-12-07"."""
    lang, text, want = row
    if isinstance(want, str):
        assert refused(parse_away, text, today=TODAY) == want
        return
    away = parse_away(text, today=TODAY)
    got = (away.starts_on.isoformat(), away.ends_on.isoformat(), *(["ask"] if away.ask else []))
    assert got == want, away


def check_week(row: tuple) -> None:
    """(lang, text, "2026-W48" | refusal code | None for no week read)."""
    lang, text, want = row
    if want is None:
        with pytest.raises(ValueError):
            parse_week(text, today=TODAY)
    elif "-W" in want:
        assert parse_week(text, today=TODAY) == Week.parse(want)
    else:
        assert refused(parse_week, text, today=TODAY) == want


def check_tier(row: tuple) -> None:
    """(lang, text, (customer, tier) | refusal code)."""
    lang, text, want = row
    if isinstance(want, str):
        assert refused(customer_admin.parse, text) == want
        return
    args = customer_admin.parse(text)
    assert (args.action, args.name, args.value) == ("tier", *want), args


def check_form_amount(row: tuple) -> None:
    """(lang, the amount field, amount | refusal code)."""
    lang, text, want = row
    if not want[0].isdigit():
        assert refused(_form_amount, text, KRONE[lang]) == want
        return
    assert _form_amount(text, KRONE[lang]).amount == Decimal(want)


def check_subcommand(row: tuple, meaning: dict[str, str]) -> None:
    """(lang, first word typed, the subcommand word it is read as | None)."""
    from bot.services.dates import fold
    from bot.services.kpi_args import respelt_word  # session 19's

    lang, typed, want = row
    assert respelt_word(fold(typed), meaning) == want


def check_language(row: tuple) -> None:
    """(lang, text after /kpi language, the code | None: refused with an example)."""
    from bot.services.sellers import language_said  # session 19's

    lang, text, want = row
    assert language_said(text) == want


# -- session 20: rows that say on which day they were typed -------------------------------------
def check_week_on(row: tuple) -> None:
    """(lang, the day typed "2026-12-01", text, "2026-W03" | refusal code | None: not a week)."""
    lang, day, text, want = row
    today = date.fromisoformat(day)
    if want is None:
        with pytest.raises(ValueError):
            parse_week(text, today=today)
    elif "-W" in want:
        assert parse_week(text, today=today) == Week.parse(want)
    else:
        assert refused(parse_week, text, today=today) == want


def check_away_on(row: tuple) -> None:
    """(lang, the day typed, text, (first, last) | (first, last, "ask") | ("choose", (first,
    last), …) | refusal code); days as "2026-12-07"."""
    lang, day, text, want = row
    today = date.fromisoformat(day)
    if isinstance(want, str):
        assert refused(parse_away, text, today=today) == want
        return
    away = parse_away(text, today=today)
    if want[0] == "choose":
        got: tuple = ("choose", *((a.isoformat(), b.isoformat()) for a, b in away.choices))
    else:
        got = (away.starts_on.isoformat(), away.ends_on.isoformat(), *(["ask"] if away.ask else []))
        assert not away.choices, away
    assert got == want, away


def check_role(row: tuple) -> None:
    """(lang, text after /kpi role or managers add @x, True: sells | False: only manages |
    None: not said)."""
    from bot.services.kpi_args import selling_word

    lang, text, want = row
    assert selling_word(text) is want


def check_rates(row: tuple) -> None:
    """(lang, the settings form's exchange rates, {code: rate} | None: refused)."""
    from bot.services.money import parse_rates

    lang, text, want = row
    got = parse_rates(text, KRONE[lang])
    assert (None if got is None else {c: str(r) for c, r in got.items()}) == want


def check_period_words(row: tuple) -> None:
    """(lang, the words after /kpi plan|callday|goals|mydata…, True: a period, refused)."""
    from bot.listeners.commands.kpi import names_a_period

    lang, text, want = row
    assert names_a_period(text, TODAY) is want
