"""Session 29 (amounts29): a week's list from a seller whose krone is not the team's currency
previews its bare and "tkr" amounts without a currency they have not been asked about."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import SELLER, post, set_up_team, stored, text_of

TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TUESDAY_TS = "1796115600.000100"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_swedes_week_list_in_a_nok_team_names_no_currency_before_asking(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """review28 item 3: a Swede in a NOK team posting last week's list with "300 tkr" was shown
    "NOK 300 000" in the "Record all" question, before the currency question that follows the
    click (the answer stored it right). Now the number alone, as a single record's question
    shows it; nothing stored until the click."""
    clock.set(TUESDAY)
    team = set_up_team(slack, locales={SELLER: "sv-SE"}, idle=True)
    text = "Förra veckan:\n- mån: offert till Volvo 300 tkr\n- ons: möte med ICA"
    replies = post(team, text, TUESDAY_TS, user=SELLER)
    said = " ".join(text_of(r.params) for r in replies)
    assert "Volvo" in said and "300" in said, said
    assert "NOK" not in said and "kr" not in said.replace("Record", ""), said
    assert stored(team) == []
