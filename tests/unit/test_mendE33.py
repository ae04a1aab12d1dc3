"""mendE33 (session 33): by the lead's rule (mendA33: a next step said as a week or a month is due
by that period's last working day where the seller works), what mendA33 and figures33 left:
a command's step "neste måned" dated, not asked; a command's "w/c 4th Jan" a week, due its
Friday; a channel message's step "over nyttår" kept through Record; and "Q4" said in January
the quarter just ended."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.commands.step_periods import a_messages_step_in_a_span
from bot.services.commands.vague_days import worked
from bot.services.kpi_args import ended_quarter
from bot.services.kpis import Quarter
from tests.unit.steps30_reading import read

DEC_17 = date(2026, 12, 17)  # Thursday before Christmas
NOVEMBER_4 = date(2026, 11, 4)

NEXT_MONTH = [
    ("nb", "Kiwi varm, følg opp neste måned", "følg opp", date(2027, 1, 29)),
    ("sv", "Scania het, återkopplar nästa månad", "återkopplar", date(2027, 1, 29)),
    ("da", "Novo varm, følger op næste måned", "følger op", date(2027, 1, 29)),
    ("en", "Boots warm, follow up next month", "follow up", date(2027, 1, 29)),
    ("nb", "Kiwi varm ringer igjen i neste måned", "ringer igjen", date(2027, 1, 29)),
    ("en", "Boots warm, call back next month", "call back", date(2027, 1, 29)),
]


@pytest.mark.parametrize(("lang", "text", "what", "due"), NEXT_MONTH)
def test_a_commands_step_next_month_is_due_by_its_last_working_day(lang, text, what, due) -> None:  # type: ignore[no-untyped-def]
    """Was: asked with a button per week of January (steps30), while a channel message's
    "neste måned" is dated by the month's last working day (mendA33)."""
    found = read("meeting", text, lang, DEC_17)
    assert found.asked is None, found.asked
    assert found.cmd.unread is None and found.cmd.next_step is not None
    assert (found.cmd.next_step.what, found.cmd.next_step.due) == (what, due)


def test_next_month_in_november_is_decembers_last_working_day() -> None:
    """December's last working day in Norway: Wed 30 Dec (julaften and nyttårsaften aside, the
    31st is a Thursday but not worked; 30th is)."""
    found = read("offer", "Kiwi 200k, følger opp neste måned", "nb", NOVEMBER_4)
    assert found.asked is None and found.cmd.next_step is not None
    last = found.cmd.next_step.due
    assert last.month == 12 and worked(last, "NO") and last.weekday() < 5
    assert all(
        not worked(date(2026, 12, d), "NO") or date(2026, 12, d).weekday() >= 5
        for d in range(last.day + 1, 32)
    )


def test_other_step_periods_keep_their_questions() -> None:
    """steps30's questions for other words stay: "over nyttår" is asked ("denne uka" was too,
    till mendA34, the lead's decision: due by the week's last working day, test_this_week34)."""
    for text in ("Kiwi varm, følger opp over nyttår", "Kiwi varm, ringer igjen etter jul"):
        found = read("meeting", text, "nb", DEC_17)
        assert found.asked is not None and found.cmd.next_step is None, text


WEEK_COMMENCING = [
    ("Boots warm, next step call w/c 4th Jan", "call", date(2027, 1, 8)),
    ("Boots warm, chase w/b 11 January", "chase", date(2027, 1, 15)),
    ("Boots warm, next meeting week commencing 11th January", "meeting", date(2027, 1, 15)),
]


@pytest.mark.parametrize(("text", "what", "due"), WEEK_COMMENCING)
def test_a_commands_step_said_week_commencing_is_due_by_its_friday(text, what, due) -> None:  # type: ignore[no-untyped-def]
    """Was: due its Monday (text._prepare takes "w/c" out before the step is read), while a
    channel message's "w/c 4th Jan" is due by its Friday (mendA33)."""
    found = read("meeting", text, "en", DEC_17)
    assert found.cmd.next_step is not None
    assert (found.cmd.next_step.what, found.cmd.next_step.due) == (what, due)


