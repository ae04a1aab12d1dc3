"""How the team, status and home listeners use the database: answers that only read never take
SQLite's write lock, and no Slack call is made while a writing transaction is open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import event

from bot.offline.slack_api import FakeUser
from tests.helpers import each_statement, set_up_team

KARI, LARS = "U0KARI", "U0LARS"  # Kari is a workspace admin
CHANNEL = "C0SALES"


@pytest.fixture
def team(slack):  # type: ignore[no-untyped-def]
    set_up_team(slack, reset=False)
    slack.driver.command("/logwin", "Acme 400k margin 22%", LARS, CHANNEL).reply()
    slack.driver.command("/logmeeting", "Orkla warm", KARI, CHANNEL).reply()
    slack.wait_idle()
    return slack


def _begins(slack, act: Callable[[], object]) -> list[str]:  # type: ignore[no-untyped-def]
    """The BEGIN statements (SQLite) and the SELECTs that `act` ran."""
    begins: list[str] = []

    def record(statement, _parameters) -> None:  # type: ignore[no-untyped-def]
        text = statement.strip().upper()
        if text.startswith("BEGIN"):
            begins.append(text)
        elif text.startswith("SELECT"):
            begins.append("SELECT")

    with each_statement(slack.engine, record):
        act()
        slack.wait_idle()
    return begins


READS = {
    "/kpi me": lambda s: s.driver.command("/kpi", "", KARI, CHANNEL).reply(),
    "/kpi managers": lambda s: s.driver.command("/kpi", "managers", KARI, CHANNEL).reply(),
    "/teamstatus": lambda s: s.driver.command("/teamstatus", "", KARI, CHANNEL).reply(),
    "/teamstatus customers": lambda s: s.driver.command(
        "/teamstatus", "customers", KARI, CHANNEL
    ).reply(),
    "App Home": lambda s: s.driver.event(
        {"type": "app_home_opened", "user": KARI, "channel": "D0KARI", "tab": "home"}
    ),
    "customer options": lambda s: s.driver.interactive(
        {
            "type": "block_suggestion",
            "user": {"id": KARI},
            "action_id": "customer_input",
            "block_id": "customer",
            "value": "Ac",
            "view": {"id": "V1", "type": "modal", "callback_id": "log_activity_modal"},
        }
    ),
}


@pytest.mark.parametrize("name", READS)
def test_answers_that_only_read_never_take_the_write_lock(team, name: str) -> None:  # type: ignore[no-untyped-def]
    begins = _begins(team, lambda: READS[name](team))
    assert "SELECT" in begins, "the answer read nothing"
    if team.engine.dialect.name == "sqlite":
        # deferred: readers never queue behind writers
        transactions = [b for b in begins if b != "SELECT"]
        assert transactions and set(transactions) == {"BEGIN"}, transactions


def test_setup_asks_slack_before_its_one_writing_transaction(slack) -> None:  # type: ignore[no-untyped-def]
    slack.api.add_user(FakeUser("U0BOT2", "Some Bot", is_bot=True))
    slack.driver.command("/kpi", "help", KARI, CHANNEL).reply()  # Kari's profile is read once
    slack.wait_idle()
    # (calls made so far, open or closed) at every write transaction's start and end.
    marks: list[tuple[int, str]] = []

    def begin(statement, _parameters) -> None:  # type: ignore[no-untyped-def]
        if statement.strip().upper() == "BEGIN IMMEDIATE":
            marks.append((len(slack.api.calls), "begin"))

    def end(conn) -> None:  # type: ignore[no-untyped-def]
        if marks and marks[-1][1] == "begin":
            marks.append((len(slack.api.calls), "end"))

    event.listen(slack.engine, "commit", end)
    event.listen(slack.engine, "rollback", end)
    try:
        with each_statement(slack.engine, begin):
            text = slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
            slack.wait_idle()
    finally:
        event.remove(slack.engine, "commit", end)
        event.remove(slack.engine, "rollback", end)
    assert "Lars" in str(text)
    if slack.engine.dialect.name != "sqlite":
        return
    assert [kind for _, kind in marks] == ["begin", "end"]  # one writing transaction
    (opened, _), (closed, _) = marks
    assert opened == closed  # no Slack call while it was open
    methods = [c.method for c in slack.api.calls]
    assert "conversations.members" in methods[:opened] and "users.info" in methods[:opened]
