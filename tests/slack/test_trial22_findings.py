"""Findings of trial22's month over Christmas and New Year with a Swedish and a Danish team
(Stockholm: SEK, sv; København: DKK, da), each as the smallest test that shows it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import FakeUser
from tests.helpers import said_at, text_of
from tests.slack.test_digest import _jobs

ANNA, BO, CARIN, DAN, ELSA = "U0ANNA", "U0BOEK", "U0CARIN", "U0DANH", "U0ELSA"
STHLM, NORTH, OLA = "C0STHLM", "C0NORTH", "U0OLAB"


def _say(slack, clock, when: str, user: str, command: str, text: str = "") -> str:  # type: ignore[no-untyped-def]
    return said_at(slack, clock, when, user, command, text, STHLM)


def _stockholm(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """#stockholm set up by Anna on Monday 30 November 2026 (week 49), who manages without
    selling; Bo, Carin and Dan sell, 3 meetings a week each, in Swedish and kronor."""
    for user, name in ((ANNA, "Anna Lind"), (BO, "Bo Ek"), (CARIN, "Carin Berg"),
                       (DAN, "Dan Holm"), (ELSA, "Elsa Nord")):  # fmt: skip
        slack.api.add_user(
            FakeUser(user, name, tz="Europe/Stockholm", locale="sv-SE", is_admin=user == ANNA)
        )
    slack.api.channel_members[STHLM] = [ANNA, BO, CARIN, DAN]
    _say(slack, clock, "2026-11-30T07:00:00", ANNA, "/kpi", "setup")
    _say(slack, clock, "2026-11-30T07:01:00", ANNA, "/kpi", "role manager")
    _say(slack, clock, "2026-11-30T07:02:00", ANNA, "/kpi", "goal meetings 3/week")


def _event(slack, clock, when: str, event: dict) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))
    assert slack.driver.event({**event, "team": slack.api.team_id}).status == 200
    slack.wait_idle()


def _monday(slack, when: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The scheduler's tick at `when`: what it posted, by channel (a thread's posts left out)."""
    slack.api.reset()
    with freeze_time(when):
        _jobs(slack).tick()
    return {
        c.params["channel"]: text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if not c.params.get("thread_ts")
    }