def test_a_day_said_without_week_commencing_keeps_its_day() -> None:
    found = read("meeting", "Boots warm, next call 4th Jan", "en", DEC_17)
    assert found.cmd.next_step is not None and found.cmd.next_step.due == date(2027, 1, 4)
    # the record's own week commencing is no step's week
    found = read("meeting", "Boots w/c 7th Dec, next call Monday", "en", DEC_17)
    assert found.cmd.next_step is not None and found.cmd.next_step.due == date(2026, 12, 21)


NO = lambda day: worked(day, "NO")  # noqa: E731

SPANS = [
    ("Møte med Tine i dag, følger opp over nyttår", "følger opp", date(2027, 1, 8)),
    ("Møte med Tine i dag, varm, nytt møte etter nyttår", "nytt møte", date(2027, 1, 8)),
    ("Met Boots today, follow up after the holidays", "follow up", date(2027, 1, 8)),
    ("Ringte Kiwi i dag, ringer igjen neste måned", "ringer igjen", date(2027, 1, 29)),
]


@pytest.mark.parametrize(("text", "what", "due"), SPANS)
def test_a_messages_step_in_a_span_is_read_for_record(text, what, due) -> None:  # type: ignore[no-untyped-def]
    """The step Record keeps (activities.ask_about_message): due by the period's last working
    day, as a command dates "over nyttår" (its new year's days to Fri 8 Jan 2027)."""
    step = a_messages_step_in_a_span(text, DEC_17, NO)
    assert step is not None and (step.what, step.due) == (what, due)


@pytest.mark.parametrize(
    "text",
    [
        "Møte med Tine i dag, over nyttår",  # no step said
        "Møte med Tine i dag, følger opp denne uka",  # this week's days: asked as before
        "Møte med Tine i dag, følger opp over nyttår, ringer igjen neste måned",  # two: which?
        "Møte med Tine i dag, følger opp fredag eller mandag",  # one of two days
    ],
)
def test_no_step_of_a_span_read_where_none_or_two(text: str) -> None:
    assert a_messages_step_in_a_span(text, DEC_17, NO) is None


QUARTERS = [
    ("2027-01-15", "Q4", Quarter(2026, 4)),  # was None: Q4 2027, to come
    ("2027-03-31", "Q4", Quarter(2026, 4)),
    ("2027-01-15", "q4", Quarter(2026, 4)),
    ("2027-01-15", "4. kvartal", Quarter(2026, 4)),
    ("2027-01-15", "fjerde kvartal", Quarter(2026, 4)),
    ("2027-01-15", "Q4 2026", Quarter(2026, 4)),  # with its year: as before
    ("2027-01-15", "Q4 2027", None),
    # mendF34 (the lead's rule): a quarter named alone not begun this year is the latest such
    # quarter that has ended, however long ago (were None: this year's, to come)
    ("2027-01-15", "Q3", Quarter(2026, 3)),
    ("2027-04-01", "Q4", Quarter(2026, 4)),
    ("2027-04-01", "Q3", Quarter(2026, 3)),
    ("2027-04-01", "Q2", None),  # running
    ("2027-04-01", "4. kvartal", Quarter(2026, 4)),
    ("2027-04-01", "fjärde kvartalet", Quarter(2026, 4)),
    ("2027-04-01", "Q1", Quarter(2027, 1)),
    ("2027-07-15", "Q2", Quarter(2027, 2)),
    ("2027-07-15", "Q1", Quarter(2027, 1)),
]


@pytest.mark.parametrize(("day", "text", "quarter"), QUARTERS)
def test_a_quarter_named_without_a_year_later_than_todays_is_the_one_just_ended(
    day: str, text: str, quarter: Quarter | None
) -> None:
    assert ended_quarter(text, date.fromisoformat(day)) == quarter
