"""Logging for every `kpibot` command: our own records at LOG_LEVEL, other libraries' kept quiet.

Slack's libraries put request bodies (people's notes, customer names, response URLs) and Web API
parameters into their records: at DEBUG (slack_sdk's "Sending a request … body_params"), at INFO
(Bolt's "Invalid request signature detected (… body: …)") and even at WARNING (Bolt's "Unhandled
request ({…})"). So those loggers are held at WARNING whatever LOG_LEVEL says, and what they log at
all is cut to its first words with the details withheld: the record says that something happened
and where, never what was in the request.

LOG_FORMAT=json writes one JSON object a line: time, level, logger, message, and the fields of the
request being served (its request id, workspace, kind, command or event type, Slack's event id),
which listener threads inherit from the request that started them (bot.app.ListenerExecutor)."""

from __future__ import annotations

import contextvars
import json
import logging
import random
import re
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

# Loggers whose records may carry request or response bodies, and chatty libraries.
QUIET = (
    "slack_bolt",
    "slack_sdk",
    "slack",
    "kpibot.bolt",
    "urllib3",
    "waitress",
    "matplotlib",
    "sqlalchemy",  # result rows at DEBUG carry what people typed
)
_HANDLER_NAME = "kpibot"
_FIRST_WORDS = re.compile(r"[^({\[:\n]{0,80}")


class WithholdDetails(logging.Filter):
    """For records of QUIET loggers: the message up to its first bracket or colon, no arguments,
    no traceback (its exception's type name only)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(QUIET):
            return True
        try:
            message = str(record.msg if not record.args else record.msg % record.args)
        except Exception:
            message = str(record.msg)
        head = (_FIRST_WORDS.match(message) or _FIRST_WORDS.match("")).group(0).strip()  # type: ignore[union-attr]
        if record.exc_info and record.exc_info[0] is not None:
            head += f" ({record.exc_info[0].__name__})"
        record.msg, record.args = f"{head} [details withheld]", ()
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


# The request a record belongs to: ids only (workspace, kind, command or event type, Slack's event
# id, our request id), never who or what.
REQUEST: contextvars.ContextVar[dict[str, str]] = contextvars.ContextVar("kpibot_request")
REQUEST_FIELDS = ("request_id", "team_id", "kind", "command", "event_id")
_ID = re.compile(r"[A-Za-z0-9_./-]{1,64}")


def new_request_id() -> str:
    # Sixteen random hex digits (uuid4's first sixteen were: a UUID object built per request).
    # From the random module's generator, not os.urandom: a log's correlation id needs no
    # secrecy, and os.urandom's system call let go of the GIL for every request (another thread
    # took it, at concurrency: ack31). The module reseeds in a forked worker.
    return f"{_random_bits(64):016x}"


_random_bits = random.getrandbits


class request_fields:  # noqa: N801 (a context manager, named as the function it was)
    """Within: log records carry these fields (added to the request's so far). Values that are
    not plain ids are left out. A class, not a generator's context manager (contextlib's
    machinery, twice per served request, was ~40 k instructions; bench/HISTORY.md, session 23)."""

    __slots__ = ("fields", "token")

    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def __enter__(self) -> None:
        current = dict(REQUEST.get({}))
        current.update(
            {
                k: v
                for k, v in self.fields.items()
                if k in REQUEST_FIELDS and isinstance(v, str) and _ID.fullmatch(v)
            }
        )
        self.token = REQUEST.set(current)

    def __exit__(self, *_exc: object) -> None:
        REQUEST.reset(self.token)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, the request's
    fields, and for an error our own records carry, its type and traceback."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(REQUEST.get({}))
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def _quiet_level(level: int) -> int:
    return max(logging.WARNING, level)


def configure_logging(
    level: str | int, stream: TextIO | None = None, fmt: str = "text"
) -> logging.Handler:
    """One handler on the root logger (replacing one set up here before), at `level`; `fmt`
    "json" for one JSON object a line (LOG_FORMAT=json)."""
    numeric = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(
        JsonFormatter()
        if fmt == "json"
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    handler.addFilter(WithholdDetails())
    root.addHandler(handler)
    root.setLevel(numeric)
    for name in QUIET:
        logging.getLogger(name).setLevel(_quiet_level(numeric))
    logging.getLogger("alembic").setLevel(logging.WARNING)  # schema checks are not news
    # Two lines a minute ("Running job", "executed successfully"): bot.scheduler says what
    # matters (what a tick sent, what failed).
    logging.getLogger("apscheduler").setLevel(
        numeric if numeric <= logging.DEBUG else max(logging.WARNING, numeric)
    )
    return handler
