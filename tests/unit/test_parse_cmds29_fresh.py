"""Fresh command texts written in session 28 (heldcmd28) after commands_holdout27.yaml, in four
languages, as sellers type them on Tuesday 2 May 2028 (ISO week 18), the day after 1 May (a holiday
in Norway and Sweden, the UK's early May bank holiday, a working day in Denmark): work said on the
holiday ("1. mai", "i mandags") and on Valborg's Sunday ("i förrgår") stored as said; next steps
set around the spring's holidays ("efter Grundlovsdag": asked; "før Kristi himmelfart", "innan
Kristi himmelsfärdsdag", "before the bank holiday": by the last working day before it since session
66, as "før jul" is; "dagen etter 17. mai", "the day after the bank
holiday": that day); names holding a holiday, a step or a month word ("Valborg Fastigheter",
"Pinse Eiendom AS", "Første Maj", "Næste Skridt ApS", "May Day Media", "Next" the retailer);
"t.kr." / "tkr." / "mkr." / "mio. kr." before a day.
Each row is what a careful colleague reads; what a colleague would ask is `unread`. The rows
marked "was:" were read wrong before this session."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import check_command

TUESDAY = date(2028, 5, 2)  # ISO week 18 of 2028, the day after 1 May
M = Decimal


def d(day: int, month: int = 5) -> date:
    return date(2028, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
ROWS: list[tuple[str, str, str, dict]] = [
    # Norwegian
    ("meeting","nb","Kongsberg Gruppen i mandags, varm, neste møte tirsdag neste uke", {"customer":"Kongsberg Gruppen","when":d(1),"temp":"warm","next":("møte",d(9))}),
    ("call","nb","Elkjøp 1. mai, kald", {"customer":"Elkjøp","when":d(1),"temp":"cold"}),
    ("offer","nb","Hydro 2,2 MNOK 27/4, gjelder til 15/5", {"customer":"Hydro","when":d(27,4),"amount":M(2200000),"currency":"NOK","note":"gjelder til 15/5"}),
    ("win","nb","Mai Invest AS 300k i går", {"customer":"Mai Invest AS","when":d(1),"amount":M(300000)}),
    ("meeting","nb","Tine i dag, varm, neste møte før pinse", {"customer":"Tine","temp":"warm","next":None,"unread":"neste møte før pinse"}),
    # was: the step 'ringer igjen 3.5.' due 17 May (the day after told from today)
    ("call","nb","Bama i dag, het, ringer igjen dagen etter 17. mai", {"customer":"Bama","temp":"hot","next":("ringer igjen",d(18))}),
    ("lost","nb","Orkla 28/4, valgte konkurrent pga pris", {"customer":"Orkla","when":d(28,4),"note":"valgte konkurrent pga pris"}),
    ("offer","nb","Schibsted 450 000 kr. 26.4., revidert etter møtet", {"customer":"Schibsted","when":d(26,4),"amount":M(450000),"currency":"NOK","note":"revidert etter møtet"}),
    # was: refused, no customer (the name read as the word 'next')
    ("call","nb","Neste i går, varm", {"customer":"Neste","when":d(1),"temp":"warm"}),
    ("meeting","nb","Aker Solutions 1. mai, varm, neste møte 9. mai", {"customer":"Aker Solutions","when":d(1),"temp":"warm","next":("møte",d(9))}),
    ("offer","nb","Equinor kr 2 400 000,- i forgårs", {"customer":"Equinor","when":d(30,4),"amount":M(2400000),"currency":"NOK"}),
    ("win","nb","Pinse Eiendom AS 1,1 mill 28.4.", {"customer":"Pinse Eiendom AS","when":d(28,4),"amount":M(1100000)}),
    ("call","nb","Norgesgruppen i dag, varm, følger opp etter pinse", {"customer":"Norgesgruppen","temp":"warm","next":None,"unread":"følger opp etter pinse"}),
    ("meeting","nb","Storebrand i går kveld, varm", {"customer":"Storebrand","when":d(1),"temp":"warm"}),
    # was: a customer 'Telenor 650' at 28 400 NOK today ('t.kr. 28.4' the amount)
    ("offer","nb","Telenor 650 t.kr. 28.4., gyldig 30 dager", {"customer":"Telenor","when":d(28,4),"amount":M(650000),"note":"gyldig 30 dager"}),
    ("lost","nb","Ruter forrige uke, de valgte å vente til høsten", {"customer":"Ruter","when":d(24,4),"note":"de valgte å vente til høsten"}),
    # Swedish
    ("meeting","sv","Husqvarna i måndags, varm, nästa möte 9/5", {"customer":"Husqvarna","when":d(1),"temp":"warm","next":("möte",d(9))}),
    # was: a customer 'Fastigheter' called on Valborg, 'i förrgår' asked
    ("call","sv","Valborg Fastigheter i förrgår, ljummen", {"customer":"Valborg Fastigheter","when":d(30,4),"unread":"ljummen"}),
    ("offer","sv","Sandvik 780 tkr. 28.4., gäller till 31/5", {"customer":"Sandvik","when":d(28,4),"amount":M(780000),"currency":"SEK","note":"gäller till 31/5"}),
    ("win","sv","Assa Abloy 1,3 mkr i fredags 🎉", {"customer":"Assa Abloy","when":d(28,4),"amount":M(1300000),"currency":"SEK"}),
    # was: the step due ON Ascension Day, Thu 25 May
    ("call","sv","Telia idag, varm, ringer igen innan Kristi himmelsfärdsdag", {"customer":"Telia","temp":"warm","next":("ringer igen",d(24)),"unread":None}),
    ("lost","sv","Electrolux v. 17, valde en annan leverantör", {"customer":"Electrolux","when":d(24,4),"note":"valde en annan leverantör"}),
    ("meeting","sv","Nästa Steg AB igår, varm", {"customer":"Nästa Steg AB","when":d(1),"temp":"warm"}),
    ("call","sv","Ericsson idag, kall, följer upp efter pingst", {"customer":"Ericsson","temp":"cold","next":None,"unread":"följer upp efter pingst"}),
    ("offer","sv","Volvo Cars 2,4 mkr. 27.4.", {"customer":"Volvo Cars","when":d(27,4),"amount":M(2400000),"currency":"SEK"}),
    # was: a step 'möte 29.4.' due 25 May
    ("meeting","sv","Scania i fredags, het, nästa möte dagen efter Kristi himmelsfärd", {"customer":"Scania","when":d(28,4),"temp":"hot","next":("möte",d(26))}),
    ("win","sv","Första Maj Bygg AB 400 tkr igår", {"customer":"Första Maj Bygg AB","when":d(1),"amount":M(400000),"currency":"SEK"}),
    ("call","sv","SKF idag, varm, ringer igen före midsommar", {"customer":"SKF","temp":"warm","next":None,"unread":"ringer igen före midsommar"}),
    ("lost","sv","Boliden i fredags - valde Atea", {"customer":"Boliden","when":d(28,4),"note":"valde Atea"}),
    # Danish
    ("meeting","da","Ørsted i mandags, varm, næste møde 9/5", {"customer":"Ørsted","when":d(1),"temp":"warm","next":("møde",d(9))}),
    ("offer","da","Carlsberg 420 t.kr. 27. april, gyldig til 31. maj", {"customer":"Carlsberg","when":d(27,4),"amount":M(420000),"currency":"DKK","note":"gyldig til 31. maj"}),
    ("win","da","Pandora 1,1 mio. kr. 28.4.", {"customer":"Pandora","when":d(28,4),"amount":M(1100000),"currency":"DKK"}),
    # was: the step due ON Ascension Day, Thu 25 May
    ("call","da","Novo i dag, varm, ringer igen før Kristi himmelfart", {"customer":"Novo","temp":"warm","next":("ringer igen",d(24)),"unread":None}),
    ("lost","da","Danfoss 26/4, for dyrt", {"customer":"Danfoss","when":d(26,4),"note":"for dyrt"}),
    ("meeting","da","Næste Skridt ApS i går, hed", {"customer":"Næste Skridt ApS","when":d(1),"temp":"hot"}),
    ("call","da","Jysk i dag, varm, ringer igen efter Grundlovsdag", {"customer":"Jysk","temp":"warm","next":None,"unread":"ringer igen efter Grundlovsdag"}),
    ("meeting","da","Maersk 28/4, varm, næste møde uge 19", {"customer":"Maersk","when":d(28,4),"temp":"warm","next":("møde",d(12))}),
    ("offer","da","Vestas 3,2 mio. kr. 26. april", {"customer":"Vestas","when":d(26,4),"amount":M(3200000),"currency":"DKK"}),
    ("win","da","Bededag Consult ApS 200 t.kr. i går", {"customer":"Bededag Consult ApS","when":d(1),"amount":M(200000),"currency":"DKK"}),
    # was: a step 'ringer igen 3.5.' due 5 June
    ("call","da","Arla i dag, varm, ringer igen dagen efter Grundlovsdag", {"customer":"Arla","temp":"warm","next":("ringer igen",d(6,6))}),
    ("lost","da","Lego i fredags, valgte en anden leverandør", {"customer":"Lego","when":d(28,4),"note":"valgte en anden leverandør"}),
    # English
    ("meeting","en","Next plc yesterday, warm, next meeting Tue 9th", {"customer":"Next plc","when":d(1),"temp":"warm","next":("meeting",d(9))}),
    ("call","en","Next, hot, follow up Friday", {"customer":"Next","temp":"hot","next":("follow up",d(5))}),
    # was: refused, no customer
    ("offer","en","Next £450k yesterday, valid until 31st May", {"customer":"Next","when":d(1),"amount":M(450000),"currency":"GBP","note":"valid until 31st May"}),
    # was: refused, no customer
    ("win","en","Next £2m last Friday", {"customer":"Next","when":d(28,4),"amount":M(2000000),"currency":"GBP"}),
    # was: the step due ON the spring bank holiday, Mon 29 May
    ("call","en","Boots today, warm, chase before the bank holiday", {"customer":"Boots","temp":"warm","next":("chase",d(26)),"unread":None}),
    ("meeting","en","Aviva 27th April, cold", {"customer":"Aviva","when":d(27,4),"temp":"cold"}),
    ("lost","en","Tesco last Tues, went with the incumbent", {"customer":"Tesco","when":d(25,4),"note":"went with the incumbent"}),
    # was: the step due ON Whit Monday, Mon 5 June
    ("call","en","Greggs today, warm, follow up before Whit Monday", {"customer":"Greggs","temp":"warm","next":("follow up",d(2,6)),"unread":None}),
    ("offer","en","BT £95k 28/4 ex VAT", {"customer":"BT","when":d(28,4),"amount":M(95000),"currency":"GBP"}),
    ("meeting","en","Next today, warm, next meeting in a fortnight", {"customer":"Next","temp":"warm","next":("meeting",d(16))}),
    ("meeting","en","Next Monday Ltd yesterday, warm", {"customer":"Next Monday Ltd","when":d(1),"temp":"warm"}),
    # was: refused, no customer
    ("call","en","Next yesterday, cold", {"customer":"Next","when":d(1),"temp":"cold"}),
    ("win","en","Whitsun Partners £80k last Thurs", {"customer":"Whitsun Partners","when":d(27,4),"amount":M(80000),"currency":"GBP"}),
    # was: refused, no customer
    ("offer","en","Next £1.2m 26/4, revised down from £1.4m", {"customer":"Next","when":d(26,4),"amount":M(1200000),"currency":"GBP","note":"revised down from £1.4m"}),
    # was: a step 'call back 3.5.' due on the bank holiday itself
    ("call","en","Tesco today, hot, call back the day after the bank holiday", {"customer":"Tesco","temp":"hot","next":("call back",d(30))}),
    ("meeting","en","May Day Media 27/4, warm", {"customer":"May Day Media","when":d(27,4),"temp":"warm"}),
    # was: refused, no customer
    ("lost","en","Next last week, budget frozen", {"customer":"Next","when":d(24,4),"note":"budget frozen"}),
    # a revision after the amount and the day is the offer's note, as it is with no day between
    # ("Yara 850k, revidert"; was: the revision dropped unsaid)
    ("offer", "nb", "Yara 850k i fredags, revidert", {"customer": "Yara", "when": d(28, 4), "amount": M(850000), "note": "revidert", "unread": None}),
    ("offer", "sv", "Klarna 650 tkr 26.4., reviderad", {"customer": "Klarna", "when": d(26, 4), "amount": M(650000), "currency": "SEK", "note": "reviderad", "unread": None}),
    ("offer", "da", "Pandora 1,1 mio. kr i fredags, revideret", {"customer": "Pandora", "when": d(28, 4), "amount": M(1100000), "currency": "DKK", "note": "revideret", "unread": None}),
    ("offer", "en", "Boots £85k yesterday, updated", {"customer": "Boots", "when": d(1), "amount": M(85000), "currency": "GBP", "note": "updated", "unread": None}),
    # an English ordinal day is a day, never a month alone (was: "1st May" asked, the day today)
    ("meeting", "en", "Sky 1st May, warm, next meeting 9th May", {"customer": "Sky", "when": d(1), "temp": "warm", "next": ("meeting", d(9)), "unread": None}),
    ("call", "en", "Tesco May 1st, cold", {"customer": "Tesco", "when": d(1), "temp": "cold", "unread": None}),
    # "Next" before a day gone by its date (was: refused, no customer)
    ("lost", "en", "Next 28/4, went with Shopify", {"customer": "Next", "when": d(28, 4), "note": "went with Shopify"}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in ROWS])
def test_a_command_on_the_tuesday_after_1_may_reads_as_meant(row: tuple) -> None:
    check_command(row, TUESDAY)
