"""Every figure of a week that has ended is for the period it names: an audit of "as of" (session
15). Each test is a small hand ledger: what happened in week 47 (Mon 16 – Sun 22 Nov 2026), what
changed in week 48 after it ended, and what `/teamstatus last week` (the Monday digest and the
summaries are built from the same report) shows then and what the week under way shows now.

The definitions (README, "Past weeks: figures as they stood at the week's end"):
- pipeline, open offers, warm leads without a next step: as they stood at the week's end
  (tests/slack/test_as_of.py covers revisions, backdated offers, next steps, undos);
- the week's activities, wins and new customers: by the day they happened, as the ledger stands
  now (a correction after the week corrects it);
- the team: the sellers in it at the week's end (a seller who left or moved since still counts
  for it, and not for the team they are in now);
- sums: at the rates of the period's last day (a rate first set after the week converts nothing
  of it: the amount stays beside the sum, never zero)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from freezegun import freeze_time
from sqlalchemy import func, select

from storage.db import make_session_factory, session_scope
from storage.models import Seller, TeamMove
from tests.helpers import buttons, channel_message, message_edited, text_of
from tests.slack.test_as_of import (
    ALEX,
    CHANNEL,
    KARI,
    LARS,
    METTE,
    MONDAY_W48_EARLY,
    TUESDAY_W48,
    _do,
    _seller_block,
    _status,
    _team,
)
from tests.slack.test_digest import _jobs

NORTH = "C0NORTH"
WEDNESDAY_W47 = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)


def _status_in(slack, channel: str, text: str = "") -> str:  # type: ignore[no-untyped-def]
    result = slack.driver.command("/teamstatus", text, KARI, channel)
    first = text_of(result.reply())
    slack.wait_idle()
    return "\n".join([first, *(text_of(m) for m in result.replies()[1:])])


def _settings(slack, rates: str) -> None:  # type: ignore[no-untyped-def]
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": "en"}}},
        "currency": {"value": {"type": "static_select", "selected_option": {"value": "NOK"}}},
        "digest_time": {"value": {"type": "timepicker", "selected_time": "08:00"}},
        "currency_rates": {"value": {"type": "plain_text_input", "value": rates}},
    }
    assert slack.driver.submit_view(KARI, view, values).status == 200


# -- the team: the sellers in it at the week's end -------------------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_who_left_the_team_after_the_week_still_counts_for_it(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars's 2 meetings and his 100k offer of week 47; on Tuesday of week 48 he leaves #sales.
    Was: last week's totals (and the digest about it) lost his work; his row was gone."""
    _team(slack)
    _do(slack, LARS, "/logmeeting", "Acme 2026-11-17")
    _do(slack, LARS, "/logmeeting", "Orkla 2026-11-18")
    _do(slack, LARS, "/logoffer", "Acme 100k 2026-11-18")
    _do(slack, METTE, "/logmeeting", "Yara 2026-11-18")
    clock.set(TUESDAY_W48)
    slack.driver.event({"type": "member_left_channel", "channel": CHANNEL, "user": LARS})
    slack.wait_idle()
    then = _status(slack, "last week")
    assert "Meetings: *3*" in then, then
    assert "Pipeline: NOK 100,000" in then, then
    assert "*Lars*" in then and "Meetings 2" in _seller_block(then, "Lars")
    now = _status(slack)
    assert "*Lars*" not in now and "Pipeline: NOK 0" in now, now


