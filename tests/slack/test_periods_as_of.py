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

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, text_of
from tests.slack.test_as_of import (
    CHANNEL,
    KARI,
    LARS,
    METTE,
    TUESDAY_W48,
    _do,
    _seller_block,
    _status,
    _team,
)

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


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_moved_after_the_week_counts_for_the_team_they_were_in(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars moves from #sales to #north on Tuesday of week 48 (/kpi setup in #north, **Move
    them**): week 47 is #sales's, week 48 #north's; nothing counted twice, nothing lost."""
    _team(slack)
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
    sales_then = _status(slack, "last week")
    assert "Meetings: *1*" in sales_then and "*Lars*" in sales_then, sales_then
    assert "Wins: 1 (NOK 50,000)" in sales_then, sales_then
    north_then = _status_in(slack, NORTH, "last week")
    assert "*Lars*" not in north_then and "Meetings: *0*" in north_then, north_then
    north_now = _status_in(slack, NORTH)
    assert "*Lars*" in north_now and "Meetings: *1*" in north_now, north_now
    sales_now = _status(slack)
    assert "*Lars*" not in sales_now and "Meetings: *0*" in sales_now, sales_now
