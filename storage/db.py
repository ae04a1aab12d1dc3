"""Engine, sessions and schema upgrades."""

from __future__ import annotations

import fcntl
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary, WeakValueDictionary

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from storage import cursor

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# Execution option of sessions that only read (SQLite: a deferred BEGIN, no write lock).
READ_ONLY = "kpibot_read_only"
# Execution option: at most this many milliseconds of waiting on locks in the transaction (a
# request Slack waits 3 s for fails fast instead of answering nothing).
WAIT_MS = "kpibot_wait_ms"
SQLITE_BUSY_MS = 30000
_BUSY_MS = "kpibot_busy_ms"  # the busy_timeout a pooled SQLite connection has now
_TIMEOUT_MS = "kpibot_statement_timeout_ms"  # the statement_timeout a PostgreSQL one has now
_TIMEOUT_SET_NOW = "kpibot_statement_timeout_set_now"  # said in the transaction under way
# PostgreSQL: seconds a request may wait for one of the pool's connections, and for a new
# connection to be made (libpq's least). Slack gives up after 3 s: a request that cannot get a
# connection in time fails fast with "nothing was stored, try again" (bot.errors), or, for a
# channel message or a click, is held and stored later (bot.spool).
POOL_WAIT = 2.0
CONNECT_TIMEOUT = 2


class DatabaseBusy(Exception):
    """The database did not answer within a request's time (locked, or too slow)."""


# PostgreSQL's SQLSTATEs of a database that will take the work again soon: a connection lost
# (class 08), out of resources (53), shut down or restarting (57), a server gone read-only in a
# failover or hot standby (25006), a serialization failure or deadlock (40001, 40P01), a lock
# not had in time (55P03).
_TRANSIENT_CLASSES = ("08", "53", "57")
_TRANSIENT_STATES = frozenset({"25006", "40001", "40P01", "55P03"})