@pytest.mark.backends("sqlite")
def test_a_seller_who_joined_is_summed_up_from_the_week_they_joined(
    slack, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Was: Elsa joined #stockholm on Monday 14 December (week 51) and her first summary read
    "Dina senaste 8 veckor / Möten: 0 · 0 · 0 · 0 · 0 · 0 · 0 · *1*": seven weeks before she
    was in the team, four of them before the team was set up, as weeks she did nothing; Bo's
    and the team's chart drew weeks 44 to 48, before the set-up. Each seller's last weeks start
    at the week the team was set up or they joined it (one week: no row), the chart's too."""
    from bot.rendering import chart

    drawn: list = []
    monkeypatch.setattr(chart, "draw", lambda p, lab, t: drawn.append((t, p)) or b"\x89PNG")
    _stockholm(slack, clock)
    _say(slack, clock, "2026-11-30T09:00:00", BO, "/logmeeting", "Volvo")
    _say(slack, clock, "2026-12-08T09:00:00", BO, "/logmeeting", "Volvo")
    slack.api.channel_members[STHLM].append(ELSA)
    _event(slack, clock, "2026-12-14T08:00:00", {"type": "member_joined_channel", "user": ELSA,
                                                 "channel": STHLM, "channel_type": "C"})  # fmt: skip
    _say(slack, clock, "2026-12-15T09:00:00", ELSA, "/logmeeting", "Ikea")
    _say(slack, clock, "2026-12-16T09:00:00", BO, "/logmeeting", "Volvo")
    posted = _monday(slack, "2026-12-21T07:00:00Z")
    assert "Din vecka 51" in posted[ELSA], posted[ELSA]
    assert "Dina senaste" not in posted[ELSA], posted[ELSA]  # one week is no trend
    assert "*Dina senaste 3 veckor*\nMöten: 1 · 1 · *1*\n" in posted[BO], posted[BO]
    assert "Möten: *2* / 12" in posted[STHLM] and "(vecka 50: 1)" in posted[STHLM]
    assert drawn == [("Teamets senaste 3 veckor", [
        ("49", {"meetings": 1.0, "calls": 0.0, "offers": 0.0}),
        ("50", {"meetings": 1.0, "calls": 0.0, "offers": 0.0}),
        ("51", {"meetings": 2.0, "calls": 0.0, "offers": 0.0}),
    ])], drawn  # fmt: skip


@pytest.mark.backends("sqlite")
def test_a_seller_away_all_week_who_logged_a_win_in_it_gets_the_summary_naming_it(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Was: Carin said `/kpi borta 28.12-31.12` (mellandagarna; Friday 1 January is Nyårsdagen),
    then won Scania on Wednesday 30 December. The digest of week 53 named her win, but she got
    no summary of the week: "away every working day, nothing of theirs to sum up", of a week with
    her win of 220 000 kr in it. A seller away all week who logged something in it gets the
    summary; one who logged nothing still gets none."""
    _stockholm(slack, clock)
    _say(slack, clock, "2026-12-01T09:00:00", CARIN, "/logoffer", "Scania 220 000 kr")
    _say(slack, clock, "2026-12-21T09:00:00", CARIN, "/kpi", "borta 28.12-31.12")
    _say(slack, clock, "2026-12-21T09:01:00", DAN, "/kpi", "borta 28.12-31.12")
    _say(slack, clock, "2026-12-30T09:00:00", CARIN, "/logwin", "Scania")
    posted = _monday(slack, "2027-01-04T07:00:00Z")
    assert "• *Carin* — Scania (220 000 kr)" in posted[STHLM].replace("\xa0", " "), posted[STHLM]
    assert CARIN in posted, sorted(posted)
    assert "Din vecka 53" in posted[CARIN], posted[CARIN]
    assert "Vunna affärer: 1 (220 000 kr)" in posted[CARIN].replace("\xa0", " "), posted[CARIN]
    assert DAN not in posted and BO in posted, sorted(posted)  # away, nothing logged: none


@pytest.mark.backends("sqlite")
def test_a_seller_who_left_on_friday_keeps_the_weeks_work_in_the_team(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Dan logged a meeting with Ericsson on Thursday 17 December (week 51) in #stockholm and
    left its channel on Friday 18 December, to no team. The digest of week 51 said "Möten: *1*"
    (Bo's only), `/teamstatus vecka 51` had no row for Dan, Dan got no summary and his
    `/kpi vecka 51` showed kpibot's default goal and "Du är inte med i något säljteam än": his
    meeting, logged for the team while he was in it, counted in no team's week (README: "no work
    is counted in two teams or in none"). A seller who left for no team keeps the week in the
    team he was last in within it; one who left and joined another team in the same week (Carin,
    to #north) has the week split between them (kpiargs24; was: whole in the new team), and the
    week after Dan left is not his in #stockholm."""
    _stockholm(slack, clock)
    slack.api.add_user(
        FakeUser(OLA, "Ola Berg", tz="Europe/Stockholm", locale="sv-SE", is_admin=True)
    )
    slack.api.channel_members[NORTH] = [OLA, ELSA]
    said_at(slack, clock, "2026-11-30T07:10:00", OLA, "/kpi", "setup", NORTH)
    said_at(slack, clock, "2026-11-30T07:11:00", OLA, "/kpi", "role manager", NORTH)
    _say(slack, clock, "2026-12-15T09:00:00", CARIN, "/logmeeting", "Atlas Copco")
    slack.api.channel_members[STHLM].remove(CARIN)
    _event(slack, clock, "2026-12-16T08:00:00",
           {"type": "member_left_channel", "user": CARIN, "channel": STHLM})  # fmt: skip
    slack.api.channel_members[NORTH].append(CARIN)
    _event(slack, clock, "2026-12-17T08:00:00", {"type": "member_joined_channel", "user": CARIN,
                                                 "channel": NORTH, "channel_type": "C"})  # fmt: skip
    _say(slack, clock, "2026-12-16T09:00:00", BO, "/logmeeting", "Volvo")
    _say(slack, clock, "2026-12-17T09:00:00", DAN, "/logmeeting", "Ericsson")
    slack.api.channel_members[STHLM].remove(DAN)
    _event(slack, clock, "2026-12-18T15:00:00",
           {"type": "member_left_channel", "user": DAN, "channel": STHLM})  # fmt: skip
    posted = _monday(slack, "2026-12-21T07:00:00Z")
    # Bo's, Dan's and Carin's of Tuesday: she was in #stockholm until Wednesday, and in no team
    # until she joined #north on Thursday (kpiargs24: the week split where she moved, her days
    # in no team the team's before; 3 of her 5 days' share of the goal of 3). Was: "2 / 6" here
    # and her meeting #north's, the team she ended the week in.
    assert "Möten: *3* / 7,8" in posted[STHLM], posted[STHLM]
    assert "Möten: *0*" in posted[NORTH], posted[NORTH]
    assert "Din vecka 51" in posted[DAN] and "Möten: *1* / 3" in posted[DAN], posted[DAN]
    status = _say(slack, clock, "2026-12-21T09:00:00", ANNA, "/teamstatus", "vecka 51")
    assert "*Dan*\nMöten 1/3" in status and "*Carin*\nMöten 1/1,8" in status, status
    # In his DM (typed in the team's channel, it would join him again).
    mine = said_at(slack, clock, "2026-12-21T09:01:00", DAN, "/kpi", "vecka 51", "D0DANH")
    assert "Möten: *1* / 3" in mine and "#sales-c0sthlm" in mine, mine
    assert "inte med i något säljteam" not in mine, mine
    # The week after he left is not his in the team.
    said_at(slack, clock, "2026-12-22T09:00:00", DAN, "/logmeeting", "Saab", "D0DANH")
    posted = _monday(slack, "2026-12-28T07:00:00Z")
    assert DAN not in posted and "Saab" not in posted[STHLM], sorted(posted)
    status = _say(slack, clock, "2026-12-28T09:00:00", ANNA, "/teamstatus", "vecka 52")
    assert "*Dan*" not in status and "*Bo*" in status, status


@pytest.mark.backends("sqlite")
def test_a_seller_who_left_for_no_team_is_said_as_left_not_as_moved(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: Dan left #stockholm's channel on Friday 18 December, for no team; Anna's
    `/teamstatus @Dan vecka 51` said "Dan flyttade till ett annat team fre 18 dec. 2026: veckan
    flytten skedde och veckorna efter den är det teamets", of no other team. It says he left, of
    a week after the one he left in (that week is still the team's: he was last in it then)."""
    _stockholm(slack, clock)
    _say(slack, clock, "2026-12-08T09:00:00", DAN, "/logmeeting", "Ericsson")
    slack.api.channel_members[STHLM].remove(DAN)
    _event(slack, clock, "2026-12-18T15:00:00",
           {"type": "member_left_channel", "user": DAN, "channel": STHLM})  # fmt: skip
    text = _say(slack, clock, "2027-01-04T09:00:00", ANNA, "/teamstatus", f"<@{DAN}> vecka 52")
    assert "flyttade" not in text and "annat team" not in text, text
    assert "*Dan* lämnade det här teamet fre 18 dec. 2026 och är inte med i något team nu" in text
    assert "`2026-W51`" in text, text
    # The weeks he was in it show his row, as before, the week he left in too.
    for week in ("2026-W50", "2026-W51"):
        text = _say(slack, clock, "2027-01-04T09:01:00", ANNA, "/teamstatus", f"<@{DAN}> {week}")
        assert "*Dan*" in text and "lämnade" not in text, text


@pytest.mark.backends("sqlite")
def test_a_week_the_whole_team_was_away_has_no_goal_on_the_teams_line(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: every seller of #stockholm said `/kpi borta 28.12-31.12` (Friday 1 January is
    Nyårsdagen: the whole of week 53 away); Bo still met Volvo on Tuesday 29 December.
    `/teamstatus vecka 53` and the digest read "Möten: *1* / 0  ``": a goal of nothing and an
    empty bar that Slack shows as two backticks. The team's line has no goal that week."""
    _stockholm(slack, clock)
    for n, user in enumerate((BO, CARIN, DAN)):
        _say(slack, clock, f"2026-12-21T09:0{n}:00", user, "/kpi", "borta 28.12-31.12")
    _say(slack, clock, "2026-12-29T09:00:00", BO, "/logmeeting", "Volvo")
    posted = _monday(slack, "2027-01-04T07:00:00Z")
    status = _say(slack, clock, "2027-01-04T09:00:00", ANNA, "/teamstatus", "vecka 53")
    for text in (posted[STHLM], status):
        assert "Möten: *1*\n" in text or "Möten: *1*  (" in text, text
        assert "/ 0" not in text and "``" not in text, text


@pytest.mark.backends("sqlite")
def test_a_seller_who_left_for_no_team_is_not_nudged(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: Dan met Ericsson on Thursday 17 December, warm, no next step, and left #stockholm's
    channel on Friday 18 December, for no team; the nudge "warm leads without a next step" still
    reached him on Wednesday 23 and Monday 28 December, about a lead he can no longer work in the
    team. A seller who left for no team is nudged no more (as one deactivated: the lead waits for
    a hand-over); Bo, still in the team, is nudged as before, and so is Dan once he is back."""
    _stockholm(slack, clock)
    _say(slack, clock, "2026-12-17T09:00:00", DAN, "/logmeeting", "Ericsson varm")
    _say(slack, clock, "2026-12-17T09:01:00", BO, "/logmeeting", "Volvo varm")
    slack.api.channel_members[STHLM].remove(DAN)
    _event(slack, clock, "2026-12-18T15:00:00",
           {"type": "member_left_channel", "user": DAN, "channel": STHLM})  # fmt: skip
    slack.api.reset()
    for when in ("2026-12-23T08:30:00Z", "2026-12-28T08:30:00Z"):
        with freeze_time(when):
            _jobs(slack).nudge_pass()
    to = [c.params["channel"] for c in slack.api.calls_to("chat.postMessage")]
    assert DAN not in to and BO in to, to
    # Back in the channel (a join), he is nudged again.
    slack.api.channel_members[STHLM].append(DAN)
    _event(slack, clock, "2026-12-29T08:00:00", {"type": "member_joined_channel", "user": DAN,
                                                 "channel": STHLM, "channel_type": "C"})  # fmt: skip
    slack.api.reset()
    with freeze_time("2026-12-30T08:30:00Z"):
        _jobs(slack).nudge_pass()
    dms = [c.params for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == DAN]
    assert len(dms) == 1 and "Ericsson" in text_of(dms[0]), dms
