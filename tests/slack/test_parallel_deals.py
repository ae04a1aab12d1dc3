"""Parallel deals with one customer: a second offer is a revision by default, one click (or the
words typed) away from a deal of its own; a win or a loss closes the right one of several; every
list shows each open deal with its own amount. Through signed requests; the clock stands at
Friday 2026-11-20 10:00 in Oslo."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from freezegun import freeze_time

from storage.db import make_session_factory
from tests.helpers import (
    buttons,
    channel_message,
    click_answer,
    command_replies,
    leads,
    set_up_team,
    stored,
    text_of,
)

ALEX, KARI = "U0ALEX", "U0KARI"


def _english(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"


def _log(slack, user, command, text):  # type: ignore[no-untyped-def]
    result = slack.driver.command(command, text, user, "C0SALES")
    return result, result.reply()


def _button(reply: dict[str, Any], action_id: str) -> dict[str, Any]:
    [button] = [b for b in buttons(reply) if b["action_id"] == action_id]
    return button


def _me(slack, user=ALEX) -> str:  # type: ignore[no-untyped-def]
    return text_of(_log(slack, user, "/kpi", "")[1])


def _open(slack) -> list[tuple[int, str | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (int(lead.offer_amount), lead.status) for lead in leads(slack) if lead.status == "open"
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_revision_is_one_click_from_a_deal_of_its_own(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    assert "Revised from NOK 200,000 to NOK 250,000" in text_of(reply)
    assert "Offers: 1 (NOK 250,000)" in _me(slack)
    separate = _button(reply, "offer_separate")
    assert separate["text"]["text"] == "It's a separate offer"
    done = click_answer(slack, ALEX, separate, result)
    assert "A deal of its own beside your open offer of NOK 200,000" in text_of(done)
    assert [b["action_id"] for b in buttons(done)] == ["activity_undo"]
    me = _me(slack)
    assert "Offers: 2 (NOK 450,000)" in me and "Pipeline: NOK 450,000" in me
    assert _open(slack) == [(200_000, "open"), (250_000, "open")]
    assert [r.get("revised_from") for r in stored(slack)] == [None, None]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_undoing_a_deal_of_its_own_leaves_the_other_as_it_was(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    done = click_answer(slack, ALEX, _button(reply, "offer_separate"), result)
    click_answer(slack, ALEX, _button(done, "activity_undo"), result)
    me = _me(slack)
    assert "Offers: 1 (NOK 200,000)" in me and "Pipeline: NOK 200,000" in me
    assert _open(slack) == [(200_000, "open")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_double_click_makes_one_deal_of_its_own(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    button = _button(reply, "offer_separate")
    click_answer(slack, ALEX, button, result)
    again = click_answer(slack, ALEX, button, result)
    assert "a deal of its own already; nothing was changed" in text_of(again)
    assert "Offers: 2 (NOK 450,000)" in _me(slack)
    assert _open(slack) == [(200_000, "open"), (250_000, "open")]


def test_only_the_seller_may_make_their_offer_a_deal_of_its_own(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    refused = click_answer(slack, KARI, _button(reply, "offer_separate"), result)
    assert "Only the seller who logged this offer" in text_of(refused)
    assert refused.get("replace_original") is False
    assert _open(slack) == [(250_000, "open")]
    assert "Offers: 1 (NOK 250,000)" in _me(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_button_on_an_offer_changed_since_changes_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    _log(slack, ALEX, "/logoffer", "Equinor 260k")  # revised again: the button's view is old
    stale = click_answer(slack, ALEX, _button(reply, "offer_separate"), result)
    assert "has changed since" in text_of(stale) and "separate offer" in text_of(stale)
    assert _open(slack) == [(260_000, "open")]
    _log(slack, ALEX, "/kpi", "undo")
    _log(slack, ALEX, "/logwin", "Equinor")  # won: the 250k revision closed the deal
    stale = click_answer(slack, ALEX, _button(reply, "offer_separate"), result)
    assert "has changed since" in text_of(stale)
    assert "Offers: 1 (NOK 250,000)" in _me(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_button_works_after_a_restart(migrated_db_url, clock, slack_api) -> None:  # type: ignore[no-untyped-def]
    from bot.offline.harness import local_slack

    def app():  # type: ignore[no-untyped-def]
        return local_slack(
            migrated_db_url, clock=clock, api=slack_api, over_http=False, migrate=False
        )

    with app() as before:
        _english(before)
        _log(before, ALEX, "/logoffer", "Equinor 200k")
        result, reply = _log(before, ALEX, "/logoffer", "Equinor 250k")
    with app() as after:  # a new process: nothing of the first in memory
        done = click_answer(after, ALEX, _button(reply, "offer_separate"), result)
        assert "A deal of its own" in text_of(done)
        assert _open(after) == [(200_000, "open"), (250_000, "open")]


# -- words ------------------------------------------------------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_words_that_say_another_deal_make_it_one_at_once(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    said = [
        ("Equinor 250k separat tilbud", "separat tilbud"),
        ("Equinor 300k, nytt tilbud på rammeavtale", "nytt tilbud på rammeavtale"),
        ("Equinor 310k tilbud nr 2", "tilbud nr 2"),
        ("Equinor 320k another offer for the pilot", "another offer for the pilot"),
        ("Equinor 330k ny offert på service", "ny offert på service"),
        ("Equinor 340k nyt tilbud på licenser", "nyt tilbud på licenser"),
        ("Equinor 350k also sent an offer for training", "also sent an offer for training"),
    ]
    for text, note in said:
        _result, reply = _log(slack, ALEX, "/logoffer", text)
        assert "Revised" not in text_of(reply), text
        assert f"Note: {note}" in text_of(reply), text
        assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text
    assert len(_open(slack)) == 1 + len(said)
    assert f"Offers: {1 + len(said)}" in _me(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_words_of_revision_keep_it_a_revision(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    for text in ("Equinor 210k revidert", "Equinor 220k ny versjon", "Equinor 230k justert pris",
                 "Equinor 240k updated"):  # fmt: skip
        _result, reply = _log(slack, ALEX, "/logoffer", text)
        assert "Revised from" in text_of(reply), text
    assert _open(slack) == [(240_000, "open")]
    assert "Offers: 1 (NOK 240,000)" in _me(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_words_saying_both_stay_the_default_with_the_button(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    _result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k -- separat tilbud, revidert")
    assert "Revised from" in text_of(reply)
    assert _button(reply, "offer_separate")


# -- a win or a loss closes the right deal ----------------------------------------------------


def _two_deals(slack) -> None:  # type: ignore[no-untyped-def]
    """Alex's two open offers to Equinor: a framework agreement and a pilot."""
    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k -- rammeavtale")
    _log(slack, ALEX, "/logoffer", "Equinor 250k separat tilbud -- pilot")
    assert _open(slack) == [(200_000, "open"), (250_000, "open")]