def transient(error: BaseException) -> bool:
    """Whether a database error means "not now" rather than a fault in the work: the request
    is worth holding and storing later, and is told "try again" with no traceback."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    if isinstance(error, OperationalError | InterfaceError | PoolTimeout | DatabaseBusy):
        return True
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    state = str(getattr(error.orig, "sqlstate", None) or "")
    return state in _TRANSIENT_STATES or state[:2] in _TRANSIENT_CLASSES


def make_engine(url: str) -> Engine:
    """An engine for SQLite (WAL, foreign keys, waits on locks) or PostgreSQL via psycopg 3."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        # hide_parameters: SQL errors never carry what people typed into the logs.
        engine = create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            hide_parameters=True,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            if ":memory:" not in url and url != "sqlite://":
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        # pysqlite's own transaction handling is off; we say BEGIN ourselves. A unit of work that
        # writes takes the write lock up front (BEGIN IMMEDIATE), so two writers queue on
        # busy_timeout instead of failing when a read transaction tries to become a write one;
        # one that only reads begins deferred and never blocks writers (WAL).
        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            options = conn.get_execution_options()
            # How long this transaction may wait for the lock: short for a request Slack waits
            # for, else long. Kept on the connection and said only when it changes, so a pool of
            # connections serving commands sends no PRAGMA per request.
            wanted = int(options.get(WAIT_MS) or SQLITE_BUSY_MS)
            info = conn.connection.info
            # On the DBAPI cursor (storage.cursor): SQLAlchemy's execution layer cost more than
            # the statements (a BEGIN every transaction).
            if info.get(_BUSY_MS, SQLITE_BUSY_MS) != wanted:
                cursor.run_sql(conn, f"PRAGMA busy_timeout={wanted}")
                info[_BUSY_MS] = wanted
            cursor.run_sql(conn, "BEGIN" if options.get(READ_ONLY, False) else "BEGIN IMMEDIATE")

        return engine
    query = make_url(url).query
    # A connect_timeout in DATABASE_URL (?connect_timeout=5) wins.
    args: dict[str, object] = (
        {} if "connect_timeout" in query else {"connect_timeout": CONNECT_TIMEOUT}
    )
    if "options" not in query:
        # No parallel workers (said in the connection's start-up, no round trip): kpibot's
        # statements are index searches within one team, and the day pass over seller_days was
        # planned as a Parallel Append that ran twice as long as the plain one (34 against 17 ms
        # median for the 50-seller team, bench/HISTORY.md, session 12); on two cores shared with
        # the requests, a worker's start-up is the cost. An `options` in DATABASE_URL wins.
        args["options"] = "-c max_parallel_workers_per_gather=0"
    # No pool_pre_ping: _begin_at_checkout does its work, and begins the transaction with it.
    engine = create_engine(
        url,
        pool_size=10,
        max_overflow=20,
        pool_timeout=POOL_WAIT,
        connect_args=args,
        hide_parameters=True,
    )
    event.listen(engine, "checkout", _begin_at_checkout)
    event.listen(engine, "engine_disposed", _close_kept)
    engine.dialect.do_commit = _commit_on_libpq  # type: ignore[method-assign]

    @event.listens_for(engine, "begin")
    def _deadline(conn):  # type: ignore[no-untyped-def]
        # How long this transaction's statements may run: short for a request Slack waits for,
        # else no limit (0). Kept on the connection and said only when it changes, so a pool of
        # connections serving commands sends no SET per request (one round trip less).
        wanted = int(conn.get_execution_options().get(WAIT_MS) or 0)
        if conn.info.get(_TIMEOUT_MS, 0) != wanted:
            conn.exec_driver_sql(f"SET statement_timeout = {wanted}")
            conn.info[_TIMEOUT_MS] = wanted
            conn.info[_TIMEOUT_SET_NOW] = True  # kept when this transaction commits

    @event.listens_for(engine, "commit")
    def _keep_deadline(conn):  # type: ignore[no-untyped-def]
        conn.info.pop(_TIMEOUT_SET_NOW, None)

    @event.listens_for(engine, "rollback")
    def _forget_prepared(conn):  # type: ignore[no-untyped-def]
        # psycopg's rollback drops every prepared statement: storage.cursor's too.
        if not conn.invalidated:
            record = conn.connection
            cursor.forget_prepared(record.info, record.driver_connection)

    @event.listens_for(engine, "rollback_savepoint")
    def _forget_prepared_at_savepoint(conn, _name, _context):  # type: ignore[no-untyped-def]
        # psycopg's rule deallocates everything after a statement whose tag is ROLLBACK (a
        # savepoint's is too: storage.repositories, storage.claims); 3.3.9 was seen not to here,
        # so a precaution: forgetting costs a Parse in a later round trip, not a round trip.
        if not conn.invalidated:
            record = conn.connection
            cursor.forget_prepared(record.info, record.driver_connection)

    @event.listens_for(engine.pool, "reset")
    def _forget_prepared_at_reset(dbapi_conn, record, _state):  # type: ignore[no-untyped-def]
        # The pool's rollback of a connection returned mid-transaction (after an error).
        cursor.forget_prepared(record.info, dbapi_conn)

    @event.listens_for(engine, "rollback")
    def _forget_deadline(conn):  # type: ignore[no-untyped-def]
        # A rollback undoes a SET made in its own transaction: said again next time.
        if not conn.invalidated and conn.info.pop(_TIMEOUT_SET_NOW, None):
            conn.info.pop(_TIMEOUT_MS, None)

    return engine


