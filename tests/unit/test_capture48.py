"""Session 48 (the lead): channel messages the held-out sets left wrong. A deal that "fell
through" is lost ("The Elkjøp deal fell through", "Elkjøp deal fell through": were nothing, the
words read as a talk called off), where a talk that fell through is a talk that did not take
place, never a loss ("Møtet med Elkjøp falt gjennom": was a loss of Elkjøp); a new name before
its sale's noun is the subject of a win or loss ("The Elkjøp deal is lost")."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
HALF_PAST_THREE = time(15, 30)
KNOWN = ["Tine", "Orkla", "Tesco"]
W, L = ActivityKind.WIN, ActivityKind.LOSS


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    return [
        (r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Elkjøp deal fell through", [(L, "Elkjøp", FRIDAY)]),
        ("Elkjøp deal fell through :(", [(L, "Elkjøp", FRIDAY)]),
        ("Elkjøp fell through", [(L, "Elkjøp", FRIDAY)]),
        ("The Elkjøp deal is lost", [(L, "Elkjøp", FRIDAY)]),
        ("Avtalen med Elkjøp falt gjennom", [(L, "Elkjøp", FRIDAY)]),
        ("Affären med Ica gick i stöpet", [(L, "Ica", FRIDAY)]),
        ("Elkjøp contract signed 300k", [(W, "Elkjøp", FRIDAY)]),
    ],
)
def test_a_deal_that_fell_through_is_lost(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting with Elkjøp fell through",
        "Call with Elkjøp fell through, trying again Monday",
        "Møtet med Elkjøp falt gjennom",
        "Mötet med Ica gick i stöpet",
        "Mødet med Netto faldt igennem",
    ],
)
def test_a_talk_that_fell_through_is_no_loss(text: str) -> None:
    assert _read(text) == []


C, OF = ActivityKind.CALL, ActivityKind.OFFER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ringte Hennig-Olsen Is", [(C, "Hennig-Olsen Is", FRIDAY)]),
        ("Sendte tilbud til Hennig-Olsen Is 300k", [(OF, "Hennig-Olsen Is", FRIDAY)]),
    ],
)
def test_a_capitalised_is_after_a_name_is_the_names(text: str, expected: list) -> None:
    # "Is" (ice cream) ends the name; it was cut off ("Hennig-Olsen"), or read as "Is it …?"
    assert _read(text) == expected


M = ActivityKind.MEETING
THURSDAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Møte med Orkla i går ✅ de ønsker tilbud innen fredag",
        "Møte med Orkla i går :white_check_mark: de ønsker pris",
        "Møte med Orkla i går 🎉 De ønsker pris",
        "Møte med Orkla i går :tada: dei ønskjer pris",
    ],
)
def test_a_mark_then_what_they_said_is_a_clause_of_its_own(text: str) -> None:
    # was one clause: the meeting read as wished for, nothing
    assert _read(text) == [(M, "Orkla", THURSDAY)]


TUESDAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # were nothing: "3M" after a Danish or perfect-tense verb was read as 3 million
        ("Vi har vundet 3M i tirsdags! 300k", [(W, "3M", TUESDAY)]),
        ("Vi har vunnit 3M idag, 2 mkr", [(W, "3M", FRIDAY)]),
        ("Besøgte 3M i går", [(M, "3M", THURSDAY)]),
    ],
)
def test_a_figure_and_capitals_after_the_verb_is_the_customer(text: str, expected: list) -> None:
    assert _read(text) == expected
