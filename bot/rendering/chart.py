"""The digest's 8-week team trend as a PNG (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

import io

from bot.services.kpis import Counts, Week


def trend_png(trend: list[tuple[Week, Counts]], labels: dict[str, str], title: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    weeks = [str(w.week) for w, _ in trend]
    figure = Figure(figsize=(6.4, 3.2), dpi=100)
    ax = figure.subplots()
    for kpi, style in (("meetings", "o-"), ("calls", "s-"), ("offers", "^-")):
        ax.plot(weeks, [c.get(kpi) for _, c in trend], style, label=labels[kpi], linewidth=2)
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="upper left", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
