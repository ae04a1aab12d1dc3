"""A period's offers and their value: the offers sent in it, and apart from them what revisions of
offers sent before it moved those by ("earlier offers revised down by NOK 75,000"); a revision of
an offer sent in the same period stays in the value (one offer, worth its last amount).

Was: the value beside the count netted every revision in the period, so a week with one new offer
of 125,000 and a revision 200,000 -> 125,000 of an offer sent weeks before read "1 (NOK 50,000)".
Clock: Friday 2026-11-20 (week 47: Mon 16 - Sun 22 Nov); the quarter began on Thu 1 Oct."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.helpers import buttons, command_reply, text_of
from tests.slack.test_digest import _english, _jobs, _posts, _team
from tests.slack.test_figures_table import home

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"


def _log(slack, user: str, text: str, command: str = "/logoffer"):  # type: ignore[no-untyped-def]
    """Logged as typed (no question asked): the request, and the reply with its Undo button."""
    result = slack.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    assert "Logged" in text_of(reply), text_of(reply)
    return result, reply


def _row(status: str, name: str) -> str:
    """A seller's row of /teamstatus: their name's line and the figures under it."""
    return status[status.index(f"*{name}*") :].split("\n\n")[0]


def _quarter_offers(text: str) -> str:
    """The detail's quarter line of offers ("Offers: 1 (NOK 100,000)", after the week's
    "Offers: *1*"): summary, App Home, /teamstatus @seller."""
    return next(
        line for line in text.splitlines() if line.startswith("Offers: ") and "*" not in line
    )


def _undo(slack, user: str, logged) -> None:  # type: ignore[no-untyped-def]
    """A click on the Undo button under what `_log` logged."""
    result, reply = logged
    [undo] = [b for b in buttons(reply) if b["action_id"] == "activity_undo"]
    click = slack.driver.click(
        user,
        {"action_id": undo["action_id"], "value": undo["value"]},
        response_url=result.response_url,
    )
    assert click.status == 200 and "Undone" in text_of(click.reply())


def _start(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_revision_of_an_earlier_offer_is_shown_apart_on_every_surface(slack) -> None:  # type: ignore[no-untyped-def]
    _start(slack)
    _log(slack, LARS, "Equinor 200k 2026-09-29")  # sent in Q3 (week 40)
    _log(slack, LARS, "Equinor 125k 2026-11-17")  # revised in week 47: -75,000
    _log(slack, LARS, "Aker 100k 2026-11-19")  # a new offer in week 47
    _log(slack, METTE, "Nammo 125k 2026-11-16")
    _log(slack, ALEX, "Telenor 250k 2026-11-16")  # sent in week 47 ...
    _log(slack, ALEX, "Telenor 300k 2026-11-18")  # ... and revised in it: one offer, 300,000

    status = command_reply(slack, KARI, "/teamstatus")
    # Was "Offers: *3* (NOK 450,000)": 100 + 125 + 300 with Equinor's -75 netted in.
    assert "Offers: *3* (NOK 525,000; earlier offers revised down by NOK 75,000)" in status, status
    # Was "Offers 1 (NOK 25,000)".
    lars = _row(status, "Lars")
    assert "Offers 1 (NOK 100,000; earlier offers revised down by NOK 75,000)" in lars, lars
    assert "Offers 1 (NOK 300,000)" in _row(status, "Alex")  # the same week's revision: netted
    assert "Offers 1 (NOK 125,000)" in _row(status, "Mette")

    # The quarter began after Equinor was sent: its revision is apart there too, in the detail
    # /teamstatus @lars, the App Home and the private summary show (was "1 (NOK 25,000)").
    quarter = "Offers: 1 (NOK 100,000; earlier offers revised down by NOK 75,000)"
    assert _quarter_offers(command_reply(slack, KARI, "/teamstatus", f"<@{LARS}|lars>")) == quarter
    assert _quarter_offers(home(slack, LARS)) == quarter
    assert _quarter_offers(home(slack, ALEX)) == "Offers: 1 (NOK 300,000)"

    with freeze_time("2026-11-23T07:00:00Z"):  # Monday: week 47's digest and summaries
        _jobs(slack).tick()
        _jobs(slack).tick()
    digest = text_of(_posts(slack)[0])
    assert "Offers: *3* (NOK 525,000; earlier offers revised down by NOK 75,000)" in digest, digest
    summary = text_of(
        next(
            c.params for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == LARS
        )
    )
    assert "Your week 47" in summary and _quarter_offers(summary) == quarter, summary


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_chain_of_revisions_is_judged_by_the_week_its_offer_was_sent(slack) -> None:  # type: ignore[no-untyped-def]
    _start(slack)
    _log(slack, LARS, "Equinor 200k 2026-11-03")  # sent in week 45
    _log(slack, LARS, "Aker 100k 2026-11-10")  # week 46: a new offer ...
    _log(slack, LARS, "Equinor 250k 2026-11-11")  # ... and Equinor revised: +50,000
    _log(slack, LARS, "Bane 80k 2026-11-17")  # week 47: a new offer ...
    _log(slack, LARS, "Equinor 220k 2026-11-18")  # ... and Equinor revised again: -30,000

    def week(name: str) -> str:
        return _row(command_reply(slack, KARI, "/teamstatus", name), "Lars")

    assert "Offers 1 (NOK 200,000)" in week("2026-W45")
    # Were "1 (NOK 150,000)" and "1 (NOK 50,000)".
    w46 = week("2026-W46")
    assert "Offers 1 (NOK 100,000; earlier offers revised up by NOK 50,000)" in w46, w46
    w47 = week("")
    assert "Offers 1 (NOK 80,000; earlier offers revised down by NOK 30,000)" in w47, w47
    # The quarter holds the whole chain: three offers, Equinor at its last amount.
    detail = command_reply(slack, KARI, "/teamstatus", f"<@{LARS}|lars>")
    assert _quarter_offers(detail) == "Offers: 3 (NOK 400,000)", detail


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_undone_revision_leaves_nothing_apart(slack) -> None:  # type: ignore[no-untyped-def]
    _start(slack)
    _log(slack, LARS, "Equinor 200k 2026-11-03")
    _log(slack, LARS, "Aker 100k 2026-11-17")
    revision = _log(slack, LARS, "Equinor 125k 2026-11-18")
    before = _row(command_reply(slack, KARI, "/teamstatus"), "Lars")
    assert "Offers 1 (NOK 100,000; earlier offers revised down by NOK 75,000)" in before, before
    _undo(slack, LARS, revision)
    after = _row(command_reply(slack, KARI, "/teamstatus"), "Lars")
    assert "Offers 1 (NOK 100,000) ·" in after and "revised" not in after, after
    assert "Pipeline NOK 300,000" in after, after  # Equinor back at 200,000


def test_a_revision_whose_offer_is_undone_is_the_offer_sent(slack) -> None:  # type: ignore[no-untyped-def]
    _start(slack)
    original = _log(slack, LARS, "Equinor 200k 2026-11-03")
    _log(slack, LARS, "Equinor 125k 2026-11-17")
    _log(slack, LARS, "Aker 100k 2026-11-18")
    before = _row(command_reply(slack, KARI, "/teamstatus"), "Lars")
    assert "Offers 1 (NOK 100,000; earlier offers revised down by NOK 75,000)" in before, before
    _undo(slack, LARS, original)
    # Nothing before it on the deal now: Equinor 125,000 is an offer sent in week 47.
    after = _row(command_reply(slack, KARI, "/teamstatus"), "Lars")
    assert "Offers 2 (NOK 225,000) ·" in after and "revised" not in after, after
    w45 = _row(command_reply(slack, KARI, "/teamstatus", "2026-W45"), "Lars")
    assert "Offers 0 ·" in w45, w45


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_revision_in_another_currency_is_apart_in_its_own(slack) -> None:  # type: ignore[no-untyped-def]
    _start(slack)
    _log(slack, METTE, "Volvo SEK 500000 2026-11-03")
    _log(slack, METTE, "Nammo 125k 2026-11-16")
    _log(slack, METTE, "Volvo SEK 600000 2026-11-18")  # +SEK 100,000, no rate set
    mette = _row(command_reply(slack, KARI, "/teamstatus"), "Mette")
    # Was "1 (NOK 125,000 + SEK 100,000 not converted)".
    assert (
        "Offers 1 (NOK 125,000; earlier offers revised up by SEK 100,000 not converted" in mette
    ), mette


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_revision_after_a_hand_over_is_the_senders_offer_value(slack) -> None:  # type: ignore[no-untyped-def]
    """Mette sent Equinor 200,000 in week 45 and handed the lead to Alex, who revised it to
    180,000 in week 47. The offer, its value and so its revision are Mette's (she sent it); the
    deal, and so the pipeline, is Alex's now. Was: the -20,000 counted for Alex (his week and
    quarter read "revised down by NOK 20,000", Mette's quarter NOK 325,000 against 305,000)."""
    _start(slack)
    _log(slack, METTE, "Equinor 200k 2026-11-03")
    _log(slack, METTE, "Nammo 125k 2026-11-16")
    reply = command_reply(slack, METTE, "/kpi", f"customer Equinor owner <@{ALEX}|alex>")
    assert "alex" in reply.lower() or ALEX in reply, reply
    _log(slack, ALEX, "Equinor 180k 2026-11-18")

    status = command_reply(slack, KARI, "/teamstatus")
    mette, alex = _row(status, "Mette"), _row(status, "Alex")
    assert "Offers 1 (NOK 125,000; earlier offers revised down by NOK 20,000)" in mette, mette
    assert "Offers 0 ·" in alex and "revised" not in alex, alex
    assert "Pipeline NOK 180,000" in alex and "Pipeline NOK 125,000" in mette, status
    # The team's total is the same either way.
    assert "Offers: *1* (NOK 125,000; earlier offers revised down by NOK 20,000)" in status, status

    # The quarter (from 1 Oct) holds Mette's Equinor at its last amount, in every own view.
    quarter = "Offers: 2 (NOK 305,000)"
    assert _quarter_offers(home(slack, METTE)) == quarter
    assert (
        _quarter_offers(command_reply(slack, KARI, "/teamstatus", f"<@{METTE}|mette>")) == quarter
    )
    assert _quarter_offers(home(slack, ALEX)) == "Offers: 0"

    with freeze_time("2026-11-23T07:00:00Z"):  # Monday: week 47's digest and summaries
        _jobs(slack).tick()
        _jobs(slack).tick()
    digest = text_of(_posts(slack)[0])
    assert "Offers: *1* (NOK 125,000; earlier offers revised down by NOK 20,000)" in digest, digest
    summaries = {
        c.params["channel"]: text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params["channel"] in (METTE, ALEX)
    }
    assert _quarter_offers(summaries[METTE]) == quarter, summaries[METTE]
    assert "revised" not in summaries[ALEX], summaries[ALEX]


