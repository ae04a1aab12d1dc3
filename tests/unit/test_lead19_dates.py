"""After the merge of session 19: the UK's bank holidays come from python-holidays (one calendar
for the figures and for reading "the bank holiday"), and the two readers of bank-holiday words
(named ones for commands, "the bank holiday" for bookings in messages) live side by side."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services import dates
from bot.services.commands import parse_log_command


def test_bank_holidays_are_the_librarys_with_a_years_own_changes() -> None:
    # 2020: May Day moved to Friday 8 May (VE Day); Boxing Day on a Saturday is off on Monday 28.
    assert date(2020, 5, 8) in dates.uk_bank_holidays(2020)
    assert date(2020, 5, 4) not in dates.uk_bank_holidays(2020)
    assert date(2020, 12, 28) in dates.uk_bank_holidays(2020)
    assert date(2027, 8, 30) in dates.uk_bank_holidays(2027)


@pytest.mark.parametrize(
    ("text", "direction", "day"),
    [
        ("the early May bank holiday", "past", date(2027, 5, 3)),
        ("the summer bank holiday", "future", date(2027, 8, 30)),
        ("the bank holiday", "future", date(2027, 5, 31)),
        ("bank holiday Monday", "future", date(2027, 5, 31)),
        ("the bank holiday", "past", None),  # a day gone said so: which one? asked
    ],
)
def test_bank_holiday_words(text: str, direction: str, day: date | None) -> None:
    assert dates.parse_date(text, today=date(2027, 5, 18), direction=direction) == day  # type: ignore[arg-type]


def test_a_remark_about_the_bank_holiday_is_the_note() -> None:
    command = parse_log_command(
        ActivityKind.WIN,
        "Barclays £600k, go-live after the bank holiday",
        today=date(2027, 5, 18),
        known_customers=set(),
    )
    assert (command.note, command.unread) == ("go-live after the bank holiday", None)
