"""Session 30 (booked30). Twenty fresh channel messages on the shapes booked30 mended, written
before they were run and not designed for, in four languages: two customers after one meeting or
call word (one question for both: both asked), meetings booked in a quick update (each a plan on
its own coming day, never a call), and the krone's ",-" on a short amount. Read on Wednesday 2
December 2026 (week 49). Each row is what a careful colleague reads: the records in order
(outcome, kind, customer, amount, day); a booked meeting is a plan, its record's day today, and
its meeting's day is checked apart (PLANS)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import recognise
from tests.unit.fresh_phrasings import CALL, MEETING, OFFER, WIN, L, S, check_message, row_params

T = date(2026, 12, 2)  # Wednesday
Y = date(2026, 12, 1)
THU, FRI, MON = date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7)
KNOWN = ["Tine", "Orkla", "Rema", "Kiwi", "Coop", "ICA", "Axfood", "Lidl", "Netto", "Føtex",
 "Salling", "Arla", "Tesco", "Boots", "Aldi", "Greggs", "Posten", "Bama", "Elkjøp"]  # fmt: skip

# (text, [(outcome, kind, customer, amount, day), …])
FRESH: list[tuple[str, list]] = [
    # -- Norwegian
    ("Møte med Tine og Orkla i dag, begge positive", [(L, MEETING, "Tine", None, T), (L, MEETING, "Orkla", None, T)]),
    ("ringte rema og kiwi i går", [(L, CALL, "Rema", None, Y), (L, CALL, "Kiwi", None, Y)]),
    ("Status: 8 samtaler gjort, booket 2 møter (Posten tors, Bama fre)",
     [(L, MEETING, "Posten", None, T), (L, MEETING, "Bama", None, T)]),
    ("Vant Elkjøp 450,- per enhet i dag", [(L, WIN, "Elkjøp", 450, T)]),  # a price per unit: asked
    ("Sendte tilbud til Kiwi i dag på 990,-", [(S, OFFER, "Kiwi", 990, T)]),
    # -- Swedish
    ("Möte med ICA och Axfood idag, båda positiva", [(L, MEETING, "ICA", None, T), (L, MEETING, "Axfood", None, T)]),
    ("Ringde Coop + Lidl igår", [(L, CALL, "Coop", None, Y), (L, CALL, "Lidl", None, Y)]),
    ("Snabb update: 12 samtal gjorda, 2 möten bokade (ICA tors, Axfood fre)",
     [(L, MEETING, "ICA", None, T), (L, MEETING, "Axfood", None, T)]),
    ("Bokade 2 möten: Coop tors, Lidl fre", [(L, MEETING, "Coop", None, T), (L, MEETING, "Lidl", None, T)]),
    ("Träffade Axfood och Coop idag", [(L, MEETING, "Axfood", None, T), (L, MEETING, "Coop", None, T)]),
    # -- Danish
    ("Møde med Netto og Føtex i dag, begge varme", [(L, MEETING, "Netto", None, T), (L, MEETING, "Føtex", None, T)]),
    ("Ringede til Salling & Arla i går", [(L, CALL, "Salling", None, Y), (L, CALL, "Arla", None, Y)]),
    ("Booket 2 møder (Netto tors, Arla fre)", [(L, MEETING, "Netto", None, T), (L, MEETING, "Arla", None, T)]),
    ("Vandt Føtex i dag, 750,-", [(S, WIN, "Føtex", 750, T)]),
    ("Havde Arla og Salling i røret i dag", [(L, CALL, "Arla", None, T), (L, CALL, "Salling", None, T)]),
    # -- English
    ("Met Tesco and Boots today, both keen", [(L, MEETING, "Tesco", None, T), (L, MEETING, "Boots", None, T)]),
    ("called aldi and greggs yesterday", [(L, CALL, "Aldi", None, Y), (L, CALL, "Greggs", None, Y)]),
    ("Update: 6 calls done, 2 meetings booked (Tesco Thu, Boots Fri)",
     [(L, MEETING, "Tesco", None, T), (L, MEETING, "Boots", None, T)]),
    ("Booked meetings with Greggs Thu and Aldi Mon", [(L, MEETING, "Greggs", None, T), (L, MEETING, "Aldi", None, T)]),
    ("Had Tesco & Greggs on the phone this morning", [(L, CALL, "Tesco", None, T), (L, CALL, "Greggs", None, T)]),
]  # fmt: skip

# The plans' meeting days, in order
PLANS: dict[str, list[date]] = {
    "Status: 8 samtaler gjort, booket 2 møter (Posten tors, Bama fre)": [THU, FRI],
    "Snabb update: 12 samtal gjorda, 2 möten bokade (ICA tors, Axfood fre)": [THU, FRI],
    "Bokade 2 möten: Coop tors, Lidl fre": [THU, FRI],
    "Booket 2 møder (Netto tors, Arla fre)": [THU, FRI],
    "Update: 6 calls done, 2 meetings booked (Tesco Thu, Boots Fri)": [THU, FRI],
    "Booked meetings with Greggs Thu and Aldi Mon": [THU, MON],
}
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("row", row_params(FRESH, LEFT))
def test_fresh_messages_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_message(row, T, KNOWN)


@pytest.mark.parametrize("text", [pytest.param(t, id=t[:50]) for t in PLANS])
def test_each_booked_meeting_is_planned_on_its_own_day(text: str) -> None:
    found = recognise(text, today=T, known_customers=KNOWN)
    days = []
    while found is not None:
        days.append(found.next_step.due if found.next_step is not None else None)
        found = found.also
    assert days == PLANS[text]


def test_twenty() -> None:
    assert len(FRESH) == 20
