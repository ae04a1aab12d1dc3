"""Session 40, through the app: a customer whose name joins two parts with "&" is typed with
"and" / "og" / "och" as often, and the other way round. Each spelling is that one customer in
a log command, a channel message and `/kpi customer`, never a second customer splitting its
figures nor a question about one customer or two (main at 45f2e4e7: "/logwin procter and gamble
40k" asked as a new name; "/logmeeting Marks and Spencer" asked "one customer or two?")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.db import make_session_factory, session_scope
from storage.models import Customer
from tests.helpers import buttons, channel_message, customers, post, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)


def _undo_only(reply) -> bool:  # type: ignore[no-untyped-def]
    return [b["action_id"] for b in buttons(reply)] == ["activity_undo"]


@pytest.mark.parametrize(
    ("known", "command", "text", "kind"),
    [
        ("Procter & Gamble", "/logwin", "procter and gamble 40k", "win"),
        ("Marks & Spencer", "/logmeeting", "Marks and Spencer", "meeting"),
        ("Marks & Spencer", "/logmeeting", "Coffee with Marks and Spencer", "meeting"),
        ("Berg og Hansen AS", "/logoffer", "Berg & Hansen 200k", "offer"),
        ("Berg og Hansen AS", "/logcall", "Berg and Hansen", "call"),
        # the customer was made with the word; "&" typed later
        ("Marks and Spencer", "/logmeeting", "Marks & Spencer", "meeting"),
    ],
)
def test_a_known_joined_name_spelt_otherwise_in_a_command(
    slack, clock, known, command, text, kind
) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", f'"{known}" 1.12.', KARI, CHANNEL).reply()
    reply = team.driver.command(command, text, KARI, CHANNEL).reply()
    assert _undo_only(reply), text_of(reply)
    assert [(r["kind"], r["customer"]) for r in stored(team)][1:] == [(kind, known)]
    assert customers(team) == [known]


@pytest.mark.backends("sqlite")
def test_the_same_meeting_typed_with_the_other_join_is_asked_as_a_repeat(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", '"Marks & Spencer" i dag', KARI, CHANNEL).reply()
    reply = team.driver.command("/logmeeting", "Marks and Spencer i dag", KARI, CHANNEL).reply()
    assert {b["value"].split("|")[-1] for b in buttons(reply)} == {"another", "same"}
    assert len(stored(team)) == 1


@pytest.mark.backends("sqlite")
def test_a_channel_message_names_the_known_customer(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", '"Procter & Gamble" 1.12.', KARI, CHANNEL).reply()
    notes = post(team, "won procter and gamble 40k", "1796308200.000100", user=KARI)
    assert [b["action_id"] for n in notes for b in buttons(n.params)] == ["activity_undo"]
    assert [(r["kind"], r["customer"], r["amount"] and int(r["amount"])) for r in stored(team)][
        1:
    ] == [("win", "Procter & Gamble", 40000)]
    assert customers(team) == ["Procter & Gamble"]


@pytest.mark.backends("sqlite")
def test_kpi_customer_finds_the_customer_by_the_other_spelling(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", '"Marks & Spencer" 1.12.', KARI, CHANNEL).reply()
    reply = team.driver.command("/kpi", "customer Marks and Spencer tier A", KARI, CHANNEL).reply()
    assert "Marks & Spencer" in text_of(reply).replace("&amp;", "&"), text_of(reply)
    with session_scope(make_session_factory(team.engine)) as session:
        rows = session.execute(select(Customer.name, Customer.tier)).all()
    assert [tuple(r) for r in rows] == [("Marks & Spencer", "A")]


@pytest.mark.backends("sqlite")
def test_a_shared_customer_list_updates_the_customer_spelt_otherwise(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logmeeting", '"Marks & Spencer" 1.12.', KARI, CHANNEL).reply()
    slack.api.add_file("F0CSV", "kunder.csv", b"Navn;Niva\nMarks and Spencer;A\n", user=KARI)
    shared = channel_message(
        "", "1796308300.000200", user=KARI, channel="D0IMPORT", channel_type="im",
        subtype="file_share", files=[{"id": "F0CSV"}],
    )  # fmt: skip
    slack.driver.event(shared)
    slack.wait_idle()
    [report] = [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == "D0IMPORT"
    ]
    [apply] = buttons(report)
    slack.driver.click(KARI, apply, channel_id="D0IMPORT")
    slack.wait_idle()
    with session_scope(make_session_factory(team.engine)) as session:
        rows = session.execute(select(Customer.name, Customer.tier)).all()
    assert [tuple(r) for r in rows] == [("Marks & Spencer", "A")]
