"""Fresh phrasings written in session 16 (as sellers type them in Slack around Easter, Ascension
Day, 17 May and Whitsun, in four languages, with typos, missing diacritics, local number and date
forms and word orders), for commands and channel messages the rules were not designed on. Two
days: Tuesday 2027-04-06 (ISO week 14, the week after Easter: Easter Sunday was 28 March, holy
week was week 12, Mon 22 Mar; "i går" is Mon 5 Apr, "i fredags" Fri 2 Apr) and Wednesday
2027-05-19 (ISO week 20: Ascension Day was Thu 6 May, the bridge Friday 7 May, Whit Sunday 16
May, Whit Monday and 17 May both Mon 17 May; "i går" is Tue 18 May). Each row is what a careful
colleague reads; the rows read differently and not fixed are strict xfails with their reason."""

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

APRIL = date(2027, 4, 6)  # a Tuesday after Easter
MAY = date(2027, 5, 19)  # a Wednesday after Whitsun and 17 May
KNOWN = [
    "Equinor ASA", "Telenor", "DNB", "Kiwi", "Orkla ASA", "Yara", "Volvo", "Ikea", "Scania",
    "Maersk", "Carlsberg", "Novo Nordisk", "Tesco", "Aviva", "Boots", "Posten", "Rema 1000",
    "Coop Norge", "Hafslund", "Elkjøp", "Arla", "Vestas",
]  # fmt: skip
OPEN_OFFERS = {"dnb", "volvo", "tesco", "hafslund", "maersk"}


def d(day: int, month: int) -> date:
    return date(2027, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
CMDS_APRIL: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Equinor skjærtorsdag, varm", {"customer": "Equinor", "when": d(25, 3), "temp": "warm"}),
    ("meeting", "nb", "Kiwi i paskeuka", {"customer": "Kiwi", "when": d(22, 3)}),
    ("meeting", "nb", "DNB 2. påskedag, het", {"customer": "DNB", "when": d(29, 3), "temp": "hot"}),
    ("meeting", "sv", "Volvo på långfredagen, varm", {"customer": "Volvo", "when": d(26, 3), "temp": "warm"}),
    ("meeting", "sv", "Ikea annandag påsk", {"customer": "Ikea", "when": d(29, 3)}),
    ("meeting", "da", "Carlsberg skærtorsdag, varm", {"customer": "Carlsberg", "when": d(25, 3), "temp": "warm"}),
    ("meeting", "en", "Tesco Good Friday, warm", {"customer": "Tesco", "when": d(26, 3), "temp": "warm"}),
    ("call", "en", "Aviva on Easter Monday, hot", {"customer": "Aviva", "when": d(29, 3), "temp": "hot"}),
    ("meeting", "nb", "Orkla i går, varm, neste møte uka etter pinse", {"customer": "Orkla", "when": d(5, 4), "next": ("møte", d(21, 5))}),
    ("call", "nb", "Posten i går, følger opp fredag", {"customer": "Posten", "when": d(5, 4), "next": ("følger opp", d(9, 4))}),
    ("offer", "nb", "Hafslund 1,2 mill før påske", {"customer": "Hafslund", "amount": Decimal("1200000"), "unread": "før påske"}),
    ("offer", "sv", "Scania 850 tkr i fredags", {"customer": "Scania", "amount": Decimal("850000"), "currency": "SEK", "when": d(2, 4)}),
    ("offer", "da", "Maersk 2,4 mio. kr. i påskeugen", {"customer": "Maersk", "amount": Decimal("2400000"), "currency": "DKK", "when": d(22, 3)}),
    ("offer", "en", "Boots £45k Maundy Thursday", {"customer": "Boots", "amount": Decimal("45000"), "currency": "GBP", "when": d(25, 3)}),
    ("win", "nb", "Telenor 900k påskeaften", {"customer": "Telenor", "amount": Decimal("900000"), "when": d(27, 3)}),
    ("win", "nb", "Kiwi 300 000 kr i påska", {"customer": "Kiwi", "amount": Decimal("300000"), "unread": "i påska"}),
    ("win", "en", "Tesco 40 grand yesterday", {"customer": "Tesco", "amount": Decimal("40000"), "currency": "GBP", "when": d(5, 4)}),
    ("lost", "sv", "Volvo skärtorsdagen, för dyrt", {"customer": "Volvo", "when": d(25, 3), "note": "för dyrt"}),
    ("lost", "da", "Arla langfredag, valgte en anden leverandør", {"customer": "Arla", "when": d(26, 3), "note": "valgte en anden leverandør"}),
]  # fmt: skip
CMDS_MAY: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Equinor Kristi himmelfartsdag, varm", {"customer": "Equinor", "when": d(6, 5), "temp": "warm"}),
    ("meeting", "nb", "DNB inneklemt fredag", {"customer": "DNB", "when": d(7, 5)}),
    ("meeting", "sv", "Volvo på klämdagen, het", {"customer": "Volvo", "when": d(7, 5), "temp": "hot"}),
    ("meeting", "da", "Novo Nordisk Kristi Himmelfartsdag", {"customer": "Novo Nordisk", "when": d(6, 5)}),
    ("meeting", "en", "Aviva on Ascension Day, warm", {"customer": "Aviva", "when": d(6, 5), "temp": "warm"}),
    ("call", "nb", "Yara 17. mai, kald", {"customer": "Yara", "when": d(17, 5), "temp": "cold"}),
    ("call", "da", "Vestas 2. pinsedag, varm", {"customer": "Vestas", "when": d(17, 5), "temp": "warm"}),
    ("offer", "nb", "Rema 1000 kr 450 000 i går", {"customer": "Rema 1000", "amount": Decimal("450000"), "currency": "NOK", "when": d(18, 5)}),
    ("offer", "sv", "Ikea 1,1 mkr pingstafton", {"customer": "Ikea", "amount": Decimal("1100000"), "currency": "SEK", "when": d(15, 5)}),
    ("win", "nb", "Kiwi 250k før Kristi himmelfart", {"customer": "Kiwi", "amount": Decimal("250000"), "unread": "før Kristi himmelfart"}),
    ("win", "en", "Boots £120k Whit Monday", {"customer": "Boots", "amount": Decimal("120000"), "currency": "GBP", "when": d(17, 5)}),
    ("win", "nb", "Telenor 1,5 mill, oppstart etter pinse", {"customer": "Telenor", "amount": Decimal("1500000"), "note": "oppstart etter pinse"}),
    ("lost", "nb", "Elkjøp pinsedag, valgte en konkurrent", {"customer": "Elkjøp", "when": d(16, 5), "note": "valgte en konkurrent"}),
]  # fmt: skip


