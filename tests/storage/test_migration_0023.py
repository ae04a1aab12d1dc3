"""Migration 0023a (both backends): one goal row per key and first day. Duplicates left by two
writers at once are reduced to the latest set; the index then refuses a second row, and two
managers setting the same goal at once store one goal, the later write's."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.exc import IntegrityError

from storage import repositories as repo
from storage.db import alembic_config, make_engine, make_session_factory, session_scope, upgrade
from storage.models import Goal, SalesTeam, Seller, Workspace

GOALS = sa.table(
    "goals",
    *(
        sa.column(c)
        for c in (
            "workspace_id", "team_id", "seller_id", "kpi", "scope", "period", "target",
            "updated_at", "starts_on",
        )
    ),
)  # fmt: skip


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _team(factory) -> None:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        s.add(Workspace(id="T1", created_at=_at("2026-11-01T00:00:00")))
        s.flush()
        s.add(SalesTeam(id=1, workspace_id="T1", channel_id="C1", created_at=_at("2026-11-01T00:00:00")))  # fmt: skip
        s.flush()
        s.add(Seller(id=7, workspace_id="T1", slack_user_id="UKARI", team_id=1,
                     created_at=_at("2026-11-01T00:00:00")))  # fmt: skip


def _row(seller: int | None, kpi: str, target: int, at: str, starts: date | None = None) -> dict:  # type: ignore[type-arg]
    return {
        "workspace_id": "T1", "team_id": 1, "seller_id": seller, "kpi": kpi, "scope": "seller",
        "period": "week", "target": target, "updated_at": _at(at), "starts_on": starts,
    }  # fmt: skip


def test_0023_keeps_the_latest_of_duplicate_goals_and_refuses_a_second(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0022g")
    factory = make_session_factory(engine)
    _team(factory)
    january = date(2027, 1, 1)
    with engine.begin() as conn:
        conn.execute(GOALS.insert(), [
            _row(None, "meetings", 8, "2026-11-30T08:00:00"),
            _row(None, "meetings", 9, "2026-11-30T08:00:01"),  # the team default set twice
            _row(7, "meetings", 12, "2026-11-30T09:00:00", january),
            _row(7, "meetings", 11, "2026-11-30T08:59:00", january),  # Kari's from January
            _row(7, "meetings", 10, "2026-11-30T08:00:00"),  # Kari's now: another key
            _row(None, "calls", 40, "2026-11-30T08:00:00"),
        ])  # fmt: skip
    upgrade(engine)
    with engine.connect() as conn:
        left = conn.execute(sa.text("SELECT seller_id, kpi, target FROM goals")).all()
    assert sorted(
        ((r[0], r[1], Decimal(r[2])) for r in left), key=lambda r: (r[1], r[0] or 0, r[2])
    ) == [
        (None, "calls", Decimal(40)),
        (None, "meetings", Decimal(9)),
        (7, "meetings", Decimal(10)),
        (7, "meetings", Decimal(12)),
    ]
    for duplicate in (_row(None, "meetings", 5, "2026-12-01T08:00:00"),
                      _row(7, "meetings", 5, "2026-12-01T08:00:00", january)):  # fmt: skip
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(GOALS.insert(), [duplicate])
    # Another first day, another team default KPI: each its own row.
    with engine.begin() as conn:
        conn.execute(GOALS.insert(), [_row(7, "meetings", 13, "2026-12-01T08:00:00", date(2027, 4, 1))])  # fmt: skip
    command.downgrade(alembic_config(engine), "0022g")
    with engine.begin() as conn:  # the older schema takes a second row again
        conn.execute(GOALS.insert(), [_row(None, "meetings", 5, "2026-12-01T08:00:00")])
        assert conn.execute(sa.text("SELECT COUNT(*) FROM goals")).scalar() == 6
    engine.dispose()


@pytest.mark.parametrize("starts_on", [None, date(2027, 1, 1)], ids=["now", "january"])
def test_two_managers_setting_the_same_goal_at_once_store_one(
    db_url: str, starts_on: date | None
) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    _team(factory)
    today, at = date(2026, 12, 1), _at("2026-12-01T08:00:00")

    def set_goal(s, target: int, by: str) -> None:  # type: ignore[no-untyped-def]
        repo.set_goal(s, "T1", 1, None, "meetings", "week", target, by, at=at, today=today,
                      starts_on=starts_on)  # fmt: skip

    first = factory()
    set_goal(first, 8, "UANNE")  # stored, not yet committed
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with session_scope(factory) as s:
                set_goal(s, 10, "UBO")
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(0.5)  # PostgreSQL: waits on the first's row; SQLite: for the write lock
    first.commit()
    first.close()
    thread.join(10)
    assert errors == []
    with session_scope(factory) as s:
        rows = s.scalars(sa.select(Goal)).all()
        assert [(Decimal(g.target), g.set_by, g.starts_on) for g in rows] == [
            (Decimal(10), "UBO", starts_on)
        ]
        in_force = repo.goals_of_team(s, "T1", 1, on=starts_on or today)
        assert [Decimal(g.target) for g in in_force] == [Decimal(10)]
        # What it was before the second write: the first's goal, kept for past weeks.
        changes = s.execute(sa.text("SELECT target FROM goal_changes ORDER BY id")).all()
        assert [None if r[0] is None else Decimal(r[0]) for r in changes] == [None, Decimal(8)]
    engine.dispose()
