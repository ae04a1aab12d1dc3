"""Records that must exist once (handover14): the same meeting told both ways, by command and in
the team channel, in other words; and an edit of the message after "It was the same"."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, channel_message, message_edited, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
TS = "1763630030.000100"


def _setup(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", reset=False)


def _post(slack, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Lars's message in #sales: what he was told privately."""
    slack.api.reset()
    slack.driver.event(channel_message(text, TS, user=LARS))
    slack.wait_idle()
    return [c.params for c in slack.api.calls_to("chat.postEphemeral")]


def _click(slack, asked: dict, option: str, result=None) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in buttons(asked) if b["value"].endswith(f"|{option}"))
    kw = {"response_url": result.response_url} if result is not None else {}
    slack.driver.click(LARS, {"action_id": button["action_id"], "value": button["value"]}, **kw)
    slack.wait_idle()


def _meetings(slack) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(r["customer"], r["source"]) for r in stored(slack) if r["kind"] == "meeting"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("answer", ["same", "another"])
def test_a_command_then_the_channel_in_other_words_is_asked(slack, clock, answer) -> None:  # type: ignore[no-untyped-def]
    """Was: '/logmeeting Aker BP -- rigg' and two minutes later 'Møte med Aker BP i dag' in
    #sales stored two meetings (other words: no note in the message)."""
    _setup(slack)
    slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply()
    clock.advance(seconds=120)
    [asked] = _post(slack, "Møte med Aker BP i dag")
    said = text_of(asked)
    assert "You logged *a meeting* with *Aker BP* on the same day 2 minutes ago" in said, said
    assert "this message" in said and "note and all" not in said, said
    assert _meetings(slack) == [("Aker BP", "command")]
    _click(slack, asked, answer)
    want = [("Aker BP", "command")] + ([("Aker BP", "message")] if answer == "another" else [])
    assert _meetings(slack) == want


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_channel_then_a_command_in_other_words_is_asked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _post(slack, "Hadde møte med Aker BP i dag, bra møte")
    assert _meetings(slack) == [("Aker BP", "message")]
    clock.advance(seconds=60)
    result = slack.driver.command("/logmeeting", "Aker BP warm -- rigg", LARS, CHANNEL)
    asked = result.reply()
    said = text_of(asked)
    assert "You told the channel about *a meeting* with *Aker BP*" in said, said
    _click(slack, asked, "same", result)
    assert _meetings(slack) == [("Aker BP", "message")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_in_norwegian_the_question_is_norwegian(slack, clock) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, reset=False)
    slack.api.users[LARS].locale = "nb-NO"
    slack.driver.command("/kpi", "language nb", LARS, CHANNEL).reply()
    _post(slack, "Møte med Aker BP i dag")
    clock.advance(seconds=60)
    said = text_of(slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply())
    assert "Du fortalte kanalen om" in said, said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_other_words_by_the_same_way_or_later_are_another_meeting(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """The rule is about the two ways, not any words: two commands in other words are two
    meetings (test_faults13), and so is the channel message after the ten minutes."""
    _setup(slack)
    slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply()
    clock.advance(minutes=11)
    assert _post(slack, "Møte med Aker BP i dag") and len(_meetings(slack)) == 2


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("later", [1, 11])
def test_an_edit_of_a_message_said_the_same_is_asked_never_counted(slack, clock, later) -> None:  # type: ignore[no-untyped-def]
    """Was (after the ten minutes): the edit recorded the meeting the author had said was the
    one logged by command."""
    _setup(slack)
    slack.driver.command("/logmeeting", "Aker BP -- rigg", LARS, CHANNEL).reply()
    clock.advance(seconds=60)
    [asked] = _post(slack, "Møte med Aker BP i dag")
    _click(slack, asked, "same")
    clock.advance(minutes=later)
    slack.api.reset()
    slack.driver.event(
        message_edited(
            TS,
            "Møte med Aker BP i dag, varm lead",
            before="Møte med Aker BP i dag",
            at=f"{clock.now().timestamp():.6f}",
            user=LARS,
        )
    )
    slack.wait_idle()
    assert _meetings(slack) == [("Aker BP", "command")]
    [again] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert not slack.api.calls_to("reactions.add")
    options = {b["value"].rsplit("|", 1)[-1] for b in buttons(again)}
    assert options & {"same", "not_a_sale"}, text_of(again)


# -- Undo while a question about the same record is being answered ------------------------------
def _button(reply: dict, action_id: str) -> dict:
    return next(b for b in buttons(reply) if b["action_id"] == action_id)


def test_it_was_the_same_after_the_first_was_undone_is_asked_again(slack) -> None:  # type: ignore[no-untyped-def]
    """'/logmeeting Aker BP' twice: the second is asked [Log another] [It was the same]; the
    first's Undo is clicked, then 'It was the same'. Was: 'OK, it counts once' and no meeting
    at all. Now the answer says the first is gone and asks, one click to log it."""
    _setup(slack)
    first = slack.driver.command("/logmeeting", "Aker BP", LARS, CHANNEL)
    logged = first.reply()
    second = slack.driver.command("/logmeeting", "Aker BP", LARS, CHANNEL)
    asked = second.reply()
    undo = _button(logged, "activity_undo")
    slack.driver.click(
        LARS,
        {"action_id": undo["action_id"], "value": undo["value"]},
        response_url=first.response_url,
    )
    slack.wait_idle()
    assert _meetings(slack) == []
    _click(slack, asked, "same", second)
    again = slack.api.responses(second.key)[-1]
    said = text_of(again)
    assert "undone meanwhile" in said and "counts once" not in said, said
    assert _meetings(slack) == []
    _click(slack, again, "again", second)
    assert _meetings(slack) == [("Aker BP", "command")]
    assert "Logged a *meeting*" in text_of(slack.api.responses(second.key)[-1])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_log_another_after_the_first_was_undone_is_one_meeting(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    first = slack.driver.command("/logmeeting", "Aker BP", LARS, CHANNEL)
    logged = first.reply()
    second = slack.driver.command("/logmeeting", "Aker BP", LARS, CHANNEL)
    asked = second.reply()
    undo = _button(logged, "activity_undo")
    slack.driver.click(
        LARS,
        {"action_id": undo["action_id"], "value": undo["value"]},
        response_url=first.response_url,
    )
    slack.wait_idle()
    _click(slack, asked, "another", second)
    assert _meetings(slack) == [("Aker BP", "command")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_separate_offer_and_undo_in_either_order_leave_one_outcome(slack) -> None:  # type: ignore[no-untyped-def]
    """The revision's confirmation has [It's a separate offer] and [Undo]: whichever comes
    second is told the first changed it; one offer stays, its lead at 200k."""
    from tests.slack.test_modal_and_undo import leads

    _setup(slack)
    slack.driver.command("/logoffer", "Equinor 200k", LARS, CHANNEL).reply()
    revised = slack.driver.command("/logoffer", "Equinor 250k", LARS, CHANNEL)
    reply = revised.reply()
    for action_id in ("activity_undo", "offer_separate"):
        b = _button(reply, action_id)
        slack.driver.click(
            LARS,
            {"action_id": b["action_id"], "value": b["value"]},
            response_url=revised.response_url,
        )
        slack.wait_idle()
    said = [text_of(r) for r in slack.api.responses(revised.key)]
    assert "Undone" in said[-2] and "changed since" in said[-1], said
    assert [(r["kind"], r["amount"]) for r in stored(slack)] == [("offer", 200000.0)]
    assert [(lead.status, lead.offer_amount) for lead in leads(slack)] == [("open", 200000)]


@pytest.fixture
def replica(slack, migrated_db_url, clock, slack_api):  # type: ignore[no-untyped-def]
    """A second kpibot process on the same database and Slack (its own app, pool and caches)."""
    from bot.offline.harness import local_slack

    with local_slack(
        migrated_db_url, clock=clock, api=slack_api, over_http=False, migrate=False
    ) as other:
        yield other


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_undo_clicked_on_two_replicas_at_once_is_done_once_and_said_once(slack, replica) -> None:  # type: ignore[no-untyped-def]
    """A double click on Undo reaches two replicas at once. The meeting made the lead: the
    first undo deletes it. Exactly one 'Undone'; the other click hears it was undone already;
    no error, no lead left behind."""
    import threading

    from tests.slack.test_modal_and_undo import leads

    _setup(slack)
    for _ in range(3):
        logged = slack.driver.command("/logmeeting", "Aker BP warm", LARS, CHANNEL)
        reply = logged.reply()
        undo = _button(reply, "activity_undo")
        statuses: list[int] = []

        def click(app, undo=undo, url=logged.response_url, statuses=statuses) -> None:  # type: ignore[no-untyped-def]
            action = {"action_id": undo["action_id"], "value": undo["value"]}
            statuses.append(app.driver.click(LARS, action, response_url=url).status)

        both = [threading.Thread(target=click, args=(app,)) for app in (slack, replica)]
        for thread in both:
            thread.start()
        for thread in both:
            thread.join()
        slack.wait_idle()
        replica.wait_idle()
        assert statuses == [200, 200]
        said = [text_of(r) for r in slack.api.responses(logged.key)][-2:]
        assert sum("Undone:" in s for s in said) == 1, said
        assert _meetings(slack) == [] and leads(slack) == []


# -- /kpi setup's [Move them] acts on whom the manager was shown --------------------------------
def _team_of(slack, user_id):  # type: ignore[no-untyped-def]
    from tests.slack.test_faults13 import _team_of as team_of

    return team_of(slack, user_id)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_move_them_moves_whom_the_manager_saw_not_who_joined_since(slack) -> None:  # type: ignore[no-untyped-def]
    """Setup in #north named Alex (in #sales). Before the click Lars, also in #sales, joined
    #north. Was: [Move them] read the channel again and moved Lars too, unseen. Now Alex moves;
    Lars stays and is named again, with a button of his own."""
    ALEX = "U0ALEX"
    _setup(slack)
    slack.api.channel_members["C0NORTH"] = [KARI, ALEX]
    result = slack.driver.command("/kpi", "setup", KARI, "C0NORTH")
    asked = result.reply()
    assert "Alex (<#C0SALES>)" in text_of(asked) and "Lars" not in text_of(asked)
    slack.api.channel_members["C0NORTH"] = [KARI, ALEX, LARS]
    move = next(b for b in buttons(asked) if b["action_id"] == "setup_move_members")
    slack.driver.click(
        KARI,
        {"action_id": move["action_id"], "value": move["value"]},
        response_url=result.response_url,
        channel_id="C0NORTH",
    )
    slack.wait_idle()
    answer = slack.api.responses(result.key)[-1]
    assert _team_of(slack, ALEX) == "C0NORTH" and _team_of(slack, LARS) == CHANNEL
    assert "Lars (<#C0SALES>)" in text_of(answer), text_of(answer)
    again = next(b for b in buttons(answer) if b["action_id"] == "setup_move_members")
    slack.driver.click(
        KARI,
        {"action_id": again["action_id"], "value": again["value"]},
        response_url=result.response_url,
        channel_id="C0NORTH",
    )
    slack.wait_idle()
    assert _team_of(slack, LARS) == "C0NORTH"


def test_an_older_move_button_moves_nobody_unseen(slack) -> None:  # type: ignore[no-untyped-def]
    """A button from before it carried whom it named (value 'move'): nobody is moved; they are
    named again with a button that does."""
    ALEX = "U0ALEX"
    _setup(slack)
    slack.api.channel_members["C0NORTH"] = [KARI, ALEX]
    result = slack.driver.command("/kpi", "setup", KARI, "C0NORTH")
    result.reply()
    slack.driver.click(
        KARI,
        {"action_id": "setup_move_members", "value": "move"},
        response_url=result.response_url,
        channel_id="C0NORTH",
    )
    slack.wait_idle()
    assert _team_of(slack, ALEX) == CHANNEL
    answer = slack.api.responses(result.key)[-1]
    assert "Alex (<#C0SALES>)" in text_of(answer)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_plan_next_step_submitted_after_the_lead_was_undone_says_so(slack) -> None:  # type: ignore[no-untyped-def]
    """The App Home's [Plan next step] form open on the lead a meeting made; the meeting's
    Undo takes the lead away; the form is submitted: told in the form, nothing stored, no
    lead or history brought back."""
    from tests.slack.test_modal_and_undo import leads

    _setup(slack)
    logged = slack.driver.command("/logmeeting", "Aker BP warm", LARS, CHANNEL)
    reply = logged.reply()
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": LARS, "channel": "D0X", "tab": "home"})
    home = slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]
    plan = next(
        block["accessory"]
        for block in home["blocks"]
        if (block.get("accessory") or {}).get("action_id") == "lead_plan_next_step"
    )
    slack.api.reset()
    slack.driver.click(LARS, {"action_id": plan["action_id"], "value": plan["value"]}, view=home)
    slack.wait_idle()
    form = {**slack.api.calls_to("views.open")[0].params["view"], "id": "V0PLAN"}
    undo = _button(reply, "activity_undo")
    slack.driver.click(
        LARS,
        {"action_id": undo["action_id"], "value": undo["value"]},
        response_url=logged.response_url,
    )
    slack.wait_idle()
    values = {
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": "demo"}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": "2026-11-27"}},
    }
    answer = slack.driver.submit_view(LARS, form, values)
    assert answer.status == 200
    errors = answer.json()["errors"]
    assert set(errors) == {"next_what"}, errors
    assert leads(slack) == [] and _meetings(slack) == []


