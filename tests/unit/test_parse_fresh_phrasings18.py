"""Fresh command texts written in session 18 (as sellers type them in Slack after Easter and
after New Year, in four languages, with typos in the customer and the command's word, amounts in
every local form, holiday and local dates, temperatures, next steps, notes with and without
"--", loss reasons, and names holding ordinary words, numbers, places and months), for the
command parser the rules were not designed on. Two days: Thursday 2027-04-01 (ISO week 13;
Easter Sunday was 28 March: skjærtorsdag Thu 25 Mar, langfredag Fri 26, påskeaften Sat 27, 2.
påskedag Mon 29; "i går" Wed 31 Mar) and Friday 2027-01-08 (ISO week 1; the romjul's first
working day Mon 28 Dec 2026, nyttårsaften Thu 31 Dec, trettondagen Wed 6 Jan). Each row is what
a careful colleague reads; what a colleague would ask is `unread` (shown to the seller, never
dropped nor glued to a name), or refused with the code that says what to write."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key
from tests.unit.fresh_phrasings import KINDS, KRONE, check_command

EASTER = date(2027, 4, 1)  # a Thursday, the week after Easter
NEW_YEAR = date(2027, 1, 8)  # a Friday, ISO week 1
MONDAY = date(2026, 11, 30)
KNOWN = {
    customer_key(name)
    for name in (
        "Equinor ASA", "Telenor", "DNB", "Kiwi", "Orkla ASA", "Tine", "Yara", "Volvo", "Ikea",
        "Scania", "Maersk", "Carlsberg", "Novo Nordisk", "Tesco", "Aviva", "Boots", "Posten",
        "Rema 1000", "Hafslund", "Elkjøp", "Arla", "Vestas", "Coop Norge", "Statkraft",
        "Ericsson", "Lego", "Danske Bank",
    )
}  # fmt: skip


def d(day: int, month: int, year: int = 2027) -> date:
    return date(year, month, day)


M = Decimal

# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
AFTER_EASTER: list[tuple[str, str, str, dict]] = [
    # days named by Easter, in four languages
    ("meeting", "nb", "Equinor skjærtorsdag, varm", {"customer": "Equinor", "when": d(25, 3), "temp": "warm"}),
    ("call", "nb", "Telenor 2. påskedag, kald", {"customer": "Telenor", "when": d(29, 3), "temp": "cold"}),
    ("meeting", "nb", "Tine påskeaften", {"customer": "Tine", "when": d(27, 3)}),
    ("meeting", "nb", "Tine langfredag, varm", {"customer": "Tine", "when": d(26, 3), "temp": "warm"}),
    ("meeting", "nb", "Tine i påskeuka", {"customer": "Tine", "when": d(22, 3)}),
    ("win", "nb", "Rema 1000 kr 780 000 langfredag", {"customer": "Rema 1000", "when": d(26, 3), "amount": M(780000), "currency": "NOK"}),
    ("win", "nb", "Statkraft kr 2 450 000,- skjærtorsdag", {"customer": "Statkraft", "when": d(25, 3), "amount": M(2450000)}),
    ("lost", "nb", "Coop Norge skjærtorsdag, for dyre", {"customer": "Coop Norge", "when": d(25, 3), "note": "for dyre"}),
    ("offer", "sv", "Ikea 850 tkr skärtorsdagen", {"customer": "Ikea", "when": d(25, 3), "amount": M(850000), "currency": "SEK"}),
    ("meeting", "sv", "Scania annandag påsk, het", {"customer": "Scania", "when": d(29, 3), "temp": "hot"}),
    ("meeting", "sv", "Volvo långfredagen", {"customer": "Volvo", "when": d(26, 3)}),
    ("meeting", "da", "Novo Nordisk skærtorsdag, hed", {"customer": "Novo Nordisk", "when": d(25, 3), "temp": "hot"}),
    ("meeting", "da", "Maersk 2. påskedag, kold", {"customer": "Maersk", "when": d(29, 3), "temp": "cold"}),
    ("win", "en", "Aviva £1.2m Maundy Thursday", {"customer": "Aviva", "when": d(25, 3), "amount": M(1200000), "currency": "GBP"}),
    ("meeting", "en", "Boots Easter Monday, warm", {"customer": "Boots", "when": d(29, 3), "temp": "warm"}),
    ("meeting", "en", "Network Rail Easter Monday, warm", {"customer": "Network Rail", "when": d(29, 3)}),
    # Easter as a span: which day? asked, the record today as read
    ("meeting", "nb", "Tine etter påske", {"customer": "Tine", "unread": "etter påske"}),
    ("meeting", "nb", "Tine onsdag før påske", {"customer": "Tine", "when": d(24, 3), "unread": None}),
    ("meeting", "nb", "Tine fredag før påske", {"customer": "Tine", "unread": "fredag før påske"}),
    ("call", "da", "Danske Bank i dag, følger op efter påske", {"customer": "Danske Bank", "unread": "følger op efter påske"}),
    ("meeting", "nb", "Orkla i dag, varm, neste møte etter påske", {"customer": "Orkla", "temp": "warm", "unread": "neste møte etter påske"}),
    ("call", "sv", "Ericsson idag, ringer tillbaka efter påsk", {"customer": "Ericsson", "unread": "ringer tillbaka efter påsk"}),
    # a remark on what comes after Easter after a comma is the note; without one, asked
    ("win", "nb", "Elkjøp 1,2 mill, levering etter påske", {"customer": "Elkjøp", "amount": M(1200000), "note": "levering etter påske"}),
    ("win", "nb", "Elkjøp 1,2 mill levering etter påske", {"customer": "Elkjøp", "unread": "levering etter påske"}),
    ("win", "sv", "Ikea 1,5 mkr, start efter påsk", {"customer": "Ikea", "amount": M(1500000), "note": "start efter påsk"}),
    # amounts in every local form
    ("offer", "nb", "Tine 85 t.kr.", {"customer": "Tine", "amount": M(85000)}),
    ("offer", "nb", "Yara 1.250.000,-", {"customer": "Yara", "amount": M(1250000), "currency": None}),
    ("offer", "nb", "Hafslund kr. 450.000,-", {"customer": "Hafslund", "amount": M(450000), "currency": "NOK"}),
    ("offer", "nb", "Statkraft 2,5 MNOK eks. mva", {"customer": "Statkraft", "amount": M(2500000), "currency": "NOK", "unread": None}),
    ("win", "nb", "DNB en halv mill", {"customer": "DNB", "amount": M(500000)}),
    ("win", "nb", "DNB en kvart mill", {"customer": "DNB", "amount": M(250000), "unread": None}),
    ("win", "nb", "DNB trekvart mill", {"customer": "DNB", "amount": M(750000)}),
    ("win", "en", "Tesco a quarter million", {"customer": "Tesco", "amount": M(250000)}),
    ("win", "nb", "Posten 2.5m", {"customer": "Posten", "amount": M(2500000)}),
    ("offer", "nb", "Kiwi kr45 000", {"customer": "Kiwi", "amount": M(45000), "currency": "NOK"}),
    ("offer", "nb", "Kiwi 85 tusen", {"customer": "Kiwi", "amount": M(85000)}),
    ("offer", "sv", "Volvo 450 000:-", {"customer": "Volvo", "amount": M(450000), "currency": "SEK"}),
    ("offer", "sv", "Volvo 0,5 MSEK", {"customer": "Volvo", "amount": M(500000), "currency": "SEK"}),
    ("offer", "sv", "Volvo SEK 1,25 milj", {"customer": "Volvo", "amount": M(1250000), "currency": "SEK"}),
    ("offer", "da", "Carlsberg 1.250.000 kr", {"customer": "Carlsberg", "amount": M(1250000), "currency": "DKK"}),
    ("offer", "da", "Carlsberg 450 t.kr.", {"customer": "Carlsberg", "amount": M(450000), "currency": "DKK"}),
    ("offer", "da", "Lego 2,5 mio. kr", {"customer": "Lego", "amount": M(2500000), "currency": "DKK"}),
    ("offer", "en", "Tesco 45 grand", {"customer": "Tesco", "amount": M(45000), "currency": "GBP"}),
    ("offer", "en", "Tesco 1.25m GBP", {"customer": "Tesco", "amount": M(1250000), "currency": "GBP"}),
    # a price per period: asked (the whole value is offered as a button; see the test below)
    ("offer", "nb", "Posten 12 000 pr mnd i 24 mnd", {"customer": "Posten", "amount": M(288000), "unread": "12 000 pr mnd i 24 mnd"}),
    ("offer", "sv", "Ericsson 35 000 kr/mån i 36 mån", {"customer": "Ericsson", "amount": M(1260000), "unread": "35 000 kr/mån i 36 mån"}),
    ("offer", "en", "Boots £2k per month for 2 years", {"customer": "Boots", "amount": M(48000), "unread": "£2k per month for 2 years"}),
    # typos in the command's word and in a known customer (the app asks "did you mean")
    ("meeting", "nb", "mtøe med Orkla i går", {"customer": "Orkla", "when": d(31, 3), "unread": None}),
    ("meeting", "nb", "møtte med Equinor i går, varm", {"customer": "Equinor", "when": d(31, 3), "temp": "warm"}),
    ("offer", "nb", "tilbu Kiwi 85k", {"customer": "Kiwi", "amount": M(85000)}),
    ("offer", "nb", "tilbdu til Kiwi 85k", {"customer": "Kiwi", "amount": M(85000)}),
    ("offer", "sv", "offet Volvo 400 tkr", {"customer": "Volvo", "amount": M(400000)}),
    ("win", "nb", "vnt Telenor 400k", {"customer": "Telenor", "amount": M(400000)}),
    ("call", "en", "caled Tesco today", {"customer": "Tesco"}),
    ("meeting", "nb", "Equnor i går, varm", {"customer": "Equnor", "when": d(31, 3), "temp": "warm"}),
    ("meeting", "sv", "Scnaia igår, varm, nästa möte v. 15", {"customer": "Scnaia", "when": d(31, 3), "next": ("möte", d(16, 4))}),
    # dates in local forms, next steps
    ("call", "da", "Maersk i dag, hed, næste møde d. 8. april", {"customer": "Maersk", "temp": "hot", "next": ("møde", d(8, 4))}),
    ("meeting", "nb", "Tine 30.3., varm, neste møte 7. april", {"customer": "Tine", "when": d(30, 3), "next": ("møte", d(7, 4))}),
    ("meeting", "nb", "Tine 30/3 varm", {"customer": "Tine", "when": d(30, 3), "temp": "warm"}),
    ("meeting", "en", "Tesco 30th March, warm", {"customer": "Tesco", "when": d(30, 3), "temp": "warm"}),
    ("meeting", "en", "Aviva Tue, warm, next call Fri 9 Apr", {"customer": "Aviva", "when": d(30, 3), "next": ("call", d(9, 4))}),
    # notes after "--" and without
    ("meeting", "nb", "Equinor i går -- snakket om ny rammeavtale", {"customer": "Equinor", "when": d(31, 3), "note": "snakket om ny rammeavtale"}),
    ("meeting", "nb", "Equinor i går, snakket om ny rammeavtale", {"customer": "Equinor", "when": d(31, 3), "unread": "snakket om ny rammeavtale"}),
    ("meeting", "sv", "Volvo igår -- de vill ha offert före påsk", {"customer": "Volvo", "when": d(31, 3), "note": "de vill ha offert före påsk"}),
    ("meeting", "en", "Boots yesterday -- wants a proposal by Friday", {"customer": "Boots", "when": d(31, 3), "note": "wants a proposal by Friday", "next": None}),
    # loss reasons
    ("lost", "nb", "Telenor i går, valgte en rimeligere leverandør", {"customer": "Telenor", "when": d(31, 3), "note": "valgte en rimeligere leverandør"}),
    ("lost", "nb", "Coop Norge, valgte Visma", {"customer": "Coop Norge", "note": "valgte Visma"}),
    ("lost", "sv", "Scania, de valde att vänta till hösten", {"customer": "Scania", "note": "de valde att vänta till hösten"}),
    ("lost", "da", "tabt Arla, for dyrt", {"customer": "Arla", "note": "for dyrt"}),
    ("lost", "en", "Tesco last week -- went with the incumbent", {"customer": "Tesco", "when": d(22, 3), "note": "went with the incumbent"}),
    # names holding ordinary words, numbers, places, months and holidays
    ("meeting", "nb", "Påskeegg AS i går, varm", {"customer": "Påskeegg AS", "when": d(31, 3)}),
    ("meeting", "nb", "April Bygg AS i går", {"customer": "April Bygg AS", "when": d(31, 3)}),
    ("meeting", "nb", "Mars Norge i går", {"customer": "Mars Norge", "when": d(31, 3)}),
    ("meeting", "nb", "Sol og Vind AS i går, het", {"customer": "Sol og Vind AS", "when": d(31, 3), "temp": "hot"}),
    ("meeting", "nb", "Oslo Sporveier i går, varm", {"customer": "Oslo Sporveier", "when": d(31, 3)}),
    ("offer", "nb", "Sparebank 1 SMN 300k", {"customer": "Sparebank 1 SMN", "amount": M(300000)}),
    ("offer", "nb", "3 Stjerner AS 120k", {"customer": "3 Stjerner AS", "amount": M(120000)}),
    ("offer", "nb", "Påskeliljen Blomster AS 45 000", {"customer": "Påskeliljen Blomster AS", "amount": M(45000)}),
    ("offer", "da", "Jul og Nytår ApS 30.000 kr", {"customer": "Jul og Nytår ApS", "amount": M(30000)}),
    ("meeting", "sv", "Stockholm Exergi igår, varm", {"customer": "Stockholm Exergi", "when": d(31, 3)}),
    # a deal's term is never a name's word: asked
    ("offer", "sv", "Volvo 3-årsavtal 1,1 mkr", {"customer": "Volvo", "amount": M(1100000), "unread": "3-årsavtal"}),
    ("offer", "nb", "Fjordkraft 2-årsavtale, 400k/år", {"customer": "Fjordkraft", "unread": "2-årsavtale, 400k/år"}),
    # temperatures
    ("meeting", "nb", "Equinor 15 grader varm", {"customer": "Equinor", "temp": "warm", "unread": "15 grader"}),
    ("meeting", "nb", "DNB i dag, iskald", {"customer": "DNB", "temp": "cold"}),
    ("meeting", "nb", "DNB i dag, glovarm", {"customer": "DNB", "temp": "hot", "unread": None}),
    ("meeting", "da", "Carlsberg i dag, glohed", {"customer": "Carlsberg", "temp": "hot"}),
    ("meeting", "en", "Tesco today, red-hot", {"customer": "Tesco", "temp": "hot"}),
    ("meeting", "da", "Lego i dag, lun", {"customer": "Lego", "temp": None, "unread": "lun"}),
    # calls: nobody answered, a message left (the note), how long, a talk booked, a chase
    ("call", "nb", "Telenor i går, ingen svar", {"customer": "Telenor", "when": d(31, 3), "note": "ingen svar"}),  # session 23: the note (was asked)
    ("call", "sv", "ringde Volvo igår, ljummen, återkopplar på tisdag", {"customer": "Volvo", "when": d(31, 3), "unread": "ljummen", "next": ("återkopplar", d(6, 4))}),
    ("call", "da", "Maersk langfredag -- lagde en besked", {"customer": "Maersk", "when": d(26, 3), "note": "lagde en besked"}),
    ("call", "en", "Tesco Easter Monday 20 min, warm", {"customer": "Tesco", "when": d(29, 3), "note": "20 min", "temp": "warm"}),
    ("call", "nb", "Kiwi 2. påskedag, het 🔥, booket møte uke 15", {"customer": "Kiwi", "when": d(29, 3), "temp": "hot", "next": ("møte", d(16, 4))}),
    ("call", "sv", "Ericsson igår, bokade möte nästa vecka", {"customer": "Ericsson", "when": d(31, 3), "next": ("möte", d(9, 4))}),
    ("call", "da", "Arla i dag, ringer igen efter påske", {"customer": "Arla", "unread": "ringer igen efter påske"}),
    ("call", "nb", "tlf med Telenor i går, kald", {"customer": "Telenor", "when": d(31, 3), "temp": "cold"}),
    ("call", "en", "Tesco yesterday, chasing Tues", {"customer": "Tesco", "when": d(31, 3), "next": ("chasing", d(6, 4))}),
    ("call", "sv", "samtal med Volvo skärtorsdagen, varm", {"customer": "Volvo", "when": d(25, 3), "temp": "warm"}),
    # a deadline ahead is no day the win was done on: asked
    ("win", "nb", "Tine 400k innen fredag", {"customer": "Tine", "amount": M(400000), "unread": "innen fredag"}),
    ("win", "en", "Tesco £40k by Friday", {"customer": "Tesco", "amount": M(40000), "unread": "by Friday"}),
    ("offer", "sv", "Volvo 200 tkr innan den 15:e", {"customer": "Volvo", "amount": M(200000), "unread": "innan den 15:e"}),
]  # fmt: skip

AFTER_NEW_YEAR: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Equinor i romjula, varm", {"customer": "Equinor", "when": NEW_YEAR, "temp": "warm", "unread": "i romjula"}),
    ("meeting", "nb", "Telenor romjulen, kald", {"customer": "Telenor", "when": NEW_YEAR, "unread": "romjulen"}),
    ("meeting", "sv", "Volvo i mellandagarna", {"customer": "Volvo", "when": NEW_YEAR, "unread": "i mellandagarna"}),
    ("meeting", "da", "Carlsberg i mellemdagene, hed", {"customer": "Carlsberg", "when": NEW_YEAR, "temp": "hot", "unread": "i mellemdagene"}),
    ("meeting", "en", "Boots between Christmas and New Year", {"customer": "Boots", "when": NEW_YEAR, "unread": "between Christmas and New Year"}),
    ("win", "nb", "Kiwi 1,1 mill nyttårsaften", {"customer": "Kiwi", "when": d(31, 12, 2026), "amount": M(1100000)}),
    ("win", "en", "Tesco £30k Boxing Day", {"customer": "Tesco", "when": d(26, 12, 2026), "amount": M(30000)}),
    ("meeting", "sv", "Volvo trettondagen, varm", {"customer": "Volvo", "when": d(6, 1), "temp": "warm", "unread": None}),
    ("meeting", "da", "Carlsberg helligtrekongersdag, hed", {"customer": "Carlsberg", "when": d(6, 1)}),
    ("win", "sv", "Scania 600 tkr, leverans efter trettondagen", {"customer": "Scania", "amount": M(600000), "note": "leverans efter trettondagen"}),
    ("offer", "nb", "Tine 300k, oppstart etter nyttår", {"customer": "Tine", "amount": M(300000), "note": "oppstart etter nyttår"}),
    ("offer", "da", "Maersk 500.000,- efter nytår", {"customer": "Maersk", "amount": M(500000), "unread": "efter nytår"}),
    ("offer", "nb", "Telenor 600k -- rammeavtale", {"customer": "Telenor", "amount": M(600000), "note": "rammeavtale"}),
    ("win", "nb", "Statkraft 2 mill, 3 år", {"customer": "Statkraft", "amount": M(2000000), "unread": "3 år"}),
    ("lost", "nb", "Telenor - tapte på pris", {"customer": "Telenor", "note": "tapte på pris"}),
    ("meeting", "sv", "Volvo idag, ganska varm", {"customer": "Volvo", "unread": "ganska"}),
]  # fmt: skip


@pytest.mark.parametrize("row", AFTER_EASTER, ids=[f"{r[0]} {r[2]}"[:50] for r in AFTER_EASTER])
def test_fresh_commands_after_easter(row: tuple) -> None:
    check_command(row, EASTER, KNOWN)


@pytest.mark.parametrize("row", AFTER_NEW_YEAR, ids=[f"{r[0]} {r[2]}"[:50] for r in AFTER_NEW_YEAR])
def test_fresh_commands_after_new_year(row: tuple) -> None:
    check_command(row, NEW_YEAR, KNOWN)


@pytest.mark.parametrize(
    ("kind", "text", "whole"),
    [
        ("offer", "Yara 3-årsavtale, 1,2 mill per år", M(3600000)),
        ("offer", "Yara 3-årig avtale 1,2 mill per år", M(3600000)),
        ("offer", "Ericsson 35 000 kr/mån i 36 mån", M(1260000)),
        ("offer", "Posten 12 000 pr mnd i 24 mnd", M(288000)),
    ],
)
def test_a_term_said_with_a_price_per_period_gives_the_whole_value(
    kind: str, text: str, whole: Decimal
) -> None:
    """The question offers "Store <whole>" and "Store <price>": the term said before the price
    counts too (was asked with no whole value: "Store as read" would keep the yearly price)."""
    found = parse_log_command(KINDS[kind], text, today=EASTER, krone="SEK", known_customers=KNOWN)
    assert found.per_period is not None and found.whole_value == whole


REFUSED: list[tuple[str, str, str, date, str]] = [
    # a second customer with nothing of its own, after the first's amount or day: each on its own
    ("offer", "nb", "Tine 85k og Kiwi", MONDAY, "two_customers"),
    ("offer", "nb", "Tine 85k og Nammo AS", MONDAY, "two_customers"),
    ("win", "nb", "Tine 85k, Nammo", MONDAY, "two_customers"),
    ("offer", "en", "Tesco £40k and Asda", MONDAY, "two_customers"),
    ("offer", "sv", "Volvo 400 tkr och Ica Maxi", MONDAY, "two_customers"),
    ("offer", "nb", "Tine 85k + Nammo", MONDAY, "two_customers"),
    ("meeting", "nb", "Tine i dag og Nammo", MONDAY, "two_customers"),
    ("lost", "nb", "Tine i går og Nammo", MONDAY, "two_customers"),
    # a known customer and "og" a new name: one customer or two? asked with both ways out
    ("meeting", "nb", "Tine og Nammo i dag", MONDAY, "one_or_two_customers"),
    ("lost", "nb", "Tine og Nammo", MONDAY, "one_or_two_customers"),
    # a loss told by whom it went to, with no customer: which customer?
    ("lost", "nb", "tapte på pris mot Visma", MONDAY, "not_a_customer"),
    ("lost", "nb", "de valgte Visma", MONDAY, "not_a_customer"),
    ("lost", "sv", "förlorade mot Fortnox", MONDAY, "not_a_customer"),
    ("lost", "da", "tabte til Visma på pris", MONDAY, "not_a_customer"),
    ("lost", "en", "They went with Capita", MONDAY, "not_a_customer"),
    ("lost", "en", "lost on price to Capita", MONDAY, "not_a_customer"),
    # a next step with no time at all: asked by which day since session 41 (test_cmds41)
]


@pytest.mark.parametrize(("kind", "lang", "text", "today", "code"), REFUSED)
def test_what_cannot_be_stored_as_one_record_is_refused(
    kind: str, lang: str, text: str, today: date, code: str
) -> None:
    with pytest.raises(UserError) as refused:
        parse_log_command(KINDS[kind], text, today=today, krone=KRONE[lang], known_customers=KNOWN)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        # a first name is a colleague along, shown unread; a rival in a known customer's loss
        # reason is the reason; a name the legal form ends is one
        ("offer", "Tine 85k og Per", "Tine", None),
        ("meeting", "Tine i dag og Kari", "Tine", None),
        ("lost", "Tine, gikk for Orkla", "Tine", "gikk for Orkla"),
        ("lost", "Tine tapte mot Visma", "Tine", "tapte mot Visma"),
        ("lost", "Valgte Veier AS i går", "Valgte Veier AS", None),
        ("lost", "Picked Up Ltd i går", "Picked Up Ltd", None),
        ("meeting", "Hansen og Sønn AS i dag", "Hansen og Sønn AS", None),
    ],
)
def test_one_customer_stays_one(kind: str, text: str, customer: str, note: str | None) -> None:
    found = parse_log_command(
        KINDS[kind], text, today=MONDAY, known_customers=KNOWN | {customer_key("Orkla")}
    )
    assert (found.customer, found.note) == (customer, note)


def test_a_first_name_after_the_first_customer_is_shown_never_a_customer() -> None:
    found = parse_log_command(
        ActivityKind.OFFER, "Tine 85k og Per", today=MONDAY, known_customers=KNOWN
    )
    assert found.unread == "og Per"
