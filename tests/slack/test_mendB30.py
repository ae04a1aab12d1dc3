"""mendB30: an offer with an amount range in a channel message ("Sent Boots a quote, £30-40k,
will chase w/b 14th Dec"), asked low / middle / high as /logoffer asks it and stored once at the
end clicked, the range its note, the chase its next step (was: Edit / Not a sale only, nothing
to store, and the offer read as planned on the chase's day; so was one without an amount)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click, leads, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
FIRST, SECOND = "1764583200.000100", "1764583260.000100"


@pytest.mark.backends("sqlite")
def test_an_offer_with_a_range_in_a_message_is_stored_at_the_end_clicked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack, locales={KARI: "en-GB"})
    [asked] = post(team, "Sent Boots a quote, £30-40k, will chase w/b 14th Dec", FIRST, user=KARI)
    said = text_of(asked.params).replace("\xa0", " ")
    assert "“£30-40k”" in said and "Boots" in said and "Tue 1 Dec 2026" in said, said
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(asked.params)}
    assert list(options) == ["range:low", "range:middle", "range:high", "not_a_sale"], options
    assert stored(team) == []  # nothing stored before the click
    click(team, KARI, options["range:middle"], idle=True)
    click(team, KARI, options["range:middle"], idle=True)  # a double click stores it once
    [row] = stored(team)
    assert (row["kind"], row["customer"], str(row["date"])) == ("offer", "Boots", "2026-12-01")
    assert (Decimal(str(row["amount"])), row["currency"], row["note"]) == (
        Decimal(35000),
        "GBP",
        "£30-40k",
    )
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due) == ("chase", date(2026, 12, 18))
    # Without the amount: an offer sent today, asked as one (was "Plan *an offer* to *Tesco*
    # on Fri 4 Dec 2026?", the chase's day taken as the offer's)
    [asked] = post(team, "Sent Tesco a quote today, will chase Friday", SECOND, user=KARI)
    said = text_of(asked.params)
    assert "Record this as *an offer* to *Tesco*?" in said and "Plan" not in said, said