def test_a_revision_by_a_seller_of_another_team_moves_the_senders_team(slack) -> None:  # type: ignore[no-untyped-def]
    """Mette (the sales team) sent Equinor 200,000 in week 45 and handed the lead to Alex, who
    sells in the north team, and revised it to 180,000 in week 47. The offer is Mette's result:
    her row and her team's totals read "revised down by NOK 20,000" (week and quarter), the
    north team's nothing; the deal (pipeline) is Alex's. Was: the sales team's totals, digest and
    Mette's own views left the revision out (only her team's sellers' revisions were read)."""
    north = "C0NORTH"
    _english(slack)
    slack.api.channel_members.update({CHANNEL: [KARI, LARS, METTE], north: [ALEX]})
    _team(slack)
    _team(slack, north)
    _log(slack, METTE, "Equinor 200k 2026-11-03")
    _log(slack, METTE, "Nammo 125k 2026-11-16")
    reply = command_reply(slack, METTE, "/kpi", f"customer Equinor owner <@{ALEX}|alex>")
    assert "alex" in reply.lower() or ALEX in reply, reply
    _log(slack, ALEX, "Equinor 180k 2026-11-18")

    apart = "(NOK 125,000; earlier offers revised down by NOK 20,000)"
    status = command_reply(slack, KARI, "/teamstatus")
    assert f"Offers 1 {apart}" in _row(status, "Mette"), status
    assert f"Offers: *1* {apart}" in status, status
    theirs = text_of(slack.driver.command("/teamstatus", "", KARI, north).reply())
    assert "Offers 0 ·" in _row(theirs, "Alex") and "revised" not in theirs, theirs
    assert "Pipeline NOK 180,000" in _row(theirs, "Alex"), theirs

    quarter = "Offers: 2 (NOK 305,000)"
    assert _quarter_offers(home(slack, METTE)) == quarter
    assert (
        _quarter_offers(command_reply(slack, KARI, "/teamstatus", f"<@{METTE}|mette>")) == quarter
    )
    assert _quarter_offers(home(slack, ALEX)) == "Offers: 0"

    with freeze_time("2026-11-23T07:00:00Z"):  # Monday: week 47's digests and summaries
        _jobs(slack).tick()
        _jobs(slack).tick()
    assert f"Offers: *1* {apart}" in text_of(_posts(slack)[0])
    assert "revised" not in text_of(_posts(slack, north)[0])


