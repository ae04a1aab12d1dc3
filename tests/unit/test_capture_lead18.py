"""A month said as when a customer wants the next thing (trial18's month, session 18): "Ringte
Telenor i dag, de vil ha tilbud i januar" stored the call with a next step due Fri 1 January (the
date reader reads a month as its first day): a day nobody said, New Year's Day, on which the
nudges and "warm leads without a next step" then counted. A month alone gives no dated step."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import recognise

TUESDAY = date(2026, 12, 15)
KNOWN = {"Telenor", "Aker BP", "Tesco", "Kiwi", "Novo"}


@pytest.mark.parametrize(
    "text",
    [
        "Ringte Telenor i dag, de vil ha tilbud i januar",
        "Ringte Aker BP i dag, de vil ha et møte i januar",
        "Called Tesco, they want a demo in January",
        "Ringde Kiwi idag, de vill ha en offert i januari",
        "Ringte Telenor i dag, de vil ha tilbud neste måned",
        "Called Tesco, they want a demo next month",
        "Ringde Kiwi, de vill ha offert nästa månad",
    ],
)
def test_a_month_alone_is_no_next_steps_day(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN, open_offers=set())
    assert found.kind is not None and found.kind.value == "call"
    assert found.follow_up is None and found.next_step is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Ringte Telenor, nytt møte 15. januar", date(2027, 1, 15)),
        ("Ringte Telenor, de vil ha tilbud ultimo desember", date(2026, 12, 31)),
        ("Hadde et godt møte med Novo, de vil ha tilbud neste uke", date(2026, 12, 23)),
    ],
)
def test_a_day_of_a_month_is_still_the_next_steps_day(text: str, due: date) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN, open_offers=set())
    assert found.follow_up is not None and found.follow_up.due == due


KNOWN_LOST = {"Boots", "Tine", "Orkla", "Lego", "Carlsberg", "Scania"}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Lost Boots, they went with a competitor", "they went with a competitor"),
        ("Tabte Lego på prisen, øv", "på prisen, øv"),
        ("Tapte Tine og Orkla på pris", "på pris"),  # the other customer is no reason
        ("Carlsberg valgte en anden leverandør desværre", "valgte en anden leverandør desværre"),
        ("Scania tackade nej, de gick med konkurrenten", "tackade nej, de gick med konkurrenten"),
        ("Boots: not proceeding, budget frozen", "not proceeding, budget frozen"),
        ("Tine er tapt 😞", None),  # nothing said but the loss
        ("Vi tapte Lego i dag. Ellers fin uke", None),  # the day is no reason
    ],
)
def test_a_loss_keeps_the_words_said_with_it_as_its_reason(text: str, reason: str | None) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN_LOST, open_offers=KNOWN_LOST)
    assert found.kind is not None and found.kind.value == "loss"
    assert found.reason == reason
    assert found.command().note == reason


@pytest.mark.parametrize(
    "text", ["Vi har fået ordren fra Carlsberg! 🍺", "Vi har fått ordern från Scania!"]
)
def test_an_order_got_said_in_the_perfect_is_a_win(text: str) -> None:
    # Danish "har fået ordren", Swedish "har fått ordern": recorded nothing.
    found = recognise(text, today=TUESDAY, known_customers=KNOWN_LOST, open_offers=set())
    assert found.kind is not None and found.kind.value == "win"
