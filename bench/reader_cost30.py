"""reader30: instructions the two text readers spend, counted by callgrind (so it holds on a
loaded machine). Like bench/reader_cost28.py, with the served command read as it is served.

    .venv/bin/python bench/reader_cost30.py served     # keys_ahead of 88 bench /logmeeting texts
    .venv/bin/python bench/reader_cost30.py night      # the same, a day typed after the name
    .venv/bin/python bench/reader_cost30.py typical    # parse_log_command of tests/corpus/commands.yaml
    .venv/bin/python bench/reader_cost30.py capture    # recognise, first 300 corpus messages (cold)

`served`: `activities.keys_ahead` as a served /logmeeting calls it after the bench's warm-up
(bench/ack.py's texts: a customer, "warm" every third, a note naming the request; workspace T1,
English, NOK), every customer already found in the workspace (keys_ahead's guess reads it as
known, as the served bench does after its priming requests), and every text's head read once
before (the bench's warm-up reads the same customers with other notes): 108 texts read first,
88 counted, each with a note not read before. `night`: the same with the day just ended typed
after the name, as bench/ack.py types it between midnight and five in Oslo. `typical`: every
text of tests/corpus/commands.yaml once with its seller's language and krone (no known
customers; each text's first reading, so memos of earlier texts only), the first 20 read
first. `capture`: as reader_cost28's (the first 300 messages, cold).

Instrumentation is switched on and off around the measured loop (`callgrind_control -i`); the
two calls of callgrind_control are inside the count, so compare runs of this script with each
other only. Prints instructions per item. valgrind must be installed; a minute or two each.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 2)


def _toggle(on: bool) -> None:
    subprocess.run(
        ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
        check=True,
        capture_output=True,
    )


def _served(night: bool) -> int:
    from bench.ack import CUSTOMERS
    from bot.domain import ActivityKind
    from bot.services import activities
    from bot.services.customers import customer_key

    day = f" {(TODAY - timedelta(days=1)).isoformat()}" if night else ""

    def text(run: str, i: int, customer: str) -> str:
        return (f"{customer} warm" if i % 3 == 0 else customer) + day + f" -- bench {run} #{i}"

    guess = ("T1", TODAY, "NOK", "en")
    activities._remember_found("T1", [customer_key(c) for c in CUSTOMERS])
    for i, customer in enumerate(CUSTOMERS * 3):
        activities.keys_ahead(ActivityKind.MEETING, text("w", i, customer), guess)
    texts = [text("m", i, c) for i, c in enumerate(CUSTOMERS * 3)][20:]
    _toggle(True)
    for each in texts:
        activities.keys_ahead(ActivityKind.MEETING, each, guess)
    _toggle(False)
    return len(texts)


def _typical() -> int:
    from bot.domain import ActivityKind
    from bot.services.commands import parse_log_command
    from bot.services.dates import UserError
    from tests.helpers import load_yaml

    kinds = {
        "meeting": ActivityKind.MEETING,
        "call": ActivityKind.CALL,
        "offer": ActivityKind.OFFER,
        "win": ActivityKind.WIN,
        "lost": ActivityKind.LOSS,
    }
    krone = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}
    rows = load_yaml(ROOT / "tests/corpus/commands.yaml")
    calls = [(kinds[r["cmd"]], str(r["text"]), krone[r["lang"]], r["lang"]) for r in rows]

    def read(call: tuple) -> None:
        kind, text, kr, language = call
        try:
            parse_log_command(kind, text, today=TODAY, krone=kr, language=language)
        except UserError:
            pass

    for call in calls[:20]:
        read(call)
    _toggle(True)
    for call in calls[20:]:
        read(call)
    _toggle(False)
    return len(calls) - 20


def _capture(n: int) -> int:
    import importlib.util

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


def _inside(what: str, n: int) -> int:
    sys.path.insert(0, str(ROOT))
    if what in ("served", "night"):
        return _served(night=what == "night")
    if what == "typical":
        return _typical()
    return _capture(n)


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else "served"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    if os.environ.get("READER_COST30_INSIDE"):
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
            env={**os.environ, "READER_COST30_INSIDE": "1"},
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
