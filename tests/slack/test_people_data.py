"""People's data under their control: /kpi mydata sends exactly the person's rows as a CSV in a
DM; /kpi erase @name (after a confirmation) and `kpibot erase` leave no row in any table that
mentions them; retention deletes old activities daily; the privacy notice in four languages."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from typing import Any

import pytest
from freezegun import freeze_time
from sqlalchemy import MetaData, select, update

from bot.services.privacy import retention_cutoff
from storage.db import make_session_factory, session_scope
from storage.models import Activity, Claim, Customer, Goal, Manager, PendingQuestion, Seller
from tests.helpers import buttons, text_of
from tests.slack.test_digest import _english, _jobs, _team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"  # Kari is a workspace admin
CHANNEL = "C0SALES"


def _say(slack, user: str, text: str, command: str = "/kpi") -> tuple[Any, str]:  # type: ignore[no-untyped-def]
    result = slack.driver.command(command, text, user, CHANNEL)
    result.reply()
    slack.wait_idle()
    return result, "\n".join(text_of(m) for m in result.replies())


def _seller_id(slack, user: str) -> int | None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        return s.scalar(select(Seller.id).where(Seller.slack_user_id == user))


def _busy_team(slack) -> None:  # type: ignore[no-untyped-def]
    """Lars appears everywhere: his entries, leads, goal, away days, a question waiting for him,
    a claim for his weekly summary, a customer he owns, a manager he added, a goal he set, a
    colleague's note that mentions him, and his profile."""
    _english(slack)
    _team(slack)
    for user, command, text in [
        (LARS, "/logmeeting", "Equinor warm next call 2026-11-27"),
        (LARS, "/logoffer", "Equinor 250k"),
        (LARS, "/logcall", "Orkla 2026-11-16"),
        (KARI, "/logmeeting", "Equinor 2026-11-18 -- with <@U0LARS|lars>"),
        (METTE, "/logoffer", "Hydro 90k"),
        (ALEX, "/logwin", "Statkraft 400k"),
    ]:
        _say(slack, user, text, command)
    _say(slack, KARI, "managers add <@U0LARS|lars>")
    _say(slack, KARI, "goal <@U0LARS|lars> meetings 6/week")
    _say(slack, KARI, "customer Equinor owner <@U0LARS|lars>")
    _say(slack, LARS, "managers add <@U0METTE|mette>")  # Lars is a manager now
    _say(slack, LARS, "goal <@U0METTE|mette> calls 9/week")
    _say(slack, LARS, "Hydro price too high", "/loglost")  # no offer: a question waits for him
    with freeze_time("2026-11-23T07:00:00Z"):  # the digest and the weekly summaries
        _jobs(slack).tick()
    _say(slack, LARS, "away until 2026-12-20")


