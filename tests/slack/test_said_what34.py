"""mendC34: replies that say what happened (figures34's E_win_twice and the edited meeting).
A win said again without its amount is asked as the same win (was: "no open offer, so I need
the amount"); a message repeating a log of N calls names the N (was: "a call"); an edited
message's record changed in place is told "Changed", never a second "Logged"."""

from __future__ import annotations

import pytest

from tests.helpers import (
    buttons,
    click,
    edit,
    ephemerals,
    option,
    post,
    set_up_team_speaking,
    stored,
    text_of,
)

KARI = "U0KARI"  # the manager, who sells too
POSTED = "1763630000.000100"
EDITED = "1763630100.000200"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("language", "won", "needs"),
    [("nb", "Vant Telenor i dag!", "beløpet"), ("sv", "Vann Telenor idag!", "beloppet")],
)
def test_a_win_said_again_without_its_amount_is_asked_as_the_same_win(
    slack, language: str, won: str, needs: str
) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team_speaking(slack, language)
    team.driver.command("/logoffer", "Telenor 600k", KARI).reply()
    [told] = post(team, won, user=KARI)
    assert "Telenor" in text_of(told.params)
    assert [r["kind"] for r in stored(team)] == ["offer", "win"]
    reply = team.driver.command("/logwin", "Telenor", KARI).reply()
    said = text_of(reply)
    assert needs not in said and "Telenor" in said, said
    assert [b["value"].rsplit("|", 1)[1] for b in buttons(reply)] == ["again", "cancel"], said
    assert [r["kind"] for r in stored(team)] == ["offer", "win"]  # nothing stored unasked


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("language", "won", "missing"),
    [("nb", "Vant Telenor i dag!", "Beløpet mangler"), ("en", "Won Telenor today!", "amount is missing")],
)  # fmt: skip
def test_a_win_told_again_in_the_channel_is_asked_as_the_same_win(
    slack, language: str, won: str, missing: str
) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team_speaking(slack, language)
    team.driver.command("/logoffer", "Telenor 600k", KARI).reply()
    team.driver.command("/logwin", "Telenor", KARI).reply()  # the offer's amount won
    assert [r["kind"] for r in stored(team)] == ["offer", "win"]
    [asked] = post(team, won, user=KARI)
    said = text_of(asked.params)
    assert missing not in said and "Telenor" in said, said
    assert [b["value"].rsplit("|", 1)[1] for b in buttons(asked.params)] == ["again", "cancel"]
    assert [r["kind"] for r in stored(team)] == ["offer", "win"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("language", "said", "three", "one"),
    [
        ("sv", "Ringde Ikea, inget svar", "*3 samtal*", "*ett samtal*"),
        ("nb", "Ringte Ikea, ikke svar", "*3 samtaler*", "*en samtale*"),
    ],
)
def test_a_message_repeating_a_log_of_three_calls_names_the_three(
    slack, language: str, said: str, three: str, one: str
) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team_speaking(slack, language)
    team.driver.command("/logcall", "Ikea x3", KARI).reply()
    assert len(stored(team)) == 3
    [asked] = post(team, said, user=KARI)
    question = asked.params
    if "record" in [b["value"].rsplit("|", 1)[1] for b in buttons(question)]:
        answered = click(team, KARI, option(question, "record"), idle=True)
        question = answered.reply()
    text = text_of(question)
    assert three in text and one not in text, text
    assert len(stored(team)) == 3


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("language", "today", "yesterday", "changed", "logged"),
    [
        ("nb", "Møte med Aker BP i dag, bra prat", "Møte med Aker BP i går, bra prat", "Endret", "Logget"),
        ("sv", "Möte med Aker BP idag, bra snack", "Möte med Aker BP igår, bra snack", "Ändrat", "Loggade"),
    ],
)  # fmt: skip
def test_an_edited_message_s_record_is_told_changed_not_logged_again(
    slack, language: str, today: str, yesterday: str, changed: str, logged: str
) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team_speaking(slack, language)
    [first] = post(team, today, POSTED, user=KARI)
    assert logged in text_of(first.params)
    [was] = [r["date"] for r in stored(team)]
    [reply] = ephemerals(edit(team, POSTED, today, yesterday, EDITED, user=KARI))
    said = text_of(reply)
    assert changed in said and logged not in said and "Aker BP" in said, said
    [now] = [r["date"] for r in stored(team)]
    assert now < was  # one meeting, moved a day back
