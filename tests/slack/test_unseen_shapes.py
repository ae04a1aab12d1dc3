"""Payloads and faults the other suites do not send, each as Slack sends it (signed, through the
driver), each asserting the one record (or none) and the one message it must leave: edits of
messages kpibot never read, forms from an older kpibot, team membership during an outage, ..."""

from __future__ import annotations

import time

import pytest

from tests.helpers import (
    buttons,
    channel_message,
    message_deleted,
    message_edited,
    set_up_team,
    stored,
    text_of,
)

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
# DEFAULT_NOW (tests/conftest.py) is 2026-11-20 09:00 UTC: the team is set up then.
SET_UP = 1795165200


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    return set_up_team(slack, locale="en-GB")


def _deliver(slack, *events: dict, **kw: object) -> None:  # type: ignore[no-untyped-def]
    for event in events:
        assert slack.driver.event(event, **kw).status == 200
        slack.wait_idle()


def _dated(slack) -> list[tuple[str, str, float | None, str]]:  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["amount"], r["date"]) for r in stored(slack)]


# -- edits of messages kpibot never read -------------------------------------------------------
def test_an_edit_days_later_of_a_message_never_read_counts_on_the_day_it_was_posted(
    english, clock
) -> None:  # type: ignore[no-untyped-def]
    """A message that said nothing countable, corrected two days on into a win: the win of the
    day it was posted, as any edit is read (was: the day of the edit, another week's figures
    when the weekend is between)."""
    slack = english
    posted = f"{SET_UP + 3600}.000100"  # Friday 20 November, 11:00 in Oslo
    _deliver(slack, channel_message("Nammo call went well", ts=posted))
    clock.advance(days=3)  # Monday 23 November
    edited = f"{SET_UP + 3 * 86400}.000100"
    _deliver(
        slack, message_edited(posted, "Won Nammo 320k", before="Nammo call went well", at=edited)
    )
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_of_a_recorded_message_weeks_later_still_follows_it(english, clock) -> None:  # type: ignore[no-untyped-def]
    """The memory of read versions is a week; a recorded message is known by its record."""
    slack = english
    posted = f"{SET_UP + 3600}.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=posted))
    clock.advance(days=20)
    edited = f"{SET_UP + 20 * 86400}.000100"
    _deliver(slack, message_edited(posted, "Won Nammo 330k", before="Won Nammo 320k", at=edited))
    assert _dated(slack) == [("win", "Nammo", 330000.0, "2026-11-20")]


# -- a log form opened by an older kpibot, or submitted with fields its kind has not ------------
CUSTOMER = {
    "customer": {
        "customer_input": {
            "type": "external_select",
            "selected_option": {"text": {"type": "plain_text", "text": "Nammo"}, "value": "Nammo"},
        }
    }
}


def _amount(text: str) -> dict:
    return {"amount": {"amount_input": {"type": "plain_text_input", "value": text}}}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("metadata", ["", "win", '{"channel": "C0SALES"}', '{"kind": "deal"}'])
def test_a_log_form_that_does_not_say_what_it_logs_stores_nothing_and_says_so(
    english, metadata: str
) -> None:  # type: ignore[no-untyped-def]
    """A win form opened before a redeploy whose private_metadata this version cannot read: was
    stored as a *meeting* carrying the win's amount (a meeting more, a win less)."""
    slack = english
    view = slack.driver.command("/logwin", "", LARS, CHANNEL).opened_view()
    result = slack.driver.submit_view(
        LARS, {**view, "private_metadata": metadata}, {**CUSTOMER, **_amount("320k")}
    )
    slack.wait_idle()
    assert stored(slack) == []
    answer = result.response_action
    assert answer is not None and answer["response_action"] == "errors"
    [said] = answer["errors"].values()
    assert "nothing was stored" in said and "/logwin Equinor 250k" in said
    assert len(said) <= 150  # Slack shows an inline error of at most 150 characters


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_meeting_form_with_an_amount_it_never_asks_for_stores_the_meeting_without_it(
    english,
) -> None:  # type: ignore[no-untyped-def]
    """Slack sends only the form's own inputs; a state with more (a forged or an older form)
    is read as the form of that kind: a meeting has no amount (was stored with 320 000)."""
    slack = english
    view = slack.driver.command("/logmeeting", "", LARS, CHANNEL).opened_view()
    result = slack.driver.submit_view(LARS, view, {**CUSTOMER, **_amount("320k")})
    slack.wait_idle()
    assert result.status == 200 and result.response_action is None
    assert _dated(slack) == [("meeting", "Nammo", None, "2026-11-20")]


# -- the team's people, while the database is away ---------------------------------------------
def _team_of(slack, user_id: str) -> int | None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.db import make_session_factory, session_scope
    from storage.models import Seller

    with session_scope(make_session_factory(slack.engine)) as session:
        return session.scalar(select(Seller.team_id).where(Seller.slack_user_id == user_id))


def _team_by_channel(slack, channel: str) -> int | None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.db import make_session_factory, session_scope
    from storage.models import SalesTeam

    with session_scope(make_session_factory(slack.engine)) as session:
        return session.scalar(select(SalesTeam.id).where(SalesTeam.channel_id == channel))


def _membership(kind: str, user: str, at: float, channel: str = CHANNEL) -> dict:
    return {
        "type": kind,
        "user": user,
        "channel": channel,
        "channel_type": "C",
        "team": "T0DEMO",
        **({"inviter": KARI} if kind == "member_joined_channel" else {}),
        "event_ts": f"{at:.6f}",
    }