def _begin_at_checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
    """A PostgreSQL connection taken from the pool begins its transaction here, and that BEGIN is
    the pool's pre-ping: a connection the server dropped (a restart, a failover) fails it, and the
    pool replaces it (DisconnectionError), so the app recovers without a restart. SQLAlchemy's
    pre-ping sent a `SELECT 1` of its own (switching psycopg to autocommit and back for it) and
    psycopg then sent BEGIN before the first statement: two round trips, now one. psycopg sees
    the transaction under way (libpq's status) and sends no BEGIN of its own; it ends as before
    (COMMIT, or the pool's ROLLBACK when the connection is returned). A connection in autocommit,
    with its own isolation level or access mode, or not idle is only pinged."""
    pgconn = dbapi_conn.pgconn
    plain = (
        not dbapi_conn.autocommit
        and pgconn.transaction_status == _PG_IDLE
        and dbapi_conn.isolation_level is None
        and dbapi_conn.read_only is None
        and dbapi_conn.deferrable is None
    )
    try:
        # libpq's own PQexec, outside psycopg's query machinery (the GIL is let go meanwhile).
        result = pgconn.exec_(b"BEGIN" if plain else b"SELECT 1")
    except Exception as err:  # psycopg's OperationalError: the connection is gone
        raise DisconnectionError(f"the connection failed its check ({type(err).__name__})") from err
    if result.status not in _PG_OK:
        raise DisconnectionError("the connection failed its check")


def _commit_on_libpq(pooled: Any) -> None:
    """The dialect's COMMIT (`do_commit`) on PostgreSQL: libpq's own PQexec, as the BEGIN at
    checkout is, for a plain transaction under way (psycopg's `commit()` went through its lock,
    its generator and its wait loop for the same one simple query: bench/HISTORY.md, session
    30); anything else (no transaction, one in error, autocommit, psycopg's own transaction
    blocks, two-phase, its pipeline) is psycopg's. A COMMIT that fails (a deferred constraint,
    the connection lost) raises the error psycopg raises for it."""
    dbapi = getattr(pooled, "dbapi_connection", pooled)
    pgconn = dbapi.pgconn
    if (
        pgconn.transaction_status != _PG_INTRANS
        or dbapi._num_transactions
        or dbapi._tpc
        or dbapi._pipeline
        or dbapi.autocommit
    ):
        dbapi.commit()
        return
    with dbapi.lock:
        result = pgconn.exec_(b"COMMIT")
    if result.status != _PG_COMMAND_OK:
        from psycopg import errors

        raise errors.error_from_result(result, encoding=pgconn._encoding)


_PG_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE
_PG_INTRANS = 2  # psycopg.pq.TransactionStatus.INTRANS
_PG_COMMAND_OK = 1  # psycopg.pq.ExecStatus.COMMAND_OK
_PG_OK = (1, 2)  # psycopg.pq.ExecStatus.COMMAND_OK, TUPLES_OK


# SQLite has one writer at a time. Its busy handler makes waiting writers sleep and poll (up to
# 100 ms a nap), so under load some wait seconds while others pass. Writers queue on a lock
# instead and are woken the moment the writer before them is done: the threads of a process on
# a lock in memory, the processes using one database file (`kpibot serve --workers`, a
# `kpibot scheduler` beside it) on a lock file beside it. busy_timeout still arbitrates with
# anything else that opens the file.
_WRITE_LOCKS: WeakKeyDictionary[Engine, WriteTurn] = WeakKeyDictionary()
# One per database file in a process, whatever the engine; gone (its file closed) with the last.
_FILE_TURNS: WeakValueDictionary[str, WriteTurn] = WeakValueDictionary()
_WRITE_LOCKS_GUARD = threading.Lock()


def _turns_of_its_own() -> None:
    """In a forked process (bot.workers.fork_workers): turns of its own. A turn file the parent
    had open is one open file for both, and flock locks an open file: the two would share one
    turn."""
    for turn in list(_FILE_TURNS.values()):
        if turn._fd is not None:
            os.close(turn._fd)
            turn._fd = None
    _WRITE_LOCKS.clear()
    _FILE_TURNS.clear()


os.register_at_fork(after_in_child=_turns_of_its_own)
_TURN_POLL = 0.0005  # seconds between tries of another process's turn
TURN_WAIT = SQLITE_BUSY_MS / 1000  # how long a writer without a deadline of its own waits


