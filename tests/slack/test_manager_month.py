"""A sales manager's month with kpibot, read as the manager reads it: every figure and sentence
says what the sellers did, about whom it is. Clock: Friday 2026-11-20."""

from __future__ import annotations

import pytest

from tests.helpers import command_reply, text_of
from tests.slack.test_digest import _english, _log, _team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"


@pytest.fixture(autouse=True)
def _english_team(slack) -> None:  # type: ignore[no-untyped-def]
    """Every test: the four of tests/slack/test_digest.py in a team that speaks English."""
    _english(slack)
    _team(slack)


def _won_in_nok_and_in_dkk(slack) -> None:  # type: ignore[no-untyped-def]
    """Lars: one closed offer of his own (NOK); Mette won in DKK, which has no rate. A revenue
    goal for the year, so that the plans have an average deal to work from."""
    _log(slack, LARS, "Equinor 400k 2026-11-04", "/logoffer")
    _log(slack, LARS, "Equinor 2026-11-18", "/logwin")
    _log(slack, METTE, "Novo DKK 1200000 2026-11-05", "/logoffer")
    _log(slack, METTE, "Novo 2026-11-12", "/logwin")
    command_reply(slack, KARI, "/kpi", "goal revenue 4m/year")


def test_a_plan_on_the_teams_figures_says_the_left_out_win_is_a_colleagues(slack) -> None:  # type: ignore[no-untyped-def]
    _won_in_nok_and_in_dkk(slack)
    plan = command_reply(slack, KARI, "/kpi", f"plan <@{LARS}|lars>")
    assert "the team's rates are mixed in" in plan, plan
    # Was "1 win in DKK is left out …": Lars never won in DKK; the team's average deal did.
    assert "1 win in DKK is left out" not in plan, plan
    assert (
        "1 of the team's wins, in DKK, is left out of the average deal: there is no rate for it "
        "in `/kpi settings`." in plan
    ), plan
    # His own plan, with nothing of the team's mixed in, keeps the short words (see
    # test_plan_surfaces: "1 win in DKK is left out of the average deal").


