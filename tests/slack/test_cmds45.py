"""Session 45, through the app: held-out commands (/work/held45) stored with the command's word
glued onto a new customer ("Møte Yara", "Meeting Tesco") or a week's Monday stored unasked
("forrige uke med Coop Norge"). The readings: tests/unit/test_parse_cmds45.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click_answer, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)


def _customers(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"]) for r in stored(team)]


def _button(reply: dict, option: str) -> dict:
    return next(b for b in buttons(reply) if b["value"].endswith(f"|{option}"))


def test_a_scandinavian_noun_before_a_new_name_is_the_commands(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logmeeting", "Møte Yara", KARI, CHANNEL).reply()
    team.wait_idle()
    assert "*Yara*" in text_of(reply)
    assert _customers(team) == [("meeting", "Yara")]  # was a new customer "Møte Yara"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "text", "pick", "customer"),
    [
        ("/logcall", "Call Tesco", "pick:1", "Tesco"),
        ("/logmeeting", "Meeting Tesco", "pick:0", "Meeting Tesco"),
    ],
)
def test_an_english_noun_before_a_new_name_is_asked_which_name(  # type: ignore[no-untyped-def]
    slack, clock, command, text, pick, customer
) -> None:
    clock.set(FRIDAY)
    team = set_up_team(slack, locale="en-GB")
    result = team.driver.command(command, text, KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == [], text_of(reply)  # nothing stored before the seller picks
    assert {b["value"].rsplit("|", 1)[1] for b in buttons(reply)} == {"pick:0", "pick:1", "cancel"}
    click_answer(team, KARI, _button(reply, pick), result)
    team.wait_idle()
    assert [c for _, c in _customers(team)] == [customer]


def test_an_english_noun_opening_a_name_with_its_legal_form_is_the_name(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, locale="en-GB")
    team.driver.command("/logmeeting", "Meeting Point AS", KARI, CHANNEL).reply()
    team.wait_idle()
    assert _customers(team) == [("meeting", "Meeting Point AS")]


def test_a_week_said_before_the_name_asks_which_day(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, locale="en-GB")
    reply = team.driver.command("/logmeeting", "last week with Nokia", KARI, CHANNEL).reply()
    team.wait_idle()
    assert stored(team) == []  # was: stored on Monday 23 November, never asked
    days = [b["value"].rsplit("|", 1)[1] for b in buttons(reply)]
    assert "day:2026-11-23" in days and "day:2026-11-27" in days, days


def test_no_answer_alone_is_refused_with_an_example(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, locale="en-GB")
    reply = team.driver.command("/logcall", "no answer", KARI, CHANNEL).reply()
    team.wait_idle()
    said = text_of(reply)
    assert stored(team) == [] and "Which customer?" in said and "/logcall" in said


def test_a_dictated_meeting_is_stored_on_the_company(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    text = "hadde et godt møte med innkjøpssjefen i Kiwi i går, hun var positiv"
    reply = team.driver.command("/logmeeting", text, KARI, CHANNEL).reply()
    team.wait_idle()
    assert [(r["customer"], r["date"]) for r in stored(team)] == [("Kiwi", "2026-12-03")], text_of(
        reply
    )  # was asked with a customer "hadde"


def test_a_win_told_again_in_its_own_words_is_stored_unasked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    text = "DSV 🎉 kontrakten er underskrevet, 3.750.000 kr"
    reply = team.driver.command("/logwin", text, KARI, CHANNEL).reply()
    team.wait_idle()
    [row] = stored(team)
    assert (row["customer"], int(row["amount"]), row["note"]) == (
        "DSV",
        3_750_000,
        "kontrakten er underskrevet",
    ), text_of(reply)