@pytest.mark.usefixtures("migrated_db_url")
def test_people_who_join_or_leave_the_team_channel_during_an_outage_are_counted_after_it(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    """Slack sends member_joined_channel once; acknowledged and lost to an outage, the new
    seller was never in the team (no goals, no digest line, their wins in no team's totals),
    and one who left stayed in it."""
    from bot.offline.slack_api import FakeUser
    from tests.slack.test_outage import _setup, database_away

    slack.api.channel_members[CHANNEL] = [KARI, LARS]  # Nina joins later
    slack.api.add_user(FakeUser("U0NINA", "Nina Berg", locale="en-GB"))
    _setup(slack)
    team = _team_of(slack, LARS)
    assert team is not None and _team_of(slack, "U0NINA") is None
    with database_away(slack):
        for event in (
            _membership("member_joined_channel", "U0NINA", SET_UP + 60),
            _membership("member_left_channel", LARS, SET_UP + 120),
        ):
            assert slack.driver.event(event).status == 200
        slack.wait_idle()
        assert len(slack.replayer.spool.pending()) == 2
    assert slack.replayer.run_once().replayed == 2
    slack.wait_idle()
    assert (_team_of(slack, "U0NINA"), _team_of(slack, LARS)) == (team, None)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.usefixtures("migrated_db_url")
def test_given_up_after_an_outage_only_what_would_have_been_recorded_is_given_back(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """An hour's outage holds every message of the team channel, chatter too, and a join: each
    author of chatter got a DM "I could not record what you sent … Please log it again: >lunch
    at 12?", and the one who joined one saying nothing was stored of what they never sent."""
    from bot.offline.slack_api import FakeUser
    from tests.slack.test_outage import _setup, database_away

    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    slack.api.add_user(FakeUser("U0NINA", "Nina Berg", locale="en-GB"))
    _setup(slack)
    with database_away(slack):
        for event in (
            channel_message("Won Nammo 250k!", ts=f"{SET_UP + 60}.000100"),
            channel_message("lunch at 12, anyone?", ts=f"{SET_UP + 61}.000100", user=KARI),
            _membership("member_joined_channel", "U0NINA", SET_UP + 62),
        ):
            assert slack.driver.event(event).status == 200
        slack.wait_idle()
    clock.advance(hours=2)
    result = slack.replayer.run_once()
    # SQLite reads through the outage (chatter is read as nothing, never held); PostgreSQL
    # refuses every connection, so all three are held.
    assert result.replayed == 0 and result.given_up in {2, 3}
    dms = [c.params for c in slack.api.calls_to("chat.postMessage")]
    assert [(dm["channel"], "Won Nammo 250k!" in text_of(dm)) for dm in dms] == [(LARS, True)]
    assert stored(slack) == []


# -- a message and its quick edit, read at the same time ----------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("round_", range(3))
def test_a_message_and_its_edit_read_at_once_leave_one_record(english, round_: int) -> None:  # type: ignore[no-untyped-def]
    """A typo fixed within a second: Slack sends the message and its edit together, and they
    are read in two threads at once."""
    slack = english
    ts = f"{SET_UP + 60 + round_}.000100"
    for event in (
        channel_message("Won Nammo 320k", ts=ts),
        message_edited(
            ts, "Won Nammo 330k", before="Won Nammo 320k", at=f"{SET_UP + 62 + round_}.000100"
        ),
    ):
        assert slack.driver.event(event).status == 200
    slack.wait_idle()
    assert _dated(slack) == [("win", "Nammo", 330000.0, "2026-11-20")]
    assert len(slack.api.calls_to("chat.postEphemeral")) <= 2


# -- a question about a message, once an edit made the message a record -------------------------
def test_a_question_about_a_message_closes_when_an_edit_makes_it_a_record(english) -> None:  # type: ignore[no-untyped-def]
    """A message "Won Nammo" is asked about; the author adds the amount instead of answering, and the
    message is recorded. The question's Edit still opened a form whose Save asked "Log it
    again?", a second win of the same deal one click away."""
    from tests.helpers import buttons

    slack = english
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Won Nammo", ts=ts))
    [asked] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    edit = next(b for b in buttons(asked) if b["value"].endswith("|edit"))
    _deliver(
        slack, message_edited(ts, "Won Nammo 320k", before="Won Nammo", at=f"{SET_UP + 90}.000100")
    )
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]
    slack.api.reset()
    clicked = slack.driver.click(LARS, edit)
    said = text_of(clicked.reply())
    slack.wait_idle()
    assert slack.api.calls_to("views.open") == []
    assert "out of date" in said  # was "answered already": it was not
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]


# -- button values and form metadata no row can have -------------------------------------------
BEYOND = ["99999999999999999999", "²"]  # past the database's integers; a digit int() refuses


@pytest.mark.parametrize("value", BEYOND)
def test_a_hand_over_button_with_a_number_no_lead_can_have_is_refused_plainly(
    english, caplog, value: str
) -> None:  # type: ignore[no-untyped-def]
    """Was an OverflowError (or a ValueError) from the database driver: "something went wrong"
    in a DM and a traceback in the log."""
    slack = english
    home = {"id": "VHOME", "type": "home", "blocks": []}
    result = slack.driver.click(LARS, {"action_id": "lead_hand_over", "value": value}, view=home)
    slack.wait_idle()
    assert result.status == 200
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    [update] = [c.params["view"] for c in slack.api.calls_to("views.update")]
    assert "not" in text_of({"blocks": update["blocks"]}).lower()


@pytest.mark.parametrize(
    ("callback_id", "metadata"),
    [
        ("hand_over_modal", '{"lead": 99999999999999999999}'),
        ("plan_next_step_modal", '{"lead": 99999999999999999999, "leads": [1e400]}'),
        ("team_settings_modal", '{"team": 99999999999999999999}'),
    ],
)
def test_a_form_naming_a_row_no_database_can_hold_is_refused_plainly(
    english, caplog, callback_id: str, metadata: str
) -> None:  # type: ignore[no-untyped-def]
    slack = english
    view = {
        "id": "V0FORGED",
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": metadata,
        "blocks": [{"type": "input", "block_id": "first", "element": {"type": "plain_text_input"}}],
    }
    result = slack.driver.submit_view(LARS, view, {})
    slack.wait_idle()
    assert result.status == 200
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


# -- an edit of a record a later entry built on ---------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_offer_corrected_after_its_deal_was_won_opens_no_second_offer(english) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import leads

    slack = english
    offer_ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Sent an offer to Orkla, 320k", ts=offer_ts))
    _deliver(slack, channel_message("Won Orkla!", ts=f"{SET_UP + 120}.000100"))
    assert [(lead.status, lead.offer_amount) for lead in leads(slack)] == [("won", 320000)]
    _deliver(
        slack,
        message_edited(
            offer_ts,
            "Sent an offer to Orkla, 350k",
            before="Sent an offer to Orkla, 320k",
            at=f"{SET_UP + 180}.0",
        ),
    )
    assert sorted(_dated(slack)) == [
        ("offer", "Orkla", 350000.0, "2026-11-20"),
        ("win", "Orkla", 320000.0, "2026-11-20"),
    ]
    assert [lead.status for lead in leads(slack)] == ["won"]  # was: won, and a new open one


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_recorded_message_edited_into_a_question_loses_its_check_mark(english) -> None:  # type: ignore[no-untyped-def]
    """A message "Won Orkla 320k" corrected to "Lost Orkla on price": the win is taken back and the loss
    asked about (losses are never recorded unasked). The ✅ stayed, saying the message counts
    while nothing it says does; answered "Not a sale", it stayed for good."""
    slack = english
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Won Orkla 320k", ts=ts))
    assert len(slack.api.calls_to("reactions.add")) == 1
    slack.api.reset()
    _deliver(
        slack,
        message_edited(
            ts, "Lost Orkla on price", before="Won Orkla 320k", at=f"{SET_UP + 90}.000100"
        ),
    )
    assert _dated(slack) == []
    [asked] = slack.api.calls_to("chat.postEphemeral")
    assert "lost deal" in text_of(asked.params)
    assert [
        (c.params["timestamp"], c.params["name"]) for c in slack.api.calls_to("reactions.remove")
    ] == [(ts, "white_check_mark")]
    assert slack.api.calls_to("reactions.add") == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_settings_form_with_a_time_zone_longer_than_a_file_name_is_refused_in_the_form(
    english, caplog
) -> None:  # type: ignore[no-untyped-def]
    """The zone database is files: a name longer than a file name may be was an OSError
    ("something went wrong") where an unknown zone is refused under its field."""
    slack = english
    view = slack.driver.command("/kpi", "settings", KARI).opened_view()
    zone = {"text": {"type": "plain_text", "text": "x"}, "value": "Europe/" + "x" * 300}
    values = {"timezone": {"value": {"type": "static_select", "selected_option": zone}}}
    answer = slack.driver.submit_view(KARI, view, values)
    slack.wait_idle()
    assert answer.response_action == {
        "response_action": "errors",
        "errors": {"timezone": "Choose a time zone from the list."},
    }
    assert not [r for r in caplog.records if r.exc_info]