@pytest.mark.parametrize("row", CMDS_APRIL, ids=[f"{r[0]} {r[2]}"[:50] for r in CMDS_APRIL])
def test_fresh_commands_after_easter(row: tuple) -> None:
    check_command(row, APRIL, KNOWN)


@pytest.mark.parametrize("row", CMDS_MAY, ids=[f"{r[0]} {r[2]}"[:50] for r in CMDS_MAY])
def test_fresh_commands_after_whitsun(row: tuple) -> None:
    check_command(row, MAY, KNOWN)


MESSAGES_APRIL: list[tuple[str, list[tuple]]] = [
    ("Møte med Kiwi skjærtorsdag, de er varme", [(S, MEETING, "Kiwi", None, d(25, 3))]),
    (
        "Tilbud sendt Hafslund før påske, 1,2 mill",
        [(L, OFFER, "Hafslund", Decimal(1200000), d(24, 3))],
    ),
    ("Vant Telenor i påskeuka!! 900k", [(S, WIN, "Telenor", Decimal(900000), d(22, 3))]),
    ("Hadde møte med DNB i påsken, mest prat om hytta", [(L, MEETING, "DNB", None, d(25, 3))]),
    # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Ringte Posten 2. påskedag, ingen svar", [(L, CALL, "Posten", None, d(29, 3))]),
    ("Ringte Yara 2. påskedag, de vil ha tilbud", [(S, CALL, "Yara", None, d(29, 3))]),
    ("signerte orkla langfredag 😅 2 mill", [(S, WIN, "Orkla ASA", Decimal(2000000), d(26, 3))]),
    ("mote med equinor i paskeuka", [(S, MEETING, "Equinor ASA", None, d(22, 3))]),
    ("God påske alle sammen! 🐣", []),
    ("Skal ta kontakt med Kiwi etter påske", []),
    ("Påskelunsj med teamet 🐣🍫", []),
    ("Möte med Volvo i påskveckan, varm", [(S, MEETING, "Volvo", None, d(22, 3))]),
    (
        "Offert skickad till Scania på skärtorsdagen, 850 tkr",
        [(S, OFFER, "Scania", Decimal(850000), d(25, 3))],
    ),
    ("Vann Ikea annandag påsk! 1,1 MSEK", [(S, WIN, "Ikea", Decimal(1100000), d(29, 3))]),
    ("Glad påsk! 🐥", []),
    ("Møde med Carlsberg i påskeugen, god stemning", [(S, MEETING, "Carlsberg", None, d(22, 3))]),
    (
        "Tilbud sendt til Maersk inden påske, 2,4 mio. kr.",
        [(L, OFFER, "Maersk", Decimal(2400000), d(24, 3))],
    ),
    ("Tabte Arla langfredag 😞", [(L, LOSS, "Arla", None, d(26, 3))]),
    (
        "Vi har vundet Vestas 2. påskedag 🎉 1,5 mio",
        [(S, WIN, "Vestas", Decimal(1500000), d(29, 3))],
    ),
    ("Met Tesco on Maundy Thursday, warm", [(S, MEETING, "Tesco", None, d(25, 3))]),
    ("Sent Aviva a quote before Easter, £85k", [(L, OFFER, "Aviva", Decimal(85000), d(25, 3))]),
    ("Boots signed on Good Friday!! £200k", [(S, WIN, "Boots", Decimal(200000), d(26, 3))]),
    ("Happy Easter everyone 🐰", []),
    (
        "Lost Tesco over the Easter weekend, went with the incumbent",
        [(L, LOSS, "Tesco", None, d(26, 3))],
    ),
    ("Won Tesco, 40 grand 🎉", [(S, WIN, "Tesco", Decimal(40000), APRIL)]),
    ("Kiwi: revidert til 280k", [(L, OFFER, "Kiwi", Decimal(280000), APRIL)]),
    ("Volvo: sänkt till 800 tkr", [(L, OFFER, "Volvo", Decimal(800000), APRIL)]),
    ("Maersk: tilbuddet sænket til 2,1 mio. kr.", [(S, OFFER, "Maersk", Decimal(2100000), APRIL)]),
    ("Hagen Elektro AS 🤝 400k", [(L, WIN, "Hagen Elektro AS", Decimal(400000), APRIL)]),
    ("tlf m. innkjøpssjefen i Coop Norge i dag", [(S, CALL, "Coop Norge", None, APRIL)]),
]
MESSAGES_MAY: list[tuple[str, list[tuple]]] = [
    (
        "Møte med Equinor på Kristi himmelfartsdag, varm",
        [(S, MEETING, "Equinor ASA", None, d(6, 5))],
    ),
    ("Vant Kiwi før Kristi himmelfart, 250k", [(L, WIN, "Kiwi", Decimal(250000), d(5, 5))]),
    ("Möte med Volvo på klämdagen, het", [(S, MEETING, "Volvo", None, d(7, 5))]),
    ("Gratulerer med dagen! 🇳🇴", []),
    ("Hipp hurra for 17. mai! 🇳🇴🎉", []),
    (
        "Tilbud sendt Rema 1000 i går, kr 450 000",
        [(S, OFFER, "Rema 1000", Decimal(450000), d(18, 5))],
    ),
    ("Vant Hafslund 2. pinsedag 🎉 1 mill", [(S, WIN, "Hafslund", Decimal(1000000), d(17, 5))]),
    ("God pinse! 🕊️", []),
    ("Offert till Ikea på pingstafton, 1,1 mkr", [(S, OFFER, "Ikea", Decimal(1100000), d(15, 5))]),
    ("Møde hos Novo Nordisk Kristi Himmelfartsdag", [(S, MEETING, "Novo Nordisk", None, d(6, 5))]),
    ("Called Aviva on Ascension Day, warm", [(S, CALL, "Aviva", None, d(6, 5))]),
    ("Won Boots on Whit Monday, £120k", [(S, WIN, "Boots", Decimal(120000), d(17, 5))]),
    # read since session 19 (dates: the day before or after a day named)
    ("Ringte Yara dagen før 17. mai, varme", [(S, CALL, "Yara", None, d(16, 5))]),
]

