"""Replicas (issue 15): two `kpibot serve --no-scheduler` and two `kpibot scheduler` processes on
one PostgreSQL, driven at once with signed requests — commands spread over both web processes,
every channel message delivered to both (Slack's retry of one event_id landing on the other
replica), a question's button clicked twice at once on both — while the schedulers nudge; then
PostgreSQL is stopped and started again mid-run, with traffic during the outage; then the teams'
digests fall due. No process is restarted.

Afterwards: every activity that was acknowledged as stored, and every held channel message, is
stored exactly once, nothing answered "try again" is stored; each team's digest is posted once
for the week, each seller's summary once, and each seller gets one nudge DM for the day, counted
on the Slack stand-in. Every process is still the one started, and stops with exit code 0."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from difflib import SequenceMatcher
from pathlib import Path

from bot.offline.driver import SlackDriver
from bot.offline.harness import DEMO_USERS
from bot.offline.slack_api import FakeSlackApi
from storage.db import make_engine, make_session_factory, session_scope, upgrade
from storage.models import Activity, Claim, Customer, SalesTeam
from tests.cli.test_serve import KPIBOT, _free_port, _wait_healthy
from tests.helpers import buttons, text_of
from tests.pg import ThrowawayPostgres

SECRET = "replica-secret"
KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
EAST, WEST = "C0EAST", "C0WEST"
TEAMS = {KARI: EAST, LARS: EAST, METTE: WEST, ALEX: WEST}
FROZEN = str(Path(__file__).with_name("frozen_scheduler.py"))


# Each seller's offer customer, and the same name mistyped (one letter dropped).
OFFERS = {KARI: ("Equinor", "Equinr"), LARS: ("Statoil", "Statol"),
          METTE: ("Kongsberg", "Kongsbrg"), ALEX: ("Telenor", "Telnor")}  # fmt: skip


def _names(count: int) -> list[str]:
    """Customer names far apart from each other (no near-miss question between them) and with
    no digits (never read as amounts)."""
    rng = random.Random(15)
    taken = [n for pair in OFFERS.values() for n in pair]
    found: list[str] = []
    while len(found) < count:
        name = "".join(rng.choice("bdfgklmnprstv") + rng.choice("aeiou") for _ in range(4))
        # The app asks about a name whose difflib ratio to a known one is 0.8 or more.
        if all(SequenceMatcher(None, name, o.lower()).ratio() < 0.6 for o in found + taken):
            found.append(name.title())
    return found


def _working_day_ahead(now: datetime) -> datetime:
    """10:00 UTC on a Tuesday to Friday at least four days ahead: the leads logged now are
    three days old there (nudge rule), it is past the nudge hour in Europe, and a Monday's
    digest is outside its grace."""
    day = (now + timedelta(days=4)).replace(hour=10, minute=0, second=0, microsecond=0)
    while day.weekday() not in {1, 2, 3, 4}:
        day += timedelta(days=1)
    return day


def _env(api: FakeSlackApi, url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KPIBOT_"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-replica",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=api.api_url,
        DATABASE_URL=url,
        LOG_FORMAT="json",
        KPIBOT_SPOOL_REPLAY_SECONDS="1",  # the held messages are tried every second, not ten
        **extra,
    )
    return env


def _stored(engine) -> Counter:  # type: ignore[no-untyped-def]
    """(customer, kind) of every live activity, counted."""
    with session_scope(make_session_factory(engine)) as s:
        rows = s.query(Customer.name, Activity.kind).join(Activity.customer)
        return Counter(rows.filter(Activity.deleted_at.is_(None)).all())


def _wait_until(predicate, timeout: float, what: str, fail: bool = True) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            if not fail:
                return
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)  # other processes: polling is the only way to know


def _stored_or_refused(result) -> bool:  # type: ignore[no-untyped-def]
    """True when a command's answer says it was stored, False when it says try again."""
    assert result.http.status == 200, result.http
    said = text_of(result.reply())
    if "try again" in said.lower():
        return False
    assert "Logged a" in said, said
    return True


