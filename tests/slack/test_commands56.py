"""Session 56, through the app: an offer's amount read after a dash with its VAT said beside it
("/logoffer Haugen Gårdsdrift – vannpumpe, kr 49.900,- inkl mva") is asked about, one button
without VAT and one as written (was: stored at the price with the tax, unasked: the VAT check
read only the words before the dash). The readings: tests/unit/test_parse_cmds56.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click, option, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Haugen Gårdsdrift – vannpumpe, kr 49.900,- inkl mva",
        "Haugen Gårdsdrift – tilbud sendt 1.12 på vannpumpe m/ montering kr 49.900,- inkl mva",
    ],
)
def test_vat_said_with_an_amount_after_a_dash_is_asked(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    asked = team.driver.command("/logoffer", text, KARI, CHANNEL).reply()
    assert "mva" in text_of(asked), text_of(asked)
    labels = [b["text"]["text"].replace("\xa0", " ") for b in buttons(asked)]
    assert labels[:2] == ["Uten mva: kr 39 920", "Som skrevet: kr 49 900"], labels
    assert stored(team) == []  # nothing before the click
    click(team, KARI, option(asked, "range:net"), idle=True)
    rows = [(r["kind"], r["customer"], r["amount"]) for r in stored(team)]
    assert rows == [("offer", "Haugen Gårdsdrift", Decimal(39_920))]


def test_a_note_that_mentions_vat_after_an_amount_before_the_dash_asks_nothing(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command(
        "/logoffer", "Tine 800k -- kunden vil ha pris inkl mva", KARI, CHANNEL
    ).reply()
    team.wait_idle()
    assert [(r["customer"], r["amount"]) for r in stored(team)] == [("Tine", Decimal(800_000))]
