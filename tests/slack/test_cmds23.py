"""Session 23, the log commands through the app:
- "/logoffer Equinor 1.250.000,- gyldig til 20.12" asked "gyldig til 20.12" as unread words (with
  a comma before it, it was the note): how long the offer holds is its note, stored unasked;
- "/logcall Atlas Copco ingen svar" asked: a call nobody answered, the note;
- "/logoffer Equinor 300k utvidelse" asked: an upsell, the note;
- "/logcall Orkla 2 ganger mandag og onsdag" asked "mandag og", and "Store as read" put both calls
  on Wednesday: refused now, with each day's command to type, nothing stored;
- '/logmeeting "1"': a name of digits in quotes is the customer, as typed."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click_answer, count_rows, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2027, 7, 2, 8, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)  # never the real clock: a command at night is asked which day it was
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "text", "customer", "kind", "amount", "note"),
    [
        ("/logoffer", "Equinor 1.250.000,- gyldig til 20.12", "Equinor", "offer", 1_250_000, "gyldig til 20.12"),
        ("/logoffer", "Equinor 300k utvidelse", "Equinor", "offer", 300_000, "utvidelse"),
        ("/logcall", "Atlas Copco ingen svar", "Atlas Copco", "call", None, "ingen svar"),
        ("/logmeeting", '"1"', "1", "meeting", None, None),
    ],
)  # fmt: skip
def test_what_the_seller_said_of_it_is_stored_unasked(  # type: ignore[no-untyped-def]
    team, command: str, text: str, customer: str, kind: str, amount: int | None, note: str | None
) -> None:
    reply = team.driver.command(command, text, KARI, CHANNEL).reply()
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"], row["note"]) == (
        customer, kind, "2027-07-02", note,
    ), text_of(reply)  # fmt: skip
    assert row["amount"] == (None if amount is None else float(Decimal(amount)))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Orkla 2 ganger mandag og onsdag", "/logcall Orkla 28.6.", "/logcall Orkla 30.6."),
        ("Orkla mandag og onsdag 2 ganger", "/logcall Orkla 28.6.", "/logcall Orkla 30.6."),
        ("Orkla 2 ganger i går og i dag", "/logcall Orkla 1.7.", "/logcall Orkla 2.7."),
    ],
)
def test_a_count_said_on_two_days_is_logged_one_a_day_with_one_click(  # type: ignore[no-untyped-def]
    team, text: str, first: str, second: str
) -> None:
    # Session 24 (readers24): was refused with each day's command to type; now one click
    result = team.driver.command("/logcall", text, KARI, CHANNEL)
    reply = result.reply()
    [days] = [b for b in buttons(reply) if b["value"].endswith("|days")]
    assert count_rows(team) == 0, text_of(reply)
    click_answer(team, KARI, days, result)
    assert sorted(row["date"] for row in stored(team)) == [
        f"2027-{second_part(first)}", f"2027-{second_part(second)}",
    ]  # fmt: skip


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_more_talks_than_days_said_are_refused_with_each_days_command(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logcall", "Orkla 3 ganger mandag og onsdag", KARI, CHANNEL)
    said = text_of(reply.reply())
    assert "/logcall Orkla 28.6." in said and "/logcall Orkla 30.6." in said, said
    assert count_rows(team) == 0 and not buttons(reply.reply())


def second_part(command: str) -> str:
    day, month = command.rsplit(" ", 1)[1].rstrip(".").split(".")
    return f"{int(month):02d}-{int(day):02d}"
