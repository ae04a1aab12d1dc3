"""Fresh command texts written in session 24 (heldcmd24) after commands_holdout23.yaml, in four
languages, as sellers type them in the first days of a year: last year's year by habit
("4.1.26", "4/1-2026", "5 Jan 2026"), a day and month with the year after a space ("4/1 2027"),
the week and days just gone over the year's turn ("uke 53 mandag", "v. 53 torsdag", "mandag i
sidste uge", "nyttårsaften", "lille julaften"), the first working day after New Year, a win's
remark on the offer it closes, and next steps across the turn said in December. Two days:
Friday 2027-01-08 (ISO week 1; week 53 of 2026 = Mon 28 Dec .. Sun 3 Jan; 1 January a Friday)
and Wednesday 2026-12-30 (ISO week 53). Each row is what a careful colleague reads; what a
colleague would ask is `unread`. The rows marked "was:" were read wrong before this session."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from tests.unit.fresh_phrasings import check_command

JANUARY = date(2027, 1, 8)  # a Friday, week 1, a week after New Year's Day
DECEMBER = date(2026, 12, 30)  # a Wednesday, week 53, in the romjul
M = Decimal


def d(day: int, month: int, year: int = 2027) -> date:
    return date(year, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
JANUARY_ROWS: list[tuple[str, str, str, dict]] = [
    # last year's year by habit: this January (was: refused, date_too_old / next_date_in_past)
    ("meeting", "nb", "Orkla 4.1.26, varm", {"customer": "Orkla", "when": d(4, 1), "temp": "warm"}),
    ("meeting", "nb", "Orkla 05.01.2026, varm", {"customer": "Orkla", "when": d(5, 1)}),
    ("meeting", "da", "Lego 4/1-2026, varm", {"customer": "Lego", "when": d(4, 1), "temp": "warm"}),
    ("meeting", "sv", "Volvo den 5 jan 2026, varm", {"customer": "Volvo", "when": d(5, 1)}),
    ("meeting", "en", "Tesco 4th January 2026, warm", {"customer": "Tesco", "when": d(4, 1)}),
    ("offer", "en", "Boots £120k 6 Jan 2026", {"customer": "Boots", "when": d(6, 1), "amount": M(120000), "currency": "GBP"}),
    ("call", "nb", "Hafslund i dag, varm, ringer igjen 11.01.2026", {"customer": "Hafslund", "next": ("ringer igjen", d(11, 1))}),
    ("meeting", "da", "Maersk i mandags, varm, følger op 18.1.2026", {"customer": "Maersk", "when": d(4, 1), "next": ("følger op", d(18, 1))}),
    ("lost", "nb", "Storebrand 5.1.2026, for dyrt", {"customer": "Storebrand", "when": d(5, 1), "note": "for dyrt"}),
    ("lost", "sv", "Electrolux 4/1-2026, för dyrt", {"customer": "Electrolux", "when": d(4, 1), "note": "för dyrt"}),
    ("lost", "en", "Tesco 5 Jan 2026, budget cut", {"customer": "Tesco", "when": d(5, 1), "note": "budget cut"}),
    # with the weekday it has this year (was: refused, bad_date: 5.1.2026 was a Monday)
    ("meeting", "nb", "Orkla tirsdag 5.1.2026, varm", {"customer": "Orkla", "when": d(5, 1), "temp": "warm"}),
    ("meeting", "en", "Tesco Mon 4/1/26, warm", {"customer": "Tesco", "when": d(4, 1), "temp": "warm"}),
    ("call", "nb", "Kiwi i dag, neste samtale tirsdag 12.1.2026", {"customer": "Kiwi", "next": ("samtale", d(12, 1))}),
    # last year's date as typed, where it makes sense, is kept
    ("offer", "nb", "DNB 750 000 kr 29.12.2026", {"customer": "DNB", "when": d(29, 12, 2026), "amount": M(750000), "currency": "NOK"}),
    ("meeting", "da", "Maersk 28/12-2026, kold", {"customer": "Maersk", "when": d(28, 12, 2026), "temp": "cold"}),
    ("lost", "en", "Greggs 31/12/2026, went with a cheaper supplier", {"customer": "Greggs", "when": d(31, 12, 2026), "note": "went with a cheaper supplier"}),
    # a day and month, a space, the year (was: 2 027 kr the amount, or "2027" unread)
    ("offer", "sv", "ICA 2,5 mkr exkl. moms 4/1 2027", {"customer": "ICA", "when": d(4, 1), "amount": M(2500000), "currency": "SEK", "unread": None}),
    ("offer", "nb", "DNB 300k 4.1. 2027", {"customer": "DNB", "when": d(4, 1), "amount": M(300000), "unread": None}),
    ("meeting", "sv", "Scania 4/1 2027, varm", {"customer": "Scania", "when": d(4, 1), "temp": "warm", "unread": None}),
    # the first working day after New Year, the Monday after it: Mon 4 Jan (was: asked)
    ("meeting", "nb", "Equinor første arbeidsdag etter nyttår, varm", {"customer": "Equinor", "when": d(4, 1), "temp": "warm", "unread": None}),
    ("meeting", "sv", "Volvo första arbetsdagen efter nyår, varm", {"customer": "Volvo", "when": d(4, 1), "unread": None}),
    ("meeting", "en", "Tesco the Monday after New Year, warm", {"customer": "Tesco", "when": d(4, 1), "unread": None}),
    # "etter nyttår" alone is a span: asked
    ("meeting", "nb", "Equinor etter nyttår, varm", {"customer": "Equinor", "unread": "etter nyttår"}),
    # a win's remark on the offer it closes is the note (was: asked)
    ("win", "sv", "Sandvik 600 tkr, offerten från december", {"customer": "Sandvik", "amount": M(600000), "currency": "SEK", "note": "offerten från december", "unread": None}),
    ("win", "da", "Carlsberg 2,2 mio. kr, tilbuddet fra november", {"customer": "Carlsberg", "amount": M(2200000), "currency": "DKK", "note": "tilbuddet fra november", "unread": None}),
    ("win", "en", "Lloyds £2.1m, closes our proposal from December", {"customer": "Lloyds", "amount": M(2100000), "currency": "GBP", "note": "closes our proposal from December", "unread": None}),
    # a day after the currency, then what the amount was before: the day, the remark the note
    ("offer", "nb", "Posten 900 000 kr 5.1., ned fra 1 mill", {"customer": "Posten", "when": d(5, 1), "amount": M(900000), "currency": "NOK", "note": "ned fra 1 mill"}),
    # the days and weeks over the turn of the year
    ("meeting", "nb", "Kiwi uke 53 mandag, varm, følger opp uke 3", {"customer": "Kiwi", "when": d(28, 12, 2026), "next": ("følger opp", d(22, 1))}),
    ("meeting", "sv", "IKEA v. 53 torsdag, het, nästa möte v. 2", {"customer": "IKEA", "when": d(31, 12, 2026), "temp": "hot", "next": ("möte", d(15, 1))}),
    ("meeting", "da", "Novo Nordisk mandag i sidste uge, hed, næste møde uge 3", {"customer": "Novo Nordisk", "when": d(28, 12, 2026), "next": ("møde", d(22, 1))}),
    ("call", "nb", "Telenor nyttårsaften, kald", {"customer": "Telenor", "when": d(31, 12, 2026), "temp": "cold"}),
    ("call", "sv", "Ericsson nyårsafton, ljummen", {"customer": "Ericsson", "when": d(31, 12, 2026), "unread": "ljummen"}),
    ("call", "da", "Vestas nytårsdag, kold", {"customer": "Vestas", "when": d(1, 1), "temp": "cold"}),
    ("meeting", "nb", "DNB lille julaften, varm", {"customer": "DNB", "when": d(23, 12, 2026), "temp": "warm"}),
    ("meeting", "sv", "Husqvarna trettondagsafton, varm", {"customer": "Husqvarna", "when": d(5, 1), "temp": "warm"}),
    ("meeting", "en", "Tesco 29 Dec, warm, next meeting 15th Jan", {"customer": "Tesco", "when": d(29, 12, 2026), "next": ("meeting", d(15, 1))}),
    ("meeting", "en", "Barclays Tues 5 Jan, hot, follow up Mon 18th", {"customer": "Barclays", "when": d(5, 1), "next": ("follow up", d(18, 1))}),
    ("call", "en", "Vodafone last week Wednesday, warm", {"customer": "Vodafone", "when": d(30, 12, 2026), "temp": "warm"}),
    ("win", "nb", "Kiwi 2 mill 31.12", {"customer": "Kiwi", "when": d(31, 12, 2026), "amount": M(2000000)}),
]  # fmt: skip

# Said on Wednesday 30 December: next steps across the turn of the year
DECEMBER_ROWS: list[tuple[str, str, str, dict]] = [
    ("meeting", "nb", "Yara i dag, varm, neste møte 5.1.", {"customer": "Yara", "next": ("møte", d(5, 1))}),
    ("meeting", "sv", "Volvo idag, nästa möte v. 1", {"customer": "Volvo", "next": ("möte", d(8, 1))}),
    ("call", "en", "Tesco today, follow up 4/1/27", {"customer": "Tesco", "next": ("follow up", d(4, 1))}),
    # the first working day after the coming New Year (was: asked)
    ("meeting", "nb", "Yara i dag, varm, neste møte første arbeidsdag etter nyttår", {"customer": "Yara", "next": ("møte", d(4, 1)), "unread": None}),
    ("meeting", "en", "Tesco today, next meeting the Monday after New Year", {"customer": "Tesco", "next": ("meeting", d(4, 1)), "unread": None}),
    ("meeting", "nb", "Yara i dag, varm, neste møte etter nyttår", {"customer": "Yara", "unread": "neste møte etter nyttår"}),
]  # fmt: skip


@pytest.mark.parametrize("row", JANUARY_ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in JANUARY_ROWS])
def test_a_january_command_reads_as_meant(row: tuple) -> None:
    check_command(row, JANUARY)


@pytest.mark.parametrize("row", DECEMBER_ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in DECEMBER_ROWS])
def test_a_step_across_the_new_year_reads_as_meant(row: tuple) -> None:
    check_command(row, DECEMBER)


@pytest.mark.parametrize("text", ["Orkla fredag 5.1.2026, varm", "Orkla fredag 26.11., varm"])
def test_a_weekday_that_fits_neither_year_is_refused(text: str) -> None:
    """Fri 5 Jan is in neither 2026 nor 2027: which day was it? Refused with an example."""
    with pytest.raises(UserError) as refused:
        parse_log_command(ActivityKind.MEETING, text, today=JANUARY, krone="NOK")
    assert refused.value.code == "bad_date"
