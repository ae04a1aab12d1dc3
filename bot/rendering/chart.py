"""The digest's 8-week team trend as a PNG (matplotlib, Agg backend: no display needed).

Drawn in a child process (`trend_png_isolated`): matplotlib costs some 40 MB that a serving
process would keep for good, so it is only ever imported in a short-lived worker. The worker is
started (spawn: nothing of the parent is copied) for the first chart of a run, draws every chart
of that run, and is stopped by `release()` when the run is done. The chart is a bonus: a worker
that fails or hangs gives no chart, never a failed digest.

In the worker, one figure is built once and redrawn with each team's numbers: fixed margins
instead of tight_layout (which measures every label each time), the lines' data replaced instead
of new artists. A lock keeps two threads from drawing at once in one process."""

from __future__ import annotations

import io
import logging
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.services.kpis import Counts, Week

log = logging.getLogger(__name__)

KPIS = (("meetings", "o-"), ("calls", "s-"), ("offers", "^-"))
WEEKS = 8
TIMEOUT = 60.0  # seconds for one chart, worker start-up included
DRAW_IN_CHILD = True  # the test suite draws in-process (tests/conftest.py), but for one test
CHARTS_PER_WORKER = 500  # a long run's worker is replaced now and then

Points = list[tuple[str, dict[str, float]]]  # (x label, value per KPI), oldest first

_lock = threading.Lock()
_figure: dict[str, Any] = {}
_pool: ProcessPoolExecutor | None = None


def points_of(trend: list[tuple[Week, Counts]]) -> Points:
    return [(str(w.week), {kpi: float(c.get(kpi)) for kpi, _ in KPIS}) for w, c in trend]


def trend_png(trend: list[tuple[Week, Counts]], labels: dict[str, str], title: str) -> bytes:
    """Drawn in this process (for benchmarks and the worker itself)."""
    return draw(points_of(trend), labels, title)


def trend_png_isolated(
    trend: list[tuple[Week, Counts]], labels: dict[str, str], title: str
) -> bytes | None:
    """Drawn in the worker process; None (logged) when it could not be drawn."""
    points = points_of(trend)
    if not DRAW_IN_CHILD:
        return draw(points, labels, title)
    try:
        future: Future[bytes] = _worker().submit(draw, points, labels, title)
        return future.result(timeout=TIMEOUT)
    except Exception as err:  # a broken or hung worker, matplotlib missing: no chart
        log.warning("trend chart not drawn: %s", type(err).__name__)
        release(wait=False)
        return None


def _worker() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            import multiprocessing

            _pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_quiet,
                max_tasks_per_child=CHARTS_PER_WORKER,
            )
        return _pool


def release(*, wait: bool = True) -> None:
    """Stop the worker (a scheduled run calls this when it is done); the next chart starts one."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        if not wait:  # a hung worker is stopped, not waited for
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
        pool.shutdown(wait=wait, cancel_futures=True)


def _quiet() -> None:
    """In the worker: matplotlib's INFO lines (font cache) are not the digest's business."""
    logging.getLogger("matplotlib").setLevel(logging.ERROR)


def _canvas() -> dict[str, Any]:
    if not _figure:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(6.4, 3.2), dpi=100)
        FigureCanvasAgg(figure)
        ax = figure.subplots()
        lines = {
            kpi: ax.plot(range(WEEKS), [0] * WEEKS, style, linewidth=2)[0] for kpi, style in KPIS
        }
        ax.grid(axis="y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        figure.subplots_adjust(left=0.09, right=0.98, top=0.88, bottom=0.1)
        _figure.update(figure=figure, ax=ax, lines=lines)
    return _figure


def draw(points: Points, labels: dict[str, str], title: str) -> bytes:
    with _lock:
        canvas = _canvas()
        ax, lines = canvas["ax"], canvas["lines"]
        xs = list(range(len(points)))
        for kpi, line in lines.items():
            line.set_data(xs, [values.get(kpi, 0.0) for _, values in points])
            line.set_label(labels[kpi])
        ax.set_xticks(xs, [label for label, _ in points])
        ax.set_xlim(-0.35, max(len(points) - 1, 1) + 0.35)
        ax.relim()
        ax.autoscale_view(scalex=False)
        ax.set_title(title)
        ax.legend(loc="upper left", frameon=False)
        out = io.BytesIO()
        canvas["figure"].savefig(out, format="png")
        return out.getvalue()
