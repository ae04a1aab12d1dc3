"""Session 26: thirty corrections of a record posted before, in four languages, written after
the reader was (typos, "sorry", "ikke X men Y", "skulle vært", "menade", "mente", "should have
been"): each read for what it changes, to what, and what it said the record was not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture.corrections import read

TODAY = date(2026, 12, 1)  # a Tuesday
KNOWN = ["DNB", "Tine", "Orkla", "BP", "Coop", "ICA", "Nammo", "Tesco", "Novo", "Kiwi", "Volvo"]
K = 1000
OFFER, WIN, MEETING, CALL = (
    ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.MEETING, ActivityKind.CALL,
)  # fmt: skip

# (message, change, what it is, what it was not: None when not said)
FRESH = [
    ("Rettelse: det var ikke 250k men 275k", "amount", 275 * K, 250 * K),
    ("Sorry, 300k not 250k", "amount", 300 * K, 250 * K),
    ("Beklager, skulle vært 180 000", "amount", 180 * K, None),
    ("Jeg mente 1,5 mill, ikke 1,4", "amount", 1_500_000, 1_400_000),
    ("Jag menade 420 000 kr, inte 402 000", "amount", 420 * K, 402 * K),
    ("Rättelse: det var 95 tkr", "amount", 95 * K, None),
    ("Should have been 45k, not 54k", "amount", 45 * K, 54 * K),
    ("typo: 75k not 57k", "amount", 75 * K, 57 * K),
    ("Nej vänta, det skulle vara 210 000", "amount", 210 * K, None),
    ("Undskyld, det var 130.000 og ikke 310.000", "amount", 130 * K, 310 * K),
    ("Min feil, Tine-tilbudet var 88k", "amount", 88 * K, None),
    ("my bad, the Kiwi quote was 60k not 66k", "amount", 60 * K, 66 * K),
    ("Rettelse: møtet med Orkla var mandag, ikke tirsdag", "day", date(2026, 11, 30), None),
    ("Correction: the call with Tesco was yesterday, not today", "day", date(2026, 11, 30), TODAY),
    ("Rättelse: samtalet med Volvo var i måndags", "day", date(2026, 11, 30), None),
    ("Rettelse: mødet med Novo var i fredags, ikke i går", "day", date(2026, 11, 27), None),
    ("oops, the BP meeting was on Friday not Monday", "day", date(2026, 11, 27), None),
    ("Skrev feil: møtet med DNB var i forrige uke på torsdag", "day", date(2026, 11, 26), None),
    ("Rettelse: det var Coop, ikke ICA", "customer", "Coop", "ICA"),
    ("Correction: the offer went to Orkla, not Tine", "customer", "Orkla", "Tine"),
    ("Rättelse: det var inte Coop utan ICA", "customer", "ICA", "Coop"),
    ("Rettelse: ikke Tine men Kiwi", "customer", "Kiwi", "Tine"),
    ("sorry, it was Nammo not Novo", "customer", "Nammo", "Novo"),
    ("Rettelse: det var en samtale, ikke et møte", "kind", CALL, MEETING),
    ("Correction: that was a call, not a meeting", "kind", CALL, MEETING),
    ("Rättelse: det var en offert, inte en vunnen affär", "kind", OFFER, WIN),
    ("Rettelse: det var ikke vunnet, bare et tilbud", "kind", OFFER, WIN),
    ("Min fejl, det var et møde og ikke et opkald", "kind", MEETING, CALL),
    ("Rettelse: tilbudet var 1,2 mill ikke 1,1", "amount", 1_200_000, 1_100_000),
    ("ups, det skulle ha vært 340k", "amount", 340 * K, None),
]


@pytest.mark.parametrize(("text", "change", "now", "was"), FRESH, ids=[f[0] for f in FRESH])
def test_a_fresh_correction_reads_right(text, change, now, was) -> None:  # type: ignore[no-untyped-def]
    fix = read(text, today=TODAY, krone="NOK", known=KNOWN)
    assert fix is not None and fix.change == change, fix
    if change == "amount":
        assert (fix.amount, fix.was_amount) == (
            Decimal(now),
            None if was is None else Decimal(was),
        ), fix
    elif change == "day":
        assert fix.day == now and (was is None or fix.was_day == was), fix
    elif change == "customer":
        assert (fix.customer, fix.was_customer) == (now, was), fix
    else:
        assert (fix.kind, fix.was_kind) == (now, was), fix