# Read differently by a careful colleague, not fixed in session 16 (strict: each fails once read)
LEFT: dict[str, tuple[list[tuple], str]] = {
    "Jobbet inneklemt fredag: møte med DNB": (
        [(S, MEETING, "DNB", None, d(7, 5))],
        "a heading that opens with a verb of our own work ('Jobbet …:') reads as internal; "
        "'Møte med DNB inneklemt fredag' is read",
    ),
    "Skal følge opp Telenor etter 17. mai": (
        [],
        "a plan ('skal følge opp') with a day after a holiday gone is asked as a call on "
        "17 May (the plan records nothing, as 'Skal ta kontakt med Scania etter ferien')",
    ),
}


@pytest.mark.parametrize("row", MESSAGES_APRIL, ids=[r[0][:40] for r in MESSAGES_APRIL])
def test_fresh_messages_after_easter(row: tuple) -> None:
    check_message(row, APRIL, KNOWN, OPEN_OFFERS)


@pytest.mark.parametrize(
    "row",
    [
        *MESSAGES_MAY,
        *(
            pytest.param((text, want), marks=pytest.mark.xfail(strict=True, reason=why))
            for text, (want, why) in LEFT.items()
        ),
    ],
    ids=[r[0][:40] for r in MESSAGES_MAY] + [t[:40] for t in LEFT],
)
def test_fresh_messages_after_whitsun(row: tuple) -> None:
    check_message(row, MAY, KNOWN, OPEN_OFFERS)
