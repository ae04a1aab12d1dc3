"""The scheduler's and the KPI reports' queries reach activities only through an index, on
SQLite's own planner (no statistics, as in production): never a scan of the table or of a whole
index, never an automatic index built for one statement. A per-customer probe that scanned a
seller index instead once made one pass run for minutes on 2,000,000 activities."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.jobs import nudges as nudge_job
from bot.jobs import tick
from bot.services import reports
from bot.services.digest import plan_team_week
from bot.services.kpis import Week
from storage import claims
from storage import repositories as repo
from storage.db import make_engine, make_session_factory, session_scope, upgrade
from storage.models import Activity, Customer, Lead, SalesTeam, Seller, Workspace
from tests.helpers import each_statement

pytestmark = pytest.mark.skipif(
    os.environ.get("KPIBOT_TEST_DB", "sqlite") == "postgres",
    reason="SQLite's planner, without statistics",
)

NOW = datetime(2026, 11, 23, 13, 5, tzinfo=UTC)
TODAY = NOW.date()


@pytest.fixture
def engine(tmp_path):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade(engine)
    with session_scope(make_session_factory(engine)) as s:
        s.add(Workspace(id="T1"))
        s.flush()
        team = SalesTeam(workspace_id="T1", channel_id="C1", name="sales")
        s.add(team)
        s.flush()
        sellers = [
            Seller(workspace_id="T1", slack_user_id=f"U{i}", team_id=team.id) for i in range(3)
        ]
        customers = [
            Customer(workspace_id="T1", name=f"C{i}", key=f"c{i}", tier="A") for i in range(3)
        ]
        s.add_all(sellers + customers)
        s.flush()
        for n in range(30):
            s.add(
                Activity(
                    workspace_id="T1",
                    team_id=team.id,
                    seller_id=sellers[n % 3].id,
                    customer_id=customers[n % 3].id,
                    kind=("meeting", "call", "offer", "win", "loss")[n % 5],
                    occurred_on=TODAY - timedelta(days=7 * n),
                    # One offer in another currency: its day's amounts read from the activities.
                    amount=1000 if n == 2 else None,
                    currency="EUR" if n == 2 else None,
                    source="command",
                    source_ref=f"r{n}",
                    created_at=NOW,
                )
            )
            s.add(
                Lead(
                    workspace_id="T1",
                    customer_id=customers[n % 3].id,
                    owner_id=sellers[n % 3].id,
                    status="open",
                    temperature="warm",
                    created_at=NOW,
                    updated_at=NOW - timedelta(days=n),
                )
            )
    yield engine
    engine.dispose()


def _plans(engine, work) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(statement, plan) for every SELECT (or WITH … SELECT) that `work` runs."""
    seen: dict[str, object] = {}

    def on(statement, parameters):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.setdefault(statement, parameters)

    with each_statement(engine, on), session_scope(make_session_factory(engine)) as s:
        work(s)
    found = []
    with engine.connect() as conn:
        for statement, parameters in seen.items():
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            found.append((statement, "\n".join(r[-1] for r in rows)))
    return found


def _work(s) -> None:  # type: ignore[no-untyped-def]
    now = NOW + timedelta(minutes=3)
    due = tick.what_is_due(s, now, timedelta(hours=24))
    recipients = [r for r, _ in tick.nudge_recipients(s, now, force=True)]
    assert due.digests and recipients
    assert nudge_job.plan(s, recipients, now)
    team = repo.team_by_id(s, "T1", 1)
    plan_team_week(s, team, Week.of(TODAY).shift(-1), TODAY)
    reports.build_team_report(
        s, team, Week.of(TODAY), TODAY, only=repo.team_members(s, "T1", 1)[:1]
    )
    # One seller's own view (the App Home).
    one = repo.team_members(s, "T1", 1)[:1]
    reports.build_team_report(s, team, Week.of(TODAY), TODAY, only=one, members=one)
    repo.recent_activities(s, "T1", 1)
    claims.settled(s, {"nudge"}, {TODAY.isoformat()}, now)


