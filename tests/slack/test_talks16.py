"""End to end, as Slack sends it (session 16's probes, Monday 30 Nov 2026): talk-shaped leftovers.

1. A price per period ("/logoffer Tine 28 000/mnd i 12 mnd") was asked as a price, but its
   "Store as read" stored 28 000, the monthly figure, as the deal's value. Now each reading has
   its own button with the amount it stores (the whole value for the term, or the price alone);
   channel messages ask at the whole value where the term is said ("kr 4 500,- pr. mnd. (36
   mnd)", "årlig 120k i 3 år" were stored unasked at the monthly or yearly price).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from tests.helpers import (
    buttons,
    click,
    count_rows,
    leads,
    post,
    set_up_team,
    stored,
    text_of,
)

KARI, LARS, ALEX, METTE = "U0KARI", "U0LARS", "U0ALEX", "U0METTE"
CHANNEL = "C0SALES"
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
MONDAY_TS = "1796029200.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(MONDAY)
    return set_up_team(slack)


def _say(slack, text: str, user: str = KARI, ts: str = MONDAY_TS) -> list:  # type: ignore[no-untyped-def]
    return post(slack, text, ts, user=user)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _option(message, option: str):  # type: ignore[no-untyped-def]
    [button] = [b for b in buttons(message) if b["value"].split("|")[1] == option]
    return button


# 1. A price per period: the value stored is the one the button says, never the price unsaid.
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "user", "text", "whole", "price"),
    [
        ("/logoffer", KARI, "Tine 28 000/mnd i 12 mnd", 336_000, 28_000),
        ("/logwin", KARI, "Tine 28 000/mnd i 12 mnd", 336_000, 28_000),
        ("/logoffer", KARI, "Tine 28k pr mnd, 12 mnd binding", 336_000, 28_000),
        ("/logoffer", ALEX, "Boots £2k per month for 24 months", 48_000, 2_000),
        ("/logoffer", KARI, "Tine kr 4 500,- pr. mnd. (36 mnd)", 162_000, 4_500),
        ("/logoffer", KARI, "Tine årlig 120k i 3 år", 360_000, 120_000),
        ("/logoffer", LARS, "Volvo 50 tkr/mån i 24 månader", 1_200_000, 50_000),
        ("/logoffer", METTE, "Novo 10.000 kr./md. i 36 mdr.", 360_000, 10_000),
    ],
)  # fmt: skip
def test_a_price_per_period_stores_the_amount_its_button_says(  # type: ignore[no-untyped-def]
    team, command, user, text, whole, price
) -> None:
    if user == LARS:
        # review25: a Swede's "tkr" in a NOK team is asked once, SEK or NOK; chosen here up front
        team.driver.command("/kpi", "currency SEK", LARS, CHANNEL).reply()
        team.wait_idle()
    result = team.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    labels = [_digits(b["text"]["text"]) for b in buttons(reply)]
    # session 24 (conv24): its term said, read at the whole value (first), the price next
    assert [b["value"].split("|")[1] for b in buttons(reply)] == ["as_read", "price", "edit"]
    assert labels[:2] == [str(whole), str(price)], labels  # each button says what it stores
    assert count_rows(team) == 0  # nothing stored before the seller picks
    click(team, user, _option(reply, "as_read"), result, idle=True)
    [row] = stored(team)
    assert row["amount"] == whole, row  # what the question said, never the monthly figure
    assert row["note"]  # the price and its term, as typed, kept as the note


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_price_alone_is_stored_only_by_its_own_button(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command("/logoffer", "Tine 28 000/mnd i 12 mnd", KARI, CHANNEL)
    reply = result.reply()
    price = _option(reply, "price")
    assert "28 000" in price["text"]["text"].replace("\u00a0", " ")  # the button says it
    click(team, KARI, price, result, idle=True)
    [row] = stored(team)
    assert (row["amount"], row["note"]) == (28_000, "28 000/mnd i 12 mnd")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Tilbud til Tine 28k pr mnd, 12 mnd binding", 336_000),
        ("Tilbud til Tine kr 4 500,- pr. mnd. (36 mnd)", 162_000),
        ("Tilbud til Tine årlig 120k i 3 år", 360_000),
        ("Vant Tine, 28 000/mnd i 12 mnd", 336_000),
    ],
)
def test_a_message_with_a_price_per_period_is_asked_at_the_whole_value(  # type: ignore[no-untyped-def]
    team, text, whole
) -> None:
    notes = _say(team, text)
    assert stored(team) == []  # never stored unasked at the price
    [note] = notes
    assert f"{whole:,}".replace(",", " ") in text_of(note.params).replace("\u00a0", " ")
    click(team, KARI, _option(note.params, "record"), idle=True)
    [row] = stored(team)
    assert row["amount"] == whole


# 5. In-between temperatures: unread and shown, never a temperature guessed, never the name's.
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "user", "text", "customer", "unread"),
    [
        ("/logmeeting", KARI, "Kiwi lunken", "Kiwi", "lunken"),
        ("/logmeeting", LARS, "Kiwi ljummen", "Kiwi", "ljummen"),
        ("/logmeeting", METTE, "Kiwi lunken", "Kiwi", "lunken"),
        ("/logcall", ALEX, "Kiwi lukewarm", "Kiwi", "lukewarm"),
        ("/logmeeting", KARI, "Kiwi halvvarm", "Kiwi", "halvvarm"),
        ("/logmeeting", LARS, "Kiwi tja", "Kiwi", "tja"),
        # these were glued onto a new customer ("Nyland tja-tja") and stored unasked
        ("/logmeeting", LARS, "Nyland tja-tja", "Nyland", "tja-tja"),
        ("/logcall", ALEX, "Nyland lukewarm-ish", "Nyland", "lukewarm-ish"),
        ("/logmeeting", KARI, "Nyland varm-ish", "Nyland", "varm-ish"),
        # these stored a warm lead: the word before the temperature unread, the warm read
        ("/logmeeting", KARI, "Kiwi ikke varm", "Kiwi", "ikke varm"),
        ("/logmeeting", KARI, "Kiwi ikke helt varm", "Kiwi", "ikke helt varm"),
        ("/logcall", ALEX, "Kiwi luke warm", "Kiwi", "luke warm"),
        ("/logcall", ALEX, "Kiwi sort of warm", "Kiwi", "sort of warm"),
        ("/logmeeting", LARS, "Kiwi lagom varm", "Kiwi", "lagom varm"),
        ("/logmeeting", METTE, "Kiwi lidt varm", "Kiwi", "lidt varm"),
    ],
)  # fmt: skip
def test_an_in_between_temperature_is_shown_unread_never_guessed(  # type: ignore[no-untyped-def]
    team, command, user, text, customer, unread
) -> None:
    result = team.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert unread in said and f"*{customer}*" in said, said  # the words shown, the name alone
    assert count_rows(team) == 0
    click(team, user, _option(reply, "as_read"), result, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["note"]) == (customer, unread)  # kept as typed, to see
    assert [lead.temperature for lead in leads(team) if lead.temperature] == []  # none guessed


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "user", "customer"),
    [
        ("Møte med Kiwi i dag, lunken", KARI, "Kiwi"),
        ("Ringde Kiwi idag, ljummen", LARS, "Kiwi"),
        ("Called Kiwi today, lukewarm", ALEX, "Kiwi"),
        ("Ringte Kiwi i dag, ikke varm", KARI, "Kiwi"),
        ("Called Kiwi today, sort of warm", ALEX, "Kiwi"),
    ],
)
def test_a_message_with_an_in_between_temperature_sets_none(  # type: ignore[no-untyped-def]
    team, text, user, customer
) -> None:
    _say(team, text, user=user)
    [row] = stored(team)
    assert row["customer"] == customer, row
    assert [lead.temperature for lead in leads(team) if lead.temperature] == []  # none guessed


# 3. Counts without names: nothing stored (kpibot counts per customer), never silent.
@pytest.mark.parametrize(
    ("text", "user", "count", "command"),
    [
        ("Ringte 12 kunder i dag, 3 var interessert", KARI, "12", "/logcall"),
        ("ringde runt till 15 st idag", LARS, "15", "/logcall"),
        ("8 calls this morning", ALEX, "8", "/logcall"),
        ("5 møder i dag", METTE, "5", "/logmeeting"),
        ("Jeg har ringt 20 kunder i dag", KARI, "20", "/logcall"),
        # heldmsg32 (the lead, session 31): calls nobody answered are calls (was: said nothing)
        ("ringt 12 stk i dag og ingen svarte 🙃", KARI, "12", "/logcall"),
    ],
)
def test_a_count_of_own_talks_without_names_is_told_how_to_log_them(  # type: ignore[no-untyped-def]
    team, text, user, count, command
) -> None:
    notes = _say(team, text, user=user)
    assert stored(team) == []  # nothing guessed, no customer made up
    [note] = notes  # never silent
    said = text_of(note.params)
    assert count in said and command in said, said
    if command == "/logcall":  # the call's form one click away
        assert [b["action_id"] for b in buttons(note.params)] == ["callday_log_call"]
    # Slack delivers it again: told once
    assert _say(team, text, user=user) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text",
    [
        "Kari ringte 12 kunder i dag",  # a colleague's day
        "Skal ringe 20 kunder i morgen",  # to come
        "Målet er 10 møter i uka",  # a goal
        "Hvor mange samtaler har dere i dag?",  # a question
    ],
)
def test_a_count_that_is_not_the_sellers_own_talks_says_nothing(team, text) -> None:  # type: ignore[no-untyped-def]
    assert _say(team, text) == []
    assert stored(team) == []


# 2. A talk booked with no day: the call counted, the booking the lead's next step by the day
# the seller picks (never dropped, never a day guessed; a step with no day would be nudged).
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "user", "text", "customer", "what"),
    [
        ("/logcall", KARI, "Equinor, booket møte", "Equinor", "møte"),
        ("/logcall", LARS, "Volvo bokade möte", "Volvo", "möte"),
        ("/logcall", ALEX, "Boots booked a meeting", "Boots", "meeting"),
        ("/logcall", METTE, "Novo bookede et møde med dem", "Novo", "møde"),
        ("/logmeeting", KARI, "Tine varm, avtalt nytt møte", "Tine", "møte"),
    ],
)  # fmt: skip
def test_a_command_that_booked_a_talk_with_no_day_asks_by_when(  # type: ignore[no-untyped-def]
    team, command, user, text, customer, what
) -> None:
    result = team.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    options = [b["value"].split("|")[1] for b in buttons(reply)]
    # Monday: by this week's Friday or next week's, or the day in the form
    assert options == ["step:2026-12-04", "step:2026-12-11", "edit"], options
    assert count_rows(team) == 0
    click(team, user, _option(reply, "step:2026-12-11"), result, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == (customer, command[4:], "2026-11-30")
    [lead] = [lead for lead in leads(team) if lead.next_step is not None]
    assert (lead.next_step, lead.next_step_due) == (what, date(2026, 12, 11))


@pytest.mark.parametrize(
    ("text", "user", "customer", "what"),
    [
        ("Ringte Equinor, booket møte", KARI, "Equinor", "møte"),
        ("Ringde Volvo idag och bokade ett möte", LARS, "Volvo", "möte"),
        ("Called Boots today, booked a meeting", ALEX, "Boots", "meeting"),
        ("Ringede til Novo, bookede et møde", METTE, "Novo", "møde"),
    ],
)
def test_a_message_that_booked_a_talk_with_no_day_asks_by_when(  # type: ignore[no-untyped-def]
    team, text, user, customer, what
) -> None:
    [note] = _say(team, text, user=user)
    assert stored(team) == []  # the call waits for the day (was stored, the booking dropped)
    options = [b["value"].split("|")[1] for b in buttons(note.params)]
    assert options[:3] == ["step:2026-12-04", "step:2026-12-11", "record"], options
    click(team, user, _option(note.params, "step:2026-12-04"), idle=True)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == (customer, "call", "2026-11-30")
    [lead] = [lead for lead in leads(team) if lead.next_step is not None]
    assert (lead.next_step, lead.next_step_due) == (what, date(2026, 12, 4))
    assert _say(team, text, user=user) == []  # delivered again: asked once


def test_the_call_alone_stays_one_click(team) -> None:  # type: ignore[no-untyped-def]
    [note] = _say(team, "Ringte Equinor, booket møte")
    click(team, KARI, _option(note.params, "record"), idle=True)
    assert [(r["kind"], r["customer"]) for r in stored(team)] == [("call", "Equinor")]


# 4. "next Wednesday" said on a Monday or Tuesday: this week's Wednesday (2 Dec) or next week's
# (9 Dec)? Session 69, the lead's decision (held-out writers of sessions 17-22 and 65-69): asked,
# each day on its button, in commands and messages alike (was the coming one, the corpus's older
# convention). "next Friday" said on a Friday is a week on, read.
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TUESDAY_TS = "1796115600.000100"
NEXT_WEDNESDAY = [
    (KARI, "Equinor varm, booket møte neste onsdag", "Booket møte med Equinor neste onsdag"),
    (LARS, "Volvo varm, bokade möte nästa onsdag", "Bokade möte med Volvo nästa onsdag"),
    (METTE, "Novo varm, bookede møde næste onsdag", "Booket møde med Novo næste onsdag"),
    (ALEX, "Boots warm, booked a meeting next Wed", "Booked a meeting with Boots next Wed"),
]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("tuesday", [False, True])
@pytest.mark.parametrize(("user", "command", "message"), NEXT_WEDNESDAY)
def test_next_wednesday_is_asked_with_both_days_in_commands_and_messages(  # type: ignore[no-untyped-def]
    team, clock, tuesday, user, command, message
) -> None:
    ts = MONDAY_TS
    if tuesday:
        clock.set(TUESDAY)
        ts = TUESDAY_TS
    result = team.driver.command("/logcall", command, user, CHANNEL)
    asked = result.reply()
    team.wait_idle()
    assert stored(team) == []  # a command: nothing stored before the day is picked
    values = [b["value"].split("|")[1] for b in buttons(asked)]
    assert "step:2026-12-02" in values and "step:2026-12-09" in values, values
    picked = next(b for b in buttons(asked) if b["value"].endswith("|step:2026-12-09"))
    click(team, user, picked, result, idle=True)
    [lead] = leads(team)
    assert lead.next_step_due == date(2026, 12, 9), lead.next_step_due
    team.driver.command("/kpi", "undo", user, CHANNEL).reply()
    assert stored(team) == []
    [note] = _say(team, message, user=user, ts=ts)  # a message: asked, the same two days
    labels = " ".join(b["text"]["text"] for b in buttons(note.params))
    assert "2" in labels and "9" in labels, labels
    assert stored(team) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "user", "customer", "what"),
    [
        ("bokade möte med Volvo", LARS, "Volvo", "möte"),
        ("booked a meeting with Boots", ALEX, "Boots", "meeting"),
        ("Booket møte med Equinor", KARI, "Equinor", "møte"),
        ("Bookede møde med Novo", METTE, "Novo", "møde"),
        # a meeting got (lead, session 16): was a sure meeting held today
        ("Fikk møte med Equinor!", KARI, "Equinor", "møte"),
        ("Got a meeting with Boots!", ALEX, "Boots", "meeting"),
    ],
)
def test_a_booking_alone_with_no_day_is_planned_by_the_day_picked(  # type: ignore[no-untyped-def]
    team, text, user, customer, what
) -> None:
    # Was asked as a meeting held today (Edit / Not a sale), the booking itself never planned
    [note] = _say(team, text, user=user)
    options = [b["value"].split("|")[1] for b in buttons(note.params)]
    assert options == ["step:2026-12-04", "step:2026-12-11", "not_a_sale"], options
    reply = click(team, user, _option(note.params, "step:2026-12-11"), idle=True)
    assert stored(team) == []  # nothing held, nothing counted
    [lead] = [lead for lead in leads(team) if lead.next_step is not None]
    assert (lead.customer.name, lead.next_step, lead.next_step_due) == (
        customer, what, date(2026, 12, 11),
    )  # fmt: skip
    assert reply.status == 200
