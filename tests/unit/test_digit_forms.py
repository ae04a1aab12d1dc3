"""Digits of any form ("１００ ０００ kr", a full-width keyboard) are read as 0-9, with the
separators typed between them; nothing else of the text is normalised ("½", "m²" stay)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.amounts import ascii_digits
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("１００ ０００ kr", "100 000 kr"),
        ("１，５ mill", "1,5 mill"),
        ("１．２５０．０００", "1.250.000"),
        ("１００\u3000０００", "100 000"),
        ("４５ ０００，－", "45 000,-"),  # the krone's ",-" typed full-width
        ("١٠٠ ٠٠٠", "100 000"),  # Arabic-Indic digits
        ("1½ mill", "1½ mill"),  # a fraction is no decimal digit: left as typed
        ("200 m² ，Ｙａｒａ", "200 m² ，Ｙａｒａ"),  # letters and a comma not between digits stay
    ],
)
def test_only_digits_and_the_marks_between_them_are_normalised(typed: str, read: str) -> None:
    assert ascii_digits(typed) == read


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Orkla １００ ０００ kr", "100000", "NOK"),
        ("Orkla １，５ mill", "1500000", None),
        ("Orkla 1½ mill", "1500000", None),
        ("Orkla ４５ ０００，－", "45000", None),
    ],
)
def test_a_command_reads_full_width_amounts(text: str, amount: str, currency: str | None) -> None:
    cmd = parse_log_command(ActivityKind.OFFER, text, today=TODAY, krone="NOK")
    assert (cmd.customer, cmd.amount, cmd.currency) == ("Orkla", Decimal(amount), currency)


def test_a_command_reads_full_width_dates_and_names() -> None:
    cmd = parse_log_command(
        ActivityKind.MEETING, "Rema １０００ １９/１１", today=TODAY, krone="NOK"
    )
    assert (cmd.customer, cmd.when) == ("Rema 1000", date(2026, 11, 19))


def test_a_channel_message_reads_full_width_amounts() -> None:
    found = recognise("Vant Yara ３００ ０００ kr", today=TODAY, known_customers=["Yara"])
    assert (found.outcome, found.customer, found.amount) == (Outcome.SURE, "Yara", 300000)
