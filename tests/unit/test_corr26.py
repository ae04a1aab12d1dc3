"""Session 26: the brief's corrections, read for what they change (corrections.read), and the
amount reader's scale of a bare number ("1,2 mill ikke 1,1", amounts.in_scale_of, which the
judge's _denied_in_its_scale now uses)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.amounts import in_scale_of
from bot.services.capture.corrections import read

TODAY = date(2026, 12, 1)  # a Tuesday
KNOWN = ["DNB", "Tine", "Orkla", "BP", "Coop", "ICA", "Nammo", "Tesco", "Novo"]
MON, WED, FRI = date(2026, 11, 30), date(2026, 11, 25), date(2026, 11, 27)

READ = [
    ("Rettelse: DNB-møtet var i går, ikke fredag", ("day", MON, FRI, "DNB")),
    ("Correction: the Tesco meeting was Tuesday, not Monday", ("day", TODAY, MON, "Tesco")),
    ("Rättelse: mötet med ICA var i onsdags", ("day", WED, None, "ICA")),
    ("Rettelse: mødet med Novo var i går", ("day", MON, None, "Novo")),
    ("Rettelse: det var 275.000, ikke 250.000", ("amount", 275000, 250000, None)),
    ("Nei vent, det skulle vært 275k", ("amount", 275000, None, None)),
    ("Oops, 275k not 250k", ("amount", 275000, 250000, None)),
    ("Rättelse: det var 275 000 kr", ("amount", 275000, None, None)),
    ("Ups, det var 275.000", ("amount", 275000, None, None)),
    ("Rettelse: Nammo var 350k, ikke 320k", ("amount", 350000, 320000, "Nammo")),
    ("Correction: it was Shell, not BP", ("customer", "Shell", "BP", None)),
    ("Rettelse: det var Orkla, ikke Tine", ("customer", "Orkla", "Tine", None)),
    ("Rättelse: det var Ica, inte Coop", ("customer", "ICA", "Coop", None)),
    (
        "Rettelse: det var et tilbud, ikke en vunnet avtale",
        ("kind", ActivityKind.OFFER, ActivityKind.WIN, None),
    ),
    (
        "Correction: that was an offer, not a win",
        ("kind", ActivityKind.OFFER, ActivityKind.WIN, None),
    ),
    # review26: a kind said and a kind denied, no correction word (was: nothing)
    (
        "det var et tilbud, ikke en vunnet avtale",
        ("kind", ActivityKind.OFFER, ActivityKind.WIN, None),
    ),
    ("it was an offer, not a win", ("kind", ActivityKind.OFFER, ActivityKind.WIN, None)),
    (
        "det var en vunden aftale, ikke et tilbud",
        ("kind", ActivityKind.WIN, ActivityKind.OFFER, None),
    ),
    # review26: a filler word and an amount alone (was: "Actually" asked as a new customer)
    ("actually 95k", ("amount", 95000, None, None)),
    ("faktisk 275k", ("amount", 275000, None, None)),
    ("Egentligen 90 tkr", ("amount", 90000, None, None)),
]


def _said(fix):  # type: ignore[no-untyped-def]
    if fix.change == "amount":
        was = None if fix.was_amount is None else int(fix.was_amount)
        return (fix.change, int(fix.amount), was, fix.of_customer)
    if fix.change == "day":
        return (fix.change, fix.day, fix.was_day, fix.of_customer)
    if fix.change == "customer":
        return (fix.change, fix.customer, fix.was_customer, None)
    return (fix.change, fix.kind, fix.was_kind, None)


@pytest.mark.parametrize(("text", "expected"), READ, ids=[r[0] for r in READ])
def test_a_correction_says_what_it_changes(text, expected) -> None:  # type: ignore[no-untyped-def]
    fix = read(text, today=TODAY, krone="NOK", known=KNOWN)
    assert fix is not None and _said(fix) == expected, fix


@pytest.mark.parametrize(
    "text",
    [
        "Tilbud til Tine 40k, make that 45k",  # mended in its own words: a new record
        "Vant Nammo 320k",
        "Møte med DNB fredag",
        "Noen som vil ha kaffe? Møtet kl 14 er flyttet til rom 3",
        "Sorry for the late update: won Tesco 300k",  # a record of its own
        "Faktisk vant vi Tine i dag, 300k",  # a record of its own, not a bare amount
        "Det var et godt møte, ikke noe salg ennå",  # no kind denied: chatter
    ],
)
def test_no_correction_of_a_record_before(text: str) -> None:
    assert read(text, today=TODAY, krone="NOK", known=KNOWN) is None


@pytest.mark.parametrize(
    ("typed", "amount", "bare", "expected"),
    [
        ("1,2", 1_200_000, "1,1", 1_100_000),
        ("275.000", 275_000, "250.000", 250_000),
        ("350k", 350_000, "320", 320_000),
        ("1,3", 1_300_000, "x", None),
    ],
)
def test_a_bare_number_in_the_amounts_scale(typed, amount, bare, expected) -> None:  # type: ignore[no-untyped-def]
    said = in_scale_of(typed, Decimal(amount), bare)
    assert said == (None if expected is None else Decimal(expected)), said
