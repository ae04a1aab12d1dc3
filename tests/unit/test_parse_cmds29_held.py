"""What commands_holdout28.yaml's misses taught, read in general (heldcmd29), on its day, Thursday
31 August 2028 (ISO week 35), the month's last day: a next step in the coming month alone asked
(it names no day; its first is tomorrow); the follow-up verbs sellers mistype or say in other
words ("ringr", "rnger", "rigner", "try again", "prøver igjen", "f/u"); the seller's own coming
back ("jag återkommer på fredag", "kommer tilbake til dem"); the start of a week (asked); a step
"some time during" a week (its Monday); a record's day said before other words with a day of
their own ("Tesco yesterday, sending contract Friday": yesterday's call, the rest asked); how an
offer was sent (the note); an amount typed before a name with a number of its own ("kr 250 000
Rema 1000"); a loss's day after its amount ("Tine 300k i går, for dyre"); a loss's name typed
small with a month first ("januar bygg"). Each row is what a careful colleague reads, with the
seller's language as the app passes it; the rows marked "kept" were read so before, the others
wrong (the "was:" comments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.errors import UserError
from bot.services.commands import parse_log_command
from tests.unit.fresh_phrasings import KINDS, KRONE, check_fields

THURSDAY = date(2028, 8, 31)
M = Decimal


def d(day: int, month: int = 9) -> date:
    return date(2028, month, day)


def _read(kind: str, lang: str, text: str):  # type: ignore[no-untyped-def]
    return parse_log_command(
        KINDS[kind], text, today=THURSDAY, krone=KRONE[lang], known_customers=(), language=lang
    )


ROWS: list[tuple[str, str, str, dict]] = [
    # was: the step due Fri 1 Sep, the first of the month (tomorrow), a day nobody said
    ("meeting", "nb", "Tine i dag, neste møte neste måned", {"customer": "Tine", "next": None, "unread": "neste møte neste måned"}),
    ("call", "sv", "Volvo idag, varm, ringer igen nästa månad", {"customer": "Volvo", "temp": "warm", "next": None, "unread": "ringer igen nästa månad"}),
    ("meeting", "da", "Lego i dag, næste møde i næste måned", {"customer": "Lego", "next": None, "unread": "næste møde i næste måned"}),
    ("call", "en", "Tesco today, chase next month", {"customer": "Tesco", "next": None, "unread": "chase next month"}),
    # was: a step "ringer igjen 5." due 1 Sep
    ("call", "nb", "Tine i dag, ringer igjen 5. neste måned", {"customer": "Tine", "next": None, "unread": "ringer igjen 5. neste måned"}),
    # kept: a month by its name, said ahead, is its first day (commands.yaml "neste møte i januar")
    ("meeting", "nb", "Orkla i dag, neste møte i januar", {"customer": "Orkla", "next": ("møte", date(2029, 1, 31)), "unread": None}),
    # was: refused as a call tomorrow (date_in_future), the misspelt verb not read as one
    ("call", "nb", "Tine i dag, kald, ringr igjen i morgen", {"customer": "Tine", "temp": "cold", "next": ("ringr igjen", d(1))}),
    ("call", "sv", "Telia igår, rnger igen på fredag", {"customer": "Telia", "when": d(30, 8), "next": ("rnger igen", d(1))}),
    ("call", "da", "Maersk i går, rigner igen 4/9", {"customer": "Maersk", "when": d(30, 8), "next": ("rigner igen", d(4))}),
    # was: "yesterday" read as last Friday's, the rest asked
    # heldcmd30: "no answer" before a comma is the call's note, as "Ocado 30/12 - no answer, call
    # back 5 Jan" reads (was asked: the comma after it hid it from the talk's remarks)
    ("call", "en", "Tesco yesterday, no answer, try them again Friday", {"customer": "Tesco", "when": d(30, 8), "next": ("try them again", d(1)), "note": "no answer", "unread": None}),
    # was: "yesterday" and "f/u" asked, the call dated last Friday
    ("call", "en", "Asda today, f/u Friday", {"customer": "Asda", "next": ("f/u", d(1)), "unread": None}),
    # the seller coming back to them is the seller's step (was: a Swede's refused as a call
    # ahead; the others dated last Friday, "i dag, … kommer tilbake til dem" asked)
    ("call", "sv", "Volvo idag, varm, jag återkommer på fredag", {"customer": "Volvo", "temp": "warm", "next": ("återkommer", d(1)), "unread": None}),
    ("call", "sv", "Volvo idag, varm, återkommer till dem på fredag", {"customer": "Volvo", "temp": "warm", "next": ("återkommer till dem", d(1)), "unread": None}),
    ("call", "nb", "Tine i dag, varm, jeg kommer tilbake til dem fredag", {"customer": "Tine", "temp": "warm", "next": ("kommer tilbake til dem", d(1)), "unread": None}),
    ("call", "nb", "Tine i dag, varm, jeg melder tilbake fredag", {"customer": "Tine", "temp": "warm", "next": ("melder tilbake", d(1)), "unread": None}),
    ("call", "da", "Novo i dag, varm, jeg vender tilbage fredag", {"customer": "Novo", "temp": "warm", "next": ("vender tilbage", d(1)), "unread": None}),
    # was: refused as a call tomorrow; "try again" in the other three languages
    ("call", "nb", "Tine i dag, prøver igjen i morgen", {"customer": "Tine", "next": ("prøver igjen", d(1))}),
    ("call", "sv", "Telia idag, försöker igen imorgon", {"customer": "Telia", "next": ("försöker igen", d(1))}),
    ("call", "da", "TDC i dag, prøver igen i morgen", {"customer": "TDC", "next": ("prøver igen", d(1))}),
    # was: a step "meeting start of" due Mon 4 Sep; the start of a week names no day, asked as
    # "i början av nästa vecka" and "early next week" are
    ("meeting", "en", "Tesco today, warm, next meeting start of next week", {"customer": "Tesco", "temp": "warm", "next": None, "unread": "next meeting start of next week"}),
    ("call", "en", "Tesco today, chase beginning of next week", {"customer": "Tesco", "next": None, "unread": "chase beginning of next week"}),
    # the day right after the name is the record's; the words after it, with their day, asked
    # (was: the record dated on that weekday gone, "yesterday, …" asked with the words)
    # steps34 (the lead's class 2): sending something on a day is the seller's step, read by the
    # parser too (was asked here, then read by step_periods as the same step)
    ("call", "en", "Tesco yesterday, sending contract Friday", {"customer": "Tesco", "when": d(30, 8), "unread": None, "next": ("send contract", d(1, 9))}),
    # session 40: a talk the customer asked for on a day is the lead's next step (was asked)
    # session 66: their wish with its day is the note (was the step "demo")
    ("meeting", "nb", "Tine i går, varm, de vil ha demo fredag", {"customer": "Tine", "when": d(30, 8), "temp": "warm", "unread": None, "next": None, "note": "de vil ha demo fredag"}),
    ("call", "sv", "ICA idag, pilot startar måndag", {"customer": "ICA", "unread": "pilot startar måndag"}),
    ("meeting", "nb", "Tine i dag, prøver å få møte fredag", {"customer": "Tine", "unread": "prøver å få møte fredag"}),
    # "some day within" a week names no step ("følger opp i løpet av"): the week's day as without
    # it, its Monday (was: steps "følger opp i løpet av", "meeting during", "follow up sometime")
    ("call", "nb", "Tine i dag, følger opp i løpet av neste uke", {"customer": "Tine", "next": ("følger opp", d(8))}),
    ("call", "sv", "Telia idag, följer upp under nästa vecka", {"customer": "Telia", "next": ("följer upp", d(8))}),
    ("call", "da", "TDC i dag, følger op i løbet af næste uge", {"customer": "TDC", "next": ("følger op", d(8))}),
    ("meeting", "en", "Tesco today, next meeting during week 37", {"customer": "Tesco", "next": ("meeting", d(15))}),
    ("call", "en", "Tesco today, follow up sometime next week", {"customer": "Tesco", "next": ("follow up", d(8))}),
    # how an offer was sent is the seller's remark, the note (was: asked)
    ("offer", "nb", "Tine 300k i går, sendt på mail", {"customer": "Tine", "when": d(30, 8), "amount": M(300000), "note": "sendt på mail", "unread": None}),
    ("offer", "sv", "ICA 300 tkr igår, skickad per mejl", {"customer": "ICA", "when": d(30, 8), "amount": M(300000), "currency": "SEK", "note": "skickad per mejl", "unread": None}),
    ("offer", "da", "Coop 300.000 kr i går, sendt pr. mail", {"customer": "Coop", "when": d(30, 8), "amount": M(300000), "currency": "DKK", "note": "sendt pr. mail", "unread": None}),
    ("offer", "en", "Tesco £30k yesterday, emailed over", {"customer": "Tesco", "when": d(30, 8), "amount": M(30000), "currency": "GBP", "note": "emailed over", "unread": None}),
    # session 64: sent to a department or a first name is the note too (was: asked)
    ("offer", "en", "Tesco £30k yesterday, sent to procurement", {"customer": "Tesco", "note": "sent to procurement", "unread": None, "when": d(30, 8)}),
    # kept: the customer coming back is a note, no step of ours
    ("call", "sv", "Volvo idag, varm, de återkommer på fredag", {"customer": "Volvo", "next": None, "note": "de återkommer på fredag"}),
    # was: refused (name_or_amount: a customer "kr 250 000 Rema" with 1 000)
    ("offer", "nb", "kr 250 000 Rema 1000", {"customer": "Rema 1000", "amount": M(250000), "currency": "NOK"}),
    ("win", "nb", "450k Rema 1000", {"customer": "Rema 1000", "amount": M(450000), "currency": None}),
    ("offer", "nb", "kr 250 000 Rema 1000, revidert ned fra 300k", {"customer": "Rema 1000", "amount": M(250000), "note": "revidert ned fra 300k", "unread": None}),
    # was: refused, no customer ("1,4")
    ("win", "nb", "1,4 mill Rema 1000, tilbudet fra juni", {"customer": "Rema 1000", "amount": M(1400000), "note": "tilbudet fra juni", "unread": None}),
    # was: a customer "Studio" with "54 upsell" asked
    ("win", "en", "£40k Studio 54 yesterday, upsell", {"customer": "Studio 54", "when": d(30, 8), "amount": M(40000), "currency": "GBP", "note": "upsell", "unread": None}),
    # kept: digits that could join the name's number stay apart
    ("offer", "sv", "350 tkr Studio 54 igår", {"customer": "Studio 54", "when": d(30, 8), "amount": M(350000), "currency": "SEK"}),
    # a loss's amount (kept in its note), then its day and a reason: that day the loss's (was
    # the loss today, the day left in the note)
    ("lost", "nb", "Tine 300k i går, for dyre", {"customer": "Tine", "when": d(30, 8), "note": "300k, for dyre"}),
    ("lost", "sv", "ICA 300 tkr igår, för dyrt", {"customer": "ICA", "when": d(30, 8), "note": "300 tkr, för dyrt"}),
    ("lost", "da", "Lego 250.000 kr. 29/8, for dyrt", {"customer": "Lego", "when": d(29, 8), "note": "250.000 kr., for dyrt"}),
    ("lost", "en", "Tesco £30k yesterday, too pricey", {"customer": "Tesco", "when": d(30, 8), "note": "£30k, too pricey"}),
    ("lost", "nb", "Tine 300k i fredags - valgte Visma", {"customer": "Tine", "when": d(25, 8), "note": "300k - valgte Visma"}),
    # was: refused, no customer ("juni", "januar", "oktober"); "may fair ltd": a customer "may"
    ("lost", "sv", "juni bygg i förrgår, för dyrt", {"customer": "juni bygg", "when": d(29, 8), "note": "för dyrt"}),
    ("lost", "nb", "januar bygg i går, for dyrt", {"customer": "januar bygg", "when": d(30, 8), "note": "for dyrt"}),
    ("lost", "da", "oktober design, for dyrt", {"customer": "oktober design", "note": "for dyrt"}),
    ("lost", "en", "may fair ltd, too pricey", {"customer": "may fair ltd", "note": "too pricey"}),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[1]} {r[2]}"[:60] for r in ROWS])
def test_holdout28s_lessons_read_in_general(row: tuple) -> None:
    kind, lang, text, want = row
    check_fields(_read(kind, lang, text), want, THURSDAY)


def test_an_amount_first_before_a_numbered_name_a_bare_number_is_still_asked() -> None:
    # "2500 Rema 1000": 2 500 won from Rema 1000, or a new customer "2500 Rema 1000"? Asked, with
    # the name whole (was: a customer "2500 Rema" with 1 000 asked)
    with pytest.raises(UserError) as asked:
        _read("win", "nb", "2500 Rema 1000")
    assert asked.value.code == "amount_or_name"
    assert asked.value.args[1]["customer"] == "Rema 1000"


@pytest.mark.parametrize("text", ["januar for dyrt", "januar, for dyrt"])
def test_a_month_and_a_reason_is_still_no_customer(text: str) -> None:
    with pytest.raises(UserError) as refused:
        _read("lost", "nb", text)
    assert refused.value.code == "not_a_customer"
