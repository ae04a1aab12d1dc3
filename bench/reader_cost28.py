"""reader28: instructions the two text readers spend, counted by callgrind (so it holds on a
loaded machine), each reading cold (in a fresh process, only what is measured counted).

    .venv/bin/python bench/reader_cost28.py capture 300   # the first 300 corpus messages, recognise
    .venv/bin/python bench/reader_cost28.py served        # keys_ahead of 88 bench /logmeeting texts

`capture`: bench/capture.py's `read` of the first N rows of tests/corpus/messages.yaml (one
message read first, untimed, for the lazily made tables). `served`: `activities.keys_ahead` as a
served /logmeeting calls it (the bench's texts: a customer, "warm" every third, a note; guessed
workspace, today, NOK, English), 20 read first, 88 counted. Instrumentation is switched on and off
around the measured loop (`callgrind_control -i`); the two calls of callgrind_control are inside
the count (the same in every run), so compare runs of this script with each other only.
Prints instructions per item. valgrind must be installed; a few minutes each.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _toggle(on: bool) -> None:
    subprocess.run(
        ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
        check=True,
        capture_output=True,
    )


def _inside(what: str, n: int) -> int:
    sys.path.insert(0, str(ROOT))
    if what == "capture":
        spec = importlib.util.spec_from_file_location("bench_capture", ROOT / "bench/capture.py")
        assert spec and spec.loader
        bench = importlib.util.module_from_spec(spec)
        sys.modules["bench_capture"] = bench
        spec.loader.exec_module(bench)
        from tests.helpers import load_yaml

        corpus = load_yaml(ROOT / "tests/corpus/messages.yaml")
        rows = corpus["messages"][:n]
        bench.read(corpus, {"t": "Møte med Equinor i dag", "l": "nb"})
        _toggle(True)
        for row in rows:
            bench.read(corpus, row)
        _toggle(False)
        return len(rows)
    from bench.ack import CUSTOMERS
    from bot.domain import ActivityKind
    from bot.services import activities

    texts = [
        (f"{c} warm" if i % 3 == 0 else c) + f" -- bench r #{i}"
        for i, c in enumerate(CUSTOMERS * 3)
    ]
    guess = ("T1", date(2026, 12, 2), "NOK", "en")
    for text in texts[:20]:
        activities.keys_ahead(ActivityKind.MEETING, text, guess)
    _toggle(True)
    for text in texts[20:]:
        activities.keys_ahead(ActivityKind.MEETING, text, guess)
    _toggle(False)
    return len(texts) - 20


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "served"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    if os.environ.get("READER_COST28_INSIDE"):
        print(_inside(what, n))
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        done = subprocess.run(
            [
                "valgrind", "--tool=callgrind", "--instr-atstart=no",
                f"--callgrind-out-file={out}", "--dump-instr=no", "--collect-jumps=no",
                sys.executable, __file__, what, str(n),
            ],
            env={**os.environ, "READER_COST28_INSIDE": "1"},
            capture_output=True,
            text=True,
            check=True,
        )  # fmt: skip
        items = int(done.stdout.split()[-1])
        totals = re.findall(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
        total = int(totals[-1])
    print(f"{what}: {total / items:,.0f} instructions per item ({items} items)")


if __name__ == "__main__":
    main()
