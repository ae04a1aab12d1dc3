"""Session 20, the log commands through the app: a new name's own number beside an amount per
period ("/logoffer Rema 1000 kr 250 000 pr år i 3 år", Rema 1000 new) was offered "Save as read"
on a customer "Rema" at kr 1 000, the price and its term unread; now it is asked as the price
per period it is, on Rema 1000, with the whole value for the term on its button (the reading:
tests/unit/test_parse_fresh_phrasings20.py)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, count_rows, customers, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2027, 1, 8, 9, 0, tzinfo=UTC)  # 10:00 in Oslo, ISO week 1


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)  # never the real clock: a command at night is asked which day it was
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # the question and the record are the unread flow's, tested on both
def test_a_name_with_its_number_and_a_yearly_price_for_a_term(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command("/logoffer", "Rema 1000 kr 250 000 pr år i 3 år", KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply).replace("\u00a0", " ")
    assert "*Rema 1000*" in said and "pr år i 3 år" in said, said
    labels = [re.sub(r"\D", "", b["text"]["text"]) for b in buttons(reply)]
    # session 24 (conv24): read at the whole value for the term said, the price the other button
    assert [b["value"].split("|")[1] for b in buttons(reply)] == ["as_read", "price", "edit"]
    assert labels[:2] == ["750000", "250000"], labels  # never 1 000 on a customer "Rema"
    assert count_rows(team) == 0
    whole = next(b for b in buttons(reply) if b["value"].split("|")[1] == "as_read")
    click(team, KARI, whole, result, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["amount"]) == ("Rema 1000", "offer", 750_000)
    assert "Rema 1000" in customers(team) and "Rema" not in customers(team)


@pytest.mark.backends("sqlite")  # a refusal stores nothing: the reply is the point
def test_a_name_with_a_day_in_it_is_asked_name_or_day(team) -> None:  # type: ignore[no-untyped-def]
    # "/logoffer Adecco 24/7 kr 250 000" stored an offer on a customer "Adecco" on 24 July 2026
    said = team.driver.command("/logoffer", "Adecco 24/7 kr 250 000", KARI, CHANNEL).reply()
    said = text_of(said)
    assert "«Adecco 24/7»" in said and "Adecco 24.7." in said and "juli" in said, said
    assert count_rows(team) == 0 and "Adecco" not in customers(team)


@pytest.mark.backends("sqlite")  # the unread question's flow, tested on both in test_unread
def test_a_loss_said_before_easter_is_asked_which_day(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # "/loglost Tine før påske -- for dyrt" stored the loss on Wed 24 March, sure
    clock.set(datetime(2027, 4, 1, 8, 0, tzinfo=UTC))  # Thursday after Easter, 10:00 in Oslo
    team = set_up_team(slack)
    result = team.driver.command("/loglost", "Tine før påske -- for dyrt", KARI, CHANNEL)
    said = text_of(result.reply())
    assert "før påske" in said and "*Tine*" in said, said
    assert count_rows(team) == 0  # nothing stored until the seller says which day
