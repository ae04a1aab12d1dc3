"""Session 60: channel messages the blind held-out sets (held60, today Thu 4 Feb 2027) misread.
A meeting with the customer's team praised after its name ("First meeting with Harrow & Finch
Ltd today, nice team." was nothing: "team" a meeting among ourselves); a new name written small
with its legal form ("möte med polarbröd ab i måndags", "møte med hagen bygg as i går" were
nothing)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

THURSDAY = date(2027, 2, 4)
M = ActivityKind.MEETING
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
KNOWN = ("Tesco", "Storebrand")


def _read(text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=THURSDAY,
        krone=KRONE[language],
        posted=time(15),
        known_customers=KNOWN,
        open_offers=set(),
    )


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("First meeting with Harrow & Finch Ltd today, nice team.", "en", "Harrow & Finch Ltd"),
        ("First meeting with Harrow & Finch Ltd today, nice team. Sending pricing Weds", "en", "Harrow & Finch Ltd"),
        ("Met Tesco today, lovely team", "en", "Tesco"),
        ("Møte med Storebrand i dag, veldig hyggelig team", "nb", "Storebrand"),
    ],
)  # fmt: skip
def test_the_customers_team_praised_after_its_name_is_no_internal_meeting(
    text, language, customer
) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, M, customer)


@pytest.mark.parametrize("text", ["Team meeting today, great team", "Teammøte i dag, bra team"])
def test_our_own_team_meeting_stays_nothing(text: str) -> None:
    assert _read(text, "en").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "language", "customer", "when"),
    [
        ("möte med polarbröd ab i måndags", "sv", "polarbröd AB", date(2027, 2, 1)),
        ("møte med hagen bygg as i går", "nb", "hagen bygg AS", date(2027, 2, 3)),
    ],
)
def test_a_new_name_written_small_with_its_legal_form(text, language, customer, when) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language)
    assert found.outcome is not Outcome.NOTHING
    assert (found.kind, found.customer, found.when) == (M, customer, when)


def test_a_noun_written_small_stays_no_customer() -> None:
    assert _read("møte med hagen i går").outcome is Outcome.NOTHING
    assert _read("møte med sjefen i dag").outcome is Outcome.NOTHING
