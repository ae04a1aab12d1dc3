"""`kpibot ...` run in the test's process: bot.cli.main, the same argument parsing, settings from
the environment and command function as the process, without its second of interpreter start
and imports. For the runs of a test whose process is not what it checks (one run of the same
command as a process stays in the test, or in another)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
from unittest import mock

from bot import cli
from bot import workers as serving


class WouldServe(BaseException):  # noqa: N818 (not an error of the command's: the test's)
    """An in-process `kpibot serve` or `scheduler` got past its checks to where it would bind
    its port or freeze the process's memory (bot.cli.settle_memory): raised there instead, past
    bot.cli.main's handlers, so that a check that lets it through fails the test at once
    rather than serving in the test's process until the run is stopped."""


def _would_serve(*_args, **_kwargs):  # type: ignore[no-untyped-def]
    raise WouldServe("an in-process kpibot run went on to serve")


def run_here(env: dict[str, str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `kpibot *argv` with `env` added to the environment.
    The engine the command opens is disposed of, and the logging it set up taken down, after.
    A run that would serve (bind its port, or settle its memory as a long-running process
    does) raises WouldServe there."""
    made: list = []
    real = cli._database

    def database(*args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(real(*args, **kwargs))
        return made[-1]

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    out, err = io.StringIO(), io.StringIO()
    try:
        with (
            mock.patch.dict(os.environ, env),
            mock.patch.object(cli, "_database", database),
            mock.patch.object(cli, "settle_memory", _would_serve),
            mock.patch.object(serving, "listen", _would_serve),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = cli.main(list(argv))
    finally:
        for engine in made:
            engine.dispose()
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, was in levels.items():
            logging.getLogger(name).setLevel(was)
    return code, out.getvalue(), err.getvalue()
