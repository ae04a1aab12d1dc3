"""The digest's chart is drawn in a short-lived worker process: matplotlib never loads into the
process that serves Slack (which would keep its 40-odd MB for good). Run in a fresh interpreter,
since this test process may have imported matplotlib already."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from bot.rendering import chart
from bot.services.kpis import Counts, Week

trend = [(Week(2026, 40 + i), Counts(meetings=i, calls=2, offers=1)) for i in range(8)]
labels = {"meetings": "Meetings", "calls": "Calls", "offers": "Offers"}
png = chart.trend_png_isolated(trend, labels, "The team's last 8 weeks")
assert png is not None and png.startswith(b"\\x89PNG"), png
assert "matplotlib" not in sys.modules, "matplotlib was imported in the serving process"
chart.release()
assert chart._pool is None
print("ok", len(png))
"""


def test_the_chart_is_drawn_in_a_worker_process_and_matplotlib_stays_out() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok")
    assert "matplotlib" not in done.stderr  # no INFO lines from the worker either
