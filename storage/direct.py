"""The statements every logged activity runs, executed straight on the session's DBAPI cursor.

SQLAlchemy's Core spends 40-60 µs of Python per execution building an execution context and a
result (the database's own work for these statements is a few µs on SQLite); a log runs seven
to nine of them. Here a Core statement is compiled once per dialect (and, for an INSERT or
UPDATE, per set of columns given), and each execution only binds the values with the
statement's own bind processors, runs it through the connection's `_cursor_execute` (the path
SQLAlchemy itself takes for its special-case executions: the engine's cursor events fire, as
for any statement, and a database error is raised as SQLAlchemy raises it, the connection
invalidated when it is gone) and reads the rows with the columns' own result processors. The
values in and out are exactly those of `Connection.execute`.

A statement that needs more of the execution context (Python-side column defaults left to
fill, values rendered at execution) is run by `Connection.execute` instead."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import MultipleResultsFound, NoResultFound
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement


class _Plan:
    __slots__ = ("compiled", "sql", "positions", "binds", "types", "processors", "direct", "reads")

    def __init__(self, statement: ClauseElement, dialect: Dialect, keys: tuple[str, ...]) -> None:
        compiled: Any = statement.compile(dialect=dialect, column_keys=list(keys) or None)
        self.compiled = compiled
        self.sql: str = compiled.string
        self.positions = tuple(compiled.positiontup) if compiled.positional else None
        self.binds: dict[str, Any] = dict(compiled._bind_processors)
        self.types = [column[3] for column in compiled._result_columns]
        self.processors: dict[tuple[Any, ...], list[Any]] = {}
        # An INSERT that returns its new key only because the dialect does so unasked (for
        # `inserted_primary_key`): nothing to read.
        self.reads = not getattr(compiled, "implicit_returning", None)
        # Only what binds and reads plain values: no defaults filled at execution, nothing
        # rendered then, no escaped names.
        self.direct = not any(
            getattr(compiled, name, None)
            for name in (
                "insert_prefetch",
                "update_prefetch",
                "postfetch",
                "literal_execute_params",
                "post_compile_params",
                "escaped_bind_names",
            )
        )


_PLANS: dict[tuple[int, int, tuple[str, ...]], tuple[ClauseElement, _Plan]] = {}


def _plan(statement: ClauseElement, dialect: Dialect, keys: tuple[str, ...]) -> _Plan:
    key = (id(statement), id(dialect), keys)
    found = _PLANS.get(key)
    if found is None or found[0] is not statement:
        # The statement is kept with its plan, so its id is never another's.
        found = _PLANS[key] = (statement, _Plan(statement, dialect, keys))
    return found[1]


def execute(
    session: Session, statement: ClauseElement, params: dict[str, Any], *, dml: bool = False
) -> list[tuple[Any, ...]]:
    """Run `statement` with `params` in the session's transaction; its rows (RETURNING's for an
    INSERT or UPDATE; none without). `dml`: an INSERT or UPDATE whose columns are the keys of
    `params` (compiled once per set of keys)."""
    conn: Connection = session.connection()
    plan = _plan(statement, conn.dialect, tuple(sorted(params)) if dml else ())
    if not plan.direct:
        result = conn.execute(statement, params)
        return [tuple(row) for row in result] if result.returns_rows else []
    values = plan.compiled.construct_params(params)
    binds = plan.binds
    bound: Any
    if plan.positions is not None:
        bound = tuple(
            binds[name](values[name]) if name in binds else values[name] for name in plan.positions
        )
    else:
        bound = {
            name: binds[name](value) if name in binds else value for name, value in values.items()
        }
    cursor = conn.connection.cursor()
    try:
        conn._cursor_execute(cursor, plan.sql, bound)
        description = cursor.description
        if description is None or not plan.reads:
            return []
        raw = cursor.fetchall()
    finally:
        cursor.close()
    kinds = tuple(column[1] for column in description)
    processors = plan.processors.get(kinds)
    if processors is None:
        processors = plan.processors[kinds] = [
            type_._cached_result_processor(conn.dialect, kind)
            for type_, kind in zip(plan.types, kinds, strict=True)
        ]
    if not any(processors):
        return [tuple(row) for row in raw]
    return [
        tuple(
            process(value) if process is not None else value
            for process, value in zip(processors, row, strict=True)
        )
        for row in raw
    ]


def one_or_none(rows: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
    """The one row, or None; more than one is an error (as Result.one_or_none)."""
    if len(rows) > 1:
        raise MultipleResultsFound("Multiple rows were found when one or none was required")
    return rows[0] if rows else None


def scalar_one(rows: list[tuple[Any, ...]]) -> Any:
    """The first column of the one row (as Result.scalar_one)."""
    if len(rows) != 1:
        raise (MultipleResultsFound if rows else NoResultFound)(
            f"Exactly one row was required, found {len(rows)}"
        )
    return rows[0][0]