def test_two_web_and_two_scheduler_processes_on_one_postgres(
    own_postgres: ThrowawayPostgres,
) -> None:
    names = iter(_names(80))  # here, not at import: every test worker imports this module
    url = own_postgres.new_database()
    engine = make_engine(url)
    upgrade(engine)
    at = _working_day_ahead(datetime.now(UTC))
    procs: list[subprocess.Popen] = []
    with FakeSlackApi() as api:
        api.restore([u for u in DEMO_USERS])
        for user in api.users.values():
            user.locale = "en-GB"
        api.users[ALEX].is_admin = True
        api.channel_members = {EAST: [KARI, LARS], WEST: [METTE, ALEX]}
        try:
            # -- the processes -------------------------------------------------------------------
            ports = [_free_port(), _free_port()]
            for n, port in enumerate(ports):
                spool = own_postgres.dir / f"spool{n}"
                procs.append(
                    subprocess.Popen(
                        [KPIBOT, "serve", "--no-scheduler", "--host", "127.0.0.1"],
                        env=_env(api, url, PORT=str(port), KPIBOT_SPOOL_DIR=str(spool)),
                        cwd=own_postgres.dir,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        text=True,
                    )
                )
            for port, proc in zip(ports, procs, strict=True):
                _wait_healthy(f"http://127.0.0.1:{port}", proc, timeout=60)
            web = [SlackDriver(f"http://127.0.0.1:{p}", SECRET, api) for p in ports]

            # -- set-up: two teams, every seller with a warm lead and a question open ---------------
            web[0].command("/kpi", "setup", KARI, EAST).reply()
            web[1].command("/kpi", "setup", ALEX, WEST).reply()
            expected: Counter = Counter()
            for n, (user, channel) in enumerate(TEAMS.items()):
                lead = next(names)
                assert _stored_or_refused(
                    web[n % 2].command("/logmeeting", f"{lead} warm yesterday", user, channel)
                )
                expected[(lead, "meeting")] += 1
            with session_scope(make_session_factory(engine)) as s:
                for team in s.query(SalesTeam):  # due nowhere near `at` until later
                    team.digest_weekday, team.digest_time = (at.weekday() + 3) % 7, "08:00"
            questions = []
            for user, channel in TEAMS.items():
                name, typo = OFFERS[user]
                assert _stored_or_refused(
                    web[0].command("/logoffer", f"{name} ASA 250k yesterday", user, channel)
                )
                expected[(f"{name} ASA", "offer")] += 1
                asked = web[1].command("/logoffer", f"{typo} ASA 300k yesterday", user, channel)
                choices = buttons(asked.reply())
                pick = next(b for b in choices if b["value"].endswith("|pick:0"))
                questions.append((user, channel, asked, pick))
                expected[(f"{name} ASA", "offer")] += 1  # answered below, by a double click

            # -- the schedulers, from a working day's 10:00 on, a tick every 2 s ------------------
            scheduler_ports = [_free_port(), _free_port()]
            metrics_port = scheduler_ports[0]
            for n in range(2):
                extra = ["--metrics-port", str(scheduler_ports[n]), "--metrics-host", "127.0.0.1"]
                procs.append(
                    subprocess.Popen(
                        [sys.executable, FROZEN, at.isoformat(), "2", *extra],
                        env=_env(api, url),
                        cwd=own_postgres.dir,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                        text=True,
                    )
                )

            # Both schedulers past their start (migrations checked, metrics served) before the
            # database goes away: one that cannot reach it at start stops with a clear line.
            _wait_until(
                lambda: all(_serving(port) for port in scheduler_ports), 60, "both schedulers"
            )

            # -- traffic on both web processes at once ---------------------------------------------
            lock = threading.Lock()
            said: dict[str, tuple[int, str]] = {}
            events: dict[str, tuple[str, str]] = {}  # event id -> (customer, kind) it records
            seq = iter(range(1, 10_000))

            def command(i: int) -> bool:
                user = list(TEAMS)[i % 4]
                with lock:
                    name = next(names)
                result = web[i % 2].command("/logcall", f"{name} yesterday", user, TEAMS[user])
                stored = _stored_or_refused(result)
                said[name] = (i, text_of(result.reply())[:80])
                if stored:
                    with lock:
                        expected[(name, "call")] += 1
                return stored

            def message(i: int) -> None:
                user = list(TEAMS)[i % 4]
                with lock:
                    n, name = next(seq), next(names)
                event_id = f"Ev0REPLICA{n:05d}"
                # "yesterday": the web processes read the wall clock, and a record said on no day is
                # asked about between midnight and five (which day it was), sure at any other hour.
                event = {"type": "message", "channel": TEAMS[user], "user": user,
                         "text": f"Won {name} {100 + i}k yesterday", "ts": f"1763630000.{n:06d}"}  # fmt: skip
                with ThreadPoolExecutor(2) as both:  # the delivery and Slack's retry, at once
                    answers = list(
                        both.map(
                            lambda d, retry: d.event(event, event_id=event_id, retry_num=retry),
                            web,
                            [None, 1],
                        )
                    )
                assert [a.status for a in answers] == [200, 200]
                with lock:
                    events[event_id] = (name, "win")

            def double_click(question) -> None:  # type: ignore[no-untyped-def]
                user, _channel, asked, pick = question
                action = {"action_id": pick["action_id"], "value": pick["value"]}
                with ThreadPoolExecutor(2) as both:
                    clicks = list(
                        both.map(
                            lambda d: d.click(user, action, response_url=asked.response_url), web
                        )
                    )
                assert [c.status for c in clicks] == [200, 200]

            with ThreadPoolExecutor(8) as pool:
                work: list = [pool.submit(command, i) for i in range(16)]
                work += [pool.submit(message, i) for i in range(8)]
                work += [pool.submit(double_click, q) for q in questions]
                for done in work:
                    done.result()

            # The schedulers' first ticks nudge every seller (their leads are 3+ days old at `at`).
            _wait_until(lambda: len(_nudges(api, engine)) >= 4, 60, "the nudges")

            # -- PostgreSQL goes away and comes back; traffic meanwhile --------------------------------
            own_postgres.pause()
            for i in range(100, 104):
                assert not command(i)  # answered "try again": nothing stored
                message(i)  # held by both web processes
            own_postgres.resume()
            for i in range(200, 204):
                assert command(i)  # the same processes recovered
                message(i)
            with session_scope(make_session_factory(engine)) as s:
                for team in s.query(SalesTeam):  # now the digests fall due
                    team.timezone, team.digest_weekday = "UTC", at.weekday()
                    team.digest_time = (at - timedelta(minutes=5)).strftime("%H:%M")

            for name_kind in events.values():
                expected[name_kind] += 1
            # Held messages are replayed within the replayer's 10 s round.
            _wait_until(
                lambda: _stored(engine) == expected, 60, "every record stored once", fail=False
            )
            got = _stored(engine)
            assert {k: (v, said.get(k[0])) for k, v in got.items() if expected[k] != v} == {}
            assert {k: v for k, v in expected.items() if got[k] != v} == {}
            posted = lambda: [c.params["channel"] for c in api.calls_to("chat.postMessage")]  # noqa: E731
            _wait_until(lambda: {EAST, WEST} <= set(posted()), 60, "the digests")
            _wait_until(lambda: len(_summaries(api, engine)) >= 4, 60, "the summaries")
            # Two more ticks of each scheduler: nothing more is sent.
            settled, ticked = len(api.calls_to("chat.postMessage")), _ticks(metrics_port)
            _wait_until(lambda: _ticks(metrics_port) >= ticked + 2, 30, "two more ticks")
            assert len(api.calls_to("chat.postMessage")) == settled

            # -- exactly once ----------------------------------------------------------------------
            assert _stored(engine) == expected
            assert sum(1 for c in posted() if c == EAST) == 1
            assert sum(1 for c in posted() if c == WEST) == 1
            assert sorted(_summaries(api, engine)) == sorted(TEAMS)
            assert sorted(_nudges(api, engine)) == sorted(TEAMS)
            with session_scope(make_session_factory(engine)) as s:
                claimed = Counter((c.kind, c.subject, c.period) for c in s.query(Claim))
                assert set(claimed.values()) == {1}
                day = at.date().isoformat()
                assert {p for k, _s, p in claimed if k == "nudge"} == {day}
            dead = [p for p in procs if p.poll() is not None]
            assert not dead, [  # a process was restarted or died: which, and what it said
                (p.args[-4:], p.returncode, p.communicate(timeout=5)[1][-3000:]) for p in dead
            ]
        finally:
            outputs = []
            for proc in procs:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGTERM)
            for proc in procs:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                outputs.append(proc.communicate(timeout=20)[1])
            engine.dispose()
    for proc, err in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-3000:]
        for line in err.splitlines():  # JSON logs, one object a line, no tokens
            assert "xoxb-" not in line
            assert line.startswith("{") and json.loads(line), line


