"""A deal the customer walked away from, said without a loss word (session 21, the lead's
probe): "Ericsson vill inte gå vidare", "Northvolt drog sig ur, blev inget", "Hydro trakk seg i
siste liten" recorded nothing, while "Telia tackade nej" is asked as a loss. Asked as a loss now
(never stored unasked); a meeting that did not happen stays nothing. Read on Tue 1 Dec 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import LOSS, MEETING, OFFER, WIN, L, S, check_message

T = date(2026, 12, 1)
KNOWN = ["Tine", "Kiwi", "Ericsson", "Jysk", "Volvo"]
ROWS: list[tuple[str, list]] = [
    ("Ericsson vill inte gå vidare", [(L, LOSS, "Ericsson", None, T)]),
    ("Northvolt drog sig ur, blev inget", [(L, LOSS, "Northvolt", None, T)]),
    ("Hydro trakk seg i siste liten", [(L, LOSS, "Hydro", None, T)]),
    ("Tine vil ikke gå videre", [(L, LOSS, "Tine", None, T)]),
    ("Volvo doesn't want to proceed", [(L, LOSS, "Volvo", None, T)]),
    ("Kiwi-møtet ble ikke noe av i dag", []),  # a meeting not held: nothing
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_deal_walked_away_from_is_asked_as_a_loss(row: tuple) -> None:
    check_message(row, T, KNOWN)


# Found by faults21: with only Orkla known, "Vant Tine 340k og Orkla 1,1 mill" was one win, Orkla's,
# at Tine's 340 000 (Tine and the 1,1 mill dropped; Record would store a wrong figure).
EACH_ITS_OWN: list[tuple[str, list]] = [
    (
        "Vant Tine 340k og Orkla 1,1 mill",
        [(L, WIN, "Tine", Decimal(340000), T), (L, WIN, "Orkla", Decimal(1100000), T)],
    ),
    (
        "Signert med Hydro (340k), Orkla (1,1 mill)",
        [(L, WIN, "Hydro", Decimal(340000), T), (L, WIN, "Orkla", Decimal(1100000), T)],
    ),
    (
        "Tilbud til Mowi 200k og Orkla 150k",
        [(L, OFFER, "Mowi", Decimal(200000), T), (L, OFFER, "Orkla", Decimal(150000), T)],
    ),
]


@pytest.mark.parametrize("row", EACH_ITS_OWN, ids=[r[0][:40] for r in EACH_ITS_OWN])
def test_each_customer_keeps_its_own_amount_when_only_the_second_is_known(row: tuple) -> None:
    check_message(row, T, ["Orkla"])


# The lead's last probe: a price written as figures ("85k/mnd", "95k/år") read as the customer,
# "Registrere dette som et tilbud med *85k/mnd*?"; an Edit form would open with that name.
PRICES_NO_NAMES: list[tuple[str, list]] = [
    # the whole value for the binding term said apart (session 23; was the price, 85 000)
    (
        "Sendt tilbud på 85k/mnd til Bring, 24 mnd binding",
        [(L, OFFER, "Bring", Decimal(2040000), T)],
    ),
    (
        "Kiwi: møte i dag, ga tilbud 95k/år, 3 års avtale",
        [(S, MEETING, "Kiwi", None, T), (L, OFFER, "Kiwi", Decimal(285000), T)],
    ),
    ("Tilbud til 3M på 200k", [(S, OFFER, "3M", Decimal(200000), T)]),  # a name of figures stays
]


@pytest.mark.parametrize("row", PRICES_NO_NAMES, ids=[r[0][:40] for r in PRICES_NO_NAMES])
def test_a_price_in_figures_is_never_the_customer(row: tuple) -> None:
    check_message(row, T, ["Kiwi"])
