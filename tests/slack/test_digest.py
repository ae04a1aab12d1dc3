"""The weekly digest, the private summaries and the scheduler that sends each exactly once."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from freezegun import freeze_time

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs, Outcome
from bot.offline.slack_api import Failure, FakeUser
from bot.services.kpis import Week
from bot.slack_client import build_client
from storage import claims
from storage.db import make_session_factory, session_scope
from storage.models import Claim, SalesTeam, Seller
from tests.helpers import each_statement, set_up_team, text_of

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"


def _english(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"


def _team(slack, channel: str = CHANNEL) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, channel=channel, language="en", reset=False)


def _jobs(slack, **kw) -> Jobs:  # type: ignore[no-untyped-def]
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    client = build_client(slack.settings)
    return Jobs(deps=deps, client_for=lambda _ws: client, **kw)


def _posts(slack, channel: str = CHANNEL) -> list[dict]:  # type: ignore[no-untyped-def]
    return [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == channel and "_ts" in c.params
    ]


def _log(slack, user: str, text: str, command: str = "/logmeeting") -> None:  # type: ignore[no-untyped-def]
    slack.driver.command(command, text, user, CHANNEL).reply()


# -- scheduling ----------------------------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("before", "at"),
    [
        (
            "2026-03-30T05:59:00Z",
            "2026-03-30T06:00:00Z",
        ),  # first Monday of summer time: 08:00 = 06:00 UTC
        (
            "2026-10-26T06:59:00Z",
            "2026-10-26T07:00:00Z",
        ),  # first Monday of winter time: 08:00 = 07:00 UTC
        ("2026-11-23T06:59:00Z", "2026-11-23T07:00:00Z"),
    ],
)
def test_digest_goes_out_at_0800_oslo_once_across_dst(slack, before: str, at: str) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    jobs = _jobs(slack)
    with freeze_time(before):
        assert jobs.tick().sent == []
    with freeze_time(at):
        outcome = jobs.tick()
        assert [s for s in outcome.sent if s.startswith("digest")] != []
    with freeze_time(datetime.fromisoformat(at) + timedelta(minutes=1)):
        assert [s for s in jobs.tick().sent if s.startswith("digest")] == []
    with freeze_time(datetime.fromisoformat(at) + timedelta(hours=3)):
        assert [s for s in jobs.tick().sent if s.startswith("digest")] == []
    assert len(_posts(slack)) == 1
    week = Week.of(datetime.fromisoformat(at).date()).shift(-1)
    assert f"Week {week.week}" in text_of(_posts(slack)[0])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_bot_down_from_sunday_sends_on_start_monday_1100(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    with freeze_time("2026-11-23T10:00:00Z"):  # Monday 11:00 in Oslo
        _jobs(slack).tick()
    assert len(_posts(slack)) == 1
    assert "Week 47" in text_of(_posts(slack)[0])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_bot_down_for_a_week_sends_only_the_latest_week(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    with freeze_time("2026-11-30T10:00:00Z"):  # back Monday 11:00 after a week down: 23 Nov missed
        _jobs(slack).tick()
    posts = _posts(slack)
    assert len(posts) == 1 and "Week 48" in text_of(posts[0])


def test_catch_up_all_sends_every_missed_week_once(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    with freeze_time("2026-11-30T10:00:00Z"):
        _jobs(slack, catch_up_all=True).tick()
        _jobs(slack, catch_up_all=True).tick()
    weeks = [text_of(p).split("·")[0].strip() for p in _posts(slack)]
    assert len(weeks) == len(set(weeks)) >= 2


def test_changed_settings_follow_without_restart(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    with session_scope(make_session_factory(slack.engine)) as s:
        team = s.query(SalesTeam).one()
        team.digest_weekday, team.digest_time = 4, "15:30"  # Friday 15:30
    jobs = _jobs(slack)
    with freeze_time("2026-11-27T14:29:00Z"):
        assert jobs.tick().sent == []
    with freeze_time("2026-11-27T14:30:00Z"):
        jobs.tick()
    assert "Week 48" in text_of(_posts(slack)[0])  # a Friday digest is about the week ending


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_429_then_success_is_one_post(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    slack.api.fail(
        "chat.postMessage",
        Failure(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}),
    )
    with freeze_time("2026-11-23T07:00:00Z"):
        outcome = _jobs(slack).tick()
    assert any(s.startswith("digest") for s in outcome.sent)
    assert len(_posts(slack)) == 1
    assert (
        len(
            [
                c
                for c in slack.api.calls_to("chat.postMessage")
                if c.params.get("channel") == CHANNEL
            ]
        )
        == 2
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_permanent_failure_is_recorded_other_teams_sent_manager_told(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack, "C0GONE")
    _team(slack, "C0OTHER")
    slack.api.fail("chat.postMessage", Failure(200, {"ok": False, "error": "channel_not_found"}))
    with freeze_time("2026-11-23T07:00:00Z"):
        outcome = _jobs(slack).tick()
        again = _jobs(slack).tick()
    assert outcome.failed == [f"digest:1:{Week(2026, 47)}"]
    assert len(_posts(slack, "C0OTHER")) == 1
    assert again.failed == [] and len(_posts(slack, "C0OTHER")) == 1  # not retried, not re-sent
    told = [
        c
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == KARI and "channel_not_found" in text_of(c.params)
    ]
    assert len(told) == 1
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest", subject="1").one()
        assert (claim.state, claim.error) == ("failed", "channel_not_found")


def test_transient_failures_are_retried_a_bounded_number_of_times(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    slack.api.fail(
        "chat.postMessage", *[Failure(200, {"ok": False, "error": "internal_error"})] * 100
    )
    start = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    for i in range(claims.MAX_ATTEMPTS + 3):
        with freeze_time(start + timedelta(minutes=6 * i)):
            _jobs(slack).tick()
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert (claim.state, claim.attempts) == ("failed", claims.MAX_ATTEMPTS)
    digest_calls = [
        c for c in slack.api.calls_to("chat.postMessage") if c.params.get("channel") == CHANNEL
    ]
    assert len(digest_calls) == claims.MAX_ATTEMPTS


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_crash_mid_send_is_finished_after_the_lease_without_a_second_post(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    real = _jobs(slack)
    with freeze_time("2026-11-23T07:00:00Z"):
        # The first process posts, then dies before recording it.
        original = claims.mark_sent
        claims.mark_sent = lambda *a, **k: (_ for _ in ()).throw(SystemExit("crash"))  # type: ignore[assignment]
        try:
            with pytest.raises(SystemExit):
                real._send_digest(
                    build_client(slack.settings),
                    "T0DEMO",
                    1,
                    Week(2026, 47),
                    __import__("bot.jobs").jobs.Outcome(),
                )
        finally:
            claims.mark_sent = original  # type: ignore[assignment]
    with freeze_time("2026-11-23T07:02:00Z"):  # lease still running: nobody touches it
        _jobs(slack).tick()
    with freeze_time("2026-11-23T07:10:00Z"):  # lease over: taken over, found in the channel
        _jobs(slack).tick()
    assert len(_posts(slack)) == 1
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert claim.state == "sent" and claim.message_ts == _posts(slack)[0]["_ts"]


# -- content -------------------------------------------------------------------------------------
def _history(slack, user: str, weeks: dict[int, int], kind: str = "/logmeeting") -> None:  # type: ignore[no-untyped-def]
    """`weeks`: weeks back from week 47 (0 = week 47) -> how many activities on its Tuesday."""
    for back, count in weeks.items():
        day = Week(2026, 47).shift(-back).monday + timedelta(days=1)
        for i in range(count):
            name = hashlib.sha1(f"{user}{back}{i}".encode()).hexdigest()[:10]  # no near-misses
            _log(slack, user, f"{name} {day.isoformat()}", kind)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_recognition_of_improvement_with_the_facts(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _history(slack, LARS, {3: 2, 2: 2, 1: 2, 0: 8})  # 2, 2, 2 then 8 meetings
    _history(slack, METTE, {4: 10, 3: 10, 2: 10, 1: 10, 0: 10})  # steady 10: not "improved"
    _history(slack, ALEX, {0: 9})  # first week: not judged
    _history(slack, KARI, {3: 6, 2: 6, 1: 6})  # a quiet week 47: never named for it
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    text = text_of(_posts(slack)[0])
    progress = text.split("Progress in week 47")[1].split("*")[0:4]
    assert "*Lars*: meetings 8, up from an average of 2" in text
    assert "Mette*: meetings 10, up" not in text
    assert (
        "Alex" not in "".join(progress) and "Alex*: meetings" not in text.split("Personal bests")[0]
    )
    assert "Kari" not in text  # no bottom list, no shaming
    assert "weeks in a row on the meetings goal" in text and "*Mette*" in text  # a streak instead
    welcome = text.split("New on the team")[1]
    assert "*Alex*: a first week with 9 activities logged. Welcome!" in welcome
    for name in ("Lars", "Mette", "Alex"):
        assert text.count(f"*{name}*") == 1, name  # each person once


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_wins_new_customers_and_escaping_in_the_digest(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "&lt;!channel&gt; Corp 320k 2026-11-17", "/logwin")
    _log(slack, METTE, "Orkla 50k 2026-11-18", "/logwin")
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    text = text_of(_posts(slack)[0])
    assert "<!channel>" not in text and "&lt;!channel&gt; Corp" in text
    assert "NOK 320,000" in text and "new customer!" in text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_undo_before_the_digest_is_reflected(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Big Deal 900k 2026-11-17", "/logwin")
    slack.driver.command("/kpi", "undo", LARS, CHANNEL).reply()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    assert "Big Deal" not in text_of(_posts(slack)[0])


def test_private_summaries_go_to_each_seller_not_to_the_away(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Acme warm 2026-11-17")
    _log(slack, LARS, "Equinor 250k 2026-10-01", "/logoffer")
    # Away every working day of week 47 (said on its Friday): no summary of it
    slack.driver.command("/kpi", "away 16.11-10.12", METTE, CHANNEL).reply()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
        _jobs(slack).tick()
    dms = {
        c.params["channel"]: c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel", "").startswith("U0")
    }
    assert set(dms) == {KARI, LARS, ALEX}
    lars = text_of(dms[LARS])
    assert "Your week 47" in lars and "Acme" in lars
    assert "Your last 8 weeks" in lars and "Meetings: 0 · 0 · 0 · 0 · 0 · 0 · 0 · *1*" in lars
    assert "At the end of week 47, 1 of your offers was older than 30 days" in lars
    assert (
        len([c for c in slack.api.calls_to("chat.postMessage") if c.params.get("channel") == LARS])
        == 1
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_trend_chart_is_uploaded_as_a_png_in_the_digest_thread(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    # The team is set up in week 47: the week before it has a figure only with work logged for
    # it (a team's first week alone is no trend, and has no chart).
    _log(slack, LARS, "Acme 2026-11-10")
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    upload = slack.api.wait_for(lambda c: c.method == "file_upload")[0]
    assert upload.params["png"] is True and upload.params["bytes"] > 1000
    done = slack.api.calls_to("files.completeUploadExternal")[0].params
    assert done.get("thread_ts") == _posts(slack)[0]["_ts"]


# SQLite: test_slack_limits' sixty sellers in each language post the same week's digest (English
# among them) through the stand-in, which checks all of Slack's limits; here its PostgreSQL queries.
@pytest.mark.backends("postgres")
def test_sixty_seller_digest_stays_within_slack_limits(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    ids = [
        slack.api.add_user(FakeUser(f"U2{i:04d}", f"Seller{i:02d} X", locale="en-GB")).id
        for i in range(60)
    ]
    slack.api.channel_members[CHANNEL] = [KARI, *ids]
    _team(slack)
    for user in ids:
        _log(slack, user, f"W{user} 100k 2026-11-17", "/logwin")
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    post = _posts(slack)[0]
    assert len(post["blocks"]) <= 50
    for block in post["blocks"]:
        if isinstance(block.get("text"), dict):
            assert len(block["text"]["text"]) <= 3000
    assert len(post.get("text", "")) <= 4000


def test_digest_dry_run_posts_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Acme 2026-11-17")
    with freeze_time("2026-11-23T07:00:00Z"):
        outcome, texts = _jobs(slack).run_now(channel=None, week=Week(2026, 47), dry_run=True)
    assert "Week 47" in texts[0] and _posts(slack) == []
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).run_now(channel=CHANNEL, week=Week(2026, 47), dry_run=False)
        _jobs(slack).run_now(channel=CHANNEL, week=Week(2026, 47), dry_run=False)
    assert len(_posts(slack)) == 1  # through the same claim: twice posts once


def test_reported_week_rule() -> None:
    from bot.services.schedule import due_digests

    due = due_digests(
        0, "08:00", "Europe/Oslo", datetime(2026, 11, 23, 7, 0, tzinfo=UTC), timedelta(hours=24)
    )
    assert [d.week for d in due] == [Week(2026, 47)]
    assert (
        due_digests(
            0,
            "08:00",
            "Europe/Oslo",
            datetime(2026, 11, 23, 6, 59, tzinfo=UTC),
            timedelta(hours=24),
        )
        == []
    )
    assert (
        due_digests(
            0,
            "08:00",
            "America/New_York",
            datetime(2026, 11, 23, 12, 59, tzinfo=UTC),
            timedelta(hours=24),
        )
        == []
    )
    assert date(2026, 11, 23) == Week(2026, 48).monday


# -- one computation per team, batched; exactly once across schedulers ----------------------------
class _Statements:
    """Counts the SQL statements run on the engine while in the block (the app is idle then).
    How long a transaction may wait (SQLite's busy_timeout PRAGMA, PostgreSQL's statement_timeout,
    said when a pooled connection last served a command) is a setting, not a statement."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.engine, self.count = engine, 0

        self._seen = each_statement(engine, self._on)

    def _on(self, statement, _parameters) -> None:  # type: ignore[no-untyped-def]
        if (
            not statement.lstrip()
            .upper()
            .startswith(("PRAGMA BUSY_TIMEOUT", "SET STATEMENT_TIMEOUT"))
        ):
            self.count += 1

    def __enter__(self) -> _Statements:
        self._seen.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._seen.__exit__(None, None, None)


