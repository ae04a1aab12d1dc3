"""Session 18, slash commands through the real app: a short form of a known customer's name
("/logmeeting Novo …" with only "Novo Nordisk" known) is asked about, and what is stored is
the customer the seller picked, with everything else the command said; a second customer
with nothing of its own ("/logoffer Tine 85k og Kiwi") is refused, nothing stored."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, click_answer, customers, leads, stored, text_of

METTE = "U0METTE"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_short_name_of_a_known_customer_is_asked_and_the_choice_is_stored(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", '"Novo Nordisk" -- kendt', METTE).reply()
    before = stored(slack)

    # Today is Friday 20 November 2026: "i går" Thursday 19th, "fredag" next Friday 27th
    result = slack.driver.command("/logmeeting", "Novo i går, varm, næste møde fredag", METTE)
    reply = result.reply()
    said = text_of(reply)
    assert "*Novo*" in said and stored(slack) == before  # asked; nothing stored yet
    choices = {b["text"]["text"]: b for b in buttons(reply)}
    assert "Novo Nordisk" in choices, choices

    click_answer(slack, METTE, choices["Novo Nordisk"], result)
    [record] = [r for r in stored(slack) if r not in before]
    assert (record["customer"], record["kind"], record["date"]) == (
        "Novo Nordisk",
        "meeting",
        "2026-11-19",
    )
    [lead] = [lead for lead in leads(slack) if lead.customer.name == "Novo Nordisk"]
    assert lead.temperature == "warm"
    assert (lead.next_step, lead.next_step_due.isoformat()) == ("møde", "2026-11-27")
    assert customers(slack) == ["Novo Nordisk"]  # no customer "Novo" made

    # A second customer after the first's own amount, with nothing of its own: refused
    two = slack.driver.command("/logoffer", "Novo Nordisk 85k og Kiwi", METTE).reply()
    assert "Kiwi" in text_of(two) and not buttons(two)
    assert len(stored(slack)) == len(before) + 1 and customers(slack) == ["Novo Nordisk"]