def test_activities_are_only_searched_through_an_index(engine) -> None:  # type: ignore[no-untyped-def]
    plans = _plans(engine, _work)
    assert len(plans) >= 15
    for statement, plan in plans:
        assert "AUTOMATIC" not in plan, (statement, plan)
        for line in plan.splitlines():
            if re.search(r"\bactivities(_\d+)?\b", line):
                assert line.lstrip().startswith("SEARCH"), (statement, plan)
        if "seller_days" in statement:
            # The summary's key, never a scan of the workspace's days (handover14).
            assert "SCAN seller_days" not in plan, (statement, plan)
        if "FROM claims" in statement:
            assert "ix_claims_kind_period" in plan, plan


def test_per_customer_probes_and_lookups_use_their_index(engine) -> None:  # type: ignore[no-untyped-def]
    plans = _plans(engine, _work)
    probes = [
        plan
        for statement, plan in plans
        if "activities_1.kind" in statement and "activities_1.lead_id" not in statement
    ]  # (a revision's offer is found on its lead: _revisions_query)
    assert probes, "no first-win check ran"
    for plan in probes:
        assert "ix_activities_customer_kind (workspace_id=? AND customer_id=? AND kind=?" in plan
    quiet = [plan for statement, plan in plans if "customers.tier" in statement]
    assert quiet and all("ix_activities_customer_date" in plan for plan in quiet)
    # The reports' day pass: the per-seller, per-day summary through its key, each part a range.
    days = [plan for statement, plan in plans if "FROM seller_days" in statement]
    assert days
    # A day with amounts in another currency: its activities read, that day's range alone.
    foreign = [
        plan
        for statement, plan in plans
        if "JOIN activities" in statement
        and "seller_days" in statement
        and "replaced_amount IS NOT NULL" not in statement
    ]
    assert foreign
    for plan in foreign:
        assert (
            "ix_activities_seller_week (workspace_id=? AND seller_id=? AND occurred_on=?)" in plan
        ), plan
    for plan in days:
        for line in plan.splitlines():
            if "seller_days" in line:
                assert (
                    "SEARCH seller_days USING PRIMARY KEY (workspace_id=? AND seller_id=? AND day>? AND day<?)"
                    in line
                ), plan
    counts = [
        plan for statement, plan in plans if "FILTER" in statement and "created_at" not in statement
    ]
    assert all("COVERING INDEX ix_activities_seller_week" in plan for plan in counts)
    # A past week's closing rate: the ledger's, corrected by what was logged since the week's end
    # (found by when it was logged) and what was undone since (an index of undone rows only).
    since = [plan for statement, plan in plans if "activities.created_at >=" in statement]
    assert since and all(
        "ix_activities_seller_created (workspace_id=? AND seller_id=? AND created_at>?" in plan
        for plan in since
    ), since
    undone = [plan for statement, plan in plans if "activities.deleted_at >=" in statement]
    assert undone and all(
        "ix_activities_undone (workspace_id=? AND seller_id=? AND deleted_at>?" in plan
        for plan in undone
    ), undone
    # Revisions of the sellers' offers made by others (a lead handed over, to any team): asked in
    # the reports' day pass, from the partial index of such revisions alone.
    revisions = [plan for statement, plan in plans if "activities.sender_id IN" in statement]
    assert revisions and all(
        "ix_activities_sender (workspace_id=? AND sender_id=? AND occurred_on>? AND occurred_on<?)"
        in plan
        for plan in revisions
    ), revisions
    # The names of a past week's leads: from the lead, or its history when deleted since.
    shown = [plan for statement, plan in plans if "WHERE lead_states.lead_id IN" in statement]
    assert shown and all(
        "SEARCH leads USING INTEGER PRIMARY KEY" in plan
        and "SEARCH lead_states USING COVERING INDEX ix_lead_states_lead" in plan
        and "SCAN lead_states" not in plan
        for plan in shown
    ), shown