class WriteTurn:
    """This process's turn to write: a re-entrant lock for its threads and, for a database file,
    an exclusive flock on `<file>-turn` held while any of its threads holds the turn. One thread
    per process waits for the file at a time (the others wait for it in memory), trying every
    half millisecond, so a request with a deadline and a job without one wait alike."""

    def __init__(self, path: str | None) -> None:
        self._threads = threading.RLock()
        self._path = path
        self._fd: int | None = None
        self._depth = 0  # changed only by the thread holding _threads

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """Like Lock.acquire; `timeout` -1 (or None): at most TURN_WAIT seconds."""
        if not blocking:
            timeout = 0
        elif timeout is None or timeout < 0:
            timeout = TURN_WAIT
        deadline = time.monotonic() + timeout
        if not self._threads.acquire(timeout=timeout):
            return False
        try:
            if self._depth == 0 and self._path is not None and not self._lock_file(deadline):
                self._threads.release()
                return False
        except BaseException:
            self._threads.release()
            raise
        self._depth += 1
        return True

    def _lock_file(self, deadline: float) -> bool:
        if self._fd is None:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o660)
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(_TURN_POLL)

    def release(self) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._threads.release()

    def __del__(self) -> None:
        if self._fd is not None:
            os.close(self._fd)

    def __enter__(self) -> WriteTurn:
        if not self.acquire():
            raise DatabaseBusy(f"another writer held the database for over {TURN_WAIT:.0f} s")
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _turn_file(engine: Engine) -> str | None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return str(Path(database).resolve()) + "-turn"


def write_turn(engine: Engine) -> AbstractContextManager[object]:
    """Held around one writing transaction: this process's turn to write (SQLite only)."""
    if engine.dialect.name != "sqlite":
        return nullcontext()
    with _WRITE_LOCKS_GUARD:
        lock = _WRITE_LOCKS.get(engine)
        if lock is None:
            path = _turn_file(engine)
            if path is None:
                lock = WriteTurn(None)
            else:
                # Two engines on one file share its turn: flock locks each opening of the
                # file, so two turns of one process would shut each other out.
                lock = _FILE_TURNS.get(path)
                if lock is None:
                    lock = _FILE_TURNS[path] = WriteTurn(path)
            _WRITE_LOCKS[engine] = lock
    return lock


# One factory of each kind per engine: a sessionmaker makes a Session class of its own, whose
# event dispatch SQLAlchemy builds on first use (~0.3 ms), and the read kind an engine copy; the
# test suite asks for them per test and per check, against the same engine all session.
_FACTORIES: WeakKeyDictionary[Engine, dict[bool, sessionmaker[Session]]] = WeakKeyDictionary()


def _factory(engine: Engine, *, read_only: bool) -> sessionmaker[Session]:
    kinds = _FACTORIES.setdefault(engine, {})
    factory = kinds.get(read_only)
    if factory is None:
        bind = engine.execution_options(**{READ_ONLY: True}) if read_only else engine
        factory = kinds[read_only] = sessionmaker(bind=bind, expire_on_commit=False)
    return factory


# -- a request's session on a connection of its own ----------------------------------------------
# session.info: the Core connection a UnitSession began its transaction on (storage.cursor runs
# its statements there while the ORM has no transaction of its own).
UNIT_CONNECTION = "kpibot.unit.connection"


class _SessionEvents:
    """`UnitSession.dispatch`: one instance-level event dispatch for every unit session, made
    on first use. SQLAlchemy made one per session (`dispatcher.__get__`: `_for_instance`), and
    each event it fired (after_commit, every request) then made its listener collection; the
    listeners are the Session class's, read live (no listener is ever added to a session
    itself). At the class level, Session's, as SQLAlchemy answers it."""

    def __init__(self) -> None:
        self._made: dict[type, Any] = {}

    def __get__(self, obj: Any, cls: Any) -> Any:
        if obj is None:
            return Session.dispatch
        kind = type(obj)
        found = self._made.get(kind)
        if found is None:
            found = self._made[kind] = Session.dispatch._for_class(kind)
        return found