# -- the hunt: verified fine, pinned ----------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_redelivered_with_another_event_id_is_one_record(slack) -> None:  # type: ignore[no-untyped-def]
    """Slack's retry carries a new event_id (and the same client_msg_id): the record is keyed
    by the message (channel, ts), so one win, one note, one ✅. The same client_msg_id under a
    new ts (the client posting it again) is a second message: the same win again is asked."""
    _setup(slack)
    slack.api.reset()
    win = channel_message("Vant Equinor 300k i dag", TS, user=LARS, client_msg_id="c-1")
    for event_id in ("Ev0FIRST", "Ev0RETRY"):
        assert slack.driver.event(win, event_id=event_id).status == 200
        slack.wait_idle()
    again = channel_message(
        "Vant Equinor 300k i dag", "1763630031.000100", user=LARS, client_msg_id="c-1"
    )
    assert slack.driver.event(again, event_id="Ev0AGAIN").status == 200
    slack.wait_idle()
    assert [(r["kind"], r["amount"]) for r in stored(slack)] == [("win", 300000.0)]
    assert len(slack.api.calls_to("reactions.add")) == 1
    notes = [text_of(c.params) for c in slack.api.calls_to("chat.postEphemeral")]
    assert len(notes) == 2 and "Log it again?" in notes[1], notes


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_meeting_edited_into_a_win_is_the_win_alone(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    _post(slack, "Møte med Aker BP i dag")
    clock.advance(seconds=60)
    slack.api.reset()
    slack.driver.event(
        message_edited(
            TS,
            "Vant Aker BP 200k i dag",
            before="Møte med Aker BP i dag",
            at=f"{clock.now().timestamp():.6f}",
            user=LARS,
        )
    )
    slack.wait_idle()
    assert [(r["kind"], r["amount"]) for r in stored(slack)] == [("win", 200000.0)]
    assert not slack.api.calls_to("reactions.remove")  # the message keeps its one ✅
    [note] = [text_of(c.params) for c in slack.api.calls_to("chat.postEphemeral")]
    assert "Logged a *win*" in note, note


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_button_after_the_seller_left_the_team_acts_on_their_own_records(slack) -> None:  # type: ignore[no-untyped-def]
    """Lars leaves #sales with a question and an Undo button open: his own entries stay his to
    answer and undo (the meeting was asked about while he was in the team)."""
    _setup(slack)
    first = slack.driver.command("/logmeeting", "Aker BP warm", LARS, CHANNEL)
    logged = first.reply()
    second = slack.driver.command("/logmeeting", "Aker BP warm", LARS, CHANNEL)
    asked = second.reply()
    slack.driver.event(
        {"type": "member_left_channel", "user": LARS, "channel": CHANNEL, "channel_type": "C"}
    )
    slack.wait_idle()
    _click(slack, asked, "another", second)
    assert "Logged a *meeting*" in text_of(slack.api.responses(second.key)[-1])
    undo = _button(logged, "activity_undo")
    slack.driver.click(
        LARS,
        {"action_id": undo["action_id"], "value": undo["value"]},
        response_url=first.response_url,
    )
    slack.wait_idle()
    assert "Undone" in text_of(slack.api.responses(first.key)[-1])
    assert _meetings(slack) == [("Aker BP", "command")]