# -- a slash command written as a message to the bot -------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [("/logwin Hydro 90k", "win", "Hydro"), (" /logmeeting Orkla warm", "meeting", "Orkla")],
)
def test_a_slash_command_sent_to_the_bot_as_a_message_is_read_as_the_command(
    english, text: str, kind: str, customer: str
) -> None:  # type: ignore[no-untyped-def]
    """Sent as text (a leading space, Slack's "send as a message" when a command fails): was
    answered with the help, "tell me … `win Statkraft 400k`", the very words just written."""
    slack = english
    ts = f"{SET_UP + 60}.000100"
    dm = {"channel": "D0LARS", "channel_type": "im"}
    _deliver(slack, channel_message(text, ts=ts, **dm))
    assert [(k, c) for k, c, _amount, _day in _dated(slack)] == [(kind, customer)]
    assert slack.api.calls_to("chat.postMessage") == []  # no help text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_slash_command_after_the_bots_name_is_read_as_the_command(english) -> None:  # type: ignore[no-untyped-def]
    from bot.offline.slack_api import BOT_USER_ID

    slack = english
    ts = f"{SET_UP + 60}.000100"
    mention = {
        "type": "app_mention",
        "channel": CHANNEL,
        "user": LARS,
        "text": f"<@{BOT_USER_ID}> /logoffer Telia 100k",
        "ts": ts,
        "event_ts": ts,
    }
    _deliver(slack, mention)
    assert _dated(slack) == [("offer", "Telia", 100000.0, "2026-11-20")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_slash_command_quoted_in_the_team_channel_records_nothing(english) -> None:  # type: ignore[no-untyped-def]
    """A message "Use /logwin Nammo 320k to log a win" explains the command to a colleague."""
    slack = english
    _deliver(slack, channel_message("/logwin Nammo 320k", ts=f"{SET_UP + 60}.000100"))
    assert _dated(slack) == []


def test_an_edit_form_slack_does_not_open_says_so_and_the_question_stays(english) -> None:  # type: ignore[no-untyped-def]
    """Its trigger expired (a click held through an outage and replayed, Slack slow): was
    "Something went wrong on our side", as if kpibot had failed; every other form says this."""
    from bot.offline.slack_api import Failure
    from tests.helpers import buttons

    slack = english
    _deliver(slack, channel_message("Won Nammo", ts=f"{SET_UP + 60}.000100"))
    [asked] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    edit = next(b for b in buttons(asked) if b["value"].endswith("|edit"))
    slack.api.fail("views.open", Failure(body={"ok": False, "error": "expired_trigger_id"}))
    said = text_of(slack.driver.click(LARS, edit).reply())
    slack.wait_idle()
    assert "did not open the form" in said and "went wrong" not in said
    assert slack.api.calls_to("views.open")[0].params["view"]["callback_id"] == "log_activity_modal"
    assert _dated(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.usefixtures("migrated_db_url")
def test_an_edit_given_up_after_an_outage_is_never_told_as_nothing_stored(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """The win was recorded before the outage; its correction was held and given up. The author
    was told "Nothing was stored. Please log it again: >Won Nammo 350k": a second win of the
    same deal beside the first. Now they hear the record stands as it was, and how to correct it."""
    from tests.slack.test_outage import _setup, database_away

    _setup(slack)
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    with database_away(slack):
        edit = message_edited(
            ts, "Won Nammo 350k", before="Won Nammo 320k", at=f"{SET_UP + 120}.000100"
        )
        assert slack.driver.event(edit).status == 200
        slack.wait_idle()
    clock.advance(hours=2)
    assert slack.replayer.run_once().given_up == 1
    [dm] = [c.params for c in slack.api.calls_to("chat.postMessage")]
    said = text_of(dm)
    assert dm["channel"] == LARS
    assert "Nothing was stored" not in said and "Please log it again" not in said
    assert "Undo" in said
    assert "edit" in said and "Won Nammo 350k" in said
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("round_", range(3))
def test_a_question_answered_while_its_message_is_edited_leaves_one_record(
    english, round_: int
) -> None:  # type: ignore[no-untyped-def]
    """Record clicked on "Lost Nammo on price" in the same moment the author corrects the
    message: one loss at most, never the old words' loss and a question about the new ones
    that records a second."""
    from tests.helpers import buttons

    slack = english
    ts = f"{SET_UP + 60 + round_}.000100"
    _deliver(slack, channel_message("Lost Nammo on price", ts=ts))
    [asked] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    record = next(b for b in buttons(asked) if b["value"].endswith("|record"))
    slack.api.reset()
    edit = message_edited(
        ts,
        "Lost Nammo on price, they went with Kongsberg",
        before="Lost Nammo on price",
        at=f"{SET_UP + 90 + round_}.0",
    )
    slack.driver.click(LARS, record)
    assert slack.driver.event(edit).status == 200
    slack.wait_idle()
    # If a new question came about the edited words, answering it must not count twice.
    for question in slack.api.calls_to("chat.postEphemeral"):
        again = [b for b in buttons(question.params) if b["value"].endswith("|record")]
        for button in again:
            slack.driver.click(LARS, button)
    slack.wait_idle()
    assert [(k, c) for k, c, _a, _d in _dated(slack)] in ([], [("loss", "Nammo")])


# -- scheduled sends to a workspace of an Enterprise Grid organisation (OAuth) -----------------
def test_scheduled_sends_reach_a_workspace_of_an_enterprise_grid_organisation(
    migrated_db_url, slack_api, slot_engine
) -> None:  # type: ignore[no-untyped-def]
    """Installed in a workspace of a Grid organisation, the installation is stored with its
    enterprise_id; the scheduler asked for the bot with enterprise_id None and found none:
    every digest, summary and nudge there went out without a token (not_authed)."""
    from datetime import UTC, datetime

    from slack_sdk.oauth.installation_store import Installation

    from bot.scheduler import client_factory
    from storage.installations import installation_store
    from tests.slack.test_oauth import KEY, OAuthSlack

    oauth = OAuthSlack(slack_api, migrated_db_url, KEY, slot_engine)
    try:
        store = installation_store(oauth.settings.client_id or "", oauth.engine, KEY)
        store.save(
            Installation(
                app_id="A0KPIBOT",
                enterprise_id="E0ORG",
                team_id="T0GRID",
                bot_token="xoxb-grid-token",
                bot_id="BKPIBOT",
                bot_user_id="UKPIBOT",
                user_id="U0KARI",
                installed_at=datetime(2026, 11, 1, tzinfo=UTC).timestamp(),
            )
        )
        client = client_factory(oauth.settings, oauth.engine)("T0GRID")
        assert client.token == "xoxb-grid-token"
    finally:
        oauth.close()


# -- a customer list whose owners Slack cannot look up now --------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "failure",
    [
        {
            "status": 429,
            "body": {"ok": False, "error": "ratelimited"},
            "headers": {"Retry-After": "30"},
        },
        {"status": 503, "body": {"ok": False, "error": "service_unavailable"}},
    ],
)
def test_a_customer_list_whose_owners_slack_cannot_look_up_now_is_not_reported_as_unknown(
    slack, failure: dict
) -> None:  # type: ignore[no-untyped-def]
    """users.lookupByEmail rate-limited (a list of many owners) or down: each owner not looked
    up was reported as one "Slack does not know", and Import made their customers ownerless."""
    from bot.offline.slack_api import Failure
    from tests.slack.test_customers import KARI as MANAGER
    from tests.slack.test_customers import _english, _share

    _english(slack)
    slack.api.users[LARS].email = "lars@example.com"
    slack.api.fail("users.lookupByEmail", *[Failure(**failure)] * 4)
    _share(slack, MANAGER)
    [report] = [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] == "D0IMPORT"
    ]
    said = text_of(report)
    assert "lars@example.com" not in said  # never called unknown
    assert "try again" in said.lower()


# -- a digest Slack refuses for good -------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "error",
    [
        "ekm_access_denied",
        "team_access_not_granted",
        "not_authed",
        "msg_too_long",
        "invalid_blocks",
    ],
)
def test_a_digest_slack_refuses_for_good_is_told_to_the_managers_at_once(slack, error: str) -> None:  # type: ignore[no-untyped-def]
    """Another try of the same post cannot help (an administrator's block, a token that is not
    there, the message itself): it was tried five times over half an hour before the managers
    heard of it."""
    from freezegun import freeze_time

    from bot.offline.slack_api import Failure
    from tests.slack.test_digest import KARI as MANAGER
    from tests.slack.test_digest import _english, _jobs, _team

    _english(slack)
    _team(slack, "C0BLOCKED")
    slack.api.fail("chat.postMessage", Failure(200, {"ok": False, "error": error}))
    with freeze_time("2026-11-23T07:00:00Z"):
        outcome = _jobs(slack).tick()
    assert [f for f in outcome.failed if f.startswith("digest")], outcome
    told = [
        c
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == MANAGER and error in text_of(c.params)
    ]
    assert len(told) == 1


