"""`kpibot export` run where there is no database says so; it made an empty kpibot.db there and
printed a header only, as if nothing had been logged."""

from __future__ import annotations

from bot.cli import main


def test_export_without_a_database_file_says_where_it_looked(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["export", "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert "no database at" in err and str(tmp_path / "kpibot.db") in err
    assert not (tmp_path / "kpibot.db").exists()