def test_a_past_week_reads_lead_history_from_its_index_alone(engine) -> None:  # type: ignore[no-untyped-def]
    plans = _plans(engine, _work)
    history = [
        (st, plan) for st, plan in plans if "FROM lead_states" in st and "AS listed" not in st
    ]
    # pipeline, warm leads without a next step, the summaries' leads and stale offers (the
    # names of the leads listed are read by their ids: test_per_customer_probes…)
    assert len(history) >= 4, plans
    for _statement, plan in history:
        searches = [line for line in plan.splitlines() if "lead_states" in line]
        # Two ranges of the index alone: the current rows, and those that ended after the moment
        # (not every open state the owners ever had).
        assert len(searches) == 2, plan
        assert (
            "COVERING INDEX ix_lead_states_asof (workspace_id=? AND owner_id=? AND status=? AND valid_to=? AND valid_from<?)"
            in searches[0]
        )
        assert (
            "COVERING INDEX ix_lead_states_asof (workspace_id=? AND owner_id=? AND status=? AND valid_to>?)"
            in searches[1]
        )


def test_the_new_customer_plans_read_through_indexes(engine) -> None:  # type: ignore[no-untyped-def]
    """With a goal for revenue from new customers, a past week's digest also reads the funnel
    split, the offers to new customers of the last four weeks and the new-customer pipeline as
    it stood: activities through an index, lead history from its index alone."""
    with session_scope(make_session_factory(engine)) as s:
        repo.set_goal(s, "T1", 1, None, "new_customer_revenue", "quarter", 1_000_000, "U0", at=NOW)
        # An open offer for the pipeline as of the week's end.
        for lead in s.query(Lead).all():
            lead.offer_amount = 100
    team_week = Week.of(TODAY).shift(-1)

    def work(s) -> None:  # type: ignore[no-untyped-def]
        week = plan_team_week(s, repo.team_by_id(s, "T1", 1), team_week, TODAY)
        assert week.digest.new_plans, "no new-customer plan was worked out"

    plans = _plans(engine, work)
    for statement, plan in plans:
        assert "AUTOMATIC" not in plan, (statement, plan)
        for line in plan.splitlines():
            if re.search(r"\bactivities(_\d+)?\b", line):
                assert line.lstrip().startswith("SEARCH"), (statement, plan)
    [(_statement, plan)] = [
        (st, plan)
        for st, plan in plans
        if "FROM lead_states" in st and "coalesce" in st and "AS listed" not in st
    ]
    states = [line for line in plan.splitlines() if "lead_states" in line]
    asof = [line for line in states if "ix_lead_states_asof" in line]
    assert len(asof) == 2 and all("COVERING INDEX ix_lead_states_asof" in s for s in asof)
    # A lead deleted since is found by its history's customer: by the lead's id.
    assert all("ix_lead_states_lead (lead_id=?)" in s for s in states if s not in asof), plan
    assert "SEARCH leads USING INTEGER PRIMARY KEY" in plan, plan
    assert "ix_activities_customer_kind (workspace_id=? AND customer_id=? AND kind=?" in plan


def test_the_nudge_pass_reads_warm_leads_from_their_index_alone(engine) -> None:  # type: ignore[no-untyped-def]
    """The nudge candidates come from ix_leads_nudge (open warm leads only, every column the pass
    reads), never from the leads table that grows with the years; a lead's last live activity
    from ix_activities_lead alone (issue 10: the pass grew with the history)."""
    plans = _plans(engine, _work)
    [(statement, plan)] = [(st, plan) for st, plan in plans if "leads.nudged_at" in st]
    lines = plan.splitlines()
    assert any(
        "SEARCH leads USING COVERING INDEX ix_leads_nudge (owner_id=?)" in line for line in lines
    ), plan
    assert any(
        "SEARCH activities USING COVERING INDEX ix_activities_lead (lead_id=? AND deleted_at=?)"
        in line
        for line in lines
    ), plan
    assert "TEMP B-TREE" not in plan, plan  # already in the order the DMs list them