# -- a seller who moves from one team's channel to another's -----------------------------------
def test_a_seller_who_joins_another_teams_channel_then_leaves_their_own_moves_team(english) -> None:  # type: ignore[no-untyped-def]
    """Joined first, as people move (join the new channel, then leave the old): the join kept
    them in their team (one team each), the leave left them in none, their work counted for no
    team and in no digest."""
    slack = english
    slack.api.channel_members["C0NORTH"] = [KARI]
    set_up_team(slack, channel="C0NORTH", reset=False)
    slack.wait_idle()
    north = _team_by_channel(slack, "C0NORTH")
    assert _team_of(slack, LARS) not in {None, north}
    slack.api.channel_members["C0NORTH"] = [KARI, LARS]
    _deliver(slack, _membership("member_joined_channel", LARS, SET_UP + 60, "C0NORTH"))
    assert _team_of(slack, LARS) != north  # one team each: still the first one's
    slack.api.channel_members[CHANNEL] = [
        m for m in slack.api.channel_members.get(CHANNEL, []) if m != LARS
    ]
    left = {**_membership("member_left_channel", LARS, SET_UP + 120)}
    _deliver(slack, left)
    assert _team_of(slack, LARS) == north


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_who_leaves_their_teams_channel_for_none_is_in_no_team(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    _deliver(slack, _membership("member_left_channel", LARS, SET_UP + 120))
    assert _team_of(slack, LARS) is None


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.usefixtures("migrated_db_url")
@pytest.mark.parametrize("change", ["edited into chatter", "deleted"])
def test_a_recorded_message_changed_and_given_up_after_an_outage_is_told(
    slack, clock, change: str
) -> None:  # type: ignore[no-untyped-def]
    """The author took the win back (edited the amount out of it, or deleted it) during an
    hour's outage: the record stays, and they were told nothing (an edit into words that read as
    nothing, a deletion: neither was given back), so the win counted silently."""
    from tests.slack.test_outage import _setup, database_away

    _setup(slack)
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    if change == "deleted":
        event = message_deleted(ts, text="Won Nammo 320k", at=f"{SET_UP + 120}.000100")
    else:
        event = message_edited(
            ts, "Nammo fell through, sorry all", before="Won Nammo 320k", at=f"{SET_UP + 120}.0"
        )
    with database_away(slack):
        assert slack.driver.event(event).status == 200
        slack.wait_idle()
    clock.advance(hours=2)
    assert slack.replayer.run_once().given_up == 1
    [dm] = [c.params for c in slack.api.calls_to("chat.postMessage")]
    assert dm["channel"] == LARS and "Undo" in text_of(dm)
    assert "Please log it again" not in text_of(dm)


# -- a nudge late in the evening -----------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_nudge_missed_in_the_working_day_waits_for_the_next_morning(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """The scheduler down from before nine until the evening (a deploy gone wrong): at 22:00 it
    sent every seller "warm leads without a next step" at home. The day's window closes at
    18:00; the next working morning nudges as usual. (Times in UTC; Oslo is UTC+1.)"""
    from tests.slack.test_nudges import LARS as SELLER
    from tests.slack.test_nudges import _at, _dms, _log, _tick

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    _at(clock, "2026-11-16T10:00:00Z")  # Monday
    _log(slack, SELLER, "Acme warm")
    _tick(slack, "2026-11-17T17:00:00Z")  # Tuesday 18:00 in Oslo: the working day is over
    _tick(slack, "2026-11-17T21:00:00Z")  # 22:00
    assert _dms(slack, SELLER) == []
    _tick(slack, "2026-11-18T08:00:00Z")  # Wednesday 09:00
    assert len(_dms(slack, SELLER)) == 1


def _offer_then_won(slack) -> str:  # type: ignore[no-untyped-def]
    offer_ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Sent an offer to Orkla, 320k", ts=offer_ts))
    _deliver(slack, channel_message("Won Orkla!", ts=f"{SET_UP + 120}.000100"))
    slack.api.reset()
    return offer_ts


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_offer_corrected_after_its_deal_was_won_is_amended_with_one_note(english) -> None:  # type: ignore[no-untyped-def]
    """Amended in place: the same record (its Undo still undoes it), the ✅ left on, one note."""
    from storage.models import Activity
    from tests.helpers import count_rows, leads

    slack = english
    offer_ts = _offer_then_won(slack)
    [offer_id] = [r["id"] for r in stored(slack) if r["kind"] == "offer"]
    edit = message_edited(
        offer_ts,
        "Sent an offer to Orkla, 350k",
        before="Sent an offer to Orkla, 320k",
        at=f"{SET_UP + 180}.0",
    )
    _deliver(slack, edit)
    _deliver(slack, edit)  # Slack's retry: nothing more
    assert [r["id"] for r in stored(slack) if r["kind"] == "offer"] == [offer_id]
    [note] = slack.api.calls_to("chat.postEphemeral")
    assert "350" in text_of(note.params) and "Orkla" in text_of(note.params)
    assert slack.api.calls_to("reactions.add") == slack.api.calls_to("reactions.remove") == []
    [lead] = leads(slack)
    assert (lead.status, lead.offer_amount) == ("won", 320000)
    assert count_rows(slack, Activity) == 2  # nothing undone and stored anew


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("now_says", "asked_kind"),
    [("Sent an offer to Hydro, 320k", "offer"), ("Good meeting with Orkla today", "meeting")],
)
def test_a_won_deals_offer_edited_into_another_customer_or_kind_is_asked_not_recorded(
    english, now_says: str, asked_kind: str
) -> None:  # type: ignore[no-untyped-def]
    """The win built on the offer: whether the message now names the deal that was won is the
    author's to say. The offer as it read goes (the message no longer says it), the win stays
    as the seller logged it, and what the message says now is asked about with buttons: was
    recorded unasked (a second deal beside the won one)."""
    from tests.helpers import buttons, leads

    slack = english
    offer_ts = _offer_then_won(slack)
    edit = message_edited(
        offer_ts, now_says, before="Sent an offer to Orkla, 320k", at=f"{SET_UP + 180}.0"
    )
    _deliver(slack, edit)
    assert _dated(slack) == [("win", "Orkla", 320000.0, "2026-11-20")]
    assert [(lead.status, lead.offer_amount) for lead in leads(slack)] == [("won", 320000)]
    [asked] = slack.api.calls_to("chat.postEphemeral")
    assert buttons(asked.params), text_of(asked.params)
    assert [
        (c.params["timestamp"], c.params["name"]) for c in slack.api.calls_to("reactions.remove")
    ] == [(offer_ts, "white_check_mark")]
    # Answered "Record": recorded as it now reads, once.
    record = buttons(asked.params)[0]
    assert (
        slack.driver.click(
            LARS, {"action_id": record["action_id"], "value": record["value"]}
        ).status
        == 200
    )
    slack.wait_idle()
    assert sorted(kind for kind, *_ in _dated(slack)) == sorted(["win", asked_kind])


# -- a temperature emoji after a customer already known ------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("known", [True, False], ids=["known", "new"])
@pytest.mark.parametrize("sign", ["🌡", "🌡️", ":thermometer:"])
def test_a_thermometer_after_the_customer_is_asked_about_known_or_new(
    english, known: bool, sign: str
) -> None:  # type: ignore[no-untyped-def]
    """🌡 says a temperature without saying which: asked, the same question for a known customer
    as for a new one (was: folded into the known name, "Orkla 🌡", and dropped unasked)."""
    slack = english
    if known:
        slack.driver.command("/logcall", "Orkla", LARS, CHANNEL).reply()
    before = stored(slack)
    answer = slack.driver.command("/logmeeting", f"Orkla {sign}", LARS, CHANNEL).reply()
    slack.wait_idle()
    assert stored(slack) == before
    assert f"You wrote “{sign}”: how warm is the lead?" in text_of(answer) and "*Orkla*" in text_of(
        answer
    )
    # session 43: each of the three a click (was: stored without one, or typed again)
    temperatures = [b["value"].rsplit("|", 1)[-1] for b in buttons(answer)][:3]
    assert temperatures == ["temperature:hot", "temperature:warm", "temperature:cold"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(("sign", "temperature"), [("🔥", "hot"), ("❄️", "cold")])
def test_a_temperature_emoji_after_a_known_customer_is_its_temperature(
    english, sign: str, temperature: str
) -> None:  # type: ignore[no-untyped-def]
    """As after a new name: was folded into the known name and lost."""
    slack = english
    slack.driver.command("/logcall", "Orkla", LARS, CHANNEL).reply()
    slack.driver.command("/logmeeting", f"Orkla {sign}", LARS, CHANNEL).reply()
    slack.wait_idle()
    from tests.helpers import leads

    assert [r["kind"] for r in stored(slack)] == ["call", "meeting"]
    assert [(lead.temperature, lead.status) for lead in leads(slack)] == [(temperature, "open")]


# -- authors that are no person --------------------------------------------------------------
def _sellers(slack) -> set[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.db import make_session_factory, session_scope
    from storage.models import Seller

    with session_scope(make_session_factory(slack.engine)) as session:
        return set(session.scalars(select(Seller.slack_user_id)))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("flag", ["is_bot", "is_app_user", "is_workflow_bot"])
def test_a_message_by_a_user_slack_says_is_no_person_is_nobodys_record(english, flag: str) -> None:  # type: ignore[no-untyped-def]
    """A bot's or an app's user posting as a user (no bot_id on the message), a workflow's
    user: users.info says so. Was: made a seller with a win, asked about with buttons nobody
    reads."""
    from bot.offline.slack_api import FakeUser

    slack = english
    slack.api.add_user(FakeUser("U0ROBOT", "Sales Robot", locale="en-GB", **{flag: True}))
    before = _sellers(slack)
    _deliver(slack, channel_message("Won Nammo 320k", ts=f"{SET_UP + 60}.000100", user="U0ROBOT"))
    _deliver(
        slack, channel_message("Nammo call went well", ts=f"{SET_UP + 61}.000100", user="U0ROBOT")
    )
    mention = {
        "type": "app_mention",
        "channel": CHANNEL,
        "user": "U0ROBOT",
        "ts": f"{SET_UP + 62}.0",
    }
    from bot.offline.slack_api import BOT_USER_ID

    _deliver(
        slack, {**mention, "text": f"<@{BOT_USER_ID}> win Nammo 100k", "event_ts": mention["ts"]}
    )
    assert stored(slack) == []
    assert _sellers(slack) == before
    assert [c.method for c in slack.api.calls if c.method.startswith(("chat.", "reactions."))] == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "shape",
    [
        {"subtype": "bot_message", "bot_id": "B0ZAP", "username": "Zapier"},
        {"bot_id": "B0WF", "bot_profile": {"id": "B0WF", "name": "Workflow"}, "user": "U0WFBOT"},
        {"app_id": "A0OTHER", "bot_profile": {"id": "B0APP", "name": "CRM sync"}, "user": "U0LARS"},
        {"subtype": "thread_broadcast", "bot_id": "B0APP", "thread_ts": f"{SET_UP + 1}.0"},
    ],
    ids=["bot_message", "workflow_builder", "app_profile", "app_broadcast"],
)
def test_a_message_an_app_or_workflow_posted_records_nothing(english, shape: dict) -> None:  # type: ignore[no-untyped-def]
    """Zapier's "Won Nammo 320k" mirrored from the CRM, a Workflow Builder form's post: the
    seller logs their own work; a copy by an app would count it twice."""
    slack = english
    before = _sellers(slack)
    _deliver(slack, channel_message("Won Nammo 320k", ts=f"{SET_UP + 60}.000100", **shape))
    assert stored(slack) == []
    assert _sellers(slack) == before
    assert slack.api.calls_to("chat.postEphemeral") == slack.api.calls_to("reactions.add") == []


# -- several installations named, another organisation's people, words only in blocks -----------
def _authorization(team: str, enterprise: str | None = None) -> dict:
    return {"enterprise_id": enterprise, "team_id": team, "user_id": "U0ABOT", "is_bot": True}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_event_naming_several_installations_is_read_for_ours(english) -> None:  # type: ignore[no-untyped-def]
    """A message in a channel shared with another organisation that has kpibot too: the
    event lists its installations, the other's first (Slack's order is no promise). Was: read
    for the other workspace, where this channel is no team: the win lost without a word."""
    slack = english
    envelope = {
        "team_id": "T0OTHER",
        "is_ext_shared_channel": True,
        "event_context": "4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUME9USEVSIn0",
        "authorizations": [_authorization("T0OTHER"), _authorization("T0DEMO")],
    }
    _deliver(
        slack, channel_message("Won Nammo 320k", ts=f"{SET_UP + 60}.000100"), envelope=envelope
    )
    assert [(r["team_id"], r["kind"], r["customer"]) for r in stored(slack)] == [
        ("T0DEMO", "win", "Nammo")
    ]
    assert len(slack.api.calls_to("reactions.add")) == 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_command_from_another_organisations_person_stores_nothing_and_says_why(english) -> None:  # type: ignore[no-untyped-def]
    """Slack Connect: a customer's person in the shared team channel types /logwin. Was: made
    one of our sellers (a win of 320k in the team's figures)."""
    from urllib.parse import parse_qsl, urlencode

    from bot.offline.slack_api import FakeUser

    slack = english
    slack.api.add_user(FakeUser("U0EXT", "Erik Kunde", locale="en-GB", team_id="T0OTHER"))
    for command, text in (("/logwin", "Nammo 320k"), ("/logmeeting", "Nammo warm")):
        body, _key, _trigger = slack.driver.command_body(command, text, "U0EXT", CHANNEL)
        form = {**dict(parse_qsl(body)), "is_ext_shared_channel": "true"}
        result = slack.driver.post(urlencode(form), "application/x-www-form-urlencoded")
        slack.wait_idle()
        assert result.status == 200
        said = text_of(result.json())
        assert "another organisation" in said and command in said
    assert stored(slack) == []
    assert "U0EXT" not in _sellers(slack)


_RICH = [
    {
        "type": "rich_text",
        "block_id": "Ab1",
        "elements": [
            {
                "type": "rich_text_section",
                "elements": [
                    {"type": "text", "text": "Won "},
                    {"type": "text", "text": "Mat & Vin", "style": {"bold": True}},
                    {"type": "text", "text": " 150k "},
                    {"type": "emoji", "name": "tada", "unicode": "1f389"},
                ],
            }
        ],
    }
]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_with_its_words_only_in_blocks_is_read(english) -> None:  # type: ignore[no-untyped-def]
    """`text` empty, the words in rich_text blocks (some clients, workflows and forwarded
    messages): was read as nothing, the win lost. Its edit is read the same way."""
    slack = english
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("", ts=ts, blocks=_RICH))
    assert _dated(slack) == [("win", "Mat & Vin", 150000.0, "2026-11-20")]
    assert len(slack.api.calls_to("chat.postEphemeral")) == 1
    edited = message_edited(ts, "", before="", at=f"{SET_UP + 90}.000100")
    edited["message"]["blocks"] = [
        {
            **_RICH[0],
            "elements": [
                {
                    "type": "rich_text_section",
                    "elements": [{"type": "text", "text": "Won Mat & Vin 180k"}],
                }
            ],
        }
    ]
    edited["previous_message"]["blocks"] = _RICH
    _deliver(slack, edited)
    assert _dated(slack) == [("win", "Mat & Vin", 180000.0, "2026-11-20")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_whose_text_and_blocks_differ_is_read_by_its_text(english) -> None:  # type: ignore[no-untyped-def]
    """Slack's `text` is what the person sees; blocks an app sent with it are not read twice."""
    slack = english
    _deliver(slack, channel_message("Won Orkla 90k", ts=f"{SET_UP + 60}.000100", blocks=_RICH))
    assert [(k, c, a) for k, c, a, _d in _dated(slack)] == [("win", "Orkla", 90000.0)]


# -- one delivery to two replicas at once ------------------------------------------------------
@pytest.fixture
def replica(english, migrated_db_url, clock, slack_api):  # type: ignore[no-untyped-def]
    """A second kpibot process on the same database and Slack (its own app, pool and caches)."""
    from bot.offline.harness import local_slack

    with local_slack(
        migrated_db_url, clock=clock, api=slack_api, over_http=False, migrate=False
    ) as other:
        yield other


def _send(app, event: dict, event_id: str, statuses: list[int]) -> None:  # type: ignore[no-untyped-def]
    statuses.append(app.driver.event(event, event_id=event_id).status)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_one_event_delivered_to_two_replicas_at_once_is_one_record_one_note(
    english, replica
) -> None:  # type: ignore[no-untyped-def]
    """Behind a load balancer Slack's retry (or a duplicated delivery) reaches the other
    replica while the first still works on it: a message, then its edit."""
    import threading

    slack = english
    ts = f"{SET_UP + 60}.000100"
    edit = message_edited(ts, "Won Nammo 350k", before="Won Nammo 320k", at=f"{SET_UP + 90}.000100")
    for event, event_id in (
        (channel_message("Won Nammo 320k", ts=ts), "Ev0SAME1"),
        (edit, "Ev0SAME2"),
    ):
        statuses: list[int] = []
        both = [
            threading.Thread(target=_send, args=(app, event, event_id, statuses))
            for app in (slack, replica)
        ]
        for thread in both:
            thread.start()
        for thread in both:
            thread.join()
        slack.wait_idle()
        replica.wait_idle()
        assert statuses == [200, 200]
    assert _dated(slack) == [("win", "Nammo", 350000.0, "2026-11-20")]
    assert len(slack.api.calls_to("reactions.add")) == 1
    # The win's note, then the amended one's: one each, never two of either.
    assert len(slack.api.calls_to("chat.postEphemeral")) == 2


# -- a clock a few minutes off ------------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_request_signed_near_the_five_minute_limit_is_read_once_over_http(slack_http) -> None:  # type: ignore[no-untyped-def]
    """Slack's clock and this server's a little apart: a request signed nearly five minutes
    ago (or ahead) is Slack's and is read; a little past it, refused untouched; Slack's retry
    of the one read (signed anew) stores nothing more."""
    import time

    slack = slack_http
    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    slack.api.reset()
    ts = f"{SET_UP + 60}.000100"

    def send(event: dict, skew: int, **headers: str) -> int:
        import json

        body = json.dumps(
            {
                "token": "legacy-verification-token",
                "team_id": "T0DEMO",
                "api_app_id": "A0KPIBOT",
                "event": event,
                "type": "event_callback",
                "event_id": "Ev0SKEW",
                "event_time": int(time.time()),
                "authorizations": [_authorization("T0DEMO")],
            }
        )
        result = slack.driver.post(
            body, "application/json", timestamp=int(time.time()) + skew, extra_headers=headers
        )
        slack.wait_idle()
        return result.status

    assert send(channel_message("Won Nammo 320k", ts=ts), -303) == 401
    assert send(channel_message("Won Orkla 100k", ts=f"{SET_UP + 61}.000100"), 303) == 401
    assert stored(slack) == [] and slack.api.calls_to("reactions.add") == []
    assert send(channel_message("Won Nammo 320k", ts=ts), -297) == 200
    assert send(channel_message("Won Nammo 320k", ts=ts), 0, **{"X-Slack-Retry-Num": "1"}) == 200
    assert send(channel_message("Won Orkla 100k", ts=f"{SET_UP + 61}.000100"), 297) == 200
    assert sorted((k, c) for k, c, _a, _d in _dated(slack)) == [("win", "Nammo"), ("win", "Orkla")]
    assert len(slack.api.calls_to("reactions.add")) == 2


# -- shapes of a person's own message ------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "shape",
    [
        {"subtype": "thread_broadcast", "thread_ts": f"{SET_UP + 1}.000100"},
        {"channel_type": "group"},  # the team channel converted to private: the same id
        {
            "subtype": "file_share",
            "files": [{"id": "F0DOC", "title": "contract.pdf", "name": "contract.pdf"}],
        },
        {"client_msg_id": "3e0b1c2d-0000-4000-8000-000000000009", "team": "T0DEMO"},
    ],
    ids=["thread_broadcast", "private_now", "with_a_file", "with_client_ids"],
)
def test_a_persons_message_in_its_every_shape_is_one_record(english, shape: dict) -> None:  # type: ignore[no-untyped-def]
    slack = english
    _deliver(slack, channel_message("Won Nammo 320k", ts=f"{SET_UP + 60}.000100", **shape))
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]
    assert len(slack.api.calls_to("reactions.add")) == 1
    assert len(slack.api.calls_to("chat.postEphemeral")) == 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_files_title_alone_records_nothing(english) -> None:  # type: ignore[no-untyped-def]
    """A file shared with no words: its title is a file's name ("Won Orkla 200k.pdf" may be
    an old contract), not something the person said."""
    slack = english
    files = [{"id": "F0DOC", "title": "Won Orkla 200k", "name": "won-orkla.pdf"}]
    _deliver(
        slack, channel_message("", ts=f"{SET_UP + 60}.000100", subtype="file_share", files=files)
    )
    assert stored(slack) == [] and slack.api.calls_to("chat.postEphemeral") == []


