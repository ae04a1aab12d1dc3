"""Migrations run from empty to head (and back) and match the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from storage.db import alembic_config, current_revision, include_object, make_engine, upgrade
from storage.models import Base


def test_upgrade_from_empty_to_head_and_back(db_url: str) -> None:
    from alembic import command

    engine = make_engine(db_url)
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head
    tables = set(inspect(engine).get_table_names())
    assert {"workspaces", "sales_teams", "sellers", "customers", "leads", "activities"} <= tables
    assert {"slack_installations", "slack_bots", "slack_oauth_states"} <= tables
    command.downgrade(alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)  # and up again
    assert current_revision(engine) == head
    engine.dispose()


# SQLite cannot reflect an expression index (uq_goals_key, 0023a): not compared there.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_models_match_migrations(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_object": include_object}), Base.metadata
        )
    assert diff == [], diff
    engine.dispose()


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


@pytest.mark.parametrize("start", ["0001", "0005", "0006"])
def test_upgrade_keeps_existing_rows_on_sqlite(tmp_path, start: str) -> None:  # type: ignore[no-untyped-def]
    """Batch migrations rebuild tables that others refer to: with rows in them, that must work
    (foreign keys are checked once the migration is done, not while tables are swapped)."""
    import sqlite3

    from storage.db import make_engine, upgrade

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, start)
    con = sqlite3.connect(path)

    def insert(table: str, **values: object) -> None:
        for _cid, name, kind, notnull, default, pk in con.execute(f"pragma table_info({table})"):
            if name in values or pk or not notnull or default is not None:
                continue
            kind = kind.upper()
            values[name] = (
                1
                if any(k in kind for k in ("INT", "BOOL", "NUM"))
                else "2026-01-01"
                if any(k in kind for k in ("DATE", "TIME"))
                else "x"
            )
        marks = ",".join("?" * len(values))
        con.execute(
            f"insert into {table} ({','.join(values)}) values ({marks})", list(values.values())
        )

    insert("workspaces", id="T1")
    insert("sales_teams", workspace_id="T1", channel_id="C1")
    insert("sellers", workspace_id="T1", slack_user_id="U1", team_id=1)
    insert("customers", workspace_id="T1", name="Acme", key="acme")
    insert("leads", workspace_id="T1", customer_id=1, owner_id=1, team_id=1, status="open")
    insert(
        "activities",
        workspace_id="T1",
        team_id=1,
        seller_id=1,
        customer_id=1,
        lead_id=1,
        kind="meeting",
        source="command",
        source_ref="r1",
    )
    con.commit()
    con.close()
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from activities").scalar() == 1
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
    engine.dispose()


def test_0014_keeps_what_was_set_on_leads_directly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A lead whose temperature or next step differs from what its live entries make was changed
    directly: 0014p keeps that as its direct change (undo then gives it back); a lead that is as
    its entries make it has none. Each activity's lead is its origin."""
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0013c")
    rows = [
        "insert into workspaces (id, language, created_at) values ('T1', 'en', '2026-11-01')",
        "insert into sellers (id, workspace_id, slack_user_id, is_workspace_admin, sells,"
        " created_at) values (1, 'T1', 'U1', 0, 1, '2026-11-01')",
        "insert into customers (id, workspace_id, name, key, created_at)"
        " values (1, 'T1', 'Acme', 'acme', '2026-11-01')",
    ]
    # Lead 1: marked cold and given a step by hand; lead 2: warm by its offer, step from its entry.
    for lead, temperature, due in ((1, "cold", "2026-12-01"), (2, "warm", "2026-12-05")):
        rows.append(
            "insert into leads (id, workspace_id, customer_id, owner_id, status, temperature,"
            " next_step, next_step_due, created_at, updated_at) values"
            f" ({lead}, 'T1', 1, 1, 'open', '{temperature}', 'call', '{due}', '2026-11-02',"
            " '2026-11-03 10:00:00')"
        )
    for n, (lead, kind, temperature, due) in enumerate(
        ((1, "meeting", "warm", None), (2, "offer", None, "2026-12-05")), start=1
    ):
        said = ", ".join(f"'{v}'" if v else "NULL" for v in (temperature, due))
        rows.append(
            "insert into activities (workspace_id, seller_id, customer_id, lead_id, kind,"
            " occurred_on, temperature, next_step_due, source, source_ref, created_at) values"
            f" ('T1', 1, 1, {lead}, '{kind}', '2026-11-02', {said}, 'command', 'r{n}',"
            " '2026-11-02')"
        )
    with engine.begin() as conn:
        for row in rows:
            conn.exec_driver_sql(row)
    upgrade(engine)
    with engine.connect() as conn:
        leads = conn.exec_driver_sql(
            "select id, set_temperature, set_next_step_due from leads order by id"
        ).all()
        origins = conn.exec_driver_sql("select lead_id, origin_lead_id from activities").all()
    assert [tuple(map(str, row)) for row in leads] == [
        ("1", "cold", "2026-12-01"),
        ("2", "None", "None"),
    ]
    assert sorted(origins) == [(1, 1), (2, 2)]
    engine.dispose()


