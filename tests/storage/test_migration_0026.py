"""Migration 0026a (both backends): workspaces.version, a new random number at every insert,
update and delete of the workspace's sellers, sales_teams, managers and bare_currencies rows and
at its uninstall, by triggers (whatever writes them: here raw SQL on a connection of its own);
left as it is by anything else (activities, away periods, another workspace's people).
PostgreSQL moves it at the commit (deferred), so a transaction rolled back leaves it. Downgrade
drops the triggers and the column."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import command

from storage.db import alembic_config, make_engine, upgrade
from storage.models import SalesTeam, Seller

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _version(conn: sa.Connection, ws: str = "T1") -> int:
    return conn.execute(
        sa.text("SELECT version FROM workspaces WHERE id = :w"), {"w": ws}
    ).scalar_one()


def test_0026_moves_the_version_with_every_change_to_the_people_rows(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0025a")
    with engine.begin() as conn:
        for ws in ("T1", "T2"):
            conn.execute(
                sa.text("INSERT INTO workspaces (id, language, created_at) VALUES (:w, 'en', :at)"),
                {"w": ws, "at": AT},
            )
    upgrade(engine, "0026a")
    changes: list[Any] = [
        SalesTeam.__table__.insert().values(
            id=1, workspace_id="T1", channel_id="C1", created_at=AT
        ),
        Seller.__table__.insert().values(
            id=1, workspace_id="T1", slack_user_id="U1", created_at=AT
        ),
        "UPDATE sellers SET team_id = 1",
        "UPDATE sellers SET language = 'sv'",
        "INSERT INTO managers (workspace_id, team_id, slack_user_id, created_at) "
        "VALUES ('T1', 1, 'U1', :at)",
        "INSERT INTO bare_currencies (seller_id, team_id, workspace_id, currency, chosen_at) "
        "VALUES (1, 1, 'T1', 'SEK', :at)",
        "UPDATE bare_currencies SET currency = 'NOK'",
        "UPDATE sales_teams SET currency = 'SEK'",
        "DELETE FROM bare_currencies",
        "DELETE FROM managers",
        "UPDATE workspaces SET uninstalled_at = :at WHERE id = 'T1'",
        "UPDATE workspaces SET uninstalled_at = NULL WHERE id = 'T1'",
        "UPDATE sellers SET team_id = NULL",
        "DELETE FROM sellers",
    ]
    with engine.connect() as conn:
        seen = {_version(conn)}
        other = _version(conn, "T2")
    for change in changes:
        with engine.begin() as conn:
            conn.execute(sa.text(change) if isinstance(change, str) else change, {"at": AT})
        with engine.connect() as conn:
            now = _version(conn)
            assert now not in seen, change  # a new number each time, never one seen before
            seen.add(now)
            assert _version(conn, "T2") == other, change  # another workspace's stays

    unmoved: list[Any] = [
        Seller.__table__.insert().values(
            id=2, workspace_id="T2", slack_user_id="U2", created_at=AT
        ),
        "INSERT INTO away_periods (workspace_id, seller_id, starts_on, ends_on, created_at) "
        "VALUES ('T2', 2, '2026-12-07', '2026-12-11', :at)",
        "UPDATE workspaces SET name = 'Acme' WHERE id = 'T1'",
    ]
    with engine.connect() as conn:
        mine = _version(conn)
    for change in unmoved:
        with engine.begin() as conn:
            conn.execute(sa.text(change) if isinstance(change, str) else change, {"at": AT})
        with engine.connect() as conn:
            assert _version(conn) == mine, change

    # Rolled back: the version as it was (PostgreSQL moves it at the commit, SQLite undoes it).
    with engine.connect() as conn:
        conn.execute(sa.text("UPDATE sales_teams SET language = 'nb'"))
        conn.rollback()
        assert _version(conn) == mine

    command.downgrade(alembic_config(engine), "0025a")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE sales_teams SET language = 'da'"))  # no trigger left
        columns = {c["name"] for c in sa.inspect(conn).get_columns("workspaces")}
    assert "version" not in columns
    upgrade(engine, "0026a")  # and up again
    with engine.connect() as conn:
        assert isinstance(_version(conn), int)
    engine.dispose()