@pytest.mark.parametrize(
    "event",
    [
        {"type": "channel_archive", "channel": CHANNEL, "user": KARI},
        {"type": "channel_unarchive", "channel": CHANNEL, "user": KARI},
        {"type": "channel_convert_to_private", "channel": CHANNEL, "user": KARI},
        {"type": "member_joined_channel", "user": "U0METTE", "channel": CHANNEL, "inviter": KARI},
        {
            "type": "message",
            "subtype": "channel_archive",
            "channel": CHANNEL,
            "user": KARI,
            "text": "archived the channel",
        },
    ],
    ids=["archive", "unarchive", "private", "joined_invited", "archive_message"],
)
def test_channel_housekeeping_events_are_answered_and_record_nothing(english, event: dict) -> None:  # type: ignore[no-untyped-def]
    slack = english
    _deliver(slack, {**event, "ts": f"{SET_UP + 60}.000100", "event_ts": f"{SET_UP + 60}.000100"})
    assert stored(slack) == []
    assert slack.api.calls_to("chat.postEphemeral") == []
    # The team's channel archived: its manager is told so privately, once (test_faults17)
    told = [c.params["channel"] for c in slack.api.calls_to("chat.postMessage")]
    assert told == ([KARI] if event["type"] == "channel_archive" else [])


