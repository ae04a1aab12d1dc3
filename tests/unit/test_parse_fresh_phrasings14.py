"""Fresh phrasings written in session 14 (as sellers type them in Slack, in four languages, with
typos, missing diacritics, local number and date forms, word orders and year-end talk), for
commands and channel messages the rules were not designed on; read on Tuesday 2026-12-29 (ISO
week 53 of 2026: Mon 28 Dec .. Sun 3 Jan). Each row is what a careful colleague reads."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome
from tests.unit.fresh_phrasings import check_command, check_message

TODAY = date(2026, 12, 29)  # a Tuesday: "i går" 28 Dec, "fredag" 25 Dec, "uke 52" 21 Dec
KNOWN = [
    "Equinor ASA", "Orkla ASA", "Telenor", "DNB", "Yara", "Volvo", "Scania", "Ikea", "Maersk",
    "Novo Nordisk", "Carlsberg", "Tesco", "Aviva", "Kiwi", "Elkjøp", "Posten", "Telia",
    "Hafslund", "Coop", "Vestas", "Sainsbury's",
]  # fmt: skip


def d(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


# (command, language, text, what a colleague reads: only the fields named are checked; "when"
# defaults to today and is always checked)
CMDS: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Equinor i gaar, varm", {"customer": "Equinor", "when": d(28), "temp": "warm"}),
    ("meeting", "nb", "Telenor 28.12", {"customer": "Telenor", "when": d(28)}),
    ("meeting", "nb", "DNB uke 52", {"customer": "DNB", "when": d(21)}),
    ("meeting", "sv", "Volvo v.52, het", {"customer": "Volvo", "when": d(21), "temp": "hot"}),
    ("meeting", "da", "Maersk i mandags", {"customer": "Maersk", "when": d(28)}),
    ("meeting", "en", "Tesco yesterday, warm, next call 5 Jan", {"customer": "Tesco", "when": d(28), "temp": "warm", "next": ("call", d(5, 1, 2027))}),
    ("meeting", "nb", "Orkla mandag, neste møte uke 2", {"customer": "Orkla", "when": d(28), "next": ("møte", d(15, 1, 2027))}),
    ("meeting", "sv", "Ikea igår, nästa möte 7/1", {"customer": "Ikea", "when": d(28), "next": ("möte", d(7, 1, 2027))}),
    ("meeting", "da", "Carlsberg i går, næste møde uge 2", {"customer": "Carlsberg", "when": d(28), "next": ("møde", d(15, 1, 2027))}),
    ("call", "nb", "Posten i dag, kald", {"customer": "Posten", "temp": "cold"}),
    ("call", "nb", "Kiwi 23.12.", {"customer": "Kiwi", "when": d(23)}),
    ("call", "sv", "Telia i fredags", {"customer": "Telia", "when": d(25)}),
    ("call", "en", "Aviva on Monday, hot", {"customer": "Aviva", "when": d(28), "temp": "hot"}),
    ("call", "da", "Novo Nordisk 22/12, lun", {"customer": "Novo Nordisk", "when": d(22)}),
    ("offer", "nb", "Hafslund 1,5 mill", {"customer": "Hafslund", "amount": Decimal("1500000"), "currency": None}),
    ("offer", "nb", "Yara kr 450.000,-", {"customer": "Yara", "amount": Decimal("450000")}),
    ("offer", "nb", "Elkjøp 300k, gyldig til 15.1.", {"customer": "Elkjøp", "amount": Decimal("300000"), "note": "gyldig til 15.1."}),
    ("offer", "sv", "Scania 2,4 mkr", {"customer": "Scania", "amount": Decimal("2400000"), "currency": "SEK"}),
    ("offer", "sv", "Ikea 350 000 kr i går", {"customer": "Ikea", "amount": Decimal("350000"), "currency": "SEK", "when": d(28)}),
    ("offer", "da", "Vestas 1,2 mio. kr.", {"customer": "Vestas", "amount": Decimal("1200000"), "currency": "DKK"}),
    ("offer", "en", "Tesco £48,500", {"customer": "Tesco", "amount": Decimal("48500"), "currency": "GBP"}),
    ("offer", "en", "Sainsbury's 75k GBP 23/12", {"customer": "Sainsbury's", "amount": Decimal("75000"), "currency": "GBP", "when": d(23)}),
    ("win", "nb", "Coop 800k, signert før nyttår", {"customer": "Coop", "amount": Decimal("800000")}),
    ("win", "nb", "Telenor 2 mill 23.12", {"customer": "Telenor", "amount": Decimal("2000000"), "when": d(23)}),
    ("win", "sv", "Volvo 1,8 MSEK i fredags", {"customer": "Volvo", "amount": Decimal("1800000"), "currency": "SEK", "when": d(25)}),
    ("win", "da", "Carlsberg 600.000 kr", {"customer": "Carlsberg", "amount": Decimal("600000"), "currency": "DKK"}),
    ("win", "en", "Aviva £120k yesterday", {"customer": "Aviva", "amount": Decimal("120000"), "currency": "GBP", "when": d(28)}),
    ("win", "nb", "DNB", {"customer": "DNB", "amount": None}),
    ("lost", "nb", "Kiwi, for dyre", {"customer": "Kiwi", "note": "for dyre"}),
    ("lost", "sv", "Telia i går - valde befintlig leverantör", {"customer": "Telia", "when": d(28)}),
    ("lost", "da", "Maersk, budget frosset", {"customer": "Maersk", "note": "budget frosset"}),
    ("lost", "en", "Tesco, went with incumbent", {"customer": "Tesco", "note": "went with incumbent"}),
]  # fmt: skip


@pytest.mark.parametrize("row", CMDS, ids=[f"{r[0]} {r[2]}"[:50] for r in CMDS])
def test_fresh_commands_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_command(row, TODAY)


S, L, N = Outcome.SURE, Outcome.LIKELY, Outcome.NOTHING
MEETING, CALL, OFFER, WIN, LOSS = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)

# (text, [(outcome, kind, customer, amount, day), …]: the first record, then each asked after it)
MESSAGES: list[tuple[str, list[tuple]]] = [
    ("Signert Coop før nyttår 🎉 800k", [(S, WIN, "Coop", Decimal(800000), TODAY)]),
    # heldmsg33: the romjul said inside it as the only day of done work is asked on its days so
    # far, its Monday meanwhile (the lead's standing decision: a span as the only day of done
    # work keeps the span's own day, asked; commands_holdout13 asks it too). Was: today, sure
    ("Vant Hafslund i romjulen, 1,2 mill", [(L, WIN, "Hafslund", Decimal(1200000), d(28))]),
    ("Orkla signerte 23.12., 2 mill", [(S, WIN, "Orkla ASA", Decimal(2000000), d(23))]),
    (
        "Tilbud sendt Yara i går 450k, gyldig til 15.1.",
        [(S, OFFER, "Yara", Decimal(450000), d(28))],
    ),
    ("tilbud til Elkjop sendt, 300 000 kr", [(S, OFFER, "Elkjøp", Decimal(300000), TODAY)]),
    ("Offert till Scania skickad igår, 2,4 mkr", [(S, OFFER, "Scania", Decimal(2400000), d(28))]),
    ("Vann Volvo i fredags!! 1,8 MSEK", [(S, WIN, "Volvo", Decimal(1800000), d(25))]),
    ("Tilbud afsendt til Vestas, 1,2 mio. kr.", [(S, OFFER, "Vestas", Decimal(1200000), TODAY)]),
    ("Vundet Carlsberg 🍺 600.000 kr", [(S, WIN, "Carlsberg", Decimal(600000), TODAY)]),
    ("Won Aviva yesterday, £120k 🎉", [(S, WIN, "Aviva", Decimal(120000), d(28))]),
    ("Quote sent to Tesco 23/12, £48.5k", [(S, OFFER, "Tesco", Decimal(48500), d(23))]),
    ("Møte med DNB i gaar, gikk bra", [(S, MEETING, "DNB", None, d(28))]),
    ("Mote hos Telenor idag, de er varme", [(S, MEETING, "Telenor", None, TODAY)]),
    ("Möte med Ikea igår, bra stämning", [(S, MEETING, "Ikea", None, d(28))]),
    ("Møde med Maersk i mandags", [(S, MEETING, "Maersk", None, d(28))]),
    ("Met Sainsbury's yesterday, good chat", [(S, MEETING, "Sainsbury's", None, d(28))]),
    ("Ringte Posten i dag, vil ha tilbud over nyttår", [(S, CALL, "Posten", None, TODAY)]),
    ("Ringde Telia idag 📞", [(S, CALL, "Telia", None, TODAY)]),
    ("Opkald til Novo Nordisk 22/12", [(S, CALL, "Novo Nordisk", None, d(22))]),
    ("Called Aviva this morning, they're warm", [(S, CALL, "Aviva", None, TODAY)]),
    ("Tapte Kiwi 😞 for dyre", [(L, LOSS, "Kiwi", None, TODAY)]),
    ("Förlorade Telia, valde befintlig leverantör", [(L, LOSS, "Telia", None, TODAY)]),
    ("Tesco went with the incumbent", [(L, LOSS, "Tesco", None, TODAY)]),
    ("Tabte Maersk, budgettet er frosset", [(L, LOSS, "Maersk", None, TODAY)]),
    # lists and week numbers over the year's end
    (
        "Uke 52: man møte Orkla, ons tilbud DNB 300k",
        [(L, MEETING, "Orkla ASA", None, d(21)), (L, OFFER, "DNB", Decimal(300000), d(23))],
    ),
    (
        "I går: møte med Equinor, ringte Posten",
        [(S, MEETING, "Equinor ASA", None, d(28)), (L, CALL, "Posten", None, d(28))],
    ),
    (
        "Förra veckan: mån möte Ikea, tors samtal Scania",
        [(L, MEETING, "Ikea", None, d(21)), (L, CALL, "Scania", None, d(24))],
    ),
    (
        "Last week: Mon call Tesco, Wed mtg Aviva",
        [(L, CALL, "Tesco", None, d(21)), (L, MEETING, "Aviva", None, d(23))],
    ),
    # a next step over the year's end is never the record's day
    ("Møte med Hafslund i dag, nytt møte uke 2", [(S, MEETING, "Hafslund", None, TODAY)]),
    (
        "Tilbud sendt Telenor 900k, følger opp 4. januar",
        [(S, OFFER, "Telenor", Decimal(900000), TODAY)],
    ),
    ("Won Tesco £60k, kickoff in January", [(S, WIN, "Tesco", Decimal(60000), TODAY)]),
    # a second batch, harder: idioms, typos, words around the record
    (
        "Julegave til oss selv: Equinor signerte i dag! 3,2 MNOK",
        [(S, WIN, "Equinor ASA", Decimal(3200000), TODAY)],
    ),
    ("Yara er i boks 💪 450 000,-", [(S, WIN, "Yara", Decimal(450000), TODAY)]),
    ("avtalen med Telenor er signert, 1,1 mill", [(S, WIN, "Telenor", Decimal(1100000), TODAY)]),
    # the tender is what was won, no second record (an offer was asked too)
    (
        "fikk tilslag paa anbudet til Posten, 2,5 mill",
        [(S, WIN, "Posten", Decimal(2500000), TODAY)],
    ),
    ("Ordre fra Kiwi på 85 000 kr inn i dag", [(S, WIN, "Kiwi", Decimal(85000), TODAY)]),
    ("Scania skrev på idag!! 3 mkr", [(S, WIN, "Scania", Decimal(3000000), TODAY)]),
    (
        "Offerten till Volvo gick iväg i morse, 780 tkr",
        [(S, OFFER, "Volvo", Decimal(780000), TODAY)],
    ),
    ("Aftalen med Maersk er i hus, 4 mio", [(S, WIN, "Maersk", Decimal(4000000), TODAY)]),
    (
        "Vi har fået ja fra Carlsberg, kontrakten underskrives i januar",
        [(L, WIN, "Carlsberg", None, TODAY)],
    ),
    ("Tesco signed on the 23rd, £200k", [(S, WIN, "Tesco", Decimal(200000), d(23))]),
    ("sent Aviva a proposal on the 22nd, 95k", [(S, OFFER, "Aviva", Decimal(95000), d(22))]),
    ("Møtte Hafslund i går, de vurderer å kjøpe i Q1", [(S, MEETING, "Hafslund", None, d(28))]),
    ("Var hos Coop i dag, bra møte med innkjøpssjef", [(S, MEETING, "Coop", None, TODAY)]),
    ("Teams med Vestas i dag kl 10, gikk fint", [(S, MEETING, "Vestas", None, TODAY)]),
    ("kundebesøk Elkjøp 28/12", [(S, MEETING, "Elkjøp", None, d(28))]),
    # "prisen" in a talk is the price, no prize
    ("Samtale med DNB idag, de er kalde på prisen", [(S, CALL, "DNB", None, TODAY)]),
    ("lagt inn tilbud til Telia 17.12., 640k", [(S, OFFER, "Telia", Decimal(640000), d(17))]),
    ("Møte m/ DNB i går 👍", [(S, MEETING, "DNB", None, d(28))]),
    ("tlf Kiwi i dag, varm lead", [(S, CALL, "Kiwi", None, TODAY)]),
    ("1,2 mill fra Orkla i boks!", [(S, WIN, "Orkla ASA", Decimal(1200000), TODAY)]),
    (
        "Demo for Scania i mellandagarna, gick bra",
        [(L, MEETING, "Scania", None, d(28))],
    ),  # heldmsg33
    ("Vunnet Hafslund 🎉🎉 kr 900 000", [(S, WIN, "Hafslund", Decimal(900000), TODAY)]),
    ("Won Sainsbury's!!! £75k", [(S, WIN, "Sainsbury's", Decimal(75000), TODAY)]),
    ("Tapte Telenor til Telia 😤", [(L, LOSS, "Telenor", None, TODAY)]),
    # the loss before Christmas gone: its eve (23 Dec, week 52), asked; session 15 (was today)
    ("Posten valgte en annen leverandør før jul", [(L, LOSS, "Posten", None, d(23))]),
    # "Uke 53:" a heading with its week's number (the colon after a digit)
    (
        "Uke 53: ringte Posten, møte Telenor",
        [(S, CALL, "Posten", None, d(28)), (L, MEETING, "Telenor", None, d(28))],
    ),
    ("Møte med Equinor 4. januar", [(S, MEETING, "Equinor ASA", None, TODAY)]),  # a plan
    ("Vi har et tilbud ute til Yara på 1,2 mill som utløper 15.1.", []),  # one sent before
    ("Nammo? nei, vi tapte ikke, de har bare utsatt", []),
    # chatter
    ("God jul og godt nyttår alle sammen! 🎄", []),
    ("Hvem er på jobb i romjula?", []),
    ("Husk å logge alt før nyttår", []),
    ("Møte med Orkla uke 2", [(S, MEETING, "Orkla ASA", None, TODAY)]),
    ("Skal ringe Telenor etter nyttår", []),
    ("Tilbudet til Yara går ut 15.1.", []),
    ("Vi vant julebordsquizen 🏆", []),
    ("Gott nytt år! Nu kör vi 2027 💪", []),
    ("Godt nytår, tak for i år", []),
    ("happy new year team, let's smash Q1", []),
    ("Telia har driftsproblem igen", []),
    ("Kari vant DNB før jul, gratulerer!", []),
]


@pytest.mark.parametrize("row", MESSAGES, ids=[r[0][:40] for r in MESSAGES])
def test_fresh_messages_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_message(row, TODAY, KNOWN)
