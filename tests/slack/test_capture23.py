"""Session 23: channel messages read as their sellers meant them, through signed events: a
Dane's bare amount in a NOK team is the Dane's krone (as their "kr" already was)."""

from __future__ import annotations

import pytest

from tests.helpers import channel_message, set_up_team, stored

LARS = "U0LARS"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_danish_sellers_bare_amount_in_a_nok_team_is_danish_kroner(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="nb-NO", locales={LARS: "da-DK"}, idle=True)
    slack.driver.event(channel_message("Sendt tilbud til Jysk 450.000", ts="1763630000.009100"))
    slack.api.wait_for(lambda c: c.method == "reactions.add")
    [row] = stored(slack)
    assert (row["kind"], row["customer"], row["amount"], row["currency"]) == (
        "offer",
        "Jysk",
        450000.0,
        "DKK",
    )
