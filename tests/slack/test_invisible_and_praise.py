"""Text as people paste and type it: zero-width and direction marks are taken out (they were
refused as control characters in a command, and split a customer's name in a message; so did a
soft hyphen pasted from a web page), full-width
digits and letters are read as ASCII; praise said to a colleague by name before the news is the
colleague's news, never the author's figure."""

from __future__ import annotations

import pytest

from tests.helpers import bare_amounts_in, post, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text",
    [
        "Nam\u200bmo 320k",
        "\u202aNammo\u202c 320k\u200f",
        "\ufeffNammo ３２０ｋ",
        "Ｎａｍｍｏ 320k",
        "Nam\u00admo 320k",  # a soft hyphen pasted from a web page: was refused as a control character
    ],
)
def test_a_command_with_invisible_marks_or_wide_forms_is_stored_as_read(slack, text) -> None:  # type: ignore[no-untyped-def]
    reply = slack.driver.command("/logwin", text, KARI).reply()
    [row] = stored(slack)
    assert (row["customer"], row["amount"]) == ("Nammo", 320000), text_of(reply)


def _say(slack, text: str) -> None:  # type: ignore[no-untyped-def]
    post(slack, text, "1763630000.000900")


@pytest.fixture
def team(slack):  # type: ignore[no-untyped-def]
    set_up_team(slack, reset=False)
    bare_amounts_in(slack, "NOK", LARS)  # a Swede in a NOK team: "320k" is NOK (kroner23)
    slack.driver.command("/logmeeting", "Nammo", KARI, CHANNEL).reply()
    slack.api.reset()
    return slack


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text",
    # the soft hyphen (U+00AD) split the name: "Record this as a win with *Nam*?"
    ["Won Nam\u200bmo ３２０ｋ", "Won \u202eNammo 320k\u2060", "Won Nam\u00admo 320k"],
)
def test_a_message_with_invisible_marks_or_wide_digits_is_recorded(team, text) -> None:  # type: ignore[no-untyped-def]
    before = len(stored(team))
    _say(team, text)
    [row] = stored(team)[before:]
    assert (row["kind"], row["customer"], row["amount"]) == ("win", "Nammo", 320000)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text",
    ["Great work Lars, won Nammo 320k", "Bra jobba Kari, vant Nammo 320k",
     "Grattis Lars! Vann Nammo 320 tkr", "Godt gået Mette, vandt Nammo 320k"],
)  # fmt: skip
def test_praise_to_a_colleague_then_a_deal_is_the_colleagues_and_records_nothing(
    team, text
) -> None:  # type: ignore[no-untyped-def]
    before = len(stored(team))
    _say(team, text)
    assert stored(team)[before:] == []
    assert not [c for c in team.api.calls if c.method == "chat.postEphemeral"]  # not asked either


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("typed", ["McDonald\u00b4s", "McDonald\u02bcs", "McDonald\u2018s"])
def test_an_apostrophe_typed_with_a_look_alike_names_the_same_customer(slack, typed) -> None:  # type: ignore[no-untyped-def]
    """The key beside Backspace on a Nordic keyboard types an acute accent ("McDonald´s"):
    decomposed, it split the name, a customer "McDonald s" beside "McDonald's" (asked "Did you
    mean …?" in a command, a second customer in a message)."""
    from tests.helpers import customers

    set_up_team(slack, reset=False)
    bare_amounts_in(slack, "NOK", LARS)  # a Swede in a NOK team: "200k" is NOK (kroner23)
    slack.driver.command("/logmeeting", "McDonald's", KARI, CHANNEL).reply()
    slack.driver.command("/logoffer", f"{typed} 200k", LARS, CHANNEL).reply()
    _say(slack, f"Vant {typed} 250k i dag")
    assert customers(slack) == ["McDonald's"]
    assert [(r["kind"], r["customer"]) for r in stored(slack)] == [
        ("meeting", "McDonald's"),
        ("offer", "McDonald's"),
        ("win", "McDonald's"),
    ]
