"""The statements every logged entry runs, executed on the DBAPI cursor of the session's own
connection, inside its transaction: SQLAlchemy's execution layer (execution context, events,
result objects) cost 65-80 µs a statement here, the statement on the driver's cursor 3-5.

Only public SQLAlchemy API: a Core statement is compiled once per dialect (and, for an INSERT
or UPDATE, per set of columns given) with `compile()`; its parameters are turned into the
driver's values by each bind's own type (`dialect_impl(...).bind_processor`), and result
columns back by theirs (`result_processor`), as SQLAlchemy does, so what is stored and what is
read are the same values. A statement that needs more than that (a column default evaluated in
Python that the caller did not give, parameters rendered at execution, escaped names) runs
through `Connection.execute` as before: nothing is ever stored differently.

A driver's error is raised as SQLAlchemy's own exception for it (`DBAPIError.instance`), so
the app's handling of a locked or lost database is unchanged; a connection found dropped is
invalidated, as SQLAlchemy would.

What runs here is seen by `observe()` (tests count statements with it, beside SQLAlchemy's
`before_cursor_execute`)."""

from __future__ import annotations

import re
import select
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Connection, Dialect, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

Observer = Callable[[str, Any], None]

# Per dialect: (statement, columns given) -> Prepared.
_PREPARED: WeakKeyDictionary[Dialect, dict[tuple[Any, tuple[str, ...] | None], Prepared]] = (
    WeakKeyDictionary()
)
# By the engine's pool: shared by the engine and its copies with other execution options (the
# read-only sessions' bind, storage.db).
_OBSERVERS: WeakKeyDictionary[Any, list[Observer]] = WeakKeyDictionary()
# Whether an observer was ever added in this process (tests do): until then a statement does not
# look for its pool's (WeakKeyDictionary.get makes a weak reference of the key in Python: three
# a served log command, ~5 k instructions; ack33).
_OBSERVED = False


def observe(engine: Engine, observer: Observer) -> None:
    """Call `observer(sql, parameters)` before each statement run here on `engine`."""
    global _OBSERVED
    _OBSERVERS.setdefault(engine.pool, []).append(observer)
    _OBSERVED = True


def unobserve(engine: Engine, observer: Observer) -> None:
    found = _OBSERVERS.get(engine.pool)
    if found and observer in found:
        found.remove(observer)


