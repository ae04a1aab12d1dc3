"""Session 13's unseen payloads and faults: each test fails on the code before its fix.

The clock stands at Friday 2026-11-20 10:00 in Oslo."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, count_rows, set_up_team, stored, text_of

ALEX = "U0ALEX"  # English, Europe/London
KARI = "U0KARI"  # Norwegian, workspace admin
LARS = "U0LARS"  # Swedish
CHANNEL = "C0SALES"


def _click(slack, user, button, result):  # type: ignore[no-untyped-def]
    return slack.driver.click(
        user,
        {"action_id": button["action_id"], "value": button["value"]},
        response_url=result.response_url,
    )


def _asked_if_same(message) -> bool:  # type: ignore[no-untyped-def]
    return any(b.get("value", "").endswith("|same") for b in buttons(message))


# -- the same meeting or call sent twice -----------------------------------------------------------
def test_the_same_meeting_sent_twice_is_asked_and_counted_once_unless_another(slack, clock) -> None:  # type: ignore[no-untyped-def]
    first = slack.driver.command("/logmeeting", "Aker BP -- demo of the new rig", ALEX)
    assert "Aker BP" in text_of(first.reply())
    clock.advance(seconds=40)  # Slack's mobile client sends it again (a new trigger_id)
    again = slack.driver.command("/logmeeting", "Aker BP -- demo of the new rig", ALEX)
    asked = again.reply()
    assert "same" in text_of(asked) and count_rows(slack) == 1
    labels = {b["value"].split("|")[1]: b for b in buttons(asked)}
    assert set(labels) == {"another", "same"}
    _click(slack, ALEX, labels["same"], again)
    slack.wait_idle()
    assert "once" in text_of(slack.api.responses(again.key)[-1])
    assert count_rows(slack) == 1

    # Typed a third time and it was another meeting: one click stores it.
    third = slack.driver.command("/logmeeting", "Aker BP -- demo of the new rig", ALEX)
    choices = {b["value"].split("|")[1]: b for b in buttons(third.reply())}
    _click(slack, ALEX, choices["another"], third)
    slack.wait_idle()
    assert [r["kind"] for r in stored(slack)] == ["meeting", "meeting"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_call_again_in_other_words_or_later_or_by_another_seller_is_not_asked(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logcall", "Aker BP -- pricing", ALEX).reply()
    other_words = slack.driver.command("/logcall", "Aker BP -- contract terms", ALEX).reply()
    colleague = slack.driver.command("/logcall", "Aker BP -- pricing", LARS).reply()
    assert not _asked_if_same(other_words) and not _asked_if_same(colleague)
    clock.advance(minutes=11)
    later = slack.driver.command("/logcall", "Aker BP -- pricing", ALEX).reply()
    assert not _asked_if_same(later)
    assert count_rows(slack) == 4


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_meeting_undone_and_typed_again_is_not_asked(slack) -> None:  # type: ignore[no-untyped-def]
    first = slack.driver.command("/logmeeting", "Aker BP", ALEX).reply()
    undo = next(b for b in buttons(first) if "undo" in b["action_id"])
    slack.driver.click(ALEX, {"action_id": undo["action_id"], "value": undo["value"]})
    slack.wait_idle()
    assert count_rows(slack) == 1 and stored(slack) == []
    again = slack.driver.command("/logmeeting", "Aker BP", ALEX).reply()
    assert not _asked_if_same(again)
    assert len(stored(slack)) == 1


# -- /kpi setup in a second channel ------------------------------------------------------------------
def _team_of(slack, user_id):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from storage.db import make_session_factory, session_scope
    from storage.models import SalesTeam, Seller

    with session_scope(make_session_factory(slack.engine)) as session:
        return session.scalar(
            select(SalesTeam.channel_id)
            .join(Seller, Seller.team_id == SalesTeam.id)
            .where(Seller.slack_user_id == user_id)
        )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_setup_in_a_second_channel_asks_before_moving_members_of_another_team(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    assert _team_of(slack, ALEX) == CHANNEL and _team_of(slack, LARS) == CHANNEL
    slack.api.channel_members["C0NORTH"] = [KARI, ALEX]
    result = slack.driver.command("/kpi", "setup", KARI, "C0NORTH")
    answer = result.reply()
    said = text_of(answer)
    assert "Alex (<#C0SALES>)" in said and "other teams already" in said, said
    assert _team_of(slack, ALEX) == CHANNEL  # not moved unasked
    choice = {b["action_id"]: b for b in buttons(answer)}
    assert {"setup_move_members", "setup_keep_members"} <= set(choice)

    kept = slack.driver.click(
        KARI,
        {"action_id": "setup_keep_members", "value": "keep"},
        response_url=result.response_url,
        channel_id="C0NORTH",
    )
    assert kept.status == 200
    slack.wait_idle()
    assert "stay" in text_of(slack.api.responses(result.key)[-1])
    assert _team_of(slack, ALEX) == CHANNEL

    moved = slack.driver.click(
        KARI,
        # The button's value names whom it moves (handover14: never someone unseen).
        {"action_id": "setup_move_members", "value": choice["setup_move_members"]["value"]},
        response_url=result.response_url,
        channel_id="C0NORTH",
    )
    assert moved.status == 200
    slack.wait_idle()
    assert "Alex" in text_of(slack.api.responses(result.key)[-1])
    assert _team_of(slack, ALEX) == "C0NORTH" and _team_of(slack, LARS) == CHANNEL
    # Only a manager moves anyone: the same click by a seller changes nothing.
    slack.driver.click(
        LARS,
        {"action_id": "setup_move_members", "value": f"move:{LARS}"},
        channel_id="C0NORTH",
    )
    slack.wait_idle()
    assert _team_of(slack, LARS) == CHANNEL


# -- a scheduled send given up for good ---------------------------------------------------------------
def _jobs(slack):  # type: ignore[no-untyped-def]
    from bot.clock import SystemClock
    from bot.dependencies import Deps
    from bot.jobs import Jobs
    from bot.slack_client import build_client
    from storage.db import make_session_factory

    client = build_client(slack.settings)
    return Jobs(
        deps=Deps(slack.settings, make_session_factory(slack.engine), SystemClock()),
        client_for=lambda _w: client,
    )


def _english_team(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", language="en", reset=False)


def _told(slack, user, words):  # type: ignore[no-untyped-def]
    return [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == user and words in text_of(c.params)
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_digest_slack_never_answered_ends_failed_and_its_managers_hear_it_once(slack) -> None:  # type: ignore[no-untyped-def]
    """Slack answered 503 to every try: posted or not, nobody knew; after the last try the
    claim ended `failed` and nobody was told (a week without a digest, silently)."""
    from datetime import UTC, datetime, timedelta

    from freezegun import freeze_time

    from bot.offline.slack_api import Failure
    from storage import claims
    from storage.db import make_session_factory, session_scope
    from storage.models import Claim

    _english_team(slack)
    start = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # Monday 08:00 in Oslo
    for i in range(claims.MAX_ATTEMPTS + 4):
        # Each try's post of the digest (the first post of each tick) is answered 503.
        slack.api.fail("chat.postMessage", Failure(503, {"ok": False, "error": "fatal_error"}))
        with freeze_time(start + timedelta(minutes=6 * i)):
            _jobs(slack).tick()
        slack.api.recover("chat.postMessage")
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert claim.state == "failed"
    told = _told(slack, KARI, "could not post the weekly digest")
    assert len(told) == 1, told
    assert "kpibot digest --resend" in text_of(told[0])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_nudge_given_up_is_told_to_the_team_managers_once_a_week(slack) -> None:  # type: ignore[no-untyped-def]
    """A nudge Slack refuses for good (here the workspace restricts the bot's DMs) was given up
    in silence every working morning."""
    from freezegun import freeze_time

    from bot.offline.slack_api import Failure

    _english_team(slack)
    with freeze_time("2026-11-13T10:00:00Z"):  # Friday
        slack.driver.command("/logmeeting", "Acme warm", LARS, CHANNEL).reply()
    for day in ("2026-11-16", "2026-11-17", "2026-11-18"):
        slack.api.fail(
            "chat.postMessage", Failure(body={"ok": False, "error": "restricted_action"})
        )
        with freeze_time(f"{day}T08:00:00Z"):  # 09:00 in Oslo
            _jobs(slack).nudge_pass()
        slack.api.recover("chat.postMessage")
    told = _told(slack, KARI, "restricted_action")
    assert len(told) == 1, told
    assert "Lars" in text_of(told[0]) and "install kpibot again" in text_of(told[0])
    assert _told(slack, LARS, "restricted_action") == []  # the seller hears nothing of it


# -- a Unicode minus or dash in amounts and ranges ------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_range_written_with_a_unicode_dash_is_refused_never_one_end_stored(slack) -> None:  # type: ignore[no-untyped-def]
    """Autocorrect writes "250 000 - 300 000" with an en dash, a phone or a web page with the
    minus sign, a non-breaking hyphen or a figure dash. Were: NOK 250,000 stored with the note
    "300 000"; a customer "Equinor 250 000" at NOK 300,000; "no amount" for "‒250k"."""
    for user in slack.api.users.values():
        user.locale = "en-GB"
    for text, shown in (
        ("Equinor 250 000 – 300 000", "250 000 – 300 000"),
        ("Equinor 250k – 300k", "250k – 300k"),
        ("Equinor kr 250 000 — 300 000", "250 000 — 300 000"),
        ("Equinor 250 000 \u2212 300 000", "250 000 - 300 000"),
        ("Equinor 250 000 \u2011 300 000", "250 000 - 300 000"),
        ("Equinor 1–1,5 mill", "1–1,5 mill"),
    ):
        said = text_of(slack.driver.command("/logoffer", text, KARI).reply())
        # steps30: asked which amount (low, middle, high), no longer refused; nothing stored
        assert "You wrote a range" in said and shown in said and "Nothing is stored" in said, said
    for text in ("Equinor \u2212250k", "Equinor \u2012250k"):
        said = text_of(slack.driver.command("/logwin", text, KARI).reply())
        assert "negative" in said and "Nothing was stored" in said, said
    assert stored(slack) == []
    # A dash before words that are no amount still starts the note.
    for command, text, note in (
        ("/logoffer", "Equinor 250k – 2027 rammeavtale", "2027 rammeavtale"),
        ("/logmeeting", "Rema 1000 – 2 timer", "2 timer"),
        ("/logcall", "Rema 1000 – 3 nye leads", "3 nye leads"),
    ):
        said = text_of(slack.driver.command(command, text, KARI).reply())
        assert f"Note: {note}" in said, said
    assert [r["customer"] for r in stored(slack)] == ["Equinor", "Rema 1000", "Rema 1000"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_range_in_a_channel_message_is_never_stored_as_one_end(slack) -> None:  # type: ignore[no-untyped-def]
    """ "Tilbud til Equinor på 1–2 mill" was an offer of NOK 2,000,000, stored unasked (the en
    dash split the range, "1-2 mill" read none); "250k – 300k" was asked as NOK 250,000. Since
    mendB30 each range is asked which end it is, nothing stored before the click."""
    from tests.helpers import channel_message

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    slack.api.reset()
    for n, text in enumerate(
        (
            "Tilbud til Equinor på 1–2 mill",
            "Vant Equinor! 250k – 300k",
            "Tilbud til Equinor på 1 – 2 mill",
        )
    ):
        slack.driver.event(channel_message(text, f"1700000{n:03d}.000100", user=LARS))
    slack.wait_idle()
    assert stored(slack) == []
    said = [text_of(c.params) for c in slack.api.calls_to("chat.postEphemeral")]
    assert said and all("250,000" not in s and "300,000" not in s for s in said), said
    # mendB30: each asked as the range it is (Low / Middle / High), the win as a win
    assert any("range" in s and "this win with *Equinor*" in s for s in said), said
    assert sum("range" in s and "this offer with *Equinor*" in s for s in said) == 2, said
    # A minus sign on the amount ("−250k", or the hyphen so): asked, never a win of 250k unasked.
    slack.api.reset()
    for n, text in enumerate(("Vant Equinor \u2212250k", "Vant Telenor -400k")):
        slack.driver.event(channel_message(text, f"1700001{n:03d}.000100", user=LARS))
    slack.wait_idle()
    assert stored(slack) == []
    asked = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert len(asked) == 2 and all(
        any(b["value"].endswith("|record") for b in buttons(a)) for a in asked
    ), asked


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_same_meeting_posted_twice_in_the_channel_is_asked_and_another_is_one_click(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    """A phone on a bad network posts the message twice (two messages, two ts), or the seller
    says it again in the thread: was two meetings. Asked; "Log another" stores it with its ✅."""
    from tests.helpers import channel_message

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    first, again = "1763630000.000100", "1763630030.000100"
    slack.driver.event(channel_message("Møte med Equinor i dag", first, user=LARS))
    slack.wait_idle()
    slack.api.reset()
    slack.driver.event(channel_message("Møte med Equinor i dag", again, user=LARS))
    slack.wait_idle()
    assert len(stored(slack)) == 1
    [asked] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert "on the same day" in text_of(asked), asked
    another = next(b for b in buttons(asked) if b["value"].endswith("|another"))
    slack.driver.click(LARS, {"action_id": another["action_id"], "value": another["value"]})
    slack.wait_idle()
    assert len(stored(slack)) == 2
    assert [c.params.get("timestamp") for c in slack.api.calls_to("reactions.add")] == [again]
