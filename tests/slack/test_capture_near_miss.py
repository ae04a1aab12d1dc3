"""A channel message naming a customer kpibot does not know, close to one it does ("Equinr",
"Aker" beside "Aker BP" and "Aker Solutions"), is asked about as a command is: a typo never
becomes a customer of its own, splitting the real one's figures. A name like no other is still
recorded at once."""

from __future__ import annotations

import pytest

from tests.helpers import channel_message, customers, mention, set_up_team, stored, text_of

LARS, KARI = "U0LARS", "U0KARI"
CHANNEL = "C0SALES"
BOT = "<@UKPIBOT>"

pytestmark = pytest.mark.backends("sqlite")  # which customer is meant; storing is common


def _setup(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", reset=False)
    for customer in ("Equinor", "Aker BP", "Aker Solutions", "Telenor"):
        slack.driver.command("/logcall", customer, KARI, CHANNEL).reply()
    slack.api.reset()


def _say(slack, text: str, event_type: str = "message") -> None:  # type: ignore[no-untyped-def]
    said = channel_message if event_type == "message" else mention
    assert slack.driver.event(said(text, "1763630000.000700")).status == 200
    slack.wait_idle()


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Vant Equinr 200k", "Equinr"),
        ("Møte med Telnor i dag", "Telnor"),
        ("Had a meeting with Aker today", "Aker"),
        (f"{BOT} vant Equinr 200k", "Equinr"),
    ],
)
def test_a_near_miss_of_a_known_customer_is_asked(slack, text, typed) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    before = len(stored(slack))
    _say(slack, text, "app_mention" if text.startswith(BOT) else "message")
    assert len(stored(slack)) == before  # nothing stored until the seller picks
    assert typed not in customers(slack)
    [note] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert note["user"] == LARS and typed in text_of(note)
    assert any(b.get("type") == "actions" for b in note["blocks"])  # the known names, or new


def test_a_name_like_no_other_is_recorded_at_once(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    before = len(stored(slack))
    _say(slack, "Vant Kongsberg Gruppen 200k")
    [row] = stored(slack)[before:]
    assert (row["kind"], row["customer"], row["amount"]) == ("win", "Kongsberg Gruppen", 200_000)


def test_a_later_word_of_a_known_name_is_asked(slack) -> None:  # type: ignore[no-untyped-def]
    """ "Hydro" beside "Norsk Hydro": was a new customer "Hydro", its meeting stored unasked."""
    _setup(slack)
    slack.driver.command("/logcall", "Norsk Hydro", KARI, CHANNEL).reply()
    slack.api.reset()
    before = len(stored(slack))
    _say(slack, "Demo at Hydro went great, sending the offer Monday")
    assert len(stored(slack)) == before and "Hydro" not in customers(slack)
    [note] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert "Hydro" in text_of(note) and "Norsk Hydro" in str(note["blocks"])  # a button
