"""Where kpibot's requests spent their time on the way to the ack, from the files bot/timing.py
writes (KPIBOT_ACK_TIMING=F in the environment of `kpibot serve`, or of bench/ack.py, which
passes it on: each serving process writes F.<pid>.json as it exits).

    KPIBOT_ACK_TIMING=/tmp/t .venv/bin/python bench/ack.py --databases sqlite --concurrency 8
    .venv/bin/python bench/ack_timing.py /tmp/t.*.json

Per phase (between two marks) its p50 and p99 over the log commands, and what the slowest
hundredth of them spent in each phase on average, with the collector's pauses during them."""

from __future__ import annotations

import json
import statistics
import sys

PHASES = [
    ("arrived", "runner", "Bolt and the middleware (the requester read)"),
    ("runner", "queued", "to the writer queue"),
    ("queued", "started", "waiting for the writer thread"),
    ("queued", "begun", "KPIBOT_TURN_STARTS=begun: checkout and BEGIN before the turn"),
    ("begun", "started", "KPIBOT_TURN_STARTS=begun: waiting for the turn after them"),
    ("started", "turn", "to the write turn"),
    ("started", "ready", "KPIBOT_TURN_STARTS=lock: the work before the turn"),
    ("ready", "turn", "KPIBOT_TURN_STARTS=lock: waiting for the turn at the row lock"),
    ("turn", "commit", "the work (statements, decisions)"),
    ("commit", "committed", "commit"),
    ("committed", "acked", "after the commit to the ack"),
    ("acked", "answered", "the request thread wakes"),
    ("answered", "returned", "Bolt's answer to the WSGI server"),
]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else 0.0


def main(paths: list[str]) -> int:
    requests, pauses = [], []
    for path in paths:
        with open(path) as f:
            data = json.load(f)
        requests += [dict(marks) for marks in data["requests"]]
        pauses += data["gc"]
    logs = [r for r in requests if "queued" in r and "committed" in r and "acked" in r]
    totals = [r["acked"] - r["arrived"] for r in logs]
    if not logs:
        print("no log command was timed")
        return 1
    slow_line = pct(totals, 0.99)
    slow = [r for r in logs if r["acked"] - r["arrived"] >= slow_line]
    print(
        f"{len(logs)} log commands timed (of {len(requests)} requests); arrival to ack "
        f"p50 {pct(totals, 0.5) * 1e3:.1f} ms, p99 {slow_line * 1e3:.1f} ms"
    )
    print("\n| phase | p50 ms | p99 ms | slowest 1 %: mean ms |\n|---|--:|--:|--:|")
    for start, stop, label in PHASES:
        spans = [r[stop] - r[start] for r in logs if start in r and stop in r]
        worst = [r[stop] - r[start] for r in slow if start in r and stop in r]
        print(
            f"| {label} | {pct(spans, 0.5) * 1e3:.2f} | {pct(spans, 0.99) * 1e3:.2f} | "
            f"{statistics.mean(worst) * 1e3 if worst else 0:.2f} |"
        )
    in_slow = 0.0
    for r in slow:
        for started, seconds, _generation in pauses:
            if r["arrived"] <= started <= r["acked"]:
                in_slow += seconds
    # Only the pauses while some request was in flight (start-up's and exit's are not).
    windows = sorted((r["arrived"], r["returned"]) for r in requests if "returned" in r)
    pauses = [p for p in pauses if any(a <= p[0] <= b for a, b in windows)]
    by_gen = {g: [s for _t, s, gen in pauses if gen == g] for g in (0, 1, 2)}
    print(
        "\ncollector, while requests were in flight: "
        + ", ".join(
            f"gen {g}: {len(v)} pauses, max {max(v) * 1e3:.1f} ms" for g, v in by_gen.items() if v
        )
        + f"; during the slowest 1 %: {in_slow / max(1, len(slow)) * 1e3:.2f} ms each on average"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
