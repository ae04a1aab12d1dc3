"""The rules held-out file 35 (messages read on Thursday 30 December 2027, inside the romjul, ISO
week 52) led to, each with variants of its own in more than one language: the romjul said inside
it as the only day of done work (asked on its days so far, its first meanwhile), "Last" / "Siste"
/ "Sista" / "Sidste" opening a year's-end cheer (no customer), a quarter the customer wants in a
clause of its own (no day of the record), a laugh at the customer's year-end budget in a clause of
its own (the win as sure as it reads), "pcm" / "månadsvis" after a price (a rate: its term's
whole asked). The file's rows themselves: tests/unit/test_capture_corpus.py::HOLDOUT_35."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise

THU = date(2027, 12, 30)  # inside the romjul: Mon 27 .. Fri 31 Dec are its working days
MON_27 = date(2027, 12, 27)
KNOWN = ["Tine", "Coop Norge", "Volvo", "Lego", "Tesco", "Boots", "Danske Bank", "Rentokil", "Arla"]
C, OF, W = ActivityKind.CALL, ActivityKind.OFFER, ActivityKind.WIN


def _read(text: str, today: date = THU, krone: str = "NOK") -> Recognition:
    return recognise(text, today=today, krone=krone, known_customers=KNOWN)


# -- 1. the romjul said inside it, the only day of done work -------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("ringte Coop Norge i romjula, de er klare for oppstart i februar", C, "Coop Norge"),
        ("Møte med Tine i romjula, god stemning 👍", ActivityKind.MEETING, "Tine"),
        ("skickade offert till Volvo i mellandagarna, 2,4 mkr", OF, "Volvo"),
        ("snakkede med Lego i mellemdagene om fornyelsen", C, "Lego"),
        ("Called Boots between Christmas and New Year, warm", C, "Boots"),
    ],
)
def test_the_romjul_said_inside_it_is_asked_on_its_days_so_far(
    text: str, kind: ActivityKind, customer: str
) -> None:
    # was: today (Thu 30 Dec), stored unasked for most
    found = _read(text, krone="SEK" if "mkr" in text else "NOK")
    assert (found.outcome, found.kind, found.customer) == (Outcome.LIKELY, kind, customer)
    assert found.when == MON_27, found.reasons
    assert found.which_days == (MON_27, date(2027, 12, 28), date(2027, 12, 29), THU)


@pytest.mark.parametrize(
    "text",
    [
        "Ringte Tine i dag, de har stengt i romjula",  # why, in a clause of its own
        "Møte med Tine i går, neste møte etter romjula",
    ],
)
def test_the_romjul_beside_another_day_or_as_a_reason_is_no_day_of_it(text: str) -> None:
    found = _read(text)
    assert found.when != MON_27 and not found.which_days, found.reasons


def test_the_romjul_said_on_its_first_day_is_that_day() -> None:
    found = _read("ringte Coop Norge i romjula", today=MON_27)
    assert found.when == MON_27 and not found.which_days, found.reasons


# -- 2. "Last" / "Siste" opening a cheer is no customer --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Last deal of 2027 in the bag 🎉 £30k!",
        "Sidste ordre i 2027 🎉 400 t.kr.!",
        "Siste ordre i 2027 🎉 400k!",
        "Sista ordern för året 🎉 300 tkr!",
    ],
)
def test_last_opening_a_cheer_is_no_customer(text: str) -> None:
    found = _read(text)  # was: a win with "Last" / "Sidste", stored or asked
    assert found.outcome is Outcome.NOTHING, (found.customer, found.reasons)


# -- 3. a quarter the customer wants is no day of the call ------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Danske Bank ringede, vil have møde i Q1", "Danske Bank"),
        ("Ringte Tine, de vil ha tilbud i Q1", "Tine"),
        ("Ringde Volvo, de vill ha en offert i Q1", "Volvo"),
        ("Called Tesco, they want a demo in Q1", "Tesco"),
    ],
)
def test_a_quarter_wanted_is_no_day_of_the_call(text: str, customer: str) -> None:
    found = _read(text)  # was: asked which day ("vague-date")
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE,
        C,
        customer,
        THU,
    ), found.reasons


def test_a_quarter_gone_as_the_only_day_is_still_asked() -> None:
    found = _read("Ringte Tine i Q3")
    assert found.outcome is Outcome.LIKELY, found.reasons


# -- 4. a laugh at the customer's budget ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer", "amount", "krone"),
    [
        ("Tesco signed today 🎉 £240k, use-it-or-lose-it budget 😂", "Tesco", "240000", "NOK"),
        ("Vant Tine 300k i dag, budsjettet måtte brukes opp 😂", "Tine", "300000", "NOK"),
        ("Volvo beställde idag 400 tkr, budgeten skulle ta slut 😂", "Volvo", "400000", "SEK"),
        ("Arla bestilte i dag 200.000 kr, deres budget skulle bruges 😂", "Arla", "200000", "DKK"),
    ],
)
def test_a_laugh_at_their_budget_leaves_the_win_sure(
    text: str, customer: str, amount: str, krone: str
) -> None:
    found = _read(text, krone=krone)  # was: asked ("laughing")
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.SURE,
        W,
        customer,
        Decimal(amount),
    ), found.reasons


def test_a_laugh_at_the_win_itself_is_still_asked() -> None:
    found = _read("Vant Tine 300k i dag 😂")
    assert found.outcome is not Outcome.SURE, found.reasons


# -- 5. "pcm" / "månadsvis" after a price ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Rentokil £2,250 pcm over 3 years, quote out today", "81000"),
        ("quote out to Rentokil today, £2,250 pcm for 3 years", "81000"),
        ("Rentokil £2,250 pcm, 36 month term, quote out today", "81000"),
        ("Offert till Volvo 20 000 kr månadsvis i 24 månader", "480000"),
    ],
)
def test_a_price_per_calendar_month_is_asked_at_its_terms_whole(text: str, whole: str) -> None:
    found = _read(text)  # was: the monthly price stored sure as the offer's value
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.LIKELY,
        OF,
        Decimal(whole),
    ), found.reasons
