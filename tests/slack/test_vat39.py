"""Session 39, through the app: an amount said with VAT in it ("/logoffer Yara 1 mill inkl mva",
"Yara signerte 1 mill inkl mva") is asked about, one button without the country's standard VAT
and one as written, nothing stored until a click (was: stored at the price with the tax, the
team's offers and pipeline a fifth too large). And a known name typed in lower case by its
capitals ("møte med dnb" with "DNB Bank ASA" known) records for that customer. The readings:
tests/unit/test_vat39.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import (
    buttons,
    click,
    customers,
    option,
    post,
    set_up_team,
    set_up_team_speaking,
    stored,
    text_of,
)

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # 15:30 in Oslo
AT_HALF_PAST_THREE = "1796308200.000100"


def _amounts(team) -> list[tuple[str, str, Decimal, str]]:  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["amount"], r["currency"]) for r in stored(team)]


@pytest.mark.parametrize(
    ("pick", "amount"), [("range:net", Decimal(800_000)), ("range:gross", Decimal(1_000_000))]
)
def test_a_command_with_vat_in_its_amount_is_asked(slack, clock, pick, amount) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    asked = team.driver.command("/logoffer", "Yara 1 mill inkl mva", KARI, CHANNEL).reply()
    said = text_of(asked)
    assert "mva" in said and "25 %" in said, said
    labels = [b["text"]["text"].replace("\xa0", " ") for b in buttons(asked)]
    assert labels[:2] == ["Uten mva: kr 800 000", "Som skrevet: kr 1 000 000"], labels
    assert stored(team) == []  # nothing before the click
    click(team, KARI, option(asked, pick), idle=True)
    assert _amounts(team) == [("offer", "Yara", amount, "NOK")]


def test_a_swedish_command_in_kronor_is_asked_at_the_swedish_rate(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team_speaking(slack, "sv")
    asked = team.driver.command("/logwin", "Volvo 1 250 000 SEK inkl. moms", KARI, CHANNEL).reply()
    assert "moms" in text_of(asked)
    click(team, KARI, option(asked, "range:net"), idle=True)
    assert _amounts(team) == [("win", "Volvo", Decimal(1_000_000), "SEK")]


def test_a_command_without_vat_or_in_euros_is_stored_as_before(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    for text in (
        "Yara 800 000 eks. mva",
        "Siemens €50k inkl VAT",
        "Orkla 300k + mva",
        "Tine 200k -- kunden vil ha prisen inkl mva",  # the note's words, not the amount's
    ):
        reply = team.driver.command("/logoffer", text, KARI, CHANNEL).reply()
        assert not [b for b in buttons(reply) if "range:" in b["value"]], text_of(reply)
    assert sorted(_amounts(team)) == [
        ("offer", "Orkla", Decimal(300_000), "NOK"),
        ("offer", "Siemens", Decimal(50_000), "EUR"),
        ("offer", "Tine", Decimal(200_000), "NOK"),
        ("offer", "Yara", Decimal(800_000), "NOK"),
    ]


def test_a_message_with_vat_in_its_amount_is_asked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    notes = post(team, "Yara signerte 1 mill inkl mva", AT_HALF_PAST_THREE, user=KARI)
    asked = [n for n in notes if any(b["value"].endswith("|range:net") for b in buttons(n.params))]
    assert len(asked) == 1 and stored(team) == []
    values = [b["value"].split("|")[1] for b in buttons(asked[0].params)]
    assert values == ["range:net", "range:gross", "edit", "not_a_sale"]
    click(team, KARI, option(asked[0].params, "range:net"), idle=True)
    assert _amounts(team) == [("win", "Yara", Decimal(800_000), "NOK")]


def test_a_known_name_typed_small_by_its_capitals(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", "DNB Bank ASA i går", KARI, CHANNEL)
    post(team, "møte med dnb", AT_HALF_PAST_THREE, user=KARI)
    assert customers(team) == ["DNB Bank ASA"]
    assert [(r["kind"], r["customer"], r["date"]) for r in stored(team)] == [
        ("meeting", "DNB Bank ASA", "2026-12-02"),
        ("meeting", "DNB Bank ASA", "2026-12-03"),
    ]
