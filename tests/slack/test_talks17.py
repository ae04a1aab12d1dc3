"""End to end, as Slack sends it (session 17's probes, Monday 30 Nov 2026): talk shapes that
still drifted. The readings themselves: tests/unit/test_talks17.py.

1. "/logmeeting Kiwi så som så" stored a new customer "Kiwi så" ("så" folds into the legal form
   "SA"); "/logmeeting Tine varm, fikk nytt møte" stored the meeting and dropped ", fikk nytt
   møte" unsaid. Now the in-between words are shown unread (stored as read only by the button
   that says so) and the booking is asked by when, as talks16's bookings are.
2. Weekday-headed sentences on one line posted on a Thursday: each record its weekday's day.
3–5. A colleague's work, reminders and an offer read by the customer store nothing; a win said
   sideways is asked.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import (
    buttons,
    click,
    count_rows,
    customers,
    leads,
    post,
    set_up_team,
    stored,
    text_of,
)

KARI, LARS, ALEX, METTE = "U0KARI", "U0LARS", "U0ALEX", "U0METTE"
CHANNEL = "C0SALES"
MONDAY = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # after 14:00 (the reminder's hour)
MONDAY_TS = "1796050800.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(MONDAY)
    return set_up_team(slack)


def _say(slack, text: str, user: str = KARI, ts: str = MONDAY_TS) -> list:  # type: ignore[no-untyped-def]
    return post(slack, text, ts, user=user)


def _know(slack, *names: str) -> None:  # type: ignore[no-untyped-def]
    """Customers the team knows (Kari, the manager, sets their tier)."""
    for name in names:
        slack.driver.command("/kpi", f"customer {name} tier B", KARI, CHANNEL).reply()
    slack.api.reset()


def _option(message, option: str):  # type: ignore[no-untyped-def]
    [button] = [b for b in buttons(message) if b["value"].split("|")[1:2] == [option]]
    return button


# 1. A command's in-between words: shown, never glued onto the name, never a temperature.
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "user", "text", "unread"),
    [
        ("/logmeeting", KARI, "Kiwi så som så", "så som så"),
        ("/logmeeting", METTE, "Kiwi så-så", "så-så"),
        ("/logmeeting", LARS, "Kiwi så där", "så där"),
        ("/logcall", ALEX, "Kiwi so so", "so so"),
    ],
)  # fmt: skip
def test_an_in_between_phrase_is_shown_never_part_of_the_name(  # type: ignore[no-untyped-def]
    team, command, user, text, unread
) -> None:
    result = team.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert unread in said and "*Kiwi*" in said, said
    assert count_rows(team) == 0
    click(team, user, _option(reply, "as_read"), result, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["note"]) == ("Kiwi", unread)  # was "Kiwi så", note "som så"
    assert customers(team) == ["Kiwi"]
    assert [lead.temperature for lead in leads(team) if lead.temperature] == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("user", "text", "customer", "what"),
    [
        (KARI, "Tine varm, fikk nytt møte", "Tine", "møte"),
        (LARS, "Volvo varm, fick ett nytt möte", "Volvo", "möte"),
        (METTE, "Novo varm, fik et nyt møde", "Novo", "møde"),
        (ALEX, "Tesco warm, got a new meeting", "Tesco", "meeting"),
    ],
)
def test_a_meeting_booked_after_a_comma_is_asked_by_when(  # type: ignore[no-untyped-def]
    team, user, text, customer, what
) -> None:
    # Was stored at once, the booking dropped unsaid
    result = team.driver.command("/logmeeting", text, user, CHANNEL)
    reply = result.reply()
    options = [b["value"].split("|")[1] for b in buttons(reply)]
    assert options == ["step:2026-12-04", "step:2026-12-11", "edit"], options
    assert count_rows(team) == 0
    click(team, user, _option(reply, "step:2026-12-04"), result, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == (customer, "meeting", "2026-11-30")
    [lead] = [lead for lead in leads(team) if lead.next_step is not None]
    assert (lead.next_step, lead.next_step_due, lead.temperature) == (
        what,
        date(2026, 12, 4),
        "warm",
    )


# 2. Weekday-headed sentences on one line, posted on a Thursday: each its weekday's.
THURSDAY = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
THURSDAY_TS = "1796310000.000100"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_weekdays_in_sentences_on_one_line_are_each_their_day(team, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    _know(team, "Tine", "Orkla", "Kiwi")
    text = "Mandag: møte Tine. Tirsdag: tilbud Orkla 200k. Onsdag: ringte Kiwi"
    notes = _say(team, text, ts=THURSDAY_TS)
    assert notes  # asked or told, never silent
    while True:  # record every reading offered, as the seller would
        pending = [
            n
            for n in notes
            if any(b["value"].split("|")[1:2] == ["record"] for b in buttons(n.params))
        ]
        if not pending:
            break
        notes = []
        for note in pending:
            n = len(team.api.calls)
            click(team, KARI, _option(note.params, "record"), idle=True)
            notes += [c for c in team.api.calls[n:] if c.method == "chat.postEphemeral"]
    got = sorted((r["kind"], r["customer"], r["date"]) for r in stored(team))
    assert got == [
        ("call", "Kiwi", "2026-12-02"),
        ("meeting", "Tine", "2026-11-30"),
        ("offer", "Orkla", "2026-12-01"),
    ], got


# 3–5. Nothing stored as the author's or as done; a win said sideways is asked.
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text",
    [
        "Lars bad mig logge: møde med Novo",
        "Sendte tilbud til Tine for Kari",
        "Husk møde med Novo kl 14!",
        "Kom ihåg mötet med Volvo",
        "Tilbudet til Tine bekreftet mottatt (85k)",
    ],
)
def test_what_is_not_the_authors_work_done_stores_nothing(team, text) -> None:  # type: ignore[no-untyped-def]
    _say(team, text)
    assert stored(team) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Vi fikk Tine 😎", "Tine", None),
        ("Asda came back – they want to go ahead £60k", "Asda", 60_000),
    ],
)
def test_a_win_said_sideways_is_asked_then_recorded(team, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    _know(team, customer)
    [note] = _say(team, text, user=ALEX if customer == "Asda" else KARI)
    assert stored(team) == []  # asked, not stored unasked
    if amount is None:  # a win with no amount: its amount filled in the form, or not a sale
        assert [b["value"].split("|")[1] for b in buttons(note.params)] == ["edit", "not_a_sale"]
        return
    click(team, ALEX if customer == "Asda" else KARI, _option(note.params, "record"), idle=True)
    [row] = stored(team)
    assert (row["kind"], row["customer"], row["amount"]) == ("win", customer, amount)


# 3. Work told as done for a colleague: never the author's record, and told so, once, with the
# command that logs it (a peer never writes into a colleague's figures: see
# services/colleague_work.py).
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "user", "command", "language_word"),
    [
        ("Lars bad meg logge: møte med Novo", KARI, "/logmeeting Novo", "kollega"),
        ("Logger for Kari: tilbud Tine 85k", LARS, "/logoffer Tine 85000", "kollega"),
        ("Sendte tilbud til Tine for Kari", METTE, "/logoffer Tine", "kollega"),
        ("Lars asked me to log: met Tesco today", ALEX, "/logmeeting Tesco", "colleague"),
    ],
)
def test_work_for_a_colleague_is_told_never_counted_as_the_authors(  # type: ignore[no-untyped-def]
    team, text, user, command, language_word
) -> None:
    _know(team, "Novo", "Tine", "Tesco")
    [note] = _say(team, text, user=user)
    assert stored(team) == []  # was a sure meeting for the author ("Lars bad mig logge: …")
    said = text_of(note.params)
    assert command in said and language_word in said, said
    assert _say(team, text, user=user) == []  # delivered again: told once


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "user", "command", "language_word"),
    [
        ("Kari har ferie så jeg legger inn for henne: Tine signerte i dag, 1,1 MNOK", LARS,
         "/logwin Tine 1100000", "kollega"),
        ("Kari holder ferie, så jeg legger den inn: Tine har skrevet under på 410 000 kr", LARS,
         "/logwin Tine 410000", "kollega"),
        ("Sam's on paternity leave so I'm logging his Tesco win for him – £88k", ALEX,
         "/logwin Tesco 88000", "colleague"),
    ],
)  # fmt: skip
def test_a_colleague_away_then_the_author_logging_it_is_told_never_counted(  # type: ignore[no-untyped-def]
    team, text, user, command, language_word
) -> None:
    """Session 69: the colleague's absence first, then the author logging it ("… så jeg legger
    inn for henne: …", "… so I'm logging his … win for him"): was the author's win stored sure,
    or nothing said at all."""
    _know(team, "Tine", "Tesco")
    [note] = _say(team, text, user=user)
    assert stored(team) == []
    said = text_of(note.params)
    assert command in said and language_word in said, said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_colleagues_news_says_nothing(team) -> None:  # type: ignore[no-untyped-def]
    _know(team, "Tine")
    assert _say(team, "<@U0KARI> hadde møte med Tine i dag", user=LARS) == []
    assert stored(team) == []
