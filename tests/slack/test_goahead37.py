"""Session 37, through the app: a customer's go-ahead, forwarded or quoted ('Videresendt: "Vi har
valgt å gå videre med dere" – DNB', 'Fwd: "We are happy to go ahead with your proposal" - Boots'),
closes that customer's open offer as a win at its amount, once, with Undo (as any win said without
its amount does), and with no offer open is asked (was: nothing read, the deal never counted). The
readings: tests/unit/test_capture_lead37.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, post, set_up_team, stored, text_of

KARI = "U0KARI"
THURSDAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
FIRST, SECOND = "1764752400.000100", "1764752700.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    return set_up_team(slack)


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"]), r["amount"]) for r in stored(team))


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("offer", "yes", "customer"),
    [
        ("Sendte tilbud til DNB 300k", 'Videresendt: "Vi har valgt å gå videre med dere" – DNB', "DNB"),
        ("Sent a quote to Boots £300k", 'Fwd: "We are happy to go ahead with your proposal" - Boots',
         "Boots"),
    ],
)  # fmt: skip
def test_a_go_ahead_closes_the_open_offer_once(team, offer: str, yes: str, customer: str) -> None:  # type: ignore[no-untyped-def]
    post(team, offer, FIRST, user=KARI)
    assert [r[:2] for r in _rows(team)] == [("offer", customer)]
    notes = post(team, yes, SECOND, user=KARI)
    said = " ".join(text_of(n.params) for n in notes)
    assert customer in said, said
    post(team, yes, SECOND, user=KARI)  # Slack's retry of the same message stores nothing twice
    wins = [r for r in _rows(team) if r[0] == "win"]
    assert [(w[1], w[3]) for w in wins] == [(customer, 300000)], _rows(team)
    assert any(buttons(n.params) for n in notes), said  # its Undo beside it


@pytest.mark.backends("sqlite")
def test_a_go_ahead_without_an_open_offer_is_asked(team) -> None:  # type: ignore[no-untyped-def]
    notes = post(team, 'Videresendt: "Vi har valgt å gå videre med dere" – DNB', SECOND, user=KARI)
    said = " ".join(text_of(n.params) for n in notes)
    assert "DNB" in said, said
    assert _rows(team) == []  # asked (the amount to fill in), nothing stored unasked
