"""A name with "&" is the same customer whether logged by command or in a channel message
(Slack sends both escaped: "Hansen &amp; Co")."""

from __future__ import annotations

from tests.helpers import channel_message, customers, stored

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


def test_an_ampersand_name_is_one_customer_from_a_command_and_a_message(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
    assert slack.driver.event(channel_message("Won Hansen &amp; Co 300k")).status == 200
    slack.wait_idle()  # the message names a new customer: it is created from the message
    slack.driver.command("/logmeeting", "Hansen &amp; Co", LARS).reply()
    rows = stored(slack)
    assert sorted((r["kind"], r["customer"]) for r in rows) == [
        ("meeting", "Hansen & Co"),
        ("win", "Hansen & Co"),
    ]
    assert customers(slack) == ["Hansen & Co"]
