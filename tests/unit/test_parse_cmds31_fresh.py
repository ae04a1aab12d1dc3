"""Fresh command texts written in session 30 (heldcmd30) after commands_holdout29.yaml, in four
languages, as sellers type them on Wednesday 7 June 2028 (ISO week 23), two days after Whit Monday
(2. pinsedag, a holiday in Norway and Denmark, Grundlovsdag too in Denmark; a working day in Sweden
and England) and the day after Sweden's National Day: done work said on those days ("i går", "i
mandags", "igår"), at May's end ("forrige uke": Mon 29 May, the English spring bank holiday), next
steps in week 24 ("uke 24", "w/c 12th June", "næste uge"), names holding a month word ("Juni Eiendom
AS", "June Homes Ltd"), prices per month with a term.
Written before they were measured, by someone who had not designed the parser for them. Each row is
what a careful colleague reads; what a colleague would ask is `unread`. The rows marked "was:"
were read wrong before this session; each is read with the seller's language, as the app reads it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import check_command

WEDNESDAY = date(2028, 6, 7)  # ISO week 23 of 2028, two days after Whit Monday
M = Decimal


def d(day: int, month: int = 6) -> date:
    return date(2028, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
ROWS: list[tuple[str, str, str, dict]] = [
    # Norwegian
    ("meeting", "nb", "Kongsberg Gruppen i går, varm, neste møte uke 24", {"customer": "Kongsberg Gruppen", "when": d(6), "temp": "warm", "next": ("møte", d(16))}),
    ("call", "nb", "ringte Elkjøp i dag, kald, prøver igjen neste uke", {"customer": "Elkjøp", "temp": "cold", "next": ("prøver igjen", d(16))}),
    ("offer", "nb", "Schibsted 1,2 mill eks mva i mandags, gyldig ut juni", {"customer": "Schibsted", "when": d(5), "amount": M(1200000), "currency": None, "note": "gyldig ut juni"}),
    ("win", "nb", "Hurtigruten 640k i går, tilbudet fra mai 🎉", {"customer": "Hurtigruten", "when": d(6), "amount": M(640000), "note": "tilbudet fra mai"}),
    ("lost", "nb", "Posten forrige uke – valgte konkurrenten", {"customer": "Posten", "when": d(29, 5), "note": "valgte konkurrenten"}),
    ("call", "nb", "Norsk Hydro i dag, het, sender tilbud fredag", {"customer": "Norsk Hydro", "temp": "hot", "next": ("sender tilbud", d(9))}),
    ("meeting", "nb", "Juni Eiendom AS 2.6., varm", {"customer": "Juni Eiendom AS", "when": d(2), "temp": "warm"}),
    ("offer", "nb", "Kiwi 85 000,- pr. mnd i 12 mnd", {"customer": "Kiwi", "amount": M(1020000), "currency": None, "unread": "85 000,- pr. mnd i 12 mnd"}),
    # Swedish
    ("meeting", "sv", "Ericsson i måndags, varm, nästa möte v. 24", {"customer": "Ericsson", "when": d(5), "temp": "warm", "next": ("möte", d(16))}),
    ("call", "sv", "Telia igår, kall", {"customer": "Telia", "when": d(6), "temp": "cold"}),
    ("offer", "sv", "Securitas 780 tkr exkl. moms i fredags", {"customer": "Securitas", "when": d(2), "amount": M(780000), "currency": "SEK"}),
    ("win", "sv", "Atlas Copco 1,1 mkr idag, offerten från maj", {"customer": "Atlas Copco", "amount": M(1100000), "currency": "SEK", "note": "offerten från maj"}),
    ("lost", "sv", "Lindab förra veckan, valde en annan leverantör", {"customer": "Lindab", "when": d(29, 5), "note": "valde en annan leverantör"}),
    ("call", "sv", "Husqvarna idag, ljummen, ringer igen om två veckor", {"customer": "Husqvarna", "temp": None, "unread": "ljummen", "next": ("ringer igen", d(21))}),
    ("meeting", "sv", "Juni Konsult AB idag tillsammans med Erik, het", {"customer": "Juni Konsult AB", "temp": "hot", "unread": "tillsammans med Erik"}),
    ("offer", "sv", "250 000:- Bonnier 1/6", {"customer": "Bonnier", "when": d(1), "amount": M(250000), "currency": "SEK"}),
    # Danish
    ("meeting", "da", "Carlsberg i fredags, hed, næste møde uge 24", {"customer": "Carlsberg", "when": d(2), "temp": "hot", "next": ("møde", d(16))}),
    ("call", "da", "Pandora i dag, varm, ringer igen i morgen", {"customer": "Pandora", "temp": "warm", "next": ("ringer igen", d(8))}),
    ("offer", "da", "Novozymes 1,4 mio. kr 6/6", {"customer": "Novozymes", "when": d(6), "amount": M(1400000), "currency": "DKK"}),
    ("win", "da", "Danfoss 320 t.kr. i går, mersalg", {"customer": "Danfoss", "when": d(6), "amount": M(320000), "currency": "DKK", "note": "mersalg"}),
    ("lost", "da", "ISS i mandags, for dyrt", {"customer": "ISS", "when": d(5), "note": "for dyrt"}),
    ("call", "da", "Maersk i dag, kold, følger op næste uge", {"customer": "Maersk", "temp": "cold", "next": ("følger op", d(16))}),
    ("meeting", "da", "Juni Design ApS 31/5, lunken", {"customer": "Juni Design ApS", "when": d(31, 5), "temp": None, "unread": "lunken"}),
    # English
    ("meeting", "en", "Rolls-Royce yesterday, warm, next meeting w/c 12th June", {"customer": "Rolls-Royce", "when": d(6), "temp": "warm", "next": ("meeting", d(16))}),
    ("call", "en", "Greene King today, cold, try again next Tues", {"customer": "Greene King", "temp": "cold", "next": ("try again", d(13))}),
    ("offer", "en", "£180k Aviva last Weds, valid until end of June", {"customer": "Aviva", "when": d(31, 5), "amount": M(180000), "currency": "GBP", "note": "valid until end of June"}),
    ("win", "en", "Sainsbury's £2.4m Monday", {"customer": "Sainsbury's", "when": d(5), "amount": M(2400000), "currency": "GBP"}),
    ("lost", "en", "Centrica last week - went with British Gas", {"customer": "Centrica", "when": d(29, 5), "note": "went with British Gas"}),
    ("call", "en", "June Homes Ltd today, hot, chase Friday", {"customer": "June Homes Ltd", "temp": "hot", "next": ("chase", d(9))}),
    ("offer", "en", "Tesco £15k a month for 24 months", {"customer": "Tesco", "amount": M(360000), "currency": "GBP", "unread": "£15k a month for 24 months"}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in ROWS])
def test_a_command_two_days_after_whit_monday_reads_as_meant(row: tuple) -> None:
    check_command(row, WEDNESDAY, language=True)


# The 30 above were all read right at the first try (on main as on this branch). A further ~190 texts
# typed the same way (on this day, on Tue 18 and Tue 25 April 2028), read by eye, found these read
# wrong (each "was:"), mended here and read on this day; the "kept" rows guard the names beside them.
PROBED: list[tuple[str, str, str, dict]] = [
    # was: "f/up" asked and the step a "follow-up" (heldcmd29 read "f/u")
    # session 69: "next Thurs" said on the Wednesday before it, tomorrow or a week on: asked
    ("call", "en", "Boots last Fri, warm, f/up next Thurs", {"customer": "Boots", "when": d(2), "temp": "warm", "next": None, "unread": "f/up next Thurs"}),
    # was: a step "chase w/b"; "week commencing" written out asked whole, or left over
    ("call", "en", "HSBC today, warm, chase w/b 12th June", {"customer": "HSBC", "temp": "warm", "next": ("chase", d(16)), "unread": None}),
    ("call", "en", "Lloyds today, warm, chase week commencing 12th", {"customer": "Lloyds", "temp": "warm", "next": ("chase", d(16)), "unread": None}),
    ("meeting", "en", "Tesco week commencing 29th May, warm", {"customer": "Tesco", "when": d(29, 5), "temp": "warm", "unread": None}),
    # was: a customer "Fika", "Frokostmøde", "Coffee" (a phone's capital), "med Ikea" asked; what
    # it was is asked, as "julefrokost med Netto" is. mendB30: a fika, a breakfast meeting, a
    # coffee with a customer is a meeting in sales talk: the word its note, never asked
    ("meeting", "sv", "Fika med Ikea igår, varm", {"customer": "Ikea", "when": d(6), "temp": "warm", "note": "Fika", "unread": None}),
    ("meeting", "da", "Frokostmøde med Novo i går, hed", {"customer": "Novo", "when": d(6), "temp": "hot", "note": "Frokostmøde", "unread": None}),
    ("meeting", "en", "Coffee with Barclays yesterday, warm", {"customer": "Barclays", "when": d(6), "temp": "warm", "note": "Coffee", "unread": None}),
    # kept: a name with such a word in it
    ("meeting", "da", "Kold Kaffe ApS i går, varm", {"customer": "Kold Kaffe ApS", "when": d(6), "temp": "warm", "unread": None}),
    # was: a customer "Opkald til Salling", "Telefonopkald" (the Danish call no word of the command's)
    ("call", "da", "Opkald til Salling i dag, varm", {"customer": "Salling", "temp": "warm", "unread": None}),
    ("call", "da", "Telefonopkald med Netto i går, kold", {"customer": "Netto", "when": d(6), "temp": "cold", "unread": None}),
    # was: £40k, "per annum for 3 years" asked (the price per year not read as one)
    ("offer", "en", "BT £40k per annum for 3 years", {"customer": "BT", "amount": M(120000), "currency": "GBP", "unread": "£40k per annum for 3 years"}),
    # was: "in two weeks' time", "in a week's time" asked whole
    ("meeting", "en", "Tesco today, warm, next meeting in two weeks' time", {"customer": "Tesco", "temp": "warm", "next": ("meeting", d(21)), "unread": None}),
    ("call", "en", "Aviva today, cold, chase in a week's time", {"customer": "Aviva", "temp": "cold", "next": ("chase", d(14)), "unread": None}),
    # was: a customer "Fikk" / "Fick" / "Fik" (the win's "ja fra Telenor" asked; the loss stored
    # on "Fikk" today unasked, "nei fra Posten i går, pris" its note)
    ("win", "nb", "Fikk ja fra Telenor i går, 1,2 mill", {"customer": "Telenor", "when": d(6), "amount": M(1200000), "unread": None}),
    ("win", "sv", "Fick ja från Telia igår, 2 mkr", {"customer": "Telia", "when": d(6), "amount": M(2000000), "currency": "SEK", "unread": None}),
    ("lost", "nb", "Fikk nei fra Posten i går, pris", {"customer": "Posten", "when": d(6), "note": "pris"}),
    ("lost", "da", "Fik nej fra Jysk i går, pris", {"customer": "Jysk", "when": d(6), "note": "pris"}),
    ("lost", "en", "Got a no from Aviva yesterday - price", {"customer": "Aviva", "when": d(6), "note": "price"}),
    # was: the loss stored today with "said no yesterday, too expensive" its note (or a customer
    # "Orkla sa"); the win's "skrev på" / "skrev under" (signed) asked
    ("lost", "nb", "Orkla sa nei i går, for dyrt", {"customer": "Orkla", "when": d(6), "note": "for dyrt"}),
    ("lost", "sv", "Ica tackade nej igår, för dyrt", {"customer": "Ica", "when": d(6), "note": "för dyrt"}),
    ("lost", "da", "Jysk sagde nej i går, for dyrt", {"customer": "Jysk", "when": d(6), "note": "for dyrt"}),
    ("lost", "en", "Aviva said no yesterday, too expensive", {"customer": "Aviva", "when": d(6), "note": "too expensive"}),
    ("win", "sv", "Volvo skrev på igår, 2,2 mkr", {"customer": "Volvo", "when": d(6), "amount": M(2200000), "currency": "SEK", "unread": None}),
    ("win", "da", "Lego skrev under i går, 1,4 mio. kr", {"customer": "Lego", "when": d(6), "amount": M(1400000), "currency": "DKK", "unread": None}),
    # kept: such words in a name
    ("lost", "nb", "Sa Nei AS i går, pris", {"customer": "Sa Nei AS", "when": d(6), "note": "pris"}),
    # was: refused, no customer ("Teams-møte", "Teams call": a step "call" due yesterday), or a
    # customer "Digitalt", "Teams-møde" with the rest asked
    ("meeting", "nb", "Teams-møte med Orkla i går, varm", {"customer": "Orkla", "when": d(6), "temp": "warm", "unread": None}),
    ("meeting", "sv", "Digitalt möte med Volvo igår, varm", {"customer": "Volvo", "when": d(6), "temp": "warm", "unread": None}),
    ("meeting", "da", "Teams-møde med Lego i går, hed", {"customer": "Lego", "when": d(6), "temp": "hot", "unread": None}),
    ("call", "en", "Teams call with Tesco yesterday, warm", {"customer": "Tesco", "when": d(6), "temp": "warm", "unread": None}),
    # kept: such a word in a name
    ("meeting", "nb", "Digital Norway i går, varm", {"customer": "Digital Norway", "when": d(6), "temp": "warm", "unread": None}),
    # was: refused, no customer ("skickad"); a customer "Rang Tesco", "Phoned Aviva"
    ("offer", "sv", "Offert skickad till Ica igår, 650 tkr", {"customer": "Ica", "when": d(6), "amount": M(650000), "currency": "SEK", "unread": None}),
    ("call", "en", "Rang Tesco yesterday, no answer, will try again tomorrow", {"customer": "Tesco", "when": d(6), "note": "no answer", "next": ("will try again", d(8)), "unread": None}),
    ("call", "en", "Phoned Aviva today, warm", {"customer": "Aviva", "temp": "warm", "unread": None}),
    # was: a customer "Diageo Fri" / "Diageo Tues" lost today (English capitalises its days)
    ("lost", "en", "Diageo Fri - lost on price", {"customer": "Diageo", "when": d(2), "note": "lost on price"}),
    ("lost", "en", "Diageo Tues – too pricey", {"customer": "Diageo", "when": d(6), "note": "too pricey"}),
]  # fmt: skip


@pytest.mark.parametrize("row", PROBED, ids=[f"{r[1]} {r[2]}"[:60] for r in PROBED])
def test_a_command_found_read_wrong_by_a_probe_reads_as_meant(row: tuple) -> None:
    check_command(row, WEDNESDAY, language=True)
