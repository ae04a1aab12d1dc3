"""Fresh command texts written in session 29 (heldcmd29) after commands_holdout28.yaml, in four
languages, as sellers type them on Monday 2 October 2028 (ISO week 40), the first working day of Q4
and of October, the day after a Sunday: done work said last week and at September's end ("i
fredags", "29/9", "last Thurs"), next steps set in the new month ("om en uke", "den 10.", "v. 41",
"in a fortnight"), names holding a month word ("Oktober Eiendom AS", "October Media Ltd"), names
typed small ("rema 1000"), an amount typed before the name.
Written before they were measured, by someone who had not designed the parser for them. Each row is
what a careful colleague reads; what a colleague would ask is `unread`. The rows marked "was:"
were read wrong before this session; each is read with the seller's language, as the app reads it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.fresh_phrasings import check_command

MONDAY = date(2028, 10, 2)  # ISO week 40 of 2028, the first working day of October and Q4
M = Decimal


def d(day: int, month: int = 10) -> date:
    return date(2028, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
ROWS: list[tuple[str, str, str, dict]] = [
    # Norwegian
    ("meeting", "nb", "Elkjøp i fredags, varm, nytt møte om en uke", {"customer": "Elkjøp", "when": d(29, 9), "temp": "warm", "next": ("møte", d(9))}),
    ("call", "nb", "Statkraft i dag, kald, ringer tilbake i slutten av neste uke", {"customer": "Statkraft", "temp": "cold", "next": ("ringer tilbake", d(13))}),
    ("offer", "nb", "tilbud på 480 000 kr til Kiwi i fredags", {"customer": "Kiwi", "when": d(29, 9), "amount": M(480000), "currency": "NOK"}),
    ("win", "nb", "Oktober Eiendom AS 1,2 mill i dag 🥳", {"customer": "Oktober Eiendom AS", "amount": M(1200000), "currency": None}),
    ("lost", "nb", "Obos forrige uke, valgte å bygge selv", {"customer": "Obos", "when": d(25, 9), "note": "valgte å bygge selv"}),
    ("meeting", "nb", "XXL 29/9, het, neste møte tirsdag 10. oktober", {"customer": "XXL", "when": d(29, 9), "temp": "hot", "next": ("møte", d(10))}),
    ("call", "nb", "rema 1000 i dag, varm, ringer igjen i morgen", {"customer": "rema 1000", "temp": "warm", "next": ("ringer igjen", d(3))}),
    ("offer", "nb", "Posten 95 000,- eks mva 28.9.", {"customer": "Posten", "when": d(28, 9), "amount": M(95000), "currency": None}),
    # Swedish
    ("meeting", "sv", "Mölnlycke i torsdags, varm, nästa möte v. 41", {"customer": "Mölnlycke", "when": d(28, 9), "temp": "warm", "next": ("möte", d(13))}),
    ("call", "sv", "Atlas Copco idag, het, bokade demo på fredag", {"customer": "Atlas Copco", "temp": "hot", "next": ("demo", d(6))}),
    ("offer", "sv", "Essity 1,25 mkr i fredags, gäller 30 dagar", {"customer": "Essity", "when": d(29, 9), "amount": M(1250000), "currency": "SEK", "note": "gäller 30 dagar"}),
    ("win", "sv", "Oktober Bygg AB 600 tkr i fredags", {"customer": "Oktober Bygg AB", "when": d(29, 9), "amount": M(600000), "currency": "SEK"}),
    ("lost", "sv", "Nordea förra veckan – valde en lokal leverantör", {"customer": "Nordea", "when": d(25, 9), "note": "valde en lokal leverantör"}),
    ("call", "sv", "Hemköp idag, kall, ringer igen om två veckor", {"customer": "Hemköp", "temp": "cold", "next": ("ringer igen", d(16))}),
    ("meeting", "sv", "ICA Maxi 28/9 tillsammans med Johan, varm", {"customer": "ICA Maxi", "when": d(28, 9), "temp": "warm", "unread": "tillsammans med Johan"}),
    # Danish
    ("meeting", "da", "Rockwool i fredags, hed, næste møde onsdag i næste uge", {"customer": "Rockwool", "when": d(29, 9), "temp": "hot", "next": ("møde", d(11))}),
    ("call", "da", "Netto i dag, lunken", {"customer": "Netto", "temp": None, "unread": "lunken"}),
    ("offer", "da", "GN Store Nord 750.000 kr. 29/9", {"customer": "GN Store Nord", "when": d(29, 9), "amount": M(750000), "currency": "DKK"}),
    ("win", "da", "Demant 2,3 mio. i fredags 🎉", {"customer": "Demant", "when": d(29, 9), "amount": M(2300000), "currency": None}),
    ("lost", "da", "Coop Danmark 28/9 - valgte en billigere løsning", {"customer": "Coop Danmark", "when": d(28, 9), "note": "valgte en billigere løsning"}),
    ("call", "da", "Ørsted i dag, varm, følger op den 10.", {"customer": "Ørsted", "temp": "warm", "next": ("følger op", d(10))}),
    ("offer", "da", "325 t.kr. Søstrene Grene i fredags", {"customer": "Søstrene Grene", "when": d(29, 9), "amount": M(325000), "currency": "DKK"}),
    # English
    ("meeting", "en", "Rolls-Royce Friday, warm, next meeting Weds 11th", {"customer": "Rolls-Royce", "when": d(29, 9), "temp": "warm", "next": ("meeting", d(11))}),
    ("call", "en", "Marks & Spencer today, cold, try again in a fortnight", {"customer": "Marks & Spencer", "temp": "cold", "next": ("try again", d(16))}),
    ("offer", "en", "£275k Vodafone last Thurs, valid for 30 days", {"customer": "Vodafone", "when": d(28, 9), "amount": M(275000), "currency": "GBP", "note": "valid for 30 days"}),
    ("win", "en", "October Media Ltd £90k this morning", {"customer": "October Media Ltd", "amount": M(90000), "currency": "GBP"}),
    ("lost", "en", "Aviva 29/9, budget moved to next year", {"customer": "Aviva", "when": d(29, 9), "note": "budget moved to next year"}),
    ("meeting", "en", "Unilever last week with Priya, hot", {"customer": "Unilever", "when": d(25, 9), "temp": "hot", "note": "with Priya"}),
    ("call", "en", "BT today, warm, chase on the 10th", {"customer": "BT", "temp": "warm", "next": ("chase", d(10))}),
    ("offer", "en", "Halfords 12k per month for 24 months", {"customer": "Halfords", "amount": M(288000), "currency": None, "unread": "12k per month for 24 months"}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in ROWS])
def test_a_command_on_the_first_monday_of_october_reads_as_meant(row: tuple) -> None:
    check_command(row, MONDAY, language=True)