class UnitSession(Session):
    """A request's session (bot.unit_of_work): its transaction is begun on a Core connection of
    its own (`engine.connect()`, `begin()`: the pool's checkout, the engine's `begin` events, as
    a Session does it), and the session is bound to that connection with
    `join_transaction_mode="control_fully"`. storage.cursor's statements run on the connection
    directly; the ORM joins the same connection and transaction the first time it is used (an
    object added, a query, a savepoint) and from then on commits and rolls back as any Session.
    While the ORM has no transaction of its own (a logged command: only storage.cursor's Core
    statements), commit and rollback are the connection's, without SessionTransaction's
    machinery: a served /logmeeting's Session.connection, commit and close were ~14 % of its
    instructions (bench/HISTORY.md, session 19). The session's `after_commit` and
    `after_rollback` listeners (bot.metrics counts committed activities there) are called as
    the session would; its ORM transaction events (after_begin, after_transaction_create/end)
    are not, since there is no ORM transaction. `close()` also gives the connection back."""

    dispatch = _SessionEvents()  # type: ignore[assignment]

    def __init__(self, conn: Any, engine: Engine | None = None, **kw: Any) -> None:
        super().__init__(bind=conn, join_transaction_mode="control_fully", **kw)
        self.info[UNIT_CONNECTION] = conn
        self._later = engine if engine is not None else conn.engine

    def let_go(self) -> None:
        """Roll back, and give the connection back to the pool (a Slack call is made before the
        next use): from then on a plain Session on the engine (with the request's deadline),
        which takes a connection when next used, as one bound to the engine did after its
        rollback."""
        self.rollback()
        conn = self.info.pop(UNIT_CONNECTION, None)
        if conn is not None:
            _give_back(conn)
            self.bind = self._later

    def _core_only(self) -> Any:
        """The unit's connection while the ORM has no transaction and nothing pending, else None."""
        # (An object dirty or deleted is one the identity map holds.)
        if self.get_transaction() is not None or self.identity_map or self.new:
            return None
        return self.info.get(UNIT_CONNECTION)

    def commit(self) -> None:
        conn = self._core_only()
        if conn is None:
            super().commit()
            return
        if conn.in_transaction():
            conn.commit()
        self.dispatch.after_commit(self)

    def rollback(self) -> None:
        if self.get_transaction() is None:
            conn = self.info.get(UNIT_CONNECTION)
            if conn is not None and conn.in_transaction():
                conn.rollback()
                self.dispatch.after_rollback(self)
            return
        super().rollback()

    def close(self) -> None:
        try:
            # Nothing of the ORM's to close (no transaction, no objects): the connection alone.
            if self.get_transaction() is not None or self.identity_map or self.new:
                super().close()
        finally:
            conn = self.info.pop(UNIT_CONNECTION, None)
            if conn is not None:
                # Used again, the session takes a connection of its own (the one it had may
                # be another unit's by then: kept, storage.db._give_back).
                self.bind = self._later
                _give_back(conn)  # rolls back what is left; kept, or back to the pool


# Per engine: a copy of it with each request deadline (Engine.execution_options: the same pool
# and listeners), so a request's connection has it without Connection.execution_options per
# request. Requests use one or two deadlines (bot.middleware's DB_WAIT); at most a few are kept.
_WAITING: WeakKeyDictionary[Engine, dict[int, Engine]] = WeakKeyDictionary()
_WAITING_MAX = 8


def _waiting(engine: Engine, wait_ms: int | None) -> Engine:
    if wait_ms is None:
        return engine
    copies = _WAITING.get(engine)
    if copies is None:
        copies = _WAITING.setdefault(engine, {})
    found = copies.get(wait_ms)
    if found is None:
        found = engine.execution_options(**{WAIT_MS: wait_ms})
        if len(copies) < _WAITING_MAX:
            copies[wait_ms] = found
    return found


# Per engine (a `_waiting` copy or the engine itself): its events joined to a unit connection's,
# made once. SQLAlchemy's Connection joins its own event dispatch to its engine's anew for every
# connection (`Connection.__init__`: `self.dispatch._join(engine.dispatch)`), and each event it
# fires then builds its joined listener on first use: begin, commit, engine_connect, once per
# request (bench/HISTORY.md, session 27).
_JOINED: WeakKeyDictionary[Engine, Any] = WeakKeyDictionary()


