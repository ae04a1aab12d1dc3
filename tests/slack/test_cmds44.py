"""Session 44, through the app: what held-out sellers typed and wrote that was stored on a wrong
customer or never counted. The readings: tests/unit/test_parse_cmds44.py, test_capture44.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click, leads, post, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)
FRIDAY_TS = "1764858600.000100"


def rows(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["date"], r["amount"], r["note"]) for r in stored(team)]


def test_an_offer_sent_again_revises_the_one_out(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """ "Resent the Boots proposal 45k" was a new customer "the Boots proposal", an offer of its
    own: now Boots's offer, revised (one offer out, at its new amount)."""
    clock.set(FRIDAY)
    team = set_up_team(slack, locale="en-GB")
    team.driver.command("/logoffer", "Boots £40k", KARI, CHANNEL).reply()
    reply = team.driver.command("/logoffer", "Resent the Boots proposal £45k", KARI, CHANNEL)
    said = text_of(reply.reply())
    team.wait_idle()
    customers = {r["customer"] for r in stored(team)}
    assert customers == {"Boots"}, (customers, said)
    [lead] = leads(team)
    assert lead.offer_amount == Decimal("45000"), said


def test_a_call_that_found_nobody_is_stored_with_its_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, locale="en-GB")
    reply = team.driver.command("/logcall", "no answer at Maersk, try again mon", KARI, CHANNEL)
    assert [b["action_id"] for b in buttons(reply.reply())] == ["activity_undo"]
    assert rows(team) == [("call", "Maersk", "2026-12-04", None, "no answer")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "customer"),
    [("tapt bama", "Bama"), ("lost marks & spencer 😭", "Marks & Spencer")],
)
def test_a_terse_lower_case_loss_is_asked_and_stored_once_confirmed(
    slack, clock, text, customer
) -> None:  # type: ignore[no-untyped-def]
    """Was silence: the loss never counted, the closing rate too high."""
    clock.set(FRIDAY)
    team = set_up_team(slack, idle=True)
    [note] = post(team, text, FRIDAY_TS, user=KARI)
    assert stored(team) == [] and customer.replace("&", "&amp;") in text_of(note.params)
    [record] = [b for b in buttons(note.params) if b["value"].endswith("|record")]
    result = click(team, KARI, record, idle=True)
    # no offer of theirs is open: counted only when said so (as every such loss is)
    [anyway] = [b for b in buttons(result.reply()) if b["value"].endswith("|without_offer")]
    click(team, KARI, anyway, idle=True)
    assert [(kind, name) for kind, name, *_ in rows(team)] == [("loss", customer)]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_win_with_its_term_before_the_amount_is_stored(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, idle=True, locale="en-GB")
    post(team, "Signed! Deliveroo, 2 year deal, £340,000 total 🥳", FRIDAY_TS, user=KARI)
    assert [(k, c, a) for k, c, _, a, _ in rows(team)] == [("win", "Deliveroo", Decimal("340000"))]


@pytest.mark.parametrize(
    "text",
    ["Boots UK yday w/ @tom, warm", "Marks & Spencer 1st Dec with CFO and @Jess. Warm"],
)
def test_a_colleague_typed_plain_is_said_along(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    """The commands' text is not escaped (manifest: should_escape false): "@tom" comes as typed.
    Was "I could not read «w/ @tom»"; now the question says a colleague was there."""
    clock.set(FRIDAY)
    team = set_up_team(slack, locale="en-GB")
    reply = team.driver.command("/logmeeting", text, KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "a colleague" in said.lower() and "could not read" not in said.lower(), said
    assert stored(team) == []


def test_a_day_only_in_the_note_is_refused_and_nothing_stored(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command(
        "/logmeeting", "Nortura -- fysisk møte på Hamar forrige fredag. varm", KARI, CHANNEL
    ).reply()
    said = text_of(reply)
    assert (
        "forrige fredag" in said
        and "`Nortura forrige fredag -- fysisk møte på Hamar. varm`" in said
    ), said
    assert stored(team) == []
