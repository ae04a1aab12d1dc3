"""Session 43, through the app: what held-out sellers typed that was asked or stored wrong.
An in-between temperature ("lunken", "ljummen", "lukewarm") is asked warm or cold with a click
each (was: "I could not read «lunken»"); names that began with a word of the command's
("møte med Nye Veier AS", "Royal Mail") are stored whole. The readings:
tests/unit/test_parse_cmds43.py, test_capture43.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from bot.domain import Temperature
from tests.helpers import buttons, click, click_answer, leads, post, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)


def rows(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)]


@pytest.mark.parametrize(
    ("text", "pick", "temperature"),
    [
        ("Jernia i dag, lunken", "temperature:warm", Temperature.WARM),
        ("Tine i dag, ikke helt varm", "temperature:cold", Temperature.COLD),
    ],
)
def test_an_in_between_temperature_is_asked_warm_or_cold(
    slack, clock, text, pick, temperature
) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    result = team.driver.command("/logcall", text, KARI, CHANNEL)
    reply = result.reply()
    options = {b["value"].rsplit("|", 1)[-1]: b for b in buttons(reply)}
    assert {"temperature:warm", "temperature:cold", "as_read"} <= set(options), options
    assert "hvor varmt er leadet?" in text_of(reply) and stored(team) == []  # Kari writes nb
    done = click_answer(team, KARI, options[pick], result)
    assert [b["action_id"] for b in buttons(done)] == ["activity_undo"], text_of(done)
    [(kind, customer, day, note)] = rows(team)
    assert (kind, customer, day) == ("call", text.split(" i dag")[0], "2026-12-04")
    [lead] = leads(team)
    assert lead.temperature == temperature


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("command", "text", "customer"),
    [
        ("/logmeeting", "møte med Nye Veier AS igår, varm", "Nye Veier AS"),
        ("/logcall", "called Royal Mail today, warm, follow up Tuesday", "Royal Mail"),
        ("/logmeeting", "varm prat med Fjord Line i går, sender tilbud mandag", "Fjord Line"),
        ("/logcall", "quick call w Halfords, warm, ping again next wed", "Halfords"),
        ("/logmeeting", "met w Marks & Spencer yday, warm", "Marks & Spencer"),
    ],
)
def test_a_name_that_began_with_a_commands_word_is_stored_whole(
    slack, clock, command, text, customer
) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command(command, text, KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert [r[1] for r in rows(team)] == [customer]
    [lead] = leads(team)
    assert lead.temperature == Temperature.WARM


FRIDAY_TS = "1764858600.000100"  # 4 Dec 2026, 15:30 in Oslo


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_sale_with_no_customer_named_is_asked_which_and_stored_once_named(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """ "offert skickad 👍 380k" named no customer: silence, the offer never counted. Now its
    author is asked privately (Name the customer / Not a sale) and the form opens with the
    offer and its amount, the customer to write."""
    from tests.slack.test_readers24 import _form_values

    clock.set(FRIDAY)
    team = set_up_team(slack, idle=True)
    notes = post(team, "offert skickad 👍 380k", FRIDAY_TS, user=KARI)
    said = [text_of(n.params) for n in notes]
    assert stored(team) == [] and any("380" in s and "kunden" in s for s in said), said
    options = [b["value"].split("|")[-1] for n in notes for b in buttons(n.params)]
    assert options == ["edit", "not_a_sale"], options
    [edit] = [b for n in notes for b in buttons(n.params) if b["value"].endswith("|edit")]
    before = len(team.api.calls_to("views.open"))
    click(team, KARI, edit, idle=True)
    view = team.api.calls_to("views.open")[before].params["view"]
    [customer] = [b for b in view["blocks"] if b.get("block_id") == "customer"]
    assert customer["element"].get("initial_option") is None, customer  # to write
    result = team.driver.submit_view(KARI, view, _form_values(view, "Orkla"))
    assert result.status == 200 and "errors" not in result.body, result.body
    team.wait_idle()
    got = [(r["kind"], r["customer"], r["date"], r["amount"]) for r in stored(team)]
    assert got == [("offer", "Orkla", "2026-12-04", Decimal("380000"))], got


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text", ["Vi vant! 🎉", "fick nej 😞", "Ola signerte i dag!", "Skal sende tilbud i morgen"]
)
def test_no_sale_of_the_authors_or_no_sale_at_all_is_not_asked(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, idle=True)
    assert post(team, text, FRIDAY_TS, user=KARI) == [] and stored(team) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_win_with_no_customer_named_asks_which_and_nothing_else(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, idle=True, locale="en-GB")
    [note] = post(team, "Signed!! 🍾", FRIDAY_TS, user="U0LARS")
    assert text_of(note.params) == (
        "That sounds like a win, but I cannot see the customer. Name them, and I log it. "
        "Nothing is stored until you do."
    )  # never "** has no open offer", "/logwin  200k" beside it
    assert [b["text"]["text"] for b in buttons(note.params)] == ["Name the customer", "Not a sale"]
    assert stored(team) == []


@pytest.mark.parametrize(
    "text", ["Lyse Energi AS tirsdag m <@U0LARS>", "<@U0LARS> og jeg møtte Lyse Energi AS tirsdag"]
)
def test_a_colleague_along_is_said_so_and_kept_as_the_note(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    """ "… m <@U…>", "<@U…> og jeg …": was "I could not read «m <@U…>»"; now the question says a
    colleague was there and Store as read keeps the meeting the author's, the words its note."""
    clock.set(FRIDAY)
    team = set_up_team(slack)
    result = team.driver.command("/logmeeting", text, KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply)
    assert "en kollega var med" in said and "klarte ikke å lese" not in said, said
    assert stored(team) == []
    [as_read] = [b for b in buttons(reply) if b["value"].endswith("|as_read")]
    click_answer(team, KARI, as_read, result)
    [(kind, customer, day, note)] = rows(team)
    assert (kind, customer, day) == ("meeting", "Lyse Energi AS", "2026-12-01")
    assert note is not None and "U0LARS" in note
