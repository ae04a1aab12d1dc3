"""Session 23: channel messages read as their sellers meant them, through signed events: a
Dane's bare amount in a NOK team is asked once, DKK or NOK, as a command's is (kroner23; it was
the Dane's krone unasked here, the team's NOK by command)."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, channel_message, set_up_team, stored, text_of

LARS = "U0LARS"


def test_a_danish_sellers_bare_amount_in_a_nok_team_is_asked_dkk_or_nok(slack) -> None:  # type: ignore[no-untyped-def]
    """kroner23 (the lead's rule, as for a command): asked once, then as answered (was DKK
    unasked here, NOK unasked by command)."""
    set_up_team(slack, locale="nb-NO", locales={LARS: "da-DK"}, idle=True)
    slack.driver.event(channel_message("Sendt tilbud til Jysk 450.000", ts="1763630000.009100"))
    slack.wait_idle()
    assert stored(slack) == []
    asked = slack.api.calls_to("chat.postEphemeral")[-1].params
    dkk = next(b for b in buttons(asked) if b["value"].endswith("|currency:DKK"))
    _click(slack, LARS, dkk)
    [row] = stored(slack)
    assert (row["kind"], row["customer"], row["amount"], row["currency"]) == (
        "offer",
        "Jysk",
        450000.0,
        "DKK",
    )


def _question(slack, text: str, ts: str):  # type: ignore[no-untyped-def]
    """Post a message; its private question and the question's buttons by option."""
    assert slack.driver.event(channel_message(text, ts=ts)).status == 200
    slack.wait_idle()
    call = slack.api.calls_to("chat.postEphemeral")[-1]
    return call.params, {b["value"].split("|")[1]: b for b in buttons(call.params)}


def _click(slack, user: str, button: dict):  # type: ignore[no-untyped-def]
    result = slack.driver.click(user, {"action_id": button["action_id"], "value": button["value"]})
    assert result.status == 200
    slack.wait_idle()
    return result


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_bare_amount_asked_as_a_revision_of_a_danish_offer_keeps_its_kroner(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", idle=True)
    slack.driver.command("/logoffer", "Jysk 400 000 DKK", LARS, "C0SALES")
    slack.wait_idle()
    slack.api.reset()
    question, by_option = _question(
        slack, "Revised offer to Jysk, roughly 450 000", ts="1763630000.009200"
    )
    said = text_of(question)
    assert "DKK" in said and "NOK" not in said, said
    _click(slack, LARS, by_option["record"])
    rows = [r for r in stored(slack) if r["kind"] == "offer"]
    assert [(r["amount"], r["currency"]) for r in rows] == [(400000.0, "DKK"), (450000.0, "DKK")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_monthly_price_with_its_term_is_asked_with_the_whole_and_the_price(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", idle=True)
    question, by_option = _question(
        slack, "Sendt tilbud på 85k/mnd til Bring, 24 mnd binding", ts="1763630000.009300"
    )
    assert list(by_option) == ["record", "price", "edit", "not_a_sale"], by_option
    labels = {o: b["text"]["text"] for o, b in by_option.items()}
    assert "2,040,000" in labels["record"] and "85,000" in labels["price"], labels
    assert stored(slack) == []
    _click(slack, LARS, by_option["price"])  # the price alone, as its author means it
    [row] = stored(slack)
    assert (row["kind"], row["customer"], row["amount"]) == ("offer", "Bring", 85000.0)
    slack.api.reset()
    _, whole = _question(
        slack, "Sendt tilbud på 40k/mnd til Posten, 12 mnd binding", ts="1763630000.009400"
    )
    _click(slack, LARS, whole["record"])  # the whole value for the term
    assert [r["amount"] for r in stored(slack) if r["customer"] == "Posten"] == [480000.0]


def test_two_names_joined_by_and_neither_known_are_asked_one_customer_or_two(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", idle=True)
    assert (
        slack.driver.event(
            channel_message("Møte med Nordvik and Lunde i dag", ts="1763630000.009500")
        ).status
        == 200
    )
    slack.wait_idle()
    # one question (lists28: was two stacked, the second name's own under it)
    [first] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    by_option = {b["value"].split("|")[1]: b for b in buttons(first)}
    labels = {o: b["text"]["text"] for o, b in by_option.items()}
    assert labels["record"] == "Two customers: Nordvik, Lunde", labels
    assert labels["pick:0"] == "One customer: Nordvik and Lunde", labels
    _click(slack, LARS, by_option["pick:0"])
    [row] = stored(slack)
    assert (row["kind"], row["customer"]) == ("meeting", "Nordvik and Lunde")
    # "Dagens Nyheter och Expressen": two customers, both recorded by its one question
    slack.api.reset()
    slack.driver.event(
        channel_message("Möte med Dagens Nyheter och Expressen", ts="1763630000.009600")
    )
    slack.wait_idle()
    [first] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    [two] = [b for b in buttons(first) if b["value"].endswith("|record")]
    assert two["text"]["text"] == "Two customers: Dagens Nyheter, Expressen"
    _click(slack, LARS, two)
    assert sorted(r["customer"] for r in stored(slack)) == [
        "Dagens Nyheter",
        "Expressen",
        "Nordvik and Lunde",
    ]