class Prepared:
    """One statement compiled for one dialect, and how its values go in and come out."""

    __slots__ = (
        "sql",
        "names",
        "positional",
        "binders",
        "defaults",
        "required",
        "columns",
        "readers",
        "ok",
        "dollar",
        "in_order",
    )

    def __init__(self, statement: Any, dialect: Dialect, keys: tuple[str, ...] | None) -> None:
        compiled = statement.compile(
            dialect=dialect, column_keys=list(keys) if keys is not None else None
        )
        self.sql: str = compiled.string
        by_name = {name: bind for bind, name in compiled.bind_names.items()}
        self.positional = compiled.positiontup is not None
        names = list(compiled.positiontup) if self.positional else list(by_name)  # type: ignore[arg-type]
        self.names: tuple[str, ...] = tuple(names)
        given = set(keys or ())
        prefetch = [
            *getattr(compiled, "insert_prefetch", ()),
            *getattr(compiled, "update_prefetch", ()),
        ]
        self.ok = (
            not compiled.escaped_bind_names
            and not compiled.literal_execute_params
            and not compiled.post_compile_params
            and all(name in by_name for name in names)
            # A column default SQLAlchemy would evaluate in Python: only when it is given.
            and all(column.key in given for column in prefetch)
        )
        values = compiled.params
        self.defaults: dict[str, Any] = {name: values.get(name) for name in names}
        # Parameters without a value of their own: a call missing one runs through SQLAlchemy,
        # which says which.
        self.required = (
            frozenset(name for name in names if by_name[name].required) if self.ok else frozenset()
        )
        self.binders: tuple[Any, ...] = tuple(
            by_name[name].type.dialect_impl(dialect).bind_processor(dialect)
            if name in by_name
            else None
            for name in names
        )
        # What comes back: a SELECT's columns, or what an INSERT or UPDATE returns (on PostgreSQL
        # an INSERT returns its new primary key unasked, as SQLAlchemy compiles it).
        dml = compiled.isinsert or compiled.isupdate or compiled.isdelete
        # (A text() statement says nothing of its columns: its values are the driver's.)
        returned = (
            compiled.effective_returning if dml else getattr(statement, "exported_columns", None)
        )
        self.columns = None if returned is None else list(returned)
        # (position, processor) of the result columns, from the first result's description.
        self.readers: tuple[tuple[int, Any], ...] | None = None
        # PostgreSQL: the SQL with $n placeholders, and the parameters' names in their order.
        self.dollar: tuple[bytes, tuple[str, ...]] | None = None
        # PostgreSQL: each $n parameter's name and default in its order, and (position, binder)
        # of those with a bind processor (_dollar_sql).
        self.in_order: tuple[tuple[str, ...], tuple[Any, ...], tuple[tuple[int, Any], ...]] | None
        self.in_order = None

    def parameters(self, params: dict[str, Any]) -> Any:
        defaults = self.defaults
        values = [
            value if binder is None else binder(value)
            for binder, value in zip(
                self.binders,
                [params[name] if name in params else defaults[name] for name in self.names],
                strict=True,
            )
        ]
        if self.positional:
            return tuple(values)
        return dict(zip(self.names, values, strict=True))

    def reader(self, dialect: Dialect, description: Any) -> tuple[tuple[int, Any], ...]:
        """(position, processor) of the result columns that have one."""
        if self.readers is None:
            columns = self.columns
            processors = (
                [None] * len(description)
                if columns is None
                else [
                    column.type.dialect_impl(dialect).result_processor(dialect, entry[1])
                    for column, entry in zip(columns, description, strict=True)
                ]
            )
            self.readers = tuple((i, p) for i, p in enumerate(processors) if p is not None)
        return self.readers


def prepared(dialect: Dialect, statement: Any, keys: tuple[str, ...] | None = None) -> Prepared:
    global _LAST_DIALECT
    last = _LAST_DIALECT  # one tuple, read once: its two halves belong together
    if last[0] is dialect:  # one dialect a process, as a rule: no WeakKeyDictionary lookup
        per_dialect = last[1]
    else:
        per_dialect = _PREPARED.get(dialect)
        if per_dialect is None:
            per_dialect = _PREPARED.setdefault(dialect, {})
        _LAST_DIALECT = (dialect, per_dialect)
    found = per_dialect.get((statement, keys))
    if found is None:
        found = per_dialect[(statement, keys)] = Prepared(statement, dialect, keys)
    return found


# The dialect `prepared` last served and its statements (held strongly, as the engine holds its
# dialect; a test's engines come and go, each its own dialect: replaced at the next one's use).
_LAST_DIALECT: tuple[Any, Any] = (None, None)


class Rows:
    """What a statement answered, as plain tuples of Python values (the subset of
    SQLAlchemy's Result the storage code uses)."""

    __slots__ = ("rows",)

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def all(self) -> list[tuple[Any, ...]]:
        return self.rows

    def one_or_none(self) -> tuple[Any, ...] | None:
        if len(self.rows) > 1:
            raise ValueError("more than one row")
        return self.rows[0] if self.rows else None

    def scalar_one(self) -> Any:
        if len(self.rows) != 1:
            raise ValueError(f"{len(self.rows)} rows, one expected")
        return self.rows[0][0]

    def scalar_one_or_none(self) -> Any:
        row = self.one_or_none()
        return None if row is None else row[0]


def execute(session: Session, statement: Any, params: dict[str, Any], *, keys: bool = False) -> Any:
    """Run a Core statement on the session's connection, in its transaction. `keys`: an INSERT
    or UPDATE whose columns are the parameters' names (compiled once per set of them)."""
    return run(_connection(session), statement, params, keys=keys)


_CONNECTION = "kpibot.cursor.connection"  # session.info: (its transaction, its connection)
_UNIT_CONNECTION = "kpibot.unit.connection"  # storage.db.UNIT_CONNECTION (db imports this module)


