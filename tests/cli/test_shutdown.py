"""Graceful shutdown (issue 15), with the real processes: SIGTERM to `kpibot serve` while a
request is in flight answers it (200, stored once), refuses new connections, exits 0; SIGTERM
to `kpibot scheduler` while it posts a digest finishes that post (marked sent, never posted
twice), starts no other, exits 0, and the next process sends the rest."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta

from bot.offline.driver import SlackDriver
from bot.offline.harness import local_slack
from bot.offline.slack_api import FakeSlackApi, FakeUser
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Activity, Claim, SalesTeam
from tests.cli.inprocess import run_here
from tests.cli.test_serve import KPIBOT, _env, _free_port, _wait_healthy
from tests.fakes.clock import FakeClock


def _refused(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        try:
            s.connect(("127.0.0.1", port))
        except (ConnectionRefusedError, TimeoutError):
            return True
    return False


def test_sigterm_answers_the_request_in_flight_and_exits_0(
    own_migrated_db_url: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # A copy at the schema's head: the start-up's upgrade is test_serve's.
    db_url = own_migrated_db_url
    port = _free_port()
    with FakeSlackApi(team_id="T0STOP") as api:
        api.add_user(FakeUser("U0KARI", "Kari Nordmann", locale="nb-NO"))
        env = _env(
            SLACK_BOT_TOKEN="xoxb-test",
            SLACK_SIGNING_SECRET="stop-secret",
            SLACK_API_URL=api.api_url,
            DATABASE_URL=db_url,
            PORT=str(port),
            LOG_FORMAT="json",
        )
        proc = subprocess.Popen(
            [KPIBOT, "serve", "--host", "127.0.0.1", "--no-scheduler"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_healthy(url, proc)
            driver = SlackDriver(url, "stop-secret", api)
            # The command's first request asks Slack who Kari is: held 1.5 s, inside the request.
            api.slow("users.info", 1.5)
            answered: dict = {}
            sending = threading.Thread(
                target=lambda: answered.update(
                    result=driver.command("/logmeeting", "Acme varm i går", "U0KARI")
                )
            )
            sending.start()
            api.wait_for(lambda c: c.method == "users.info")  # the request is in flight
            proc.send_signal(signal.SIGTERM)
            # The port closes while the request is still being answered (held 1.5 s).
            refused_in_flight = False
            while sending.is_alive() and not refused_in_flight:
                refused_in_flight = _refused(port)
                time.sleep(0.02)  # another process: polling is the only way to know
            sending.join(timeout=30)
            result = answered["result"]
            assert result.http.status == 200
            assert "Acme" in str(result.reply())
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
            _out, err = proc.communicate(timeout=20)
    assert code == 0, err
    assert refused_in_flight  # no new connections once it stops, while it finishes
    engine = make_engine(db_url)
    try:
        with session_scope(make_session_factory(engine)) as s:
            assert [a.kind for a in s.query(Activity)] == ["meeting"]  # stored once
    finally:
        engine.dispose()
    assert '"message": "stopped"' in err  # the JSON log says it finished


def test_sigterm_finishes_the_scheduled_send_in_progress_and_starts_no_other(
    own_migrated_db_url: str,
) -> None:
    db_url = own_migrated_db_url
    now = datetime.now(UTC)
    with local_slack(db_url, clock=FakeClock(now), migrate=False) as slack:
        slack.driver.command("/kpi", "setup", "U0KARI", "C0SALES").reply()
        slack.driver.command("/logmeeting", "Acme igår", "U0LARS", "C0SALES").reply()
        for back in (8, 15):  # two counted weeks before this one: a trend, so a chart is owed
            day = (now - timedelta(days=back)).date().isoformat()
            slack.driver.command("/logmeeting", f"Acme {day}", "U0LARS", "C0SALES").reply()
        due = now - timedelta(minutes=10)
        with session_scope(make_session_factory(slack.engine)) as s:
            team = s.query(SalesTeam).one()
            team.timezone, team.digest_weekday, team.digest_time = (
                "UTC",
                due.weekday(),
                due.strftime("%H:%M"),
            )
        slack.api.reset()
        slack.api.slow("chat.postMessage", 1.5)  # the digest, the first post, is in flight
        env = _env(
            SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=slack.api.api_url, DATABASE_URL=db_url
        )
        proc = subprocess.Popen(
            [KPIBOT, "scheduler"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            slack.api.wait_for(lambda c: c.method == "chat.postMessage", timeout=60)
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
            _out, err = proc.communicate(timeout=20)
        assert code == 0, err
        posts = slack.api.calls_to("chat.postMessage")
        assert [c.params["channel"] for c in posts] == ["C0SALES"]  # no other send started
        with session_scope(make_session_factory(slack.engine)) as s:
            states = {(c.kind, c.state) for c in s.query(Claim)}
        # The post in flight was finished and marked; its chart, another send, waits.
        assert states == {("digest", "sent"), ("chart", "pending")}
        assert slack.api.calls_to("files.getUploadURLExternal") == []
        # The next run sends the rest, and the digest not again (in this process: what it
        # finds is the stopped process's claims in the database).
        code, _out, err = run_here(
            {k: env[k] for k in ("SLACK_BOT_TOKEN", "SLACK_API_URL", "DATABASE_URL")},
            "scheduler",
            "--once",
        )
        assert code == 0, err
        channels = [c.params["channel"] for c in slack.api.calls_to("chat.postMessage")]
        assert channels.count("C0SALES") == 1
        assert len(channels) > 1  # the private summaries
        assert len(slack.api.calls_to("files.completeUploadExternal")) == 1  # the chart, once
