"""Issue 11, finding 10: what comes back from a button is checked on the server as if typed. A
forged undo value carrying a colleague's entry neither undoes nor shows it; a forged question
value stores nothing (the pending log is kept server-side: tests/slack/test_questions.py)."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"


def _english(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_undo_value_carrying_a_colleagues_entry_changes_and_shows_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    mine = slack.driver.command("/logwin", "Nammo 320k", KARI).reply()
    [undo] = buttons(mine)
    result = slack.driver.command("/logmeeting", "Orkla", LARS)
    [lars_undo] = buttons(result.reply())
    forged = {**lars_undo, "value": undo["value"]}  # Kari's entry id in Lars's button
    assert slack.driver.click(LARS, forged, response_url=result.response_url).status == 200
    slack.wait_idle()
    said = text_of(slack.api.responses(result.key)[-1])
    assert "Only the person who logged it" in said
    assert "Nammo" not in said and "320" not in said
    assert [r["customer"] for r in stored(slack)] == ["Nammo", "Orkla"]


def test_a_nonsense_undo_value_is_answered_plainly(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    result = slack.driver.command("/logmeeting", "Orkla", LARS)
    [undo] = buttons(result.reply())
    for value in ("-1", "99999999", "1; drop table activities", ""):
        response = slack.driver.click(
            LARS, {**undo, "value": value}, response_url=result.response_url
        )
        assert response.status in (200, 400)
    slack.wait_idle()
    assert [r["customer"] for r in stored(slack)] == ["Orkla"]
