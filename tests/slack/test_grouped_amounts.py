"""A spaced amount before a multiplier, and a call's duration, through Slack: "/logoffer Volvo 1 200 tkr" stored a new
customer "Volvo 1" with 200 tkr before session 13; now a new name asks how to write it (nothing
stored) and a known one stores 1 200 tkr. A channel message "Offert till Volvo på 1 250 tkr
skickad" stored 1 250 kr; now 1 250 000."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import channel_message, set_up_team, stored, text_of

LARS, KARI = "U0LARS", "U0KARI"
CHANNEL = "C0SALES"
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
TS = "1796029200.000100"

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(MONDAY)
    team = set_up_team(slack)
    # review25: a Swede's "tkr" in a NOK team is asked once, SEK or NOK; chosen here up front
    team.driver.command("/kpi", "currency SEK", LARS, CHANNEL).reply()
    team.wait_idle()
    return team


def test_a_new_name_before_spaced_groups_is_asked_and_nothing_stored(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logoffer", "Volvo 1 200 tkr", LARS, CHANNEL).reply()
    team.wait_idle()
    assert stored(team) == []
    said = text_of(reply)
    assert "”1”" in said and "Volvo 1200 tkr" in said and "”Volvo 1” 200 tkr" in said  # Swedish


def test_a_known_name_before_spaced_groups_stores_the_whole_amount(team) -> None:  # type: ignore[no-untyped-def]
    team.driver.command("/logmeeting", "Volvo", LARS, CHANNEL).reply()
    team.driver.command("/logoffer", "Volvo 1 200 tkr", LARS, CHANNEL).reply()
    team.wait_idle()
    offers = [r for r in stored(team) if r["kind"] == "offer"]
    assert [(r["customer"], r["amount"]) for r in offers] == [("Volvo", 1200000)]


def test_a_channel_message_stores_the_whole_amount(team) -> None:  # type: ignore[no-untyped-def]
    assert (
        team.driver.event(
            channel_message("Offert till Volvo på 1 250 tkr skickad", TS, user=LARS)
        ).status
        == 200
    )
    team.wait_idle()
    [row] = stored(team)
    assert (row["kind"], row["customer"], row["amount"]) == ("offer", "Volvo", 1250000)


def test_a_calls_duration_is_its_note_not_its_customers_name(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logcall", "Telia 30 min", LARS, CHANNEL).reply()
    team.wait_idle()
    [row] = stored(team)
    assert (row["kind"], row["customer"], row["note"]) == ("call", "Telia", "30 min")
    assert "Telia 30" not in text_of(reply)


def test_an_amount_in_another_currency_than_the_teams_is_named_by_its_code(team) -> None:  # type: ignore[no-untyped-def]
    # A Swede in a NOK team writes "kr": his krone, SEK (README). His confirmation said
    # "240 000 kr", which a NOK team's seller reads as kroner of the team's (found by the month
    # ledger, session 13); it names the currency now. A Norwegian's "kr" stays "kr".
    team.api.users[LARS].locale = "sv-SE"
    reply = team.driver.command("/logoffer", "Ericsson 240 000 kr", LARS, CHANNEL).reply()
    team.wait_idle()
    [row] = stored(team)
    assert (row["amount"], row["currency"]) == (240000, "SEK")
    assert "240 000 SEK" in text_of(reply).replace("\u00a0", " ")
    said = text_of(team.driver.command("/logoffer", "Telenor 300 000 kr", KARI, CHANNEL).reply())
    assert "kr 300 000" in said.replace("\u00a0", " ") and "NOK" not in said
