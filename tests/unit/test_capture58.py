"""Session 58: channel messages the blind held-out sets (held58) misread. A colleague's meeting
heard of ("@Marte hadde visst et rått møte med DNB i går", "Anna hade tydligen ett grymt möte
med Saab idag": were stored as the author's meetings, sure); the Swedish chat forms of
"tomorrow" ("ringer dem imorrn": the step was lost)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

THURSDAY = date(2026, 12, 10)
YESTERDAY, TOMORROW = date(2026, 12, 9), date(2026, 12, 11)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
S, L = Outcome.SURE, Outcome.LIKELY
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def _read(text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return recognise(text, today=THURSDAY, krone=KRONE[language], posted=time(15))


def _records(text: str, language: str = "nb") -> list[tuple]:
    return [
        (r.outcome, r.kind, r.customer, r.when)
        for r in chain(_read(text, language))
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("@Marte hadde visst et rått møte med DNB i går, 2 mill i pipeline der nå hørte jeg :eyes:", "nb"),
        ("Anna hade tydligen ett grymt möte med Saab idag :muscle: snyggt!", "sv"),
        ("Ola hadde visstnok et bra møte med Tine i går", "nb"),
        ("Sam apparently had a great meeting with Tesco today", "en"),
    ],
)  # fmt: skip
def test_a_colleagues_meeting_heard_of_is_not_the_authors(text, language) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "customer", "day"),
    [
        ("Hadde et rått møte med DNB i går", "nb", "DNB", YESTERDAY),
        ("vi hade tydligen ett bra möte med Saab idag", "sv", "Saab", THURSDAY),
    ],
)  # fmt: skip
def test_the_authors_own_meeting_said_so_stays_theirs(text, language, customer, day) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == [(S, M, customer, day)]


@pytest.mark.parametrize("tomorrow", ["imorrn", "i morrn", "imorron"])
def test_the_swedish_chat_forms_of_tomorrow_date_the_step(tomorrow: str) -> None:
    found = _read(f"offert till Alfa Laval, runt 600k. ringer dem {tomorrow}", "sv")
    step = found.next_step or found.follow_up
    assert found.kind is OF and step is not None and step.due == TOMORROW
