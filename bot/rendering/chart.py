"""The digest's 8-week team trend as a PNG (matplotlib, Agg backend: no display needed).

A scheduler sends a hundred of these in a row, so one figure is built once and redrawn with each
team's numbers: fixed margins instead of tight_layout (which measures every label each time), the
lines' data replaced instead of new artists. A lock keeps two threads from drawing at once."""

from __future__ import annotations

import io
import threading
from typing import Any

from bot.services.kpis import Counts, Week

KPIS = (("meetings", "o-"), ("calls", "s-"), ("offers", "^-"))
WEEKS = 8

_lock = threading.Lock()
_figure: dict[str, Any] = {}


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


def trend_png(trend: list[tuple[Week, Counts]], labels: dict[str, str], title: str) -> bytes:
    with _lock:
        canvas = _canvas()
        ax, lines = canvas["ax"], canvas["lines"]
        xs = list(range(len(trend)))
        for kpi, line in lines.items():
            line.set_data(xs, [float(c.get(kpi)) for _, c in trend])
            line.set_label(labels[kpi])
        ax.set_xticks(xs, [str(w.week) for w, _ in trend])
        ax.set_xlim(-0.35, max(len(trend) - 1, 1) + 0.35)
        ax.relim()
        ax.autoscale_view(scalex=False)
        ax.set_title(title)
        ax.legend(loc="upper left", frameon=False)
        out = io.BytesIO()
        canvas["figure"].savefig(out, format="png")
        return out.getvalue()
