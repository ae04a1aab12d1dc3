""" ":-" is the Swedish krona's own sign (session 21, the lead's probe): a Swede's "/logoffer Ikea
250 000:-" in a NOK team stored NOK 250 000 (":-" read as the Norwegian ",-", the team's
currency), while their "250 000 kr" and "250 tkr" are SEK. Nobody else writes ":-"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.services.amounts import parse_amount


@pytest.mark.parametrize(
    ("text", "krone", "currency"),
    [
        ("250 000:-", "SEK", "SEK"),  # was None: the team's currency
        ("45.000:-", "SEK", "SEK"),
        ("1 200 000:- exkl. moms", "SEK", "SEK"),
        ("250 000 kr", "SEK", "SEK"),  # as before
        ("250 000,-", "SEK", None),  # the Norwegian and Danish sign: no currency said
        ("250 000,-", "NOK", None),
        ("250 000:-", "NOK", None),  # a Norwegian's ":-" (a typo for ",-"): the team's, as before
        ("250 000:-", "DKK", None),
        ("EUR 250 000:-", "SEK", "EUR"),  # a currency said wins
    ],
)
def test_the_swedish_krona_sign(text: str, krone: str, currency: str | None) -> None:
    money = parse_amount(text, krone=krone)
    assert money is not None
    assert money.currency == currency
    assert money.amount == {"45": Decimal(45000), "1 ": Decimal(1200000)}.get(
        text[:2], Decimal(250000)
    )
