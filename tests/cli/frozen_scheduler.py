"""`kpibot scheduler` (its real entry point) from a given moment on, with a short tick: for tests
that need a working day at a known hour and several ticks in seconds.

    python frozen_scheduler.py 2026-12-03T10:00:00+00:00 2 [kpibot scheduler options…]

The clock starts at the moment and moves on in real time (freezegun, tick=True)."""

from __future__ import annotations

import sys
import warnings
from datetime import timedelta


def run() -> int:
    at, tick, *options = sys.argv[1:]
    # Imported before the clock is frozen: a C extension imported under freezegun warns that
    # datetime's size changed.
    import psycopg  # noqa: F401

    import bot.jobs  # noqa: F401
    import bot.scheduler
    from bot.cli import main

    warnings.filterwarnings("ignore", "datetime.date size changed", RuntimeWarning)
    from freezegun import freeze_time

    freeze_time(at, tick=True).start()
    bot.scheduler.TICK = timedelta(seconds=float(tick))
    return main(["scheduler", *options])


if __name__ == "__main__":
    sys.exit(run())