def _connection(session: Session) -> Connection:
    """The session's connection (Session.connection()), asked once per transaction. A request's
    session (storage.db.UnitSession) whose ORM has no transaction yet: the connection it began
    its transaction on, as it is (the ORM joins it when first used)."""
    transaction = session.get_transaction()
    if transaction is None:
        unit = session.info.get(_UNIT_CONNECTION)
        if unit is not None and unit.in_transaction():
            return unit  # type: ignore[no-any-return]
    else:
        known = session.info.get(_CONNECTION)
        if known is not None and known[0] is transaction:
            return known[1]  # type: ignore[no-any-return]
    conn = session.connection()
    session.info[_CONNECTION] = (session.get_transaction(), conn)
    return conn


def run(conn: Connection, statement: Any, params: dict[str, Any], *, keys: bool = False) -> Any:
    dialect = conn.dialect
    plan = prepared(dialect, statement, tuple(params) if keys else None)
    if not plan.ok or not plan.required <= params.keys():
        return conn.execute(statement, params)
    observers = _OBSERVERS.get(conn.engine.pool) if _OBSERVED else None
    values = None
    if observers:
        values = plan.parameters(params)
        for observer in observers:
            observer(plan.sql, values)
    if dialect.name == "postgresql":
        found = _on_libpq(conn, plan, params)
        if found is not None:
            return found
    if values is None:
        values = plan.parameters(params)
    cursor, keep = _cursor(conn)
    try:
        try:
            cursor.execute(plan.sql, values)
            # psycopg builds a Column object per column each time `description` is read (read
            # twice per statement, 106 a /logmeeting: the largest single share of its CPU in a
            # profile): a statement known to answer rows is fetched without asking, and its
            # processors are found once.
            if plan.columns or cursor.description is not None:
                found = cursor.fetchall()
            else:
                found = []
        except dialect.loaded_dbapi.Error as err:
            raise _wrapped(conn, plan.sql, values, err, cursor) from err
        if found:
            readers = plan.readers
            if readers is None:
                readers = plan.reader(dialect, cursor.description)
            if readers:
                found = [_converted(row, readers) for row in found]
        return Rows(found)
    finally:
        if not keep:
            cursor.close()


def execute_after(
    session: Session,
    first: tuple[Any, dict[str, Any]],
    statement: Any,
    params: dict[str, Any],
) -> Any:
    """Run `first` (a statement and its parameters; its rows are not kept), then `statement`,
    whose rows are answered, on the session's connection in its transaction. On PostgreSQL, once
    both are prepared here, in one round trip (libpq's pipeline: Bind and Execute of each, one
    Sync): still two statements, the server runs the second once the first is done (a row lock
    granted), with a snapshot of its own taken then (READ COMMITTED), as when sent one by one."""
    conn = _connection(session)
    if conn.dialect.name == "postgresql":
        found = _two_on_libpq(conn, first[0], first[1], statement, params)
        if found is not None:
            return found[1]
    run(conn, first[0], first[1])
    return run(conn, statement, params)


def execute_both(
    session: Session,
    first: tuple[Any, dict[str, Any]],
    second: tuple[Any, dict[str, Any]],
) -> tuple[Any, Any]:
    """Run two statements (each a statement and its parameters) on the session's connection in
    its transaction, and answer the rows of each. On PostgreSQL, once both are prepared here, in
    one round trip (libpq's pipeline, as `execute_after`): for two reads that do not depend on
    each other, each with a snapshot of its own (READ COMMITTED), as when sent one by one."""
    conn = _connection(session)
    if conn.dialect.name == "postgresql":
        found = _two_on_libpq(conn, first[0], first[1], second[0], second[1], keep_first=True)
        if found is not None:
            return found
    return run(conn, first[0], first[1]), run(conn, second[0], second[1])


_CURSOR = "kpibot.cursor.cursor"  # the pooled connection's info: (its DBAPI connection, a cursor)


