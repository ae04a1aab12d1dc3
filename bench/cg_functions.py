"""Inclusive instructions of chosen Python functions under callgrind (Python 3.11 has no perf
trampoline: callgrind sees only the interpreter's C functions, so a Python function's cost is
not in its tables). Each function listed in FUNCTIONS is wrapped so that it runs inside a C
function of its own (`kpibot_fn_NN` of a tiny extension module compiled at run time with -O0,
so that none is a tail call, calling it back with `PyObject_Call`): callgrind's inclusive cost
of `kpibot_fn_NN` is then the wrapped function's, nested calls and all, and its calls the
function's.

    .venv/bin/python bench/ack_served.py --apps kpibot --functions

installs the wrappers in `kpibot serve` at start-up (a `sitecustomize` on its PYTHONPATH calls
`install()`) and prints `report(callgrind_out, requests)`. Each wrapped call costs ~2.4 k
instructions of its own (4.15 M per served /logmeeting wrapped against 4.04 M not, about 46
wrapped calls), which is inside the inclusive cost of every wrapped function that calls another.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

# (module or module.Class, attribute, label), patched where they are looked up when called.
FUNCTIONS: list[tuple[str, str, str]] = [
    ("bot.listeners.commands.log", "handle_log_command", "the listener (handle_log_command)"),
    ("bot.services.activities", "log_text", "activities.log_text"),
    ("bot.services.activities", "log", "activities.log"),
    ("bot.unit_of_work.UnitOfWork", "_resolve", "UnitOfWork._resolve (who is asking)"),
    ("bot.unit_of_work.UnitOfWork", "_open", "UnitOfWork._open"),
    ("bot.unit_of_work.UnitOfWork", "_new_session", "UnitOfWork._new_session"),
    ("bot.unit_of_work.UnitOfWork", "__exit__", "UnitOfWork.__exit__ (commit, close)"),
    ("bot.unit_of_work.UnitOfWork", "commit", "UnitOfWork.commit"),
    ("bot.unit_of_work.UnitOfWork", "close", "UnitOfWork.close"),
    ("bot.services.requester", "find", "requester.find"),
    ("bot.services.requester", "resolve", "requester.resolve"),
    ("storage.repositories", "requester", "repositories.requester (one statement)"),
    ("bot.services.activities", "candidate_keys", "commands.candidate_keys"),
    ("bot.services.activities", "keys_ahead", "activities.keys_ahead (before the turn)"),
    ("bot.services.activities", "parse_log_command", "commands.parse_log_command"),
    ("storage.repositories", "customers_among", "repositories.customers_among (one statement)"),
    ("bot.services.recording", "record", "recording.record"),
    ("storage.repositories", "lock_customer", "repositories.lock_customer (one statement)"),
    ("storage.rows", "look_before_logging", "rows.look_before_logging (one statement)"),
    ("storage.logged", "save", "logged.save (one statement)"),
    ("storage.cursor", "execute", "storage.cursor.execute"),
    ("storage.cursor", "_connection", "storage.cursor._connection"),
    ("storage.cursor", "_on_libpq", "storage.cursor._on_libpq"),
    ("storage.cursor", "execute_after", "storage.cursor.execute_after (the lock with the look)"),
    ("storage.cursor", "_two_on_libpq", "storage.cursor._two_on_libpq (one pipeline)"),
    ("bot.listeners.commands.log", "log_reply", "replies.log_reply"),
    ("bot.rendering.text", "render", "rendering.text.render (Jinja)"),
    ("bot.listeners.commands.log", "translate", "i18n.translate (in the listener)"),
    ("sqlalchemy.orm.session.Session", "connection", "SQLAlchemy Session.connection"),
    ("sqlalchemy.orm.session.Session", "commit", "SQLAlchemy Session.commit"),
    ("sqlalchemy.orm.session.Session", "close", "SQLAlchemy Session.close"),
    ("sqlalchemy.orm.session.Session", "__init__", "SQLAlchemy Session.__init__"),
    ("sqlalchemy.engine.base.Engine", "connect", "SQLAlchemy Engine.connect (checkout, BEGIN)"),
    ("sqlalchemy.engine.base.Connection", "commit", "SQLAlchemy Connection.commit"),
    ("sqlalchemy.engine.base.Connection", "close", "SQLAlchemy Connection.close"),
    ("bot.listener_runner.SignallingAck", "__call__", "ack()"),
    ("bot.http_guard", "verified_body", "http_guard.verified_body (signature)"),
    ("bot.http_guard", "check_payload", "http_guard.check_payload (the form, Bolt's request)"),
    ("slack_bolt.app.app.App", "dispatch", "Bolt App.dispatch"),
    ("slack_bolt.app.app.App", "_init_context", "Bolt App._init_context"),
    ("bot.middleware.OpenRequest", "process", "middleware OpenRequest.process"),
    ("bot.rendering.replies", "summary", "replies.summary (the template)"),
    ("bot.rendering.blocks", "logged_message", "blocks.logged_message"),
    ("jinja2.environment.Template", "render", "Jinja Template.render"),
    ("jinja2.environment.Environment", "get_template", "Jinja Environment.get_template"),
    ("bot.metrics", "_after_commit", "metrics._after_commit (activities counted)"),
    ("storage.cursor", "prepared", "storage.cursor.prepared"),
    ("storage.cursor.Prepared", "parameters", "storage.cursor.Prepared.parameters"),
    ("storage.cursor", "_converted", "storage.cursor._converted"),
    ("bot.web.GuardedHandler", "dispatch", "web.GuardedHandler.dispatch"),
    ("bot.listener_runner.PromptListenerRunner", "run", "PromptListenerRunner.run"),
    ("bot.app.BodyMatcher", "matches", "app.BodyMatcher.matches"),
    ("waitress.task.Task", "service", "waitress Task.service (the WSGI call and the answer)"),
    (
        "waitress.channel.HTTPChannel",
        "received",
        "waitress HTTPChannel.received (the request read)",
    ),
    ("bot.http_guard", "payload_problem", "http_guard.payload_problem"),
    (
        "sqlalchemy.engine.base.Connection",
        "execution_options",
        "SQLAlchemy Connection.execution_options",
    ),
    ("sqlalchemy.engine.base.Connection", "begin", "SQLAlchemy Connection.begin"),
    ("storage.db", "open_unit_session", "db.open_unit_session"),
    ("storage.db.UnitSession", "commit", "db.UnitSession.commit"),
    ("storage.db.UnitSession", "close", "db.UnitSession.close"),
    ("bot.services.activities", "deal_said", "activities.deal_said"),
    ("bot.unit_of_work.UnitOfWork", "who_with_customers", "UnitOfWork.who_with_customers"),
    ("bot.services.requester", "find_with_customers", "requester.find_with_customers"),
    (
        "storage.repositories",
        "requester_and_customers",
        "repositories.requester_and_customers (one pipeline)",
    ),
    ("storage.cursor", "execute_both", "storage.cursor.execute_both"),
    ("bot.services.log_questions", "day_question", "log_questions.day_question"),
]

_C = r"""
#define PY_SSIZE_T_CLEAN
#include <Python.h>
/* One C function per wrapped Python function; -O0, so none is a tail call (callgrind must see
   each as a function of its own between the caller and PyObject_Call). */
