"""Fresh phrasings written in session 20 (channel messages; the commands' are cmds20's), as
sellers type them on the last day of Q1 and the first of Q2, the week after Easter, in four
languages, with typos, missing diacritics, local number and date forms and word orders: Easter's
named days ("skjærtorsdag", "2. påskedag", "skärtorsdagen", "Maundy Thursday"), "før påske",
"i påsken", "første arbeidsdag etter påske", "i Q1", "innen kvartalsslutt", "primo april",
"1 1/2 mill", "320'", two days of one talk ("22/3 og 24/3", "24/3 + 26/3"), in-between
temperatures, påskelunsj / Easter eggs / April Fools (chatter), a colleague's deal, which the
rules were not designed on (19 of them read otherwise at the session's start, before this session's rules). Two days:
Wednesday 2027-03-31 (ISO week 13; Easter Sunday was 28 Mar, "i går" Tue 30 Mar, "i torsdags"
/ "skjærtorsdag" Thu 25 Mar, "2. påskedag" Mon 29 Mar) and Thursday 2027-04-01 (Q2's first day,
April Fools' Day; "i går" Wed 31 Mar). Each row is what a careful colleague reads: the records
in order (outcome, kind, customer, amount, day), the first, then each asked about on its own;
[] records nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, check_message

WEDNESDAY = date(2027, 3, 31)  # the last day of Q1, the week after Easter
THURSDAY = date(2027, 4, 1)  # Q2's first day, April Fools' Day
KNOWN = [
    "Equinor", "Telenor", "DNB", "Tine", "Orkla", "Kiwi", "Yara", "Rema 1000", "Elkjøp",
    "Hafslund", "Posten", "Statkraft", "Bama", "Volvo", "Scania", "ICA", "Axfood", "Skanska",
    "Securitas", "Carlsberg", "Novo Nordisk", "Maersk", "Jysk", "Lego", "Arla", "Ørsted",
    "Vestas", "Coop Danmark", "Salling Group", "Tesco", "Boots", "Aviva", "Greggs", "Bupa",
]  # fmt: skip
OPEN_OFFERS = {"kiwi", "volvo", "tesco"}


def k(amount: int) -> Decimal:
    return Decimal(amount)


T = WEDNESDAY
# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
ON_WEDNESDAY: list[tuple[str, list]] = [
    ("Siste dag i kvartalet, og Tine signerte nettopp! 780k 🎉", [(S, WIN, "Tine", k(780000), T)]),
    ("tilbud sendt kiwi 245 000 idag", [(S, OFFER, "Kiwi", k(245000), T)]),
    # session 24: no call counted; the next try is the lead's next step (a call planned)
    ("Ringte Hafslund i går, ingen svar. Prøver igjen i morgen", [(L, CALL, "Hafslund", None, date(2027, 3, 30))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Fikk ikke tak i Orkla i dag heller", [(L, CALL, "Orkla", None, T)]),  # heldmsg32 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Husk å logge alt fra Q1 før i kveld!", []),
    ("Kiwi-avtalen er visst i boks for Jonas, gratulerer!", []),
    ("Påskelunsj i kantina kl 12 🐣", []),
    ("Noen som har påskeegg igjen? 🥚", []),
    ("Tapte DNB, de gikk for eksisterende leverandør", [(L, LOSS, "DNB", None, T)]),
    ("Mote med Telenor igar, varm. Nytt mote uke 14", [(S, MEETING, "Telenor", None, date(2027, 3, 30))]),
    ("Skjærtorsdag var jeg faktisk hos Yara, lovende", [(S, MEETING, "Yara", None, date(2027, 3, 25))]),
    ("Ringte Posten 2. påskedag, ingen svar selvfølgelig 😅", [(L, CALL, "Posten", None, date(2027, 3, 29))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Møte med Rema 1000 i morgen kl 10", [(S, MEETING, "Rema 1000", None, T)]),
    ("Tilbud til Elkjøp på 1,2 mill sendt i dag, svar innen kvartalsslutt", [(S, OFFER, "Elkjøp", k(1200000), T)]),
    ("Statkraft sa ja i går! 2,1 MNOK 🚀", [(S, WIN, "Statkraft", k(2100000), date(2027, 3, 30))]),
    ("Befaring hos Bama tirsdag etter påske, varm", [(S, MEETING, "Bama", None, date(2027, 3, 30))]),
    ("Ringde Volvo idag, varm lead. Ny offert i april", [(S, CALL, "Volvo", None, T)]),
    ("Offert till ICA 350 tkr skickad igår", [(S, OFFER, "ICA", k(350000), date(2027, 3, 30))]),
    ("Möte med Scania i förrgår, ljummen", [(S, MEETING, "Scania", None, date(2027, 3, 29))]),
    ("Vann Axfood! 1,4 mkr 🎉", [(S, WIN, "Axfood", k(1400000), T)]),
    ("Tappade Skanska, priset var för högt", [(L, LOSS, "Skanska", None, T)]),
    ("Skärtorsdagen hade jag möte med Securitas, bra stämning", [(S, MEETING, "Securitas", None, date(2027, 3, 25))]),
    ("Glad påsk i efterskott allihop! 🐣", []),
    ("Påskägg på kontoret, ta för er", []),
    ("Möte med Ica och Axfood idag", [(L, MEETING, "ICA", None, T), (L, MEETING, "Axfood", None, T)]),
    ("Kundbesök hos Scania idag, het 🔥", [(S, MEETING, "Scania", None, T)]),
    ("Affären med Skanska är i hamn för Anna, grattis!", []),
    ("Møde med Carlsberg i går, lunken", [(S, MEETING, "Carlsberg", None, date(2027, 3, 30))]),
    ("Ringede til Maersk i dag, de vil have tilbud i Q2", [(S, CALL, "Maersk", None, T)]),
    ("Tilbud til Lego på 450.000 kr sendt i dag", [(S, OFFER, "Lego", k(450000), T)]),
    ("Vestas har underskrevet! 3,2 mio. kr 🎉", [(S, WIN, "Vestas", k(3200000), T)]),
    ("Tabte Jysk, de valgte en konkurrent", [(L, LOSS, "Jysk", None, T)]),
    ("Møde med Arla skærtorsdag, varm", [(S, MEETING, "Arla", None, date(2027, 3, 25))]),
    ("Påskefrokost med teamet i morgen 🐣", []),
    ("Novo Nordisk ringede tilbage i dag, de er interesserede", [(S, CALL, "Novo Nordisk", None, T)]),  # session 21: the customer's own call is sure (was asked)
    ("Opkald til Ørsted og Salling Group i dag", [(L, CALL, "Ørsted", None, T), (L, CALL, "Salling Group", None, T)]),
    ("Tilbud til Coop Danmark 600.000 kr, udløber primo april", [(S, OFFER, "Coop Danmark", k(600000), T)]),
    ("Meeting with Tesco today, warm. Follow-up w/c 12th Apr", [(S, MEETING, "Tesco", None, T)]),
    ("Called Boots yesterday, no answer", [(L, CALL, "Boots", None, date(2027, 3, 30))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Sent Greggs a quote for £45k today", [(S, OFFER, "Greggs", k(45000), T)]),
    ("Won Aviva! £120k 🎉", [(S, WIN, "Aviva", k(120000), T)]),
    ("Lost Bupa, they went with a cheaper option", [(L, LOSS, "Bupa", None, T)]),
    ("Had a call with Tesco on Maundy Thursday, lukewarm", [(S, CALL, "Tesco", None, date(2027, 3, 25))]),
    ("Easter eggs in the kitchen, help yourselves 🥚", []),
    ("Q1 wrap: 14 meetings, 6 offers, 3 wins. Great work team!", []),
    ("Don't forget to log everything from Q1 before midnight", []),
    ("Met Greggs 24/3 and 26/3", [(L, MEETING, "Greggs", None, date(2027, 3, 24))]),  # both days in one question (readers25)
    ("Congrats Sarah on closing Aviva, legend 👏", []),
    ("ringte equinor 22/3 og 24/3", [(L, CALL, "Equinor", None, date(2027, 3, 22))]),  # both days in one question (readers25)
    ("Møte med Tine og Kiwi i dag", [(L, MEETING, "Tine", None, T), (L, MEETING, "Kiwi", None, T)]),
    ("Tilbud Kiwi 320', sendt i dag", [(S, OFFER, "Kiwi", k(320000), T)]),
    ("Vant Orkla 1 1/2 mill i går 🎉", [(S, WIN, "Orkla", k(1500000), date(2027, 3, 30))]),
    ("Første arbeidsdag etter påske: møte med DNB, varm", [(S, MEETING, "DNB", None, date(2027, 3, 30))]),
    ("Ringte DNB, det er ikke aktuelt før Q3", [(S, CALL, "DNB", None, T)]),
    ("Møte med Telenor i dag, nytt møte primo april", [(S, MEETING, "Telenor", None, T)]),
    ("Tilbud til Yara 890k i stedet for 950k, sendt i dag", [(S, OFFER, "Yara", k(890000), T)]),
    ("Møtte Equinor onsdag før påske, het", [(S, MEETING, "Equinor", None, date(2027, 3, 24))]),
    ("Möte med ICA i tisdags och i går", [(S, MEETING, "ICA", None, date(2027, 3, 30))]),
    ("Var innom Kiwi i dag, lunken", [(S, MEETING, "Kiwi", None, T)]),
    ("Stakk innom Bama i går, sånn passe", [(S, MEETING, "Bama", None, date(2027, 3, 30))]),
    ("Glemte å logge i påsken: tilbud til Hafslund 400k", [(L, OFFER, "Hafslund", k(400000), date(2027, 3, 25))]),
    ("Fredagsmøte med teamet flyttet til torsdag pga langfredag", []),
    ("Ringde Securitas och Scania i förmiddags", [(L, CALL, "Securitas", None, T), (L, CALL, "Scania", None, T)]),
    ("Vestas-aftalen faldt på plads for Mette, tillykke!", []),
    ("Call with Aviva 24/3 + 26/3, both positive", [(L, CALL, "Aviva", None, date(2027, 3, 24))]),  # both days in one question (readers25)
    ("Kiwi ga oss ordren i dag, 450k 🎉", [(S, WIN, "Kiwi", k(450000), T)]),
    # more of the same day: chatter that names a customer, typos and lower case
    ("Hvem tar Kiwi-møtet i morgen? Jeg er på kurs", []),
    ("Equinor har visst signert med en konkurrent, surt", [(L, LOSS, "Equinor", None, T)]),
    ("Tine la ut nytt anbud i dag, frist 20. april", []),
    ("Kan noen sende meg tilbudsmalen?", []),
    ("Møtet med Orkla ble flyttet til etter påske", []),
    ("Vi har nådd Q1-målet! 🎉 Takk alle", []),
    ("Telenor-møtet i går ble avlyst", []),
    ("Trenger hjelp med tilbudet til Yara før fredag", []),
    ("Ringde Volvo men ingen svarade", [(L, CALL, "Volvo", None, date(2027, 3, 31))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Scania har köpt in nya lastbilar, läste i DI", []),
    ("Tack för en grym Q1 allihop!", []),
    ("Möte med Volvo imorgon kl 9, någon som vill följa med?", [(S, MEETING, "Volvo", None, T)]),
    ("Lego har åbnet ny butik i Aarhus", []),
    ("Ingen svar fra Maersk endnu", []),
    ("Påskefrokosten var hyggelig, tak for i dag", []),
    ("Tesco announced record profits today", []),
    ("Anyone got Boots' new buyer's email?", []),
    ("Great Q1 everyone, drinks on Friday 🍻", []),
    ("Meeting with Greggs moved to next week", []),
    ("Sent quote to Tesco?? Did anyone?", []),
    ("motte kiwi idag, bra mote. tilbud kommer", [(S, MEETING, "Kiwi", None, T)]),
    ("tlf m tine igår ang. påskekampanjen", [(S, CALL, "Tine", None, date(2027, 3, 30))]),
    ("ringde ica i fredags om påskkampanjen, varma", [(S, CALL, "ICA", None, date(2027, 3, 26))]),
    ("mødte arla i tirsdags, de vil se et tilbud", [(S, MEETING, "Arla", None, date(2027, 3, 30))]),
    ("tilbud til equinor 1,2 mil sendt idag", [(S, OFFER, "Equinor", k(1200000), T)]),
    ("vant kiwi!!! 600k", [(S, WIN, "Kiwi", k(600000), T)]),
    ("Equinor: tilbud sendt, 1.2M NOK", [(S, OFFER, "Equinor", k(1200000), T)]),
    ("Kiwi - møte i dag - varm - nytt møte uke 15", [(S, MEETING, "Kiwi", None, T)]),
    ("Offert Scania 2,2 msek skickad idag", [(S, OFFER, "Scania", k(2200000), T)]),
    ("Vunnet: Telenor 400k, Tine 250k", [(L, WIN, "Telenor", k(400000), T), (L, WIN, "Tine", k(250000), T)]),
    # what was forgotten, under a day: done ("Monday:" alone may be an agenda)
    ("Forgot to log on Monday: call with Tesco", [(S, CALL, "Tesco", None, date(2027, 3, 29))]),
    ("Glemte å logge mandag: samtale med Tine", [(S, CALL, "Tine", None, date(2027, 3, 29))]),
    ("Glömde logga i måndags: möte med Volvo", [(S, MEETING, "Volvo", None, date(2027, 3, 29))]),
    ("Monday: call with Tesco", []),
]  # fmt: skip


@pytest.mark.parametrize("row", ON_WEDNESDAY, ids=[r[0][:50] for r in ON_WEDNESDAY])
def test_fresh_messages_on_the_last_day_of_q1(row: tuple) -> None:
    check_message(row, WEDNESDAY, KNOWN, OPEN_OFFERS)


T = THURSDAY
ON_THURSDAY: list[tuple[str, list]] = [
    ("Aprilsnarr: vi vant Equinor 10 mill 😂", []),
    ("April fools: we won Tesco £10m 😂", []),
    ("Aprilskämt! Vi vann Volvo 😂", []),
    ("Vant Tine i dag, 400k – ikke aprilsnarr!", [(S, WIN, "Tine", k(400000), T)]),
    ("Første dag i Q2 og første møte: Telenor i dag, varm", [(S, MEETING, "Telenor", None, T)]),
    ("Ringte Kiwi i går og igjen i dag", [(L, CALL, "Kiwi", None, date(2027, 3, 31))]),  # both days in one question (readers25)
    ("Møte med Yara i går, ny befaring medio april", [(S, MEETING, "Yara", None, date(2027, 3, 31))]),
    ("Tilbud til Posten sendt i går, 1,1 mill. Følger opp før påske neste år 😅", [(S, OFFER, "Posten", k(1100000), date(2027, 3, 31))]),
    ("Ringde Scania igår, de vill ha offert innan kvartalsslut", [(S, CALL, "Scania", None, date(2027, 3, 31))]),
    ("Ringede til Lego i går, vi ses igen 8/4", [(S, CALL, "Lego", None, date(2027, 3, 31))]),
    ("Called Greggs yesterday, they want a quote by end of Q2", [(S, CALL, "Greggs", None, date(2027, 3, 31))]),
    ("Godt nytt kvartal alle sammen! 🚀", []),
    ("Nytt kvartal, nye muligheter – hvem tar første ordre?", []),
    ("Tesco PO received today, £85k 🎉", [(S, WIN, "Tesco", k(85000), T)]),
    ("møte m Hafslund igår, lunkne men nysgjerrige", [(S, MEETING, "Hafslund", None, date(2027, 3, 31))]),
]  # fmt: skip


@pytest.mark.parametrize("row", ON_THURSDAY, ids=[r[0][:50] for r in ON_THURSDAY])
def test_fresh_messages_on_the_first_day_of_q2(row: tuple) -> None:
    check_message(row, THURSDAY, KNOWN, OPEN_OFFERS)