def _members(slack, first: int, count: int) -> None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        team = s.query(SalesTeam).one()
        for i in range(first, first + count):
            s.add(
                Seller(
                    workspace_id=team.workspace_id,
                    slack_user_id=f"U8{i:04d}",
                    display_name=f"Member {i:02d}",
                    locale="en-GB",
                    team_id=team.id,
                )
            )


def test_one_computation_per_team_gives_the_digest_and_every_summary(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Acme warm 2026-11-17")
    with session_scope(make_session_factory(slack.engine)) as s:
        # Its chart's claim is a few statements a team, not a message's (test_faults22).
        s.query(SalesTeam).one().chart_enabled = False
    jobs = _jobs(slack)
    with freeze_time("2026-11-23T07:00:00Z"):
        with _Statements(slack.engine) as plan_few:
            few = jobs.digests.messages("T0DEMO", 1, Week(2026, 47))
        with _Statements(slack.engine) as sent_few:
            jobs.send_week("T0DEMO", 1, Week(2026, 47), Outcome())
    _members(slack, 0, 10)
    with freeze_time("2026-11-23T07:00:00Z"):
        with _Statements(slack.engine) as plan_many:
            many = jobs.digests.messages("T0DEMO", 1, Week(2026, 46))
        with _Statements(slack.engine) as sent_many:
            outcome = Outcome()
            jobs.send_week("T0DEMO", 1, Week(2026, 46), outcome)
    assert len(few.summaries) == 4 and len(many.summaries) == 14
    assert len(outcome.sent) == 15 and outcome.failed == [], outcome.failed
    # The same queries for 4 or 14 sellers; then the same few statements per message sent. (A
    # week that has ended reads its closing rate's two corrections and its leads' names too; a
    # team set up within the quarter, as this one, the first work backdated before it: teamstart23;
    # and its leads' last activities then, whether a step was kept: mendF31.)
    assert plan_many.count == plan_few.count <= 25
    per_few, rest_few = divmod(sent_few.count - plan_few.count, 5)
    per_many, rest_many = divmod(sent_many.count - plan_many.count, 15)
    assert rest_few == rest_many == 0 and per_few == per_many <= 8
    lars = next(item for seller, item in few.summaries if item.channel == LARS)
    assert "Acme" in text_of(lars.message)


def test_two_schedulers_ticking_at_once_send_every_message_once(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Acme 2026-11-10")  # two counted weeks: a trend, so a chart is owed
    _log(slack, LARS, "Acme warm 2026-11-17")
    _log(slack, METTE, "Orkla hot 2026-11-18")
    jobs = [_jobs(slack), _jobs(slack)]
    outcomes: list[Outcome] = []
    with freeze_time("2026-11-23T08:00:00Z"):  # the digest is due, and it is 09:00 in Oslo
        threads = [threading.Thread(target=lambda j=j: outcomes.append(j.tick())) for j in jobs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    sent = [label for outcome in outcomes for label in outcome.sent]
    assert sorted(sent) == sorted(set(sent))
    assert {label.split(":")[0] for label in sent} == {"digest", "summary", "nudge"}
    claim_ids = [
        c.params["metadata"]["event_payload"]["claim"]
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("metadata")
    ]
    assert len(claim_ids) == len(set(claim_ids)) == len(sent)
    assert len(_posts(slack)) == 1
    with session_scope(make_session_factory(slack.engine)) as s:
        assert {c.state for c in s.query(Claim)} == {"sent"}
        assert s.query(Claim).filter(Claim.kind != "chart").count() == len(sent)
    assert len(slack.api.calls_to("files.completeUploadExternal")) == 1  # the chart, once


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_tick_after_the_digest_claims_nothing_again(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    with freeze_time("2026-11-23T07:00:00Z"):
        first = _jobs(slack).tick()
    with freeze_time("2026-11-23T07:01:00Z"):
        again = _jobs(slack).tick()
    assert len([s for s in first.sent if s.startswith(("digest", "summary"))]) == 5
    assert again.sent == [] and sorted(again.skipped) == sorted(
        s for s in first.sent if s.startswith(("digest", "summary"))
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_tick_with_nothing_due_never_takes_the_write_lock(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    jobs = _jobs(slack)
    with freeze_time("2026-11-23T07:00:00Z"):
        jobs.tick()  # the digest goes out
    begins: list[str] = []

    def record(statement, _parameters) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("BEGIN"):
            begins.append(statement.strip().upper())

    with each_statement(slack.engine, record), freeze_time("2026-11-23T07:05:00Z"):
        assert jobs.tick().sent == []
    if slack.engine.dialect.name == "sqlite":
        # Commands never queue behind an idle tick: it only reads.
        assert begins and set(begins) == {"BEGIN"}, begins


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_deactivated_in_their_first_week_is_not_welcomed(slack) -> None:  # type: ignore[no-untyped-def]
    """faults23: a seller deactivated mid-week in their first week was still greeted in the
    digest's "New on the team … Welcome!". Their work still counts; a deactivated person is not
    welcomed, a newcomer still in Slack is."""
    _english(slack)
    _team(slack)
    _history(slack, ALEX, {0: 3})  # a first week: three meetings on Tuesday
    _history(slack, METTE, {0: 2})  # a first week too, still in Slack
    slack.api.users[ALEX].deleted = True
    body = slack.api.users[ALEX].to_slack(slack.api.team_id)
    assert (
        slack.driver.event({"type": "user_change", "user": body, "event_ts": "1.0"}).status == 200
    )
    slack.wait_idle()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    text = text_of(_posts(slack)[0])
    welcome = text.split("New on the team")[1]
    assert "*Mette*: a first week with 2 activities logged. Welcome!" in welcome, text
    assert "Alex" not in welcome, text
    assert "Meetings: *5*" in text, text  # Alex's three still count in the team's week


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_deactivated_seller_gets_no_summary_and_their_week_stays_in_the_digest(slack) -> None:  # type: ignore[no-untyped-def]
    """Deactivated in Slack: no private summary DM (was: sent to the account every Monday);
    their meeting of the week is still in the team's digest (it was their real work)."""
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Acme warm 2026-11-17")
    slack.api.users[LARS].deleted = True
    body = slack.api.users[LARS].to_slack(slack.api.team_id)
    assert (
        slack.driver.event({"type": "user_change", "user": body, "event_ts": "1.0"}).status == 200
    )
    slack.wait_idle()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    dms = {
        c.params["channel"]
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel", "").startswith("U0")
    }
    assert KARI in dms and LARS not in dms
    [digest] = _posts(slack)
    assert "Meetings: *1*" in text_of(digest)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_proxys_page_instead_of_slacks_answer_is_never_logged_kept_or_shown(
    slack, caplog
) -> None:  # type: ignore[no-untyped-def]
    """A firewall in front of Slack answers with its own HTML page. Was: the page written in
    the log ("not sent: Received a response in a non-JSON format: <!DOCTYPE html>…"), kept as
    the claim's error, and put in the managers' DM as "Slack said: <!DOCTYPE …"."""
    page = (
        b"<!DOCTYPE html><html><title>403</title><body>Blocked for user@corp.example</body></html>"
    )
    _english(slack)
    _team(slack)
    slack.api.fail("chat.postMessage", *[Failure(403, raw=page)] * 100)
    start = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    for i in range(claims.MAX_ATTEMPTS + 1):
        with freeze_time(start + timedelta(minutes=6 * i)):
            _jobs(slack).tick()
    ours = [r.getMessage() for r in caplog.records if r.name.startswith(("bot", "kpibot"))]
    assert ours and not any("DOCTYPE" in line or "corp.example" in line for line in ours)
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert (claim.state, claim.error) == ("failed", "unexpected_error_code")
    told = [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == KARI
    ]
    assert told and not any("DOCTYPE" in t or "corp.example" in t for t in told)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_digest_slack_posts_but_answers_too_late_is_never_posted_twice(slack) -> None:  # type: ignore[no-untyped-def]
    """A slow network: Slack posts the digest, its answer comes after the client stopped
    waiting (a timeout). The next tick looks in the channel first and finds it."""
    from slack_sdk import WebClient

    from bot.slack_client import retry_handlers

    _english(slack)
    _team(slack)
    impatient = WebClient(
        token=slack.settings.bot_token,
        base_url=slack.settings.api_url,
        timeout=0.2,
        retry_handlers=retry_handlers(),
    )
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    slack.api.slow("chat.postMessage", 0.6)  # the digest: posted, answered too late
    with freeze_time("2026-11-23T07:00:00Z"):
        first = Jobs(deps=deps, client_for=lambda _ws: impatient).tick()
    slack.api.wait_for_count(lambda c: c.method == "chat.postMessage", 1)
    assert f"digest:1:{Week(2026, 47)}" in first.failed
    import time

    deadline = time.monotonic() + 5
    while not _posts(slack) and time.monotonic() < deadline:
        time.sleep(0.05)  # waits for the fake's late answer to land in the channel
    with freeze_time("2026-11-23T07:10:00Z"):  # the retry, after RETRY_AFTER
        _jobs(slack).tick()
    assert len(_posts(slack)) == 1
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert claim.state == "sent" and claim.message_ts == _posts(slack)[0]["_ts"]
