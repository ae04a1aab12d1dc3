"""Session 27 (names27): forty fresh messages in four languages that the fixes were not designed
for: lower-case and odd names, names with "&", plans in the future tense, typos, emoji and local
amounts. Read on Tue 1 Dec 2026, no customer known. Each row: the records read, in order, as
(outcome, kind, customer, amount, day, planned day)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, recognise

TODAY = date(2026, 12, 1)  # a Tuesday
S, L = Outcome.SURE, Outcome.LIKELY
TUE, MON = "2026-12-01", "2026-11-30"

FRESH = [
    # nb
    ("vant rema 1000 350 000,-", [(L, "win", "Rema 1000", 350_000, TUE, None)]),
    ("sendte tilbud til elkjøp på 1,2 mill", [(S, "offer", "Elkjøp", 1_200_000, TUE, None)]),
    ("signert med obos! 2,5 mill 🎉", [(S, "win", "Obos", 2_500_000, TUE, None)]),
    ("Møte med Brødrene Dahl & Co i dag", [(S, "meeting", "Brødrene Dahl & Co", None, TUE, None)]),
    ("Skal ringe Posten på mandag", [(L, "call", "Posten", None, TUE, "2026-12-07")]),
    ("Har tenkt å besøke Tine torsdag", [(L, "meeting", "Tine", None, TUE, "2026-12-03")]),
    ("vant bama 75 000 kr 💪", [(S, "win", "Bama", 75_000, TUE, None)]),
    ("tilbd sendt til coop 45k", [(S, "offer", "Coop", 45_000, TUE, None)]),
    ("sendte tilbud til obos, 1,2 mill", [(S, "offer", "Obos", 1_200_000, TUE, None)]),
    ("tilbud sendt: bama 90k", [(S, "offer", "Bama", 90_000, TUE, None)]),
    # sv
    ("vann ica maxi 120 tkr", [(L, "win", "Ica Maxi", 120_000, TUE, None)]),
    ("skickade offert till axfood på 300 000 kr", [(S, "offer", "Axfood", 300_000, TUE, None)]),
    ("Ska ringa Sandvik på fredag", [(L, "call", "Sandvik", None, TUE, "2026-12-04")]),
    ("Tänker träffa Volvo Cars nästa tisdag", [(L, "meeting", "Volvo Cars", None, TUE, "2026-12-08")]),
    ("Möte med H&M idag 👍", [(S, "meeting", "H&M", None, TUE, None)]),
    ("vann 7-eleven 45 tkr", [(S, "win", "7-Eleven", 45_000, TUE, None)]),
    ("Planerar att ringa Telia imorgon", [(L, "call", "Telia", None, TUE, "2026-12-02")]),
    ("Möte med Ernst & Young idag", [(S, "meeting", "Ernst & Young", None, TUE, None)]),
    ("vann scania 1,5 mkr 🎉", [(S, "win", "Scania", 1_500_000, TUE, None)]),
    ("Möte med Saab & Ericsson igår",
     [(L, "meeting", "Saab", None, MON, None), (L, "meeting", "Ericsson", None, MON, None)]),
    # da
    ("vandt lego 2 mio.", [(S, "win", "Lego", 2_000_000, TUE, None)]),
    ("sendt tilbud til netto på 400.000 kr", [(S, "offer", "Netto", 400_000, TUE, None)]),
    ("Skal ringe til Mærsk i morgen", [(L, "call", "Mærsk", None, TUE, "2026-12-02")]),
    ("Jeg planlægger at mødes med Ørsted på torsdag",
     [(L, "meeting", "Ørsted", None, TUE, "2026-12-03")]),
    ("Møde med Bang & Olufsen i går", [(S, "meeting", "Bang & Olufsen", None, MON, None)]),
    ("Tilbud til Carl Hansen & Søn på 80.000 kr",
     [(S, "offer", "Carl Hansen & Søn", 80_000, TUE, None)]),
    ("Vi skal mødes med Novo Nordisk på fredag",
     [(S, "meeting", "Novo Nordisk", None, TUE, "2026-12-04")]),
    ("vandt matas 95.000 kr 🥳", [(S, "win", "Matas", 95_000, TUE, None)]),
    ("Møde med Arla & Danish Crown i dag",
     [(L, "meeting", "Arla", None, TUE, None), (L, "meeting", "Danish Crown", None, TUE, None)]),
    ("Vi har signert sats 🎉 kr 480 000", [(L, "win", "Sats", 480_000, TUE, None)]),
    # en
    ("won tesco 40k", [(S, "win", "Tesco", 40_000, TUE, None)]),
    ("sent quote to sainsbury's for £12,500", [(S, "offer", "Sainsbury's", 12_500, TUE, None)]),
    ("Gonna call Vodafone on Monday", [(L, "call", "Vodafone", None, TUE, "2026-12-07")]),
    ("I'm planning to meet Unilever tomorrow",
     [(L, "meeting", "Unilever", None, TUE, "2026-12-02")]),
    ("Meeting with Johnson & Johnson today",
     [(S, "meeting", "Johnson & Johnson", None, TUE, None)]),
    ("won m&s 25k", [(S, "win", "M&S", 25_000, TUE, None)]),
    ("Met Asda & Lidl this morning",
     [(L, "meeting", "Asda", None, TUE, None), (L, "meeting", "Lidl", None, TUE, None)]),
    ("offer out to ocado - £45,000", [(S, "offer", "Ocado", 45_000, TUE, None)]),
    ("Will meet Greggs on Thursday", [(S, "meeting", "Greggs", None, TUE, "2026-12-03")]),
    ("signed aviva 1.2m 🎉", [(S, "win", "Aviva", 1_200_000, TUE, None)]),
]  # fmt: skip


def _rows(text: str) -> list[tuple]:  # type: ignore[type-arg]
    found = recognise(text, today=TODAY, known_customers=[])
    rows = []
    row = found
    while row is not None and row.outcome is not Outcome.NOTHING:
        step = row.next_step.due.isoformat() if row.planned and row.next_step else None
        amount = int(row.amount) if row.amount is not None else None
        rows.append((row.outcome, row.kind.value if row.kind else None, row.customer, amount,
                     row.when.isoformat() if row.when else None, step))  # fmt: skip
        row = row.also
    return rows


def test_forty_fresh_messages_in_four_languages() -> None:
    assert len(FRESH) == 40 and len({text for text, _ in FRESH}) == 40


@pytest.mark.parametrize(("text", "want"), FRESH, ids=[t[:40] for t, _ in FRESH])
def test_a_fresh_message_reads_right(text: str, want: list) -> None:  # type: ignore[type-arg]
    assert _rows(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "vant julebordquizen, 500 kr",
        "vant lotto, 2000 kr",
        "won the raffle - £50",
        "Skal ringe mamma på fredag",
        "Tänker ringa tandläkaren imorgon",
    ],
)
def test_fresh_chatter_beside_them_stays_chatter(text: str) -> None:
    assert _rows(text) == []
