"""local_slack() with a database URL it cannot use leaves no spool directory behind (suite33:
`kpibot console --database-url mysql://x` left an empty kpibot-spool-* in the temporary
directory each run; ~100 had gathered in /dev/shm)."""

from __future__ import annotations

import tempfile

import pytest

from bot.offline.harness import local_slack


def test_an_unusable_database_url_leaves_no_spool_directory(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(Exception), local_slack("mysql://x"):  # noqa: B017, PT011 (whatever SQLAlchemy raises)
        pass
    assert list(tmp_path.iterdir()) == []
