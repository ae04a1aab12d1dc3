"""Session 21, the log commands through the app: a new name's own number before a grouped amount
("/logoffer Studio 54 250 000 kr", Studio 54 new) was stored as an offer to a customer "Studio"
at kr 54 250 000, unasked; now it is asked with one button per reading, each naming the
customer and the amount it stores ("Studio 54 · kr 250 000" / "Studio · kr 54 250 000"), and
nothing is stored until one is picked (the reading: tests/unit/test_parse_fresh_phrasings21.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, count_rows, customers, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
MONDAY = datetime(2027, 6, 28, 8, 0, tzinfo=UTC)  # 10:00 in Oslo, after midsummer


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(MONDAY)  # never the real clock: a command at night is asked which day it was
    return set_up_team(slack)


def _readings(reply: dict) -> dict[str, dict]:
    return {b["value"].split("|")[1]: b for b in buttons(reply)}


def _label(button: dict) -> str:
    return button["text"]["text"].replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "pick", "customer", "amount"),
    [
        ("Studio 54 250 000 kr", "name", "Studio 54", 250_000),
        ("Bygg 24 250 000 kr", "group", "Bygg", 24_250_000),
    ],
)
def test_a_name_that_ends_in_a_number_before_a_grouped_amount_is_asked(  # type: ignore[no-untyped-def]
    team, text: str, pick: str, customer: str, amount: int
) -> None:
    result = team.driver.command("/logoffer", text, KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    number = text.split()[1]
    assert f"“{number}”" in said or f"«{number}»" in said, said
    options = _readings(reply)
    assert list(options) == ["name", "group", "edit"], options
    name = text.split()[0]
    assert _label(options["name"]).startswith(f"{name} {number} · "), _label(options["name"])
    assert "250 000" in _label(options["name"]), _label(options["name"])
    assert _label(options["group"]).startswith(f"{name} · "), _label(options["group"])
    assert f"{number} 250 000" in _label(options["group"]), _label(options["group"])
    assert count_rows(team) == 0 and customers(team) == []  # nothing until a reading is picked
    click(team, KARI, options[pick], result, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["amount"]) == (customer, "offer", amount)
    assert customers(team) == [customer]
