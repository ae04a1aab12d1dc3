"""Session 24 (readers24), through the app:
- "/logmeeting Orkla neste steg fredag kl 10": the time was dropped (a step "oppfølging"); kept
  as the follow-up the seller most likely means, at that time, and said so;
- "Møte Orkla" alone in the channel (Orkla known) recorded nothing and said nothing: asked, and
  Record stores one meeting with Orkla today, once on a double click;
- "/logcall Orkla 2 ganger mandag og onsdag" was refused: one click stores one call each day;
- "Møte i Drammen" recorded a new customer "Drammen": a town, asked which customer (the form,
  its customer to write); saved, the meeting is the named customer's;
- "/logmeeting Orkla følger opp etter påske" in February: asked as unread words; now the step
  is due the Tuesday after Easter Monday."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, click_answer, leads, post, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)  # never the real clock
    return set_up_team(slack)


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_next_step_s_time_with_no_action_word_is_kept_as_a_follow_up(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command("/logmeeting", "Orkla neste steg fredag kl 10", KARI, CHANNEL)
    said = _plain(text_of(reply.reply()))
    [lead] = leads(team)
    # nudge25: the time in the step's time column, as the plan form's (was in its words)
    assert (lead.next_step, str(lead.next_step_due)) == ("follow-up", "2026-12-04"), said
    assert str(lead.next_step_time) == "10:00:00", said
    assert "oppfølging fre. 4.12. kl. 10:00" in said, said  # flows26: was "oppfølging 10:00"


THURSDAY_TS = "1764752400.000100"  # 3 Dec 2026, 10:00 in Oslo


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_lone_meeting_line_is_asked_and_recorded_once(team) -> None:  # type: ignore[no-untyped-def]
    team.driver.command("/logcall", "Orkla 1.11.", KARI, CHANNEL).reply()  # Orkla known
    notes = post(team, "Møte Orkla", THURSDAY_TS, user=KARI)
    said = [text_of(n.params) for n in notes]
    assert any("*Orkla*" in s for s in said), said
    [record] = [b for n in notes for b in buttons(n.params) if b["value"].endswith("|record")]
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # a double click stores it once
    got = [(r["kind"], r["customer"], r["date"], r["source"]) for r in stored(team)]
    assert got == [
        ("call", "Orkla", "2026-11-01", "command"),
        ("meeting", "Orkla", "2026-12-03", "message"),
    ], got


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("command", "text", "label", "kind"),
    [
        ("/logcall", "Orkla 2 ganger mandag og onsdag", "Logg 2 samtaler med Orkla", "call"),
        ("/logmeeting", "Orkla 2 møter mandag og tirsdag", "Logg 2 møter med Orkla", "meeting"),
    ],
)
def test_talks_on_days_of_their_own_are_logged_with_one_click(  # type: ignore[no-untyped-def]
    team, command: str, text: str, label: str, kind: str
) -> None:
    # was refused: "log each day on its own, for example `/logcall Orkla 30.11.`, then …"
    result = team.driver.command(command, text, KARI, CHANNEL)
    reply = result.reply()
    [days] = [b for b in buttons(reply) if b["value"].endswith("|days")]
    assert _plain(days["text"]["text"]).startswith(label), days
    assert stored(team) == []  # nothing stored until clicked
    done = _plain(text_of(click_answer(team, KARI, days, result)))
    click(team, KARI, days, result, idle=True)  # a double click stores them once
    second = "2026-12-02" if kind == "call" else "2026-12-01"
    said = "ons. 2. des. 2026" if kind == "call" else "tir. 1. des. 2026"
    assert f"man. 30. nov. 2026 og {said}" in done, done
    got = [(r["kind"], r["customer"], r["date"]) for r in stored(team)]
    assert got == [(kind, "Orkla", "2026-11-30"), (kind, "Orkla", second)], got


def _form_values(view: dict, customer: str) -> dict:  # type: ignore[type-arg]
    """What Slack sends back for the form saved with `customer` picked, the rest as opened."""
    values = {}
    for block in view["blocks"]:
        if block.get("type") != "input":
            continue
        element = block["element"]
        kind = element["type"]
        if block["block_id"] == "customer":
            state = {"selected_option": {"text": {"type": "plain_text", "text": customer},
                                         "value": customer}}  # fmt: skip
        elif kind in ("external_select", "static_select"):
            state = {"selected_option": element.get("initial_option")}
        elif kind == "datepicker":
            state = {"selected_date": element.get("initial_date")}
        else:
            state = {"value": element.get("initial_value")}
        values[block["block_id"]] = {element["action_id"]: {"type": kind, **state}}
    return values


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_meeting_in_a_town_asks_which_customer_and_stores_the_one_named(team) -> None:  # type: ignore[no-untyped-def]
    notes = post(team, "Møte i Drammen i dag", THURSDAY_TS, user=KARI)
    said = [_plain(text_of(n.params)) for n in notes]
    assert stored(team) == [] and any("*Drammen*" in s for s in said), said
    options = [b["value"].split("|")[-1] for n in notes for b in buttons(n.params)]
    assert options == ["edit", "not_a_sale"], options  # never a customer "Drammen" in one click
    [edit] = [b for n in notes for b in buttons(n.params) if b["value"].endswith("|edit")]
    before = len(team.api.calls_to("views.open"))
    click(team, KARI, edit, idle=True)
    view = team.api.calls_to("views.open")[before].params["view"]
    [customer] = [b for b in view["blocks"] if b.get("block_id") == "customer"]
    assert customer["element"].get("initial_option") is None, customer  # to write
    result = team.driver.submit_view(KARI, view, _form_values(view, "Orkla"))
    assert result.status == 200 and "errors" not in result.body, result.body
    team.wait_idle()
    got = [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)]
    assert got == [("meeting", "Orkla", "2026-12-03", "Drammen")], got


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_follow_up_after_easter_ahead_is_planned_on_the_tuesday_after(team, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2027, 2, 10, 9, 0, tzinfo=UTC))  # Easter Sunday is 28 March 2027
    reply = team.driver.command("/logmeeting", "Orkla følger opp etter påske", KARI, CHANNEL)
    said = _plain(text_of(reply.reply()))
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == ("følger opp", "2027-03-30"), said
    assert [(r["kind"], r["date"]) for r in stored(team)] == [("meeting", "2027-02-10")], said
