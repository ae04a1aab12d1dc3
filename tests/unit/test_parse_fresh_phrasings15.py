"""Fresh phrasings written in session 15 (as sellers type them in Slack after the summer, in four
languages, with typos, missing diacritics, local number and date forms, word orders, status lists
and holiday words), for commands and channel messages the rules were not designed on; read on
Monday 2027-08-02 (ISO week 31; last week, week 30, is Mon 26 Jul .. Sun 1 Aug; "i går" is Sun
1 Aug, "fredag" Fri 30 Jul; "uke 28" is Mon 12 Jul). Each row is what a careful colleague reads;
the rows read differently and not fixed are strict xfails with their reason (LEFT)."""

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

TODAY = date(2027, 8, 2)  # a Monday, the first day back after the common summer holidays
KNOWN = [
    "Equinor ASA", "Orkla ASA", "Telenor", "DNB", "Yara", "Volvo", "Scania", "Ikea", "Maersk",
    "Novo Nordisk", "Carlsberg", "Tesco", "Aviva", "Kiwi", "Elkjøp", "Posten", "Telia",
    "Hafslund", "Vestas", "Arla", "Rema 1000", "Tine SA", "Coop Norge",
]  # fmt: skip
OPEN_OFFERS = {"dnb", "volvo", "tesco", "hafslund"}


def d(day: int, month: int = 8) -> date:
    return date(2027, month, day)


# (command, language, text, what a colleague reads: only the fields named are checked; "when"
# defaults to today and is always checked). A day before or in the holidays is left unread: the
# seller is shown it and confirms, never stored as today unasked.
CMDS: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Equinor uke 30, varm", {"customer": "Equinor", "when": d(26, 7), "temp": "warm"}),
    ("meeting", "nb", "DNB rett før ferien", {"customer": "DNB", "unread": "rett før ferien"}),
    ("meeting", "nb", "Telenor i fellesferien", {"customer": "Telenor", "unread": "i fellesferien"}),
    ("meeting", "nb", "Kiwi 30.7, nytt møte uke 33", {"customer": "Kiwi", "when": d(30, 7), "next": ("møte", d(20))}),
    ("meeting", "sv", "Ikea i fredags, nästa möte v.33", {"customer": "Ikea", "when": d(30, 7), "next": ("möte", d(20))}),  # steps34: a week, its Friday
    ("meeting", "da", "Carlsberg i uge 30, varm", {"customer": "Carlsberg", "when": d(26, 7), "temp": "warm"}),
    ("meeting", "da", "Maersk sidste fredag", {"customer": "Maersk", "when": d(30, 7)}),
    ("meeting", "en", "Tesco last Thursday, hot", {"customer": "Tesco", "when": d(29, 7), "temp": "hot"}),
    ("meeting", "en", "Aviva end of last week", {"customer": "Aviva", "when": d(30, 7)}),
    ("meeting", "nb", "Rett før helgen Equinor", {"customer": "Equinor", "when": d(30, 7)}),
    ("call", "nb", "Posten i dag, ikke interessert", {"customer": "Posten", "note": "ikke interessert"}),
    ("call", "nb", "Telia 29/7, varm", {"customer": "Telia", "when": d(29, 7), "temp": "warm"}),
    ("call", "sv", "Scania igår, het", {"customer": "Scania", "when": d(1), "temp": "hot"}),
    ("call", "en", "Tesco this morning, follow up Thursday", {"customer": "Tesco", "next": ("follow up", d(5))}),
    ("offer", "nb", "Hafslund 1,5 mill, følger opp etter ferien", {"customer": "Hafslund", "amount": Decimal("1500000"), "unread": "følger opp etter ferien"}),
    ("offer", "nb", "Yara kr 350.000,- sendt fredag", {"customer": "Yara", "amount": Decimal("350000"), "currency": "NOK", "when": d(30, 7)}),
    ("offer", "nb", "Elkjøp 250k 28.7", {"customer": "Elkjøp", "amount": Decimal("250000"), "when": d(28, 7)}),
    ("offer", "sv", "Scania 1,2 mkr i fredags", {"customer": "Scania", "amount": Decimal("1200000"), "currency": "SEK", "when": d(30, 7)}),
    ("offer", "da", "Vestas 800.000 kr i uge 30", {"customer": "Vestas", "amount": Decimal("800000"), "currency": "DKK", "when": d(26, 7)}),
    ("offer", "en", "Aviva £85k before the holidays", {"customer": "Aviva", "amount": Decimal("85000"), "currency": "GBP", "unread": "before the holidays"}),
    ("offer", "nb", "Tilbud til Posten 200k sendt før ferien", {"customer": "Posten", "amount": Decimal("200000"), "unread": "før ferien"}),
    ("win", "nb", "Kiwi 300k i fellesferien", {"customer": "Kiwi", "amount": Decimal("300000"), "unread": "i fellesferien"}),
    ("win", "nb", "Telenor 1,2 mill 30.7", {"customer": "Telenor", "amount": Decimal("1200000"), "when": d(30, 7)}),
    ("win", "sv", "Volvo 2,4 MSEK förra veckan", {"customer": "Volvo", "amount": Decimal("2400000"), "currency": "SEK", "when": d(26, 7)}),
    ("win", "da", "Carlsberg 1,1 mio. kr. i går", {"customer": "Carlsberg", "amount": Decimal("1100000"), "currency": "DKK", "when": d(1)}),
    ("win", "en", "Tesco £120k yesterday", {"customer": "Tesco", "amount": Decimal("120000"), "currency": "GBP", "when": d(1)}),
    ("lost", "nb", "Elkjøp, valgte en konkurrent", {"customer": "Elkjøp", "note": "valgte en konkurrent"}),
    ("lost", "sv", "Telia förra veckan – för dyrt", {"customer": "Telia", "when": d(26, 7), "note": "för dyrt"}),
    ("lost", "en", "Aviva, budget cut", {"customer": "Aviva", "note": "budget cut"}),
    ("meeting", "en", "Met Office yesterday, warm", {"customer": "Met Office", "when": d(1), "temp": "warm"}),
    # a name of a figure and capitals before an amount (was refused as no customer; session 16)
    ("offer", "nb", "Tilbud til 3M 200k", {"customer": "3M", "amount": Decimal("200000")}),
]  # fmt: skip