def test_a_button_of_a_question_the_message_was_edited_past_says_so(english) -> None:  # type: ignore[no-untyped-def]
    """ "Lost Telia on price" asked about, then corrected to Hydro and asked anew: the first
    question's Record said "This was answered already" (nobody had answered it)."""
    from tests.helpers import buttons

    slack = english
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Lost Telia on price", ts=ts))
    [first] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    slack.api.reset()
    _deliver(
        slack,
        message_edited(
            ts, "Lost Hydro on price", before="Lost Telia on price", at=f"{SET_UP + 90}.0"
        ),
    )
    [second] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert "Hydro" in text_of(second)
    record = buttons(first)[0]
    said = text_of(
        slack.driver.click(
            LARS, {"action_id": record["action_id"], "value": record["value"]}
        ).reply()
    )
    slack.wait_idle()
    assert "out of date" in said and "nothing was stored" in said
    assert stored(slack) == []


# -- Slack failing the answers to a recorded message ----------------------------------------------
_PAGE = b"<!DOCTYPE html><html><body>Gateway timeout</body></html>"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("failure", "in_a_dm"),
    [
        ({"body": {"ok": False, "error": "invalid_auth"}}, False),
        ({"body": {"ok": False, "error": "msg_too_long"}}, False),
        ({"status": 503, "body": {"ok": False, "error": "service_unavailable"}}, False),
        ({"status": 504, "raw": _PAGE}, False),
        (
            {
                "status": 429,
                "body": {"ok": False, "error": "ratelimited"},
                "headers": {"Retry-After": "1"},
            },
            False,
        ),
        ({"body": {"ok": False, "error": "is_archived"}}, True),
        ({"body": {"ok": False, "error": "channel_not_found"}}, True),
    ],
    ids=[
        "invalid_auth",
        "msg_too_long",
        "503",
        "html_504",
        "ratelimited_1s",
        "is_archived",
        "channel_not_found",
    ],
)
def test_a_recorded_message_whose_answers_slack_fails_is_one_record_and_no_error(
    english, caplog, failure: dict, in_a_dm: bool
) -> None:  # type: ignore[no-untyped-def]
    """The ✅ and the private note refused or lost: the record stands once, Slack gets its 200,
    nothing is logged as an error; a note the author cannot see there comes in a DM, once."""
    from bot.offline.slack_api import Failure

    slack = english
    slack.api.fail("reactions.add", Failure(**failure))
    slack.api.fail("chat.postEphemeral", Failure(**failure))
    _deliver(slack, channel_message("Won Nammo 320k", ts=f"{SET_UP + 60}.000100"))
    _deliver(slack, channel_message("Won Nammo 320k", ts=f"{SET_UP + 60}.000100"), retry_num=1)
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]
    dms = [c for c in slack.api.calls_to("chat.postMessage") if c.params.get("channel") == LARS]
    assert len(dms) == (1 if in_a_dm else 0)
    ours = [r for r in caplog.records if r.name.startswith(("bot", "kpibot"))]
    assert not [r for r in ours if r.levelname == "ERROR" or r.exc_info]
    assert not any("DOCTYPE" in r.getMessage() for r in ours)