class _JoinedOnce:
    """`_UnitConnection.dispatch` while Connection.__init__ joins it to its engine's
    (`self.dispatch._join(engine.dispatch)`): the join made for that engine's dispatch before,
    else made now and kept. The joined dispatch's own half is the class's (no listener is ever
    added to a unit connection itself; engine listeners, added or removed at any time, are read
    from the engine's dispatch live, as for any Connection). At the class level, Connection's."""

    __slots__ = ("engine",)

    def __init__(self, engine: Engine | None = None) -> None:
        self.engine = engine

    def __get__(self, obj: Any, cls: Any) -> Any:
        if obj is None:
            return Connection.dispatch
        return _JoinedOnce(obj.engine)

    def _join(self, other: Any) -> Any:
        joined = _JOINED.get(self.engine) if self.engine is not None else None
        if joined is None or joined.parent is not other:
            joined = Connection.dispatch._for_class(_UnitConnection)._join(other)
            if self.engine is not None:
                _JOINED[self.engine] = joined
        return joined


class _UnitConnection(Connection):
    """A unit of work's connection (open_unit_session): a Connection in every way but that its
    engine's events are joined to it once per engine rather than once per connection."""

    dispatch = _JoinedOnce()  # type: ignore[assignment]
    _kept: _Kept | None = None


def open_unit_session(factory: sessionmaker[Session], wait_ms: int | None) -> UnitSession:
    """A UnitSession on a connection of `factory`'s engine, its transaction begun (with the
    statement deadline `wait_ms`, when given, as `Session.connection(execution_options=...)`
    said it before). On PostgreSQL the connection is one the units of work kept (`_Kept`) when
    there is one, else the pool's."""
    engine = _waiting(factory.kw["bind"], wait_ms)
    if engine._connection_cls is not Connection:
        conn = engine.connect()
    else:
        conn = _kept_connection(engine)
        if conn is None:
            conn = _UnitConnection(engine)
    try:
        conn.begin()
        return UnitSession(
            conn, conn.engine, expire_on_commit=factory.kw.get("expire_on_commit", True)
        )
    except BaseException:
        conn.close()
        raise


# -- connections kept by the units of work (PostgreSQL) ------------------------------------------
# A unit of work's connection is not given back to the pool when the unit ends: it is kept, its
# transaction ended, for the next unit (`_give_back`), SQLAlchemy's Connection and all. The
# pool's checkout and checkin (its queue, the checkout's record, the checkin's reset and events)
# and the Connection made anew (its engine_connect event) were ~90 k instructions of a served
# /logmeeting (bench/HISTORY.md, session 30). One list per engine, last in first out (the
# connection used last, its catalog and prepared statements warm), popped and appended whole:
# a connection is either in the list or had by one unit of work, never by two threads at once
# (list.pop and list.append are atomic). At most the pool's size: the pool still counts every
# kept connection as checked out, so its limits stand (a unit that finds none kept takes one
# from the pool, and waits as before when none is left); beyond that size a connection is given
# back to the pool. A kept connection is checked as the pool's checkout checked it: its BEGIN is
# sent by itself first (`_begin_at_checkout`), and one that fails it (the server restarted, the
# connection cut) is thrown away and the pool's taken instead, once (the pool's own check then
# replaces a dead one of its own). Per process: a forked worker never uses, nor closes, its
# parent's. Closed when the engine is disposed (at shutdown; a test's fresh connections).
_KEPT_ATTR = "_kpibot_kept"
_KEPT_BEYOND_FORK: list[Any] = []  # a parent's kept connections: never used, nor closed
# This process's id, read at import and again in a forked child: os.getpid() is a system call,
# and the kept connections asked it three times a served command (ack31).
_PROCESS = [os.getpid()]
os.register_at_fork(after_in_child=lambda: _PROCESS.__setitem__(0, os.getpid()))


class _Kept:
    __slots__ = ("idle", "pid", "pool", "size")

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.idle: list[_UnitConnection] = []
        self.pid = _PROCESS[0]
        size = getattr(pool, "size", None)
        self.size = int(size()) if size is not None else 0


