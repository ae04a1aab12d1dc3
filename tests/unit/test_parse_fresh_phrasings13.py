"""Fresh phrasings written in session 13 (as sellers type them in Slack, in four languages, with
missing diacritics, local number and date forms and word orders), for commands and channel
messages the rules were not designed on; read on Wednesday 2026-12-02. Each row is what a
careful colleague reads."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import (
    CALL,
    LOSS,
    MEETING,
    OFFER,
    WIN,
    L,
    S,
    check_command,
    check_message,
)

TODAY = date(2026, 12, 2)  # a Wednesday: "i går" 1 Dec, "mandag" 30 Nov, "fredag" 27 Nov
KNOWN = [
    "Equinor ASA", "Orkla ASA", "Telenor", "DNB", "Yara", "Volvo", "Scania", "Ikea", "Maersk",
    "Novo Nordisk", "Carlsberg", "Tesco", "Aviva", "Kiwi", "Elkjøp", "Posten", "Telia",
]  # fmt: skip


def d(day: int, month: int = 12) -> date:
    return date(2026, month, day)


# (command, language, text, what a colleague reads: only the fields named are checked; "when"
# defaults to today and is always checked)
CMDS: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Orkla mandag, varm", {"customer": "Orkla", "when": d(30, 11), "temp": "warm"}),
    ("meeting", "nb", "mote med Telenor igar, kald", {"customer": "Telenor", "when": d(1), "temp": "cold"}),
    ("meeting", "sv", "Scania AB 1/12, het. nästa möte 15/12", {"customer": "Scania AB", "when": d(1), "temp": "hot", "next": ("möte", d(15))}),
    ("call", "nb", "ringte Posten i dag", {"customer": "Posten"}),
    ("call", "nb", "Yara fredag, kald, følg opp neste uke", {"customer": "Yara", "when": d(27, 11), "temp": "cold", "next": ("følg opp", d(11))}),
    ("offer", "nb", "Equinor 1,2 mill", {"customer": "Equinor", "amount": Decimal("1200000"), "currency": None}),
    ("offer", "en", "Equinor 1.2M NOK", {"customer": "Equinor", "amount": Decimal("1200000"), "currency": "NOK"}),
    ("offer", "sv", "Ikea 450 tkr", {"customer": "Ikea", "amount": Decimal("450000"), "currency": "SEK"}),
    ("offer", "da", "Novo Nordisk 2,5 mio. kr.", {"customer": "Novo Nordisk", "amount": Decimal("2500000"), "currency": "DKK"}),
    ("offer", "en", "Tesco £75k", {"customer": "Tesco", "amount": Decimal("75000"), "currency": "GBP"}),
    ("offer", "en", "Aviva 1,250,000", {"customer": "Aviva", "amount": Decimal("1250000"), "currency": None}),
    ("offer", "nb", "tilbud sendt til DNB 300k i går", {"customer": "DNB", "amount": Decimal("300000"), "when": d(1)}),
    ("offer", "nb", "Kiwi 85 000,- eks mva", {"customer": "Kiwi", "amount": Decimal("85000"), "currency": None}),
    ("win", "da", "Carlsberg 2 mio kr", {"customer": "Carlsberg", "amount": Decimal("2000000"), "currency": "DKK"}),
    ("win", "sv", "Volvo 3,2 MSEK", {"customer": "Volvo", "amount": Decimal("3200000"), "currency": "SEK"}),
    ("win", "nb", "Telenor 500k i går", {"customer": "Telenor", "amount": Decimal("500000"), "when": d(1)}),
    ("win", "nb", "DNB 250 000 NOK, etter lang forhandling", {"customer": "DNB", "amount": Decimal("250000"), "note": "etter lang forhandling", "unread": None}),
    ("win", "nb", "Elkjøp 1,1 mill, oppstart etter påske", {"customer": "Elkjøp", "amount": Decimal("1100000"), "note": "oppstart etter påske", "unread": None}),
    ("win", "nb", "Storebrand 400 000 kr, første del av 1,2 mill", {"customer": "Storebrand", "amount": Decimal("400000"), "note": "første del av 1,2 mill"}),
    ("win", "da", "Posten Norge AS 1 mill, efter forhandling", {"customer": "Posten Norge AS", "amount": Decimal("1000000"), "note": "efter forhandling"}),
    ("win", "en", "Aviva £90k, after a tough negotiation", {"customer": "Aviva", "amount": Decimal("90000"), "note": "after a tough negotiation"}),
    ("win", "sv", "Ikea 820 000 kr, efter lång förhandling", {"customer": "Ikea", "amount": Decimal("820000"), "note": "efter lång förhandling"}),
    ("lost", "nb", "Orkla, valgte konkurrent", {"customer": "Orkla", "note": "valgte konkurrent"}),
    ("lost", "sv", "Scania - för dyra", {"customer": "Scania", "note": "för dyra"}),
    ("lost", "nb", "Telia i går, pris", {"customer": "Telia", "when": d(1), "note": "pris"}),
    ("meeting", "nb", "Equinor i forrige uke", {"customer": "Equinor", "when": d(23, 11)}),
    ("meeting", "nb", "Equinor uke 48", {"customer": "Equinor", "when": d(23, 11)}),
    ("meeting", "da", "Maersk onsdag i sidste uge", {"customer": "Maersk", "when": d(25, 11)}),
    ("call", "nb", "DNB 30.11", {"customer": "DNB", "when": d(30, 11)}),
    ("meeting", "nb", "Tine SA i går, varm, neste møte to dager etter", {"customer": "Tine SA", "when": d(1), "next": ("møte", d(3))}),
    ("call", "nb", "Hafslund mandag, varm, neste: demo en uke senere", {"customer": "Hafslund", "when": d(30, 11), "next": ("demo", d(7))}),
    ("meeting", "sv", "Volvo i måndags, nästa möte veckan efter", {"customer": "Volvo", "when": d(30, 11), "next": ("möte", d(7))}),
    ("meeting", "nb", "Equinor ASA i dag – bra dialog om fornyelse", {"customer": "Equinor ASA", "note": "bra dialog om fornyelse"}),
    ("offer", "nb", "DNB 300 000 kr", {"customer": "DNB", "amount": Decimal("300000"), "currency": "NOK"}),
    ("meeting", "nb", "Statkraft tirsdag, het", {"customer": "Statkraft", "when": d(1), "temp": "hot"}),
    ("call", "da", "Carlsberg i mandags, varm", {"customer": "Carlsberg", "when": d(30, 11), "temp": "warm"}),
]  # fmt: skip


@pytest.mark.parametrize("row", CMDS, ids=[f"{r[0]} {r[2]}"[:50] for r in CMDS])
def test_fresh_commands_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_command(row, TODAY)


# (text, [(outcome, kind, customer, amount, day), …]: the first record, then each asked after it)
MESSAGES: list[tuple[str, list[tuple]]] = [
    ("Signerte Orkla i går, 1,3 mill 🎉", [(S, WIN, "Orkla ASA", Decimal(1300000), d(1))]),
    ("Vant Telenor!! 750k", [(S, WIN, "Telenor", Decimal(750000), TODAY)]),
    ("tilbud sendt til DNB 450k", [(S, OFFER, "DNB", Decimal(450000), TODAY)]),
    ("Offert skickad till Volvo idag, 2,1 MSEK", [(S, OFFER, "Volvo", Decimal(2100000), TODAY)]),
    (
        "Tilbud afsendt til Maersk i går på 900.000 kr",
        [(S, OFFER, "Maersk", Decimal(900000), d(1))],
    ),
    ("Quote sent to Tesco, £120k", [(S, OFFER, "Tesco", Decimal(120000), TODAY)]),
    ("Møte med Equinor i går, veldig positive", [(S, MEETING, "Equinor ASA", None, d(1))]),
    ("Möte med Scania i måndags, bra stämning", [(S, MEETING, "Scania", None, d(30, 11))]),
    ("Møde hos Novo Nordisk i dag 👍", [(S, MEETING, "Novo Nordisk", None, TODAY)]),
    ("Had a great meeting with Aviva this morning", [(S, MEETING, "Aviva", None, TODAY)]),
    ("Ringte Posten, de vil ha tilbud", [(S, CALL, "Posten", None, TODAY)]),
    ("Ringde Ikea igår, intresserade", [(S, CALL, "Ikea", None, d(1))]),
    ("Tapte Kiwi, gikk for billigere", [(L, LOSS, "Kiwi", None, TODAY)]),
    ("Förlorade Volvo 😞 priset", [(L, LOSS, "Volvo", None, TODAY)]),
    ("Lost Tesco to a competitor", [(L, LOSS, "Tesco", None, TODAY)]),
    ("moete med DNB i gaar, gikk bra", [(S, MEETING, "DNB", None, d(1))]),
    ("Sendt tilbud til Yara paa 300k", [(S, OFFER, "Yara", Decimal(300000), TODAY)]),
    ("won Aviva 🎉 £250k", [(S, WIN, "Aviva", Decimal(250000), TODAY)]),
    ("Carlsberg har underskrevet! 2 mio. kr.", [(S, WIN, "Carlsberg", Decimal(2000000), TODAY)]),
    (
        "Orkla signerte 1,3 mill, oppstart etter nyttår",
        [(S, WIN, "Orkla ASA", Decimal(1300000), TODAY)],
    ),
    # lists and days told from another
    (
        "Forrige uke: tirs møte med Yara, tors tilbud til DNB 200k",
        [(L, MEETING, "Yara", None, d(24, 11)), (L, OFFER, "DNB", Decimal(200000), d(26, 11))],
    ),
    (
        "I går: ringte Posten, møte med Elkjøp",
        [(S, CALL, "Posten", None, d(1)), (L, MEETING, "Elkjøp", None, d(1))],
    ),
    (
        "Idag: möte med Volvo; samtal med Scania",
        [(S, MEETING, "Volvo", None, TODAY), (L, CALL, "Scania", None, TODAY)],
    ),
    (
        "Last week: Tue meeting with Tesco, Thu call with Aviva",
        [(L, MEETING, "Tesco", None, d(24, 11)), (L, CALL, "Aviva", None, d(26, 11))],
    ),
    (
        "Sist uke: man ringte Kiwi, fre møte hos Orkla",
        [(L, CALL, "Kiwi", None, d(23, 11)), (L, MEETING, "Orkla ASA", None, d(27, 11))],
    ),
    (
        "Sidste uge:\nman: møde med Carlsberg\nons: tilbud til Maersk 300.000 kr",
        [
            (L, MEETING, "Carlsberg", None, d(23, 11)),
            (L, OFFER, "Maersk", Decimal(300000), d(25, 11)),
        ],
    ),
    (
        "Møte med Yara mandag, sendte tilbud dagen etter på 500k",
        [(S, MEETING, "Yara", None, d(30, 11)), (L, OFFER, "Yara", Decimal(500000), d(1))],
    ),
    (
        "Meeting with Tesco on Monday, quote sent two days later, £80k",
        [(S, MEETING, "Tesco", None, d(30, 11)), (L, OFFER, "Tesco", Decimal(80000), TODAY)],
    ),
    (
        "Möte med Ikea i måndags, offerten gick iväg dagen därpå, 400 tkr",
        [(S, MEETING, "Ikea", None, d(30, 11)), (L, OFFER, "Ikea", Decimal(400000), d(1))],
    ),
    # amounts, dates and names in other forms
    ("Signert Yara: kr 1 250 000,-", [(S, WIN, "Yara", Decimal(1250000), TODAY)]),
    ("Vant DNB 1.250.000 kr i dag", [(S, WIN, "DNB", Decimal(1250000), TODAY)]),
    ("Won Tesco 1.25M today", [(S, WIN, "Tesco", Decimal(1250000), TODAY)]),
    ("Offert till Scania: SEK 1,2m", [(S, OFFER, "Scania", Decimal(1200000), TODAY)]),
    ("Tilbud til Maersk sendt: €45k", [(S, OFFER, "Maersk", Decimal(45000), TODAY)]),
    ("Sendte tilbud til Telia 27/11, 600k", [(S, OFFER, "Telia", Decimal(600000), d(27, 11))]),
    ("Møte med Kiwi 28. nov, bra møte", [(S, MEETING, "Kiwi", None, d(28, 11))]),
    ("Met Aviva on Nov 27th, they liked the demo", [(S, MEETING, "Aviva", None, d(27, 11))]),
    (
        "Ringte Elkjøp for to dager siden, varm",
        [(S, CALL, "Elkjøp", None, TODAY.replace(day=30, month=11))],
    ),
    ("Möte med Ikea i förrgår", [(S, MEETING, "Ikea", None, d(30, 11))]),
    (
        "Vandt Novo Nordisk i fredags!! 3,4 mio.",
        [(S, WIN, "Novo Nordisk", Decimal(3400000), d(27, 11))],
    ),
    ("ORDRE fra Posten 🎉 450k", [(S, WIN, "Posten", Decimal(450000), TODAY)]),
    ("Telenor sa ja! 900k", [(S, WIN, "Telenor", Decimal(900000), TODAY)]),
    ("Kiwi valgte en annen leverandør", [(L, LOSS, "Kiwi", None, TODAY)]),
    ("Aviva went with a competitor 😞", [(L, LOSS, "Aviva", None, TODAY)]),
    ("Yara tackade nej till offerten", [(L, LOSS, "Yara", None, TODAY)]),
    ("Maersk sagde nej tak", [(L, LOSS, "Maersk", None, TODAY)]),
    ("rettelse: tilbudet til DNB var 540k, ikke 450k", [(L, OFFER, "DNB", Decimal(540000), TODAY)]),
    ("Demo hos Elkjøp i dag, veldig interessert", [(S, MEETING, "Elkjøp", None, TODAY)]),
    ("Teams-møte med Equinor i dag kl 9, gikk fint", [(S, MEETING, "Equinor ASA", None, TODAY)]),
    ("Kundbesök hos Volvo idag 🚗", [(S, MEETING, "Volvo", None, TODAY)]),
    ("Opkald til Carlsberg i går, positiv", [(S, CALL, "Carlsberg", None, d(1))]),
    # meals and parties
    ("Lunsj med Hafslund i dag", [(L, MEETING, "Hafslund", None, TODAY)]),
    ("Middag med Aker Solutions i går", [(L, MEETING, "Aker Solutions", None, d(1))]),
    ("Julebord hos Elkjøp i helga, hyggelig", [(L, MEETING, "Elkjøp", None, d(28, 11))]),
    # chatter
    ("lunch med Erik idag", []),
    ("Hvem vil ha kaffe?", []),
    ("Equinor-aksjen stiger i dag 📈", []),
    ("Gratulerer Kari med Orkla-avtalen!", []),
    ("Husk å logge møtene deres denne uka", []),
    ("vi har julebord på fredag 🎄", []),
    ("Telenor har nettverksproblemer igjen", []),
    ("Tilbud til Kiwi ikke sendt enda", []),
    ("Neste uke: man møte med Yara, ons tilbud til DNB", []),
    ("Skal vi ta en lunsj med Equinor-folka snart?", []),
    ("Yara vant en pris for bærekraft i går", []),
    ("Kan noen sende meg tilbudet til DNB?", []),
    ("Tesco's share price is up 4% today", []),
    ("Tilbudet til Orkla sendes i morgen", []),
    ("Møtet med Telenor ble avlyst", []),
    ("<@U0KARI> vant Kiwi 300k i dag 🎉", []),
    ("Vi vant quizen i går 🏆", []),
    ("Maersk ringede mig ikke tilbage", []),
]


@pytest.mark.parametrize("row", MESSAGES, ids=[r[0][:40] for r in MESSAGES])
def test_fresh_messages_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_message(row, TODAY, KNOWN)
