"""Where the nudge pass's CPU goes, by part, at each history (the files of bench/scale.py):

  - recipients: who may get a nudge now (teams, sellers, who is away),
  - query: the nudge query through SQLAlchemy (agg.nudge_leads), and its SQL alone on a bare
    `sqlite3` connection (SQLite's own execution and the fetch of raw rows),
  - rules: the rules and a LeadLine per listed lead (bot.services.nudges.plan per seller),
  - plan: all of planning (bot.jobs.nudges.plan: both queries, then the rules),
  - blocks: every DM's blocks (nudge_message, one memo for the pass as the job keeps),
  - text: the dry-run text of every DM (digest_as_text),
  - pass: the whole pass as bench/scale.py times it (`nudge_pass(dry_run=True)`, planned and
    rendered, nothing sent).

CPU by `time.process_time`, best of N. `--dump DIR` writes every DM of a pass (blocks, dry-run
text, leads marked, "more") as JSON per history, to compare two versions byte for byte.
`--callgrind` (under `valgrind --tool=callgrind --instr-atstart=no`) counts each part once per
history, after a warm run and `gc.collect(); gc.freeze()`, dumped as "<history> <part>".

    .venv/bin/python bench/nudge_profile.py --histories 0.1,1 --best 9
    .venv/bin/python bench/nudge_profile.py --histories 0.1,1 --dump /tmp/dms-main
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.%p \\
        .venv/bin/python bench/nudge_profile.py --histories 1 --callgrind
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import logging
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import NOW, Shape, sqlite_copy  # noqa: E402
from scale import Clock  # noqa: E402

from bot import i18n  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.dependencies import Deps  # noqa: E402
from bot.jobs import Jobs, tick  # noqa: E402
from bot.jobs import nudges as nudge_job  # noqa: E402
from bot.rendering.digest import digest_as_text  # noqa: E402
from bot.rendering.nudge import nudge_message  # noqa: E402
from bot.services import nudges  # noqa: E402
from storage import aggregates as agg  # noqa: E402
from storage.db import make_engine, make_session_factory, session_scope  # noqa: E402

_TOGGLE_C = r"""
#include <valgrind/callgrind.h>
void kpibot_instr_on(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void kpibot_instr_off(const char *name) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT(name); }
"""


def _callgrind_switch() -> Any:
    """Counting on for one pass, then its counts dumped under the history's name."""
    work = Path(tempfile.mkdtemp(prefix="kpibot-cg-"))
    (work / "t.c").write_text(_TOGGLE_C)
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-O1", "-o", str(work / "t.so"), str(work / "t.c")], check=True
    )
    lib = ctypes.CDLL(str(work / "t.so"))
    shutil.rmtree(work, ignore_errors=True)
    return lib