def test_a_message_of_an_account_deactivated_since_counts_and_marks_it_gone(english) -> None:  # type: ignore[no-untyped-def]
    """Slack's retry (or a replay after an outage) of a win posted minutes before the account
    was deactivated: the seller's real work, counted; the account gets no DMs from then on."""
    from sqlalchemy import select

    from bot.offline.slack_api import FakeUser
    from storage.db import make_session_factory, session_scope
    from storage.models import Seller

    slack = english
    slack.api.add_user(FakeUser("U0LEFT", "Left Seller", locale="en-GB", deleted=True))
    _deliver(slack, channel_message("Won Nammo 320k", ts=f"{SET_UP + 60}.000100", user="U0LEFT"))
    assert [(r["seller"], r["customer"]) for r in stored(slack)] == [("U0LEFT", "Nammo")]
    with session_scope(make_session_factory(slack.engine)) as session:
        gone = session.scalar(select(Seller.gone_at).where(Seller.slack_user_id == "U0LEFT"))
    assert gone is not None


# -- a seller's profile changed in Slack ---------------------------------------------------------
def _user_change(slack, user: str) -> None:  # type: ignore[no-untyped-def]
    """Slack's user_change: the person's whole profile, as users.info gives it."""
    body = slack.api.users[user].to_slack("T0DEMO")
    _deliver(slack, {"type": "user_change", "user": body, "event_ts": f"{time.time():.6f}"})


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_who_travels_logs_on_the_day_it_is_where_they_are_now(english, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars flies from Oslo to New York; Slack moves his time zone and says so (user_change).
    Sunday 20:30 in New York is Monday 02:30 in Oslo: his Sunday meeting was counted on Monday,
    in next week's figures, for up to a day (the profile read from users.info is kept a day)."""
    from datetime import UTC, datetime

    slack = english
    clock.set(datetime(2026, 11, 22, 10, 0, tzinfo=UTC))  # Sunday 11:00 in Oslo
    slack.driver.command("/logmeeting", "Orkla", LARS, CHANNEL).reply()  # his profile read now
    slack.api.users[LARS].tz = "America/New_York"
    slack.api.reset()
    clock.set(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))  # landed
    _user_change(slack, LARS)
    clock.set(datetime(2026, 11, 23, 1, 30, tzinfo=UTC))  # Sunday 20:30 in New York
    slack.driver.command("/logmeeting", "Equinor", LARS, CHANNEL).reply()
    posted = f"{datetime(2026, 11, 23, 1, 35, tzinfo=UTC).timestamp():.0f}.000100"
    _deliver(slack, channel_message("Had a customer meeting with Nammo today", ts=posted))
    assert [(k, c, d) for k, c, _a, d in _dated(slack)] == [
        ("meeting", "Orkla", "2026-11-22"),
        ("meeting", "Equinor", "2026-11-22"),
        ("meeting", "Nammo", "2026-11-22"),
    ]
    assert slack.api.calls_to("users.info") == []  # from the event, not asked again


