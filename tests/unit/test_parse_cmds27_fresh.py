"""Fresh command texts written in session 26 (heldcmd26) after commands_holdout25.yaml, in four
languages, as sellers type them on the first working day of 2028 (Monday 2028-01-03, ISO week 1;
ISO week 52 of 2027 = Mon 27 Dec .. Sun 2 Jan just ended): catching up on the romjul and the week
before Christmas ("onsdag i romjula", "tirsdag i uge 52", "onsdag v. 52", "nyttårsaften",
"nyårsafton", "NYE", "lillejulaften", "29/12-27", "31/12/27"), dates typed with last year's year by
habit ("3.1.2027", "3/1-27", "03/01/2027", "booket møte 10.1.2027"), wins closing an offer made
before Christmas or in a week gone ("tilbudet fra før jul", "offerten från v. 50", "closes the
quote from before Xmas"), and offers whose validity word has a slip in it ("gilitg till 31/1",
"vaild until 31 Jan"). Each row is what a careful colleague reads; what a colleague would ask is
`unread`. The rows marked "was:" were read wrong before this session."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import check_command

MONDAY = date(2028, 1, 3)  # the first working day of 2028, ISO week 1
M = Decimal


def d(day: int, month: int) -> date:
    return date(2027 if month == 12 else 2028, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
ROWS: list[tuple[str, str, str, dict]] = [
    # a win closing an offer made before Christmas: the remark is the note, the win's own day read
    # without it (was: "før jul" taken for the win's day, asked, the win's day asked with it)
    ("win", "nb", "Tine 850k nyttårsaften, tilbudet fra før jul 🥂", {"customer": "Tine", "when": d(31, 12), "amount": M(850000), "note": "tilbudet fra før jul"}),
    ("win", "sv", "ABB 1,2 mkr nyårsafton, offerten från innan jul 🎉", {"customer": "ABB", "when": d(31, 12), "amount": M(1200000), "currency": "SEK", "note": "offerten från innan jul"}),
    ("win", "sv", "Peab 900 tkr i fredags, offerten från före jul", {"customer": "Peab", "when": d(31, 12), "amount": M(900000), "currency": "SEK", "note": "offerten från före jul"}),
    ("win", "da", "Novo Nordisk 2,2 mio. kr i går, tilbuddet fra før jul", {"customer": "Novo Nordisk", "when": d(2, 1), "amount": M(2200000), "currency": "DKK", "note": "tilbuddet fra før jul"}),
    ("win", "da", "Tryg 400 t.kr. 30/12, tilbuddet fra inden jul", {"customer": "Tryg", "when": d(30, 12), "amount": M(400000), "currency": "DKK", "note": "tilbuddet fra inden jul"}),
    ("win", "en", "Tesco £450k yesterday, closes the quote from before Xmas 🎉", {"customer": "Tesco", "when": d(2, 1), "amount": M(450000), "currency": "GBP", "note": "closes the quote from before Xmas"}),
    # ... or in a week gone (was: the offer's week stored as the win's day, the win's day asked)
    ("win", "sv", "Sandvik 780 000:- igår, offerten från v. 50", {"customer": "Sandvik", "when": d(2, 1), "amount": M(780000), "currency": "SEK", "note": "offerten från v. 50"}),
    ("win", "da", "Lego 3,2 mio. kr. i fredags, tilbuddet fra uge 50", {"customer": "Lego", "when": d(31, 12), "amount": M(3200000), "currency": "DKK", "note": "tilbuddet fra uge 50"}),
    # ... with an emoji after it (was: the remark asked)
    ("win", "nb", "Hafslund 850k, tilbudet fra før sommeren 🎉", {"customer": "Hafslund", "amount": M(850000), "note": "tilbudet fra før sommeren"}),
    # a day after the remark may be the win's: asked, never the note
    ("win", "nb", "Hafslund 850k i går, tilbudet fra før jul i går", {"customer": "Hafslund", "when": d(2, 1), "note": None, "unread": "i går, tilbudet fra før jul"}),
    # a slip in the validity word: how long the offer holds is the note as typed, the offer's day
    # read (was: the day and the remark asked)
    ("offer", "sv", "Skanska 640 tkr 30/12, gilitg till 31/1", {"customer": "Skanska", "when": d(30, 12), "amount": M(640000), "currency": "SEK", "note": "gilitg till 31/1"}),
    ("offer", "en", "Aviva £120k 30/12, vaild until 31 Jan", {"customer": "Aviva", "when": d(30, 12), "amount": M(120000), "currency": "GBP", "note": "vaild until 31 Jan"}),
    ("offer", "nb", "Orkla kr 1 250 000,- 29.12., gyldig t.o.m. 31.01.", {"customer": "Orkla", "when": d(29, 12), "amount": M(1250000), "currency": "NOK", "note": "gyldig t.o.m. 31.01."}),
    ("offer", "da", "Vestas 1,4 mio 29/12-27, gyldig til 31/1", {"customer": "Vestas", "when": d(29, 12), "amount": M(1400000), "note": "gyldig til 31/1"}),
    # a revision said as a noun, of the offer from before Christmas: the note (was: the offer's
    # day and the remark asked)
    ("offer", "sv", "Atlas Copco 2,4 mkr 29/12, revidering av offerten från före jul", {"customer": "Atlas Copco", "when": d(29, 12), "amount": M(2400000), "currency": "SEK", "note": "revidering av offerten från före jul"}),
    ("offer", "nb", "Telenor 1,1 mill 30.12, revisjon av tilbudet fra før jul", {"customer": "Telenor", "when": d(30, 12), "amount": M(1100000), "note": "revisjon av tilbudet fra før jul"}),
    # after a dash, a remark and then the next step named and dated: the step read, the remark
    # the note (was: all of it the note, the lead left without its next step; the English one
    # after a hyphen was read so already)
    ("call", "sv", "Bonnier 30/12 – inget svar, ringer igen 5/1", {"customer": "Bonnier", "when": d(30, 12), "note": "inget svar", "next": ("ringer igen", d(5, 1))}),
    ("call", "da", "Netto 30/12 – intet svar, ringer igen på fredag", {"customer": "Netto", "when": d(30, 12), "note": "intet svar", "next": ("ringer igen", d(7, 1))}),
    ("call", "en", "Ocado 30/12 - no answer, call back 5 Jan", {"customer": "Ocado", "when": d(30, 12), "note": "no answer", "next": ("call back", d(5, 1))}),
    ("meeting", "nb", "Tine i går – bra møte, neste møte 12/1", {"customer": "Tine", "when": d(2, 1), "note": "bra møte", "next": ("møte", d(12, 1))}),
    # " -- " typed says a note, whatever follows (README)
    ("call", "nb", "Posten i dag -- ingen svar, ringer igjen 5/1", {"customer": "Posten", "note": "ingen svar, ringer igjen 5/1", "next": None}),
    # a weekday inside the romjul or week 52, a holiday named as the day, last December's dates
    ("meeting", "nb", "Veidekke onsdag i romjula, varm, nytt møte 12/1", {"customer": "Veidekke", "when": d(29, 12), "temp": "warm", "next": ("møte", d(12, 1))}),
    ("meeting", "sv", "Ericsson onsdag v. 52, varm, nästa möte 12/1", {"customer": "Ericsson", "when": d(29, 12), "temp": "warm", "next": ("möte", d(12, 1))}),
    ("call", "sv", "Scania tisdag i mellandagarna, varm", {"customer": "Scania", "when": d(28, 12), "temp": "warm"}),
    ("meeting", "da", "Carlsberg tirsdag i uge 52, varm, næste møde 11/1", {"customer": "Carlsberg", "when": d(28, 12), "temp": "warm", "next": ("møde", d(11, 1))}),
    ("meeting", "da", "Jysk mandag i sidste uge, varm", {"customer": "Jysk", "when": d(27, 12), "temp": "warm"}),
    ("meeting", "en", "Barclays Wed 29 Dec, warm, next meeting 11 Jan", {"customer": "Barclays", "when": d(29, 12), "temp": "warm", "next": ("meeting", d(11, 1))}),
    ("call", "da", "Ørsted nytårsaften, kold", {"customer": "Ørsted", "when": d(31, 12), "temp": "cold"}),
    ("win", "en", "Currys £75k NYE 🥂", {"customer": "Currys", "when": d(31, 12), "amount": M(75000), "currency": "GBP"}),
    ("win", "nb", "Equinor 2,5 MNOK lillejulaften 🎄", {"customer": "Equinor", "when": d(23, 12), "amount": M(2500000), "currency": "NOK"}),
    ("call", "nb", "Storebrand 30.12.2027, kald", {"customer": "Storebrand", "when": d(30, 12), "temp": "cold"}),
    ("call", "en", "Greggs 31/12/27, cold", {"customer": "Greggs", "when": d(31, 12), "temp": "cold"}),
    ("meeting", "nb", "Aker BP 29.12, varm, neste møte 10/1-28", {"customer": "Aker BP", "when": d(29, 12), "temp": "warm", "next": ("møte", d(10, 1))}),
    ("lost", "nb", "Coop uke 52, valgte å vente til Q2", {"customer": "Coop", "when": d(27, 12), "note": "valgte å vente til Q2"}),
    ("lost", "sv", "Volvo 28/12, valde en annan leverantör", {"customer": "Volvo", "when": d(28, 12), "note": "valde en annan leverantör"}),
    ("lost", "da", "Maersk 30.12., projektet er sat på pause", {"customer": "Maersk", "when": d(30, 12), "note": "projektet er sat på pause"}),
    ("lost", "en", "Boots last Thursday, went with a cheaper supplier", {"customer": "Boots", "when": d(30, 12), "note": "went with a cheaper supplier"}),
    # last year's year typed by habit: today, or the coming day meant
    ("meeting", "nb", "Nordea 3.1.2027, het, neste møte uke 3", {"customer": "Nordea", "temp": "hot", "next": ("møte", d(21, 1))}),
    ("call", "da", "Pandora 3/1-27, hed, booket møde 7/1", {"customer": "Pandora", "temp": "hot", "next": ("møde", d(7, 1))}),
    ("meeting", "en", "Lloyds 03/01/2027, hot, follow up Friday", {"customer": "Lloyds", "temp": "hot", "next": ("follow up", d(7, 1))}),
    ("call", "nb", "Elkjøp i går, varm, booket møte 10.1.2027", {"customer": "Elkjøp", "when": d(2, 1), "temp": "warm", "next": ("møte", d(10, 1))}),
    # a next step after a holiday to come names no day: asked; an in-between temperature asked
    ("call", "sv", "Telia igår, kall, ringer upp efter trettondagen", {"customer": "Telia", "when": d(2, 1), "temp": "cold", "unread": "ringer upp efter trettondagen"}),
    ("meeting", "sv", "H&M i torsdags, ljummen, uppföljning v. 2", {"customer": "H&M", "when": d(30, 12), "unread": "ljummen", "next": ("uppföljning", d(14, 1))}),
    # a price per month with its term on a day gone: the whole value, asked (conv24)
    ("offer", "nb", "DNB 18 000 kr/mnd x 36 mnd 29.12.", {"customer": "DNB", "when": d(29, 12), "amount": M(648000), "currency": "NOK", "unread": "18 000 kr/mnd x 36 mnd"}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in ROWS])
def test_a_command_after_new_year_reads_as_meant(row: tuple) -> None:
    check_command(row, MONDAY)
