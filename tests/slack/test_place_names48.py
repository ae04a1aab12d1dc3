"""Session 48 through the app (Fri 4 Dec 2026; Kari nb, Alex en). "/logmeeting Bergen": a new
name that is a town's (or a country's) alone is asked (the customer's name, or where it was?),
nothing stored before: "Bergen is the customer" stores it once however often it is clicked, and
Bergen is known from then on; "Name the customer" opens the form with the customer to write and
the town in its note. A name longer than the town ("Bergen Bil AS", "Oslo kommune"), a known
customer and a name in quotes are stored unasked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, click_answer, customers, set_up_team, stored, text_of
from tests.slack.test_readers24 import _form_values

KARI = "U0KARI"
ALEX = "U0ALEX"
CHANNEL = "C0SALES"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)  # 15:30 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    return set_up_team(slack, idle=True)


def _rows(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["date"]) for r in stored(team)]


def _button(reply: dict, option: str) -> dict:
    return next(b for b in buttons(reply) if b["value"].endswith(f"|{option}"))


@pytest.mark.backends("sqlite")
def test_a_town_alone_as_a_new_customer_is_asked_and_stored_once_when_confirmed(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command("/logmeeting", "Bergen i går", KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert _rows(team) == [] and "Bergen" not in customers(team), text_of(reply)
    assert "*Bergen* er navnet på et sted" in text_of(reply), text_of(reply)
    labels = [b["text"]["text"] for b in buttons(reply)]
    assert labels == ["Bergen er kunden", "Skriv inn kunden", "Avbryt"], labels
    assert [b["value"].rsplit("|", 1)[1] for b in buttons(reply)] == ["pick:0", "edit", "cancel"]
    yes = _button(reply, "pick:0")
    click_answer(team, KARI, yes, result)
    click(team, KARI, yes, result, idle=True)  # a double click stores it once
    assert _rows(team) == [("meeting", "Bergen", "2026-12-03")]
    # Known now: the next one is stored unasked
    team.driver.command("/logcall", "Bergen", KARI, CHANNEL).reply()
    team.wait_idle()
    assert sorted(_rows(team)) == [
        ("call", "Bergen", "2026-12-04"),
        ("meeting", "Bergen", "2026-12-03"),
    ]


@pytest.mark.backends("sqlite")
def test_name_the_customer_opens_the_form_with_the_town_in_its_note(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command("/logoffer", "Drammen 45k", ALEX, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert _rows(team) == [], text_of(reply)
    assert "*Drammen* is the name of a place" in text_of(reply), text_of(reply)
    assert buttons(reply)[0]["text"]["text"] == "Drammen is the customer"
    before = len(team.api.calls_to("views.open"))
    click(team, ALEX, _button(reply, "edit"), result, idle=True)
    view = team.api.calls_to("views.open")[before].params["view"]
    [customer] = [b for b in view["blocks"] if b.get("block_id") == "customer"]
    assert customer["element"].get("initial_option") is None, customer  # to write
    [note] = [b for b in view["blocks"] if b.get("block_id") == "note"]
    assert note["element"].get("initial_value") == "Drammen", note
    submitted = team.driver.submit_view(ALEX, view, _form_values(view, "Drammen Bygg"))
    assert submitted.status == 200 and "errors" not in submitted.body, submitted.body
    team.wait_idle()
    got = [(r["kind"], r["customer"], int(r["amount"])) for r in stored(team)]
    assert got == [("offer", "Drammen Bygg", 45000)], got


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("command", "text", "customer"),
    [
        ("/logmeeting", "Bergen Bil AS i går", "Bergen Bil AS"),
        ("/logcall", "Oslo kommune, varm", "Oslo kommune"),
        ("/logmeeting", '"Bergen"', "Bergen"),
    ],
)
def test_more_than_a_town_or_a_name_in_quotes_is_stored_unasked(  # type: ignore[no-untyped-def]
    team, command: str, text: str, customer: str
) -> None:
    reply = team.driver.command(command, text, KARI, CHANNEL).reply()
    team.wait_idle()
    assert [r["customer"] for r in stored(team)] == [customer], text_of(reply)
