"""Session 61: channel messages misread around session 60's notes. A Swede's "sökte" (tried to
reach) before a customer ("Sökte Swedbank två gånger idag, inget svar" was nothing): a call
tried, asked as any attempt; someone who looked for us, or for something, is no call."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

THURSDAY = date(2027, 2, 4)
KNOWN = ("Swedbank", "Volvo Cars", "ICA Gruppen")


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=THURSDAY,
        krone="SEK",
        posted=time(15),
        known_customers=KNOWN,
        open_offers=set(),
    )


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Sökte Swedbank två gånger idag, inget svar", "Swedbank"),
        ("sökt Volvo Cars hela förmiddagen utan svar", "Volvo Cars"),
        ("Har sökt Ica tre gånger nu 🙄", "ICA Gruppen"),
    ],
)  # fmt: skip
def test_a_swedes_call_tried(text, customer) -> None:  # type: ignore[no-untyped-def]
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.CALL,
        customer,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Anna på Ica sökte dig, ring henne",
        "Vi sökte nya säljare förra året",
        "Sökte efter Ica:s inköpare på LinkedIn",
    ],
)  # fmt: skip
def test_looked_for_is_no_call(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text).outcome is Outcome.NOTHING