def _cursor(conn: Connection) -> tuple[Any, bool]:
    """A cursor on the connection's DBAPI connection, and whether it is kept for the next
    statement. On PostgreSQL one cursor per DBAPI connection serves every statement run here
    (psycopg's cursor is a Python object: making and closing one per statement was about a tenth
    of this module's time in a profile); it lives as long as that connection (one that replaces
    it, after a reconnect, gets its own). SQLite's cursors are made in C and closed after each."""
    pooled = conn.connection
    dbapi_conn = pooled.driver_connection
    if conn.dialect.name != "postgresql":
        return dbapi_conn.cursor(), False  # type: ignore[union-attr]
    info = pooled.info
    kept = info.get(_CURSOR)
    if kept is not None and kept[0] is dbapi_conn and not kept[1].closed:
        return kept[1], True
    cursor = dbapi_conn.cursor()  # type: ignore[union-attr]
    info[_CURSOR] = (dbapi_conn, cursor)
    return cursor, True


def run_sql(conn: Connection, sql: str) -> None:
    """A statement without parameters or rows (BEGIN, a PRAGMA) on the connection's DBAPI
    cursor: what `Connection.exec_driver_sql` does, without its execution context."""
    observers = _OBSERVERS.get(conn.engine.pool) if _OBSERVED else None
    if observers:
        for observer in observers:
            observer(sql, ())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    except conn.dialect.loaded_dbapi.Error as err:
        raise _wrapped(conn, sql, (), err, cursor) from err
    finally:
        cursor.close()


def _converted(row: Any, readers: tuple[tuple[int, Any], ...]) -> tuple[Any, ...]:
    values = list(row)
    for i, reader in readers:
        values[i] = reader(values[i])
    return tuple(values)


def _wrapped(conn: Connection, sql: str, values: Any, err: Exception, cursor: Any) -> DBAPIError:
    dialect = conn.dialect
    dropped = dialect.is_disconnect(err, conn.connection.dbapi_connection, cursor)
    wrapped = DBAPIError.instance(
        sql,
        values,
        err,
        dialect.loaded_dbapi.Error,
        hide_parameters=True,
        connection_invalidated=dropped,
        dialect=dialect,
    )
    if dropped:
        conn.invalidate(err)
    return wrapped


# -- PostgreSQL: the statement straight on libpq -------------------------------------------------
_LIBPQ = "kpibot.cursor.libpq"  # the pooled connection's info: _Named
_PREPARE_AFTER = 5  # runs through psycopg first (its own prepare_threshold)
_PREPARED_MAX = 100  # per connection (psycopg's prepared_max)
_SQLSTATE = ord("C")  # psycopg.pq.DiagnosticField.SQLSTATE
_NO_SUCH_STATEMENT = b"26000"  # invalid_sql_statement_name
_PIPELINE_SYNC = 10  # psycopg.pq.ExecStatus.PIPELINE_SYNC
_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE
_INTRANS = 2  # psycopg.pq.TransactionStatus.INTRANS
_OK_STATUS = (1, 2)  # COMMAND_OK, TUPLES_OK
_AUTO: Any = None  # psycopg.adapt.PyFormat.AUTO, set on first use
_PARAM = re.compile(r"%%|%\(([^)]+)\)s")


class _Named:
    """One DBAPI connection's statements prepared here under names of our own."""

    __slots__ = ("dbapi", "tx", "names", "ready", "seen", "loading")

    def __init__(self, dbapi: Any) -> None:
        from psycopg.adapt import PyFormat, Transformer

        global _AUTO
        _AUTO = PyFormat.AUTO
        self.dbapi = dbapi
        self.tx = Transformer(dbapi)
        # ack31: per prepared name, a Transformer whose loaders were set for its result columns
        # (a prepared statement's columns and their types are its own for as long as it is
        # prepared: PostgreSQL refuses to run it otherwise), so that each result is loaded
        # without the loaders looked up again (`_loading`). Dropped when the name is prepared
        # again.
        self.loading: dict[bytes, Any] = {}
        # A name per statement (and its parameters' types), kept for the connection's life; the
        # names prepared on the server now (unsure after a rollback: prepared again, Close first).
        self.names: dict[Any, bytes] = {}
        self.ready: set[bytes] = set()
        self.seen: dict[Any, int] = {}