def test_a_workspace_admin_slack_says_is_one_no_more_loses_manager_rights_at_once(english) -> None:  # type: ignore[no-untyped-def]
    """An admin flag is asked of Slack again after 10 minutes; Slack's user_change saying it is
    gone took those minutes too."""
    from bot.offline.slack_api import FakeUser

    slack = english
    slack.api.add_user(FakeUser("U0ADA", "Ada Berg", locale="en-GB", is_admin=True))
    slack.driver.command("/logwin", "Nammo 400k margin 22%", LARS, CHANNEL).reply()
    customers = slack.driver.command("/teamstatus", "customers", "U0ADA", CHANNEL)
    assert "Nammo" in text_of(customers.reply())
    slack.api.users["U0ADA"].is_admin = False
    _user_change(slack, "U0ADA")
    refused = slack.driver.command("/teamstatus", "customers", "U0ADA", CHANNEL)
    assert "Only managers" in text_of(refused.reply())


# -- a message's record its author undid ---------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("undo", ["button", "command"])
def test_an_edit_of_a_message_whose_record_its_author_undid_is_asked_never_counted_again(
    english, undo: str
) -> None:  # type: ignore[no-untyped-def]
    """Lars undoes the win his message recorded (he had logged it with /logwin already), then
    fixes a typo in the message: the win was recorded again, unasked (the deal counted twice).
    Now asked; Record still records it."""
    from tests.helpers import buttons

    slack = english
    posted, edited = f"{SET_UP + 60}.000100", f"{SET_UP + 120}.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=posted))
    if undo == "button":
        [note] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
        slack.driver.click(LARS, buttons(note)[0])
    else:
        slack.driver.command("/kpi", "undo", LARS, CHANNEL).reply()
    slack.wait_idle()
    assert stored(slack) == []
    slack.api.reset()
    _deliver(slack, message_edited(posted, "Won Nammo 320k!", before="Won Nammo 320k", at=edited))
    assert stored(slack) == []
    [asked] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert "Record this as *a win* with *Nammo*, NOK 320,000?" in text_of(asked)
    [record] = [b for b in buttons(asked) if b["value"].endswith("|record")]
    slack.driver.click(LARS, record)
    slack.wait_idle()
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]


def test_an_edit_after_an_edit_took_the_record_is_read_as_before(english) -> None:  # type: ignore[no-untyped-def]
    """Only a person's Undo is remembered: a win edited into chatter and back is recorded."""
    slack = english
    posted = f"{SET_UP + 60}.000100"
    first, second = f"{SET_UP + 120}.000100", f"{SET_UP + 180}.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=posted))
    _deliver(slack, message_edited(posted, "Nammo lunch", before="Won Nammo 320k", at=first))
    assert stored(slack) == []
    _deliver(slack, message_edited(posted, "Won Nammo 330k", before="Nammo lunch", at=second))
    assert _dated(slack) == [("win", "Nammo", 330000.0, "2026-11-20")]
