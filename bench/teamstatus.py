"""How fast does /teamstatus answer for a 50-seller team with 200,000 activities?

Builds the data with bulk inserts, then measures (1) the report query + rendering in process and
(2) the whole path Slack sees: a signed /teamstatus through the WSGI server until the reply
reaches the response_url. Prints a small table; the README quotes it.

    .venv/bin/python bench/teamstatus.py [--activities 200000] [--sellers 50] [--runs 10]
    DATABASE_URL=postgresql+psycopg://... .venv/bin/python bench/teamstatus.py
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from bot.offline.harness import local_slack  # noqa: E402
from bot.offline.slack_api import FakeUser  # noqa: E402
from bot.rendering.status import team_status_messages  # noqa: E402
from bot.services.kpis import Week  # noqa: E402
from bot.services.reports import build_team_report  # noqa: E402
from storage.db import make_session_factory, session_scope  # noqa: E402
from storage.models import Activity, Customer, Lead, SalesTeam, Seller, Workspace  # noqa: E402

WS = "T0BENCH"
CHANNEL = "C0BENCH"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class FixedClock:
    def now(self) -> datetime:
        return NOW


def populate(engine, sellers: int, activities: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(47)
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        s.add(Workspace(id=WS, name="Bench"))
        s.flush()
        team = SalesTeam(
            workspace_id=WS, channel_id=CHANNEL, name="bench", language="en", currency="NOK"
        )
        s.add(team)
        s.flush()
        ids = []
        for i in range(sellers):
            seller = Seller(
                workspace_id=WS,
                slack_user_id=f"UB{i:04d}",
                display_name=f"Seller{i:02d}",
                timezone="Europe/Oslo",
                locale="en-GB",
                team_id=team.id,
                is_workspace_admin=i == 0,
                profile_refreshed_at=NOW,
            )
            s.add(seller)
            s.flush()
            ids.append(seller.id)
        customers = []
        for c in range(2000):
            customer = Customer(workspace_id=WS, name=f"Customer {c:04d}", key=f"customer {c:04d}")
            s.add(customer)
            customers.append(customer)
        s.flush()
        customer_ids = [c.id for c in customers]
        leads = [
            {
                "workspace_id": WS,
                "customer_id": cid,
                "owner_id": rng.choice(ids),
                "team_id": team.id,
                "status": rng.choice(["open", "open", "won", "lost"]),
                "temperature": rng.choice(["cold", "warm", "hot", None]),
                "offer_amount": Decimal(rng.randrange(50, 2000) * 1000),
                "currency": "NOK",
                "created_at": NOW,
                "updated_at": NOW,
            }
            for cid in customer_ids
        ]
        s.execute(insert(Lead), leads)
        kinds = ["meeting"] * 40 + ["call"] * 35 + ["offer"] * 15 + ["win"] * 6 + ["loss"] * 4
        start = date(2024, 11, 20)
        batch = []
        for n in range(activities):
            kind = rng.choice(kinds)
            batch.append(
                {
                    "workspace_id": WS,
                    "team_id": team.id,
                    "seller_id": rng.choice(ids),
                    "customer_id": rng.choice(customer_ids),
                    "kind": kind,
                    "occurred_on": start + timedelta(days=rng.randrange(0, 731)),
                    "amount": Decimal(rng.randrange(50, 2000) * 1000)
                    if kind in ("offer", "win")
                    else None,
                    "currency": "NOK" if kind in ("offer", "win") else None,
                    "source": "command",
                    "source_ref": f"bench:{n}",
                    "created_at": NOW,
                }
            )
            if len(batch) == 10_000:
                s.execute(insert(Activity), batch)
                batch.clear()
        if batch:
            s.execute(insert(Activity), batch)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--sellers", type=int, default=50)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/bench.db"
        users = (FakeUser("UB0000", "Seller00 Bench", locale="en-GB", is_admin=True),)
        with local_slack(url, users=users, clock=FixedClock(), team_id=WS) as slack:
            t0 = time.perf_counter()
            populate(slack.engine, args.sellers, args.activities)
            print(
                f"populated {args.activities:,} activities for {args.sellers} sellers in {time.perf_counter() - t0:.1f} s"
            )

            factory = make_session_factory(slack.engine)
            in_process = []
            for _ in range(args.runs):
                t = time.perf_counter()
                with session_scope(factory) as s:
                    team = s.query(SalesTeam).filter_by(channel_id=CHANNEL).one()
                    report = build_team_report(s, team, Week.of(NOW.date()), NOW.date())
                    messages = team_status_messages(report, "en")
                in_process.append(time.perf_counter() - t)
            assert sum(len(m["blocks"]) for m in messages) > args.sellers // 12

            end_to_end = []
            for _ in range(args.runs):
                t = time.perf_counter()
                result = slack.driver.command("/teamstatus", "", "UB0000", CHANNEL)
                result.reply(timeout=30)
                end_to_end.append(time.perf_counter() - t)

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    backend = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    print(
        f"\n/teamstatus, {args.sellers} sellers, {args.activities:,} activities, {backend}, {args.runs} runs"
    )
    print("| measure | median | worst |")
    print("|---|---|---|")
    print(
        f"| report query + rendering | {statistics.median(in_process) * 1000:.0f} ms | {max(in_process) * 1000:.0f} ms |"
    )
    print(
        f"| signed request → reply at response_url | {statistics.median(end_to_end) * 1000:.0f} ms | {max(end_to_end) * 1000:.0f} ms |"
    )
    print(f"| peak memory of the process (populating included) | {rss_mb:.0f} MB | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
