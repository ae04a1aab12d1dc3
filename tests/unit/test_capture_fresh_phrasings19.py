"""Fresh phrasings written in session 19 (channel messages; the commands' are cmds19's), as
sellers type them the first week after the Nordic summer holidays, in four languages, with
typos, missing diacritics, local number and date forms and word orders: "etter ferien",
"efter semestern", "før ferien", "mens jeg var på ferie", "over the summer", "i høst", "this
autumn", a month alone for a meeting to come, kräftskiva / krebsefest / crayfish party, "the
bank holiday", "til slutt", which the rules were not designed on (13 of them read otherwise at
the session's start). Two days: Monday 2027-08-16 (ISO week 33; "i går" Sun 15 Aug, "fredag" /
"i fredags" Fri 13 Aug; the summer holidays, read as a span, asked: "før ferien" Fri 9 July,
"i ferien" Mon 12 July) and Wednesday 2027-08-18 ("i går" Tue 17 Aug, "i mandags" Mon 16 Aug).
Each row is what a careful colleague reads: the records in order (outcome, kind, customer,
amount, day), the first, then each asked about on its own; [] records nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import CALL, LOSS, MEETING, OFFER, WIN, L, S, check_message

MONDAY = date(2027, 8, 16)  # the first Monday after the summer holidays
WEDNESDAY = date(2027, 8, 18)
KNOWN = [
    "Equinor", "Telenor", "DNB", "Tine", "Orkla ASA", "Kiwi", "Yara", "Rema 1000", "Elkjøp",
    "Hafslund", "Posten", "Volvo", "Scania", "Ikea", "ICA", "Axfood", "Skanska", "Carlsberg",
    "Novo Nordisk", "Maersk", "Jysk", "Lego", "Arla", "Ørsted", "Tesco", "Boots", "Aviva",
    "Greggs", "Bupa", "Royal Mail", "Securitas", "Vestas", "Coop Norge", "Salling Group",
]  # fmt: skip
OPEN_OFFERS = {"dnb", "volvo", "tesco", "scania", "carlsberg", "kiwi"}


def k(amount: int) -> Decimal:
    return Decimal(amount)


def aug(day: int) -> date:
    return date(2027, 8, day)


def jul(day: int) -> date:
    return date(2027, 7, day)


T = MONDAY
# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
ON_MONDAY: list[tuple[str, list]] = [
    # nb
    ("Første møte etter ferien: Tine i dag, lovende 👍", [(S, MEETING, "Tine", None, T)]),
    ("Tilbake fra ferie og rett på: ringte Yara og Hafslund i dag", [(L, CALL, "Yara", None, T), (L, CALL, "Hafslund", None, T)]),
    ("Orkla signerte mens jeg var på ferie, 450k 🎉", [(L, WIN, "Orkla ASA", k(450000), jul(12))]),
    ("Husk å logge møtene fra før ferien!", []),
    ("Ferdig med forberedelsene til møtet med Orkla", []),
    ("God mandag! Uke 33 i gang 💪", []),
    ("sendt tilbud til Kiwi 320 000,- i dag", [(S, OFFER, "Kiwi", k(320000), T)]),
    ("Mote med Equinor idag, varm lead", [(S, MEETING, "Equinor", None, T)]),
    ("ringte telenor i dag, de vil ha tilbud etter ferien", [(S, CALL, "Telenor", None, T)]),
    ("Tapte Elkjøp, de valgte en annen leverandør i sommer", [(L, LOSS, "Elkjøp", None, T)]),
    ("Hafslund sa ja! 1,1 mill 🥳", [(S, WIN, "Hafslund", k(1100000), T)]),
    ("Møte med Posten fredag, gikk bra", [(S, MEETING, "Posten", None, aug(13))]),
    ("Rema 1000 vil ha nytt møte i høst", []),
    ("Sendte tilbud til DNB på 780 000 kr i forrige uke", [(S, OFFER, "DNB", k(780000), aug(9))]),
    ("Kaffe med Tine i morges, mest prat om ferien ☕", [(L, MEETING, "Tine", None, T)]),
    # names27: a call planned on a day said is asked as the plan (was: nothing, no reply)
    ("Skal ringe Equinor i morgen", [(L, CALL, "Equinor", None, T)]),
    ("Møte med Tine i januar", []),  # a plan, no day: nothing yet (was planned 1 January)
    ("Booket møte med Yara i september", [(S, MEETING, "Yara", None, T)]),  # left34: planned by 30 Sep (was: which day? asked)
    ("Kiwi valgte Tripletex til slutt 😞", [(L, LOSS, "Kiwi", None, T)]),
    ("Vant Orkla! 2,3 mill over 3 år", [(S, WIN, "Orkla ASA", k(2300000), T)]),
    ("Kristin vant Telenor i ferien, gratulerer!", []),  # a colleague's win
    ("Hilsen fra hytta 🏕️ ringte Tine i dag, de er klare", [(S, CALL, "Tine", None, T)]),
    # sv
    ("Första mötet efter semestern: Volvo idag, het 🔥", [(S, MEETING, "Volvo", None, T)]),
    ("Ringde Scania idag, de återkommer efter semestern", [(S, CALL, "Scania", None, T)]),
    ("Skickade offert till Ikea innan semestern, 480 tkr", [(L, OFFER, "Ikea", k(480000), jul(9))]),
    ("Kräftskiva hos Skanska i fredags 🦞 mest prat", [(L, MEETING, "Skanska", None, aug(13))]),
    ("Kräftskiva med kontoret på fredag 🦞", []),  # our own party
    ("Axfood tackade ja idag! 750 tkr", [(S, WIN, "Axfood", k(750000), T)]),
    ("Möte med ICA förra veckan, ljummet", [(S, MEETING, "ICA", None, aug(9))]),
    ("Förlorade Securitas, de valde Avarn", [(L, LOSS, "Securitas", None, T)]),
    ("Offert skickad till Volvo, 1,2 mkr, svar innan september", [(S, OFFER, "Volvo", k(1200000), T)]),
    ("Hoppas Scania skriver på i höst", []),
    ("Möte med Ikea i oktober", []),
    ("pratade med Axfood idag om hösten", [(L, CALL, "Axfood", None, T)]),  # session 21: talking with a customer, the phone not named, is asked (was sure)
    ("Vi är på 3,1 mkr hittills i Q3 💪", []),
    # da
    ("Første møde efter ferien: Carlsberg i dag, rigtig godt", [(S, MEETING, "Carlsberg", None, T)]),
    ("Sendte tilbud til Maersk før ferien, 600.000 kr", [(L, OFFER, "Maersk", k(600000), jul(9))]),
    ("Jysk skrev under i dag! 900.000 kr 🎉", [(S, WIN, "Jysk", k(900000), T)]),
    ("Ringede til Lego i dag, de vender tilbage efter sommerferien", [(S, CALL, "Lego", None, T)]),
    ("Tabte Arla, de gik med en anden leverandør", [(L, LOSS, "Arla", None, T)]),
    ("Møde med Ørsted i fredags, lunken", [(S, MEETING, "Ørsted", None, aug(13))]),
    ("Krebsefest hos Vestas i lørdags 🦞", [(L, MEETING, "Vestas", None, aug(14))]),
    ("Novo Nordisk: ja! 2,5 mio", [(L, WIN, "Novo Nordisk", k(2500000), T)]),
    ("Skal mødes med Carlsberg i september", []),
    # en
    ("Back from hols: met Boots today, warm 👍", [(S, MEETING, "Boots", None, T)]),
    ("Quote out to Aviva £85k, chasing after the bank holiday", [(S, OFFER, "Aviva", k(85000), T)]),
    ("Bupa mtg booked for the Tue after bank holiday Monday", [(S, MEETING, "Bupa", None, T)]),
    ("Royal Mail signed yesterday! £60k", [(S, WIN, "Royal Mail", k(60000), aug(15))]),
    ("Lost Greggs in the end, they went with the incumbent", [(L, LOSS, "Greggs", None, T)]),
    ("Call with Tesco this morning, they want a demo this autumn", [(S, CALL, "Tesco", None, T)]),
    ("Hope Boots sign before the bank holiday", []),
    ("Crayfish party tonight with the team 🦞", []),
    ("Summer do at the office Friday, who's in?", []),
    ("Met Aviva on Friday, lukewarm", [(S, MEETING, "Aviva", None, aug(13))]),
    ("Tesco came back after the summer: they want a new quote", []),
    ("Won Bupa over the summer, £120k 🎉", [(L, WIN, "Bupa", k(120000), jul(12))]),
    ("Greetings from the cabin! Called Boots this morning", [(S, CALL, "Boots", None, T)]),
    ("Meeting with Greggs in September", []),  # a plan, no day (was asked as today's)
]  # fmt: skip

T = WEDNESDAY
ON_WEDNESDAY: list[tuple[str, list]] = [
    # nb
    ("Møte med Tine i går, nytt møte i september", [(S, MEETING, "Tine", None, aug(17))]),
    ("Tilbud sendt til Kiwi, nytt møte i januar", [(L, OFFER, "Kiwi", None, T)]),
    ("Tine 400k før fredag", []),
    ("Ringte Orkla, møte med Nordlys AS neste uke", [(L, CALL, "Orkla ASA", None, T)]),
    ("Tilbud til Elkjop sendt idag 1.250.000", [(S, OFFER, "Elkjøp", k(1250000), T)]),
    ("moete med hafslund igaar, gikk bra", [(S, MEETING, "Hafslund", None, aug(17))]),
    ("vant Posten!!! 210' 🎉", [(S, WIN, "Posten", k(210000), T)]),
    ("Orkla: tilbud sendt 17/8, kr 345 000", [(S, OFFER, "Orkla ASA", k(345000), aug(17))]),
    ("I går hadde jeg møte med Coop Norge, de er varme", [(S, MEETING, "Coop Norge", None, aug(17))]),
    ("Ringt Equinor 2 ganger i dag uten svar", [(L, CALL, "Equinor", None, date(2027, 8, 18))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    ("Tlf m/ DNB i dag, lunken", [(S, CALL, "DNB", None, T)]),
    ("Signert! Rema 1000, 2,4 MNOK 🍾", [(S, WIN, "Rema 1000", k(2400000), T)]),
    ("Equinor møte flyttet til neste uke", []),
    ("Møtet med Tine ble avlyst", []),
    ("Sendte revidert tilbud til Yara: 1,9 mill (var 2,1)", [(S, OFFER, "Yara", k(1900000), T)]),
    ("Hva sa Telenor om tilbudet?", []),
    # several customers' news in sentences: each asked, the weightiest first (file 9)
    ("Mandag: møte Kiwi. Tirsdag: tilbud Tine 150k", [(L, OFFER, "Tine", k(150000), aug(17)), (L, MEETING, "Kiwi", None, aug(16))]),
    ("Tine er tapt 😞", [(L, LOSS, "Tine", None, T)]),
    ("Skal ha møte med Equinor etter ferien", []),
    ("Ringde Volvo igår, het lead", [(S, CALL, "Volvo", None, aug(17))]),
    ("moete m/ Equinor i dag kl 9, bra", [(S, MEETING, "Equinor", None, T)]),
    ("Signerte Telenor i mandags, 1.4 mill", [(S, WIN, "Telenor", k(1400000), aug(16))]),
    ("Tilbud til Yara 2,1 MNOK sendt i går", [(S, OFFER, "Yara", k(2100000), aug(17))]),
    ("Vant Kiwi i dag, 95 000 kr 🍾", [(S, WIN, "Kiwi", k(95000), T)]),
    ("Tine ringte og sa ja, 220k 🎉", [(S, WIN, "Tine", k(220000), T)]),
    # sv
    ("Motte med Ikea igar, bra stamning", [(S, MEETING, "Ikea", None, aug(17))]),
    ("Offert till Axfood 650 000 kr skickad idag", [(S, OFFER, "Axfood", k(650000), T)]),
    ("Vann ICA! 1,1 Mkr", [(S, WIN, "ICA", k(1100000), T)]),
    ("Samtal med Securitas i måndags, het", [(S, CALL, "Securitas", None, aug(16))]),
    ("Scania har skrivit på!! 🎉", [(S, WIN, "Scania", None, T)]),  # closes its open offer
    ("Ringer Volvo i eftermiddag", [(L, CALL, "Volvo", None, T)]),  # now or later: asked
    ("Vi förlorade Ikea på pris tyvärr", [(L, LOSS, "Ikea", None, T)]),
    ("Skanska valde Peab till slut 😤", [(L, LOSS, "Skanska", None, T)]),
    # da
    ("Mode med Lego i gar, godt", [(S, MEETING, "Lego", None, aug(17))]),
    ("Tilbud til Salling Group sendt: kr. 1.250.000", [(S, OFFER, "Salling Group", k(1250000), T)]),
    ("Arla har underskrevet, 450 t.kr.", [(S, WIN, "Arla", k(450000), T)]),
    ("Opkald til Jysk i mandags, kold", [(S, CALL, "Jysk", None, aug(16))]),
    ("Vi har mistet Ørsted til en konkurrent", [(L, LOSS, "Ørsted", None, T)]),
    ("Husk mødet med Maersk i morgen kl 10", []),
    ("Ringede Maersk igår – ingen svarede", [(L, CALL, "Maersk", None, date(2027, 8, 17))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing)
    # en
    ("mtg w/ Aviva yday, v positive", [(S, MEETING, "Aviva", None, aug(17))]),
    ("Closed Greggs! £35,000 🙌", [(S, WIN, "Greggs", k(35000), T)]),
    ("Boots quote sent - £12.5k", [(S, OFFER, "Boots", k(12500), T)]),
    ("Tesco meeting moved to next Thurs", []),
    # session 24: no call counted; the next try is the lead's next step (a call planned)
    ("Called Securitas, no answer, will try again tmrw", [(L, CALL, "Securitas", None, date(2027, 8, 18))]),  # mendG31 (the lead, session 31): an unanswered call is asked as a call (was nothing); the try again its next step
    ("Proposal to Bupa went out Monday, £90k", [(S, OFFER, "Bupa", k(90000), aug(16))]),
    ("Lost Aviva on price 😢", [(L, LOSS, "Aviva", None, T)]),
    ("Does anyone have a contact at Royal Mail?", []),
    ("Presenting to the Tesco board tomorrow, fingers crossed 🤞", []),
    ("Had a great lunch with Boots yesterday, mostly about their holiday", [(L, MEETING, "Boots", None, aug(17))]),
    ("Spoke to Bupa yesterday about renewal, warm", [(L, CALL, "Bupa", None, aug(17))]),  # session 21: talking with a customer, the phone not named, is asked (was sure)
    ("Quote to Tesco £40k sent Monday", [(S, OFFER, "Tesco", k(40000), aug(16))]),
]  # fmt: skip


@pytest.mark.parametrize("row", ON_MONDAY, ids=[r[0][:50] for r in ON_MONDAY])
def test_fresh_messages_after_the_summer(row: tuple) -> None:
    check_message(row, MONDAY, KNOWN, OPEN_OFFERS)


@pytest.mark.parametrize("row", ON_WEDNESDAY, ids=[r[0][:50] for r in ON_WEDNESDAY])
def test_fresh_messages_midweek(row: tuple) -> None:
    check_message(row, WEDNESDAY, KNOWN, OPEN_OFFERS)
