"""ack29: log commands answered from a kept requester (bot.services.requester.kept) answer byte
for byte what they answer with the requester read by every command, and store the same rows: the
same commands (four languages, a person joining, a team's and a person's changes made by another
process midway, errors, questions, a repeat) run twice from the same database state, once with
keeping and once without. Both databases."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select, text

from bot.services import questions, requester
from storage.db import make_engine
from tests.helpers import _TABLES, SALES_CHANNEL, SetUpTeam, set_up_team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"

# (user, command, text); a str alone: raw SQL another process runs there.
SCRIPT: list[Any] = [
    (ALEX, "/logmeeting", "Aker BP"),
    (ALEX, "/logmeeting", "Equinor warm next call friday"),
    (LARS, "/logoffer", "Volvo 300 000"),
    (LARS, "/logmeeting", "Volvo"),
    (METTE, "/logcall", "Carlsberg i går"),
    (KARI, "/logwin", "Equinor 400k"),
    (ALEX, "/logwin", "Aker BP"),  # no amount: asked, or an error
    (ALEX, "/logmeeting", "   "),
    (ALEX, "/logmeeting", "Aker BP"),  # the same a moment later: asked
    (ALEX, "/logcall", "Tine 3 times"),
    (METTE, "/logoffer", "Tuborg 85 tkr"),
    "UPDATE sellers SET language = 'nb' WHERE slack_user_id = 'U0ALEX'",
    (ALEX, "/logmeeting", "Orkla"),
    "UPDATE sales_teams SET currency = 'SEK'",
    (KARI, "/logwin", "Kongsberg 200k"),
    (LARS, "/logoffer", "Scania 1,2 mkr"),
    (ALEX, "/loglost", "Orkla pris"),
    (ALEX, "/logmeeting", "Yara i morgen"),
]


def _run(slack, other) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    said = []
    for step in SCRIPT:
        if isinstance(step, str):
            with other.begin() as conn:
                conn.execute(text(step))
            continue
        user, command, words = step
        result = slack.driver.command(command, words, user, SALES_CHANNEL)
        slack.wait_idle()
        said.append((result.http.status, result.http.body))
    # and what was said through the Web API and response URLs
    said += [(0, repr((c.method, c.params))) for c in slack.api.calls]
    return said


def _rows(slack) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    with slack.engine.connect() as conn:
        return [
            (table.name, tuple(tuple(r) for r in conn.execute(select(table))))
            for table in _TABLES
            if table.name != "workspaces"  # its people version: a random number a change
        ]


def _back_to(slack, setup: SetUpTeam) -> None:  # type: ignore[no-untyped-def]
    with slack.engine.begin() as conn:
        if slack.engine.dialect.name == "postgresql":
            names = ", ".join(table.name for table in _TABLES)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(_TABLES):
                conn.execute(table.delete())
            if conn.execute(
                text("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")
            ).first():
                conn.execute(text("DELETE FROM sqlite_sequence"))
    setup.put_back(slack, reset=True)
    slack.api.reset()


def test_kept_or_read_the_answers_and_rows_are_the_same(slack, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A question's id is random: made recognisable here, and left out of the comparison
    numbers = itertools.count()
    monkeypatch.setattr(questions, "new_token", lambda: f"q{next(numbers):021d}")
    set_up_team(slack, idle=True, restore=False)
    setup = SetUpTeam.taken(slack)
    other = make_engine(slack.engine.url.render_as_string(hide_password=False))
    try:
        answered: dict[str, Any] = {}
        for mode in ("kept", "read"):
            _back_to(slack, setup)  # the same state, its ids included, for both runs
            requester._kept.clear()
            if mode == "read":
                monkeypatch.setattr(requester, "kept", lambda *a, **k: None)
            answered[mode] = (_run(slack, other), _rows(slack))
            if mode == "kept":
                assert requester._kept, "nothing was kept"
    finally:
        other.dispose()
    kept, read = (tuple(_masked(part) for part in answered[mode]) for mode in ("kept", "read"))
    assert len(kept[0]) >= len(SCRIPT) - 2
    for n, (a, b) in enumerate(zip(kept[0], read[0], strict=True)):
        assert a == b, (n, a, b)
    for a, b in zip(kept[1], read[1], strict=True):
        assert a == b, (a, b)


def _masked(values: Any) -> Any:
    """A question's token, and the trigger ids the driver makes of its clock, left out."""
    masked = [re.sub(r"q\d{21}", "q…", repr(value)) for value in values]
    # and the times written by the real clock (a row's created_at)
    today = datetime.now(UTC)
    real = rf"datetime\.datetime\({today.year}, {today.month}, {today.day}, [^)]*\)"
    masked = [re.sub(real, "(now)", value) for value in masked]
    return [re.sub(r"cmd:[0-9.]+\.trigger", "cmd:…", value) for value in masked]


@pytest.fixture(autouse=True)
def _no_kept_left() -> Any:
    yield
    requester._kept.clear()