def _scheduled_posts(api: FakeSlackApi, engine) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(claim kind, recipient) of every scheduled post on the stand-in (our metadata names the
    claim); a claim posted twice would appear twice."""
    with session_scope(make_session_factory(engine)) as s:
        by_id = {claim.id: claim.kind for claim in s.query(Claim)}
    found = []
    for call in api.calls_to("chat.postMessage"):
        meta = call.params.get("metadata") or {}
        claim = (meta.get("event_payload") or {}).get("claim")
        if claim is not None:
            found.append((by_id.get(claim, "?"), call.params["channel"]))
    return found


def _nudges(api: FakeSlackApi, engine) -> list[str]:  # type: ignore[no-untyped-def]
    return [who for kind, who in _scheduled_posts(api, engine) if kind == "nudge"]


def _summaries(api: FakeSlackApi, engine) -> list[str]:  # type: ignore[no-untyped-def]
    return [who for kind, who in _scheduled_posts(api, engine) if kind == "summary"]


def _serving(port: int) -> bool:
    try:
        return bool(_metrics(port))
    except OSError:
        return False


def _metrics(port: int) -> dict:
    from prometheus_client.parser import text_string_to_metric_families

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _ticks(port: int) -> float:
    """Ticks the first scheduler has run, as its /metrics says."""
    return _metrics(port).get(("kpibot_scheduler_tick_seconds_count", ()), 0.0)
