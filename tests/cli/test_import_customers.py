"""`kpibot import customers FILE.csv`: a dry run says what would change and changes nothing; the
import applies it all in one transaction; a bad file is one line. In process (bot.cli.main)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot import cli
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Customer, Seller, Workspace


@pytest.fixture
def database(migrated_db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", migrated_db_url)
    engine = make_engine(migrated_db_url)
    with session_scope(make_session_factory(engine)) as session:
        session.add(Workspace(id="T0DEMO"))
        session.flush()
        session.add(Customer(workspace_id="T0DEMO", name="Equinor ASA", key="equinor", tier="B"))
    engine.dispose()
    return migrated_db_url


def _customers(url: str) -> list[tuple[str, str | None, str | None, str | None]]:
    engine = make_engine(url)
    with session_scope(make_session_factory(engine)) as session:
        rows = []
        for c in session.scalars(select(Customer).order_by(Customer.id)):
            owner = session.get(Seller, c.owner_id) if c.owner_id else None
            rows.append((c.name, c.tier, owner.slack_user_id if owner else None, c.org_number))
    engine.dispose()
    return rows


def _file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "customers.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


FILE = (
    "name,tier,owner,org number\n"
    "Equinor,A,U0KARI,923609016\n"
    "Hydro,b,ola@example.com,\n"
    "Equinr,C,,\n"
    ",A,,\n"
)


def test_dry_run_reports_and_changes_nothing_then_import_applies(  # type: ignore[no-untyped-def]
    database: str, tmp_path: Path, capsys
) -> None:
    path = _file(tmp_path, FILE)
    assert cli.main(["import", "customers", path, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "nothing is changed yet" in out
    assert "Updated: 1" in out and "Equinor ASA · tier B → A · owner – → U0KARI" in out
    assert "New customers: 1" in out and "• Hydro · B" in out
    assert "line 3: Hydro · ola@example.com" in out  # no token: e-mails are not looked up
    assert "line 4: Equinr ≈ Equinor ASA" in out
    assert "line 5: no customer name" in out
    assert _customers(database) == [("Equinor ASA", "B", None, None)]

    assert cli.main(["import", "customers", path]) == 0
    assert "Customers imported." in capsys.readouterr().out
    assert _customers(database) == [
        ("Equinor ASA", "A", "U0KARI", "923609016"),
        ("Hydro", "B", None, None),
    ]
    assert cli.main(["import", "customers", path, "--dry-run"]) == 0
    assert "Updated: 0" in capsys.readouterr().out  # imported twice changes nothing more
    # The same organisation number is the same customer, whatever the file calls it.
    renamed = tmp_path / "renamed.csv"
    renamed.write_text("name;tier;org number\nStatoil;C;NO 923 609 016 MVA\n", encoding="utf-8")
    assert cli.main(["import", "customers", str(renamed), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "New customers: 0" in out and "Equinor ASA · tier A → C" in out


def test_a_bad_file_is_one_line(database: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["import", "customers", _file(tmp_path, "foo;bar\n1;2\n")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kpibot: ") and "“name”" in err and "\n" not in err
    assert cli.main(["import", "customers", str(tmp_path / "missing.csv")]) == 2
    assert "cannot read" in capsys.readouterr().err
    binary = tmp_path / "sheet.xlsx"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    assert cli.main(["import", "customers", str(binary)]) == 2
    assert "not a CSV file" in capsys.readouterr().err
    assert _customers(database) == [("Equinor ASA", "B", None, None)]


def test_a_line_whose_name_is_too_long_is_named_and_the_rest_imported(  # type: ignore[no-untyped-def]
    database: str, tmp_path: Path, capsys
) -> None:
    """A name over the 100 characters a log command allows was cut at 200 without a word."""
    too_long = "Hydro " * 30  # 179 characters once cleaned
    path = _file(tmp_path, f"name,tier\nYara,A\n{too_long},B\nTine,C\n")
    assert cli.main(["import", "customers", path]) == 0
    out = capsys.readouterr().out
    assert "Lines not imported:" in out
    assert "line 3: the name is longer than the 100 characters a name may have" in out
    assert [c[0] for c in _customers(database)] == ["Equinor ASA", "Yara", "Tine"]