@cache
def _CAN_CLOSE() -> bool:  # noqa: N802
    """libpq 17 or later (PQsendClosePrepared): psycopg-binary's own is."""
    from psycopg import pq

    return pq.version() >= 170000


def forget_prepared(info: dict[Any, Any], dbapi: Any) -> None:
    """Before a DBAPI connection's rollback (`info`: its pool record's): psycopg then sends
    DEALLOCATE ALL when it has prepared statements of its own (psycopg 3's rule since 3.0), which
    drops ours too, or it does not (it had none): each is closed and prepared again at its next
    run, in that run's round trip. Only a rollback of an open transaction can (psycopg returns at
    once when idle; a connection back in the pool after a commit is not rolled back)."""
    named = info.get(_LIBPQ)
    if named is not None and dbapi is not None and dbapi.pgconn.transaction_status != _IDLE:
        named.ready.clear()


def _dollar_sql(plan: Prepared) -> tuple[bytes, tuple[str, ...]]:
    found = plan.dollar
    if found is None:
        order: dict[str, int] = {}

        def number(match: Any) -> str:
            name = match.group(1)
            if name is None:
                return "%"
            if name not in order:
                order[name] = len(order) + 1
            return f"${order[name]}"

        sql = _PARAM.sub(number, plan.sql)
        found = plan.dollar = (sql.encode(), tuple(order))
        if not plan.positional:
            binders = dict(zip(plan.names, plan.binders, strict=True))
            plan.in_order = (
                tuple(order),
                tuple(plan.defaults[name] for name in order),
                tuple(
                    (i, binders[name]) for i, name in enumerate(order) if binders[name] is not None
                ),
            )
    return found


def _on_libpq(conn: Connection, plan: Prepared, params: dict[str, Any]) -> Rows | None:
    pooled = conn.connection
    dbapi = pooled.driver_connection
    pgconn = dbapi.pgconn
    if pgconn.transaction_status != _INTRANS or pgconn.pipeline_status or not _CAN_CLOSE():
        return None
    if dbapi.prepare_threshold is None:
        return None  # prepared statements turned off (a transaction pooler such as PgBouncer)
    info = pooled.info
    named = info.get(_LIBPQ)
    if named is None or named.dbapi is not dbapi:
        named = info[_LIBPQ] = _Named(dbapi)
    sql, _order = _dollar_sql(plan)
    ordered = _values_in_order(plan, params)
    tx = named.tx
    params = tx.dump_sequence(ordered, [_AUTO] * len(ordered))
    types = tx.types
    key = (plan, types)
    name = named.names.get(key)
    if name is None:
        # The first few runs of a statement on a connection go through psycopg (one round trip
        # each: it sends the statement with its parameters); then it is prepared here.
        seen = named.seen[key] = named.seen.get(key, 0) + 1
        if seen <= _PREPARE_AFTER or len(named.names) >= _PREPARED_MAX:
            # (At most as many as psycopg keeps by default, each a plan in the server's memory:
            # the logged entry's statement has a shape per set of columns given.)
            return None
        name = named.names[key] = b"kpibot_%d" % len(named.names)
    try:
        if name in named.ready:
            result = pgconn.exec_prepared(name, params, param_formats=tx.formats)
        else:
            named.loading.pop(name, None)  # its columns as prepared now
            result = _prepare_and_run(pgconn, name, sql, types, params, tx.formats)
            if result.status in _OK_STATUS:
                named.ready.add(name)
        if result.status not in _OK_STATUS:
            if result.error_field(_SQLSTATE) == _NO_SUCH_STATEMENT:
                # Deallocated behind our back (DEALLOCATE ALL sent by someone else): prepared
                # again next time; this transaction is lost, and the request says try again.
                named.ready.clear()
            raise _error(result, dbapi)
    except dialect_error(conn) as err:
        raise _wrapped(conn, plan.sql, ordered, err, None) from err
    return _loaded(conn, plan, _loading(named, name, result), result)


