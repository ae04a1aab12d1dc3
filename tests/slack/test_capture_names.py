"""A name with "&" is the same customer whether logged by command or in a channel message
(Slack sends both escaped: "Hansen &amp; Co")."""

from __future__ import annotations

import pytest

from tests.helpers import bare_amounts_in, channel_message, customers, set_up_team, stored

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_ampersand_name_is_one_customer_from_a_command_and_a_message(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    assert slack.driver.event(channel_message("Won Hansen &amp; Co 300k")).status == 200
    slack.wait_idle()  # the message names a new customer: it is created from the message
    slack.driver.command("/logmeeting", "Hansen &amp; Co", LARS).reply()
    rows = stored(slack)
    assert sorted((r["kind"], r["customer"]) for r in rows) == [
        ("meeting", "Hansen & Co"),
        ("win", "Hansen & Co"),
    ]
    assert customers(slack) == ["Hansen & Co"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_win_with_a_name_in_a_nouns_definite_form_is_asked_and_stored_once_confirmed(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    """ "Norgesgruppen har signert! 2,4 MNOK" went unrecorded (the name read as a noun, as
    "Kontoret" would be); now its author is asked, and Record stores the win once."""
    from tests.helpers import buttons, text_of

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    slack.api.reset()
    assert slack.driver.event(channel_message("Norgesgruppen har signert! 2,4 MNOK")).status == 200
    [asked] = slack.api.wait_for(lambda c: c.method == "chat.postEphemeral")
    assert "*Norgesgruppen*" in text_of(asked.params) and stored(slack) == []
    record = next(b for b in buttons(asked.params) if b["value"].endswith("|record"))
    for _ in range(2):  # a second click stores nothing more
        slack.driver.click(LARS, {"action_id": record["action_id"], "value": record["value"]})
        slack.wait_idle()
    assert [(r["kind"], r["customer"], r["amount"]) for r in stored(slack)] == [
        ("win", "Norgesgruppen", 2_400_000.0)
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_new_customer_that_said_yes_is_a_win_not_a_company_called_sa(slack) -> None:  # type: ignore[no-untyped-def]
    """ "Hafslund sa ja, 400k" recorded nothing: "Hafslund sa" was read as Hafslund S.A."""
    set_up_team(slack, reset=False)
    bare_amounts_in(slack, "NOK", LARS)  # a Swede in a NOK team: "400k" is NOK (kroner23)
    assert slack.driver.event(channel_message("Hafslund sa ja, 400k 🎉")).status == 200
    slack.wait_idle()
    assert [(r["kind"], r["customer"], r["amount"]) for r in stored(slack)] == [
        ("win", "Hafslund", 400_000.0)
    ]
    assert customers(slack) == ["Hafslund"]
