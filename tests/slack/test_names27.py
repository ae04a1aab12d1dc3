"""Session 27 (names27): a customer written all in lower case in a channel message is stored
as a person writes it, and named again in lower case it is the same customer (matching ignores
case: customer_key)."""

from __future__ import annotations

import pytest

from tests.helpers import POSTED, bare_amounts_in, channel_message, customers, set_up_team, stored

LARS = "U0LARS"
TS = "1796130000.000100"


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


def test_a_day_told_after_a_week_summary_with_no_day_is_asked_not_counted_twice(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """ "Uka så langt: 2 møter (Aker, Yara)" recorded (on the week's Monday, no day said), then
    "I dag: møte med Aker" the same day: the same meeting told again, or another? Asked, as the
    reverse order is ("Registrert allerede denne uken"); was: a second Aker meeting stored."""
    from datetime import UTC, datetime

    from tests.helpers import click, option, post, text_of

    kari = "U0KARI"
    clock.set(datetime(2026, 12, 1, 13, 0, tzinfo=UTC))  # Tue 1 Dec, 14:00 in Oslo
    team = set_up_team(slack)
    [summary] = post(team, "Uka så langt: 2 møter (Aker, Yara), 3 samtaler", TS, user=kari)
    click(team, kari, option(summary.params, "record_all"), idle=True)
    before = sorted((r["date"], r["kind"], r["customer"]) for r in stored(team))
    assert before == [("2026-11-30", "meeting", "Aker"), ("2026-11-30", "meeting", "Yara")]
    [asked] = post(team, "I dag: møte med Aker", "1796130100.000100", user=kari)
    said = text_of(asked.params)
    assert "*Aker*" in said and "Ukesammendraget" in said, said
    assert sorted((r["date"], r["kind"], r["customer"]) for r in stored(team)) == before
    click(team, kari, option(asked.params, "same"), idle=True)
    assert sorted((r["date"], r["kind"], r["customer"]) for r in stored(team)) == before
    # another customer's meeting today, none in the summary: stored as it is
    post(team, "I dag: møte med Orkla", "1796130200.000100", user=kari)
    assert ("2026-12-01", "meeting", "Orkla") in {
        (r["date"], r["kind"], r["customer"]) for r in stored(team)
    }
