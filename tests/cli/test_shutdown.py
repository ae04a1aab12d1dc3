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
from bot.offline.slack_api import FakeUser
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Activity, Claim, Customer, SalesTeam
from tests.cli.inprocess import run_here
from tests.cli.serving import KPIBOT, SECRET, Served
from tests.cli.serving import env_without_slack as _env
from tests.fakes.clock import FakeClock


def _refused(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        try:
            s.connect(("127.0.0.1", port))
        except (ConnectionRefusedError, TimeoutError):
            return True
    return False


def test_sigterm_answers_the_request_in_flight_and_exits_0(served_to_stop: Served) -> None:
    """The worker's shared `kpibot serve` (tests/cli/serving.py: test_serve's start may have
    used it first, with a seller and customer of its own), its scheduler running."""
    served = served_to_stop
    api, proc, port = served.api, served.proc, served.port
    api.add_user(FakeUser("U0METTE", "Mette Hansen", locale="nb-NO"))
    driver = SlackDriver(served.url, SECRET, api)
    try:
        # The command's first request asks Slack who Mette is: held 1.5 s, inside the request.
        api.slow("users.info", 1.5)
        answered: dict = {}
        sending = threading.Thread(
            target=lambda: answered.update(
                result=driver.command("/logmeeting", "Orkla varm i går", "U0METTE")
            )
        )
        sending.start()
        # The request is in flight.
        api.wait_for(lambda c: c.method == "users.info" and c.params.get("user") == "U0METTE")
        proc.send_signal(signal.SIGTERM)
        # The port closes while the request is still being answered (held 1.5 s).
        refused_in_flight = False
        while sending.is_alive() and not refused_in_flight:
            refused_in_flight = _refused(port)
            time.sleep(0.02)  # another process: polling is the only way to know
        sending.join(timeout=30)
        result = answered["result"]
        assert result.http.status == 200
        assert "Orkla" in str(result.reply())
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    err = served.said()
    assert code == 0, err  # its scheduler stopped too
    assert refused_in_flight  # no new connections once it stops, while it finishes
    engine = make_engine(served.db_url)
    try:
        with session_scope(make_session_factory(engine)) as s:
            kinds = s.query(Activity.kind).join(Activity.customer).filter(Customer.name == "Orkla")
            assert [kind for (kind,) in kinds] == ["meeting"]  # stored once
    finally:
        engine.dispose()
    assert '"message": "stopped"' in err  # the JSON log says it finished
    assert "Orkla" not in err and "xoxb-test" not in err


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