def best(fn: Callable[[], Any], n: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(n):
        t0 = time.process_time()
        out = fn()
        times.append(time.process_time() - t0)
    return min(times), out


def _messages(plans: list[nudges.NudgePlan]) -> list[dict[str, Any]]:
    memo: dict[tuple[Any, ...], str] = {}
    out = []
    for p in plans:
        r = p.recipient
        out.append(
            nudge_message(
                i18n.person_language(r.locale, r.team_language, r.language),
                p.leads,
                p.day,
                more=p.more,
                a_customers=p.a_customers,
                a_more=p.a_more,
                home_link=None,
                memo=memo,
            )
        )
    return out


def profile(shape: Shape, path: Path, n: int, dump: Path | None, callgrind: Any) -> None:
    url = sqlite_copy(shape, path)
    factory = make_session_factory(make_engine(url))
    settings = Settings(bot_token="xoxb-bench", signing_secret="x", api_url="http://127.0.0.1:9")
    jobs = Jobs(deps=Deps(settings, factory, Clock(NOW)), client_for=lambda _ws: None)  # type: ignore[arg-type,return-value]
    with session_scope(factory) as s:
        recipients = [r for r, _ in tick.nudge_recipients(s, NOW)]
    sellers: dict[str, list[int]] = {}
    for r in recipients:
        sellers.setdefault(r.workspace_id, []).append(r.seller_id)
    latest_today = max(nudges.local_now(NOW, r.timezone).date() for r in recipients)
    nudged_before = NOW - nudges.REPEAT_AFTER
    jobs.nudge_pass(dry_run=True)  # warm: caches, templates, patterns
    jobs.nudge_pass(dry_run=True)
    label = f"{shape.history:g}"

    def measure(name: str, fn: Callable[[], Any]) -> tuple[float, Any]:
        """Best of n by CPU time; under callgrind one run counted, dumped as `name`."""
        if callgrind is None:
            return best(fn, n)
        fn()
        gc.collect()
        gc.freeze()
        callgrind.kpibot_instr_on()
        out = fn()
        callgrind.kpibot_instr_off(f"{label} {name}".encode())
        gc.unfreeze()
        return 0.0, out

    parts: dict[str, float] = {}
    parts["pass"], texts = measure("pass", lambda: jobs.nudge_pass(dry_run=True))
    with session_scope(factory) as s:
        parts["recipients"], _ = measure("recipients", lambda: tick.nudge_recipients(s, NOW))
        parts["query"], rows = measure(
            "query",
            lambda: agg.nudge_leads(s, sellers, latest_today, nudged_before=nudged_before),
        )
        seen: list[tuple[str, Any]] = []

        def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
            seen.append((statement, parameters))

        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", capture)
        agg.nudge_leads(s, sellers, latest_today, nudged_before=nudged_before)
        event.remove(engine, "before_cursor_execute", capture)
    # The same SQL on a bare connection: SQLite's own execution and its raw rows.
    sql, args = seen[-1]
    con = sqlite3.connect(path)
    con.execute("PRAGMA query_only = 1")
    parts["query (bare sqlite3)"], raw = measure(
        "query-bare", lambda: con.execute(sql, args).fetchall()
    )
    con.close()
    by_owner: dict[int, list[Any]] = {}
    for lead in rows:
        by_owner.setdefault(lead.owner_id, []).append(lead)
    parts["rules + LeadLines"], plans = measure(
        "rules",
        lambda: [
            p
            for r in recipients
            if (p := nudges.plan(r, by_owner.get(r.seller_id, []), [], NOW)) is not None
        ],
    )
    with session_scope(factory) as s:
        parts["plan (whole)"], plans = measure("plan", lambda: nudge_job.plan(s, recipients, NOW))
    parts["blocks"], messages = measure("blocks", lambda: _messages(plans))
    parts["text"], _ = measure("text", lambda: [digest_as_text(m) for m in messages])
    if callgrind is not None:
        print(f"{shape.history:.0%}: counted", flush=True)
        return
    listed = sum(len(p.leads) for p in plans)
    print(
        f"\n{shape.history:.0%}: {len(plans)} DMs, {listed:,} leads listed, "
        f"{len(rows):,} candidate rows ({len(raw):,} raw), best of {n}"
    )
    for name, spent in parts.items():
        print(f"  {name:<22} {spent * 1000:7.2f} ms")
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        out = [
            {
                "seller": p.recipient.seller_id,
                "day": p.day.isoformat(),
                "leads": [lead.id for lead in p.leads],
                "more": p.more,
                "a_more": p.a_more,
                "message": m,
            }
            for p, m in zip(plans, messages, strict=True)
        ]
        target = dump / f"nudge-{shape.history:g}.json"
        target.write_text(json.dumps({"dms": out, "texts": texts[1]}, indent=1, sort_keys=True))
        print(f"  written {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--histories", default="0.1,1")
    parser.add_argument("--size", type=float, default=1.0)
    parser.add_argument("--best", type=int, default=9)
    parser.add_argument("--dump", default=None, help="write every DM of a pass here")
    parser.add_argument("--callgrind", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    switch = _callgrind_switch() if args.callgrind else None
    with tempfile.TemporaryDirectory(prefix="kpibot-nudge-") as tmp:
        for history in (float(h) for h in args.histories.split(",")):
            shape = Shape.sized(args.size, history)
            dump = Path(args.dump) if args.dump else None
            profile(shape, Path(tmp) / f"{shape.key()}.db", args.best, dump, switch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
