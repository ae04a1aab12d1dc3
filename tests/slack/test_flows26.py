"""End to end, as Slack sends it (session 26, flows26; the clock set): the "Record all"
conversation finished. A list of more than five rows ("Uka så langt: …" with seven, a week told
day by day over five days with two a day) is asked whole and stored whole at one click, once on
a double click or a retried event (was: the rows past the fifth dropped unsaid). A list whose
every row its author had logged already by command is said so, once (was: nothing said; a row
with its own day was even asked again). Renderings: tests/unit/test_flows26_record_all.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage.db import make_session_factory, session_scope
from storage.models import Activity
from tests.helpers import (
    at,
    buttons,
    click,
    dm_click,
    dm_value,
    dms,
    done_form,
    done_values,
    first_dm,
    lead_ids,
    log_command,
    nudge_pass,
    open_plan,
    plan_values,
    post,
    separate_offer,
    set_up_nudge_team,
    set_up_team,
    stored,
    text_of,
)

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)  # week 49: Mon 30 Nov .. Sun 6 Dec
TS = "1796300000.000100"

LONG = {
    "seven": (
        "Uka så langt: møte med Equinor, møte med Telenor, møte med Orkla, ringte Yara, "
        "tilbud til Aker 400k, møte med Kiwi, ringte Coop",
        ["Equinor", "Telenor", "Orkla", "Yara", "Aker", "Kiwi", "Coop"],
    ),
    "five days, two a day": (
        "Forrige uke: man møte Orkla, man tlf Tine, tirs møte Kiwi, tirs tilbud Yara 200k, "
        "ons møte Aker, ons tlf Coop, tors møte Rema, tors tlf Nammo, fre møte DNB, "
        "fre vant Posten 100k",
        ["Orkla", "Tine", "Kiwi", "Yara", "Aker", "Coop", "Rema", "Nammo", "DNB", "Posten"],
    ),
}


@pytest.mark.parametrize("case", list(LONG))
def test_a_list_of_more_than_five_rows_is_asked_and_stored_whole_once(
    slack, clock, case: str
) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    text, customers = LONG[case]
    [note] = post(team, text, TS, user=KARI)
    said = text_of(note.params)
    assert all(f"*{c}*" in said for c in customers), said  # every row named
    [record, _cancel] = buttons(note.params)
    assert record["text"]["text"] == f"Registrer alle {len(customers)}"
    assert stored(team) == []  # nothing stored unasked (was: the first, sure, stored)
    assert post(team, text, TS, user=KARI) == []  # a retried event: asked once
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # a double click
    assert sorted(r["customer"] for r in stored(team)) == sorted(customers)  # was: five
    confirmations = [text_of(c.params) for c in team.api.calls_to("response_url")]
    assert sum("Registrerte alle" in t for t in confirmations) == 1, confirmations


ALREADY = {  # logged by command first; the list then posted; what it says
    "no day (that week)": (
        [("/logmeeting", "Tine"), ("/logmeeting", "Orkla i går"), ("/logoffer", "Yara 400k")],
        "Uka så langt: 2 møter (Tine, Orkla), 1 tilbud Yara 400k",
        "Alle 3 er allerede registrert",
    ),
    "on its own day": (  # was: asked again, and a click counted both twice
        [("/logmeeting", "Rema mandag"), ("/logcall", "Coop mandag")],
        "Denne uka: man møte Rema, man tlf Coop",
        "Begge er allerede registrert",  # views34: two are both (was "Alle 2")
    ),
}


@pytest.mark.parametrize("case", list(ALREADY))
def test_a_list_logged_already_is_said_so_once_and_nothing_stored(slack, clock, case: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    logged, text, words = ALREADY[case]
    for command, args in logged:
        team.driver.command(command, args, KARI).reply()
        team.wait_idle()
    before = sorted((r["customer"], r["date"]) for r in stored(team))
    assert len(before) == len(logged)
    [note] = post(team, text, TS, user=KARI)  # was: nothing said at all
    said = text_of(note.params)
    assert words in said and buttons(note.params) == [], said
    assert post(team, text, TS, user=KARI) == []  # a retried event: said once
    assert sorted((r["customer"], r["date"]) for r in stored(team)) == before


# -- the nudge DM ---------------------------------------------------------------------------------
@pytest.fixture
def nudge_team(slack):  # type: ignore[no-untyped-def]
    return set_up_nudge_team(slack)


def _lead_calls(slack) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        calls = s.query(Activity).filter(Activity.kind == "call", Activity.deleted_at.is_(None))
        return sorted((a.lead_id, a.occurred_on.isoformat()) for a in calls)


def _two_tine_deals(slack, clock) -> tuple[dict, int, int]:  # type: ignore[no-untyped-def]
    """Monday's DM lists Lars's Tine deal (an offer, no next step); that morning he sends Tine
    a second, separate offer (a deal of its own, the newer lead) and logs a call with Tine (on
    the newer). The DM, the DM's lead, the newer lead."""
    dm = first_dm(slack, clock, ("Tine 50k", "/logoffer"), logged="2026-11-12T10:00:00Z")
    separate_offer(slack, "Tine 80k")
    log_command(slack, LARS, "Tine", "/logcall")
    first, newer = sorted(lead_ids(slack))
    return dm, first, newer


