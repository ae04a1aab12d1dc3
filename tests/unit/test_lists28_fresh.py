"""Session 28 (lists28). Forty fresh channel messages of several records, written before they
were run and not designed for: four languages, lists with bullets and line breaks, emoji between
entries, pairs ("&", "og", "och", "and"), weekday headings written short ("tirs", "Mån", "Thurs"),
week headings ("Uke 48", "Vecka 48:", "Week 48 recap:"), typos ("qoute", "ofert") and local
amounts ("kr 85 000", "1,4 mill eks mva", "250 tkr", "1,2 mkr", "450.000 kr.", "1,5 mio.",
"£12,500", "£8k"). Read on Tuesday 1 December 2026 (week 49: Mon 30 Nov .. Sun 6 Dec; the week
gone Mon 23 .. Sun 29 Nov). Each row is what a careful colleague reads: the records in order
(outcome, kind, customer, amount, day), the first, then each asked about on its own; [] records
nothing. A list's rows are asked in one question (likely); a row still to come is its lead's
planned step (its day today, no amount)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import CALL, MEETING, OFFER, WIN, L, S, check_message

T = date(2026, 12, 1)  # Tuesday
KNOWN = ["Aker BP", "Kiwi", "Bama", "Statkraft", "Tine", "Fjordkraft", "Posten", "Rema 1000",
 "Telenor", "Orkla", "Volvo", "ICA", "Scania", "Sandvik", "Telia", "Axfood", "H&M", "Husqvarna",
 "SJ", "Ericsson", "Carlsberg", "Vestas", "Arla", "Jysk", "Danfoss", "Matas", "Pandora", "Tryg",
 "Lego", "Coop Danmark", "Tesco", "Boots", "Asda", "Lloyds", "Greggs", "Unilever", "Vodafone",
 "Aviva", "Ocado", "BT", "Barclays"]  # fmt: skip


def k(amount: int) -> Decimal:
    return Decimal(amount)


def nov(day: int) -> date:
    return date(2026, 11, day)


# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
FRESH: list[tuple[str, list]] = [
    # -- Norwegian
    ("Uke 48 🗓️\n• man: møte Aker BP\n• ons: tilbud Kiwi kr 85 000\n• fre: ringte Bama",
     [(L, MEETING, "Aker BP", None, nov(23)), (L, OFFER, "Kiwi", k(85000), nov(25)), (L, CALL, "Bama", None, nov(27))]),
    # two known customers: the first's meeting sure, the second's asked (as "og" reads)
    ("Møte med Orkla & Kiwi i dag 👍", [(L, MEETING, "Orkla", None, T), (L, MEETING, "Kiwi", None, T)]),
    # today's heading over a count and another customer's offer: the calls sure, the offer asked
    ("Tirs: 2 samtaler m/ Telenor, tilbud til Posten 120k",
     [(S, CALL, "Telenor", None, T), (L, OFFER, "Posten", k(120000), T)]),
    ("I går: møte hos Statkraft. I dag: sendt tilbud til Statkraft, 1,4 mill eks mva",
     [(L, MEETING, "Statkraft", None, nov(30)), (L, OFFER, "Statkraft", k(1400000), T)]),
    ("man – kundemøte Tine\ntirs – tlf Fjordkraft x2",
     [(L, MEETING, "Tine", None, nov(30)), (L, CALL, "Fjordkraft", None, T)]),
    ("Forrige uke:\n- Mandag: møte Posten\n- Torsdag: tilbud Rema 1000 350 000 kr",
     [(L, MEETING, "Posten", None, nov(23)), (L, OFFER, "Rema 1000", k(350000), nov(26))]),
    ("Vant Telenor og Tine i går 🎉🎉", [(L, WIN, "Telenor", None, nov(30)), (L, WIN, "Tine", None, nov(30))]),
    ("Onsdag Eiendom: møte i går, varm lead", [(S, MEETING, "Onsdag Eiendom", None, nov(30))]),
    # the week so far with no day said: each asked (the weightier first), never stored unasked
    ("Uka så langt: møte m/ Statkraft 👍 tilbud Bama 60k",
     [(L, OFFER, "Bama", k(60000), T), (L, MEETING, "Statkraft", None, T)]),
    # sentences of two customers' news by their days (file 9's reading): each asked on its day
    ("Mandag: ringte Kiwi 📞 Tirsdag: møtte Bama", [(L, MEETING, "Bama", None, T), (L, CALL, "Kiwi", None, nov(30))]),
    # -- Swedish
    ("Vecka 48:\n• Mån: möte Volvo\n• Tors: offert ICA 250 tkr",
     [(L, MEETING, "Volvo", None, nov(23)), (L, OFFER, "ICA", k(250000), nov(26))]),
    ("Möte med Scania och Sandvik idag", [(L, MEETING, "Scania", None, T), (L, MEETING, "Sandvik", None, T)]),
    ("Igår: ringde Telia ✅ Idag: möte med Axfood", [(L, CALL, "Telia", None, nov(30)), (L, MEETING, "Axfood", None, T)]),
    ("Mån: möte H&M, tis: ofert Husqvarna 1,2 mkr",
     [(L, MEETING, "H&M", None, nov(30)), (L, OFFER, "Husqvarna", k(1200000), T)]),
    ("Tis: möte med SJ 🚆 Ons: ska ringa Telia", [(L, MEETING, "SJ", None, T), (L, CALL, "Telia", None, T)]),
    ("Veckan hittills: möte Ericsson, offert till Volvo 400 000 kr",
     [(L, MEETING, "Ericsson", None, nov(30)), (L, OFFER, "Volvo", k(400000), nov(30))]),
    ("Vann Axfood 🎉 2,5 mkr", [(S, WIN, "Axfood", k(2500000), T)]),
    ("Fre: möte Sandvik\nMån: ringde Scania", [(L, MEETING, "Sandvik", None, nov(27)), (L, CALL, "Scania", None, nov(30))]),
    ("Förra veckan: tis möte ICA, tors offert Axfood 90 000",
     [(L, MEETING, "ICA", None, nov(24)), (L, OFFER, "Axfood", k(90000), nov(26))]),
    ("Ringde Telia & Tele2 igår", [(L, CALL, "Telia", None, nov(30)), (L, CALL, "Tele2", None, nov(30))]),
    # -- Danish
    ("Uge 48:\n- man: møde Carlsberg\n- ons: tilbud Vestas 450.000 kr.",
     [(L, MEETING, "Carlsberg", None, nov(23)), (L, OFFER, "Vestas", k(450000), nov(25))]),
    ("Møde med Arla og Jysk i dag 🤝", [(L, MEETING, "Arla", None, T), (L, MEETING, "Jysk", None, T)]),
    ("I går: ringede til Danfoss. I dag: møde hos Matas", [(L, CALL, "Danfoss", None, nov(30)), (L, MEETING, "Matas", None, T)]),
    ("Man: møde Pandora 😊 Tirs: tilbud Tryg 1,5 mio.",
     [(L, OFFER, "Tryg", k(1500000), T), (L, MEETING, "Pandora", None, nov(30))]),
    ("Sidste uge: mandag møde Lego, fredag tilbud til Coop Danmark 200.000 kr",
     [(L, MEETING, "Lego", None, nov(23)), (L, OFFER, "Coop Danmark", k(200000), nov(27))]),
    ("Tors: møde Carlsberg. Fre: møde Vestas", [(L, MEETING, "Carlsberg", None, nov(26)), (L, MEETING, "Vestas", None, nov(27))]),
    ("Fredag Invest: møde i dag", [(S, MEETING, "Fredag Invest", None, T)]),
    ("Vandt Jysk & Matas i går 🎉", [(L, WIN, "Jysk", None, nov(30)), (L, WIN, "Matas", None, nov(30))]),
    ("Ugen indtil videre: møde m. Arla", [(L, MEETING, "Arla", None, T)]),
    ("man: tlf Danfoss x3\ntirs: møde Tryg", [(L, CALL, "Danfoss", None, nov(30)), (L, MEETING, "Tryg", None, T)]),
    # -- English
    ("Week 48 recap:\n• Mon – meeting Tesco\n• Wed – quote to Boots £12,500\n• Fri – call Asda",
     [(L, MEETING, "Tesco", None, nov(23)), (L, OFFER, "Boots", k(12500), nov(25)), (L, CALL, "Asda", None, nov(27))]),
    ("Met Tesco & Sainsbury's today 👍", [(L, MEETING, "Tesco", None, T), (L, MEETING, "Sainsbury's", None, T)]),
    ("Yesterday: call with Lloyds. Today: demo at Greggs 🙂", [(L, CALL, "Lloyds", None, nov(30)), (L, MEETING, "Greggs", None, T)]),
    ("Mon: mtg Unilever, Tue: qoute Vodafone £8k",
     [(L, MEETING, "Unilever", None, nov(30)), (L, OFFER, "Vodafone", k(8000), T)]),
    ("Last week:\nTues – call Aviva\nThurs – meeting Ocado", [(L, CALL, "Aviva", None, nov(24)), (L, MEETING, "Ocado", None, nov(26))]),
    ("Tue: call BT :phone: Wed: will meet Barclays", [(L, CALL, "BT", None, T), (L, MEETING, "Barclays", None, T)]),
    ("Week so far: 2 calls with Greggs", [(L, CALL, "Greggs", None, T)]),
    ("Won Aviva and Boots today! 🎉 £40k and £25k", [(L, WIN, "Aviva", k(40000), T), (L, WIN, "Boots", k(25000), T)]),
    ("Thurs: meeting Lloyds. Fri: call Ocado", [(L, MEETING, "Lloyds", None, nov(26)), (L, CALL, "Ocado", None, nov(27))]),
    ("Friday Foods: meeting yesterday, warm", [(S, MEETING, "Friday Foods", None, nov(30))]),
]  # fmt: skip


@pytest.mark.parametrize("row", FRESH, ids=[t[:50] for t, _ in FRESH])
def test_forty_fresh_messages_of_several_records(row: tuple) -> None:
    check_message(row, T, KNOWN)


def test_there_are_forty_in_four_languages() -> None:
    assert len(FRESH) == 40
