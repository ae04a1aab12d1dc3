"""Session 24: the one-or-two question ("Møte med Marks and Spencer i dag", neither name known)
says the choice its buttons offer, in each of the four languages, through signed events."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, channel_message, set_up_team, text_of

LARS = "U0LARS"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "asked", "one", "two"),
    [
        ("en-GB", "*Marks and Spencer*: one customer or two?", "One customer", "Two customers"),
        ("nb-NO", "*Marks and Spencer*: én kunde eller to?", "Én kunde", "To kunder"),
        ("sv-SE", "*Marks and Spencer*: en kund eller två?", "En kund", "Två kunder"),
        ("da-DK", "*Marks and Spencer*: én kunde eller to?", "Én kunde", "To kunder"),
    ],
)
def test_the_one_or_two_question_names_the_choice(  # type: ignore[no-untyped-def]
    slack, locale: str, asked: str, one: str, two: str
) -> None:
    # was "Record this as a meeting with *Marks*?" above "Two customers: Marks, Spencer" /
    # "One customer: Marks and Spencer": a question about Marks alone
    set_up_team(slack, locale=locale, idle=True)
    event = channel_message("Møte med Marks and Spencer i dag", ts="1763630000.009700")
    assert slack.driver.event(event).status == 200
    slack.wait_idle()
    first = slack.api.calls_to("chat.postEphemeral")[0].params
    said = text_of(first)
    assert asked in said, said
    assert "Marks*?" not in said, said
    labels = {b["value"].split("|")[1]: b["text"]["text"] for b in buttons(first)}
    assert labels["pick:0"].startswith(one) and labels["record"].startswith(two), labels
