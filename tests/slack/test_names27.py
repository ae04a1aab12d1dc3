"""Session 27 (names27): a customer written all in lower case in a channel message is stored
as a person writes it, and named again in lower case it is the same customer (matching ignores
case: customer_key)."""

from __future__ import annotations

import pytest

from tests.helpers import POSTED, bare_amounts_in, channel_message, customers, set_up_team, stored

LARS = "U0LARS"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_lower_case_customer_is_stored_capitalised_and_matched_again(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, reset=False)
    bare_amounts_in(slack, "NOK", LARS)  # a Swede in a NOK team: "50k" is NOK (kroner23)
    # was: "vant 7-eleven 50k" read nothing; "vant kiwi 95 000,-" stored a customer "kiwi"
    said = ("vant kiwi 95 000,-", "vant 7-eleven 50k", "tilbud sendt til kiwi på 40 000 kr")
    for i, text in enumerate(said):
        assert slack.driver.event(channel_message(text, f"{POSTED[:-1]}{i}")).status == 200
        slack.wait_idle()
    assert sorted((r["kind"], r["customer"], r["amount"]) for r in stored(slack)) == [
        ("offer", "Kiwi", 40_000.0),
        ("win", "7-Eleven", 50_000.0),
        ("win", "Kiwi", 95_000.0),
    ]
    assert sorted(customers(slack)) == ["7-Eleven", "Kiwi"]