def _base_engine(engine: Engine) -> Engine:
    # An OptionEngine's `_proxied` is an attribute of its own, an Engine has none: read from the
    # instance's __dict__ (getattr's default raised and caught an AttributeError at every call,
    # twice a served command; ack31).
    while True:
        proxied = engine.__dict__.get("_proxied")
        if proxied is None:
            return engine
        engine = proxied


def _kept_of(engine: Engine) -> _Kept | None:
    """The kept connections of `engine`'s pool (PostgreSQL), made on first use."""
    base = _base_engine(engine)
    kept: _Kept | None = base.__dict__.get(_KEPT_ATTR)
    if kept is not None and kept.pool is base.pool and kept.pid == _PROCESS[0]:
        return kept
    if base.dialect.name != "postgresql":
        return None
    if kept is not None and kept.pid != _PROCESS[0]:
        _KEPT_BEYOND_FORK.extend(kept.idle)
        kept.idle = []
    kept = _Kept(base.pool)
    base.__dict__[_KEPT_ATTR] = kept
    return kept


def _kept_connection(engine: Engine) -> _UnitConnection | None:
    """A kept connection for a unit on `engine`, its BEGIN sent, or None (none kept, or the
    one kept failed its BEGIN: thrown away)."""
    base = _base_engine(engine)
    kept: _Kept | None = base.__dict__.get(_KEPT_ATTR)
    if kept is None or kept.pool is not base.pool or kept.pid != _PROCESS[0]:
        return None
    try:
        conn = kept.idle.pop()
    except IndexError:
        return None
    if conn.engine is not engine:
        # Kept by a unit with other options (reading, another deadline): the same pool
        # connection in a Connection of this engine's.
        fairy = conn._dbapi_connection
        conn._dbapi_connection = None
        conn._Connection__can_reconnect = False  # type: ignore[attr-defined]
        conn = _UnitConnection(engine, fairy)
        conn._kept = kept
    try:
        _begin_at_checkout(conn.connection.dbapi_connection, None, None)
    except DisconnectionError as err:
        conn.invalidate(err)  # closed; the pool counts it no more
        conn.close()
        return None
    except BaseException:
        conn.close()
        raise
    return conn


def _give_back(conn: Any) -> None:
    """A unit's connection at the unit's end: its transaction rolled back (when still open) and
    kept for the next unit, or closed (back to the pool) when it may not be kept."""
    kept: _Kept | None = getattr(conn, "_kept", None)
    if kept is None and type(conn) is _UnitConnection:
        kept = conn._kept = _kept_of(conn.engine)
    if (
        kept is None
        or conn._dbapi_connection is None
        or conn.invalidated
        or kept.pool is not conn.engine.pool
        or kept.pid != _PROCESS[0]
        or len(kept.idle) >= kept.size
        or conn._execution_options is not conn.engine._execution_options
    ):
        conn.close()
        return
    if conn._transaction is not None:  # open, or one whose COMMIT failed: rolled back
        try:
            conn.rollback()
        except BaseException:
            conn.close()
            raise
    dbapi = None if conn.invalidated else conn.connection.dbapi_connection
    if dbapi is None or dbapi.pgconn.transaction_status != _PG_IDLE:
        conn.close()
        return
    kept.idle.append(conn)


def _close_kept(engine: Engine) -> None:
    """(engine_disposed) The kept connections of the pool `engine` had before: closed."""
    kept: _Kept | None = _base_engine(engine).__dict__.get(_KEPT_ATTR)
    if kept is None or kept.pool is engine.pool:
        return
    idle, kept.idle = kept.idle, []
    if kept.pid != _PROCESS[0]:
        _KEPT_BEYOND_FORK.extend(idle)
        return
    for conn in idle:
        conn.close()  # back to the pool it came from, which closes it
    kept.pool.dispose()


def kept_connections(engine: Engine) -> int:
    """How many connections the units of work keep idle (checked out of the pool)."""
    base = _base_engine(engine)
    kept: _Kept | None = base.__dict__.get(_KEPT_ATTR)
    if kept is None or kept.pool is not base.pool or kept.pid != _PROCESS[0]:
        return 0
    return len(kept.idle)


