"""Two scheduler processes against one PostgreSQL send one digest per team and week, and one
summary per seller. `kpibot digest` runs through the same claims."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.offline.harness import local_slack
from storage.db import make_session_factory, session_scope
from storage.models import SalesTeam
from tests.cli.inprocess import run_here
from tests.fakes.clock import FakeClock

KPIBOT = str(Path(sys.executable).with_name("kpibot"))


def _env(slack, db_url: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=slack.api.api_url, DATABASE_URL=db_url)
    return env


def test_two_scheduler_processes_send_once(migrated_pg_url: str) -> None:
    pg_url = migrated_pg_url  # a copy at head: nobody migrates (test_serve's part)
    now = datetime.now(UTC)
    with local_slack(pg_url, clock=FakeClock(now), migrate=False) as slack:
        slack.driver.command("/kpi", "setup", "U0KARI", "C0SALES").reply()
        slack.driver.command("/logmeeting", "Acme igår", "U0LARS", "C0SALES").reply()
        due = now - timedelta(minutes=10)
        with session_scope(make_session_factory(slack.engine)) as s:
            team = s.query(SalesTeam).one()
            team.timezone, team.digest_weekday, team.digest_time = (
                "UTC",
                due.weekday(),
                due.strftime("%H:%M"),
            )
        slack.api.reset()
        env = _env(slack, pg_url)
        procs = [
            subprocess.Popen(
                [KPIBOT, "scheduler", "--once"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [p.communicate(timeout=120) for p in procs]
        assert all(p.returncode == 0 for p in procs), outputs
        posts = [
            c
            for c in slack.api.calls_to("chat.postMessage")
            if c.params.get("channel") == "C0SALES"
        ]
        assert len(posts) == 1
        dms = [
            c.params["channel"]
            for c in slack.api.calls_to("chat.postMessage")
            if c.params.get("channel", "").startswith("U0")
        ]
        assert sorted(dms) == sorted(set(dms)) and len(dms) == 4  # one summary per seller


def test_digest_command_twice_posts_once_and_dry_run_posts_nothing(
    own_migrated_db_url: str, backend: str
) -> None:
    """The posting run is a `kpibot digest` process (on SQLite; on PostgreSQL the same command
    in this process: the console script is the same on both); the dry run and the second run
    are the same command in this process (tests/cli/inprocess.py): the second finds the first's
    claim in the database, as a second process would."""
    db_url = own_migrated_db_url
    with local_slack(db_url, migrate=False) as slack:
        slack.driver.command("/kpi", "setup", "U0KARI", "C0SALES").reply()
        slack.api.reset()
        env = _env(slack, db_url)
        here = {k: env[k] for k in ("SLACK_BOT_TOKEN", "SLACK_API_URL", "DATABASE_URL")}
        code, out, _err = run_here(here, "digest", "--dry-run", "--week", "2026-W47")
        assert code == 0 and "2026-W47" in out and slack.api.calls_to("chat.postMessage") == []
        if backend == "sqlite":
            run = subprocess.run(
                [KPIBOT, "digest", "--channel", "C0SALES", "--week", "2026-W47"],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert run.returncode == 0, run.stderr
        else:
            code, out, err = run_here(here, "digest", "--channel", "C0SALES", "--week", "2026-W47")
            assert code == 0, err
        code, out, err = run_here(here, "digest", "--channel", "C0SALES", "--week", "2026-W47")
        assert code == 0, err
        assert out.startswith("0 sent, ") and out.rstrip().endswith(" 0 failed"), out
        posts = [
            c
            for c in slack.api.calls_to("chat.postMessage")
            if c.params.get("channel") == "C0SALES"
        ]
        assert len(posts) == 1


def test_digest_command_refuses_a_week_that_is_not_one_or_has_not_come(tmp_path: Path) -> None:
    """Refused before the database is opened: checked once, not on each backend."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(SLACK_BOT_TOKEN="xoxb-test", DATABASE_URL=f"sqlite:///{tmp_path / 'kpibot.db'}")
    bad = subprocess.run(
        [KPIBOT, "digest", "--week", "week47"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "YYYY-Www" in bad.stderr and "Traceback" not in bad.stderr
    future = subprocess.run(
        [KPIBOT, "digest", "--dry-run", "--week", "2099-W01"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert future.returncode == 2 and "has not come yet" in future.stderr, future.stderr


def test_two_nudge_processes_send_one_dm_per_seller_per_day(migrated_pg_url: str) -> None:
    pg_url = migrated_pg_url
    now = datetime.now(UTC)
    with local_slack(pg_url, clock=FakeClock(now - timedelta(days=2)), migrate=False) as slack:
        slack.driver.command("/kpi", "setup", "U0KARI", "C0SALES").reply()
        slack.wait_idle()  # the setup's work after its answer (members' profiles) is done
        slack.driver.command("/logmeeting", "Acme warm igår", "U0LARS", "C0SALES").reply()
        slack.driver.command("/logmeeting", "Orkla hot i går", "U0METTE", "C0SALES").reply()
        slack.api.reset()
        env = _env(slack, pg_url)
        procs = [
            subprocess.Popen(
                [KPIBOT, "nudge", "--force"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [p.communicate(timeout=120) for p in procs]
        assert all(p.returncode == 0 for p in procs), outputs
        dms = sorted(c.params["channel"] for c in slack.api.calls_to("chat.postMessage"))
        assert dms == ["U0LARS", "U0METTE"]
