"""Session 25 (readers25): fresh messages and commands in four languages, written after the
six items were fixed, around their shapes (a step's time, one talk on two days, a booked day
moved, a town beginning a company's name, last year's year typed in January, Sunday's
"yesterday"), read as a careful colleague reads them. Thursday 3 December 2026 unless said:
Monday is 30 Nov, Tuesday 1 Dec, Friday 4 Dec, next Monday 7 Dec; January rows on Thursday 7
January 2027; Sunday rows on Monday 30 November 2026."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise
from bot.services.commands import parse_log_command

THU = date(2026, 12, 3)
JAN = date(2027, 1, 7)
MON = date(2026, 11, 30)
S, L = Outcome.SURE, Outcome.LIKELY
CALL, MEETING = ActivityKind.CALL, ActivityKind.MEETING
KNOWN = ["Tine", "Orkla", "Volvo", "ICA", "Carlsberg", "Novo", "Boots", "Tesco", "Greggs", "Kiwi"]


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


# (text, today, (outcome, customer, when), step (what, due) or None, days or ())
MESSAGES: list[tuple] = [
    # a step's time kept with the step
    ("Kundemøte hos Tine i dag. Følger opp tirsdag kl. 14", THU, (S, "Tine", THU), ("call kl. 14", d(12, 8)), ()),
    ("Bra möte med Volvo idag, följer upp på måndag kl 13", THU, (S, "Volvo", THU), ("call kl 13", d(12, 7)), ()),
    ("Godt møde med Carlsberg i dag - følger op onsdag kl. 11", THU, (S, "Carlsberg", THU), ("call kl. 11", d(12, 9)), ()),
    ("Good meeting with Boots today, follow up Tuesday at 11am", THU, (S, "Boots", THU), ("follow up at 11am", d(12, 8)), ()),
    ("Ringte Tine i går, ringer igjen fredag kl 09:30", THU, (S, "Tine", d(12, 2)), ("ringer kl 09:30", d(12, 4)), ()),
    ("Meeting w/ Tesco, chasing them Fri 10:30", THU, (S, "Tesco", THU), ("chasing 10:30", d(12, 4)), ()),
    # one talk on two days: one question, each on its day
    ("ringte Orkla tirsdag og i dag", THU, (L, "Orkla", d(12, 1)), None, (d(12, 1), THU)),
    ("ringde Volvo i tisdags och idag", THU, (L, "Volvo", d(12, 1)), None, (d(12, 1), THU)),
    ("Ringede til Novo tirsdag og onsdag", THU, (L, "Novo", d(12, 1)), None, (d(12, 1), d(12, 2))),
    ("Calls with Greggs Tue and Wed", THU, (L, "Greggs", d(12, 1)), None, (d(12, 1), d(12, 2))),
    ("Hadde møter med Kiwi mandag og onsdag", THU, (L, "Kiwi", MON), None, (MON, d(12, 2))),
    ("Met Boots Tuesday and Wednesday", THU, (L, "Boots", d(12, 1)), None, (d(12, 1), d(12, 2))),
    ("Ringde ICA mån och tis", THU, (L, "ICA", MON), None, (MON, d(12, 1))),
    ("ringte Kiwi tirs + ons", THU, (L, "Kiwi", d(12, 1)), None, (d(12, 1), d(12, 2))),
    ("called Boots mon & tue", THU, (L, "Boots", MON), None, (MON, d(12, 1))),
    # a booked day moved in the same message: the step ends on the day moved to
    ("Møte med Orkla i dag, neste møte mandag, flyttet til tirsdag", THU, (S, "Orkla", THU), ("meeting", d(12, 8)), ()),
    ("Möte med Volvo idag, nästa möte måndag, flyttat till tisdag", THU, (S, "Volvo", THU), ("meeting", d(12, 8)), ()),
    ("Møde med Novo i dag, næste møde mandag, flyttet til tirsdag", THU, (S, "Novo", THU), ("meeting", d(12, 8)), ()),
    ("Meeting with Tesco today, follow-up call Monday, pushed to Tuesday", THU, (S, "Tesco", THU), ("call", d(12, 8)), ()),
    # a town beginning a company's name is the customer
    ("Besøk hos Stavanger Offshore i dag", THU, (S, "Stavanger Offshore", THU), None, ()),
    ("Möte med Göteborg Energi idag", THU, (S, "Göteborg Energi", THU), None, ()),
    ("Besøg i Esbjerg Havn i dag", THU, (S, "Esbjerg Havn", THU), None, ()),
    ("Besök i Uppsala Kommun igår", THU, (S, "Uppsala Kommun", d(12, 2)), None, ()),
    # last year's year typed by habit in January
    ("Kundemøte med Orkla 4.1.2026, varm", JAN, (S, "Orkla", d(1, 4, 2027)), None, ()),
    ("Ringde Volvo 5/1/26", JAN, (S, "Volvo", d(1, 5, 2027)), None, ()),
    ("Møde med Carlsberg i dag, næste møde 14.1.2026", JAN, (S, "Carlsberg", JAN), ("meeting", d(1, 14, 2027)), ()),
    # Sunday's "yesterday" said on a Monday: the day said
    ("Ringte Kiwi i går kveld", MON, (S, "Kiwi", d(11, 29)), None, ()),
    ("Met Greggs yesterday", MON, (S, "Greggs", d(11, 29)), None, ()),
]  # fmt: skip


@pytest.mark.parametrize("row", MESSAGES, ids=[r[0][:50] for r in MESSAGES])
def test_fresh_messages(row: tuple) -> None:
    text, today, (outcome, customer, when), step, days = row
    found = recognise(
        text, today=today, known_customers=KnownCustomers.of(KNOWN), open_offers=set()
    )
    assert (found.outcome, found.customer, found.when) == (outcome, customer, when), found.reasons
    got = found.follow_up or found.next_step
    assert (got and (got.what, got.due)) == (step or None), got
    assert getattr(found, "days", ()) == days and found.also is None  # (no days on main)


# (kind, text, today, customer, when, step (what, due) or None)
COMMANDS: list[tuple] = [
    (MEETING, "Drammen bygg i dag", THU, "Drammen bygg", THU, None),
    (MEETING, "Aarhus vand i går", THU, "Aarhus vand", d(12, 2), None),
    (CALL, "Bergen offshore i går", THU, "Bergen offshore", d(12, 2), None),
    (MEETING, "Mærsk 6/1/26, næste møde 12.1.2026", JAN, "Mærsk", d(1, 6, 2027), ("møde", d(1, 12, 2027))),
    (MEETING, "Volvo idag, följer upp måndag kl 13", THU, "Volvo", THU, ("följer upp kl 13", d(12, 7))),
]  # fmt: skip


@pytest.mark.parametrize("row", COMMANDS, ids=[r[1][:50] for r in COMMANDS])
def test_fresh_commands(row: tuple) -> None:
    kind, text, today, customer, when, step = row
    cmd = parse_log_command(kind, text, today=today, krone="NOK")
    assert (cmd.customer, cmd.when, cmd.unread) == (customer, when, None)
    assert (cmd.next_step and (cmd.next_step.what, cmd.next_step.due)) == (step or None)
