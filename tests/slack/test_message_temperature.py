"""How the lead stands, said in a channel message, is kept as a command keeps it.

"Ringte Telia nettopp, varm lead" recorded the call and left the lead without a temperature
(found by the month ledger, session 13), so it was never counted among the warm leads without a
next step; "/logcall Telia varm lead" set it. Now "varm lead", "het kunde", "leadet er varmt",
"the lead is very warm" and a clause that is the word alone (", het") set it; "varm kaffe",
"cold call" and "kaldt ute" do not."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain import ActivityKind, Temperature
from bot.services.capture import recognise
from tests.helpers import channel_message, leads, set_up_team, stored

LARS, KARI = "U0LARS", "U0KARI"
CHANNEL = "C0SALES"
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 30)


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(MONDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        ("Ringte Telia nettopp, varm lead", "warm"),
        ("Møte med Telia i dag, het", "hot"),
        ("Bra möte med Telia, leadet är hett", "hot"),
        ("Met Telia today, the lead is very warm", "warm"),
        # mendG31: warm or cold on it, the deal itself (was none in nb and sv)
        ("Møte med Telia i dag, de er varme på det", "warm"),
        ("Möte med Telia idag, de var kalla på offerten", "cold"),
    ],
)
def test_a_messages_temperature_is_the_leads(team, text, temperature) -> None:  # type: ignore[no-untyped-def]
    ts = "1796029200.000100"
    assert team.driver.event(channel_message(text, ts, user=LARS)).status == 200
    team.wait_idle()
    [row] = stored(team)
    assert row["customer"] == "Telia"
    [lead] = leads(team)
    assert lead.temperature == temperature


@pytest.mark.parametrize(
    ("text", "kind", "temperature"),
    [
        ("Ringte Telia nettopp – varm lead, følger opp torsdag", ActivityKind.CALL,
         Temperature.WARM),
        ("Sendte tilbud til Kiwi 300k, varm kunde", ActivityKind.OFFER, Temperature.WARM),
        ("Ringte Telia (het)", ActivityKind.CALL, Temperature.HOT),
        ("Møte med DNB i dag - kald", ActivityKind.MEETING, Temperature.COLD),
        # warm or cold said of something else: nothing of the lead
        ("Møte med DNB i dag, varm kaffe og boller", ActivityKind.MEETING, None),
        ("Cold call til Telia i dag", ActivityKind.CALL, None),
        ("Ringte Telia, kaldt ute", ActivityKind.CALL, None),
        # a win closes the lead: no temperature
        ("Vant Kiwi 300k, het!", ActivityKind.WIN, None),
    ],
)  # fmt: skip
def test_the_temperature_words_a_message_reads(
    text: str, kind: ActivityKind, temperature: Temperature | None
) -> None:
    found = recognise(text, today=TODAY, known_customers=set())
    assert found.kind is kind
    assert found.command().temperature is temperature
