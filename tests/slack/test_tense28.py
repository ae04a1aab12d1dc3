"""Session 28 (tense28): an offer to come, said in a channel with its amount, is asked as the
lead's planned next step; the question says the amount is not stored (a planned step holds
none), and Plan it stores the step, no offer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import click, leads, option, post, set_up_team, stored, text_of

KARI = "U0KARI"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_offer_to_come_with_its_amount_is_planned_not_counted(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 12, 1, 13, 0, tzinfo=UTC))  # Tue 1 Dec, 14:00 in Oslo
    team = set_up_team(slack)
    # was: no reply at all
    [asked] = post(team, "Skal sende tilbud til Vestas i morgen på 300k", user=KARI)
    said = text_of(asked.params)
    assert "*Vestas*" in said and "300\xa0000" in said, said
    assert "lagres ikke" in said, said  # the amount is not stored with a plan, said so
    click(team, KARI, option(asked.params, "plan"), idle=True)
    assert stored(team) == []  # no offer counted as sent
    [lead] = [lead for lead in leads(team) if lead.next_step_due is not None]
    assert (lead.next_step, str(lead.next_step_due)) == ("tilbud", "2026-12-02")