def kept_dbapi_connections(engine: Engine) -> list[Any]:
    """The DBAPI connections of those (for the tests' tracing)."""
    base = _base_engine(engine)
    kept: _Kept | None = base.__dict__.get(_KEPT_ATTR)
    if kept is None or kept.pool is not base.pool:
        return []
    return [conn.connection.dbapi_connection for conn in list(kept.idle)]


def in_use(engine: Engine) -> int:
    """Connections checked out of `engine`'s pool and not kept idle: in use."""
    return int(engine.pool.checkedout()) - kept_connections(engine)  # type: ignore[attr-defined]


def idle_connections(engine: Engine) -> int:
    """Connections a unit of work may take at once: kept, or idle in the pool (QueuePool's
    checkedin; a pool without the count: as if one were)."""
    checkedin = getattr(engine.pool, "checkedin", None)
    return kept_connections(engine) + (int(checkedin()) if checkedin is not None else 1)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that may write (on SQLite every transaction holds the write lock)."""
    return _factory(engine, read_only=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that only read: on SQLite they begin deferred and never wait for writers."""
    return _factory(engine, read_only=True)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on error, always close."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# slack_sdk owns these (created in 0001 from its own table builders); autogenerate leaves them be.
OAUTH_TABLES = {"slack_installations", "slack_bots", "slack_oauth_states"}


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    table = obj if type_ == "table" else getattr(obj, "table", None)
    return getattr(table, "name", name) not in OAUTH_TABLES


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)


@cache
def head_revision() -> str | None:
    """The one head of storage/migrations, read from the files' `revision` and `down_revision`
    lines without Alembic (None when they do not name exactly one)."""
    revisions: set[str] = set()
    below: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        below.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = revisions - below
    return heads.pop() if len(heads) == 1 else None


def at_head(engine: Engine) -> bool:
    """The database's schema is at the head revision (read only: no lock, no Alembic)."""
    head = head_revision()
    if head is None:
        return False
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as conn:
            found = [
                row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")
            ]
    except SQLAlchemyError:  # no schema yet
        return False
    return found == [head]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to `revision`. A database at the head already is left as it is without loading
    Alembic (about 10 MB of every kpibot serve and scheduler process: Alembic, Mako, Pygments)."""
    if revision == "head" and at_head(engine):
        return
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def ping(engine: Engine) -> bool:
    """True when the database answers a trivial query."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False


HEALTH_TIMEOUT = 2.0  # seconds: a load balancer's check must not hang on a lock
_HEALTH_ENGINES: WeakKeyDictionary[Engine, Engine] = WeakKeyDictionary()


def _health_engine(engine: Engine, timeout: float) -> Engine:
    """Its own unpooled connections with short timeouts: no wait in the app's pool or locks."""
    with _WRITE_LOCKS_GUARD:
        found = _HEALTH_ENGINES.get(engine)
        if found is None:
            url = engine.url
            if url.get_backend_name() == "sqlite":
                args: dict = {"timeout": timeout, "check_same_thread": False}
                if url.query.get("uri"):
                    args["uri"] = True
            else:
                ms = int(timeout * 1000)
                args = {
                    "connect_timeout": max(1, int(timeout)),
                    "options": f"-c statement_timeout={ms} -c lock_timeout={ms}",
                }
            found = _HEALTH_ENGINES[engine] = create_engine(
                url, poolclass=NullPool, connect_args=args, hide_parameters=True
            )
        return found


def health(engine: Engine, timeout: float = HEALTH_TIMEOUT) -> str | None:
    """None when the database takes a write within `timeout` seconds (rolled back: nothing
    changes), else why not: a database that answers reads but refuses writes (read-only files,
    a read-only server, a lock held for long) cannot store what sellers log."""
    try:
        with _health_engine(engine, timeout).connect() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
            conn.rollback()
        return None
    except Exception as err:
        return type(getattr(err, "orig", None) or err).__name__
