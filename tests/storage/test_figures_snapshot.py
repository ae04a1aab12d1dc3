"""Every figure a team sees, on a rich generated team, is exactly what it was: the team report
(this week, the week just ended, a week further back), the digest with its plans and every
private summary, /teamstatus and the App Home of a seller and of a manager, rendered in two
languages and compared, value by value, with a snapshot taken before the report's code was
made faster (tests/storage/snapshots/figures.json), on SQLite and PostgreSQL alike.

The team: twelve members (a manager who does not sell), about 2,500 activities over 40 weeks in
four currencies (DKK without a rate, some amounts without a currency), offer revisions within
and across currencies, undone entries, wins with and without an amount, goals of every period
for the team, by default and a seller's own, days away (this week's among them), warm and hot
leads with and without a next step, and their history.

A change meant to move a figure regenerates the snapshot:
    KPIBOT_UPDATE_SNAPSHOT=1 .venv/bin/python -m pytest tests/storage/test_figures_snapshot.py -k sqlite
and the diff of the JSON file says which figures moved."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bot.rendering.digest import digest_message, summary_message
from bot.rendering.home import home_view
from bot.rendering.status import team_status_messages
from bot.services import home, reports, requester
from bot.services.digest import plan_team_week
from bot.services.kpis import Week
from storage.db import make_engine, make_read_session_factory, make_session_factory, session_scope
from storage.models import (
    Activity,
    AwayPeriod,
    CurrencyRate,
    Customer,
    Goal,
    Lead,
    LeadState,
    SalesTeam,
    Seller,
    Workspace,
)

SNAPSHOT = Path(__file__).parent / "snapshots" / "figures.json"
WS = "TSNAP"
TODAY = date(2026, 11, 25)  # a Wednesday of W48, in 2026-Q4
NOW = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)
WEEKS = 40
MEMBERS = 12  # member 0 manages and does not sell
CURRENCIES = ("NOK", "NOK", "NOK", "NOK", "SEK", "EUR", "DKK", None)
KINDS = ("meeting",) * 8 + ("call",) * 7 + ("offer",) * 3 + ("win", "loss")


def _seed(session: Any) -> tuple[SalesTeam, list[Seller]]:
    rng = random.Random(20261125)
    created = datetime(2025, 1, 1, tzinfo=UTC)
    session.add(Workspace(id=WS, name="Snapshot"))
    session.flush()
    # Ids given, so that both databases hand out the same ones.
    # Set up when its sellers were created: every week of the 40 is one kpibot counted (without
    # it the team was set up at the wall clock's now, after TODAY, and the weeks before it with
    # nothing logged are no figures in the digest's trend and the summaries').
    team = SalesTeam(
        id=70,
        workspace_id=WS,
        channel_id="CSNAP",
        name="Snap",
        language="nb",
        currency="NOK",
        created_at=created,
    )
    session.add(team)
    session.flush()
    members = [
        Seller(
            id=700 + n,
            workspace_id=WS,
            slack_user_id=f"USNAP{n:02d}",
            display_name=f"Seller {n:02d}" if n % 5 else None,
            team_id=team.id,
            sells=n != 0,
            locale=("nb-NO", "sv-SE", "en-GB", None)[n % 4],
            language=("sv", None, "da")[n % 3] if n % 4 == 1 else None,
            created_at=created,
        )
        for n in range(MEMBERS)
    ]
    session.add_all(members)
    session.flush()
    customers = [
        Customer(
            id=7000 + n,
            workspace_id=WS,
            name=f"Kunde {n:03d}",
            key=f"kunde {n:03d}",
            created_at=created,
        )
        for n in range(90)
    ]
    session.add_all(customers)
    session.flush()
    # Rates: SEK and EUR (DKK has none); EUR changed in the week under way.
    session.add_all(
        [
            CurrencyRate(workspace_id=WS, team_id=team.id, currency="SEK", rate=Decimal("0.95"),
                         valid_from=date(2025, 1, 1)),
            CurrencyRate(workspace_id=WS, team_id=team.id, currency="EUR", rate=Decimal("11.4"),
                         valid_from=date(2025, 1, 1)),
            CurrencyRate(workspace_id=WS, team_id=team.id, currency="EUR", rate=Decimal("11.7"),
                         valid_from=TODAY - timedelta(days=1)),
        ]
    )  # fmt: skip
    ids = [m.id for m in members]

    def goal(kpi: str, period: str, target: str, seller: int | None = None, scope: str = "seller"):  # type: ignore[no-untyped-def]
        return Goal(workspace_id=WS, team_id=team.id, seller_id=seller, kpi=kpi, scope=scope,
                    period=period, target=Decimal(target))  # fmt: skip

    session.add_all(
        [
            goal("meetings", "week", "6"),
            goal("calls", "week", "5"),
            goal("offers", "quarter", "30"),
            goal("revenue", "quarter", "900000"),
            goal("wins", "quarter", "6"),
            goal("closing_rate", "quarter", "35"),
            goal("meetings", "week", "8", ids[2]),
            goal("revenue", "year", "4000000", ids[3]),
            goal("activities", "year", "600", ids[4]),
            goal("new_customer_revenue", "quarter", "300000", ids[5]),
            goal("new_customer_revenue", "year", "900000", ids[6]),
            goal("new_customers", "week", "1", ids[7]),
            goal("offer_value", "quarter", "1500000", ids[8]),
            goal("pipeline", "quarter", "700000", scope="team"),
            goal("new_customers", "quarter", "12", scope="team"),
            goal("calls", "week", "45", scope="team"),
        ]
    )
    monday = Week.of(TODAY).monday
    session.add_all(
        [
            AwayPeriod(workspace_id=WS, seller_id=ids[3], starts_on=monday - timedelta(days=21),
                       ends_on=monday - timedelta(days=10)),
            AwayPeriod(workspace_id=WS, seller_id=ids[4], starts_on=TODAY,
                       ends_on=TODAY + timedelta(days=6)),
            AwayPeriod(workspace_id=WS, seller_id=ids[6], starts_on=monday - timedelta(days=7),
                       ends_on=monday - timedelta(days=5)),
            AwayPeriod(workspace_id=WS, seller_id=ids[9], starts_on=date(2026, 7, 1),
                       ends_on=date(2026, 7, 28)),
        ]
    )  # fmt: skip
    session.flush()
    first_day = monday - timedelta(weeks=WEEKS)
    # Seller 10 starts three weeks ago (a newcomer); seller 11 has nothing at all.
    starts = {ids[10]: monday - timedelta(weeks=1)}
    ref = 0
    rows: list[dict[str, Any]] = []
    for n, sid in enumerate(ids[:11]):
        weight = rng.uniform(0.4, 1.6)
        day = starts.get(sid, first_day)
        while day <= TODAY:
            if day.weekday() < 5 or rng.random() < 0.05:
                for _ in range(rng.randrange(0, int(5 * weight) + 1)):
                    ref += 1
                    kind = rng.choice(KINDS)
                    amount = currency = replaced = replaced_currency = None
                    if kind in ("offer", "win") and rng.random() < 0.85:
                        amount = Decimal(rng.randrange(10, 500) * 1000)
                        currency = rng.choice(CURRENCIES)
                        if kind == "offer" and rng.random() < 0.15:  # a revision
                            replaced = Decimal(rng.randrange(10, 500) * 1000)
                            replaced_currency = rng.choice((currency, currency, "SEK", None))
                    at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) + timedelta(
                        hours=rng.randrange(0, 48 if rng.random() < 0.1 else 9)
                    )
                    rows.append(
                        dict(
                            id=ref,
                            workspace_id=WS,
                            team_id=team.id,
                            seller_id=sid,
                            customer_id=customers[rng.randrange(0, 40 + 5 * n)].id,
                            kind=kind,
                            occurred_on=day,
                            amount=amount,
                            currency=currency,
                            replaced_amount=replaced,
                            replaced_currency=replaced_currency,
                            source="command",
                            source_ref=f"snap:{ref}",
                            created_at=at,
                            deleted_at=at + timedelta(hours=1) if rng.random() < 0.02 else None,
                            temperature=rng.choice((None, None, "warm", "hot", "cold")),
                        )
                    )
            day += timedelta(days=1)
    session.execute(insert(Activity.__table__), rows)  # Core: one executemany
    session.flush()
    # Open and closed leads, warm and hot, with and without a next step, and their history.
    for n in range(70):
        sid = ids[1 + n % 10]
        opened = datetime.combine(TODAY - timedelta(days=rng.randrange(1, 120)), datetime.min.time(),
                                  tzinfo=UTC)  # fmt: skip
        status = rng.choice(("open", "open", "open", "won", "lost"))
        temperature = rng.choice(("warm", "hot", "cold", None))
        due = TODAY + timedelta(days=rng.randrange(-20, 20)) if rng.random() < 0.5 else None
        amount = Decimal(rng.randrange(20, 800) * 1000) if rng.random() < 0.7 else None
        currency = rng.choice(("NOK", "NOK", "SEK", "EUR", "DKK")) if amount else None
        lead = Lead(
            id=7000 + n,
            workspace_id=WS,
            customer_id=customers[n].id,
            owner_id=sid,
            team_id=team.id,
            status=status,
            temperature=temperature,
            offer_amount=amount,
            currency=currency,
            offer_sent_on=opened.date() if amount else None,
            next_step="call" if due else None,
            next_step_due=due,
            created_at=opened,
            updated_at=opened,
            closed_at=opened + timedelta(days=3) if status != "open" else None,
        )
        session.add(lead)
        states = [(opened, "open", temperature, due)]
        if status != "open":
            states.append((opened + timedelta(days=3), status, temperature, None))
        for k, (since, state, temp, step_due) in enumerate(states):
            until = states[k + 1][0] if k + 1 < len(states) else None
            session.add(
                LeadState(workspace_id=WS, lead_id=lead.id, customer_id=lead.customer_id,
                          owner_id=sid, team_id=team.id, status=state, temperature=temp,
                          offer_amount=amount, currency=currency,
                          offer_sent_on=lead.offer_sent_on, next_step_due=step_due,
                          valid_from=since, valid_to=until)
            )  # fmt: skip
    session.flush()
    return team, members


def _plain(value: Any) -> Any:
    """Values as JSON: Decimals by their value (1.50 and 1.5 alike), dataclasses by field."""
    if isinstance(value, Decimal):
        return (
            f"D:{value.normalize():f}"
            if value == value.to_integral_value()
            else f"D:{value.normalize()}"
        )
    if isinstance(value, (date, datetime, Week)):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"@": type(value).__name__, **found}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, dict) or hasattr(value, "items"):
        return {
            str(_plain(k)): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
        }
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return value


def _figures(url: str) -> dict[str, Any]:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        _seed(s)
    # No ANALYZE on PostgreSQL: the tables were just filled, as after a restore, and the
    # reports' plans must not need statistics (storage.aggregates._on_those_days).
    found: dict[str, Any] = {}
    this_week = Week.of(TODAY)
    with session_scope(make_read_session_factory(engine)) as s:
        team = s.query(SalesTeam).filter_by(workspace_id=WS).one()
        members = s.query(Seller).filter_by(workspace_id=WS).order_by(Seller.id).all()
        for back in (0, 1, 3):
            week = this_week.shift(-back)
            key = f"week-{back}"
            report = reports.build_team_report(s, team, week, TODAY)
            found[f"{key}/report"] = _plain(
                replace(
                    report,
                    member_ids=sorted(report.member_ids),
                    selling_ids=None if report.selling_ids is None else sorted(report.selling_ids),
                )
            )
            for language in ("en", "nb"):
                found[f"{key}/teamstatus/{language}"] = team_status_messages(report, language)
            team_week = plan_team_week(s, team, week, TODAY)
            found[f"{key}/digest"] = _plain(
                replace(team_week.digest, report=None)  # type: ignore[arg-type]
            )
            for language in ("sv", "en"):
                found[f"{key}/digest/{language}"] = digest_message(team_week.digest, language)
            for summary in team_week.summaries:
                uid = summary.status.seller.slack_user_id
                found[f"{key}/summary/{uid}"] = _plain(replace(summary, report=None))  # type: ignore[arg-type]
                found[f"{key}/summary/{uid}/da"] = summary_message(summary, "da")
        for n, manager in ((2, False), (6, False), (0, True), (10, False)):
            who = requester.resolve(s, WS, members[n].slack_user_id, None, NOW)
            who = replace(who, is_manager=manager, today=TODAY)
            board = home.dashboard(s, who)
            found[f"home/{n}"] = home_view(
                "en",
                status=board.status,
                report=board.report,
                leads=board.leads,
                recent=board.recent,
                team_report=board.team_report,
            )
    engine.dispose()
    # Through JSON and back: what is compared is what the file holds.
    return json.loads(json.dumps(found, default=str, sort_keys=True))


def test_every_figure_is_what_it_was(migrated_db_url: str, backend: str) -> None:
    figures = _figures(migrated_db_url)
    if os.environ.get("KPIBOT_UPDATE_SNAPSHOT") and backend == "sqlite":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(
            json.dumps(figures, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        )
    expected = json.loads(SNAPSHOT.read_text())
    assert sorted(figures) == sorted(expected)
    # The team is rich enough to mean something: every kind of line is there.
    assert len(expected["week-0/report"]["sellers"]) == MEMBERS - 1
    for key in sorted(expected):
        _same(figures[key], expected[key], key)
    # Written plainly: no brackets inside brackets ("(NOK 1,000 + DKK 500 not converted (no rate
    # set …))" was), on any surface, in any of the four languages.
    nested = re.compile(r"\([^()\n]*\([^()\n]*\)[^()\n]*\)")
    found = sorted({m[0] for m in nested.finditer(json.dumps(figures, ensure_ascii=False))})
    assert not found, found


def _same(actual: Any, expected: Any, where: str) -> None:
    """Equal, except that a dataclass may have gained fields (what a report carries for its
    callers): every value the snapshot holds must be there and the same."""
    if isinstance(expected, dict) and "@" in expected and isinstance(actual, dict):
        for name in expected:
            assert name in actual, f"{where}.{name} is gone"
            _same(actual[name], expected[name], f"{where}.{name}")
    elif isinstance(expected, list) and isinstance(actual, list) and len(actual) == len(expected):
        for n, (a, e) in enumerate(zip(actual, expected, strict=True)):
            _same(a, e, f"{where}[{n}]")
    elif (
        isinstance(expected, dict)
        and isinstance(actual, dict)
        and sorted(actual) == sorted(expected)
    ):
        for name in expected:
            _same(actual[name], expected[name], f"{where}.{name}")
    else:
        assert actual == expected, where
