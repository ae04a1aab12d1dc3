"""Fresh phrasings written in session 17 (as sellers type them in Slack around midsummer, the
summer holidays and a quarter's end, in four languages, with typos, missing diacritics, local
number and date forms and word orders), for commands and channel messages the rules were not
designed on. Two days: Thursday 2027-06-24 (ISO week 25; "i går" Wed 23 Jun, sankthansaften;
Sweden's midsommarafton is tomorrow; Q2 and H1 end Wed 30 Jun; "primo juli" Thu 1 Jul) and
Monday 2027-08-09 (ISO week 32, after Norway's fellesferie, weeks 28-30; "i går" Sun 8 Aug, "i
fredags" Fri 6 Aug, "forrige uke" Mon 2 Aug). Each row is what a careful colleague reads; the
rows read differently and not fixed are strict xfails with their reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.errors import UserError
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

JUNE = date(2027, 6, 24)  # a Thursday, the day after sankthansaften
AUGUST = date(2027, 8, 9)  # a Monday, week 32, the first week after the fellesferie
KNOWN = [
    "Equinor ASA", "Telenor", "DNB", "Kiwi", "Orkla ASA", "Tine", "Yara", "Volvo", "Ikea",
    "Scania", "Maersk", "Carlsberg", "Novo Nordisk", "Tesco", "Aviva", "Boots", "Posten",
    "Rema 1000", "Hafslund", "Elkjøp", "Arla", "Vestas", "Coop Norge", "Q3 Logistics Ltd",
]  # fmt: skip
OPEN_OFFERS = {"dnb", "volvo", "tesco", "hafslund", "maersk"}


def d(day: int, month: int) -> date:
    return date(2027, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
CMDS_JUNE: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Equinor sankthansaften, varm", {"customer": "Equinor", "when": d(23, 6), "temp": "warm"}),
    ("meeting", "nb", "Tine i går, varm, neste møte uke 32", {"customer": "Tine", "when": d(23, 6), "next": ("møte", d(13, 8))}),
    ("call", "nb", "Kiwi i dag, følger opp ultimo juni", {"customer": "Kiwi", "next": ("følger opp", d(30, 6))}),
    ("call", "nb", "Posten idag, ringer igjen primo juli", {"customer": "Posten", "next": ("ringer igjen", d(1, 7))}),
    ("meeting", "sv", "Volvo igår, het, nästa möte v. 33", {"customer": "Volvo", "when": d(23, 6), "temp": "hot", "next": ("möte", d(20, 8))}),
    ("call", "sv", "Scania i förrgår, ljummen", {"customer": "Scania", "when": d(22, 6), "unread": "ljummen"}),
    ("offer", "sv", "Ikea 1,2 mkr, giltig till midsommar", {"customer": "Ikea", "amount": Decimal("1200000"), "currency": "SEK", "note": "giltig till midsommar"}),
    ("offer", "nb", "Hafslund 2,4 mill eks mva", {"customer": "Hafslund", "amount": Decimal("2400000")}),
    ("offer", "nb", "Orkla kr 450 000,- oppstart i august", {"customer": "Orkla", "amount": Decimal("450000")}),
    ("win", "nb", "Telenor 1,1 mill, oppstart etter fellesferien", {"customer": "Telenor", "amount": Decimal("1100000"), "note": "oppstart etter fellesferien"}),
    ("win", "da", "Carlsberg 850.000 kr, levering i uge 33", {"customer": "Carlsberg", "amount": Decimal("850000"), "currency": "DKK", "note": "levering i uge 33"}),
    ("offer", "en", "Aviva £45k, valid till end of quarter", {"customer": "Aviva", "amount": Decimal("45000"), "note": "valid till end of quarter"}),
    ("lost", "da", "Arla i går, valgte en anden leverandør", {"customer": "Arla", "when": d(23, 6), "note": "valgte en anden leverandør"}),
    ("meeting", "en", "Q3 Logistics Ltd yesterday, warm", {"customer": "Q3 Logistics Ltd", "when": d(23, 6), "temp": "warm"}),
    ("meeting", "da", "Maersk sankt hans aften, hed", {"customer": "Maersk", "when": d(23, 6), "temp": "hot"}),
]  # fmt: skip
CMDS_AUGUST: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "DNB i fredags, varm", {"customer": "DNB", "when": d(6, 8), "temp": "warm"}),
    ("meeting", "nb", "Yara forrige uke, kald", {"customer": "Yara", "when": d(2, 8), "temp": "cold"}),
    ("call", "nb", "Elkjop idag, folger opp torsdag", {"customer": "Elkjop", "next": ("folger opp", d(12, 8))}),
    ("offer", "nb", "Rema 1000 kr 320 000 i går", {"customer": "Rema 1000", "amount": Decimal("320000"), "when": d(8, 8)}),
    ("offer", "sv", "Volvo 640 tkr, reviderad efter semestern", {"customer": "Volvo", "amount": Decimal("640000"), "currency": "SEK"}),
    ("win", "nb", "Kiwi 280k, fakturering ved kvartalsslutt", {"customer": "Kiwi", "amount": Decimal("280000"), "note": "fakturering ved kvartalsslutt"}),
    ("win", "da", "Novo Nordisk 1,4 mio. kr i fredags", {"customer": "Novo Nordisk", "amount": Decimal("1400000"), "currency": "DKK", "when": d(6, 8)}),
    # a price per period is asked, with the whole value as a button (README)
    ("win", "en", "Boots £2k/month for 3 years", {"customer": "Boots", "unread": "£2k/month for 3 years"}),
    ("meeting", "en", "Tesco w/c 2nd Aug, warm", {"customer": "Tesco", "when": d(2, 8), "temp": "warm"}),
    ("lost", "sv", "Scania förra veckan, för dyrt", {"customer": "Scania", "when": d(2, 8), "note": "för dyrt"}),
]  # fmt: skip


@pytest.mark.parametrize("row", CMDS_JUNE, ids=[f"{r[0]} {r[2]}"[:50] for r in CMDS_JUNE])
def test_fresh_commands_at_midsummer(row: tuple) -> None:
    check_command(row, JUNE, KNOWN)


@pytest.mark.parametrize("row", CMDS_AUGUST, ids=[f"{r[0]} {r[2]}"[:50] for r in CMDS_AUGUST])
def test_fresh_commands_after_the_summer(row: tuple) -> None:
    check_command(row, AUGUST, KNOWN)


def test_a_quarters_end_ahead_is_no_day_a_win_was_done_on() -> None:
    """ "Tesco £120k end of quarter" on 24 June: the quarter ends on the 30th, ahead: refused as
    any day ahead alone is (said on 30 June, or up to a week after, it is that day)."""
    with pytest.raises(UserError) as refused:
        check_command(("win", "en", "Tesco £120k end of quarter", {}), JUNE, KNOWN)
    assert refused.value.code == "date_in_future"
    check_command(("win", "en", "Tesco £120k end of quarter", {"when": d(30, 6)}), d(2, 7), KNOWN)


MESSAGES_JUNE: list[tuple[str, list[tuple]]] = [
    ("Møte med Tine på sankthansaften, varme 🔥", [(S, MEETING, "Tine", None, d(23, 6))]),
    ("Vant Kiwi i går!! 340k før ferien 🎉", [(S, WIN, "Kiwi", Decimal(340000), d(23, 6))]),
    ("Skal ha møte med Orkla før ferien", []),
    ("Må ringe Posten innan midsommar", []),
    ("God sommer alle sammen! ☀️", []),
    ("Glad midsommar! 🌸", []),
    ("Sommerfest med teamet i kveld 🍻", []),
    (
        "Tilbud sendt til Hafslund, 2,4 mill. Følger opp ultimo juni",
        [(S, OFFER, "Hafslund", Decimal(2400000), JUNE)],
    ),
    ("Ringte Posten i dag, de vil ha tilbud i Q3", [(S, CALL, "Posten", None, JUNE)]),
    ("Q2 er i boks, 4,2 mill totalt 💪", []),
    ("Vi er på 3,1 mill for H1", []),
    ("Offert skickad till Volvo idag, 800 tkr", [(S, OFFER, "Volvo", Decimal(800000), JUNE)]),
    ("Vann Ikea igår!!! 1,2 msek 🎉", [(S, WIN, "Ikea", Decimal(1200000), d(23, 6))]),
    ("Möte med Scania i förrgår, bra stämning", [(S, MEETING, "Scania", None, d(22, 6))]),
    ("Ska ringa Volvo efter midsommar", []),
    (
        "Møde med Carlsberg i går, de vil have tilbud efter sommerferien",
        [(S, MEETING, "Carlsberg", None, d(23, 6))],
    ),
    ("Vi har vundet Vestas 🎉 1,5 mio. kr.", [(S, WIN, "Vestas", Decimal(1500000), JUNE)]),
    ("Tabte Arla i dag, for dyre", [(L, LOSS, "Arla", None, JUNE)]),
    ("Won Tesco today, £85k before end of quarter 🎉", [(S, WIN, "Tesco", Decimal(85000), JUNE)]),
    ("Quote out to Aviva, £60k, chasing next week", [(S, OFFER, "Aviva", Decimal(60000), JUNE)]),
    ("Need to hit Q2 number by EOM, 3 deals to go 😬", []),
    ("mtg w/ Boots yday, warm", [(S, MEETING, "Boots", None, d(23, 6))]),
    ("Signed Q3 Logistics Ltd!! £40k", [(S, WIN, "Q3 Logistics Ltd", Decimal(40000), JUNE)]),
    ("Mte m/ Tine i dag, varm", [(S, MEETING, "Tine", None, JUNE)]),
    ("tilbd sendt Kiwi 120k", [(S, OFFER, "Kiwi", Decimal(120000), JUNE)]),
]
MESSAGES_AUGUST: list[tuple[str, list[tuple]]] = [
    ("Tilbake fra ferie! Møte med DNB i dag 👋", [(S, MEETING, "DNB", None, AUGUST)]),
    ("Ringte Yara i fredags, varm", [(S, CALL, "Yara", None, d(6, 8))]),
    (
        "Forrige uke: man møte Kiwi, ons tilbud Tine 200k",
        [(L, MEETING, "Kiwi", None, d(2, 8)), (L, OFFER, "Tine", Decimal(200000), d(4, 8))],
    ),
    (
        "Signerte Hafslund før fellesferien, 1,1 mill",
        [(L, WIN, "Hafslund", Decimal(1100000), d(9, 7))],
    ),
    ("Möte med Volvo förra veckan, het", [(S, MEETING, "Volvo", None, d(2, 8))]),
    ("Offert till Scania i fredags, 420 tkr", [(S, OFFER, "Scania", Decimal(420000), d(6, 8))]),
    (
        "Vandt Novo Nordisk i fredags 🎉 900.000 kr",
        [(S, WIN, "Novo Nordisk", Decimal(900000), d(6, 8))],
    ),
    ("Mødet med Maersk er flyttet til uge 34", []),
    ("Called Aviva this morning, warm, follow-up call Thu", [(S, CALL, "Aviva", None, AUGUST)]),
    ("Lost Boots on Friday, went with the incumbent", [(L, LOSS, "Boots", None, d(6, 8))]),
    ("Anyone know if Tesco is back from hols?", []),
    ("wom Elkjøp 400k!", [(S, WIN, "Elkjøp", Decimal(400000), AUGUST)]),
    ("mote med equinor i gar, varm", [(S, MEETING, "Equinor ASA", None, d(8, 8))]),
    ("Mode hos Arla i fredags, god stemning", [(S, MEETING, "Arla", None, d(6, 8))]),
    (
        "Skickade offert till Ikea i fredags pa 1,5 mkr",
        [(S, OFFER, "Ikea", Decimal(1500000), d(6, 8))],
    ),
    ("Ferien er over 😭 tilbake på jobb", []),
    ("Tapte Coop Norge på pris i fredags 😞", [(L, LOSS, "Coop Norge", None, d(6, 8))]),
    ("Offer to Tesco sent Friday, £95k", [(S, OFFER, "Tesco", Decimal(95000), d(6, 8))]),
]

# Read differently by a careful colleague, not fixed in session 17 (strict: each fails once read)
LEFT: dict[str, tuple[list[tuple], str]] = {}


@pytest.mark.parametrize("row", MESSAGES_JUNE, ids=[r[0][:40] for r in MESSAGES_JUNE])
def test_fresh_messages_at_midsummer(row: tuple) -> None:
    check_message(row, JUNE, KNOWN, OPEN_OFFERS)


@pytest.mark.parametrize(
    "row",
    [
        *MESSAGES_AUGUST,
        *(
            pytest.param((text, want), marks=pytest.mark.xfail(strict=True, reason=why))
            for text, (want, why) in LEFT.items()
        ),
    ],
    ids=[r[0][:40] for r in MESSAGES_AUGUST] + [t[:40] for t in LEFT],
)
def test_fresh_messages_after_the_summer(row: tuple) -> None:
    check_message(row, AUGUST, KNOWN, OPEN_OFFERS)
