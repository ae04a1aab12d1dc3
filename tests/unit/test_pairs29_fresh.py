"""Session 29 (pairs29). Forty fresh channel messages of pairs, lists, counts with names and
summaries with bookings, written before they were run and not designed for: four languages, lower-case
names beside capitalised ones, the phone emoji, counts of customers then their names, a day's calls
counted beside a meeting booked, a week with one named row and a count. Read on Tuesday 1 December
2026 (week 49: Mon 30 Nov .. Sun 6 Dec). Each row is what a careful colleague reads: the records in
order (outcome, kind, customer, amount, day), the first, then each asked about on its own; [] records
nothing. A booked meeting is a plan: its record's day is today (the meeting's day is its step)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.fresh_phrasings import CALL, MEETING, L, S, check_message, row_params

T = date(2026, 12, 1)  # Tuesday
Y = date(2026, 11, 30)  # Monday, yesterday
KNOWN = ["Tine", "Orkla", "Posten", "Telenor", "Telia", "Volvo", "Scania", "Sandvik", "Husqvarna",
 "Carlsberg", "Arla", "Vestas", "Jysk", "Matas", "Pandora", "Lego", "Tryg", "Danfoss", "Tesco",
 "Boots", "Asda", "Aviva", "Lloyds", "Barclays", "Unilever"]  # fmt: skip

# (text, [(outcome, kind, customer, amount, day), …]); [] records nothing
FRESH: list[tuple[str, list]] = [
    # -- Norwegian
    ("ringte joker og Meny i dag", [(L, CALL, "Joker", None, T), (L, CALL, "Meny", None, T)]),
    ("Møtte spar og kiwi i går", [(L, MEETING, "Spar", None, Y), (L, MEETING, "Kiwi", None, Y)]),
    ("Ringte 4 kunder i går: Obos, Veidekke, Skanska og Peab",
     [(L, CALL, "Obos", None, Y), (L, CALL, "Veidekke", None, Y), (L, CALL, "Skanska", None, Y),
      (L, CALL, "Peab", None, Y)]),
    ("Gjorde 15 samtaler i dag og booket møte med Elkjøp på torsdag", [(S, MEETING, "Elkjøp", None, T)]),
    ("Denne uka: møte med Gjensidige mandag + 8 samtaler", [(L, MEETING, "Gjensidige", None, Y)]),
    ("📞 Telenor og Telia i dag", [(L, CALL, "Telenor", None, T), (L, CALL, "Telia", None, T)]),
    ("Ringte 3 kunder i dag: Tine, Orkla og Posten",
     [(L, CALL, "Tine", None, T), (L, CALL, "Orkla", None, T), (L, CALL, "Posten", None, T)]),
    ("Kundebesøk hos Amedia og Schibsted i går", [(L, MEETING, "Amedia", None, Y), (L, MEETING, "Schibsted", None, Y)]),
    ("Ringte 20 stk i dag, fikk booket møte med Kongsberg fredag", [(S, MEETING, "Kongsberg", None, T)]),
    ("møte med sjefen og teamet i dag", []),
    # -- Swedish
    ("Träffade lindex och Kappahl idag", [(L, MEETING, "Lindex", None, T), (L, MEETING, "Kappahl", None, T)]),
    ("ringde till peab och skanska igår", [(L, CALL, "Peab", None, Y), (L, CALL, "Skanska", None, Y)]),
    ("Ringde 3 kunder idag: Skanska, NCC och Peab",
     [(L, CALL, "Skanska", None, T), (L, CALL, "NCC", None, T), (L, CALL, "Peab", None, T)]),
    ("Ringt 25 samtal idag och bokat möte med Electrolux på torsdag", [(S, MEETING, "Electrolux", None, T)]),
    ("Denna vecka: möte med Volvo måndag, 6 samtal", [(L, MEETING, "Volvo", None, Y)]),
    ("Möte med Volvo och Scania idag", [(L, MEETING, "Volvo", None, T), (L, MEETING, "Scania", None, T)]),
    ("📞 Sandvik och Husqvarna idag", [(L, CALL, "Sandvik", None, T), (L, CALL, "Husqvarna", None, T)]),
    ("Ringde två kunder idag: Atlas Copco och Alfa Laval",
     [(L, CALL, "Atlas Copco", None, T), (L, CALL, "Alfa Laval", None, T)]),
    ("Gjorde 12 samtal, bokade ett möte med Ericsson nästa tisdag", [(S, MEETING, "Ericsson", None, T)]),
    ("Besökte elgiganten och Clas Ohlson idag",
     [(L, MEETING, "Elgiganten", None, T), (L, MEETING, "Clas Ohlson", None, T)]),
    # -- Danish
    ("Møde med netto og Føtex i dag", [(L, MEETING, "Netto", None, T), (L, MEETING, "Føtex", None, T)]),
    ("Ringede til salling og coop i går", [(L, CALL, "Salling", None, Y), (L, CALL, "Coop", None, Y)]),
    ("Ringede 3 kunder i dag: Carlsberg, Arla og Vestas",
     [(L, CALL, "Carlsberg", None, T), (L, CALL, "Arla", None, T), (L, CALL, "Vestas", None, T)]),
    ("Lavede 20 opkald i dag og bookede et møde med Novo på fredag", [(S, MEETING, "Novo", None, T)]),
    ("Denne uge: møde med Danfoss mandag + 4 opkald", [(L, MEETING, "Danfoss", None, Y)]),
    ("Møde med Jysk og Matas i dag", [(L, MEETING, "Jysk", None, T), (L, MEETING, "Matas", None, T)]),
    ("📞 Pandora og Lego i dag", [(L, CALL, "Pandora", None, T), (L, CALL, "Lego", None, T)]),
    ("Ringede 2 kunder i går: Ørsted og Maersk", [(L, CALL, "Ørsted", None, Y), (L, CALL, "Maersk", None, Y)]),
    ("Besøg hos rockwool og Velux i dag", [(L, MEETING, "Rockwool", None, T), (L, MEETING, "Velux", None, T)]),
    ("Har ringet 15 kunder i dag, booket møde med Tryg torsdag", [(S, MEETING, "Tryg", None, T)]),
    # -- English
    ("met halfords and wickes today", [(L, MEETING, "Halfords", None, T), (L, MEETING, "Wickes", None, T)]),
    ("called sainsburys and Waitrose yesterday", [(L, CALL, "Sainsburys", None, Y), (L, CALL, "Waitrose", None, Y)]),
    ("Called 3 clients today: Lloyds, Barclays and HSBC",
     [(L, CALL, "Lloyds", None, T), (L, CALL, "Barclays", None, T), (L, CALL, "HSBC", None, T)]),
    ("Did 20 calls today and booked a meeting with Ocado for Friday", [(S, MEETING, "Ocado", None, T)]),
    ("Week so far: meeting with Unilever Monday, 9 calls", [(L, MEETING, "Unilever", None, Y)]),
    ("Met Tesco and Boots today", [(L, MEETING, "Tesco", None, T), (L, MEETING, "Boots", None, T)]),
    ("📞 Asda and Aviva today", [(L, CALL, "Asda", None, T), (L, CALL, "Aviva", None, T)]),
    ("Rang 2 customers this morning: Argos and Currys", [(L, CALL, "Argos", None, T), (L, CALL, "Currys", None, T)]),
    ("Made 40 calls, booked a meeting with Vodafone next Monday", [(S, MEETING, "Vodafone", None, T)]),
    ("Visited primark and Superdrug today", [(L, MEETING, "Primark", None, T), (L, MEETING, "Superdrug", None, T)]),
]  # fmt: skip

# Rows not read right yet, each with why (strict: one read right must leave this list)
# (session 45: "Besökte elgiganten och Clas Ohlson idag" is read: a company's compound in the
# definite form, "-giganten", "-gruppen", "-kjøpet", is no noun of ours as "sjefen" is)
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("row", row_params(FRESH, LEFT))
def test_fresh_pairs_lists_and_counts_are_read_as_a_colleague_reads_them(row: tuple) -> None:
    check_message(row, T, KNOWN)


def test_forty() -> None:
    assert len(FRESH) == 40