def test_erasing_the_sender_leaves_no_revision_naming_them(slack) -> None:  # type: ignore[no-untyped-def]
    """Mette's offer, handed to Alex and revised by him: each names her as its sender. Erasing
    Mette leaves neither naming her (her offers are gone; the revision is Alex's again, as a
    revision whose offer is not found always was), and the team's figures still read."""
    from sqlalchemy import select

    from storage.db import make_session_factory, session_scope
    from storage.models import Activity, Lead

    _start(slack)
    _log(slack, METTE, "Equinor 200k 2026-11-03")
    command_reply(slack, METTE, "/kpi", f"customer Equinor owner <@{ALEX}|alex>")
    _log(slack, ALEX, "Equinor 180k 2026-11-18")

    def named() -> tuple[list, list]:
        with session_scope(make_session_factory(slack.engine)) as s:
            senders = list(
                s.scalars(select(Activity.sender_id).where(Activity.sender_id.is_not(None)))
            )
            sent_by = list(s.scalars(select(Lead.offer_sent_by)))
        return senders, sent_by

    senders, sent_by = named()
    assert len(senders) == 1 and sent_by == senders, (senders, sent_by)
    result = slack.driver.command("/kpi", f"erase <@{METTE}|mette>", KARI, CHANNEL)
    [erase] = [b for b in buttons(result.reply()) if b["action_id"] == "person_erase_confirm"]
    slack.driver.click(KARI, erase, response_url=result.response_url)
    slack.wait_idle()
    assert named() == ([], [None])
    status = command_reply(slack, KARI, "/teamstatus")
    assert "Offers 0 (earlier offers revised down by NOK 20,000)" in _row(status, "Alex"), status