def test_the_head_read_from_the_files_is_alembics() -> None:
    from storage.db import head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def test_a_database_at_head_is_left_as_it_is_without_alembic(db_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from storage.db import at_head

    engine = make_engine(db_url)
    try:
        assert not at_head(engine)  # empty: no alembic_version yet
        upgrade(engine)
        assert at_head(engine)

        def not_called(*_args, **_kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError("Alembic ran on a database at head")

        monkeypatch.setattr(command, "upgrade", not_called)
        upgrade(engine)
        monkeypatch.undo()
        command.downgrade(alembic_config(engine), "-1")  # one revision behind: Alembic runs
        assert not at_head(engine)
        upgrade(engine)
        assert at_head(engine)
    finally:
        engine.dispose()


@pytest.mark.backends("sqlite")
def test_kpibot_serve_with_one_bot_token_loads_neither_alembic_nor_cryptography(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What `kpibot serve` imports, then its start-up upgrade of a database at head: Alembic
    (with Mako and Pygments), cryptography and SQLAlchemy's asyncio layer stay out of its
    memory (about 18 MB)."""
    import subprocess
    import sys
    from pathlib import Path

    engine = make_engine(f"sqlite:///{tmp_path / 'k.db'}")
    upgrade(engine)
    engine.dispose()
    script = f"""
import sys
import bot.app, bot.scheduler, bot.web, bot.cli, waitress
from storage.db import make_engine, upgrade
from bot.app import build_app
from bot.config import Settings
from storage.db import make_session_factory
engine = make_engine({str(f"sqlite:///{tmp_path / 'k.db'}")!r})
upgrade(engine)
build_app(Settings(bot_token="xoxb-test", signing_secret="x", database_url=str(engine.url)),
          make_session_factory(engine))
print(sorted(m for m in ("alembic", "mako", "pygments", "cryptography", "sqlalchemy.ext.asyncio")
             if m in sys.modules))
"""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]", done.stdout


def test_0020_names_the_sender_of_each_revision_of_another_sellers_offer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Kari sent lead 1's offer, Lars (its owner since a hand-over) revised it twice, and Lars's
    own lead 2 has his offer and his revision. 0020s names Kari on Lars's revisions of her
    offer (whose result they are) and no one on his revision of his own; each lead's sent offer
    names its sender. An undone first offer sends nothing: lead 3's revision became the offer."""
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0019t")
    rows = ["insert into workspaces (id, language, created_at) values ('T1', 'en', '2026-11-01')"]
    for seller in (1, 2):
        rows.append(
            "insert into sellers (id, workspace_id, slack_user_id, is_workspace_admin, sells,"
            f" created_at) values ({seller}, 'T1', 'U{seller}', 0, 1, '2026-11-01')"
        )
    rows.append(
        "insert into customers (id, workspace_id, name, key, created_at)"
        " values (1, 'T1', 'Acme', 'acme', '2026-11-01')"
    )
    for lead in (1, 2, 3):
        rows.append(
            "insert into leads (id, workspace_id, customer_id, owner_id, status, offer_amount,"
            f" offer_sent_on, created_at, updated_at) values ({lead}, 'T1', 1, 2, 'open', 1,"
            " '2026-11-02', '2026-11-02', '2026-11-02')"
        )
    # (id, seller, lead, replaced, undone)
    offers = (
        (1, 1, 1, None, False),
        (2, 2, 2, None, False),
        (3, 2, 1, "100", False),
        (4, 2, 2, "100", False),
        (5, 2, 1, "90", False),
        (6, 1, 3, None, True),
        (7, 2, 3, None, False),
    )
    for n, seller, lead, replaced, undone in offers:
        deleted = "'2026-11-03'" if undone else "NULL"
        rows.append(
            "insert into activities (id, workspace_id, seller_id, customer_id, lead_id, kind,"
            " occurred_on, amount, replaced_amount, deleted_at, source, source_ref, created_at)"
            f" values ({n}, 'T1', {seller}, 1, {lead}, 'offer', '2026-11-02', 100,"
            f" {replaced or 'NULL'}, {deleted}, 'command', 'r{n}',"
            " '2026-11-02')"
        )
    with engine.begin() as conn:
        for row in rows:
            conn.exec_driver_sql(row)
    upgrade(engine)
    with engine.connect() as conn:
        senders = conn.exec_driver_sql("select id, sender_id from activities order by id").all()
        sent_by = conn.exec_driver_sql("select id, offer_sent_by from leads order by id").all()
    assert senders == [(1, None), (2, None), (3, 1), (4, None), (5, 1), (6, None), (7, None)]
    assert sent_by == [(1, 1), (2, 2), (3, 2)]
    engine.dispose()
