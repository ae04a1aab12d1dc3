"""heldmsg33, phase 1 item 1: corrections said in words the reader missed. A number alone each
side of a "not" ("ment 450 not 540", "Rettelse: det var 450, ikke 540"), "meant" with its subject
left out, a win named by its noun ("vinsten", "salget", "ordern från"), and the customer said
before its kind word ("the Spotify win"). The record they mend is the service's to find
(tests/slack/test_heldmsg33.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture.corrections import read

WEDNESDAY = date(2026, 12, 2)
W = ActivityKind.WIN


def _read(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=WEDNESDAY, krone="NOK", known=["Telenor"])


@pytest.mark.parametrize(
    ("text", "amount", "was"),
    [
        ("ment 450 not 540", "450", "540"),
        ("Sorry, meant 450 not 540 🙈", "450", "540"),
        ("mente 450, ikke 540", "450", "540"),
        ("Rättelse: 450 inte 540", "450", "540"),
        ("Rettelse: det var 450, ikke 540", "450", "540"),
        ("Rettelse: ikke 540 men 450", "450", "540"),
        ("typo, it was 1,2 not 2,1", "1.2", "2.1"),
    ],
)
def test_numbers_alone_beside_a_not_are_an_amounts_correction_in_the_records_scale(
    text: str, amount: str, was: str
) -> None:
    # was: nothing (no unit, no amount read), the seller's typo kept
    fix = _read(text)
    assert fix is not None and fix.change == "amount", fix
    assert (fix.amount, fix.was_amount, fix.bare) == (Decimal(amount), Decimal(was), True), fix


@pytest.mark.parametrize(
    "text",
    [
        "Meant 450k not 540k",
        "ment 450k, not 540k",
        "menade 450 000 kr, inte 540 000",
        "mente 450k ikke 540k",
    ],
)
def test_meant_with_its_subject_left_out_is_a_correction(text: str) -> None:
    fix = _read(text)  # was: nothing ("I meant" alone was read)
    assert fix is not None and (fix.change, fix.amount, fix.bare) == (
        "amount",
        Decimal("450000"),
        False,
    ), fix


@pytest.mark.parametrize(
    "text",
    [
        "ment to call Telenor, not Telia",  # no number, no correction of an amount
        "Møte med Telenor: 450 deltakere, ikke 540",  # no correction word
        "Rettelse: møtene med Telenor var ikke 1 men 2",  # a count of meetings, not an amount
        "Rettelse: tilbudet gjelder 30 dager, ikke 14",  # days, not an amount
        "Rättelse: det var kl 14, inte kl 13",  # hours
    ],
)
def test_no_amount_is_read_from_numbers_that_are_none(text: str) -> None:
    fix = _read(text)
    assert fix is None or fix.change != "amount", fix


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Korrigering: vinsten med Spotify var 450k", "Spotify"),
        ("Rättelse: vinsten med Spotify var 450 000 kr", "Spotify"),
        ("Rettelse: salget til Spotify var 450k", "Spotify"),
        ("korrigering: ordern från Spotify var 450k", "Spotify"),
        ("Correction: the Spotify win was 450k", "Spotify"),
        ("Rettelse: Spotify-vinsten var 450k", "Spotify"),
        ("Korrigering: Spotify-affären var 450 000 kr", "Spotify"),
        ("correction: the sale to Boots should have been 450k", "Boots"),
    ],
)
def test_a_win_named_by_its_noun_names_its_customer(text: str, customer: str) -> None:
    # was: no kind and no customer read ("vinsten", "salget", "från", the name before "win"):
    # the author's latest record changed, whoever's it was
    fix = _read(text)
    assert fix is not None and fix.change == "amount", fix
    assert (fix.of_customer, fix.of_kind) == (customer, W), fix
