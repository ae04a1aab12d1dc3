"""Payloads of shapes Slack really sends and the other suites do not: Slack Connect channels
another organisation hosts, Slackbot's messages, a deleted thread's tombstone, ... Each sent
signed through the driver, each asserting the one record (or none) it must leave."""

from __future__ import annotations

import pytest

from bot.offline.slack_api import BOT_USER_ID
from tests.helpers import channel_message, mention, message_edited, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    return set_up_team(slack, locale="en-GB")


def _deliver(slack, *events: dict, **kw: object) -> None:  # type: ignore[no-untyped-def]
    for event in events:
        assert slack.driver.event(event, **kw).status == 200
        slack.wait_idle()


def _records(slack) -> list[tuple[str, str, float | None, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (r["customer"], r["kind"], r["amount"], r["seller"], r["team_id"]) for r in stored(slack)
    ]


# -- a channel another organisation hosts (Slack Connect) -----------------------------------------
# The envelope's team_id is the host's workspace; authorizations[0] names our installation.
HOSTED_ELSEWHERE = {
    "team_id": "T0HOST",
    "context_team_id": "T0HOST",
    "is_ext_shared_channel": True,
}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_in_a_channel_another_organisation_hosts_counts_in_our_workspace(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    ours = channel_message(
        "Won Nammo 320k", user_team="T0DEMO", source_team="T0DEMO", team="T0DEMO"
    )
    _deliver(slack, ours, envelope=HOSTED_ELSEWHERE)
    # Was lost: the host's team_id taken for the workspace, whose channel captures nothing.
    assert _records(slack) == [("Nammo", "win", 320000.0, LARS, "T0DEMO")]
    # The host's people are never our sellers, in words or by a mention (were: the host's
    # team_id counted as "ours").
    host = {"user": "U0HOST", "user_team": "T0HOST", "source_team": "T0HOST", "team": "T0HOST"}
    _deliver(
        slack,
        channel_message("Won Orkla 100k", ts="1763630001.000100", **host),
        mention(f"<@{BOT_USER_ID}> win Hydro 90k", "1763630002.000100", **host),
        envelope=HOSTED_ELSEWHERE,
    )
    assert _records(slack) == [("Nammo", "win", 320000.0, LARS, "T0DEMO")]


# -- Slackbot ------------------------------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_slackbot_is_never_a_seller(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    # A Slackbot auto-response ("Won Nammo 320k" set up as a custom response) is posted as
    # USLACKBOT without a bot_id: was stored as a win of a seller "USLACKBOT".
    _deliver(slack, channel_message("Won Nammo 320k", user="USLACKBOT"))
    assert _records(slack) == []
    assert slack.api.calls_to("reactions.add") == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_recorded_message_deleted_with_replies_under_it_takes_its_record(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    ts = "1763630100.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    assert len(_records(slack)) == 1
    # Deleted while its thread has replies: Slack keeps a tombstone, sent as an edit by
    # Slackbot (no message_deleted follows while the replies stay).
    tombstone = {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": CHANNEL,
        "channel_type": "channel",
        "ts": "1763630200.000100",
        "event_ts": "1763630200.000100",
        "message": {
            "type": "message",
            "subtype": "tombstone",
            "hidden": True,
            "user": "USLACKBOT",
            "text": "This message was deleted.",
            "ts": ts,
            "thread_ts": ts,
            "reply_count": 1,
        },
        "previous_message": {
            "type": "message",
            "user": LARS,
            "text": "Won Nammo 320k",
            "ts": ts,
            "thread_ts": ts,
            "reply_count": 1,
        },
    }
    _deliver(slack, tombstone)
    assert _records(slack) == []
    # The message as first posted, delivered late (a retry), is not counted again.
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    assert _records(slack) == []


# -- forms submitted with values the form never offers (an older form, a forged one) -------------
CUSTOMER = {
    "customer_input": {
        "type": "external_select",
        "selected_option": {"text": {"type": "plain_text", "text": "Yara"}, "value": "Yara"},
    }
}
TODAY = {"date_picker": {"type": "datepicker", "selected_date": "2026-11-20"}}


def _submit(slack, command: str, values: dict) -> dict:  # type: ignore[no-untyped-def]
    view = slack.driver.command(command, "", LARS).opened_view()
    result = slack.driver.submit_view(LARS, view, values)
    slack.wait_idle()
    assert result.status == 200
    return result.json() or {}


def _select(value: str) -> dict:
    return {
        "type": "static_select",
        "selected_option": {"text": {"type": "plain_text", "text": value}, "value": value},
    }


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_temperature_the_form_never_offers_is_asked_again_in_the_form(english, caplog) -> None:  # type: ignore[no-untyped-def]
    slack = english
    values = {
        "customer": CUSTOMER,
        "date": TODAY,
        "temperature": {"temperature_select": _select("lukewarm")},
    }
    answer = _submit(slack, "/logmeeting", values)
    # Was "Something went wrong on our side" and a ValueError's traceback.
    assert answer["response_action"] == "errors"
    assert "hot, warm or cold" in answer["errors"]["temperature"]
    assert _records(slack) == []
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_error_about_a_field_the_form_lacks_is_shown_under_one_it_has(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    # A win form without the amount field (an older form's): the win needs an amount, and
    # Slack refuses errors for blocks the view does not have (the person saw a generic
    # failure instead). (A field the kind's form never has, a temperature on a win, is not
    # read at all: tests/slack/test_unseen_shapes.py.)
    values = {"customer": CUSTOMER, "date": TODAY}
    view = slack.driver.command("/logwin", "", LARS).opened_view()
    view = {**view, "blocks": [b for b in view["blocks"] if b.get("block_id") != "amount"]}
    inputs = {b["block_id"] for b in view["blocks"] if b["type"] == "input"}
    assert "amount" not in inputs
    answer = slack.driver.submit_view(LARS, view, values).json()
    assert set(answer["errors"]) <= inputs and answer["errors"], answer
    assert _records(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_what_was_typed_is_shortened_in_a_forms_error(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    values = {
        "customer": CUSTOMER,
        "date": TODAY,
        "amount": {"amount_input": {"type": "plain_text_input", "value": "9" * 3000}},
    }
    said = _submit(slack, "/logwin", values)["errors"]["amount"]
    assert "larger than any deal" in said and len(said) < 150, len(said)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_next_step_longer_than_the_form_allows_is_refused_in_the_form(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    values = {
        "customer": CUSTOMER,
        "date": TODAY,
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": "demo " * 60}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": "2026-11-27"}},
    }
    # A lead's next step holds 200 characters: a forged longer one was stored cut short.
    answer = _submit(slack, "/logmeeting", values)
    assert "200 characters" in answer["errors"]["next_what"]
    assert _records(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_next_step_date_that_is_no_date_is_refused_in_the_form(english, caplog) -> None:  # type: ignore[no-untyped-def]
    from bot.ids import NextStepMetadata
    from tests.helpers import leads

    slack = english
    slack.driver.command("/logmeeting", "Nammo warm", LARS).reply()
    [lead] = leads(slack)
    view = {
        "type": "modal",
        "callback_id": "plan_next_step_modal",
        "private_metadata": NextStepMetadata(lead.id, container="view").to_json(),
        "blocks": [
            {"type": "input", "block_id": "next_what"},
            {"type": "input", "block_id": "next_date"},
        ],
    }
    values = {
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": "demo"}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": "2026-02-30"}},
    }
    answer = slack.driver.submit_view(LARS, view, values).json()
    # Was "Something went wrong on our side" and a ValueError's traceback.
    assert "2026-02-30" in answer["errors"]["next_date"], answer
    assert leads(slack)[0].next_step is None
    assert not [r for r in caplog.records if r.exc_info]


# -- a file shared with the bot, with words ------------------------------------------------------
@pytest.mark.parametrize("author", [LARS, KARI], ids=["seller", "manager"])
def test_the_words_with_a_file_shared_with_the_bot_still_record_what_they_say(
    english, author: str
) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.api.add_file("F0CSV", "pipeline.csv", b"name;tier\nYara;A\n", user=author)
    shared = channel_message(
        "win Nammo 320k",
        subtype="file_share",
        user=author,
        channel="D0BOT",
        channel_type="im",
        files=[{"id": "F0CSV", "name": "pipeline.csv", "filetype": "csv"}],
    )
    _deliver(slack, shared)
    _deliver(slack, shared, retry_num=1)  # Slack's retry: still once
    # Was lost: the file was answered (an import report, or "only managers") and the words
    # with it never read.
    assert [r[:4] for r in _records(slack)] == [("Nammo", "win", 320000.0, author)]
    # The words of a manager's file that record nothing get no help text beside the report.
    slack.api.reset()
    _deliver(
        slack,
        {**shared, "text": "here is the list", "ts": "1763630300.000100", "user": KARI},
    )
    assert len(slack.api.calls_to("chat.postMessage")) == 1


# -- a team channel shared with another organisation -------------------------------------------
def _team_members(slack) -> set[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.db import make_session_factory, session_scope
    from storage.models import Seller

    with session_scope(make_session_factory(slack.engine)) as session:
        query = select(Seller.slack_user_id).where(Seller.team_id.is_not(None))
        return set(session.scalars(query))


def test_another_organisations_people_in_the_team_channel_are_never_its_sellers(slack) -> None:  # type: ignore[no-untyped-def]
    from bot.offline.slack_api import FakeUser

    slack.api.add_user(FakeUser("U0GUEST", "Gus Guest", locale="en-GB", team_id="T0CUSTOMER"))
    said = text_of(slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply())
    # Was counted in: a seller with nothing logged in every digest, /teamstatus and average.
    assert "Gus" not in said
    assert "U0GUEST" not in _team_members(slack)
    assert {KARI, LARS} <= _team_members(slack)
    # One of them joining later: still not. A colleague of the same Enterprise Grid
    # organisation from another of its workspaces: a seller like any other.
    slack.api.add_user(FakeUser("U0OUT", "Olga Out", team_id="T0PARTNER"))
    slack.api.add_user(FakeUser("U0GRID", "Greta Grid", team_id="T0SISTER", enterprise_id="E0ORG"))
    for user in ("U0OUT", "U0GRID"):
        joined = {"type": "member_joined_channel", "user": user, "channel": CHANNEL}
        envelope = {"is_ext_shared_channel": True, "enterprise_id": "E0ORG"}
        assert slack.driver.event(joined, envelope=envelope).status == 200
    slack.wait_idle()
    assert "U0OUT" not in _team_members(slack)
    assert "U0GRID" in _team_members(slack)


# -- an edit days after the message -------------------------------------------------------------
def _dated(slack) -> list[tuple[str, float | None, str]]:  # type: ignore[no-untyped-def]
    return [(r["customer"], r["amount"], r["date"]) for r in stored(slack)]


def test_an_edit_days_later_keeps_the_record_on_the_day_it_was_written(english, clock) -> None:  # type: ignore[no-untyped-def]
    slack = english
    ts = "1763630400.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    assert _dated(slack) == [("Nammo", 320000.0, "2026-11-20")]
    # A typo corrected three weeks on: was moved to 10 December, out of November's figures
    # (and its week's digest, already sent) into this week's.
    clock.advance(days=20)
    _deliver(
        slack, message_edited(ts, "Won Nammo 350k", before="Won Nammo 320k", at="1765357200.000100")
    )
    assert _dated(slack) == [("Nammo", 350000.0, "2026-11-20")]
    clock.advance(days=5)  # and again: still the day it was written, not the first edit's
    _deliver(
        slack, message_edited(ts, "Won Nammo 360k", before="Won Nammo 350k", at="1765789200.000100")
    )
    assert _dated(slack) == [("Nammo", 360000.0, "2026-11-20")]
    # The same for a message to the bot.
    dm = {"channel": "D0BOT", "channel_type": "im"}
    _deliver(slack, channel_message("win Orkla 100k", ts="1763630500.000100", **dm))
    clock.advance(days=3)
    _deliver(
        slack,
        message_edited(
            "1763630500.000100", "win Orkla 110k", before="win Orkla 100k", at="1766000000.1", **dm
        ),
    )
    assert ("Orkla", 110000.0, "2026-12-15") in _dated(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.usefixtures("migrated_db_url")
def test_a_message_held_through_midnight_counts_on_the_day_it_was_written(slack, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from tests.slack.test_outage import _setup, database_away

    clock.set(datetime(2026, 11, 22, 22, 50, tzinfo=UTC))  # Sunday 23:50 in Oslo and Stockholm
    _setup(slack)
    with database_away(slack):
        assert (
            slack.driver.event(channel_message("Won Nammo 320k", ts="1763851800.000100")).status
            == 200
        )
        slack.wait_idle()
    clock.advance(minutes=30)  # back on Monday 00:20: the next week
    assert slack.replayer.run_once().replayed == 1
    slack.wait_idle()
    # Was Monday's: counted in the week after the one it was won in.
    assert _dated(slack) == [("Nammo", 320000.0, "2026-11-22")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_slack_delivers_again_after_midnight_counts_on_the_day_it_was_posted(
    english, clock
) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    slack = english
    posted = datetime(2026, 11, 22, 22, 59, 30, tzinfo=UTC)  # Sunday 23:59:30 in Stockholm
    ts = f"{posted.timestamp():.6f}"
    # Slack's first delivery got no answer in time; its retry comes a few minutes later, on
    # Monday: was counted in the next week.
    clock.set(datetime(2026, 11, 22, 23, 4, tzinfo=UTC))
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts), retry_num=1)
    assert _dated(slack) == [("Nammo", 320000.0, "2026-11-22")]
    # Edited on Monday morning: still Sunday's.
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    _deliver(
        slack,
        message_edited(
            ts, "Won Nammo 330k", before="Won Nammo 320k", at=f"{clock.now().timestamp()}"
        ),
    )
    assert _dated(slack) == [("Nammo", 330000.0, "2026-11-22")]
    # A ts Slack could not have sent (a day ahead, or far back): read as of its arrival.
    _deliver(slack, channel_message("Won Orkla 100k", ts="1893456000.000100"))
    assert ("Orkla", 100000.0, "2026-11-23") in _dated(slack)


# -- one deal told by several people --------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_colleagues_win_told_again_by_others_is_asked_never_counted_twice(english) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import buttons

    slack = english
    ts = "1763630600.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    # Congratulations in the channel, and the manager typing the same win: each was a second
    # and third win of NOK 320 000 (the team's revenue tripled).
    reply = channel_message(
        "Great work Lars, won Nammo 320k 🎉", ts="1763630700.000100", user="U0METTE"
    )
    _deliver(slack, reply)
    typed = slack.driver.command("/logwin", "Nammo 320k", KARI, CHANNEL).reply()
    assert "Lars logged *a win* with *Nammo*" in text_of(typed), text_of(typed)
    assert [r[:4] for r in _records(slack)] == [("Nammo", "win", 320000.0, LARS)]
    # Praise said to Lars by name before the deal: Lars's news, nothing to ask Mette (session 9;
    # it was asked as a colleague's deal told again).
    assert not [
        c for c in slack.api.calls_to("chat.postEphemeral") if c.params["user"] == "U0METTE"
    ]
    # A deal of one's own is one click away, and counted.
    [own] = [b for b in buttons(typed) if b["value"].endswith("|own")]
    slack.driver.click(KARI, {"action_id": own["action_id"], "value": own["value"]})
    slack.wait_idle()
    assert sorted(r[3] for r in _records(slack)) == [KARI, LARS]
    # Another amount is another deal: stored at once.
    slack.driver.command("/logwin", "Nammo 90k", "U0ALEX", CHANNEL).reply()
    assert len(_records(slack)) == 3


def test_a_reply_about_the_threads_recorded_deal_is_asked_not_stored(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    ts = "1763630800.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    thread = {"thread_ts": ts, "parent_user_id": LARS}
    # Another amount than the first message's (a correction, a rumour): was a second win.
    _deliver(
        slack,
        channel_message(
            "Great job, won Nammo 350k in the end!", ts="1763630900.1", user=KARI, **thread
        ),
    )
    assert [r[:4] for r in _records(slack)] == [("Nammo", "win", 320000.0, LARS)]
    [asked] = [
        c.params for c in slack.api.calls_to("chat.postEphemeral") if c.params["user"] == KARI
    ]
    assert "Record this as *a win* with *Nammo*" in text_of(asked)
    # Another customer in the thread, or the author's own reply, is read as ever.
    _deliver(slack, channel_message("Won Orkla 100k", ts="1763631000.1", user=KARI, **thread))
    assert ("Orkla", "win", 100000.0, KARI) in [r[:4] for r in _records(slack)]


def test_a_settings_form_with_an_option_slack_would_never_send_is_no_error(slack, caplog) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, reset=False)
    view = slack.driver.command("/kpi", "settings", KARI).opened_view()
    checkbox_without_value = {"text": {"type": "plain_text", "text": "x"}}
    values = {
        "options": {"value": {"type": "checkboxes", "selected_options": [checkbox_without_value]}}
    }
    answer = slack.driver.submit_view(KARI, view, values)
    slack.wait_idle()
    assert answer.status == 200 and not answer.body  # saved (was a KeyError's traceback)
    assert not [r for r in caplog.records if r.exc_info]


# -- Slack's retry while the first delivery is still being stored --------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_retry_arriving_while_the_first_delivery_is_stored_is_never_asked_again(english) -> None:  # type: ignore[no-untyped-def]
    import threading

    from bot.offline.slack_api import FakeUser

    slack = english
    # A first message of the day asks Slack for its author's profile: held up there, the first
    # delivery is still at work when Slack's retry comes, and both store at once.
    slack.api.add_user(FakeUser("U0NEW", "Nina Ny", locale="en-GB"))
    slack.api.slow("users.info", 0.3, 0.3)
    event = channel_message("Won Nammo 320k", user="U0NEW")
    first = threading.Thread(target=lambda: slack.driver.event(event, event_id="Ev0RACE"))
    first.start()
    slack.api.wait_for(lambda c: c.method == "users.info")
    assert slack.driver.event(event, event_id="Ev0RACE", retry_num=1).status == 200
    first.join()
    slack.wait_idle()
    assert [r[:4] for r in _records(slack)] == [("Nammo", "win", 320000.0, "U0NEW")]
    # On PostgreSQL the retry, waiting for the first on the customer's lock, then asked "You
    # logged a win with Nammo 1 minute ago. Log it again?": one click from a second win.
    notes = [text_of(c.params) for c in slack.api.calls_to("chat.postEphemeral")]
    assert len(notes) == 1 and "Logged a *win*" in notes[0], notes


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_in_decomposed_unicode_names_the_customer_as_typed(english) -> None:  # type: ignore[no-untyped-def]
    import unicodedata

    slack = english
    slack.driver.command("/logoffer", "Ålesund Kommune 320k", LARS, CHANNEL).reply()
    # "Å" as "A" and a combining ring (pasted from a Mac): was asked about a customer
    # "Kommune", a new one, not recorded on the open offer.
    decomposed = unicodedata.normalize("NFD", "Vant Ålesund Kommune 320k")
    _deliver(slack, channel_message(decomposed))
    assert [r[:3] for r in _records(slack)] == [
        ("Ålesund Kommune", "offer", 320000.0),
        ("Ålesund Kommune", "win", 320000.0),
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.usefixtures("migrated_db_url")
def test_the_workspace_leaving_during_an_outage_is_held_and_stored_afterwards(slack) -> None:  # type: ignore[no-untyped-def]
    from storage.db import make_session_factory, session_scope
    from storage.models import Workspace
    from tests.slack.test_outage import _setup, database_away

    _setup(slack)
    with database_away(slack):
        assert slack.driver.event({"type": "app_uninstalled"}).status == 200
        slack.wait_idle()
    # Was lost: the workspace's data kept for good, never purged.
    assert slack.replayer.run_once().replayed == 1
    slack.wait_idle()
    with session_scope(make_session_factory(slack.engine)) as session:
        assert session.get(Workspace, "T0DEMO").uninstalled_at is not None


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_amount_in_spaced_groups_before_its_unit_is_read_whole_in_the_form(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    # "1 250 tkr" (how Swedes write 1,25 million) in the form's amount field was refused as no
    # amount (session 13): the field holds the amount alone, so no name can end in its "1".
    values = {
        "customer": CUSTOMER,
        "date": TODAY,
        "amount": {"amount_input": {"type": "plain_text_input", "value": "1 250 tkr"}},
    }
    answer = _submit(slack, "/logoffer", values)
    assert "errors" not in answer, answer
    assert [(r[0], r[1], r[2]) for r in _records(slack)] == [("Yara", "offer", 1250000)]
