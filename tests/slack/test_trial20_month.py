"""trial20: a month of a Danish/Swedish team over Easter and Q1's end (tests/slack/trial20_diary.py),
every figure shown compared with the diary's ledger. Opt-in (KPIBOT_TRIAL=1; `dump` prints
everything shown); the findings it led to have small tests of their own
(tests/slack/test_trial20_findings.py)."""

from __future__ import annotations

import os

import pytest

from tests.slack import trial20_diary as diary
from tests.slack.trial20_diary import NAME

pytestmark = [
    pytest.mark.backends("sqlite", "postgres"),
    pytest.mark.skipif(not os.environ.get("KPIBOT_TRIAL"), reason="opt-in: KPIBOT_TRIAL=1"),
]


@pytest.fixture
def month(slack, clock, monkeypatch) -> diary.Trial:  # type: ignore[no-untyped-def]
    from bot.rendering import chart

    charts: list[tuple[list, list, str]] = []

    def draw(points, labels, title):  # type: ignore[no-untyped-def]
        charts.append((points, labels, title))
        return b"\x89PNG\r\n\x1a\n"

    monkeypatch.setattr(chart, "draw", draw)
    m = diary.play(slack, clock)
    m.seen["charts"] = "\n".join(f"{t} {lab} {p}" for p, lab, t in charts)
    diary.collect(m)
    if os.environ.get("KPIBOT_TRIAL") == "dump":
        print("\n".join(m.said))
        print("==== FOUND\n" + "\n".join(m.found))
        for (c, w), t in sorted(m.digests.items()):
            print(f"==== digest {c} {w}\n{t}")
        for (w, s), t in sorted(m.summaries.items()):
            print(f"==== summary {w} {NAME[s]}\n{t}")
        for k, v in m.seen.items():
            for c, t in v.items() if isinstance(v, dict) else [("", v)]:
                print(f"==== {k} {c}\n{t}")
        for name, views in (("kpi", m.kpi_now), ("kpi last", m.kpi_last), ("home", m.homes)):
            for s, t in views.items():
                print(f"==== {name} {NAME[s]}\n{t}")
        print("==== export")
        for r in m.export:
            print(r)
    return m


def test_every_figure_shown_over_easter_and_the_quarters_end_is_the_ledger(month) -> None:  # type: ignore[no-untyped-def]
    assert month.found == []