def test_offers_logged_without_meetings_make_no_claim_about_the_meetings_a_goal_takes(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    # The team logs offers and wins, never a meeting or a call.
    for n, customer in enumerate(("Aker", "Bane", "Cermaq", "Dovre", "Elkem", "Fjord")):
        _log(slack, LARS, f"{customer} 200k 2026-10-{5 + n:02d}", "/logoffer")
        _log(slack, LARS, f"{customer} 2026-10-{20 + n:02d}", "/logwin" if n < 3 else "/loglost")
    command_reply(slack, KARI, "/kpi", "goal revenue 3m/quarter")
    plan = command_reply(slack, LARS, "/kpi", "plan")
    # Was: "at 0 meetings and calls per offer, about 0 meetings a week" and "The meetings goal
    # of 10 covers what the revenue goal needs": nothing logged says how many meetings it takes.
    assert "0 meetings" not in plan and "covers what the revenue goal needs" not in plan, plan
    assert "No meetings or calls are logged" in plan, plan
    assert "offers a week" in plan
    funnel = command_reply(slack, KARI, "/teamstatus", "funnel")
    assert "The revenue goal needs about" in funnel and "0 meetings a week" not in funnel, funnel
    assert "enough" not in funnel, funnel


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_first_week_of_meetings_is_not_called_a_record_over_a_previous_best_of_0(slack) -> None:  # type: ignore[no-untyped-def]
    from freezegun import freeze_time

    from tests.slack.test_digest import _jobs, _posts

    for day in ("2026-10-20", "2026-10-27", "2026-11-03", "2026-11-10"):  # calls, weeks 43-46
        _log(slack, ALEX, f"Kystlink {day}", "/logcall")
    for n, customer in enumerate(("Aker", "Bane", "Cermaq", "Dovre")):  # week 47: 4 meetings
        _log(slack, ALEX, f"{customer} 2026-11-{16 + n}", "/logmeeting")
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    digest = text_of(_posts(slack)[0])
    [line] = [t for t in digest.splitlines() if t.startswith("• *Alex*")]
    assert "meetings 4" in line, digest
    assert "previous best 0" not in line, line  # 0 is no best: there were none before
    assert "none in the weeks before" in line, line


def test_the_funnel_of_a_seller_with_nothing_logged_has_no_stray_empty_lines(slack) -> None:  # type: ignore[no-untyped-def]
    _log(slack, LARS, "Aker 2026-11-16 warm", "/logmeeting")
    _log(slack, LARS, "Aker 100k 2026-11-17", "/logoffer")
    _log(slack, LARS, "Aker 2026-11-18", "/logwin")
    # a line follows each seller's facts
    command_reply(slack, KARI, "/kpi", "goal revenue 1m/quarter")
    funnel = command_reply(slack, KARI, "/teamstatus", "funnel")
    assert "\n\n\n" not in funnel, funnel  # was: two empty lines under each idle seller
    assert "*Kari*\nMeetings 0" in funnel, funnel


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_removing_a_meetings_goal_says_kpibots_default_applies_again(slack) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[KARI].locale = "en-GB"
    command_reply(slack, KARI, "/kpi", "goal meetings 3/week")
    removed = command_reply(slack, KARI, "/kpi", "goal meetings off")
    # Was "the goal for Meetings is removed", and every seller then read "Meetings 0 / 10".
    assert "kpibot's default applies again: Meetings 10 per week" in removed, removed
    assert "Meetings: *0* / 10" in command_reply(slack, LARS, "/kpi", "")
    again = command_reply(slack, KARI, "/kpi", "goal meetings 0")
    assert "There was no goal for Meetings to remove" not in again, again
    assert "kpibot's default applies: Meetings 10 per week" in again, again
    assert "/kpi goal meetings 5/week" in again  # what to do instead
    closing = command_reply(slack, KARI, "/kpi", "goal closing off")
    assert "kpibot's default applies: Closing rate 75 %" in closing, closing
    assert "`/kpi goal closing 60%`" in closing, closing
    # A seller's own goal removed: their team's default applies (no default of kpibot's named).
    command_reply(slack, KARI, "/kpi", f"goal <@{LARS}|lars> calls 5/week")
    own = command_reply(slack, KARI, "/kpi", f"goal <@{LARS}|lars> calls off")
    assert "removed" in own and "kpibot's default" not in own, own


def test_a_nudge_dates_a_quiet_lead_from_its_last_activity_not_from_when_it_was_logged(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from freezegun import freeze_time

    from tests.slack.test_nudges import _dms, _jobs

    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))  # Friday: an October offer logged late
    _log(slack, LARS, "Equinor 500k 2026-10-01", "/logoffer")
    _log(slack, LARS, "Telenor warm", "/logcall")  # today, as it happened
    with freeze_time("2026-11-23T08:05:00Z"):  # Monday 09:05 in Oslo
        _jobs(slack).nudge_pass()
    [dm] = _dms(slack, LARS)
    text = text_of(dm)
    # Was "no next step since Fri 20 Nov 2026": the day it was typed, while /kpi callday the
    # same morning said "50 days since the last activity".
    # views32: neither ever had a next step: "yet — last contact" (the lead's decision)
    assert "*Equinor* (warm) · NOK 500,000 — no next step yet — last contact Thu 1 Oct" in text
    assert "*Telenor* (warm) — no next step yet — last contact Fri 20 Nov 2026" in text, text
    # Re-rendered after a click: the same dates.
    from tests.slack.test_nudges import _button, _click

    snooze = _button(dm, "nudge_snooze")
    again = text_of(_click(slack, LARS, dm, "nudge_snooze", snooze["value"]))
    assert "no next step yet — last contact Thu 1 Oct 2026" in again, again


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_settings_form_says_what_an_empty_meetings_or_closing_goal_means(slack) -> None:  # type: ignore[no-untyped-def]
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    hints = {
        b["block_id"]: (b.get("hint") or {}).get("text", "")
        for b in view["blocks"]
        if b.get("type") == "input"
    }
    # Empty fields while every seller reads "Meetings 0 / 10": kpibot's default is in force.
    assert "kpibot's default applies: 10 a week" in hints["goal_meetings"], hints
    assert "kpibot's default applies: 75 %" in hints["goal_closing_rate"], hints


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_plan_on_mixed_in_figures_names_the_sellers_own_left_out_win_as_theirs(slack) -> None:  # type: ignore[no-untyped-def]
    _won_in_nok_and_in_dkk(slack)
    plan = command_reply(slack, KARI, "/kpi", f"plan <@{METTE}|mette>")
    assert "the team's rates are mixed in" in plan, plan
    assert "1 win in DKK is left out of the average deal" in plan, plan  # her own
    assert "of the team's wins" not in plan, plan


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_year_goal_reached_is_not_called_the_quarters(slack) -> None:  # type: ignore[no-untyped-def]
    command_reply(slack, KARI, "/kpi", f"goal <@{LARS}|lars> revenue 300k/year")
    _log(slack, LARS, "Equinor 400k 2026-11-16", "/logwin")
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": LARS, "channel": "D0X", "tab": "home"})
    home = text_of(slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])
    # Was "Your revenue goal for the quarter is reached." under a goal set per year.
    assert "for the quarter" not in home, home
    assert "Your revenue goal for 2026 is reached." in home, home


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_nobody_is_below_their_average_at_nine_on_monday(slack, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    # Lars: 10 meetings a week for four weeks (a usual Monday holds two of them).
    for monday in (19, 26):
        for n in range(10):
            _log(slack, LARS, f"Kunde {chr(65 + n)} 2026-10-{monday + n % 5:02d}")
    for monday in (2, 9):
        for n in range(10):
            _log(slack, LARS, f"Kunde {chr(65 + n)} 2026-11-{monday + n % 5:02d}")
    clock.set(datetime(2026, 11, 16, 8, 0, tzinfo=UTC))  # Monday 09:00 in Oslo, nothing yet
    monday = command_reply(slack, KARI, "/teamstatus", "")
    [row] = [t for t in monday.splitlines() if t.startswith("*Lars*")]
    assert "↘" not in row, monday  # was ↘: the day under way counted as a whole day missed
    clock.set(datetime(2026, 11, 17, 8, 0, tzinfo=UTC))  # Tuesday 09:00: Monday went by empty
    tuesday = command_reply(slack, KARI, "/teamstatus", "")
    [row] = [t for t in tuesday.splitlines() if t.startswith("*Lars*")]
    assert "↘" in row, tuesday