def test_a_seller_moved_after_the_week_counts_for_the_team_they_were_in(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars moves from #sales (meetings goal 2 a week) to #north on Tuesday of week 48 (/kpi
    setup in #north, **Move them**): week 47 is #sales's, in its totals and in his own `/kpi last
    week` (against #sales's goal); week 48 is #north's from Tuesday (his Monday in it #sales's,
    kpiargs24). Nothing counted twice, nothing lost. His first win with Telenor, won by Mette in
    #sales in September, is no new customer of #north's (new is new to the company); his first
    win with Orkla in week 47 is, as his quarter goes with him."""
    _team(slack)
    _do(slack, KARI, "/kpi", "goal meetings 2/week")
    _do(slack, METTE, "/logwin", "Telenor 10k 2026-09-15")
    _do(slack, LARS, "/logmeeting", "Acme 2026-11-17")
    _do(slack, LARS, "/logwin", "Orkla 50k 2026-11-18")
    clock.set(TUESDAY_W48)
    slack.api.channel_members[NORTH] = [KARI, LARS]
    setup = slack.driver.command("/kpi", "setup", KARI, NORTH)
    asked = setup.reply()
    move = next(b for b in buttons(asked) if b["action_id"] == "setup_move_members")
    slack.driver.click(
        KARI,
        {"action_id": move["action_id"], "value": move["value"]},
        response_url=setup.response_url,
        channel_id=NORTH,
    )
    slack.wait_idle()
    _do(slack, LARS, "/logmeeting", "Volvo")
    _do(slack, LARS, "/logwin", "Telenor 40k")
    sales_then = _status(slack, "last week")
    assert "Meetings: *1*" in sales_then and "*Lars*" in sales_then, sales_then
    assert "Wins: 1 (NOK 50,000)" in sales_then, sales_then
    mine = _do(slack, LARS, "/kpi", "last week")
    assert "Week 47" in mine and "Meetings: *1* / 2" in mine, mine
    north_then = _status_in(slack, NORTH, "last week")
    # #north was set up in week 48 with nothing logged for it before: said so, no zeros (session 19)
    assert "*Lars*" not in north_then and "ended before this team" in north_then, north_then
    north_now = _status_in(slack, NORTH)
    assert "*Lars*" in north_now and "Meetings: *1*" in north_now, north_now
    assert "New customers this quarter: 1" in north_now, north_now  # Orkla
    sales_now = _status(slack)
    assert "Meetings: *0*" in sales_now, sales_now
    # He was in #sales on Monday of week 48 (kpiargs24: a week split where he moved): his Monday
    # there, against a Monday's share of its goal of 2 (was: not in #sales's week at all)
    assert "Meetings 0/0.4" in _seller_block(sales_now, "Lars"), sales_now


def test_a_seller_erased_after_the_week_is_gone_from_it(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Erasure (README, Privacy): the team's past figures drop what the person logged, and no row
    about them stays, their team moves included. Last week's totals are then the others' work."""
    _team(slack)
    _do(slack, LARS, "/logmeeting", "Acme 2026-11-17")
    _do(slack, LARS, "/logoffer", "Acme 100k 2026-11-18")
    _do(slack, METTE, "/logmeeting", "Yara 2026-11-18")
    clock.set(TUESDAY_W48)
    slack.driver.event({"type": "member_left_channel", "channel": CHANNEL, "user": LARS})
    slack.wait_idle()
    assert "Meetings: *2*" in _status(slack, "last week")
    result = slack.driver.command("/kpi", f"erase <@{LARS}|lars>", KARI, CHANNEL)
    [erase] = [b for b in buttons(result.reply()) if b["action_id"] == "person_erase_confirm"]
    slack.driver.click(KARI, erase, response_url=result.response_url)
    slack.wait_idle()
    then = _status(slack, "last week")
    assert "Meetings: *1*" in then and "Pipeline: NOK 0" in then, then
    assert "*Lars*" not in then, then
    with session_scope(make_session_factory(slack.engine)) as s:
        # His leave went with him; the others' joins at setup (0021j) stay theirs.
        left = select(func.count()).select_from(TeamMove).where(TeamMove.joined.is_(False))
        assert s.scalar(left) == 0
        assert s.scalar(select(func.count()).select_from(TeamMove).where(
            TeamMove.seller_id.not_in(select(Seller.id)))) == 0  # fmt: skip


# -- pipeline, open offers and warm leads: as they stood at the week's end ----------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_offers_won_or_lost_after_the_week_are_still_open_in_it(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Mette's offers of week 47, Equinor 250k and Kongsberg 100k: Equinor won and Kongsberg lost
    on Tuesday of week 48. Week 47 still shows both open at their amounts; the wins and the loss
    are week 48's."""
    _team(slack)
    _do(slack, METTE, "/logoffer", "Equinor 250k 2026-11-17")
    _do(slack, METTE, "/logoffer", "Kongsberg 100k 2026-11-18")
    clock.set(TUESDAY_W48)
    _do(slack, METTE, "/logwin", "Equinor")
    _do(slack, METTE, "/loglost", "Kongsberg price")
    then = _status(slack, "last week")
    assert "Pipeline: NOK 350,000" in then and "Wins: 0" in then, then
    offers = _status(slack, f"<@{METTE}|mette> last week")
    assert "Equinor: *NOK 250,000*" in offers and "Kongsberg: *NOK 100,000*" in offers, offers
    now = _status(slack)
    assert "Pipeline: NOK 0" in now and "Wins: 1 (NOK 250,000)" in now, now


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_lead_warm_or_won_after_the_week_leaves_that_weeks_warm_leads_as_they_were(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Week 47: Acme warm without a next step, Tine cold. Week 48: Acme won, Tine warm (today,
    no next step). Week 47 had one warm lead without a next step, Acme; week 48 has Tine."""
    _team(slack)
    _do(slack, LARS, "/logmeeting", "Acme warm 2026-11-17")
    _do(slack, LARS, "/logmeeting", "Tine cold 2026-11-18")
    clock.set(TUESDAY_W48)
    _do(slack, LARS, "/logwin", "Acme 80k")
    _do(slack, LARS, "/logmeeting", "Tine warm")
    then = _status(slack, "last week", user=LARS)
    assert "Warm leads without a next step: 1" in then, then
    mine = then[then.index("*Lars*") :]
    assert "• Acme" in mine and "Tine" not in mine, mine
    now = _status(slack, user=LARS)
    assert "• Tine" in now[now.index("*Lars*") :] and "• Acme" not in now, now


# -- new customers and wins: by the day they happened, as the ledger stands now ---------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_new_customers_of_a_past_week_follow_the_corrected_ledger(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Week 47: Lars's first wins with Statkraft and Orkla; Telenor won in week 45 and again in
    week 47 (not new). Week 48: a first win with Yara logged for Thursday of week 47 counts for
    it (as the win does); Orkla found to be Statkraft (merged): one customer, whose first win is
    the earlier. The quarter up to week 47's Sunday: 3 new customers (Statkraft, Yara; Telenor
    in week 45), not 4."""
    _team(slack)
    _do(slack, LARS, "/logwin", "Telenor 10k 2026-11-03")
    _do(slack, LARS, "/logwin", "Statkraft 100k 2026-11-16")
    _do(slack, LARS, "/logwin", "Orkla 50k 2026-11-18")
    _do(slack, LARS, "/logwin", "Telenor 20k 2026-11-18")
    clock.set(TUESDAY_W48)
    before = _status(slack, "last week")
    assert "New customers in 2026-Q4: 3" in before, before
    _do(slack, LARS, "/logwin", "Yara 30k 2026-11-19")
    assert "New customers in 2026-Q4: 4" in _status(slack, "last week")
    assert "merged" in _do(slack, KARI, "/kpi", "customer Orkla merge Statkraft").lower()
    then = _status(slack, "last week")
    assert "New customers in 2026-Q4: 3" in then, then
    assert "Wins: 4 (NOK 200,000)" in then, then


# -- currencies: a period's sums at the rates of its last day ---------------------------------------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_rate_first_set_after_the_week_converts_what_had_none(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Week 47: Lars wins Volvo EUR 10,000 and Mette Equinor NOK 100,000, with no EUR rate:
    week 47 showed "NOK 100,000 + € 10,000 not converted (no rate set in /kpi settings)". On
    Tuesday of week 48 Kari sets EUR 11.5, as it says: week 47 is converted with it too (was:
    still "no rate set"; a currency's first rate converts what had none, as a goal first set
    after a week is that week's goal). A rate changed later leaves past weeks at the rate they
    had: week 47 and 48 stay at 11.5 when EUR becomes 12 in week 49. Never summed as zero."""
    _team(slack)
    _do(slack, LARS, "/logwin", "Volvo 10000 EUR 2026-11-17")
    _do(slack, METTE, "/logwin", "Equinor 100k 2026-11-18")
    clock.set(TUESDAY_W48)
    before = _status(slack, "last week")
    assert "Wins: 2 (NOK 100,000 + € 10,000 not converted, as no rate is set" in before, before
    _settings(slack, "EUR 11,5")
    then = _status(slack, "last week")
    assert "Wins: 2 (NOK 215,000)" in then and "not converted" not in then, then
    assert "Wins 1 (NOK 115,000)" in _seller_block(then, "Lars"), then
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))  # week 49
    _settings(slack, "EUR 12")
    assert "Wins: 2 (NOK 215,000)" in _status(slack, "2026-W47")
    assert "Wins: 0" in _status(slack, "2026-W48")
    _do(slack, LARS, "/logwin", "Saab 1000 EUR")
    assert "Wins: 1 (NOK 12,000)" in _status(slack)


# -- corrections after the week: edits, days away said afterwards, a time zone changed ---------


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_edited_after_the_week_corrects_its_figures(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Friday of week 47 Lars posts "Sent offer to Equinor 250k"; on Tuesday of week 48 he edits
    it to 300k. Week 47's offer value is the corrected record's, 300k (the digest posted on Monday
    said 250k and stays as posted); its pipeline is as it was known at its end, 250k, as an undo
    after the week leaves it (README: known at the end is when a change was logged)."""
    _team(slack)
    ts = "1763630000.000200"  # Friday 20 Nov 2026, 10:13 in Oslo
    slack.driver.event(channel_message("Sent offer to Equinor 250k", ts=ts, user=LARS))
    slack.api.wait_for(lambda c: c.method == "reactions.add")
    slack.wait_idle()
    assert "Offers: *1* (NOK 250,000)" in _status(slack)
    clock.set(TUESDAY_W48)
    edited = message_edited(
        ts,
        "Sent offer to Equinor 300k",
        before="Sent offer to Equinor 250k",
        at="1764061200.000300",  # Tuesday 25 Nov 2026
        user=LARS,
    )
    assert slack.driver.event(edited).status == 200
    slack.wait_idle()
    then = _status(slack, "last week")
    assert "Offers: *1* (NOK 300,000)" in then and "Pipeline: NOK 250,000" in then, then
    assert "Pipeline: NOK 300,000" in _status(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_days_away_said_after_the_week_take_its_goal_and_arrow(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars, active since week 44 (2 meetings a week), has 1 meeting in week 47 and says on
    Tuesday of week 48 that he was away Monday to Thursday of it (README: said afterwards, up to
    90 days back): week 47 is an away week for him, with no goal to meet and no arrow; so is the
    team's line, which adds up the sellers' goals (his is nothing that week)."""
    _team(slack)
    for day in ("2026-10-27", "2026-10-28", "2026-11-03", "2026-11-04", "2026-11-10", "2026-11-11"):
        _do(slack, LARS, "/logmeeting", f"Acme {day}")
    _do(slack, LARS, "/logmeeting", "Orkla 2026-11-20")
    clock.set(TUESDAY_W48)
    before = _seller_block(_status(slack, "last week"), "Lars")
    assert "Meetings 1/10" in before and "↘" in before, before
    _do(slack, LARS, "/kpi", "away 16.11-19.11")
    then = _status(slack, "last week")
    lars = _seller_block(then, "Lars")
    assert "Meetings 1/2" in lars and "↘" not in lars, lars
    assert "Meetings: *1* / 32" in then, then


def test_a_time_zone_changed_after_the_week_moves_no_day_of_it(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Alex works from London: his meeting at 23:30 on Sunday 22 November (00:30 on Monday in
    Oslo) is his Sunday's, week 47. He moves to Oslo on Tuesday (Slack says so: user_change):
    the days he logged stay the days they were (an activity keeps its day), so week 47 keeps it
    and week 48 does not gain it."""
    slack.api.users[ALEX].tz = "Europe/London"
    _team(slack)
    clock.set(datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    _do(slack, ALEX, "/logmeeting", "Acme")
    clock.set(TUESDAY_W48)
    user = {"id": ALEX, "name": "alex", "real_name": "Alex", "tz": "Europe/Oslo", "deleted": False}
    slack.driver.event({"type": "user_change", "user": user})
    slack.wait_idle()
    with session_scope(make_session_factory(slack.engine)) as s:
        tz = s.scalar(select(Seller.timezone).where(Seller.slack_user_id == ALEX))
    assert tz == "Europe/Oslo"
    assert "Meetings 1" in _seller_block(_status(slack, "last week"), "Alex")
    assert "Meetings 0" in _seller_block(_status(slack), "Alex")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_monday_digest_keeps_a_seller_who_left_before_it(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars leaves #sales at 06:30 on Monday of week 48, before the 08:00 digest about week 47:
    the digest counts his 2 meetings, and he gets his summary of the week he was in the team."""
    _team(slack)
    _do(slack, LARS, "/logmeeting", "Acme 2026-11-17")
    _do(slack, LARS, "/logmeeting", "Orkla 2026-11-18")
    _do(slack, METTE, "/logmeeting", "Yara 2026-11-18")
    clock.set(MONDAY_W48_EARLY)
    slack.driver.event({"type": "member_left_channel", "channel": CHANNEL, "user": LARS})
    slack.wait_idle()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    posts = [c.params for c in slack.api.calls_to("chat.postMessage")]
    digest = next(text_of(p) for p in posts if p.get("channel") == CHANNEL)
    assert "The team in week 47" in digest and re.search(r"Meetings\W+3\b", digest), digest
    assert any(p.get("channel") == LARS and "Your week 47" in text_of(p) for p in posts)
