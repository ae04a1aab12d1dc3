"""Session 22, the log commands through the app:
- a name-or-amount question ("Studio 54 250 000 kr", Studio 54 new) with words left unread
  ("… 90%", "… pr år i 3 år") asked only the unread words, and "Store as read" stored the name's
  reading unasked: now the name-or-amount question comes first, then the words, with the
  reading picked (a term's whole value for that reading's price);
- "/loglost Studio 54 250 000 kr, pris" (Studio 54 new) was a loss to a customer "Studio",
  unasked: now asked which, each reading on its button with the note it keeps;
- "/logmeeting Statkraft, Yara": the question said only that "Yara" could not be read; now it
  asks whether Yara is a second customer and gives its command."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click_answer, count_rows, customers, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
MONDAY = datetime(2027, 6, 28, 8, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(MONDAY)  # never the real clock: a command at night is asked which day it was
    return set_up_team(slack)


def _options(reply: dict) -> dict[str, dict]:
    return {b["value"].split("|")[-1]: b for b in buttons(reply) if "|" in b["value"]}


def _label(button: dict) -> str:
    return button["text"]["text"].replace("\u00a0", " ").replace("\u202f", " ")


def _pick(team, user: str, reply: dict, option: str, result) -> dict:  # type: ignore[no-untyped-def]
    options = _options(reply)
    assert option in options, (option, text_of(reply), list(options))
    return click_answer(team, user, options[option], result)


def _through(team, user: str, reply: dict, result, *picks: str) -> dict:  # type: ignore[no-untyped-def]
    """Each pick in turn; then the ceiling's and a loss's own questions, answered as stored."""
    for option in picks:
        reply = _pick(team, user, reply, option, result)
    for option in ("above_ceiling", "without_offer"):
        if option in _options(reply):
            reply = _pick(team, user, reply, option, result)
    return reply


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "pick", "second", "customer", "amount", "note"),
    [
        ("Studio 54 250 000 kr 90%", "name", "as_read", "Studio 54", 250_000, "90%"),
        ("Studio 54 250 000 kr 90%", "group", "as_read", "Studio", 54_250_000, "90%"),
        # a price a year for three years: the whole value for the reading picked
        ("Studio 54 250 000 kr pr år i 3 år", "name", "whole", "Studio 54", 750_000, "pr år i 3 år"),
        ("Studio 54 250 000 kr pr år i 3 år", "group", "whole", "Studio", 162_750_000, "pr år i 3 år"),
        ("Studio 54 250 000 kr pr år i 3 år", "name", "as_read", "Studio 54", 250_000, "pr år i 3 år"),
    ],
)  # fmt: skip
def test_the_name_or_amount_is_asked_and_then_the_words_left_unread(  # type: ignore[no-untyped-def]
    team, text: str, pick: str, second: str, customer: str, amount: int, note: str
) -> None:
    result = team.driver.command("/logoffer", text, KARI, CHANNEL)
    reply = result.reply()
    assert list(_options(reply)) == ["name", "group", "edit"], text_of(reply)
    reply = _pick(team, KARI, reply, pick, result)
    assert count_rows(team) == 0 and customers(team) == []  # the words are asked still
    said = text_of(reply)
    assert f"*{customer}*" in said and note.split()[0] in said, said
    assert second in _options(reply), (said, list(_options(reply)))
    _through(team, KARI, reply, result, second)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["amount"], row["note"]) == (
        customer, "offer", Decimal(amount), note,
    )  # fmt: skip


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("pick", "customer", "note"),
    [("name", "Studio 54", "250 000 kr, pris"), ("group", "Studio", "54 250 000 kr, pris")],
)
def test_a_loss_to_a_new_name_with_a_number_before_its_amount_is_asked(  # type: ignore[no-untyped-def]
    team, pick: str, customer: str, note: str
) -> None:
    result = team.driver.command("/loglost", "Studio 54 250 000 kr, pris", KARI, CHANNEL)
    reply = result.reply()
    options = _options(reply)
    assert list(options) == ["name", "group", "edit"], text_of(reply)
    assert _label(options["name"]) == "Studio 54 · 250 000 kr, pris"
    assert _label(options["group"]) == "Studio · 54 250 000 kr, pris"
    assert count_rows(team) == 0 and customers(team) == []
    _through(team, KARI, reply, result, pick)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["note"]) == (customer, "loss", note)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Statkraft, Yara", "Yara"),
        ("Statkraft, Yara i går, varm", "Yara"),
        ("Statkraft + Yara", "Yara"),
    ],
)
def test_a_second_name_after_a_comma_is_asked_as_a_customer_of_its_own(  # type: ignore[no-untyped-def]
    team, text: str, second: str
) -> None:
    result = team.driver.command("/logmeeting", text, KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert f"*{second}*" in said and f"/logmeeting {second}" in said, said
    assert count_rows(team) == 0 and customers(team) == []  # never one meeting unasked
    _pick(team, KARI, reply, "as_read", result)
    [row] = stored(team)
    assert (row["customer"], row["note"]) == ("Statkraft", second)  # said so, kept as the note
