"""mendB33 (figures33, the year turn): a count said with a week or a month and no day of it is
asked on the period's first or last day WORKED where the seller works, never a public holiday
("/logmeeting Tine x3 uke 53" offered New Year's Day, Alex's "x2 week 53" England's Boxing Day
observed). No database, no clock (the day is given). Slack level: tests/slack/test_times21.py."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from bot.domain import ActivityKind
from bot.services import questions
from bot.services.commands import parse_log_command
from bot.services.commands.times import days_of_the_span_said, days_of_the_week_said
from bot.services.commands.vague_days import worked
from bot.services.log_questions import times_question

MONDAY_11_JAN = date(2027, 1, 11)
KNOWN = {"tine", "boots", "tesco", "volvo"}
MEETING = ActivityKind.MEETING


def _days(country: str | None, text: str, today: date = MONDAY_11_JAN) -> tuple[str, ...]:
    cmd = parse_log_command(MEETING, text, today=today, known_customers=KNOWN)
    asked = times_question(cmd, text, today, partial(worked, country=country))
    assert asked is not None and asked.code == "times_when", asked
    assert asked.options[-1] == questions.CANCEL
    return tuple(option.removeprefix(questions.DAY) for option in asked.options[:-1])


@pytest.mark.parametrize(
    ("country", "text", "days"),
    [
        # week 53 of 2026: Fri 1 Jan is a public holiday everywhere, Thu 31 Dec a Nordic eve
        ("NO", "Tine x3 uke 53", ("2026-12-28", "2026-12-30")),
        ("SE", "Volvo tre gånger v. 53", ("2026-12-28", "2026-12-30")),
        ("DK", "Tine x2 uge 53", ("2026-12-28", "2026-12-30")),
        # England: Mon 28 Dec is Boxing Day observed; New Year's Eve a working day
        ("GB", "Boots x2 week 53", ("2026-12-29", "2026-12-31")),
        # week 52: Christmas Day on Friday, Christmas Eve a Nordic eve
        ("NO", "Tine to ganger uke 52", ("2026-12-21", "2026-12-23")),
        ("GB", "Tesco twice week 52", ("2026-12-21", "2026-12-24")),
        # an ordinary week keeps its Monday and Friday
        ("NO", "Tine x3 uke 1", ("2027-01-04", "2027-01-08")),
        # a month said: its first and last days worked (1 Dec is a Tuesday; 31 Dec an eve)
        ("NO", "Tine x3 forrige måned", ("2026-12-01", "2026-12-30")),
        ("GB", "Tesco x3 last month", ("2026-12-01", "2026-12-31")),
    ],
)
def test_a_counts_week_or_month_is_asked_on_days_worked_there(country, text, days) -> None:  # type: ignore[no-untyped-def]
    assert _days(country, text) == days


def test_a_place_without_holidays_keeps_monday_and_friday() -> None:
    assert _days(None, "Tine x3 uke 53") == ("2026-12-28", "2027-01-01")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # Easter 2027 in Norway: Maundy Thursday 25 and Good Friday 26 March, Easter Monday 29
        ("Tine x2 uke 12", ("2027-03-22", "2027-03-24")),
        ("Tine x2 uke 13", ("2027-03-30", "2027-04-02")),
    ],
)
def test_a_count_in_easter_weeks_skips_the_holidays(text: str, days: tuple[str, ...]) -> None:
    assert _days("NO", text, date(2027, 4, 6)) == days


def test_one_day_worked_so_far_is_no_question() -> None:
    no = partial(worked, country="NO")
    # Mon 28 Dec asked on Tue 29 Dec: Mon and Tue are the week's days worked so far
    assert days_of_the_week_said("uke 53", date(2026, 12, 28), date(2026, 12, 29), no) == (
        date(2026, 12, 28),
        date(2026, 12, 29),
    )
    # England on Tue 29 Dec: Monday was Boxing Day observed, one day worked so far: no question
    gb = partial(worked, country="GB")
    assert days_of_the_week_said("week 53", date(2026, 12, 28), date(2026, 12, 29), gb) == ()
    # a month begun on a holiday with one day worked since: no question
    assert days_of_the_span_said("i januar", date(2027, 1, 1), date(2027, 1, 4), no) == (
        (),
        "i januar",
    )


@pytest.mark.parametrize(
    ("text", "count", "said"),
    [
        ("Volvo x3 v. 53", 3, "x3"),
        ("Volvo tre gånger v. 53", 3, "tre gånger"),
        ("Volvo 3 gånger v53", 3, "3 gånger"),
        ("Tine 2x uke53", 2, "2x"),
        ("Boots twice w53", 2, "twice"),
        ("Tine x2 uge 53", 2, "x2"),
    ],
)
def test_a_count_before_a_weeks_short_form_is_read(text: str, count: int, said: str) -> None:
    # mendB33: "v. 53", "v53", "w53" after the count left it unread ("x3" the note, one talk)
    cmd = parse_log_command(MEETING, text, today=MONDAY_11_JAN, known_customers=KNOWN)
    assert (cmd.times, cmd.times_said, cmd.unread, cmd.when) == (
        count,
        said,
        None,
        date(2026, 12, 28),
    )


def test_a_word_beginning_with_v_after_a_count_is_no_week() -> None:
    cmd = parse_log_command(MEETING, "Volvo x3 vitamin", today=MONDAY_11_JAN, known_customers=KNOWN)
    assert cmd.times == 1 and cmd.unread == "x3 vitamin"
