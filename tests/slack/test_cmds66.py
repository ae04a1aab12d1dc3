"""Session 66, through the app: a command asked about for words it could not read shows the note
it will store ("vil ha tilbud før jul", the customer's wish) beside the fields read (was out of
sight: the seller saw customer, day and temperature, and stored a note unseen)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.mark.backends("sqlite")
def test_the_question_about_unread_words_shows_the_note_it_stores(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(MONDAY)
    team = set_up_team(slack)
    text = "Kiwi Majorstuen i dag, varm 🔥 vil ha tilbud før jul"
    reply = team.driver.command("/logcall", text, KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "«🔥»" in said and "Notat: vil ha tilbud før jul" in said, said
    assert stored(team) == []  # nothing until the seller chooses
    assert buttons(reply), said