def _statuses(slack) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return sorted((int(lead.offer_amount), lead.status) for lead in leads(slack))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_win_whose_amount_picks_one_deal_closes_that_one(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    _result, reply = _log(slack, ALEX, "/logwin", "Equinor 250k")
    assert "Logged a *win*" in text_of(reply)
    assert _statuses(slack) == [(200_000, "open"), (250_000, "won")]
    assert "Pipeline: NOK 200,000" in _me(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_win_whose_words_name_one_deal_closes_that_one(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    _result, reply = _log(slack, ALEX, "/logwin", "Equinor pilot")
    assert "Logged a *win* with *Equinor*: NOK 250,000" in text_of(reply)
    assert _statuses(slack) == [(200_000, "open"), (250_000, "won")]
    _result, reply = _log(slack, ALEX, "/loglost", "Equinor rammeavtale for dyr")
    assert "Logged a *lost deal*" in text_of(reply)
    assert _statuses(slack) == [(200_000, "lost"), (250_000, "won")]


def test_a_win_that_picks_no_deal_is_asked_and_nothing_stored_until_answered(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    result, reply = _log(slack, ALEX, "/logwin", "Equinor")
    assert "You have 2 open offers to *Equinor*. Which one did you win?" in text_of(reply)
    labels = [b["text"]["text"] for b in buttons(reply)]
    assert labels == [
        "NOK 250,000, Fri 20 Nov 2026, “separat tilbud pilot”",
        "NOK 200,000, Fri 20 Nov 2026, “rammeavtale”",
        "Cancel",
    ]
    assert len(stored(slack)) == 2  # the two offers: nothing more yet
    [framework] = [b for b in buttons(reply) if "200,000" in b["text"]["text"]]
    done = click_answer(slack, ALEX, framework, result)
    assert "Logged a *win* with *Equinor*: NOK 200,000" in text_of(done)
    assert _statuses(slack) == [(200_000, "won"), (250_000, "open")]
    again = click_answer(slack, ALEX, framework, result)  # a second click: answered already
    assert "answered already" in text_of(again)
    assert [r["kind"] for r in stored(slack)] == ["offer", "offer", "win"]


def test_a_loss_is_asked_too_and_only_its_author_answers(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    result, reply = _log(slack, ALEX, "/loglost", "Equinor")
    assert "Which one did you lose?" in text_of(reply)
    [pilot] = [b for b in buttons(reply) if "250,000" in b["text"]["text"]]
    refused = click_answer(slack, KARI, pilot, result)
    assert "for someone else" in text_of(refused)
    click_answer(slack, ALEX, pilot, result)
    assert _statuses(slack) == [(200_000, "open"), (250_000, "lost")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_undoing_the_win_reopens_the_deal_it_closed(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    result, reply = _log(slack, ALEX, "/logwin", "Equinor 200k")
    assert _statuses(slack) == [(200_000, "won"), (250_000, "open")]
    click_answer(slack, ALEX, _button(reply, "activity_undo"), result)
    assert _statuses(slack) == [(200_000, "open"), (250_000, "open")]
    me = _me(slack)
    assert "Offers: 2 (NOK 450,000)" in me and "Pipeline: NOK 450,000" in me


# -- every list shows each deal with its own amount ---------------------------------------------

CHANNEL = "C0SALES"
TUESDAY_W48 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


def _team_with_two_deals(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", reset=False)  # Kari manages, Alex sells
    _log(slack, ALEX, "/logoffer", "Equinor 200k -- rammeavtale")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k -- pilot")
    click_answer(slack, ALEX, _button(reply, "offer_separate"), result)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_app_home_and_teamstatus_list_each_deal_with_its_amount(slack) -> None:  # type: ignore[no-untyped-def]
    _team_with_two_deals(slack)
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": ALEX, "channel": "D0X", "tab": "home"})
    view = slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]
    home = text_of(view)
    assert home.count("*Equinor* (warm) · NOK 250,000") == 2  # without a next step; open
    assert home.count("*Equinor* (warm) · NOK 200,000") == 2
    assert "Pipeline: NOK 450,000" in home
    detail = command_replies(slack, KARI, "/teamstatus", f"<@{ALEX}|alex>")
    assert "• Equinor · NOK 200,000" in detail and "• Equinor · NOK 250,000" in detail
    assert "Equinor: *NOK 200,000*" in detail and "Equinor: *NOK 250,000*" in detail  # offers
    assert "Pipeline NOK 450,000" in command_replies(slack, KARI, "/teamstatus", "")


def test_a_nudge_lists_each_deal(slack) -> None:  # type: ignore[no-untyped-def]
    from bot.clock import SystemClock
    from bot.dependencies import Deps
    from bot.jobs import Jobs
    from bot.slack_client import build_client

    _team_with_two_deals(slack)
    client = build_client(slack.settings)
    jobs = Jobs(
        deps=Deps(slack.settings, make_session_factory(slack.engine), SystemClock()),
        client_for=lambda _w: client,
    )
    with freeze_time("2026-11-24T08:00:00Z"):  # Tuesday 09:00 in Oslo
        _outcome, texts = jobs.nudge_pass(force=True, dry_run=True)
    [text] = [t for t in texts if t.startswith("@Alex")]
    assert "*Equinor* (warm) · NOK 200,000" in text and "*Equinor* (warm) · NOK 250,000" in text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_export_tells_the_deals_apart(slack) -> None:  # type: ignore[no-untyped-def]
    _team_with_two_deals(slack)
    first, second = stored(slack)
    assert (first["amount"], second["amount"]) == (200_000.0, 250_000.0)
    assert first["deal"] != second["deal"] and second["revised_from"] is None


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_past_week_shows_the_deals_as_they_stood(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team_with_two_deals(slack)  # week 47
    clock.set(TUESDAY_W48)
    _log(slack, ALEX, "/logwin", "Equinor 250k")  # week 48: the pilot won
    then = command_replies(slack, KARI, "/teamstatus", f"last week <@{ALEX}|alex>")
    assert "Week 47" in then
    assert "Pipeline NOK 450,000" in then or "Pipeline: NOK 450,000" in then, then
    assert "Equinor: *NOK 200,000*" in then and "Equinor: *NOK 250,000*" in then
    now = command_replies(slack, KARI, "/teamstatus", f"<@{ALEX}|alex>")
    assert "Pipeline: NOK 200,000" in now and "Equinor: *NOK 250,000*" not in now


# -- channel messages and the form read the same words ------------------------------------------

LARS = "U0LARS"


def _post(slack, text: str, ts: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    slack.driver.event(channel_message(text, ts, user=LARS))
    slack.wait_idle()
    return [c.params for c in slack.api.calls_to("chat.postEphemeral") if c.params["user"] == LARS]


def test_a_channel_message_that_says_another_deal_is_one(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    set_up_team(slack, reset=False)
    _log(slack, LARS, "/logoffer", "Equinor 200k")
    _post(slack, "Sendte nytt tilbud på rammeavtale til Equinor, 300k", "1763630000.000200")
    assert sorted(int(lead.offer_amount) for lead in leads(slack)) == [200_000, 300_000]
    # "for Equinor" names the customer, no deal: with two deals out, which one it revises is
    # asked, nothing stored until answered.
    said = _post(slack, "Sent a new offer for Equinor 320k", "1763630000.000300")
    assert "Which one does this offer revise" in text_of(said[-1])
    assert sorted(int(lead.offer_amount) for lead in leads(slack)) == [200_000, 300_000]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_forms_note_says_another_deal(slack) -> None:  # type: ignore[no-untyped-def]
    from bot.ids import InputId

    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result = slack.driver.command("/logoffer", "", ALEX, CHANNEL)
    view = result.opened_view()
    values = {
        "customer": {InputId.CUSTOMER.value: {"type": "plain_text_input", "value": "Equinor"}},
        "amount": {InputId.AMOUNT.value: {"type": "plain_text_input", "value": "250000"}},
        "note": {
            InputId.NOTE.value: {"type": "plain_text_input", "value": "separat tilbud: pilot"}
        },
    }
    slack.driver.submit_view(ALEX, view, values)
    slack.wait_idle()
    assert _open(slack) == [(200_000, "open"), (250_000, "open")]


# -- an offer with two deals out revises the one it names, or asks ----------------------------


def test_an_offer_naming_one_of_two_deals_revises_that_one(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    _result, reply = _log(slack, ALEX, "/logoffer", "Equinor 180k rammeavtale")
    assert "Revised from NOK 200,000 to NOK 180,000" in text_of(reply)
    assert _open(slack) == [(180_000, "open"), (250_000, "open")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_offer_naming_no_deal_asks_which_it_revises(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 260k")
    assert "Which one does this offer revise, or is it a separate offer?" in text_of(reply)
    assert [b["text"]["text"] for b in buttons(reply)][-2:] == ["A separate offer", "Cancel"]
    assert len(stored(slack)) == 2
    [pilot] = [b for b in buttons(reply) if "250,000" in b["text"]["text"]]
    done = click_answer(slack, ALEX, pilot, result)
    assert "Revised from NOK 250,000 to NOK 260,000" in text_of(done)
    assert _open(slack) == [(200_000, "open"), (260_000, "open")]
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 90k")
    [separate] = [b for b in buttons(reply) if b["value"].endswith("|separate")]
    click_answer(slack, ALEX, separate, result)
    assert _open(slack) == [(90_000, "open"), (200_000, "open"), (260_000, "open")]
    assert "Offers: 3 (NOK 550,000)" in _me(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_merging_a_customer_keeps_parallel_deals_apart(slack) -> None:  # type: ignore[no-untyped-def]
    _two_deals(slack)
    _log(slack, ALEX, "/logoffer", "Statoil 100k")
    said = text_of(_log(slack, KARI, "/kpi", "customer Statoil merge into Equinor")[1])
    assert "*Statoil* is merged into *Equinor*" in said
    # Which of the two Equinor deals the Statoil offer would revise is nobody's guess: three.
    assert _open(slack) == [(100_000, "open"), (200_000, "open"), (250_000, "open")]
    assert "Offers: 3 (NOK 550,000)" in _me(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_two_clicks_at_once_make_one_deal_of_its_own(slack) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    _english(slack)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    button = _button(reply, "offer_separate")
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda _: slack.driver.click(ALEX, button, response_url=result.response_url),
                      range(2)))  # fmt: skip
    slack.wait_idle()
    said = [text_of(r) for r in slack.api.responses(result.key)[-2:]]
    assert sum("A deal of its own beside" in s for s in said) == 1, said
    assert sum("a deal of its own already" in s for s in said) == 1, said
    assert _open(slack) == [(200_000, "open"), (250_000, "open")]
    assert "Offers: 2 (NOK 450,000)" in _me(slack)
