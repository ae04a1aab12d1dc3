"""Session 28 (lists28). Channel messages with several records, lists and pairs, read as the
sellers meant them. Read on Tue 1 Dec 2026 unless said (the week: Mon 30 Nov .. Sun 6 Dec; the
week gone Mon 23 .. Sun 29 Nov)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

TUE = date(2026, 12, 1)
MON = date(2026, 11, 30)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def read(text: str, today: date = TUE, known: tuple[str, ...] = ()) -> Recognition:
    return recognise(text, today=today, known_customers=list(known))


def rows(found: Recognition | None) -> list[tuple]:
    """Each record: (outcome, kind, customer, day held or None, the planned step's day or None)."""
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        step = found.next_step.due if found.next_step else None
        out.append((found.outcome, found.kind, found.customer, None if step else found.when, step))
        found = found.also
    return out


# 6. A weekday heading written short is its full name, in every language: yesterday's weekday
# alone is asked, held on Monday or coming next Monday, as "Mandag: møte med Tine" is
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Man: møte Tine", "Tine"),
        ("Man: møte med Tine", "Tine"),
        ("Mandag: møte Tine", "Tine"),
        ("man: kundemøte Tine", "Tine"),
        ("Mån: möte Volvo", "Volvo"),
        ("Mån: möte med Volvo", "Volvo"),
        ("Man: møde Vestas", "Vestas"),
        ("Mon: mtg Tesco", "Tesco"),
        ("Mon - meeting with Tesco", "Tesco"),
    ],
)
def test_a_short_heading_of_yesterdays_weekday_is_asked_as_its_full_name(
    text: str, customer: str
) -> None:
    found = read(text)
    assert rows(found) == [(Outcome.LIKELY, M, customer, MON, None)], found.reasons
    assert found.ahead == date(2026, 12, 7)
