"""`/kpi away …`: until a day, a period ahead or passed, a whole week — the days a seller is away
are what scale their goals and keep weeks out of their own average, so each must be the days said."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import UserError
from bot.services.kpi_args import Away, parse_away

SUNDAY = date(2026, 11, 29)
WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        # Until a day: from today (as before).
        ("until 2026-12-01", SUNDAY, SUNDAY, date(2026, 12, 1)),
        ("til fredag", SUNDAY, SUNDAY, date(2026, 12, 4)),
        # A period: was "«1.12-5.12» is not in the calendar".
        ("1.12-5.12", SUNDAY, date(2026, 12, 1), date(2026, 12, 5)),
        ("21.12 – 3.1", SUNDAY, date(2026, 12, 21), date(2027, 1, 3)),
        ("fra 1.12 til 4.12", SUNDAY, date(2026, 12, 1), date(2026, 12, 4)),
        ("fra mandag til fredag", SUNDAY, date(2026, 11, 30), date(2026, 12, 4)),
        ("från 21 december till 3 januari", SUNDAY, date(2026, 12, 21), date(2027, 1, 3)),
        ("Dec 21 to Jan 3", SUNDAY, date(2026, 12, 21), date(2027, 1, 3)),
        ("2026-12-01 - 2026-12-05", SUNDAY, date(2026, 12, 1), date(2026, 12, 5)),
        # A week: was "away until Monday 30 November" for "neste uke".
        ("neste uke", SUNDAY, date(2026, 11, 30), date(2026, 12, 6)),
        ("hele neste uke", SUNDAY, date(2026, 11, 30), date(2026, 12, 6)),
        ("nästa vecka", SUNDAY, date(2026, 11, 30), date(2026, 12, 6)),
        ("all next week", SUNDAY, date(2026, 11, 30), date(2026, 12, 6)),
        ("uke 50", SUNDAY, date(2026, 12, 7), date(2026, 12, 13)),
        ("uge 50 til uge 52", SUNDAY, date(2026, 12, 7), date(2026, 12, 27)),
        ("denne uka", WEDNESDAY, WEDNESDAY, date(2026, 11, 29)),  # from today to its Sunday
        # A holiday said afterwards.
        ("23.11-27.11", SUNDAY, date(2026, 11, 23), date(2026, 11, 27)),
    ],
)
def test_away_is_the_days_said(text: str, today: date, first: date, last: date) -> None:
    assert parse_away(text, today=today) == Away(first, last)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "away_syntax"),
        ("fra mandag", "away_syntax"),  # from then until when?
        ("1.8.2026-5.8.2026", "away_too_long_ago"),  # without the year: next August (session 19)
        ("1.12.2026-1.2.2028", "away_too_far"),
        ("until 2026-11-01", "next_date_in_past"),
        ("31.02-3.3", "bad_date"),
    ],
)
def test_away_that_cannot_be_the_days_meant_is_refused(text: str, code: str) -> None:
    with pytest.raises(UserError) as raised:
        parse_away(text, today=SUNDAY)
    assert raised.value.code == code