def _mentions(slack, user: str, seller_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Every row in every table of the database (reflected: slack_sdk's and Alembic's tables
    too) that names the user's Slack id anywhere or points at their seller row."""
    found = []
    metadata = MetaData()
    metadata.reflect(bind=slack.engine)
    assert {"activities", "sellers", "claims", "slack_installations"} <= set(metadata.tables)
    with slack.engine.connect() as conn:
        for table in metadata.sorted_tables:
            seller_columns = {
                c.name
                for c in table.columns
                for fk in c.foreign_keys
                if fk.target_fullname == "sellers.id"
            }
            for row in conn.execute(select(table)).mappings():
                for column, value in row.items():
                    if value is not None and user in str(value):
                        found.append(f"{table.name}.{column} = {value!r}")
                    if column in seller_columns and value == seller_id:
                        found.append(f"{table.name}.{column} -> seller {seller_id}")
                if table.name == "sellers" and row["id"] == seller_id:
                    found.append("sellers row")
                if table.name == "claims" and row["kind"] in {"summary", "nudge"}:
                    if row["subject"] == str(seller_id):
                        found.append(f"claims {row['kind']} for seller {seller_id}")
    return found


# -- /kpi mydata ----------------------------------------------------------------------------------
def test_mydata_sends_exactly_the_persons_rows_as_a_csv_in_their_dm(slack) -> None:  # type: ignore[no-untyped-def]
    _busy_team(slack)
    lars = _seller_id(slack, LARS)
    _, reply = _say(slack, LARS, "mydata")
    assert "I sent you a CSV file in our DM" in reply

    # His DM, never the channel (the digest's chart is the only other upload).
    [complete] = [
        c
        for c in slack.api.calls_to("files.completeUploadExternal")
        if c.params.get("channel_id") != CHANNEL
    ]
    assert complete.params["channel_id"] == "D0LARS"
    [file_id] = [f["id"] for f in json.loads(complete.params["files"])]
    rows = list(csv.DictReader(io.StringIO(slack.api.uploads[file_id].decode("utf-8"))))
    assert rows and set(rows[0]) == {"table", "id", "column", "value"}

    def listed(table: str) -> set[int]:
        return {int(r["id"]) for r in rows if r["table"] == table}

    with session_scope(make_session_factory(slack.engine)) as s:
        mine = set(s.scalars(select(Activity.id).where(Activity.seller_id == lars)))
        everyone = set(s.scalars(select(Activity.id)))
        my_goals = set(s.scalars(select(Goal.id).where(Goal.seller_id == lars)))
        questions = set(
            s.scalars(select(PendingQuestion.id).where(PendingQuestion.user_id == LARS))
        )
        summaries = set(
            s.scalars(select(Claim.id).where(Claim.kind == "summary", Claim.subject == str(lars)))
        )
    assert len(mine) == 3 and everyone - mine  # others logged too
    assert listed("activities") == mine  # exactly his: nobody else's
    assert listed("goals") == my_goals and my_goals
    assert listed("pending_questions") == questions and questions
    assert listed("claims") == summaries and summaries
    assert listed("sellers") == {lars}
    assert listed("away_periods") and listed("leads") and listed("customers_owned")
    assert {
        r["value"] for r in rows if r["table"] == "activities" and r["column"] == "customer"
    } == {
        "Equinor",
        "Orkla",
    }


def test_mydata_with_nothing_stored_says_so_and_sends_no_file(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    # Asking creates the person's profile row: that row is what is stored, and it is sent.
    _, reply = _say(slack, ALEX, "mydata")
    assert "I sent you a CSV file" in reply
    assert slack.api.calls_to("files.completeUploadExternal")


# -- /kpi erase -----------------------------------------------------------------------------------
def test_erase_after_confirmation_leaves_no_row_mentioning_the_person(slack) -> None:  # type: ignore[no-untyped-def]
    _busy_team(slack)
    lars = _seller_id(slack, LARS)
    assert lars is not None and _mentions(slack, LARS, lars)  # the scan sees him before

    result, _text = _say(slack, KARI, "erase <@U0LARS|lars>")
    question = result.reply()
    assert "Erase everything stored about this person? <@U0LARS>" in text_of(question)
    [erase] = [b for b in buttons(question) if b["action_id"] == "person_erase_confirm"]
    slack.driver.click(KARI, erase, response_url=result.response_url)
    slack.wait_idle()
    done = slack.api.responses(result.key)[-1]
    assert "<@U0LARS> Everything stored about this person is erased" in text_of(done) and done.get(
        "replace_original"
    )

    assert _mentions(slack, LARS, lars) == []
    with session_scope(make_session_factory(slack.engine)) as s:
        # The others' data stays: their entries, the customer (now without an owner), the
        # manager he added and the goal he set (without his name), Kari's note (without his id).
        kept = {a.seller.slack_user_id for a in s.scalars(select(Activity))}
        assert kept == {KARI, METTE, ALEX}
        assert s.scalar(select(Customer.owner_id).where(Customer.name == "Equinor")) is None
        assert s.scalar(select(Manager.added_by).where(Manager.slack_user_id == METTE)) is None
        assert s.scalars(select(Goal).where(Goal.kpi == "calls")).one().set_by is None
        note = s.scalar(select(Activity.note).where(Activity.note.is_not(None)))
        assert note == "with <@erased|lars>"  # the id is gone; the label Slack added stays
    # The team still works for everyone else.
    _, status = _say(slack, KARI, "", "/teamstatus")
    assert "*Lars*" not in status and "*Mette*" in status


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_erase_is_refused_to_a_seller_and_cancel_erases_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    _busy_team(slack)
    lars = _seller_id(slack, LARS)
    _, refused = _say(slack, ALEX, "erase <@U0LARS|lars>")
    assert "Only managers can do that" in refused
    result, _ = _say(slack, KARI, "erase <@U0LARS|lars>")
    [cancel] = [b for b in buttons(result.reply()) if b["action_id"] == "person_erase_cancel"]
    slack.driver.click(KARI, cancel, response_url=result.response_url)
    slack.wait_idle()
    assert "Nothing was erased" in text_of(slack.api.responses(result.key)[-1])
    assert _seller_id(slack, LARS) == lars
    # A click on the confirm button by someone who may not erase him does nothing either.
    [erase] = [b for b in buttons(result.reply()) if b["action_id"] == "person_erase_confirm"]
    slack.driver.click(ALEX, erase, response_url=result.response_url)
    slack.wait_idle()
    assert "Only managers" in text_of(slack.api.responses(result.key)[-1])
    assert _seller_id(slack, LARS) == lars


def test_kpibot_erase_on_the_command_line(slack, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from bot.cli import main

    _busy_team(slack)
    lars = _seller_id(slack, LARS)
    # A message of his held during an outage is dropped too.
    spool = slack.settings.spool_path
    spool.mkdir(parents=True, exist_ok=True)
    held = {"id": "x", "user_id": LARS, "workspace_id": "T0DEMO", "body": {"text": "Won Nammo"}}
    (spool / "00001-held.json").write_text(json.dumps(held))
    monkeypatch.setenv("DATABASE_URL", str(slack.engine.url.render_as_string(hide_password=False)))
    monkeypatch.setenv("KPIBOT_SPOOL_DIR", str(spool))
    assert main(["erase", "--user", LARS]) == 0
    out = capsys.readouterr().out
    assert "T0DEMO:" in out and "rows deleted" in out and "1 held requests dropped" in out
    assert _mentions(slack, LARS, lars) == []  # type: ignore[arg-type]
    assert not list(spool.glob("*.json"))
    assert main(["erase", "--user", LARS]) == 0
    assert "Nothing is stored about U0LARS" in capsys.readouterr().out
    assert main(["erase", "--user", "lars"]) == 2


# -- retention ------------------------------------------------------------------------------------
def test_retention_deletes_activities_older_than_the_period_once_a_day(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    for text in ("Equinor 2026-11-16", "Orkla 2026-11-17", "Hydro 2026-11-18"):
        _say(slack, LARS, text, "/logmeeting")
    today = date(2026, 11, 23)
    cutoff = retention_cutoff(today, 24)
    assert cutoff == date(2024, 11, 23)
    with session_scope(make_session_factory(slack.engine)) as s:
        ids = sorted(s.scalars(select(Activity.id)))
        # Move two into the past: one a day before the cutoff, one on it.
        s.execute(
            update(Activity)
            .where(Activity.id == ids[0])
            .values(occurred_on=cutoff - timedelta(days=1))
        )
        s.execute(update(Activity).where(Activity.id == ids[1]).values(occurred_on=cutoff))
    jobs = _jobs(slack)  # one scheduler process
    with freeze_time("2026-11-23T03:00:00Z"):
        jobs.tick()
    with session_scope(make_session_factory(slack.engine)) as s:
        assert sorted(s.scalars(select(Activity.id))) == ids[1:]
        s.execute(
            update(Activity)
            .where(Activity.id == ids[1])
            .values(occurred_on=cutoff - timedelta(days=3))
        )
    with freeze_time("2026-11-23T03:01:00Z"):  # the same day: done already
        jobs.tick()
    with session_scope(make_session_factory(slack.engine)) as s:
        assert sorted(s.scalars(select(Activity.id))) == ids[1:]
    with freeze_time("2026-11-24T03:00:00Z"):  # the next day
        jobs.tick()
    with session_scope(make_session_factory(slack.engine)) as s:
        assert sorted(s.scalars(select(Activity.id))) == ids[2:]


@pytest.mark.parametrize(
    ("today", "months", "cutoff"),
    [
        (date(2026, 11, 23), 24, date(2024, 11, 23)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),
    ],
)
def test_retention_cutoff_counts_calendar_months(today: date, months: int, cutoff: date) -> None:
    assert retention_cutoff(today, months) == cutoff


# -- the privacy notice ---------------------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("en-GB", ["Your data", "`/kpi mydata`", "24 months"]),
        ("nb-NO", ["Dine data", "`/kpi mydata`", "24 måneder"]),
        ("sv-SE", ["Dina data", "`/kpi mydata`", "24 månader"]),
        ("da-DK", ["Dine data", "`/kpi mydata`", "24 måneder"]),
    ],
)
def test_help_and_app_home_show_the_privacy_notice(slack, locale: str, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[METTE].locale = locale
    _, help_text = _say(slack, METTE, "help")
    slack.driver.event({"type": "app_home_opened", "user": METTE, "tab": "home"})
    slack.wait_idle()
    [home] = [c.params["view"] for c in slack.api.calls_to("views.publish")]
    home_text = text_of(home)
    for word in words:
        assert word in help_text and word in home_text
