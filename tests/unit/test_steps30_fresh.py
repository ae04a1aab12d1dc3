"""Session 30 (steps30). Thirty fresh slash commands of the brief's shapes, in four languages,
written for this session and read on Wed 2 Dec 2026: a step on a coming day in the words after
the record ("day"), a step in a period to come ("period": its day asked, a button a day or a
week), a month by its name said in December ("month": the one gone or the one to come), and
an amount as a range ("range": low, middle or high asked). Each was misread on main: "could not
read …" (the step lost), a day picker on last January alone, or bad_amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services import questions
from tests.unit.steps30_reading import read

TODAY = date(2026, 12, 2)  # Wednesday
YESTERDAY = date(2026, 12, 1)
MON, THU, FRI = date(2026, 12, 7), date(2026, 12, 3), date(2026, 12, 4)
JAN_29 = date(2027, 1, 29)  # mendE33: "neste måned" due by its last working day (was asked)
NEW_YEAR = "2027-01-04 2027-01-05 2027-01-06 2027-01-07 2027-01-08"
NEW_YEAR_SE = "2027-01-04 2027-01-05 2027-01-07 2027-01-08"  # trettondedag jul

FRESH = [
    # a step on a coming day
    ("meeting", "nb", "Telenor i går, sender avtaleutkast fredag", ("day", YESTERDAY, "sender avtaleutkast", FRI)),
    ("meeting", "sv", "Scania igår, skickar avtalet på måndag", ("day", YESTERDAY, "skickar avtalet", MON)),
    ("meeting", "da", "Lego i går, sender kontrakt torsdag", ("day", YESTERDAY, "sender kontrakt", THU)),
    ("meeting", "en", "Greggs yesterday, sending the contract on Thursday", ("day", YESTERDAY, "send the contract", THU)),
    ("meeting", "en", "Waitrose, sending proposal Monday", ("day", TODAY, "send proposal", MON)),
    # a step in a period to come
    ("call", "nb", "Rema 1000, ringer dem igjen neste måned", ("day", TODAY, "ringer dem igjen", JAN_29)),
    ("offer", "nb", "Elkjøp 340k, purrer etter nyttår", ("period", TODAY, "purrer", NEW_YEAR)),
    ("call", "nb", "DNB, følger opp over jul", ("period", TODAY, "følger opp", NEW_YEAR)),
    ("call", "sv", "Ica Maxi, hör av mig nästa månad", ("day", TODAY, "hör av mig", JAN_29)),
    ("offer", "sv", "Electrolux 500 tkr, stämmer av efter nyår", ("period", TODAY, "stämmer av", NEW_YEAR_SE)),
    ("meeting", "sv", "Husqvarna igår, följer upp efter jul", ("period", YESTERDAY, "följer upp", NEW_YEAR_SE)),
    ("call", "da", "Carlsberg, ringer igen efter nytår", ("period", TODAY, "ringer igen", NEW_YEAR)),
    ("call", "da", "Pandora, følger op næste måned", ("day", TODAY, "følger op", JAN_29)),
    ("offer", "da", "Salling 120.000 kr, ringer igen i næste måned", ("day", TODAY, "ringer igen", JAN_29)),
    ("call", "en", "Sainsbury's, chasing next month", ("day", TODAY, "chasing", JAN_29)),
    ("offer", "en", "Tesco £15k, follow up after the holidays", ("period", TODAY, "follow up", NEW_YEAR)),
    ("call", "en", "Lidl, calling them back after Christmas", ("period", TODAY, "calling them back", NEW_YEAR)),
    # a month by its name said in December
    ("offer", "nb", "Norgesgruppen 400k i januar", ("month", "i januar")),
    ("meeting", "nb", "Coop i januar", ("month", "i januar")),
    ("win", "sv", "Volvo 800 tkr i januari", ("month", "i januari")),
    ("call", "sv", "Ikea i januari", ("month", "i januari")),
    ("offer", "da", "Vestas 250.000 kr i januar", ("month", "i januar")),
    ("meeting", "en", "Asda in January", ("month", "in January")),
    # an amount as a range
    ("offer", "nb", "Kiwi 90-110k", ("range", "90-110k", 90000, 110000)),
    ("win", "nb", "Bama 1,5-2 mill", ("range", "1,5-2 mill", 1500000, 2000000)),
    ("offer", "sv", "Axfood 2-2,5 mkr", ("range", "2-2,5 mkr", 2000000, 2500000)),
    ("offer", "sv", "Systembolaget ca 300-350 tkr", ("range", "ca 300-350 tkr", 300000, 350000)),
    ("win", "da", "Jysk 300-400 t.kr.", ("range", "300-400 t.kr.", 300000, 400000)),
    ("offer", "en", "Halfords £30-40k", ("range", "£30-40k", 30000, 40000)),
    ("offer", "en", "Marks & Spencer 80-100k", ("range", "80-100k", 80000, 100000)),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "expected"), FRESH, ids=[r[2] for r in FRESH])
def test_fresh_commands_read_right(kind: str, lang: str, text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    found = read(kind, text, lang, TODAY)
    cmd, asked, shape = found.cmd, found.asked, expected[0]
    if shape == "day":
        _, when, what, due = expected
        assert asked is None and cmd.unread is None, (asked, cmd.unread)
        assert cmd.next_step is not None
        assert (cmd.when, cmd.next_step.what, cmd.next_step.due) == (when, what, due)
    elif shape == "period":
        _, when, what, days = expected
        assert asked is not None and asked.code == "step_when", asked
        steps = [
            o.removeprefix(questions.STEP) for o in asked.options if o.startswith(questions.STEP)
        ]
        assert (cmd.when, asked.params["what"], " ".join(steps)) == (when, what, days)
    elif shape == "month":
        assert asked is not None and asked.code == "which_day_pick", asked
        assert asked.params["said"] == expected[1] and "ahead_month" in asked.options
        assert asked.params["coming"] == date(2027, 1, 1) and cmd.when == TODAY
    else:
        _, span, low, high = expected
        assert asked is not None and asked.code == "amount_range", asked
        assert (cmd.note, asked.params["low"], asked.params["high"]) == (
            span,
            Decimal(low),
            Decimal(high),
        )