#define FN(n) static PyObject *kpibot_fn_##n(PyObject *self, PyObject *const *args, Py_ssize_t nargs) \
    { PyObject *r = PyObject_Call(args[0], args[1], args[2] == Py_None ? NULL : args[2]); return r; }
#define DEF(n) {"fn_" #n, (PyCFunction)(void(*)(void))kpibot_fn_##n, METH_FASTCALL, NULL},
"""


def _library(count: int) -> Any:
    import importlib.machinery
    import importlib.util
    import sysconfig

    work = Path(tempfile.mkdtemp(prefix="kpibot-cgfn-"))
    numbers = [f"{i:02d}" for i in range(count)]
    source = (
        _C
        + "".join(f"FN({n})\n" for n in numbers)
        + "static PyMethodDef methods[] = {"
        + "".join(f"DEF({n})" for n in numbers)
        + "{NULL, NULL, 0, NULL}};\n"
        + 'static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "kpibot_cgfn", NULL, -1, methods};\n'
        + "PyMODINIT_FUNC PyInit_kpibot_cgfn(void) { return PyModule_Create(&mod); }\n"
    )
    (work / "fn.c").write_text(source)
    include = sysconfig.get_paths()["include"]
    so = work / "kpibot_cgfn.so"
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-O0", "-g", f"-I{include}", "-o", str(so), str(work / "fn.c")],
        check=True,
    )
    # Kept on disk: valgrind reads a library's symbols after it is loaded (a deleted file's
    # functions are nameless in its table).
    loader = importlib.machinery.ExtensionFileLoader("kpibot_cgfn", str(so))
    spec = importlib.util.spec_from_file_location("kpibot_cgfn", str(so), loader=loader)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    loader.exec_module(module)
    return module


def _more() -> list[tuple[str, str, str]]:
    """Functions to wrap besides FUNCTIONS, for a closer look: KPIBOT_CG_MORE names a file of
    lines `module.or.Class attribute label...` (# comments). Appended, so FUNCTIONS keep their
    numbers (the listener is the first)."""
    path = os.environ.get("KPIBOT_CG_MORE")
    if not path:
        return []
    more = []
    for line in Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            where, name, *label = line.split()
            more.append((where, name, " ".join(label) or f"{where}.{name}"))
    return more


def install(functions: list[tuple[str, str, str]] | None = None) -> None:
    functions = functions if functions is not None else FUNCTIONS + _more()
    lib = _library(len(functions) + 1)
    for n, (where, name, _label) in enumerate(functions):
        head, tail = where.rsplit(".", 1)
        if tail[0].isupper():
            target = getattr(importlib.import_module(head), tail)
        else:
            target = importlib.import_module(where)
        original = target.__dict__[name] if isinstance(target, type) else getattr(target, name)
        call = getattr(lib, f"fn_{n:02d}")

        @functools.wraps(original)
        def wrapped(*a: Any, __call: Any = call, __fn: Any = original, **kw: Any) -> Any:
            return __call(__fn, a, kw or None)

        setattr(target, name, wrapped)
        if where == "bot.listeners.commands.log":
            # The commands' table was built when the package was imported, before the patch.
            from bot.listeners import commands

            for command, handler in list(commands.COMMANDS.items()):
                if handler is original:
                    commands.COMMANDS[command] = wrapped


def report(
    callgrind_out: Path, requests: int, functions: list[tuple[str, str, str]] | None = None
) -> str:
    """The table: each wrapped function's inclusive instructions and calls per request."""
    functions = functions if functions is not None else FUNCTIONS + _more()
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(callgrind_out)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    total_m = re.search(r"^([\d,]+)\s+\(100\.0%\)\s+PROGRAM TOTALS", text, re.MULTILINE)
    total = int(total_m.group(1).replace(",", "")) if total_m else 0
    found: dict[int, int] = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+.*kpibot_fn_(\d+)", line)
        if m:
            found[int(m.group(2))] = found.get(int(m.group(2)), 0) + int(
                m.group(1).replace(",", "")
            )
    calls = _calls(callgrind_out)
    listener = found.get(0, 0)  # the listener (FUNCTIONS[0])
    lines = [
        f"total {total / requests:,.0f} instructions per request; listener {listener / requests:,.0f}",
        "| function (inclusive) | calls/req | instructions/req | share of the listener | share of the request |",
        "|---|--:|--:|--:|--:|",
    ]
    for n in sorted(found, key=lambda i: -found[i]):
        label = functions[n][2]
        lines.append(
            f"| {label} | {calls.get(n, 0) / requests:.1f} | {found[n] / requests:,.0f} | "
            f"{found[n] / listener * 100 if listener else 0:.1f} % | {found[n] / total * 100 if total else 0:.1f} % |"
        )
    return "\n".join(lines)


def _calls(callgrind_out: Path) -> dict[int, int]:
    """Calls of each kpibot_fn_NN, summed over its callers (calls= lines before cfn= lines)."""
    names: dict[str, str] = {}
    calls: dict[int, int] = {}
    pending: int | None = None
    target: int | None = None
    for raw in callgrind_out.read_text(errors="replace").splitlines():
        m = re.match(r"cfn=\((\d+)\)(?: (.*))?", raw)
        if m:
            if m.group(2):
                names[m.group(1)] = m.group(2)
            name = names.get(m.group(1), "")
            fm = re.search(r"kpibot_fn_(\d+)", name)
            target = int(fm.group(1)) if fm else None
            continue
        m = re.match(r"fn=\((\d+)\)(?: (.*))?", raw)
        if m and m.group(2):
            names[m.group(1)] = m.group(2)
            continue
        m = re.match(r"calls=(\d+)", raw)
        if m and target is not None:
            calls[target] = calls.get(target, 0) + int(m.group(1))
            target = None
        pending = None
    del pending
    return calls
