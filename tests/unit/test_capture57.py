"""Session 57: channel messages the blind held-out sets (held57) missed. The meeting by its
definite noun with a day gone ("Mødet med Region Hovedstaden igår ang. rengøring …": nothing,
read as a reference; today's stays one, session 24); a negation said of logging the work
("Fik aldrig logget mødet med ISS …": nothing, the meeting read as not held); talks said with
"managed to" and visits "around" ("Hann prata med både Skanska och JM", "Har været rundt hos
både Maersk og DFDS"), the customer come in to us ("Danfoss var inde til møde i går"); a name
in lower case with the time of day and "about" before its amount ("sendte tilbud til coop
danmark i formiddags på ca. 2 mio", "sent quote to tesco this morning, 40k")."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

WEDNESDAY = date(2026, 12, 9)
TUESDAY, LAST_MONDAY = date(2026, 12, 8), date(2026, 11, 30)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
S, L = Outcome.SURE, Outcome.LIKELY
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def _records(text: str, language: str = "nb") -> list[tuple]:
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    return [
        (r.outcome, r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Mødet med Region Hovedstaden igår ang. rengøring af 3 matrikler. Næste møde mandag 14/12", "da", "Region Hovedstaden"),
        ("Møtet med Tine i går", "nb", "Tine"),
        ("Mötet med Volvo igår", "sv", "Volvo"),
    ],
)  # fmt: skip
def test_the_meeting_by_its_definite_noun_on_a_day_gone_was_held(text, language, customer) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == [(S, M, customer, TUESDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Møtet med Tine i går ble avlyst",
        "Møtet med Tine i morgen er flyttet",
        "Har dere slides fra møtet med Tine i går?",
    ],
)
def test_the_meeting_called_off_ahead_or_only_referred_to_records_nothing(text) -> None:  # type: ignore[no-untyped-def]
    assert _records(text) == []


def test_the_step_of_the_meeting_held_by_its_definite_noun_is_read() -> None:
    found = recognise(
        "Mødet med Region Hovedstaden igår ang. rengøring af 3 matrikler. Næste møde mandag 14/12",
        today=WEDNESDAY,
        krone="DKK",
        posted=time(15),
    )
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2026, 12, 14), found.reasons


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Fik aldrig logget mødet med ISS Facility Services sidste uge – det gik fint, de vender tilbage", "da", (S, M, "ISS Facility Services", LAST_MONDAY)),
        ("Har ikke fått logget møtet med Tine i går, gikk bra", "nb", (S, M, "Tine", TUESDAY)),
    ],
)  # fmt: skip
def test_a_negation_of_the_logging_leaves_the_work_done(text, language, want) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == [want]


def test_a_negation_of_the_meeting_itself_still_records_nothing() -> None:
    assert _records("Har ikke hatt møte med Tine i dag") == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Hann prata med både Skanska och JM innan lunch, Skanska vill ses fredag", "sv", [(L, C, "Skanska", WEDNESDAY), (L, C, "JM", WEDNESDAY)]),
        ("Har været rundt hos både Maersk og DFDS i dag, Maersk vil have tilbud til tirsdag", "da", [(L, M, "Maersk", WEDNESDAY), (L, M, "DFDS", WEDNESDAY)]),
        ("Danfoss var inde til møde i går", "da", [(S, M, "Danfoss", TUESDAY)]),
        ("Volvo var här på möte igår", "sv", [(S, M, "Volvo", TUESDAY)]),
    ],
)  # fmt: skip
def test_talks_said_with_managed_to_around_or_come_in(text, language, want) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == want


@pytest.mark.parametrize(
    ("text", "language", "customer", "amount"),
    [
        ("sendte tilbud til coop danmark i formiddags på ca. 2 mio", "da", "Coop Danmark", 2_000_000),
        ("sent quote to tesco this morning, around 40k", "en", "Tesco", 40_000),
    ],
)  # fmt: skip
def test_a_lower_case_name_with_the_time_of_day_before_its_amount(
    text, language, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=WEDNESDAY, krone=KRONE[language], posted=time(15))
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        L,
        OF,
        customer,
        Decimal(amount),
    )
