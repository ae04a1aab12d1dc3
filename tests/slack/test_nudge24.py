"""The nudge DM's one-click actions as a seller lives them (session 24): a stranger's click, a
snooze counted in working days, a loss that is no touchpoint. Lars sells from Stockholm (en-GB), Alex
is a colleague, Kari the manager; driven as Slack drives it: signed commands and clicks, the
scheduler's pass under freezegun."""

from __future__ import annotations

import pytest

from storage.db import make_session_factory, session_scope
from storage.models import Customer, Lead
from tests.helpers import (
    at,
    dm_button,
    dm_value,
    dms,
    done_form,
    done_values,
    first_dm,
    log_command,
    nudge_pass,
    open_done_form,
    open_plan,
    pick_plan_day,
    plan_values,
    press,
    stored,
    text_of,
)
from tests.slack.test_nudges import ALEX, CHANNEL, LARS
from tests.slack.test_nudges import team as team  # noqa: F401  (the fixture)


def _lead(slack, customer: str) -> Lead:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        [lead] = [x for x in s.query(Lead) if x.customer.name == customer]
        s.expunge(lead)
        return lead


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("action", "says"),
    [
        ("nudge_snooze", "only they or a manager of their team can snooze it"),
        ("nudge_mark_cold", "only they or a manager of their team can mark it cold"),
        ("nudge_mark_lost", "only they or a manager of their team can mark it lost"),
    ],
)
def test_a_strangers_click_says_whose_lead_it_is_and_changes_nothing(
    team,  # noqa: F811
    clock,  # type: ignore[no-untyped-def]
    action: str,
    says: str,
) -> None:
    """Alex clicks a button on Lars's DM (shared with him, or forwarded). Was: "This lead belongs
    to a colleague. Only its owner or a manager can plan its next step." after a Snooze; now he
    is told, to him alone, whose lead it is and that only they can do what he clicked; nothing
    is changed, and the DM stays as it was."""
    slack = team
    dm = first_dm(slack, clock, "Acme warm")
    refused = press(slack, dm, action, ALEX)
    said = text_of(refused)
    assert refused["replace_original"] is False and refused["response_type"] == "ephemeral"
    assert said == f"This lead belongs to a colleague, <@{LARS}>: {says}. Nothing was changed.", (
        said
    )
    lead = _lead(slack, "Acme")
    assert (lead.status, lead.temperature, lead.snoozed_until) == ("open", "warm", None)
    assert [r["kind"] for r in stored(slack)] == ["meeting"]


