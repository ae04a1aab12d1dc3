"""mendC30 (review30's item 5): a weekday that disagrees with its day of the month, said in a
channel message as a plan's or a next step's day, was read as a third day (the coming weekday)
without asking: "Ringer Orkla igjen tirsdag 16." (the 16th a Wednesday) planned on Tue 8 Dec.
Now both readings are offered, the date said and the weekday said nearest it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services import questions
from bot.services.capture import Outcome, recognise
from bot.services.capture.signals import dates, tokenise
from bot.services.commands import LogCommand, NextStep

TUESDAY = date(2026, 12, 1)
KNOWN = {"Orkla", "Tine", "Lego", "Carlsberg", "Tesco"}


@pytest.mark.parametrize(
    ("text", "planned", "days"),
    [
        # the 16th is a Wednesday: Wed 16 Dec or Tue 15 Dec (was: Tue 8 Dec, planned)
        ("Ringer Orkla igjen tirsdag 16.", True, (date(2026, 12, 16), date(2026, 12, 15))),
        # the 10th is a Thursday: Thu 10 Dec or Wed 9 Dec (was: Wed 2 Dec)
        ("Kunde Tine: ringer igjen onsdag 10.", True, (date(2026, 12, 10), date(2026, 12, 9))),
        # "d. 9." read with its weekday (was: the meeting stored at once, its step on Tue 8 Dec)
        (
            "Møde med Lego, vi ringer igen tirsdag d. 9.",
            False,
            (date(2026, 12, 9), date(2026, 12, 8)),
        ),
        (
            "Møte med Tine i dag, følger opp tirsdag den 16.",
            False,
            (date(2026, 12, 16), date(2026, 12, 15)),
        ),
        # English ordinals, and a weak word asked before the clash was looked at
        ("Call Tesco again Tuesday 16th", True, (date(2026, 12, 16), date(2026, 12, 15))),
        ("Met Tesco today, follow up Tues 16th", False, (date(2026, 12, 16), date(2026, 12, 15))),
    ],
)
def test_a_weekday_and_a_date_that_disagree_offer_both_days(
    text: str, planned: bool, days: tuple[date, date]
) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN)
    assert (found.outcome, found.planned, found.clash_days) == (Outcome.LIKELY, planned, days), (
        found
    )


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Ringer Orkla igjen tirsdag 15.", date(2026, 12, 15)),
        ("Kunde Tine: ringer igjen fredag 4.", date(2026, 12, 4)),
        ("Møde med Lego, vi ringer igen onsdag d. 9.", date(2026, 12, 9)),
        ("Møde med Carlsberg i mandags, følger op onsdag d. 9.", date(2026, 12, 9)),
        ("Møte med Tine i dag, følger opp tirsdag den 15.", date(2026, 12, 15)),
        ("Met Tesco today, chasing Friday 4th", date(2026, 12, 4)),
    ],
)
def test_an_agreeing_weekday_and_date_stay_unasked(text: str, due: date) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN)
    step = found.next_step or found.follow_up
    got = (found.outcome, step.due if step else None, found.clash_days)
    assert got == (Outcome.SURE, due, ()), found


def test_the_clash_carries_both_readings() -> None:
    [when] = dates(tokenise("ringer tirsdag d. 9."), TUESDAY, (), "future")
    assert (when.clash, when.choices) == (True, (date(2026, 12, 9), date(2026, 12, 8)))


def test_the_picked_day_is_the_steps() -> None:
    cmd = LogCommand(
        kind=ActivityKind.CALL,
        customer="Orkla",
        when=TUESDAY,
        next_step=NextStep("call", date(2026, 12, 8)),
    )
    pending = questions.Pending(
        cmd, questions.Source.MESSAGE, "msg:C:1", questions.NO_ANSWERS, "capture", {}, ()
    )
    kept = questions.load(questions.dump(pending))
    assert kept.command.next_step == cmd.next_step
    assert questions.STEP_ON == "on:" and not questions.STEP_ON.startswith(questions.STEP)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "bokade 2 möten (Ica tor, Axfood fre)",
            [("Ica", date(2026, 12, 3)), ("Axfood", date(2026, 12, 4))],
        ),
        (
            "Booket 2 møter (Orkla fre, Tine tor)",
            [("Orkla", date(2026, 12, 4)), ("Tine", date(2026, 12, 3))],
        ),
    ],
)
def test_tor_after_a_name_in_a_bracketed_booking_list_is_thursday(
    text: str, rows: list[tuple[str, date]]
) -> None:
    """Was: "Ica tor" no day, the bookings asked with none ("incomplete")."""
    found = recognise(text, today=TUESDAY, known_customers=KNOWN | {"Ica", "Axfood"})
    got = []
    while found is not None:
        got.append((found.customer, found.next_step.due if found.next_step else None))
        found = found.also
    assert got == rows


@pytest.mark.parametrize(
    "text", ["Möte med Tor på Ica idag", "Møte med Orkla (med Kari, Tor) i dag"]
)
def test_tor_elsewhere_stays_a_name(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN | {"Ica"})
    assert (found.outcome, found.when, found.next_step) == (Outcome.SURE, TUESDAY, None), found


@pytest.mark.parametrize(
    ("planned", "amount", "said", "label"),
    [
        (True, None, "hvilken dag skal jeg planlegge *en samtale* med *Orkla*", "Planlegg det"),
        (False, Decimal(200000), "*Orkla*, kr 200\xa0000? Ukedagen og datoen", "Neste steg"),
    ],
)
def test_the_question_says_why_and_names_both_days(
    planned: bool, amount: Decimal | None, said: str, label: str
) -> None:
    from bot.rendering.replies import log_reply

    days = [date(2026, 12, 16), date(2026, 12, 15)]
    params = {
        "kind": "call" if planned else "offer", "customer": "Orkla", "amount": amount,
        "currency": "NOK" if amount else None, "when": TUESDAY, "today": TUESDAY,
        "due": date(2026, 12, 8), "step_days": days, "planned": planned,
    }  # fmt: skip
    options = ("on:2026-12-16", "on:2026-12-15", questions.NOT_A_SALE)
    reply = log_reply("nb", questions.Question("t0", "capture", params, options))
    labels = [e["text"]["text"] for b in reply["blocks"] for e in b.get("elements", ())]
    text = " | ".join([reply["text"], *labels])
    assert said in text, text
    assert f"{label} ons. 16. des. 2026" in text and f"{label} tir. 15. des. 2026" in text, text
    assert "8. des" not in text, text
