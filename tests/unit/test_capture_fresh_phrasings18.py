"""Fresh phrasings written in session 18 (channel messages; the commands' are cmds18's), as
sellers type them around Christmas and the year's end, in four languages, with typos, missing
diacritics, local number and date forms and word orders: "før jul", "i romjula",
"mellandagarna", "etter nyttår", "første uka i januar", "innen årsskiftet", "Q4 so far",
"ultimo desember", "primo januar", "julebordet", year-end summaries, which the rules were not
designed on. Two days: Friday 2027-12-17 (ISO week 50; "i går" Thu 16 Dec, "i tisdags" Tue 14
Dec; the romjul, Mon 27 .. Fri 31 Dec, is ahead) and Tuesday 2028-01-04 (ISO week 1; "i går" Mon
3 Jan, "i fredags" Fri 31 Dec; the romjul is gone, its first working day Mon 27 Dec, the day a
record "i romjula" is on, as in holdout 16). Each row is what a careful colleague reads: the
records in order (outcome, kind, customer, amount, day), the first, then each asked about on its
own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, check_message

DECEMBER = date(2027, 12, 17)  # a Friday, a week before Christmas Eve
JANUARY = date(2028, 1, 4)  # a Tuesday, the first week of the year
KNOWN = [
    "Equinor", "Telenor", "DNB", "Tine", "Orkla ASA", "Kiwi", "Yara", "Rema 1000", "Elkjøp",
    "Hafslund", "Posten", "Volvo", "Scania", "Ikea", "ICA", "Axfood", "Skanska", "Carlsberg",
    "Novo Nordisk", "Maersk", "Jysk", "Lego", "Arla", "Ørsted", "Tesco", "Boots", "Aviva",
    "Greggs", "Bupa", "Julehuset AS",
]  # fmt: skip
OPEN_OFFERS = {"dnb", "volvo", "tesco", "scania", "carlsberg"}


def k(amount: int) -> Decimal:
    return Decimal(amount)


def dec(day: int) -> date:
    return date(2027, 12, day)


def jan(day: int) -> date:
    return date(2028, 1, day)


T = DECEMBER
# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
IN_DECEMBER: list[tuple[str, list]] = [
    # nb
    ("Signert med Tine før jul! 480k 🎄", [(S, WIN, "Tine", k(480000), T)]),
    ("Sendt tilbud til Orkla 1,2 mill, følger opp i romjula", [(S, OFFER, "Orkla ASA", k(1200000), T)]),
    ("Møte med Kiwi i går, varme. Nytt møte første uka i januar", [(S, MEETING, "Kiwi", None, dec(16))]),
    ("Ringte Yara i dag, de bestemmer seg etter nyttår", [(S, CALL, "Yara", None, T)]),
    ("Julebordet i går var legendarisk 😂 Orkla-folka var der også", []),
    ("Rema 1000 takket ja i dag! 2,4 mill, oppstart primo januar", [(S, WIN, "Rema 1000", k(2400000), T)]),
    ("Tapte Elkjøp på pris, de går for en annen leverandør etter nyttår", [(L, LOSS, "Elkjøp", None, T)]),
    ("Skal ha møte med Equinor før jul", []),
    ("Ferdig med forberedelsene til møtet med Orkla", []),
    ("Q4 så langt: 3 vunnet, 12 møter, 5 tilbud 💪", []),
    ("tilbud sendt DNB 650k, svar innen årsskiftet", [(S, OFFER, "DNB", k(650000), T)]),
    ("Hafslund signerer ultimo desember", []),
    ("Hadde julelunsj med Posten i dag, mest prat om ferien", [(L, MEETING, "Posten", None, T)]),
    ("Telenor ble kunde i dag, 300k/år i 3 år", [(L, WIN, "Telenor", k(900000), T)]),
    ("vant kiwi 150k idag", [(S, WIN, "Kiwi", k(150000), T)]),
    ("Mote med Tine imorgen kl 10", [(S, MEETING, "Tine", None, T)]),  # planned, Sat 18th
    ("Tine kjører på! 85k før jul 🎄", [(L, WIN, "Tine", k(85000), T)]),
    ("Hos kunden vår, Equinor, var vi i går", [(S, MEETING, "Equinor", None, dec(16))]),
    ("Møte med Tine i romjula", [(L, MEETING, "Tine", None, T)]),  # a plan, asked: which day?
    ("Ringte Equinor nå, de har ikke bestemt seg ennå", [(S, CALL, "Equinor", None, T)]),
    ("Kari vant Tine! 🎉", []),  # a colleague's win
    ("ja, møtet var i går", []),  # a reply in a thread, no customer
    # sv
    ("Skickade offert till Volvo idag, 850 tkr. Återkopplar efter nyår", [(S, OFFER, "Volvo", k(850000), T)]),
    ("Möte med Scania i mellandagarna", [(L, MEETING, "Scania", None, T)]),  # planned 27 Dec
    ("Ikea skrev på igår! 1,2 mkr 🎉", [(S, WIN, "Ikea", k(1200000), dec(16))]),
    ("Förlorade ICA, de valde en annan leverantör", [(L, LOSS, "ICA", None, T)]),
    ("Träffade Axfood i tisdags, ljummet", [(S, MEETING, "Axfood", None, dec(14))]),
    ("Ringde Skanska igår om ramavtalet för 2028", [(S, CALL, "Skanska", None, dec(16))]),
    ("Julbordet med kontoret ikväll 🎄", []),
    ("Hoppas Volvo skriver på före jul", []),
    ("Offert skickad till Scania, 2,1 MSEK, giltig till årsskiftet", [(S, OFFER, "Scania", k(2100000), T)]),
    ("pratade med Ikea i förrgår", [(L, CALL, "Ikea", None, dec(15))]),  # session 21: talking with a customer, the phone not named, is asked (was sure)
    ("Volvo tackade ja idag 🙌 640 tkr", [(S, WIN, "Volvo", k(640000), T)]),
    ("Vi är på 4,2 mkr i Q4 hittills 💪", []),
    ("Scania: ja! 240 tkr", [(L, WIN, "Scania", k(240000), T)]),
    ("Grattis Lars med Volvo-ordern!", []),
    # da
    ("Carlsberg har skrevet under! 1,1 mio. kr 🎉", [(S, WIN, "Carlsberg", k(1100000), T)]),
    ("Møde hos Novo Nordisk i går, rigtig godt", [(S, MEETING, "Novo Nordisk", None, dec(16))]),
    ("Sendte tilbud til Maersk i dag på 450.000 kr", [(S, OFFER, "Maersk", k(450000), T)]),
    ("Ringede til Jysk i dag, de vender tilbage efter nytår", [(S, CALL, "Jysk", None, T)]),
    ("Tabte Lego, de valgte en anden leverandør", [(L, LOSS, "Lego", None, T)]),
    ("Julefrokost med Arla i går 🍺 mest hygge", [(L, MEETING, "Arla", None, dec(16))]),
    ("Ørsted sagde ja i dag, 2,3 mio", [(S, WIN, "Ørsted", k(2300000), T)]),
    ("Skal mødes med Carlsberg i mellemdagene", []),
    ("Vi har landet aftalen med Jysk, 750.000 kr", [(S, WIN, "Jysk", k(750000), T)]),
    # en
    ("Won Tesco before Christmas! £120k 🎄", [(S, WIN, "Tesco", k(120000), T)]),
    ("Quote out to Boots, £45k, chasing first week of January", [(S, OFFER, "Boots", k(45000), T)]),
    ("Met Aviva yesterday, warm, next meeting in the new year", [(S, MEETING, "Aviva", None, dec(16))]),
    ("Lost Greggs to the incumbent", [(L, LOSS, "Greggs", None, T)]),
    ("Q4 so far: 8 meetings, 3 quotes, 1 win 🙌", []),
    ("Call with Bupa today, they'll decide after New Year", [(S, CALL, "Bupa", None, T)]),
    ("Christmas party tonight, see you all there 🎉", []),
    ("Hope Tesco signs before year end", []),
    ("Boots signed off the renewal today, £95k", [(S, WIN, "Boots", k(95000), T)]),
    ("Spoke to Greggs on Tuesday", [(L, CALL, "Greggs", None, dec(14))]),  # session 21: talking with a customer, the phone not named, is asked (was sure)
    ("Tesco Xmas lunch with their buyer, mostly mince pies", [(L, MEETING, "Tesco", None, T)]),
    ("Proposal sent to Aviva £60k, valid until 31st Dec", [(S, OFFER, "Aviva", k(60000), T)]),
    ("Aviva renewal: £95k/yr, 2 yrs", [(L, WIN, "Aviva", k(190000), T)]),  # the term's worth
    ("call Bupa Friday pm", [(L, CALL, "Bupa", None, T)]),  # a to-do: planned Fri 24th
    ("Mtg w/ Greggs Wed pm, went well", [(S, MEETING, "Greggs", None, dec(15))]),
    ("Rang Tesco twice, no joy", [(L, CALL, "Tesco", None, date(2027, 12, 17))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Tesco came in for a demo yesterday", [(S, MEETING, "Tesco", None, dec(16))]),
    ("Great session with the Aviva team", [(S, MEETING, "Aviva", None, T)]),
    ("Had our quarterly with Greggs today", [(S, MEETING, "Greggs", None, T)]),
    ("Meeting with Tesco between Christmas and New Year", [(L, MEETING, "Tesco", None, T)]),
]  # fmt: skip

T = JANUARY
IN_JANUARY: list[tuple[str, list]] = [
    # nb
    ("Glemte å poste: vant Tine i romjula, 320k", [(L, WIN, "Tine", k(320000), dec(27))]),  # which day? (cmds28)
    ("Møte med Orkla i går, første møte etter nyttår 🙂", [(S, MEETING, "Orkla ASA", None, jan(3))]),
    ("Sendte tilbud til Kiwi før jul, 180k", [(L, OFFER, "Kiwi", k(180000), dec(23))]),
    ("God nyttår alle sammen! 🎆", []),
    ("Status desember: 4 møter, 2 tilbud, 1 ordre 💪", []),
    ("Årsoppsummering 2027: 38 møter, 14 tilbud, 6 vunnet. Takk for et fantastisk år!", []),
    ("Skal ringe Telenor første uka i januar", []),
    ("Tilbud til Yara sendt ultimo desember, 420k", [(S, OFFER, "Yara", k(420000), dec(31))]),
    ("Ferdig med julegavene til kundene, Tine fikk sin i går 🎁", []),
    ("Ringte Equinor nå, de har ikke bestemt seg ennå", [(S, CALL, "Equinor", None, T)]),
    ("Første møte i 2028: Hafslund i dag, lovende!", [(S, MEETING, "Hafslund", None, T)]),
    ("Tapte Posten i romjula, de valgte Bring", [(L, LOSS, "Posten", None, dec(27))]),
    ("Elkjøp ordre på 1,1 mill kom inn mellom jul og nyttår 🎉", [(L, WIN, "Elkjøp", k(1100000), dec(27))]),  # asked (cmds28)
    ("Var hos Rema 1000 i går, de vil ha tilbud innen utgangen av januar", [(S, MEETING, "Rema 1000", None, jan(3))]),
    ("Møte Tine i dag kl 9, varm", [(S, MEETING, "Tine", None, T)]),
    ("Lunsj med Hafslund i går, mest prat om ferien", [(L, MEETING, "Hafslund", None, jan(3))]),
    ("Q4 endte på 112 % av budsjett 🥳 takk alle", []),
    # sv
    ("Ringde Volvo igår, de vill ha offert i februari", [(S, CALL, "Volvo", None, jan(3))]),
    ("Scania sa ja i mellandagarna! 900 tkr", [(L, WIN, "Scania", k(900000), dec(27))]),  # asked (cmds28)
    ("Ikea tecknade avtal i fredags, 2,5 mkr", [(S, WIN, "Ikea", k(2500000), dec(31))]),
    ("Kundebesök hos Axfood imorse, het", [(S, MEETING, "Axfood", None, T)]),
    # da
    ("Mødte Carlsberg i går, de er klar til at underskrive i uge 2", [(S, MEETING, "Carlsberg", None, jan(3))]),
    ("Novo Nordisk: ja! 1,5 mio", [(L, WIN, "Novo Nordisk", k(1500000), T)]),
    ("Jysk sagde ja i julen, 400.000 kr", [(L, WIN, "Jysk", k(400000), T)]),  # which day?
    # en
    ("Won Boots on the 30th, £75k — forgot to post over the holidays", [(S, WIN, "Boots", k(75000), dec(30))]),
    ("Happy New Year all! Back to it 💪", []),
    ("Julehuset AS signerte 23.12, 85k", [(S, WIN, "Julehuset AS", k(85000), dec(23))]),
    ("Booked a meeting with Tesco for next Tuesday", [(S, MEETING, "Tesco", None, T)]),
    ("Back from the Christmas break, called Aviva and Greggs this morning", [(L, CALL, "Aviva", None, T), (L, CALL, "Greggs", None, T)]),
    ("Great session with the Bupa team this morning", [(S, MEETING, "Bupa", None, T)]),
    ("Greggs: yes! £40k for 2028", [(L, WIN, "Greggs", k(40000), T)]),
    ("Signed Tesco over Christmas, £50k", [(L, WIN, "Tesco", k(50000), T)]),  # which day?
]  # fmt: skip


@pytest.mark.parametrize("row", IN_DECEMBER, ids=[r[0][:50] for r in IN_DECEMBER])
def test_fresh_messages_before_christmas(row: tuple) -> None:
    check_message(row, DECEMBER, KNOWN, OPEN_OFFERS)


@pytest.mark.parametrize("row", IN_JANUARY, ids=[r[0][:50] for r in IN_JANUARY])
def test_fresh_messages_after_new_year(row: tuple) -> None:
    check_message(row, JANUARY, KNOWN, OPEN_OFFERS)