def _values_in_order(plan: Prepared, params: dict[str, Any]) -> list[Any]:
    """The statement's parameter values in $n order: each through its bind processor (what
    plan.parameters gives, in order), or, positional (not psycopg's style), as the driver
    would take them."""
    in_order = plan.in_order
    if in_order is None:
        return list(plan.parameters(params))
    names, defaults, binders = in_order
    # Each given value, else its default (params.get in C: a lock and look's twenty-odd were
    # ~50 k instructions a command one by one in Python; bench/HISTORY.md, session 23).
    values = list(map(params.get, names, defaults))
    for i, binder in binders:
        values[i] = binder(values[i])
    return values


def _ready_on_libpq(
    conn: Connection, statement: Any, params: dict[str, Any]
) -> tuple[Prepared, bytes, list[Any], Any, Any] | None:
    """A statement already prepared here on this connection, ready to run: its plan, name,
    values, dumped parameters and their formats (None: it runs the usual way, `run`)."""
    dialect = conn.dialect
    plan = prepared(dialect, statement)
    if not plan.ok or not plan.required <= params.keys():
        return None
    named = conn.connection.info.get(_LIBPQ)
    if named is None or plan.dollar is None:
        return None
    ordered = _values_in_order(plan, params)
    tx = named.tx
    dumped = tx.dump_sequence(ordered, [_AUTO] * len(ordered))
    name = named.names.get((plan, tx.types))
    if name is None or name not in named.ready:
        return None
    return plan, name, ordered, dumped, list(tx.formats)


def _two_on_libpq(
    conn: Connection,
    first: Any,
    first_params: dict[str, Any],
    second: Any,
    params: dict[str, Any],
    *,
    keep_first: bool = False,
) -> tuple[Rows | None, Rows] | None:
    """`first` then `second` in one round trip, both prepared here before (else None: each is
    run the usual way, which prepares them in time): the rows of each (the first's only with
    `keep_first`)."""
    pooled = conn.connection
    dbapi = pooled.driver_connection
    pgconn = dbapi.pgconn
    if pgconn.transaction_status != _INTRANS or pgconn.pipeline_status or not _CAN_CLOSE():
        return None
    named = pooled.info.get(_LIBPQ)
    if named is None or named.dbapi is not dbapi or dbapi.prepare_threshold is None:
        return None
    one = _ready_on_libpq(conn, first, first_params)
    two = one and _ready_on_libpq(conn, second, params)
    if not one or not two:
        return None
    observers = _OBSERVERS.get(conn.engine.pool) if _OBSERVED else None
    if observers:
        for plan, values in ((one[0], first_params), (two[0], params)):
            for observer in observers:
                observer(plan.sql, plan.parameters(values))
    failed = one
    try:
        results = _run_in_pipeline(pgconn, ((one[1], one[3], one[4]), (two[1], two[3], two[4])))
        for entry, result in zip((one, two), results, strict=True):
            if result.status not in _OK_STATUS:
                failed = entry
                if result.error_field(_SQLSTATE) == _NO_SUCH_STATEMENT:
                    named.ready.clear()  # deallocated behind our back, as in _on_libpq
                raise _error(result, dbapi)
    except dialect_error(conn) as err:
        raise _wrapped(conn, failed[0].sql, failed[2], err, None) from err
    kept = (
        _loaded(conn, one[0], _loading(named, one[1], results[0]), results[0])
        if keep_first
        else None
    )
    return kept, _loaded(conn, two[0], _loading(named, two[1], results[1]), results[1])


