"""Migration 0027a (both backends): customers keyed before session 60 with a legal form the
reader now drops ("kestrel analytics llp") are keyed as the reader keys the name now, so the
name typed again finds its customer; a key the workspace already holds without the form is left
(two customers made apart are never merged by a migration)."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from bot.services.customers import customer_key
from storage.db import make_engine, make_session_factory, session_scope, upgrade
from storage.models import Workspace

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
CUSTOMERS = sa.table(
    "customers", *(sa.column(c) for c in ("id", "workspace_id", "name", "key", "created_at"))
)
ROWS = [
    (1, "T1", "Kestrel Analytics LLP", "kestrel analytics llp"),
    (2, "T1", "Lantmännen ek. för.", "lantmannen ek for"),
    (3, "T1", "HSB ek.för.", "hsb ekfor"),
    (4, "T1", "Riksbyggen ekonomisk förening", "riksbyggen ekonomisk forening"),
    (5, "T1", "Nordsø K/S", "nordso k s"),
    (6, "T1", "Acme", "acme"),
    (7, "T1", "Acme LLP", "acme llp"),  # made apart from Acme: left
    (8, "T2", "Acme LLP", "acme llp"),  # another workspace's: keyed anew
    (9, "T1", "LLP", "llp"),  # a name that is only the form keeps it
    (10, "T1", "Tine SA", "tine"),
    # review: a form before an added one goes too, as the reader keys it
    (11, "T1", "Skanska AB NUF", "skanska ab nuf"),
    (12, "T1", "Danske Bank A/S NUF", "danske bank a s nuf"),
    (13, "T1", "Volvo AB (publ) NUF", "volvo ab publ nuf"),
]


def test_0027_keys_the_names_as_the_reader_does_and_merges_nothing(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0026a")
    with session_scope(make_session_factory(engine)) as session:
        session.add_all([Workspace(id="T1", created_at=AT), Workspace(id="T2", created_at=AT)])
    with engine.begin() as conn:
        conn.execute(
            CUSTOMERS.insert(),
            [
                {"id": i, "workspace_id": ws, "name": name, "key": key, "created_at": AT}
                for i, ws, name, key in ROWS
            ],
        )
    upgrade(engine)
    with engine.connect() as conn:
        keys = dict(conn.execute(sa.select(CUSTOMERS.c.id, CUSTOMERS.c.key)).all())
    assert keys == {
        1: "kestrel analytics", 2: "lantmannen", 3: "hsb", 4: "riksbyggen", 5: "nordso",
        6: "acme", 7: "acme llp", 8: "acme", 9: "llp", 10: "tine", 11: "skanska",
        12: "danske bank", 13: "volvo",
    }  # fmt: skip
    # the reader keys each name so (but Acme LLP in T1, left apart on purpose)
    for i, _ws, name, _key in ROWS:
        if i != 7:
            assert keys[i] == customer_key(name), name


def test_0027s_forms_are_the_readers() -> None:
    """The migration writes its forms out (it imports no app code): they are the reader's now,
    so a key it writes is the key the reader makes."""
    import importlib.util
    from pathlib import Path

    from bot.services.customers import LEGAL_SUFFIXES, _words

    path = (
        Path(__file__).resolve().parents[2] / "storage/migrations/versions/0027_legal_form_keys.py"
    )
    spec = importlib.util.spec_from_file_location("migration_0027", path)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert set(migration._FORMS) == {tuple(_words(s)) for s in LEGAL_SUFFIXES}
