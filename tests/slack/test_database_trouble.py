"""During database trouble (finding 9 of issue 11): what Slack waits 3 s for answers in time with
a message, and /healthz tells a database that cannot take writes, quickly. The trouble is made
from outside the app: another connection holding a lock, or a database opened read-only."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine

from bot.web import make_wsgi_app
from tests.helpers import count_rows, stored, text_of

ALEX = "U0ALEX"


@contextmanager
def _locked(slack) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Another client holds the database: on SQLite its write lock (WAL readers still read), on
    PostgreSQL the sellers table, which every request reads."""
    url = slack.settings.database_url
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("///", 1)[1], timeout=5, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        conn.execute("LOCK TABLE sellers, alembic_version IN ACCESS EXCLUSIVE MODE")
        yield
        conn.rollback()


def _healthz(engine) -> tuple[str, dict]:  # type: ignore[no-untyped-def]
    got: dict = {}
    app = make_wsgi_app(None, engine)
    body = b"".join(
        app({"PATH_INFO": "/healthz", "REQUEST_METHOD": "GET"}, lambda s, h: got.setdefault("s", s))
    )
    return got["s"], json.loads(body)


def test_a_form_submitted_while_the_database_is_locked_is_answered_in_time(slack) -> None:  # type: ignore[no-untyped-def]
    view = slack.driver.command("/logmeeting", "", ALEX).opened_view()
    # The command's own work after views.open (its reading of the requester) done before the
    # lock: else it waits out the lock first, and the form behind it misses its 3 s (CI, 58).
    slack.wait_idle()
    values = {
        "customer": {
            "customer_input": {"type": "external_select", "selected_option": {"value": "Acme"}}
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-20"}},
    }
    with _locked(slack):
        result = slack.driver.submit_view(ALEX, view, values)
    assert result.status == 200  # not Bolt's 404 after 3 s
    errors = result.json()["errors"]
    assert "nothing was stored" in " ".join(errors.values()).lower()
    assert count_rows(slack) == 0


def test_a_command_while_the_database_is_locked_is_answered_in_time_and_never_stored_late(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logcall", "Warmup", ALEX).reply()
    with _locked(slack):
        result = slack.driver.command("/logmeeting", "Acme", ALEX)
        slack.wait_idle()
    slack.wait_idle()
    assert result.http.status == 200  # not Slack's "operation_timeout", which invites a retype
    assert "nothing was stored" in text_of(result.reply()).lower()
    assert [r["customer"] for r in stored(slack)] == ["Warmup"]  # nor stored after the lock


def test_customer_autocomplete_while_the_database_is_locked_is_answered_in_time(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", "Equinor", ALEX).reply()
    with _locked(slack):
        result = slack.driver.interactive(
            {
                "type": "block_suggestion",
                "user": {"id": "U0NEWCOMER"},  # first request: the requester is stored first
                "action_id": "customer_input",
                "block_id": "customer",
                "value": "Equ",
                "view": {"id": "V1", "type": "modal", "callback_id": "log_activity_modal"},
            }
        )
    assert result.status == 200


def test_healthz_is_503_when_the_database_takes_no_writes(slack) -> None:  # type: ignore[no-untyped-def]
    url = slack.settings.database_url
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1]
        read_only = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
        try:
            status, body = _healthz(read_only)
        finally:
            read_only.dispose()
    else:
        import psycopg

        name = urlsplit(url).path.lstrip("/")
        admin = url.replace("postgresql+psycopg", "postgresql").rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
        try:
            status, body = _healthz(slack.engine)
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')
    assert status.startswith("503"), body
    assert _healthz(slack.engine)[0].startswith("200")


def test_healthz_is_503_in_time_under_a_held_lock(slack) -> None:  # type: ignore[no-untyped-def]
    with _locked(slack):
        status, body = _healthz(slack.engine)
    assert status.startswith("503"), body


@pytest.mark.backends("sqlite")  # one file: a lock on it stands for database trouble
def test_healthz_is_200_on_a_healthy_database(slack) -> None:  # type: ignore[no-untyped-def]
    assert _healthz(slack.engine) == ("200 OK", {"status": "ok"})
