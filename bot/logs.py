"""Logging for every `kpibot` command: our own records at LOG_LEVEL, other libraries' kept quiet.

Slack's libraries put request bodies (people's notes, customer names, response URLs) and Web API
parameters into their records: at DEBUG (slack_sdk's "Sending a request … body_params"), at INFO
(Bolt's "Invalid request signature detected (… body: …)") and even at WARNING (Bolt's "Unhandled
request ({…})"). So those loggers are held at WARNING whatever LOG_LEVEL says, and what they log at
all is cut to its first words with the details withheld: the record says that something happened
and where, never what was in the request."""

from __future__ import annotations

import logging
import re
import sys
from typing import TextIO

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


def _quiet_level(level: int) -> int:
    return max(logging.WARNING, level)


def configure_logging(level: str | int, stream: TextIO | None = None) -> logging.Handler:
    """One handler on the root logger (replacing one set up here before), at `level`."""
    numeric = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(WithholdDetails())
    root.addHandler(handler)
    root.setLevel(numeric)
    for name in QUIET:
        logging.getLogger(name).setLevel(_quiet_level(numeric))
    logging.getLogger("alembic").setLevel(logging.WARNING)  # schema checks are not news
    return handler
