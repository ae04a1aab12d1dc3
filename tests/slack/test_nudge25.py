"""nudge25: a lead's next step as a seller lives it, driven as Slack drives it (signed commands,
clicks and form submissions; the scheduler's nudge pass under freezegun). Lars sells from
Stockholm (en-GB)."""

from __future__ import annotations

import pytest

from storage.db import make_session_factory, session_scope
from storage.models import Activity, Lead
from tests.helpers import (
    dm_value,
    done_form,
    done_values,
    first_dm,
    log_command,
    open_done_form,
    open_plan,
    plan_values,
    separate_offer,
    stored,
)
from tests.slack.test_nudges import ALEX, LARS
from tests.slack.test_nudges import team as team  # noqa: F401  (the fixture)


def _leads(slack) -> list[tuple[int, str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(id, customer, status, next step) of every lead, oldest first."""
    with session_scope(make_session_factory(slack.engine)) as s:
        return [
            (x.id, x.customer.name, x.status, x.next_step) for x in s.query(Lead).order_by(Lead.id)
        ]


def _calls_on(slack) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        return [
            (a.lead_id, a.occurred_on.isoformat())
            for a in s.query(Activity).filter(
                Activity.kind == "call", Activity.deleted_at.is_(None)
            )
        ]


@pytest.mark.backends("sqlite")
def test_done_already_logs_on_the_dms_lead_not_the_newest(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Monday's DM lists Lars's Tine deal (an offer of 50k, no next step). Later that morning he
    sends Tine a second, separate offer (a deal of its own, the newer lead). Then he clicks "Done
    already" on the DM's Tine and logs Friday's call with a next step. Was: the call and its next
    step went to his NEWEST open lead with Tine (the new deal), and the DM's deal still had
    none; now they go to the lead the DM was about."""
    slack = team
    dm = first_dm(slack, clock, ("Tine 50k", "/logoffer"), logged="2026-11-12T10:00:00Z")
    [(first, _c, _s, _n)] = _leads(slack)
    separate_offer(slack, "Tine 80k")
    assert [(c, s) for _i, c, s, _n in _leads(slack)] == [("Tine", "open"), ("Tine", "open")]
    form = done_form(slack, dm, "V0DONE25")
    answer = slack.driver.submit_view(
        LARS, form, done_values("call", "2026-11-13", what="demo", due="2026-11-20")
    )
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    assert _calls_on(slack) == [(first, "2026-11-13")]
    steps = {i: step for i, _c, _s, step in _leads(slack)}
    assert steps[first] == "demo" and list(steps.values()).count(None) == 1, steps


@pytest.mark.backends("sqlite")
def test_done_already_on_a_lead_won_since_says_so_and_logs_nothing(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Monday's DM lists Tine. Lars wins the deal that morning and opens a new one with Tine
    (a meeting about the next order). Then he clicks "Done already" on the DM's Tine. Was: the
    form took the call and logged it on the NEW deal; now the form says the DM's deal was won or
    lost since, and a submission of the form (opened before the win) stores nothing."""
    slack = team
    dm = first_dm(slack, clock, "Tine warm", logged="2026-11-12T10:00:00Z")
    form = done_form(slack, dm, "V0DONE26")
    log_command(slack, LARS, "Tine 100k", "/logwin")
    log_command(slack, LARS, "Tine warm")  # a new deal with Tine
    assert [s for _i, _c, s, _n in _leads(slack)] == ["won", "open"]
    reopened = open_done_form(slack, LARS, dm, dm_value(dm))
    said = str(reopened["blocks"])
    assert "This lead has been won or lost since the reminder" in said, said
    assert "submit" not in reopened
    answer = slack.driver.submit_view(LARS, form, done_values("call", "2026-11-13"))
    body = answer.json()
    assert body["response_action"] == "errors", body
    assert "won or lost since the reminder" in body["errors"]["done_kind"], body
    assert [r["kind"] for r in stored(slack)] == ["meeting", "win", "meeting"]


@pytest.mark.backends("sqlite")
def test_a_colleagues_done_already_form_says_whose_lead_it_is(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Alex submits "Done already" on Lars's lead (a form opened from a shared DM). Was: "Something
    went wrong on our side" (the fields were read for no customer, and that error had no field
    in the form); now the form says whose lead it is, and nothing is stored."""
    slack = team
    dm = first_dm(slack, clock, "Tine warm", logged="2026-11-12T10:00:00Z")
    form = done_form(slack, dm, "V0DONE27")
    answer = slack.driver.submit_view(ALEX, form, done_values("call", "2026-11-16"))
    said = answer.json()["errors"]["done_kind"]
    assert "This lead belongs to a colleague" in said and "went wrong" not in said, said
    assert [r["kind"] for r in stored(slack)] == ["meeting"]


def _plan_step(slack) -> tuple[str | None, str | None, str | None]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        [lead] = s.query(Lead).all()
        due = lead.next_step_due.isoformat() if lead.next_step_due else None
        at = lead.next_step_time.strftime("%H:%M") if lead.next_step_time else None
        return lead.next_step, due, at


@pytest.mark.backends("sqlite")
def test_a_day_off_is_asked_about_on_save_without_the_date_picked_event(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Lars types Saturday's date into the plan form with the keyboard (or Slack's date-picked
    event is lost): no box came. Was: Save answered "… tick “Plan it on that day anyway”" with
    no box to tick, and the step could not be planned on that day at all. Now Save sends the
    form back with the box, what he typed (words, day, time) kept in it, and nothing stored;
    saved again with it ticked, the step is planned on Saturday at 10:00."""
    slack = team
    dm = first_dm(slack, clock, "Acme warm")
    form = open_plan(slack, dm)
    assert not [b for b in form["blocks"] if b.get("block_id") == "day_off_ok"]
    answer = slack.driver.submit_view(LARS, form, plan_values("2026-11-21", at="10:00"))
    body = answer.json()
    assert body["response_action"] == "update", body
    blocks = {b.get("block_id"): b for b in body["view"]["blocks"]}
    assert blocks["day_off_ok"]["label"]["text"] == "Sat 21 Nov 2026 is a weekend day."
    assert blocks["next_what"]["element"]["initial_value"] == "demo"
    assert blocks["next_date"]["element"]["initial_date"] == "2026-11-21"
    assert blocks["next_time"]["element"]["initial_time"] == "10:00"
    assert body["view"]["private_metadata"] == form["private_metadata"]
    assert _plan_step(slack) == (None, None, None)
    form = {**form, "blocks": body["view"]["blocks"]}
    unticked = slack.driver.submit_view(LARS, form, plan_values("2026-11-21", at="10:00")).json()
    assert unticked["response_action"] == "errors", unticked  # the box is there: ask to tick it
    answer = slack.driver.submit_view(
        LARS, form, plan_values("2026-11-21", at="10:00", anyway=True)
    )
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    assert _plan_step(slack) == ("demo", "2026-11-21", "10:00")


@pytest.mark.backends("sqlite")
def test_a_step_is_not_planned_on_a_lead_won_since(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Lars opens "Plan next step" on Monday's DM for Tine, wins the deal meanwhile, and saves
    "demo" for next Wednesday. Was: the step was stored on the won deal, shown nowhere (no
    reminder, no App Home), and the DM said nothing; now the form says the lead was won or lost
    since and nothing is stored, and a form opened after the win says so at once."""
    slack = team
    dm = first_dm(slack, clock, "Tine warm", logged="2026-11-12T10:00:00Z")
    form = open_plan(slack, dm)
    log_command(slack, LARS, "Tine 100k", "/logwin")
    answer = slack.driver.submit_view(LARS, form, plan_values("2026-11-18"))
    body = answer.json()
    assert body["response_action"] == "errors", body
    assert "won or lost since the reminder" in body["errors"]["next_what"], body
    assert [(s, step) for _i, _c, s, step in _leads(slack)] == [("won", None)]
    reopened = open_plan(slack, dm)
    assert "won or lost since the reminder" in str(reopened["blocks"]), reopened
    assert "submit" not in reopened


@pytest.mark.backends("sqlite")
def test_done_already_asks_about_a_next_step_on_a_day_off(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Lars logs Friday's call on Tine with "Done already" and a next step "demo" on Saturday
    21 Nov. Was: stored without a word, the demo due on a Saturday (the plan form asks about a
    weekend, this form did not); now the form comes back with the plan form's box and what he
    filled in, nothing stored, and ticked it is logged with its step."""
    slack = team
    dm = first_dm(slack, clock, "Tine warm", logged="2026-11-12T10:00:00Z")
    form = done_form(slack, dm, "V0DONE28")
    values = done_values("meeting", "2026-11-13", what="demo", due="2026-11-21")
    body = slack.driver.submit_view(LARS, form, values).json()
    assert body["response_action"] == "update", body
    blocks = {b.get("block_id"): b for b in body["view"]["blocks"]}
    assert blocks["day_off_ok"]["label"]["text"] == "Sat 21 Nov 2026 is a weekend day."
    assert blocks["done_kind"]["element"]["initial_option"]["value"] == "meeting"
    assert blocks["date"]["element"]["initial_date"] == "2026-11-13"
    assert blocks["next_what"]["element"]["initial_value"] == "demo"
    assert blocks["next_date"]["element"]["initial_date"] == "2026-11-21"
    assert [r["kind"] for r in stored(slack)] == ["meeting"]
    ticked = {
        **values,
        "day_off_ok": {
            "day_off_ok_choice": {"type": "checkboxes", "selected_options": [{"value": "yes"}]}
        },
    }
    form = {**form, "blocks": body["view"]["blocks"]}
    answer = slack.driver.submit_view(LARS, form, ticked)
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    assert [r["kind"] for r in stored(slack)] == ["meeting", "meeting"]
    assert [step for _i, _c, _s, step in _leads(slack)] == ["demo"]
