"""A throwaway PostgreSQL server for the suite: initdb into a temp dir, pg_ctl start on a free
loopback port, one fresh database per test (dropped after it), stopped at the end of the session.

Databases at the schema's head are copies (CREATE DATABASE ... TEMPLATE) of one migrated once per
session. The server makes the next copies and drops finished databases in the background (one
thread, in order), while the tests run: a copy is waited for only when none is ready."""

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
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
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

    def migrated_database(self) -> str:
        """A new database at the schema's head: Alembic runs once, into a template database
        that nobody connects to afterwards; each call copies it."""
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
        while len(self._copies) < 1 + PREPARED_COPIES:
            self._copies.append(self._background.submit(self._create, self._template))
        return self.url(self._copies.popleft().result())

    def drop_database(self, url: str) -> None:
        """Drop a test's database when it is done (else the data directory grows by a copy of
        the catalogs, ~8 MB, per test, and the server's shutdown has to delete them all)."""
        self._background.submit(self._drop, url.rsplit("/", 1)[1])

    def _drop(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
