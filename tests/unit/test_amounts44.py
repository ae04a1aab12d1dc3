"""Session 44: whole numbers said in words are read, in commands, forms and channel messages
("tre hundre tusen", "tvåhundrafemtio tusen", "femogtyve tusinde", "two hundred and fifty
thousand"). Dictated messages said them so, and they were asked ("the amount is missing") or
refused ("write it with digits")."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.amounts import spoken_as_digits, whole_number_said
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command


@pytest.mark.parametrize(
    ("said", "used", "value"),
    [
        ("tre hundre tusen", 3, 300_000),
        ("trehundreogfemti tusen kroner", 2, 350_000),
        ("tre hundre og femti tusen", 5, 350_000),
        ("tolv tusen", 2, 12_000),
        ("tvåhundrafemtio tusen", 2, 250_000),
        ("ett hundra tusen kronor", 3, 100_000),
        ("femogtyve tusinde kr", 2, 25_000),  # Danish: the ones before the tens
        ("halvtreds tusind", 2, 50_000),
        ("two hundred and fifty thousand pounds", 5, 250_000),
        ("twenty-five thousand", 2, 25_000),
        ("hundre tusen", 2, 100_000),
        ("tolv mill", 1, 12),  # a number before a unit of its own
    ],
)
def test_a_whole_number_said_in_words(said: str, used: int, value: int) -> None:
    assert whole_number_said(said.split()) == (used, value)


@pytest.mark.parametrize("said", ["Tre", "to", "tolv", "tolv kroner", "og tusen", "Tine AS"])
def test_no_number_or_no_magnitude_is_none(said: str) -> None:
    assert whole_number_said(said.split()) is None


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("tre hundre tusen", ["300000"]),
        ("two hundred k", ["200", "k"]),
        ("tolv mill", ["12", "mill"]),
        ("to mill", ["2", "mill"]),  # as before
        ("en halv mill", ["0,5", "mill"]),
        ("tusen takk", None),
    ],
)
def test_spoken_as_digits(said: str, digits: list[str] | None) -> None:
    assert spoken_as_digits(said.split()) == digits


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Sendte tilbud til Tine i dag på tre hundre og femti tusen kroner punktum", 350_000),
        ("Skickade offert till Ica på tvåhundra tusen", 200_000),
        ("Sent Boots a quote for fifty thousand pounds", 50_000),
        ("Won Equinor two hundred k", 200_000),
    ],
)
def test_a_dictated_amount_in_a_message_is_read(text: str, amount: int) -> None:
    found = recognise(text, today=date(2026, 12, 4), known_customers=["Tine"], posted=time(15))
    assert (found.outcome, found.amount) == (Outcome.SURE, Decimal(amount))


def test_thanks_is_no_amount() -> None:
    found = recognise(
        "Tusen takk for hjelpen med Tine-tilbudet",
        today=date(2026, 12, 4),
        known_customers=["Tine"],
        posted=time(15),
    )
    assert found.outcome is Outcome.NOTHING


def test_a_command_reads_it_too() -> None:
    cmd = parse_log_command(ActivityKind.OFFER, "Tine tre hundre tusen", today=date(2026, 12, 4))
    assert cmd.amount == Decimal(300_000)