def _run_in_pipeline(pgconn: Any, runs: tuple[tuple[bytes, Any, Any], ...]) -> list[Any]:
    """Prepared statements (name, dumped parameters, formats) run in one round trip (libpq's
    pipeline mode: Bind and Execute each, one Sync): each one's result; after an error, the
    rest are the pipeline's aborted ones (status PIPELINE_ABORTED)."""
    blocking = pgconn.nonblocking
    pgconn.nonblocking = 0
    pgconn.enter_pipeline_mode()
    answers: list[Any] = []
    try:
        for name, params, formats in runs:
            pgconn.send_query_prepared(name, params, param_formats=formats)
        pgconn.pipeline_sync()
        for _ in range(4 * len(runs) + 4):
            while pgconn.is_busy():  # waiting on the socket lets go of the GIL
                select.select([pgconn.socket], [], [])
                pgconn.consume_input()
            result = pgconn.get_result()
            if result is None:
                continue  # the end of one statement's results
            if result.status == _PIPELINE_SYNC:
                break
            answers.append(result)
        else:
            raise dbapi_error("the connection stopped answering")
    finally:
        if pgconn.pipeline_status:
            pgconn.exit_pipeline_mode()
        pgconn.nonblocking = blocking
    if len(answers) != len(runs):
        raise dbapi_error(f"the connection answered {len(answers)} of {len(runs)} statements")
    return answers


def _loading(named: _Named, name: bytes, result: Any) -> Any:
    """The Transformer that loads the rows of the statement prepared as `name`, `result` set on
    it: its loaders set from the first result's columns, kept while the name is prepared."""
    tx = named.loading.get(name)
    if tx is not None:
        tx.set_pgresult(result, set_loaders=False)
        return tx
    from psycopg.adapt import Transformer

    tx = Transformer(named.dbapi)
    tx.set_pgresult(result)
    if len(named.loading) < _PREPARED_MAX:
        named.loading[name] = tx
    return tx


def _loaded(conn: Connection, plan: Prepared, tx: Any, result: Any) -> Rows:
    """A statement's rows from its libpq result, as `run` gives them (`tx`: the statement's
    Transformer, the result set on it, `_loading`)."""
    if result.status != 2 or not result.ntuples:
        tx.set_pgresult(None, set_loaders=False)
        return Rows([])
    found = tx.load_rows(0, result.ntuples, tuple)
    tx.set_pgresult(None, set_loaders=False)  # the result not held past its rows
    readers = plan.readers
    if readers is None:
        readers = plan.reader(
            conn.dialect, [(None, result.ftype(i)) for i in range(result.nfields)]
        )
    if readers:
        found = [_converted(row, readers) for row in found]
    return Rows(found)


def _prepare_and_run(
    pgconn: Any, name: bytes, sql: bytes, types: Any, params: Any, formats: Any
) -> Any:
    """Prepare the statement and run it in one round trip (libpq's pipeline mode: Close, Parse,
    Bind, Execute, Sync): the answer to the run, or the first error. Close first: after a rollback
    the name may still be prepared or not (closing a name that is not is no error)."""
    blocking = pgconn.nonblocking
    pgconn.nonblocking = 0
    pgconn.enter_pipeline_mode()
    try:
        pgconn.send_close_prepared(name)
        pgconn.send_prepare(name, sql, param_types=types)
        pgconn.send_query_prepared(name, params, param_formats=formats)
        pgconn.pipeline_sync()
        answer = None
        # Close's result, Parse's, Bind/Execute's, the Sync's, each but the Sync's followed by
        # None: a few reads at most (a connection lost meanwhile answers an error at once).
        for _ in range(10):
            while pgconn.is_busy():  # waiting on the socket lets go of the GIL; get_result not
                select.select([pgconn.socket], [], [])
                pgconn.consume_input()
            result = pgconn.get_result()
            if result is None:
                continue  # the end of one statement's results
            if result.status == _PIPELINE_SYNC:
                break
            if answer is None or answer.status in _OK_STATUS:
                answer = result  # the Close's, the Parse's, then the run's (or the first error)
        else:
            raise dbapi_error("the connection stopped answering")
    finally:
        if pgconn.pipeline_status:
            pgconn.exit_pipeline_mode()
        pgconn.nonblocking = blocking
    return answer


def dbapi_error(message: str) -> Exception:
    from psycopg import OperationalError

    return OperationalError(message)


def dialect_error(conn: Connection) -> Any:
    return conn.dialect.loaded_dbapi.Error


def _error(result: Any, dbapi: Any) -> Exception:
    from psycopg.errors import error_from_result

    return error_from_result(result, encoding=dbapi.info.encoding)
