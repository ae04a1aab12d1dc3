"""A throwaway PostgreSQL server for the suite: initdb into a temp dir, pg_ctl start on a free
loopback port, one fresh database per test (dropped after it), stopped at the end of the session.

Databases at the schema's head are copies (CREATE DATABASE ... TEMPLATE) of one migrated once per
session. The server makes the next copies and drops finished databases in the background (one
thread, in order), while the tests run: a copy is waited for only when none is ready.

Most tests (`migrated_db_url`) share one such copy per worker, the slot, put back after each test
to the template's state (`reset_slot`): the tables a test wrote to emptied, the sequences
restarted. The slot keeps its name, so the suite keeps one engine (and its compiled statements)
for it; a copy and drop of a database costs the server ~75 ms of CPU, the reset a few ms."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import psycopg
from sqlalchemy import Engine


def _bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if candidates:
        return candidates[-1]
    raise RuntimeError(
        f"PostgreSQL's {name} was not found: run `make postgres` (installs Debian's postgresql)."
    )


# Copies of the template made ahead, beyond the one a test is waiting for.
PREPARED_COPIES = 2
# The slot's tables of at most this many pages are emptied by DELETE, larger ones truncated
# (`_put_back`).
DELETE_UNDER_PAGES = 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="kpibot-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self._n = itertools.count(1)
        self._template: str | None = None
        self._slot: str | None = None
        self._slot_state: tuple = ()
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-databases")
        self._copies: deque[Future[str]] = deque()  # copies of the template, oldest first
        # PostgreSQL refuses to run as root; use the postgres (or nobody) account then.
        self.run_as: str | None = None
        if os.geteuid() == 0:
            for name in ("postgres", "nobody"):
                try:
                    pwd.getpwnam(name)
                    self.run_as = name
                    break
                except KeyError:
                    continue

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> ThrowawayPostgres:
        if self.run_as:
            shutil.chown(self.dir, user=self.run_as)
        self._run(
            _bin("initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        self._pg_ctl_start()
        return self

    def _pg_ctl_start(self) -> None:
        self._run(
            _bin("pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.dir / "log"),
            "-w",
            "-t",
            "60",
            "-o",
            # autovacuum off: its ANALYZE of a table a test had filled left planner statistics
            # that TRUNCATE keeps, so the next reset found the slot unlike the template and made
            # it again (~75 ms of the server's CPU and new connections); seen within ~40 resets
            # in bench/pg_reset.py. A test that wants statistics runs ANALYZE itself.
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            "-c autovacuum=off",
            "start",
        )

    def pause(self) -> None:
        """Stop the server (every client cut, as in a restart or failover); `resume` starts it
        again on the same port with the same data."""
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._pg_ctl_start()

    def stop(self) -> None:
        self._background.shutdown(wait=True, cancel_futures=True)
        try:
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def admin_dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def _admin(self, sql: str) -> None:
        """One statement on the maintenance database. A busy 2-core machine can make a connection
        attempt time out now and then: try again (CREATE/DROP DATABASE are all or nothing)."""
        for attempt in range(4):
            try:
                with psycopg.connect(self.admin_dsn, autocommit=True, connect_timeout=20) as conn:
                    conn.execute(sql)
                return
            except psycopg.OperationalError:
                if attempt == 3:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def _create(self, template: str | None = None) -> str:
        name = f"kpibot_test_{os.getpid()}_{next(self._n)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        self._admin(f'CREATE DATABASE "{name}"{copy}')
        return name

    def new_database(self) -> str:
        """A new empty database; its SQLAlchemy URL."""
        return self.url(self._create())

    def _ensure_template(self) -> str:
        """Alembic runs once, into a template database that nobody connects to afterwards."""
        if self._template is None:
            from storage.db import make_engine, upgrade

            name = f"kpibot_template_{os.getpid()}"
            self._admin(f'CREATE DATABASE "{name}"')
            engine = make_engine(self.url(name))
            try:
                upgrade(engine)
            finally:
                engine.dispose()  # CREATE DATABASE ... TEMPLATE needs it unused
            self._template = name
        return self._template

    def slot(self) -> str:
        """This worker's database at the schema's head, the same name all session; the test
        that used it last is undone by `reset_slot`."""
        if self._slot is None:
            name = f"kpibot_slot_{os.getpid()}"
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self._ensure_template()}"')
            self._slot = name
            with self._connect(name) as conn:
                self._slot_state = self._state(conn)
        return self.url(self._slot)

    def reset_slot(self, engine: Engine | None = None) -> bool:
        """Put the slot back to the template's state: every table a test wrote to truncated
        (TRUNCATE gives new, empty files, as a fresh copy has), every sequence restarted.

        Done over `engine`'s pool (the suite's engine for the slot) when given, so its
        connections, warm with the catalog, serve the next test too: a new connection's first
        statements cost the server more than the test's own. If that cannot be done (a lock a
        test left behind), every connection to the slot is cut and it is done over a new one;
        if anything else then differs from a fresh copy (the schema, alembic_version, planner
        statistics), the slot is made again from the template.

        True when `engine`'s connections are still good; else the caller disposes it."""
        if self._slot is None:
            return True
        if engine is not None:
            try:
                raw = engine.raw_connection()
                try:
                    conn = raw.driver_connection
                    conn.execute("SET LOCAL lock_timeout = '2s'")
                    same = self._put_back(conn)
                    conn.commit()
                finally:
                    raw.close()
                if same:
                    return True
            except Exception:  # noqa: BLE001 (whatever it was, the slot is made good below)
                pass
        try:
            with self._connect(self._slot) as conn:
                conn.execute("SET lock_timeout = '10s'")
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                if self._put_back(conn):
                    return False
        except psycopg.Error:
            pass
        self._slot = None
        self.slot()
        return False

    def _put_back(self, conn: psycopg.Connection) -> bool:
        """Empty the tables written to, restart the sequences used; True when the slot is then
        as the template was. Runs in one transaction (the caller's, or its own).

        A table of a few pages is emptied by DELETE, with the foreign keys' and the summary's
        triggers off for the transaction (session_replication_role: every table written to is
        emptied, so no reference is left dangling). A larger one is truncated, which also
        bounds what the deleted rows leave behind (the planner reads a never-analysed table of
        under 10 pages as one of 10, so a small table with dead rows is planned as an empty
        one). TRUNCATE gives a table and each of its indexes new files and makes every other
        connection rebuild its cache of them; it was over half of the server's CPU in the
        PostgreSQL half (the Slack command corpus on PostgreSQL, 231 tests, one process,
        alternated: the server 6.9-7.2 s with TRUNCATE of every table written, 4.0-4.6 s so,
        2.6 s with no reset at all; the client unchanged; speed27)."""
        with conn.transaction():
            written = conn.execute(
                "SELECT quote_ident(relname), pg_relation_size(oid) > %s FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
                "AND relname <> 'alembic_version' AND pg_relation_size(oid) > 0",
                (DELETE_UNDER_PAGES * 8192,),
            ).fetchall()
            large = [name for name, is_large in written if is_large]
            small = [name for name, is_large in written if not is_large]
            if large:
                conn.execute(f"TRUNCATE {', '.join(large)} CASCADE")
            if small:
                conn.execute("SET LOCAL session_replication_role = replica")
                for name in small:
                    conn.execute(f"DELETE FROM {name}")
                conn.execute("SET LOCAL session_replication_role = origin")
            # setval(start, false) leaves a sequence as RESTART does (its next value the start,
            # as a fresh copy's), in one statement and without the new file RESTART gives each.
            conn.execute(
                "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, "
                "start_value, false) FROM pg_sequences WHERE last_value IS NOT NULL"
            )
            return self._state(conn) == self._slot_state

    def _connect(self, name: str) -> psycopg.Connection:
        return psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname={name}",
            autocommit=True,
            connect_timeout=20,
        )

    @staticmethod
    def _state(conn: psycopg.Connection) -> tuple:
        """What a test could change in the slot besides rows and sequences."""
        row = conn.execute(
            """
            SELECT
              -- Planner statistics of tables (an index's are its table's, and TRUNCATE
              -- leaves an empty index with relpages 0 where a fresh one says 1).
              (SELECT string_agg(format('%s:%s:%s:%s', relname, relkind, relnatts,
                                        CASE WHEN relkind = 'r' THEN relpages || ':' || reltuples
                                        END), ',' ORDER BY relname)
                 FROM pg_class WHERE relnamespace = 'public'::regnamespace),
              (SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace),
              (SELECT count(*) FROM pg_statistic s JOIN pg_class c ON c.oid = s.starelid
                 WHERE c.relnamespace = 'public'::regnamespace),
              (SELECT string_agg(quote_ident(relname), ',') FROM pg_class c
                 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                   AND c.relname <> 'alembic_version' AND pg_relation_size(c.oid) > 0),
              (SELECT string_agg(version_num, ',') FROM alembic_version)
            """
        ).fetchone()
        state = list(row or ())
        # Tables with files: a fresh copy has none; after a reset, those emptied by DELETE.
        # Which of them still hold a row (written to after the reset: none may).
        with_files = state[3].split(",") if state and state[3] else []
        state[3] = (
            conn.execute(
                "SELECT " + " + ".join(f"(EXISTS (SELECT FROM {t}))::int" for t in with_files)
            ).fetchone()[0]
            if with_files
            else 0
        )
        return tuple(state)

    def migrated_database(self) -> str:
        """A new database at the schema's head, a copy of the template."""
        self._ensure_template()
        while len(self._copies) < 1 + PREPARED_COPIES:
            self._copies.append(self._background.submit(self._create, self._template))
        return self.url(self._copies.popleft().result())

    def drop_database(self, url: str) -> None:
        """Drop a test's database when it is done (else the data directory grows by a copy of
        the catalogs, ~8 MB, per test, and the server's shutdown has to delete them all)."""
        self._background.submit(self._drop, url.rsplit("/", 1)[1])

    def _drop(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
