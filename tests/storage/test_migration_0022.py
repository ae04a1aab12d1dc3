"""Migration 0022g on a database with goals (both backends), and the goals in force on a day:
a goal set for a period to come holds from its first day; a past week, this week and the
coming quarter each show their own; downgrade keeps the goal in force and drops the columns."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import command

from storage import repositories as repo
from storage.db import alembic_config, make_engine, make_session_factory, session_scope, upgrade
from storage.models import Goal, SalesTeam, Seller, Workspace


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _seen(goals: list[Goal]) -> set[tuple[int | None, str, str, Decimal]]:
    return {(g.seller_id, g.kpi, g.scope, Decimal(g.target)) for g in goals}


def test_0022_keeps_goals_and_each_day_shows_the_goal_in_force_on_it(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0021j")
    factory = make_session_factory(engine)
    goals = sa.table(
        "goals", *(sa.column(c) for c in ("workspace_id", "team_id", "seller_id", "kpi",
                                           "scope", "period", "target", "updated_at")),
    )  # fmt: skip
    with session_scope(factory) as s:
        s.add(Workspace(id="T1", created_at=_at("2027-01-01T00:00:00")))
        s.flush()
        s.add(SalesTeam(id=1, workspace_id="T1", channel_id="C1", created_at=_at("2027-01-01T00:00:00")))  # fmt: skip
        s.flush()
        s.add(Seller(id=7, workspace_id="T1", slack_user_id="UKARI", team_id=1,
                     created_at=_at("2027-01-01T00:00:00")))  # fmt: skip
        s.flush()
        for seller, kpi, period, target in ((None, "revenue", "quarter", 1_200_000), (7, "meetings", "week", 8)):  # fmt: skip
            s.execute(goals.insert().values(workspace_id="T1", team_id=1, seller_id=seller,
                                            kpi=kpi, scope="seller", period=period, target=target,
                                            updated_at=_at("2027-03-01T08:00:00")))  # fmt: skip
    upgrade(engine)
    revenue = lambda amount: (None, "revenue", "seller", Decimal(amount))  # noqa: E731
    meetings = lambda n: (7, "meetings", "seller", Decimal(n))  # noqa: E731
    with session_scope(factory) as s:
        # Kept as they were: in force on any day.
        assert _seen(repo.goals_of_team(s, "T1", 1, on=date(2027, 3, 30))) == {revenue(1_200_000), meetings(8)}  # fmt: skip
        # Tue 30 March: Q2's revenue goal and Kari's from week 14; set again for Q2, replaced.
        at, today = _at("2027-03-30T08:00:00"), date(2027, 3, 30)
        for target in (1_400_000, 1_500_000):
            repo.set_goal(s, "T1", 1, None, "revenue", "quarter", target, "UKARI", at=at, today=today, starts_on=date(2027, 4, 1))  # fmt: skip
        repo.set_goal(s, "T1", 1, 7, "meetings", "week", 10, "UKARI", at=at, today=today, starts_on=date(2027, 4, 5))  # fmt: skip
        assert len(repo.coming_goals(s, "T1", 1, today)) == 2
        now = repo.goals_of_team(s, "T1", 1, on=today)
        assert _seen(now) == {revenue(1_200_000), meetings(8)}
        assert _seen(repo.goals_of_team(s, "T1", 1, on=date(2027, 4, 1))) == {revenue(1_500_000), meetings(8)}  # fmt: skip
        assert _seen(repo.goals_of_team(s, "T1", 1, on=date(2027, 4, 5))) == {revenue(1_500_000), meetings(10)}  # fmt: skip
        # Tue 13 April, Q2 under way: set from now, it replaces Q2's (and the one before it).
        later, april = _at("2027-04-13T08:00:00"), date(2027, 4, 13)
        repo.set_goal(s, "T1", 1, None, "revenue", "quarter", 1_600_000, "UKARI", at=later, today=april)  # fmt: skip
        assert _seen(repo.goals_of_team(s, "T1", 1, on=april)) == {revenue(1_600_000), meetings(10)}  # fmt: skip
        # Past weeks as they were at their end: week 12 (Q1's goals), week 13 (Q2's, from Thu)
        week12 = repo.goals_of_team(s, "T1", 1, as_of=_at("2027-03-28T22:00:00"), on=date(2027, 3, 28))  # fmt: skip
        assert _seen(week12) == {revenue(1_200_000), meetings(8)}
        week13 = repo.goals_of_team(s, "T1", 1, as_of=_at("2027-04-04T22:00:00"), on=date(2027, 4, 4))  # fmt: skip
        assert _seen(week13) == {revenue(1_500_000), meetings(8)}
        # Set on 30 March and viewed as of then: the coming one is not the week's
        then = repo.goals_of_team(s, "T1", 1, as_of=_at("2027-03-30T09:00:00"), on=date(2027, 3, 30))  # fmt: skip
        assert _seen(then) == {revenue(1_200_000), meetings(8)}
        # "off" from now takes the goal in force; one still to come stays unless asked
        repo.set_goal(s, "T1", 1, 7, "meetings", "week", 12, "UKARI", at=later, today=april, starts_on=date(2027, 5, 3))  # fmt: skip
        gone = repo.remove_goal(s, "T1", 1, 7, "meetings", at=later, today=april)
        assert sorted(g.target for g in gone) == [
            Decimal(8),
            Decimal(10),
        ]  # and the one it replaced
        assert _seen(repo.goals_of_team(s, "T1", 1, on=date(2027, 5, 3))) == {revenue(1_600_000), meetings(12)}  # fmt: skip
        # For the downgrade, which keeps what is in force on the (real) day it runs: the
        # revenue goal started long ago, one set for 2099 beside it, Kari's coming one too.
        s.execute(sa.update(Goal).where(Goal.kpi == "revenue").values(starts_on=date(2020, 1, 1)))
        s.execute(sa.update(Goal).where(Goal.kpi == "meetings").values(starts_on=date(2099, 1, 5)))
        repo.set_goal(s, "T1", 1, None, "revenue", "year", 9_000_000, "UKARI", at=later, today=april, starts_on=date(2099, 1, 1))  # fmt: skip
    command.downgrade(alembic_config(engine), "0021j")
    with engine.connect() as conn:
        for table in ("goals", "goal_changes"):
            assert "starts_on" not in {c["name"] for c in sa.inspect(conn).get_columns(table)}
        left = conn.execute(sa.text("SELECT seller_id, kpi, target FROM goals ORDER BY id"))
        assert [(r[0], r[1], Decimal(r[2])) for r in left] == [(None, "revenue", Decimal(1_600_000))]  # fmt: skip
    engine.dispose()
