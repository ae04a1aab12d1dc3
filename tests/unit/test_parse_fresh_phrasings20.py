"""Fresh command texts written in session 20 (as sellers type them on a phone over Christmas, New
Year and Easter, in four languages: a name's own number beside an amount per period, with a
term, revised, won or lost ("Rema 1000 kr 250 000 pr år i 3 år"), the thousands mark a phone
types (350′, 350ʼ, 350´, 350’), every local amount form, eks. mva, local dates and the season's
words (i romjula, mellandagarna, nyttårsaften, trettondagen, uke 53, i fjor, før jul,
skjærtorsdag, 2. påskedag), temperatures, next steps, notes after "--" and without, loss
reasons, and names holding ordinary words, numbers and holidays ("Romjul Reiser AS", "Nytår
Event ApS", "Trettondagen Bygg AB"), for the command parser the rules were not designed on.
Two days: Friday 2027-01-08 (ISO week 1, after week 53 of 2026; romjul 28-31 Dec 2026,
Epiphany Wed 6 Jan) and Thursday 2027-04-01 (ISO week 13; skjærtorsdag 25 Mar, langfredag 26
Mar, 2. påskedag 29 Mar). Each row is what a careful colleague reads; what a colleague would
ask is `unread` (shown to the seller, never dropped nor glued to a name), or refused with the
code that says what to write."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key
from tests.unit.fresh_phrasings import KINDS, KRONE, check_command

JAN_2027 = date(2027, 1, 8)  # a Friday, ISO week 1, after week 53 and Epiphany
APR_2027 = date(2027, 4, 1)  # a Thursday, ISO week 13, after Easter
KNOWN = {
    customer_key(name)
    for name in (
        "Equinor ASA", "Telenor", "DNB", "Kiwi", "Orkla ASA", "Tine", "Volvo", "Ikea", "Scania",
        "Maersk", "Carlsberg", "Novo Nordisk", "Tesco", "Aviva", "Boots", "Arla", "Vestas",
        "Ericsson", "Lego", "Elkjøp", "Coop",
    )
}  # fmt: skip


def d(day: int, month: int, year: int = 2027) -> date:
    return date(year, month, day)


M = Decimal

# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
JAN_8: list[tuple[str, str, str, dict]] = [
    # a new name's own number beside an amount, whatever follows the amount (the one rule)
    ("offer", "nb", "Rema 1000 kr 250 000 pr år i 3 år", {"customer": "Rema 1000", "amount": M(750000), "unread": "kr 250 000 pr år i 3 år"}),
    ("offer", "nb", "Rema 1000 250k pr år i 3 år", {"customer": "Rema 1000", "amount": M(750000), "unread": "250k pr år i 3 år"}),
    ("offer", "nb", "Rema 1000 kr 20 000 pr. mnd", {"customer": "Rema 1000", "amount": M(20000), "unread": "pr. mnd"}),
    ("offer", "nb", "Rema 1000 20 000 kr per måned i 12 mnd", {"customer": "Rema 1000", "amount": M(240000), "unread": "20 000 kr per måned i 12 mnd"}),
    ("offer", "nb", "Rema 1000 NOK 250 000 per år", {"customer": "Rema 1000", "amount": M(250000), "currency": "NOK", "note": "per år"}),
    ("offer", "nb", "Rema 1000 kr. 250.000,- pr år", {"customer": "Rema 1000", "amount": M(250000), "note": "pr år"}),
    ("offer", "nb", "Rema 1000 kr 250 000 årlig", {"customer": "Rema 1000", "amount": M(250000), "note": "årlig"}),
    ("offer", "nb", "Rema 1000 kr 250 000 i året", {"customer": "Rema 1000", "amount": M(250000), "note": "i året"}),
    ("offer", "nb", "Rema 1000 kr 250 000 eks mva pr år", {"customer": "Rema 1000", "amount": M(250000), "note": "pr år"}),
    ("offer", "nb", "Rema 1000 kr 250 000 revidert tilbud", {"customer": "Rema 1000", "amount": M(250000), "note": "revidert tilbud", "unread": None}),
    ("offer", "nb", "Rema 1000 kr 250 000 og 300 000 hhv", {"customer": "Rema 1000", "amount": M(250000), "unread": "og 300 000 hhv"}),
    ("offer", "nb", "Rema 1000 250′ per år", {"customer": "Rema 1000", "amount": M(250000), "note": "per år"}),
    ("offer", "nb", "Studio 54 kr 250 000 pr år", {"customer": "Studio 54", "amount": M(250000), "note": "pr år"}),
    ("offer", "nb", "Studio 54 kr 85 000 eks mva pr år", {"customer": "Studio 54", "amount": M(85000), "note": "pr år"}),
    ("offer", "nb", "Unit4 2000 kr 250 000 pr år", {"customer": "Unit4 2000", "amount": M(250000), "note": "pr år"}),
    ("offer", "nb", "7-Eleven kr 30 000 i måneden", {"customer": "7-Eleven", "amount": M(30000), "unread": "i måneden"}),
    ("offer", "nb", "3M 1,5 mill pr år, 3-årig avtale", {"customer": "3M", "amount": M(4500000), "unread": "1,5 mill pr år, 3-årig avtale"}),
    ("offer", "nb", "Bygg 2000 AS kr 400 000 i romjula", {"customer": "Bygg 2000 AS", "when": JAN_2027, "amount": M(400000), "unread": "i romjula"}),
    ("offer", "nb", "Equinor 2000 lisenser 250k pr år", {"customer": "Equinor", "amount": M(250000), "unread": "2000 lisenser pr år"}),
    ("win", "nb", "Rema 1000 kr 780 000 pr år", {"customer": "Rema 1000", "amount": M(780000), "note": "pr år"}),
    ("offer", "nb", "Kiwi 550 kr 250 000 pr år", {"customer": "Kiwi", "amount": M(250000), "unread": "550 pr år"}),
    ("offer", "nb", "Kiwi 550 250k", {"customer": "Kiwi", "amount": M(250000), "unread": "550"}),
    ("offer", "nb", "Tine 20k/mnd x 12", {"customer": "Tine", "amount": M(240000), "unread": "20k/mnd x 12"}),
    ("offer", "nb", "Rema 1000 kr 20 000/mnd x 12", {"customer": "Rema 1000", "amount": M(240000), "unread": "kr 20 000/mnd x 12"}),
    ("offer", "nb", "Tine 1000 kr pr mnd", {"customer": "Tine", "amount": M(1000), "unread": "pr mnd"}),
    ("win", "nb", "Rema 1000 kr 250 000 margin 20% pr år", {"customer": "Rema 1000", "amount": M(250000), "note": "pr år"}),
    ("win", "nb", "Rema 1000 780′", {"customer": "Rema 1000", "amount": M(780000), "unread": None}),
    ("win", "nb", "Studio 54 kr 150 000", {"customer": "Studio 54", "amount": M(150000)}),
    ("lost", "nb", "Rema 1000 kr 250 000 pris", {"customer": "Rema 1000", "note": "kr 250 000 pris"}),
    ("lost", "nb", "Rema 1000 for dyrt", {"customer": "Rema 1000", "note": "for dyrt"}),
    ("lost", "nb", "7-Eleven valgte en annen leverandør", {"customer": "7-Eleven", "note": "valgte en annen leverandør"}),
    # every local amount form; a phone's thousands mark
    ("offer", "nb", "Tine 45′ pr mnd", {"customer": "Tine", "amount": M(45000), "unread": "pr mnd"}),
    ("offer", "nb", "Tine 350ʼ", {"customer": "Tine", "amount": M(350000), "unread": None}),
    ("offer", "nb", "Tine kr 350′", {"customer": "Tine", "amount": M(350000), "currency": "NOK"}),
    ("offer", "nb", "Tine 350´", {"customer": "Tine", "amount": M(350000)}),
    ("offer", "nb", "Tine kr 45 000 pr mnd i 24 mnd eks. mva", {"customer": "Tine", "amount": M(1080000), "unread": "kr 45 000 pr mnd i 24 mnd eks. mva"}),
    ("offer", "nb", "Tine 45.000,- pr. mnd. i 2 år", {"customer": "Tine", "amount": M(1080000), "unread": "45.000,- pr. mnd. i 2 år"}),
    ("offer", "nb", "Tine 540 000,- ekskl. mva", {"customer": "Tine", "amount": M(540000), "unread": None}),
    ("offer", "nb", "Tine kr 540.000,- + mva", {"customer": "Tine", "amount": M(540000), "currency": "NOK", "unread": None}),
    ("offer", "nb", "Tine tilbu 300k i uke 53", {"customer": "Tine", "when": d(28, 12, 2026), "amount": M(300000), "unread": None}),
    ("offer", "sv", "Volvo 1,2 mkr exkl. moms", {"customer": "Volvo", "amount": M(1200000), "currency": "SEK"}),
    ("offer", "sv", "Volvo 120 tkr/mån i 3 år", {"customer": "Volvo", "amount": M(4320000), "unread": "120 tkr/mån i 3 år"}),
    ("offer", "sv", "Volvo 1 200 000:- i mellandagarna", {"customer": "Volvo", "when": JAN_2027, "amount": M(1200000), "unread": "i mellandagarna"}),
    ("offer", "da", "Carlsberg 850.000 kr. ekskl. moms", {"customer": "Carlsberg", "amount": M(850000), "currency": "DKK"}),
    ("offer", "da", "Carlsberg 85.000 kr./md. i 24 mdr.", {"customer": "Carlsberg", "amount": M(2040000), "unread": "85.000 kr./md. i 24 mdr."}),
    ("offer", "da", "Carlsberg 1,1 mio. DKK 2. juledag", {"customer": "Carlsberg", "when": d(26, 12, 2026), "amount": M(1100000)}),
    ("offer", "en", "Tesco £45k p.a. over 3 years", {"customer": "Tesco", "amount": M(135000), "currency": "GBP", "unread": "£45k p.a. over 3 years"}),
    ("offer", "en", "Tesco £120k ex VAT on NYE", {"customer": "Tesco", "when": d(31, 12, 2026), "amount": M(120000)}),
    # the season's words and names holding them
    ("offer", "da", "Nytår Event ApS 95.000 kr i går", {"customer": "Nytår Event ApS", "when": d(7, 1), "amount": M(95000)}),
    ("offer", "sv", "Trettondagen Bygg AB 340 tkr trettondagen", {"customer": "Trettondagen Bygg AB", "when": d(6, 1), "amount": M(340000)}),
    ("offer", "nb", "Romjul Reiser AS 180k", {"customer": "Romjul Reiser AS", "amount": M(180000)}),
    ("offer", "nb", "Julebord Catering AS 75k før jul", {"customer": "Julebord Catering AS", "amount": M(75000), "unread": "før jul"}),
    ("offer", "nb", "Nyttårsaften Fest AS 60k", {"customer": "Nyttårsaften Fest AS", "amount": M(60000)}),
    ("offer", "nb", "Tine 300k i fjor", {"customer": "Tine", "amount": M(300000), "unread": "i fjor"}),
    ("offer", "nb", "Tine 300k nyttårsaften -- revidert etter møtet", {"customer": "Tine", "when": d(31, 12, 2026), "note": "revidert etter møtet"}),
    ("win", "nb", "Tine 1,2 mill i romjula, margin 22%", {"customer": "Tine", "when": JAN_2027, "amount": M(1200000), "unread": "i romjula"}),
    ("win", "nb", "Tine kr 1 200 000 pr år i 2 år", {"customer": "Tine", "amount": M(2400000), "unread": "kr 1 200 000 pr år i 2 år"}),
    ("win", "sv", "Volvo 2,4 MSEK trettondagen", {"customer": "Volvo", "when": d(6, 1), "amount": M(2400000), "currency": "SEK"}),
    ("win", "sv", "Volvo 2,4 msek, oppstart i februari", {"customer": "Volvo", "amount": M(2400000), "note": "oppstart i februari"}),
    ("win", "da", "Carlsberg 1,1 mio nytårsaften", {"customer": "Carlsberg", "when": d(31, 12, 2026), "amount": M(1100000)}),
    ("win", "da", "Nytår Event ApS 95 t.kr. 2. juledag", {"customer": "Nytår Event ApS", "when": d(26, 12, 2026), "amount": M(95000)}),
    ("win", "en", "Tesco £250k on NYE", {"customer": "Tesco", "when": d(31, 12, 2026), "amount": M(250000)}),
    ("win", "en", "Tesco £20k/month for 2 years", {"customer": "Tesco", "amount": M(480000), "unread": "£20k/month for 2 years"}),
    ("lost", "nb", "Tine nyttårsaften, pris", {"customer": "Tine", "when": d(31, 12, 2026), "note": "pris"}),
    ("lost", "sv", "Volvo i mellandagarna – för dyrt", {"customer": "Volvo", "when": d(28, 12, 2026), "note": "för dyrt"}),
    ("lost", "en", "Tesco lost on price, NYE", {"customer": "Tesco", "when": d(31, 12, 2026), "note": "lost on price"}),
    ("lost", "nb", "Romjul Reiser AS budsjettet kuttet", {"customer": "Romjul Reiser AS", "note": "budsjettet kuttet"}),
    ("lost", "nb", "Tine budsjett kuttet i fjor", {"customer": "Tine", "note": "budsjett kuttet i fjor"}),
    ("lost", "da", "Nytår Event ApS i går -- de valgte konkurrenten", {"customer": "Nytår Event ApS", "when": d(7, 1), "note": "de valgte konkurrenten"}),
    ("meeting", "nb", "Tine i romjula, varm", {"customer": "Tine", "when": JAN_2027, "temp": "warm", "unread": "i romjula"}),
    ("meeting", "nb", "Tine nyttårsaften, varm, neste møte 12.1", {"customer": "Tine", "when": d(31, 12, 2026), "temp": "warm", "next": ("møte", d(12, 1))}),
    ("meeting", "nb", "Tine trettondagen, het", {"customer": "Tine", "when": d(6, 1), "temp": "hot"}),
    ("meeting", "nb", "Tine i uke 53, kald", {"customer": "Tine", "when": d(28, 12, 2026), "temp": "cold"}),
    ("meeting", "nb", "Tine onsdag i uke 53", {"customer": "Tine", "when": d(30, 12, 2026)}),
    ("meeting", "nb", "Tine i går - varm - neste møte tirsdag", {"customer": "Tine", "when": d(7, 1), "temp": "warm", "next": ("møte", d(12, 1))}),
    ("meeting", "nb", "Tine før jul", {"customer": "Tine", "unread": "før jul"}),
    ("meeting", "nb", "Tine i fjor", {"customer": "Tine", "unread": "i fjor"}),
    ("meeting", "sv", "Volvo trettondagen, het, nästa möte v 3", {"customer": "Volvo", "when": d(6, 1), "temp": "hot", "next": ("möte", d(22, 1))}),
    ("meeting", "sv", "Volvo i mellandagarna, varm -- pratade om budget", {"customer": "Volvo", "when": JAN_2027, "temp": "warm", "note": "pratade om budget", "unread": "i mellandagarna"}),
    ("meeting", "sv", "Volvo i mellandagarna, ljummen", {"customer": "Volvo", "when": JAN_2027, "unread": "ljummen i mellandagarna"}),
    ("meeting", "da", "Carlsberg 2. juledag, hed, næste møde uge 2", {"customer": "Carlsberg", "when": d(26, 12, 2026), "temp": "hot", "next": ("møde", d(15, 1))}),
    ("meeting", "da", "Carlsberg mellem jul og nytår, lunken", {"customer": "Carlsberg", "when": JAN_2027, "unread": "lunken mellem jul og nytår"}),
    ("meeting", "en", "Tesco on NYE, warm, next mtg Jan 14", {"customer": "Tesco", "when": d(31, 12, 2026), "temp": "warm", "next": ("meeting", d(14, 1))}),
    ("meeting", "en", "Tesco Boxing Day, hot, follow up next week", {"customer": "Tesco", "when": d(26, 12, 2026), "temp": "hot", "next": ("follow up", d(15, 1))}),
    ("meeting", "nb", "Julebord Catering AS i går, varm", {"customer": "Julebord Catering AS", "when": d(7, 1), "temp": "warm"}),
    ("meeting", "nb", "Mtoe Tine i går", {"customer": "Tine", "when": d(7, 1)}),
    ("meeting", "nb", "Tine 24/7, varm", {"customer": "Tine", "when": d(24, 7, 2026), "temp": "warm"}),
    ("meeting", "nb", "Tine i gar, het", {"customer": "Tine", "when": d(7, 1), "temp": "hot"}),
    ("call", "nb", "Tine idag, varm", {"customer": "Tine", "temp": "warm"}),
    # a time said before the name: the name, and the time asked
    ("meeting", "nb", "før jul Tine", {"customer": "Tine", "unread": "før jul"}),
    ("meeting", "nb", "etter jul Tine, varm", {"customer": "Tine", "temp": "warm", "unread": "etter jul"}),
    ("win", "en", "before Xmas Tesco £60k", {"customer": "Tesco", "amount": M(60000), "unread": "before Xmas"}),
    ("meeting", "sv", "innan jul Volvo, varm", {"customer": "Volvo", "temp": "warm", "unread": "innan jul"}),
    ("meeting", "nb", "julebord med Coop i går, varm", {"customer": "Coop", "when": d(7, 1), "temp": "warm", "unread": "julebord med"}),
    ("meeting", "da", "nytårskur med Nytår Event ApS i går", {"customer": "Nytår Event ApS", "when": d(7, 1), "unread": "nytårskur med"}),
    # a weekday inside the romjul, a next step on a day gone, a revised price
    ("meeting", "nb", "Tine tirsdag i romjula, varm", {"customer": "Tine", "when": d(29, 12, 2026), "temp": "warm", "unread": None}),
    ("meeting", "sv", "Volvo onsdag i mellandagarna", {"customer": "Volvo", "when": d(30, 12, 2026), "unread": None}),
    ("meeting", "en", "Boots Tuesday between Christmas and New Year", {"customer": "Boots", "when": d(29, 12, 2026), "unread": None}),
    ("meeting", "nb", "Tine i går, varm, neste møte 28.12.", {"customer": "Tine", "when": d(7, 1), "temp": "warm", "next": None, "unread": "neste møte 28.12."}),
    ("offer", "en", "Tesco £40k revised pricing", {"customer": "Tesco", "amount": M(40000), "note": "revised pricing", "unread": None}),
    ("meeting", "da", "Lego helligtrekonger, varm", {"customer": "Lego", "when": d(6, 1), "temp": "warm", "unread": None}),
    ("call", "nb", "Tine uke 53, kald", {"customer": "Tine", "when": d(28, 12, 2026), "temp": "cold"}),
    ("call", "nb", "Romjul Reiser AS i går, varm", {"customer": "Romjul Reiser AS", "when": d(7, 1), "temp": "warm"}),
    ("call", "sv", "Volvo trettondagsafton", {"customer": "Volvo", "when": d(5, 1), "unread": None}),
    ("call", "sv", "Trettondagen Bygg AB igår, varm", {"customer": "Trettondagen Bygg AB", "when": d(7, 1), "temp": "warm"}),
    ("call", "da", "Carlsberg nytårsaftensdag", {"customer": "Carlsberg", "when": d(31, 12, 2026), "unread": None}),
    ("call", "da", "Carlsberg juleaftensdag, kold", {"customer": "Carlsberg", "when": d(24, 12, 2026), "temp": "cold", "unread": None}),
    ("call", "en", "Tesco NYD, warm", {"customer": "Tesco", "when": d(1, 1), "temp": "warm"}),
    ("call", "en", "Tesco yday -- voicemail", {"customer": "Tesco", "when": d(7, 1), "note": "voicemail"}),
    ("call", "nb", "Tine 15 min i går, varm", {"customer": "Tine", "when": d(7, 1), "temp": "warm", "note": "15 min"}),
]  # fmt: skip

APR_1: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Tine skjærtorsdag, varm", {"customer": "Tine", "when": d(25, 3), "temp": "warm"}),
    ("meeting", "nb", "Tine langfredag", {"customer": "Tine", "when": d(26, 3)}),
    ("meeting", "nb", "Tine 2. påskedag, kald", {"customer": "Tine", "when": d(29, 3), "temp": "cold"}),
    ("meeting", "nb", "Tine påskemandag", {"customer": "Tine", "when": d(29, 3), "unread": None}),
    ("meeting", "sv", "Volvo påskmåndag, varm", {"customer": "Volvo", "when": d(29, 3), "temp": "warm", "unread": None}),
    ("meeting", "nb", "Tine onsdag før påske, varm", {"customer": "Tine", "when": d(24, 3), "temp": "warm"}),
    ("meeting", "nb", "Tine før påske", {"customer": "Tine", "unread": "før påske"}),
    ("meeting", "nb", "Tine etter påske, varm", {"customer": "Tine", "temp": "warm", "unread": "etter påske"}),
    ("meeting", "sv", "Volvo skärtorsdagen, varm", {"customer": "Volvo", "when": d(25, 3), "temp": "warm"}),
    ("meeting", "sv", "Volvo annandag påsk, het", {"customer": "Volvo", "when": d(29, 3), "temp": "hot"}),
    ("meeting", "da", "Carlsberg anden påskedag, hed", {"customer": "Carlsberg", "when": d(29, 3), "temp": "hot"}),
    ("meeting", "en", "Tesco Maundy Thursday, warm", {"customer": "Tesco", "when": d(25, 3), "temp": "warm"}),
    ("meeting", "en", "Tesco Easter Monday, hot", {"customer": "Tesco", "when": d(29, 3), "temp": "hot"}),
    ("meeting", "nb", "Tine i går, varm, neste møte etter påske", {"customer": "Tine", "when": d(31, 3), "temp": "warm", "unread": "neste møte etter påske"}),
    ("meeting", "nb", "Tine i går, varm, nytt møte 8. april", {"customer": "Tine", "when": d(31, 3), "temp": "warm", "next": ("møte", d(8, 4))}),
    ("meeting", "nb", "Påske Reiser AS skjærtorsdag, varm", {"customer": "Påske Reiser AS", "when": d(25, 3), "temp": "warm"}),
    ("meeting", "en", "Easter Tours Ltd Good Friday", {"customer": "Easter Tours Ltd", "when": d(26, 3)}),
    ("meeting", "nb", "Langfredag Bygg AS i går", {"customer": "Langfredag Bygg AS", "when": d(31, 3)}),
    ("offer", "nb", "Tine 1,2 mill før påske", {"customer": "Tine", "amount": M(1200000), "unread": "før påske"}),
    ("offer", "nb", "Tine kr 85 000 pr. mnd i 3 år, 2. påskedag", {"customer": "Tine", "when": d(29, 3), "amount": M(3060000), "unread": "kr 85 000 pr. mnd i 3 år"}),
    ("offer", "sv", "Volvo 45 tkr/mån, 36 mån", {"customer": "Volvo", "amount": M(1620000), "unread": "45 tkr/mån, 36 mån"}),
    ("offer", "da", "Carlsberg 1,2 mio. kr. eksl. moms 2. påskedag", {"customer": "Carlsberg", "when": d(29, 3), "amount": M(1200000), "currency": "DKK"}),
    ("offer", "en", "Tesco £5k pcm over 24 months", {"customer": "Tesco", "amount": M(120000), "unread": "£5k pcm over 24 months"}),
    ("offer", "nb", "Rema 1000 kr 250 000 pr år i 3 år skjærtorsdag", {"customer": "Rema 1000", "when": d(25, 3), "amount": M(750000), "unread": "kr 250 000 pr år i 3 år"}),
    ("offer", "nb", "Rema 1000 kr 250 000, gyldig til 30.4.", {"customer": "Rema 1000", "amount": M(250000), "note": "gyldig til 30.4."}),
    ("offer", "nb", "Studio 54 kr 250 000 pr år i 3 år", {"customer": "Studio 54", "amount": M(750000), "unread": "kr 250 000 pr år i 3 år"}),
    ("win", "nb", "Tine 1,2 mill 2. påskedag, margin 18 %", {"customer": "Tine", "when": d(29, 3), "amount": M(1200000)}),
    ("win", "sv", "Volvo 2,2 msek långfredag", {"customer": "Volvo", "when": d(26, 3), "amount": M(2200000), "currency": "SEK"}),
    ("win", "da", "Carlsberg 900.000,- 2. påskedag", {"customer": "Carlsberg", "when": d(29, 3), "amount": M(900000)}),
    ("win", "en", "Tesco £80k on Easter Monday", {"customer": "Tesco", "when": d(29, 3), "amount": M(80000), "currency": "GBP"}),
    ("win", "nb", "Rema 1000 250k pr år i 3 år", {"customer": "Rema 1000", "amount": M(750000), "unread": "250k pr år i 3 år"}),
    ("win", "nb", "Bygg 2000 AS kr 400 000 i går", {"customer": "Bygg 2000 AS", "when": d(31, 3), "amount": M(400000)}),
    ("win", "nb", "7-Eleven 1,1 mill i går", {"customer": "7-Eleven", "when": d(31, 3), "amount": M(1100000)}),
    ("lost", "nb", "Tine før påske -- for dyrt", {"customer": "Tine", "note": "for dyrt", "unread": "før påske"}),
    ("lost", "nb", "Tine over påske, valgte Visma", {"customer": "Tine", "note": "valgte Visma", "unread": "over påske"}),
    ("lost", "nb", "Tine skjærtorsdag, pris", {"customer": "Tine", "when": d(25, 3), "note": "pris"}),
    ("lost", "sv", "Volvo långfredagen, valde annan leverantör", {"customer": "Volvo", "when": d(26, 3), "note": "valde annan leverantör"}),
    ("lost", "da", "Carlsberg 2. påskedag – for dyrt", {"customer": "Carlsberg", "when": d(29, 3), "note": "for dyrt"}),
    ("lost", "en", "Tesco Easter Monday, went with a competitor", {"customer": "Tesco", "when": d(29, 3), "note": "went with a competitor"}),
    ("lost", "nb", "Rema 1000 2. påskedag, pris", {"customer": "Rema 1000", "when": d(29, 3), "note": "pris"}),
    ("lost", "nb", "Studio 54 i går -- for dyrt", {"customer": "Studio 54", "when": d(31, 3), "note": "for dyrt"}),
    ("call", "sv", "Volvo i går -- röstbrevlåda", {"customer": "Volvo", "when": d(31, 3), "note": "röstbrevlåda"}),
    ("call", "da", "Carlsberg i går, lunken", {"customer": "Carlsberg", "when": d(31, 3), "unread": "lunken"}),
    ("call", "en", "Tesco Maundy Thurs, warm", {"customer": "Tesco", "when": d(25, 3), "temp": "warm"}),
    ("call", "nb", "Tine i dag kl 9, het, neste: tilbud fredag", {"customer": "Tine", "temp": "hot", "next": ("tilbud", d(2, 4))}),
    ("meeting", "nb", "Volvo mtøe i går", {"customer": "Volvo", "when": d(31, 3), "unread": None}),
    ("meeting", "nb", "Tine 2. påskedag 2028", {"customer": "Tine", "when": d(29, 3), "unread": "2028"}),
]  # fmt: skip

REFUSED: list[tuple[str, str, str, date, str]] = [
    # a small bare number is no deal's amount, read from either end
    ("win", "nb", "Tine 1,2 milll", JAN_2027, "unclear_amount"),
    ("win", "nb", "Tine 1,2 mill′", JAN_2027, "unclear_amount"),
    ("offer", "nb", "Tine 2,5 i går", JAN_2027, "unclear_amount"),
    # a name's own number with no amount beside it: which is it?
    ("win", "nb", "Rema 1000", JAN_2027, "name_or_amount"),
    # a new name's words that are also a day: "24/7" around the clock, or 24 July?
    ("offer", "nb", "Adecco 24/7 kr 250 000", JAN_2027, "name_or_day"),
    ("meeting", "en", "Adecco 24/7", JAN_2027, "name_or_day"),
    # a time of year, or a reason, and no customer at all
    ("win", "en", "signed before Xmas 🎄 £60k", JAN_2027, "not_a_customer"),
    ("lost", "sv", "budgeten frös 🥶", JAN_2027, "not_a_customer"),
    ("lost", "nb", "budsjettet ble kuttet", JAN_2027, "not_a_customer"),
    ("win", "nb", "🎆 Godt nytt år og 3 mill i boks!", JAN_2027, "not_a_customer"),
    ("win", "en", "Happy New Year! £40k", JAN_2027, "not_a_customer"),
    # a day ahead of a done record
    ("meeting", "nb", "Tine 8. april", APR_2027, "date_in_future"),
]


@pytest.mark.parametrize("row", JAN_8, ids=[f"{r[0]} {r[2]}"[:50] for r in JAN_8])
def test_fresh_commands_after_new_year(row: tuple) -> None:
    check_command(row, JAN_2027, KNOWN)


@pytest.mark.parametrize("row", APR_1, ids=[f"{r[0]} {r[2]}"[:50] for r in APR_1])
def test_fresh_commands_after_easter(row: tuple) -> None:
    check_command(row, APR_2027, KNOWN)


@pytest.mark.parametrize(("kind", "lang", "text", "today", "code"), REFUSED)
def test_what_cannot_be_stored_as_read_is_refused(
    kind: str, lang: str, text: str, today: date, code: str
) -> None:
    with pytest.raises(UserError) as refused:
        parse_log_command(KINDS[kind], text, today=today, krone=KRONE[lang], known_customers=KNOWN)
    assert refused.value.code == code


def test_the_session_wrote_eighty_texts_or_more_in_four_languages() -> None:
    rows = [*JAN_8, *APR_1, *((k, lang, t, {}) for k, lang, t, _, _ in REFUSED)]
    assert len(rows) >= 80
    assert {lang for _, lang, _, _ in rows} == {"nb", "sv", "da", "en"}
    assert {kind for kind, _, _, _ in rows} == set(KINDS)
