"""A team put back by tests.helpers.set_up_team (what a worker's first `/kpi setup` with the same
parameters left) is what a fresh `/kpi setup` leaves: every table's rows and the sequences, the
requester's memory, Bolt's auth.test result, the stand-in's record of calls and its counters."""

from __future__ import annotations

import re
import shutil
from typing import Any

import pytest
from sqlalchemy import inspect, text

from bot.offline.harness import DEMO_USERS, local_slack
from bot.services import requester
from tests import helpers
from tests.helpers import set_up_team

KARI, LARS, ALEX = "U0KARI", "U0LARS", "U0ALEX"
TEAM = {"locale": "en-GB", "members": [KARI, LARS, ALEX], "language": "en", "reset": False}


def _state(slack: Any) -> dict[str, Any]:
    """Everything a later request of the test could read of the setup."""
    with slack.engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        rows = {
            name: sorted(map(repr, conn.execute(text(f'SELECT * FROM "{name}"')))) for name in names
        }
        # ack29: the workspace's people version is a new random number at every change (0026a):
        # compared as "one there", not by its value
        rows["workspaces"] = sorted(
            repr((*r[:-1], r[-1] is not None))
            for r in conn.execute(text("SELECT * FROM workspaces"))
        )
        if slack.engine.dialect.name == "postgresql":
            sequences = sorted(
                conn.execute(
                    text("SELECT sequencename, last_value, start_value FROM pg_sequences")
                ).all()
            )
        else:
            sequences = sorted(conn.execute(text("SELECT name, seq FROM sqlite_sequence")).all())
    auth = helpers._single_team_auth(slack).auth_test_result
    calls = [
        (c.method, re.sub(r"cmd\d+-\d+", "cmd", c.path), c.params, c.token) for c in slack.api.calls
    ]
    ts, n = next(slack.api._ts), next(slack.driver._n)
    return {
        "rows": rows,
        "sequences": sequences,
        "language_hint": dict(requester._language_hint),
        "fresh_until": dict(requester._fresh_until),
        "auth.test": auth.data if auth is not None else None,
        "calls": calls,
        "next ts": ts,
        "next request": n,
    }


def test_a_team_put_back_is_what_a_fresh_setup_leaves(  # type: ignore[no-untyped-def]
    slack, clock, backend, request, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(helpers, "_SET_UP", {})  # this worker's earlier setups not used
    if backend == "postgres":
        fresh_url = request.getfixturevalue("migrated_pg_url")
    else:
        shutil.copyfile(request.getfixturevalue("sqlite_template"), tmp_path / "fresh.db")
        fresh_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    # The command, on a database of its own (the same stand-in, restored to the same users).
    with local_slack(
        fresh_url, clock=clock, api=slack.api, over_http=False, migrate=False
    ) as fresh:
        set_up_team(fresh, **TEAM)
        assert len(helpers._SET_UP) == 1, "the setup was not kept"
        ran = _state(fresh)
    assert ran["rows"]["sellers"] and ran["calls"][-1][0] == "response_url", ran
    # The test's own app, database and stand-in as the fixture left them; the setup put back.
    requester._language_hint.clear()
    requester._fresh_until.clear()
    slack.api.restore(DEMO_USERS, team_id=slack.api.team_id)
    sent = []
    monkeypatch.setattr(slack.driver, "post", lambda *a, **kw: sent.append(a))
    set_up_team(slack, **TEAM)
    assert sent == [], "the command ran instead of the team being put back"
    assert _state(slack) == ran
    # And the same team is not put back where the database already has rows.
    monkeypatch.setattr(helpers, "_SET_UP", {})
    assert helpers._setup_key(slack, KARI, "C0SALES", "en") is None


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_team_is_not_put_back_after_the_test_made_a_request(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/kpi", "help", KARI, "C0SALES").reply()
    slack.api.reset()
    assert helpers._setup_key(slack, KARI, "C0SALES", None) is None
