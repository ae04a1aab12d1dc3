"""Fresh command texts written in session 25 (heldcmd25) after commands_holdout24.yaml, in four
languages, as sellers type them on the first working day after the Norwegian fellesferie and
the Swedish industrisemester (Monday 2027-08-02, ISO week 31): catching up on the weeks before
and during the holidays ("siste uka i juni", "sista veckan i juni", "last week of June", "midt i
juli", "mid July", "uke 26 fredag", "30/6", "den 28:e juni", "i ferien", "under semestern",
"first day back"), next steps in the weeks ahead ("6/8", "10/8-27", "uke 32", "v. 33", "9th Aug",
"w/c 9 Aug"), and several customers caught up in one command. Each row is what a careful
colleague reads; what a colleague would ask is `unread`. The rows marked "was:" were read wrong
before this session."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from tests.unit.fresh_phrasings import check_command

MONDAY = date(2027, 8, 2)  # the first working day after the holidays, ISO week 31
M = Decimal


def d(day: int, month: int) -> date:
    return date(2027, month, day)


# (command, language, text, what a colleague reads; "when" defaults to today, always checked)
ROWS: list[tuple[str, str, str, dict]] = [
    # a week of a month gone names no day: asked (was: 1 June or 1 July with "siste uka" asked,
    # or last week's Monday with "of June" asked)
    ("meeting", "nb", "Orkla siste uka i juni, varm", {"customer": "Orkla", "temp": "warm", "unread": "siste uka i juni"}),
    ("meeting", "sv", "SKF sista veckan i juni, varm", {"customer": "SKF", "temp": "warm", "unread": "sista veckan i juni"}),
    ("meeting", "sv", "Volvo första veckan i juli", {"customer": "Volvo", "unread": "första veckan i juli"}),
    ("meeting", "da", "Lego sidste uge i juni, varm", {"customer": "Lego", "temp": "warm", "unread": "sidste uge i juni"}),
    ("meeting", "en", "Tesco last week of June, warm", {"customer": "Tesco", "temp": "warm", "unread": "last week of June"}),
    ("offer", "en", "Currys £40k the last week of June", {"customer": "Currys", "amount": M(40000), "currency": "GBP", "unread": "the last week of June"}),
    # the middle of a month gone names no day: asked (was: 1 July with "midt" asked, or the 15th)
    ("meeting", "nb", "Tine midt i juli, varm, neste møte 6/8", {"customer": "Tine", "temp": "warm", "unread": "midt i juli", "next": ("møte", d(6, 8))}),
    ("meeting", "da", "Novo Nordisk midt i juli, hed", {"customer": "Novo Nordisk", "temp": "hot", "unread": "midt i juli"}),
    ("call", "sv", "Husqvarna mitt i juli, varm, ringer upp 6/8", {"customer": "Husqvarna", "temp": "warm", "unread": "mitt i juli", "next": ("ringer upp", d(6, 8))}),
    ("meeting", "en", "Greggs mid July, warm, next meeting 6th Aug", {"customer": "Greggs", "temp": "warm", "unread": "mid July", "next": ("meeting", d(6, 8))}),
    ("win", "nb", "Orkla 1,2 mill midt i juli", {"customer": "Orkla", "amount": M(1200000), "unread": "midt i juli"}),
    # the start or end of a month gone, said so, as "i slutten av juni" (was: 1 June or 1 July,
    # "sist" or "tidlig" asked)
    ("meeting", "da", "Lego sidst i juni, varm", {"customer": "Lego", "temp": "warm", "unread": "sidst i juni"}),
    ("meeting", "nb", "Orkla sist i juni, kald", {"customer": "Orkla", "temp": "cold", "unread": "sist i juni"}),
    ("meeting", "sv", "Volvo tidigt i juli, varm", {"customer": "Volvo", "temp": "warm", "unread": "tidigt i juli"}),
    # the holidays themselves, or around them, name no day: asked
    ("meeting", "nb", "Equinor rett før ferien, varm, følger opp uke 32", {"customer": "Equinor", "temp": "warm", "unread": "rett før ferien", "next": ("følger opp", d(13, 8))}),
    ("win", "nb", "Aker Solutions 900k i ferien", {"customer": "Aker Solutions", "amount": M(900000), "unread": "i ferien"}),
    ("win", "sv", "Boliden 2 mkr under semestern", {"customer": "Boliden", "amount": M(2000000), "currency": "SEK", "unread": "under semestern"}),
    ("win", "da", "Danfoss 1,5 mio i ferien", {"customer": "Danfoss", "amount": M(1500000), "unread": "i ferien"}),
    # a win in the holidays closing an offer: the holidays asked, the remark the note (was:
    # stored on Mon 12 Jul, the holidays' first Monday, unasked)
    ("win", "nb", "Tine 500k i ferien, tilbud fra juni", {"customer": "Tine", "amount": M(500000), "note": "tilbud fra juni", "unread": "i ferien"}),
    ("win", "sv", "Volvo 2 mkr under semestern, offerten från juni", {"customer": "Volvo", "amount": M(2000000), "currency": "SEK", "note": "offerten från juni", "unread": "under semestern"}),
    ("win", "en", "Aviva £300k over the hols, closes the quote from June", {"customer": "Aviva", "amount": M(300000), "currency": "GBP", "note": "closes the quote from June", "unread": "over the hols"}),
    ("meeting", "en", "Boots first day back, hot", {"customer": "Boots", "temp": "hot", "unread": "first day back"}),
    ("win", "en", "Admiral £300k while I was off", {"customer": "Admiral", "amount": M(300000), "currency": "GBP", "unread": "while I was off"}),
    # days before the holidays, by date or week, and steps in the weeks ahead
    ("call", "nb", "Hafslund 30/6, kald, ringer igjen mandag neste uke", {"customer": "Hafslund", "when": d(30, 6), "temp": "cold", "next": ("ringer igjen", d(9, 8))}),
    ("offer", "nb", "Statkraft 1,2 mill 1.7.", {"customer": "Statkraft", "when": d(1, 7), "amount": M(1200000)}),
    ("meeting", "nb", "Yara uke 26 fredag, het, nytt møte 10/8-27", {"customer": "Yara", "when": d(2, 7), "temp": "hot", "next": ("møte", d(10, 8))}),
    ("offer", "sv", "ICA 400 tkr den 28:e juni", {"customer": "ICA", "when": d(28, 6), "amount": M(400000), "currency": "SEK"}),
    ("meeting", "sv", "Skanska v. 27 fredag, kall, nytt möte 10/8", {"customer": "Skanska", "when": d(9, 7), "temp": "cold", "next": ("möte", d(10, 8))}),
    ("call", "sv", "Telia 28 juni, het, ringer upp v. 33", {"customer": "Telia", "when": d(28, 6), "temp": "hot", "next": ("ringer upp", d(20, 8))}),
    ("meeting", "da", "Vestas i uge 26, varm", {"customer": "Vestas", "when": d(28, 6), "temp": "warm"}),
    ("call", "da", "Maersk 1/7, kold, ringer igen 9/8", {"customer": "Maersk", "when": d(1, 7), "temp": "cold", "next": ("ringer igen", d(9, 8))}),
    ("offer", "da", "Coloplast 350 t.kr. 30/6", {"customer": "Coloplast", "when": d(30, 6), "amount": M(350000), "currency": "DKK"}),
    ("meeting", "en", "Asda end of June, warm", {"customer": "Asda", "when": d(30, 6), "temp": "warm"}),
    ("call", "en", "BT 3 weeks ago, warm, chase 9th Aug", {"customer": "BT", "when": d(12, 7), "temp": "warm", "next": ("chase", d(9, 8))}),
    ("offer", "en", "Ocado £80k 30 June", {"customer": "Ocado", "when": d(30, 6), "amount": M(80000), "currency": "GBP"}),
    ("meeting", "en", "Greggs Tue wk 27, warm, next meeting w/c 9 Aug", {"customer": "Greggs", "when": d(6, 7), "temp": "warm", "next": ("meeting", d(13, 8))}),
    # a colleague along after the dash is no second customer: the note
    ("meeting", "nb", "Equinor i dag, varm – og Kari var med", {"customer": "Equinor", "temp": "warm", "note": "og Kari var med"}),
]  # fmt: skip

# Catching up, a second customer with its own day or temperature in the same command: refused,
# each to be logged on its own (was: the second's day and temperature read as the first's and
# the rest asked, or the second's call kept as the first's note)
TWO_AT_ONCE: list[tuple[str, str, str, str]] = [
    ("call", "nb", "Kiwi i dag, varm. Bama i fredags, kald", "Bama"),
    ("call", "sv", "Volvo idag, varm; Scania i fredags, kall", "Scania"),
    ("call", "da", "Lego i dag, varm / Maersk i fredags, kold", "Maersk"),
    ("meeting", "da", "Lego i dag, varm – og Vestas sidste uge, kold", "Vestas"),
    ("call", "en", "Tesco today, warm; Asda Friday, cold", "Asda"),
    ("meeting", "nb", "Posten i dag + DNB i fredags", "DNB"),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in ROWS])
def test_a_command_after_the_holidays_reads_as_meant(row: tuple) -> None:
    check_command(row, MONDAY)


@pytest.mark.parametrize("row", TWO_AT_ONCE, ids=[f"{r[1]} {r[2]}"[:60] for r in TWO_AT_ONCE])
def test_two_customers_caught_up_at_once_are_refused(row: tuple) -> None:
    kind, _, text, second = row
    with pytest.raises(UserError) as refused:
        parse_log_command(ActivityKind(kind), text, today=MONDAY)
    assert refused.value.code == "two_customers"
    assert refused.value.params["second"] == second
