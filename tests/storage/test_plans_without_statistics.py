"""PostgreSQL without planner statistics (tables just filled or restored, before ANALYZE or
autovacuum) guesses every search by workspace at one row, so a join's plan is a toss-up. The
reports' passes over the summary days that send them to the activities (amounts in other
currencies, revisions) must not depend on it: the days drive, each day's activities searched by
the day's seller (and date), never all the workspace's activities once per day or the days once
per activity (that plan took 2.6 s a report on test_figures_snapshot's 2,500 activities until
the test ran ANALYZE; 0.9 s on the bench's 2,000,000 restored without ANALYZE)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert

from bot.services import reports
from bot.services.kpis import Week
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Activity, Customer, Lead, SalesTeam, Seller, Workspace
from tests.helpers import each_statement

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def _seed(session) -> SalesTeam:  # type: ignore[no-untyped-def]
    session.add(Workspace(id="TPLAN"))
    session.flush()
    team = SalesTeam(workspace_id="TPLAN", channel_id="CPLAN", name="plans", currency="NOK")
    session.add(team)
    session.flush()
    sellers = [
        Seller(workspace_id="TPLAN", slack_user_id=f"UP{n}", team_id=team.id) for n in range(4)
    ]
    customers = [Customer(workspace_id="TPLAN", name=f"K{n}", key=f"k{n}") for n in range(20)]
    session.add_all(sellers + customers)
    session.flush()
    lead = Lead(
        workspace_id="TPLAN",
        customer_id=customers[0].id,
        owner_id=sellers[0].id,
        status="open",
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(lead)
    session.flush()
    rows = []
    for n in range(600):
        kind = ("meeting", "call", "offer", "win", "meeting", "call")[n % 6]
        priced = kind in ("offer", "win")
        rows.append(
            {
                "workspace_id": "TPLAN",
                "team_id": team.id,
                "seller_id": sellers[n % 4].id,
                "customer_id": customers[n % 20].id,
                "kind": kind,
                "occurred_on": TODAY - timedelta(days=n // 4),
                "amount": Decimal(1000 + n) if priced else None,
                # Every seventh priced one in euros: days of mixed currencies.
                "currency": ("EUR" if n % 7 == 0 else "NOK") if priced else None,
                "source": "command",
                "source_ref": f"p{n}",
                "created_at": NOW,
            }
        )
    session.execute(insert(Activity), rows)
    # An offer revised (on the lead), so the revisions' pass runs too.
    for n, replaced in ((600, None), (601, Decimal(5000))):
        session.add(
            Activity(
                workspace_id="TPLAN",
                team_id=team.id,
                seller_id=sellers[0].id,
                customer_id=customers[0].id,
                lead_id=lead.id,
                kind="offer",
                occurred_on=TODAY - timedelta(days=n - 600),
                amount=Decimal(6000),
                currency="NOK",
                replaced_amount=replaced,
                source="command",
                source_ref=f"p{n}",
                created_at=NOW,
            )
        )
    return team


def test_the_summary_days_drive_the_search_of_their_activities(migrated_pg_url: str) -> None:
    engine = make_engine(migrated_pg_url)
    statements: dict[str, object] = {}

    probes: dict[str, object] = {}

    def seen(statement: str, parameters: object) -> None:
        # The passes the summary days drive (a sender's revisions probe is no day pass)
        if re.search(r"\bWITH days AS\b", statement) and re.search(r"\bactivities\b", statement):
            statements.setdefault(statement, parameters)
        elif "activities_1.kind" in statement and "activities_1.customer_id" in statement:
            probes.setdefault(statement, parameters)

    try:
        with session_scope(make_session_factory(engine)) as s:
            team = _seed(s)
        with each_statement(engine, seen), session_scope(make_session_factory(engine)) as s:
            team = s.get(SalesTeam, team.id)
            members = s.query(Seller).filter_by(workspace_id="TPLAN").all()
            reports.build_team_report(s, team, Week.of(TODAY), TODAY)
            # One seller's own view: the team's days with a revision read as well.
            reports.build_team_report(s, team, Week.of(TODAY), TODAY, only=members[:1])
        assert len(statements) >= 2, list(statements)  # other currencies; revisions
        with engine.connect() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM pg_statistic s JOIN pg_class c ON c.oid = s.starelid "
                    "WHERE c.relname IN ('activities', 'seller_days')"
                ).scalar()
                == 0
            )
            for statement, parameters in statements.items():
                plan = "\n".join(
                    row[0]
                    for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters)  # type: ignore[arg-type]
                )
                # The activities are reached per summary day, by its seller at least.
                assert re.search(
                    r"Scan using \w+ on activities(?! activities_1)\b.*\n\s+Index Cond: .*"
                    r"seller_id = (seller_)?days\.seller_id",
                    plan,
                ), (statement, plan)
            # "Is this the customer's first win?": a probe per win, never an anti join of the
            # period's wins with all the workspace's activities (0.3 s a report on the snapshot's).
            assert probes
            for statement, parameters in probes.items():
                plan = "\n".join(
                    row[0]
                    for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters)  # type: ignore[arg-type]
                )
                assert "SubPlan" in plan and "Anti Join" not in plan, (statement, plan)
    finally:
        engine.dispose()