@pytest.mark.parametrize(
    "row",
    CMDS,
    ids=[f"{r[0]} {r[2]}"[:50] for r in CMDS],
)
def test_fresh_commands_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_command(row, TODAY, KNOWN)


# (text, [(outcome, kind, customer, amount, day), …]: the first record, then each asked after it)
MESSAGES: list[tuple[str, list[tuple]]] = [
    ("Møte med DNB rett før ferien", [(L, MEETING, "DNB", None, d(9, 7))]),
    ("Signerte Kiwi før ferien, 400k", [(L, WIN, "Kiwi", Decimal(400000), d(9, 7))]),
    ("Vant Telenor i fellesferien 🎉 1,2 mill", [(L, WIN, "Telenor", Decimal(1200000), d(12, 7))]),
    ("Tilbud sendt Yara uke 28, 350k", [(S, OFFER, "Yara", Decimal(350000), d(12, 7))]),
    ("Møtte Equinor i uke 30", [(S, MEETING, "Equinor ASA", None, d(26, 7))]),
    (
        "Hadde møte med Orkla forrige uke, de vil ha tilbud etter ferien",
        [(S, MEETING, "Orkla ASA", None, d(26, 7))],
    ),
    ("Ringte Posten i dag, de er tilbake fra ferie neste uke", [(S, CALL, "Posten", None, TODAY)]),
    ("Skal ta kontakt med Scania etter ferien", []),
    ("Sommerhilsen fra Kreta ☀️", []),
    ("Endelig tilbake fra ferie! Hva har jeg gått glipp av?", []),
    ("Möte med Volvo innan semestern", [(L, MEETING, "Volvo", None, d(9, 7))]),
    ("Skickade offert till Ikea v.29, 1,1 MSEK", [(S, OFFER, "Ikea", Decimal(1100000), d(19, 7))]),
    ("Vann Scania under semestern!! 2,4 mkr", [(L, WIN, "Scania", Decimal(2400000), d(12, 7))]),
    ("Ringde Telia igår, de är på semester till v.33", [(S, CALL, "Telia", None, d(1, 8))]),
    ("Møde med Carlsberg i uge 30", [(S, MEETING, "Carlsberg", None, d(26, 7))]),
    (
        "Sendt tilbud til Arla på 750.000 kr i sommerferien",
        [(L, OFFER, "Arla", Decimal(750000), d(12, 7))],
    ),
    ("Vi har vundet Maersk 🎉 1,5 mio", [(S, WIN, "Maersk", Decimal(1500000), TODAY)]),
    (
        "Tabte Vestas, de valgte en konkurrent før sommerferien",
        [(L, LOSS, "Vestas", None, d(9, 7))],
    ),
    ("Met Tesco last Thursday, they want a proposal", [(S, MEETING, "Tesco", None, d(29, 7))]),
    (
        "Sent Aviva a quote for £85k just before my holiday",
        [(L, OFFER, "Aviva", Decimal(85000), d(9, 7))],
    ),
    ("Closed Tesco £120k while I was off", [(L, WIN, "Tesco", Decimal(120000), TODAY)]),
    (
        "Back from holiday - 3 meetings today: DNB, Orkla and Kiwi",
        [
            (S, MEETING, "DNB", None, TODAY),
            (L, MEETING, "Orkla ASA", None, TODAY),
            (L, MEETING, "Kiwi", None, TODAY),
        ],
    ),
    (
        "Status uke 30: 2 møter (DNB, Telenor), 1 tilbud Yara 200k",
        [
            (L, MEETING, "DNB", None, d(26, 7)),
            (L, MEETING, "Telenor", None, d(26, 7)),
            (L, OFFER, "Yara", Decimal(200000), d(26, 7)),
        ],
    ),
    (
        "Sommeroppsummering: vant Kiwi 300k, tapte Elkjøp, møte med Hafslund",
        [
            (L, WIN, "Kiwi", Decimal(300000), TODAY),
            (L, LOSS, "Elkjøp", None, TODAY),
            (L, MEETING, "Hafslund", None, TODAY),
        ],
    ),
    (
        "2 samtal idag: Volvo + Ikea",
        [(S, CALL, "Volvo", None, TODAY), (L, CALL, "Ikea", None, TODAY)],
    ),
    (
        "Møter i dag: Equinor, Orkla",
        [(S, MEETING, "Equinor ASA", None, TODAY), (L, MEETING, "Orkla ASA", None, TODAY)],
    ),
    (
        "Tilbud til Rema 1000 på 1,2 mill sendt fredag",
        [(S, OFFER, "Rema 1000", Decimal(1200000), d(30, 7))],
    ),
    ("Møte m/ DNB igår, bra dialog", [(S, MEETING, "DNB", None, d(1, 8))]),
    ("mote med dnb i gar", [(S, MEETING, "DNB", None, d(1, 8))]),
    ("Tilbod sendt til Tine 250 000", [(S, OFFER, "Tine SA", Decimal(250000), TODAY)]),
    ("Vant Hafslund 2.5 mill i juli", [(L, WIN, "Hafslund", Decimal(2500000), d(1, 7))]),
    ("Tilbud sendt 15/7 til Posten, 180k", [(S, OFFER, "Posten", Decimal(180000), d(15, 7))]),
    ("Ringte Telenor 30/7, varm", [(S, CALL, "Telenor", None, d(30, 7))]),
    ("Kontrakt signert med Yara 29. juli 🎉 900k", [(S, WIN, "Yara", Decimal(900000), d(29, 7))]),
    (
        "Offert till Volvo på 850 tkr skickad i fredags",
        [(S, OFFER, "Volvo", Decimal(850000), d(30, 7))],
    ),
    ("Opkald til Novo Nordisk i torsdags, lun", [(S, CALL, "Novo Nordisk", None, d(29, 7))]),
    ("Skal vi ta en kaffe etter ferien?", []),
    ("Hvem har nøkkelen til møterommet?", []),
    ("Husk å føre timer før ferien", []),
    ("Ingen møter i fellesferien, alle er borte", []),
    ("Kunden er på ferie til uke 32", []),
    ("Ferie til 16. august 🌴", []),
    ("Vant ikke Telenor denne gangen", [(L, LOSS, "Telenor", None, TODAY)]),
    ("Orkla har ferie, tar det opp i august", []),
    ("God sommer alle sammen! 🌞", []),
    ("Vant Posten!! 🥳 850k", [(S, WIN, "Posten", Decimal(850000), TODAY)]),
    (
        "Signerte avtale med Elkjøp i går, 1,1 mill eks mva",
        [(S, WIN, "Elkjøp", Decimal(1100000), d(1, 8))],
    ),
    ("tilbud sendt hafslund 300 000", [(S, OFFER, "Hafslund", Decimal(300000), TODAY)]),
    ("Fikk ja fra Yara på tlf i dag, 600k 🎉", [(S, WIN, "Yara", Decimal(600000), TODAY)]),
    ("Ringte 5 kunder i dag, ingen svarte", []),
    (
        "Har ringt Telia, Telenor og Posten i dag",
        [
            (L, CALL, "Telia", None, TODAY),
            (L, CALL, "Telenor", None, TODAY),
            (L, CALL, "Posten", None, TODAY),
        ],
    ),
    ("Tapte Kiwi på pris 😞", [(L, LOSS, "Kiwi", None, TODAY)]),
    ("Vi tapte Orkla til konkurrenten", [(L, LOSS, "Orkla ASA", None, TODAY)]),
    ("Offert skickad till Scania, 450 tkr", [(S, OFFER, "Scania", Decimal(450000), TODAY)]),
    ("Möte med Ikea i tisdags, ljummen", [(S, MEETING, "Ikea", None, d(27, 7))]),
    ("Vi har fått ordern från Volvo! 3,2 MSEK", [(S, WIN, "Volvo", Decimal(3200000), TODAY)]),
    ("Förlorade Telia, de valde en annan leverantör", [(L, LOSS, "Telia", None, TODAY)]),
    (
        "Ringde 3 kunder idag: Volvo, Scania och Ikea",
        [
            (L, CALL, "Volvo", None, TODAY),
            (L, CALL, "Scania", None, TODAY),
            (L, CALL, "Ikea", None, TODAY),
        ],
    ),
    (
        "Tilbud sendt til Carlsberg, 1,25 mio. kr.",
        [(S, OFFER, "Carlsberg", Decimal(1250000), TODAY)],
    ),
    ("Møde med Novo Nordisk i går, god stemning", [(S, MEETING, "Novo Nordisk", None, d(1, 8))]),
    ("Vi har vundet Vestas! 2,1 mio kr", [(S, WIN, "Vestas", Decimal(2100000), TODAY)]),
    ("Tabt Maersk – for dyre", [(L, LOSS, "Maersk", None, TODAY)]),
    ("Quote sent to Tesco, £45k", [(S, OFFER, "Tesco", Decimal(45000), TODAY)]),
    ("Had a great call with Aviva this morning", [(S, CALL, "Aviva", None, TODAY)]),
    ("Lost Tesco to a competitor 😕", [(L, LOSS, "Tesco", None, TODAY)]),
    ("Signed Aviva for £200k!!", [(S, WIN, "Aviva", Decimal(200000), TODAY)]),
    ("Demo for Tesco on Friday went really well", [(S, MEETING, "Tesco", None, d(30, 7))]),
    (
        "2 meetings yesterday: Aviva and Tesco",
        [(S, MEETING, "Aviva", None, d(1, 8)), (L, MEETING, "Tesco", None, d(1, 8))],
    ),
    ("Meeting w/ Aviva 29/7, warm", [(S, MEETING, "Aviva", None, d(29, 7))]),
    ("Sent over a proposal to Aviva - £65,000", [(S, OFFER, "Aviva", Decimal(65000), TODAY)]),
    ("tilbud DNB 1.200.000 kr sendt", [(S, OFFER, "DNB", Decimal(1200000), TODAY)]),
    ("Vant DNB kr 1 200 000,-", [(S, WIN, "DNB", Decimal(1200000), TODAY)]),
    ("Tilbud til Hafslund NOK 450k", [(S, OFFER, "Hafslund", Decimal(450000), TODAY)]),
    ("Offert Volvo 1.2 msek", [(S, OFFER, "Volvo", Decimal(1200000), TODAY)]),
    ("Vant Telenor. 2 mill. Endelig!", [(S, WIN, "Telenor", Decimal(2000000), TODAY)]),
    ("Equinor: møte i dag, varm, nytt møte uke 33", [(S, MEETING, "Equinor ASA", None, TODAY)]),
    ("Kiwi – tilbud 150k sendt", [(S, OFFER, "Kiwi", Decimal(150000), TODAY)]),
    ("Telenor 🤝 900k", [(L, WIN, "Telenor", Decimal(900000), TODAY)]),
    (
        "Uke 30: man møte DNB, ons tilbud Yara 300k, fre vant Kiwi 200k",
        [
            (L, MEETING, "DNB", None, d(26, 7)),
            (L, OFFER, "Yara", Decimal(300000), d(28, 7)),
            (L, WIN, "Kiwi", Decimal(200000), d(30, 7)),
        ],
    ),
    ("Denne uka så langt: 2 møter, 1 tilbud", []),
    ("Jeg har 5 møter denne uka!", []),
    ("Kan noen ta møtet med DNB i morgen?", []),
    ("Møtet med Yara ble flyttet til neste uke", []),
    ("Tilbudet til Telenor er ikke sendt ennå", []),
    # tense28: an offer to come on a day said is asked as the lead's next step (was: nothing)
    ("Vi skal sende tilbud til Equinor i morgen", [(L, OFFER, "Equinor ASA", None, TODAY)]),
    ("Ringer Posten i morgen", [(S, CALL, "Posten", None, TODAY)]),
    ("Lunsj med gjengen 🍕", []),
    ("Gratulerer Kari med Equinor-avtalen!", []),
    # read since session 17 (signals.short_typos: a short word's typo where a record's word opens)
    ("wom Tesco 40k", [(S, WIN, "Tesco", Decimal(40000), TODAY)]),
    ("Sigend Aviva 50k", [(S, WIN, "Aviva", Decimal(50000), TODAY)]),
    ("Tilbd sendt til DNB 200k", [(S, OFFER, "DNB", Decimal(200000), TODAY)]),
    ("Mte med Yara i dag", [(S, MEETING, "Yara", None, TODAY)]),
]

# Read differently by a careful colleague, not fixed in session 15 (strict: each fails once read)
LEFT: dict[str, tuple[list[tuple], str]] = {
    "Møte med ny kunde, Bertel O. Steen, i dag – varm": (
        [(S, MEETING, "Bertel O. Steen", None, TODAY)],
        "a new customer named in apposition after 'ny kunde,' (with initials) reads no customer",
    ),
}


@pytest.mark.parametrize(
    "row",
    [
        *MESSAGES,
        *(
            pytest.param((text, want), marks=pytest.mark.xfail(strict=True, reason=why))
            for text, (want, why) in LEFT.items()
        ),
    ],
    ids=[r[0][:40] for r in MESSAGES] + [t[:40] for t in LEFT],
)
def test_fresh_messages_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_message(row, TODAY, KNOWN, OPEN_OFFERS)
