"""Migration 0025a (both backends): a next step's time of day gets columns of its own
(leads.next_step_time, leads.set_next_step_time, activities.next_step_time). The time nudge24's
plan form kept at the end of a step's words ("demo 10:00") is moved there; words that only look
alike ("ring kl 10" typed, "demo 10:00" with nothing before the time, "uke 48 14:00-15:00") stay
as they are. Downgrade puts a moved time back into the words, as nudge24 kept it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import sqlalchemy as sa
from alembic import command

from storage.db import alembic_config, make_engine, make_session_factory, session_scope, upgrade
from storage.models import Customer, SalesTeam, Seller, Workspace

AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
LEADS = sa.table(
    "leads",
    *(sa.column(c) for c in ("id", "workspace_id", "customer_id", "owner_id", "status",
                             "temperature", "next_step", "next_step_due", "set_next_step",
                             "set_next_step_due", "set_next_step_at", "created_at", "updated_at")),
)  # fmt: skip
ACTIVITIES = sa.table(
    "activities",
    *(sa.column(c) for c in ("id", "workspace_id", "seller_id", "customer_id", "lead_id", "kind",
                             "occurred_on", "next_step", "next_step_due", "source", "source_ref",
                             "created_at")),
)  # fmt: skip
DUE = date(2026, 12, 2)


def _lead(i: int, step: str, said: str | None = None) -> dict:  # type: ignore[type-arg]
    return {
        "id": i, "workspace_id": "T1", "customer_id": 1, "owner_id": 1, "status": "open",
        "temperature": "warm", "next_step": step, "next_step_due": DUE, "set_next_step": said,
        "set_next_step_due": DUE if said else None, "set_next_step_at": AT if said else None,
        "created_at": AT, "updated_at": AT,
    }  # fmt: skip


def _columns(engine: sa.Engine, table: str) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in sa.inspect(conn).get_columns(table)}


def test_0025_moves_the_plan_forms_time_to_its_column_and_back(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0024a")
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        s.add(Workspace(id="T1", created_at=AT))
        s.flush()
        s.add(SalesTeam(id=1, workspace_id="T1", channel_id="C1", currency="NOK", created_at=AT))
        s.flush()
        s.add(Seller(id=1, workspace_id="T1", slack_user_id="ULARS", team_id=1, created_at=AT))
        s.add(Customer(id=1, workspace_id="T1", name="Acme", key="acme", created_at=AT))
    with engine.begin() as conn:
        conn.execute(LEADS.insert(), [
            _lead(1, "demo 10:00", "demo 10:00"),  # planned with the form's time
            _lead(2, "ring kl 10"),  # typed: left as it is
            _lead(3, "10:00"),  # nothing but a time: no words to keep
            _lead(4, "møte 14:00-15:00"),  # hours, not one time
            _lead(5, "oppfølging 23:59", "ring 07:05"),
        ])  # fmt: skip
        conn.execute(ACTIVITIES.insert(), [{
            "id": 1, "workspace_id": "T1", "seller_id": 1, "customer_id": 1, "lead_id": 1,
            "kind": "meeting", "occurred_on": date(2026, 11, 30), "next_step": "demo 09:30",
            "next_step_due": DUE, "source": "command", "source_ref": "cmd:1", "created_at": AT,
        }])  # fmt: skip
    upgrade(engine)
    assert {"next_step_time", "set_next_step_time"} <= _columns(engine, "leads")
    assert "next_step_time" in _columns(engine, "activities")
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT id, next_step, next_step_time, set_next_step, set_next_step_time "
                "FROM leads ORDER BY id"
            )  # fmt: skip
        ).all()
        activity = conn.execute(sa.text("SELECT next_step, next_step_time FROM activities")).one()

    def clock(value: object) -> time | None:  # SQLite gives the stored text, PostgreSQL a time
        return value if value is None or isinstance(value, time) else time.fromisoformat(str(value))

    assert [(r[0], r[1], clock(r[2]), r[3], clock(r[4])) for r in rows] == [
        (1, "demo", time(10, 0), "demo", time(10, 0)),
        (2, "ring kl 10", None, None, None),
        (3, "10:00", None, None, None),
        (4, "møte 14:00-15:00", None, None, None),
        (5, "oppfølging", time(23, 59), "ring", time(7, 5)),
    ]
    assert (activity[0], clock(activity[1])) == ("demo", time(9, 30))
    command.downgrade(alembic_config(engine), "0024a")
    assert "next_step_time" not in _columns(engine, "leads")
    with engine.connect() as conn:
        back = conn.execute(sa.text("SELECT next_step, set_next_step FROM leads ORDER BY id")).all()
        said = conn.execute(sa.text("SELECT next_step FROM activities")).scalar()
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("leads")}
    assert [tuple(r) for r in back] == [
        ("demo 10:00", "demo 10:00"),
        ("ring kl 10", None),
        ("10:00", None),
        ("møte 14:00-15:00", None),
        ("oppfølging 23:59", "ring 07:05"),
    ]
    assert said == "demo 09:30"
    assert "ix_leads_nudge" in indexes
    engine.dispose()
