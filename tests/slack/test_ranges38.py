"""Session 38, through the app: an offer's range with each end's own sign or unit in a channel
message ("quote to Tesco £65k-£70k", "Tilbud til Tine 300k-350k") asked low / middle / high and
stored once at the end clicked, for the customer named (was: nothing read for the first; the
customer "Tine 300k" for the second). The readings: tests/unit/test_capture_lead38.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
FIRST = "1764583200.000100"


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "customer", "middle", "currency"),
    [
        ("quote to Tesco £65k-£70k", "Tesco", Decimal(67500), "GBP"),
        ("Tilbud til Tine 300k-350k", "Tine", Decimal(325000), "NOK"),
    ],
)
def test_a_range_with_each_ends_unit_is_stored_at_the_end_clicked(  # type: ignore[no-untyped-def]
    slack, clock, text: str, customer: str, middle: Decimal, currency: str
) -> None:
    clock.set(TUESDAY)
    team = set_up_team(slack, locales={KARI: "en-GB"})
    [asked] = post(team, text, FIRST, user=KARI)
    said = text_of(asked.params)
    assert f"*{customer}*" in said, said
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(asked.params)}
    assert list(options) == ["range:low", "range:middle", "range:high", "not_a_sale"], options
    click(team, KARI, options["range:middle"], idle=True)
    [row] = stored(team)
    assert (row["kind"], row["customer"]) == ("offer", customer)
    assert (Decimal(str(row["amount"])), row["currency"] or "NOK") == (middle, currency)