def _done_question(slack, dm: dict, form_id: str) -> dict:  # type: ignore[no-untyped-def]
    """ "Done already" on the DM's Tine, a call today: the question it asks first (Tine's call
    logged a moment ago: another, or the same?), as it comes in the DM."""
    form = done_form(slack, dm, form_id)
    n = len(slack.api.calls)
    answer = slack.driver.submit_view(LARS, form, done_values("call", "2026-11-16"))
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    [asked] = [c.params for c in slack.api.calls[n:] if c.method == "chat.postMessage"]
    return asked


@pytest.mark.backends("sqlite")
def test_a_question_from_done_already_answered_later_logs_on_the_dms_lead(
    nudge_team, clock
) -> None:  # type: ignore[no-untyped-def]
    slack = nudge_team
    dm, first, newer = _two_tine_deals(slack, clock)
    asked = _done_question(slack, dm, "V0FLOWS1")
    [another] = [b for b in buttons(asked) if b["value"].endswith("|another")]
    at(clock, "2026-11-16T15:00:00Z")  # answered in the afternoon
    click(slack, LARS, another, idle=True)
    click(slack, LARS, another, idle=True)  # a double click: one record
    # was: the call went to his newest lead with Tine (the other deal), the DM's kept none
    assert _lead_calls(slack) == [(first, "2026-11-16"), (newer, "2026-11-16")]


@pytest.mark.backends("sqlite")
def test_a_question_from_done_already_on_a_lead_closed_since_says_so(nudge_team, clock) -> None:  # type: ignore[no-untyped-def]
    slack = nudge_team
    dm, _first, newer = _two_tine_deals(slack, clock)
    asked = _done_question(slack, dm, "V0FLOWS2")
    [another] = [b for b in buttons(asked) if b["value"].endswith("|another")]
    lost = dm_click(
        slack, LARS, dm, "nudge_mark_lost", dm_value(dm, "nudge_mark_lost")
    )  # meanwhile
    assert "Marked lost" in text_of(lost), text_of(lost)
    said = click(slack, LARS, another, idle=True)
    answer = slack.api.calls_to("response_url")[-1].params
    assert "won or lost since the reminder" in text_of(answer), text_of(answer)
    assert _lead_calls(slack) == [(newer, "2026-11-16")]  # was: a second call on the other deal
    assert said.status == 200


def _lead_of(dm: dict, customer: str) -> str:
    """The lead id (as its buttons carry it) of the DM's line on `customer`."""
    return next(
        b["block_id"].split("_")[1]
        for b in dm["blocks"]
        if b.get("block_id", "").startswith("lead_") and f"*{customer}*" in b["text"]["text"]
    )


def _field(form: dict, block_id: str, key: str) -> object:
    [block] = [b for b in form["blocks"] if b.get("block_id") == block_id]
    return block["element"].get(key)


@pytest.mark.backends("sqlite")
def test_the_plan_form_from_the_dm_opens_with_the_leads_current_step(nudge_team, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars planned "demo" on Tine for Wednesday 18 Nov at 10:00; it went by undone, and
    Friday's DM lists Tine with its overdue step. "Plan next step" opens with that step filled
    in, what, day and time (was: an empty form, the step typed again from memory); a lead with
    no step opens empty."""
    slack = nudge_team
    dm = first_dm(slack, clock, "Tine warm", "Orkla warm", logged="2026-11-12T10:00:00Z")
    form = open_plan(slack, dm, lead=_lead_of(dm, "Tine"))
    assert slack.driver.submit_view(LARS, form, plan_values("2026-11-18", at="10:00")).status == 200
    slack.wait_idle()
    nudge_pass(slack, "2026-11-20T08:00:00Z")  # Friday: the demo went by
    friday = dms(slack, LARS)[-1]
    assert "Tine" in text_of(friday), text_of(friday)
    at(clock, "2026-11-20T08:05:00Z")
    tine = open_plan(slack, friday, lead=_lead_of(friday, "Tine"))
    assert _field(tine, "next_what", "initial_value") == "demo"
    assert _field(tine, "next_date", "initial_date") == "2026-11-18"
    assert _field(tine, "next_time", "initial_time") == "10:00"
    orkla = open_plan(slack, friday, lead=_lead_of(friday, "Orkla"))
    assert _field(orkla, "next_what", "initial_value") is None
    assert _field(orkla, "next_date", "initial_date") is None