@pytest.mark.backends("sqlite")
def test_snooze_on_a_friday_is_three_working_days(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The button says "Snooze 3 working days", and the lead keeps quiet for three: snoozed on
    Friday 13 Nov, quiet Monday to Wednesday, back on Thursday. Was: "Snooze 3 days" woke on
    Monday, one working day later (Saturday and Sunday, no nudge days, were two of the three)."""
    slack = team
    # logged on Thursday, the DM on Friday 09:00 in Stockholm
    dm = first_dm(
        slack, clock, "Acme warm", logged="2026-11-12T10:00:00Z", nudged="2026-11-13T08:00:00Z"
    )
    assert dm_button(dm, "nudge_snooze")["text"]["text"] == "Snooze 3 working days"
    snoozed = press(slack, dm, "nudge_snooze")
    assert "Snoozed until Wed 18 Nov 2026" in text_of(snoozed), text_of(snoozed)
    for day in ("16", "17", "18"):
        nudge_pass(slack, f"2026-11-{day}T08:00:00Z")
    assert len(dms(slack, LARS)) == 1
    nudge_pass(slack, "2026-11-19T08:00:00Z")  # Thursday: the fourth working day
    assert len(dms(slack, LARS)) == 2


@pytest.mark.backends("sqlite")
def test_snooze_over_a_public_holiday_skips_it(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Snoozed on Wednesday 5 May 2027 where Lars works (Stockholm): Thursday 6 May is Ascension
    Day, no working day, so the lead keeps quiet Friday, Monday and Tuesday and is back on
    Wednesday 12 May. Was: back on Sunday, the first nudge on Monday."""
    slack = team
    dm = first_dm(
        slack, clock, "Acme warm", logged="2027-05-04T10:00:00Z", nudged="2027-05-05T08:00:00Z"
    )
    snoozed = press(slack, dm, "nudge_snooze")
    assert "Snoozed until Tue 11 May 2027" in text_of(snoozed), text_of(snoozed)
    for day in ("06", "07", "10", "11"):
        nudge_pass(slack, f"2027-05-{day}T08:00:00Z")
    assert len(dms(slack, LARS)) == 1
    nudge_pass(slack, "2027-05-12T08:00:00Z")
    assert len(dms(slack, LARS)) == 2


@pytest.mark.backends("sqlite")
def test_a_loss_marked_from_the_dm_is_no_touchpoint(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Statoil, an A-customer, was last called on 1 July. Its warm lead is marked lost from the
    DM on 16 Nov: no contact with the customer happened. Was: the loss counted as a touchpoint,
    so /kpi callday no longer listed Statoil (and the DMs left it alone for a quarter); now it
    is still due, with its one call in 12 months. A typed /loglost is no touchpoint either; a
    call is."""
    slack = team
    at(clock, "2026-11-13T10:00:00Z")
    log_command(slack, LARS, "Statoil 2026-07-01", "/logcall")
    log_command(slack, LARS, "Statoil warm 2026-07-02")
    log_command(slack, LARS, "Equinor 2026-07-01", "/logcall")
    with session_scope(make_session_factory(slack.engine)) as s:
        for customer in s.query(Customer).filter(Customer.name.in_(["Statoil", "Equinor"])):
            customer.tier = "A"
    nudge_pass(slack, "2026-11-16T08:00:00Z")
    [dm] = dms(slack, LARS)
    assert "Statoil" in text_of(dm), text_of(dm)
    at(clock, "2026-11-16T08:05:00Z")
    lost = press(slack, dm, "nudge_mark_lost")
    assert "Marked lost" in text_of(lost)
    log_command(slack, LARS, "Equinor too expensive", "/loglost")
    callday = text_of(slack.driver.command("/kpi", "callday", LARS, CHANNEL).reply())
    assert "Statoil" in callday and "Equinor" in callday, callday
    log_command(slack, LARS, "Equinor", "/logcall")  # a call is a touchpoint
    callday = text_of(slack.driver.command("/kpi", "callday", LARS, CHANNEL).reply())
    assert "Statoil" in callday and "Equinor" not in callday, callday


@pytest.mark.backends("sqlite")
def test_done_already_logs_the_call_once_and_the_lead_leaves_the_list(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Lars did call Tine on Friday; Monday's DM lists Tine, and he clicks "Done already" (was:
    no such button; he had to type /logcall Tine fredag). The form has a call picked and
    today's date; he picks Friday 13 Nov and submits it twice (a double click). The call is
    stored once, as /logcall stores it (the same service: counted, with its Undo); the DM
    shows Tine done, Orkla's buttons kept; one confirmation with its Undo comes in the DM. The
    click answers the reminder: no DM the next two mornings, and three days on Tine is listed
    again, still without a next step (quiet since the call)."""
    slack = team
    dm = first_dm(slack, clock, "Tine warm", "Orkla warm", logged="2026-11-12T10:00:00Z")
    ids = {
        b["text"]["text"].split("*")[1]: b["block_id"].split("_")[1]
        for b in dm["blocks"]
        if b.get("block_id", "").startswith("lead_")
    }
    assert dm_button(dm, "nudge_done_already")["text"]["text"] == "Done already"
    form = open_done_form(slack, LARS, dm, ids["Tine"])
    assert "*Tine*" in str(form["blocks"])
    [kind] = [b for b in form["blocks"] if b.get("block_id") == "done_kind"]
    assert kind["element"]["initial_option"]["value"] == "call"
    [day] = [b for b in form["blocks"] if b.get("block_id") == "date"]
    assert day["element"]["initial_date"] == "2026-11-16"
    form = {**form, "id": "V0DONE"}
    for _ in range(2):  # a double click on Save
        answer = slack.driver.submit_view(LARS, form, done_values("call", "2026-11-13"))
        assert answer.status == 200 and answer.body == ""
        slack.wait_idle()
    calls = [r for r in stored(slack) if r["kind"] == "call"]
    assert [(r["customer"], r["date"], r["source"]) for r in calls] == [
        ("Tine", "2026-11-13", "modal")
    ], calls
    updated = slack.api.calls_to("chat.update")[-1].params
    assert updated["ts"] == dm["ts"]
    text = text_of(updated)
    # views32: a lead that never had a next step says so (the lead's decision; was "since")
    assert (
        "*Tine* (warm) — no next step yet — last contact Fri 13 Nov 2026\n"
        ":white_check_mark: Logged as done" in text
    ), text
    actions = [b["block_id"] for b in updated["blocks"] if b["type"] == "actions"]
    assert actions == [f"actions_{ids['Orkla']}"]
    confirmations = [
        c.params for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == LARS and "activity_undo" in str(c.params.get("blocks"))
    ]  # fmt: skip
    [confirmation] = confirmations  # once: the second submission found it stored
    assert text_of(confirmation) == (
        ":white_check_mark: Logged a *call* with *Tine*\n• Date: Fri 13 Nov 2026"
    ), text_of(confirmation)
    nudge_pass(slack, "2026-11-17T08:00:00Z")  # the click answered Monday's DM: no DM on Tuesday
    nudge_pass(slack, "2026-11-18T08:00:00Z")
    assert len(_nudges(slack)) == 1
    nudge_pass(slack, "2026-11-19T08:00:00Z")  # three days on, Tine still has no next step
    still = text_of(_nudges(slack)[-1])
    assert "*Tine* (warm) — no next step yet — last contact Fri 13 Nov 2026" in still, still


@pytest.mark.backends("sqlite")
def test_done_already_checks_its_fields_and_its_owner(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A day ahead is refused in the form with the log form's words (a meeting ahead is a next
    step), and so is a next step without its day; nothing is stored. A colleague's click is told
    whose lead it is, in the form, and stores nothing either."""
    slack = team
    dm = first_dm(slack, clock, "Tine warm", logged="2026-11-12T10:00:00Z")
    value = dm_value(dm)
    form = done_form(slack, dm, "V0DONE1")
    answer = slack.driver.submit_view(LARS, form, done_values("meeting", "2026-11-18", what="demo"))
    body = answer.json()
    assert body["response_action"] == "errors", body
    assert set(body["errors"]) == {"date", "next_date"}, body
    assert [r["kind"] for r in stored(slack)] == ["meeting"]
    stranger = open_done_form(slack, ALEX, dm, value)
    said = str(stranger["blocks"])
    assert (
        f"This lead belongs to a colleague, <@{LARS}>: only they can log a meeting or call on it"
        in said
    ), said
    assert "submit" not in stranger
    answer = slack.driver.submit_view(
        ALEX, {**form, "id": "V0DONE2"}, done_values("call", "2026-11-16")
    )
    assert answer.json()["response_action"] == "errors"
    assert [r["kind"] for r in stored(slack)] == ["meeting"]


def _nudges(slack) -> list[dict]:  # type: ignore[no-untyped-def]
    """Lars's nudge DMs (not the confirmations that come in the same conversation)."""
    return [dm for dm in dms(slack, LARS) if "lead_" in str(dm.get("blocks"))]


def _lead_step(slack) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    lead = _lead(slack, "Acme")
    return lead.next_step, lead.next_step_due.isoformat() if lead.next_step_due else None


@pytest.mark.backends("sqlite")
def test_the_plan_form_keeps_a_time(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The plan form has an optional time (Slack's timepicker): "demo" on Wednesday at 10:00 is
    kept with the step and the DM shows it. Was: no time field; the step had a day alone."""
    slack = team
    dm = first_dm(slack, clock, "Acme warm")
    form = open_plan(slack, dm)
    [time_block] = [b for b in form["blocks"] if b.get("block_id") == "next_time"]
    assert time_block["element"]["type"] == "timepicker" and time_block["optional"] is True
    answer = slack.driver.submit_view(LARS, form, plan_values("2026-11-18", at="10:00"))
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    # nudge25: the time in its own column (was kept in the words, "demo 10:00")
    assert _lead_step(slack) == ("demo", "2026-11-18")
    assert str(_lead(slack, "Acme").next_step_time) == "10:00:00"
    updated = slack.api.calls_to("chat.update")[-1].params
    # flows26: the day with its time, as one says it (was "demo 10:00, Wed 18 Nov 2026")
    assert "Next step planned: demo Wed 18 Nov at 10:00" in text_of(updated), text_of(updated)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("day", "said"),
    [
        ("2026-11-21", "Sat 21 Nov 2026 is a weekend day."),
        # Christmas Eve: a day off by custom in Sweden, where Lars works
        ("2026-12-24", "Thu 24 Dec 2026 is a public holiday or a day off where you work."),
    ],
)
def test_a_step_on_a_day_off_is_asked_about_in_the_form(team, clock, day: str, said: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Picking a weekend day or a holiday for the step brings a box to the form ("… is a weekend
    day. [ ] Plan it on that day anyway"); saved unticked, the form says what is wrong and
    nothing is stored; ticked, the step is planned on that day. Was: planned silently on a day
    nobody works."""
    slack = team
    dm = first_dm(slack, clock, "Acme warm")
    form = open_plan(slack, dm)
    _answer, updates = pick_plan_day(slack, form, day)
    slack.api.wait_for_count(lambda c: c.method == "views.update", updates + 1)
    boxed = slack.api.calls_to("views.update")[updates].params
    assert boxed["view_id"] == "V0PLAN" and boxed["hash"] == "h1"
    [box] = [b for b in boxed["view"]["blocks"] if b.get("block_id") == "day_off_ok"]
    assert box["label"]["text"] == said
    assert box["element"]["options"][0]["text"]["text"] == "Plan it on that day anyway"
    form = {**form, "blocks": boxed["view"]["blocks"]}
    answer = slack.driver.submit_view(LARS, form, plan_values(day))
    body = answer.json()
    assert body == {
        "response_action": "errors",
        "errors": {
            "next_date": f"{said} Pick a working day, or tick “Plan it on that day anyway”."
        },
    }, body
    assert _lead_step(slack) == (None, None)
    answer = slack.driver.submit_view(LARS, form, plan_values(day, anyway=True))
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    assert _lead_step(slack) == ("demo", day)


@pytest.mark.backends("sqlite")
def test_a_working_day_picked_brings_no_box(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The day is checked as it is picked (the datepicker dispatches; was: only on Save, and
    not at all for a day off); a working day leaves the form as it is, and is planned at once."""
    slack = team
    dm = first_dm(slack, clock, "Acme warm")
    form = open_plan(slack, dm)
    [picker] = [b for b in form["blocks"] if b.get("block_id") == "next_date"]
    assert picker["dispatch_action"] is True
    answer, updates = pick_plan_day(slack, form, "2026-11-20")
    assert answer.status == 200
    slack.wait_idle()
    assert len(slack.api.calls_to("views.update")) == updates
    answer = slack.driver.submit_view(LARS, form, plan_values("2026-11-20"))
    assert answer.status == 200 and answer.body == "", answer.body
    slack.wait_idle()
    assert _lead_step(slack) == ("demo", "2026-11-20")
