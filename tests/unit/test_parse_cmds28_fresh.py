"""Fresh command texts written in session 27 (heldcmd27) after commands_holdout26.yaml, in four
languages, as sellers type them on an ordinary Wednesday in February (2028-02-09, ISO week 6;
week 5 = Mon 31 Jan .. Sun 6 Feb; 2028 a leap year): days gone said from a Wednesday ("i
tirsdags", "i onsdags", "i förrgår", "last Wed"), next steps a week or two on ("neste tirsdag",
"nästa tisdag", "uke 7", "the 16th"), names holding a month, weekday or quarter word ("Mars
Sverige", "Maj Invest", "Friday Films", "Q2 Eiendom"), offers holding until the leap day,
wins closing an offer whose noun has a slip in it ("tilbduet", "offreten", "tlibuddet", "qoute"),
a step at the end of next week ("follow up end of next week", "i slutten av neste uke": was asked;
since mendE34, the lead's decision in session 34, due by that week's last working day),
a Swede's "påskrivet" and "träff", the British "in a fortnight" and "Thursday week", and a
"catch up" with its day.
Each row is what a careful colleague reads; what a colleague would ask is `unread`. The rows
marked "was:" were read wrong before this session."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import check_command

WEDNESDAY = date(2028, 2, 9)  # ISO week 6 of 2028
M = Decimal


def d(day: int, month: int = 2) -> date:
    return date(2028, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
ROWS: list[tuple[str, str, str, dict]] = [
    # Norwegian
    ("meeting", "nb", "Schibsted i tirsdags, varm, neste møte 15/2", {"customer": "Schibsted", "when": d(8), "temp": "warm", "next": ("møte", d(15))}),
    ("call", "nb", "Gjensidige i forgårs, kald", {"customer": "Gjensidige", "when": d(7), "temp": "cold"}),
    ("meeting", "nb", "Posten Bring uke 5, varm, oppfølging uke 7", {"customer": "Posten Bring", "when": d(31, 1), "temp": "warm", "next": ("oppfølging", d(18))}),
    ("offer", "nb", "Statkraft 2,4 mill i tirsdags, gyldig til 1.3.", {"customer": "Statkraft", "when": d(8), "amount": M(2400000), "note": "gyldig til 1.3."}),
    ("win", "nb", "Q2 Eiendom 450k i går 🎉", {"customer": "Q2 Eiendom", "when": d(8), "amount": M(450000)}),
    ("lost", "nb", "Elkjøp 4.2., valgte en annen leverandør", {"customer": "Elkjøp", "when": d(4), "note": "valgte en annen leverandør"}),
    ("call", "nb", "Storebrand i dag, het, booket møte neste tirsdag", {"customer": "Storebrand", "temp": "hot", "next": ("møte", d(15))}),
    # Swedish
    ("meeting", "sv", "Alfa Laval i måndags, het, nästa möte 17/2", {"customer": "Alfa Laval", "when": d(7), "temp": "hot", "next": ("möte", d(17))}),
    ("call", "sv", "Ikea i förrgår, varm, bokade möte nästa tisdag", {"customer": "Ikea", "when": d(7), "temp": "warm", "next": ("möte", d(15))}),
    ("offer", "sv", "Essity 1,1 mkr i tisdags, giltig till 29/2", {"customer": "Essity", "when": d(8), "amount": M(1100000), "currency": "SEK", "note": "giltig till 29/2"}),
    ("lost", "sv", "Getinge i måndags, valde att vänta till hösten", {"customer": "Getinge", "when": d(7), "note": "valde att vänta till hösten"}),
    ("meeting", "sv", "Ahlsell 2/2, kall", {"customer": "Ahlsell", "when": d(2), "temp": "cold"}),
    ("meeting", "sv", "Mars Sverige i tisdags, varm", {"customer": "Mars Sverige", "when": d(8), "temp": "warm"}),
    # Danish
    ("meeting", "da", "Demant i onsdags, varm, næste møde 18/2", {"customer": "Demant", "when": d(2), "temp": "warm", "next": ("møde", d(18))}),
    ("call", "da", "Maj Invest i går, varm", {"customer": "Maj Invest", "when": d(8), "temp": "warm"}),
    ("offer", "da", "GN Store Nord 640 t.kr. i mandags, gyldig til 1/3", {"customer": "GN Store Nord", "when": d(7), "amount": M(640000), "currency": "DKK", "note": "gyldig til 1/3"}),
    ("lost", "da", "Netcompany 31/1, valgte en anden leverandør", {"customer": "Netcompany", "when": d(31, 1), "note": "valgte en anden leverandør"}),
    ("meeting", "da", "Føtex mandag, hed 🔥, næste møde i morgen", {"customer": "Føtex", "when": d(7), "temp": "hot", "next": ("møde", d(10))}),
    ("call", "da", "Coop Danmark i dag, varm, ringer igen næste tirsdag", {"customer": "Coop Danmark", "temp": "warm", "next": ("ringer igen", d(15))}),
    # English
    ("meeting", "en", "Sainsbury's Monday, warm, next meeting Tues 15th", {"customer": "Sainsbury's", "when": d(7), "temp": "warm", "next": ("meeting", d(15))}),
    ("call", "en", "Kingfisher 2nd Feb, cold", {"customer": "Kingfisher", "when": d(2), "temp": "cold"}),
    ("offer", "en", "Rolls-Royce £1.2m Tuesday, valid till 29th Feb", {"customer": "Rolls-Royce", "when": d(8), "amount": M(1200000), "currency": "GBP", "note": "valid till 29th Feb"}),
    ("lost", "en", "BAE Systems 3rd Feb, went with a cheaper supplier", {"customer": "BAE Systems", "when": d(3), "note": "went with a cheaper supplier"}),
    ("meeting", "en", "Legal & General last Wed, warm, follow up next Tuesday", {"customer": "Legal & General", "when": d(2), "temp": "warm", "next": ("follow up", d(15))}),
    ("call", "en", "Pret yesterday, hot, booked a meeting for 16th Feb", {"customer": "Pret", "when": d(8), "temp": "hot", "next": ("meeting", d(16))}),
    ("offer", "en", "£85k Whitbread 7th Feb, valid until 29th Feb", {"customer": "Whitbread", "when": d(7), "amount": M(85000), "currency": "GBP", "note": "valid until 29th Feb"}),
    ("win", "en", "Friday Films £60k yesterday", {"customer": "Friday Films", "when": d(8), "amount": M(60000), "currency": "GBP"}),
    # a win closing an offer whose noun has a slip in it: the remark is the note as typed, the
    # win's own day read (was: the remark asked, and "fra uke 3" / "från v. 4" taken for the
    # win's day, holdout 26's DNB row)
    ("win", "nb", "Veidekke 780k i mandags, tilubdet fra uke 3", {"customer": "Veidekke", "when": d(7), "amount": M(780000), "note": "tilubdet fra uke 3"}),
    ("win", "sv", "Vattenfall 2,3 mkr igår, offreten från v. 4", {"customer": "Vattenfall", "when": d(8), "amount": M(2300000), "currency": "SEK", "note": "offreten från v. 4"}),
    ("win", "da", "Ambu 900 t.kr. i går, tlibuddet fra uge 3", {"customer": "Ambu", "when": d(8), "amount": M(900000), "currency": "DKK", "note": "tlibuddet fra uge 3"}),
    ("win", "en", "Centrica £480k Monday, closes the qoute from January", {"customer": "Centrica", "when": d(7), "amount": M(480000), "currency": "GBP", "note": "closes the qoute from January"}),
    ("win", "nb", "1,4 mill DNB, tilbduet fra januar 🎉", {"customer": "DNB", "amount": M(1400000), "note": "tilbduet fra januar"}),
    # the end of next week names no day of it: asked, as "early next week" is (was: a step
    # "follow up end of" / "følger opp i slutten av" due Mon 14 Feb, stored unasked)
    ("call", "en", "Boots Mon 7th, warm, follow up end of next week", {"customer": "Boots", "when": d(7), "temp": "warm", "next": ("follow up", d(18))}),
    ("call", "en", "Boots today, warm, follow up late next week", {"customer": "Boots", "temp": "warm", "next": ("follow up", d(18))}),
    ("call", "nb", "Tine i dag, varm, følger opp i slutten av neste uke", {"customer": "Tine", "temp": "warm", "next": ("følger opp", d(18))}),
    ("call", "nb", "Tine i dag, varm, følger opp sent i neste uke", {"customer": "Tine", "temp": "warm", "next": None, "unread": "følger opp sent i neste uke"}),
    ("call", "sv", "Telia idag, varm, följer upp i slutet av nästa vecka", {"customer": "Telia", "temp": "warm", "next": ("följer upp", d(18))}),
    ("call", "da", "Tryg i dag, varm, følger op sidst på næste uge", {"customer": "Tryg", "temp": "warm", "next": ("følger op", d(18))}),
    # ... while the end of a month names its last day (kept)
    ("call", "en", "Boots today, warm, follow up end of Feb", {"customer": "Boots", "temp": "warm", "next": ("follow up", d(29))}),
    # a Swede's "påskrivet" / "påskrivit" is the win signed (was: asked)
    ("win", "sv", "Atlas Copco 1,2 mkr, påskrivet igår 🍾", {"customer": "Atlas Copco", "when": d(8), "amount": M(1200000), "currency": "SEK", "unread": None}),
    ("win", "sv", "Alfa Laval 800 tkr, avtalet påskrivit idag", {"customer": "Alfa Laval", "amount": M(800000), "currency": "SEK", "note": "avtalet påskrivit", "unread": None}),
    # a Swede's "träff" is a meeting to come (was: the step "follow-up")
    ("meeting", "sv", "Ericsson i morse, varm, ny träff torsdag nästa vecka", {"customer": "Ericsson", "temp": "warm", "next": ("träff", d(17))}),
    # "in a fortnight": two weeks on; "Thursday week": a week after the coming Thursday (was:
    # asked; "Thursday" read as tomorrow with "week" asked)
    ("call", "en", "Tesco today, hot, call back in a fortnight", {"customer": "Tesco", "temp": "hot", "next": ("call back", d(23)), "unread": None}),
    ("meeting", "en", "Unilever this morning, warm, next meeting Thursday week", {"customer": "Unilever", "temp": "warm", "next": ("meeting", d(17)), "unread": None}),
    ("call", "en", "Sage today, warm, follow up Mon week", {"customer": "Sage", "temp": "warm", "next": ("follow up", d(21)), "unread": None}),
    # "catch up" is contacting them again, as "follow up" is (was: the step's day taken for the
    # meeting's, "yesterday" asked; at the end of the month refused as a meeting ahead)
    ("meeting", "en", "Tesco yesterday, warm, catch up Friday", {"customer": "Tesco", "when": d(8), "temp": "warm", "next": ("catch up", d(11)), "unread": None}),
    ("meeting", "en", "Greggs yesterday, warm, catch up end of the month", {"customer": "Greggs", "when": d(8), "temp": "warm", "next": ("catch up", d(29)), "unread": None}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in ROWS])
def test_a_command_on_a_february_wednesday_reads_as_meant(row: tuple) -> None:
    check_command(row, WEDNESDAY)
