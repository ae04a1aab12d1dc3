"""A past week as it stood at its end, against the current-state path, side by side in one process
on the benchmark data (bench/generate.py): the 100 teams' digests (and summaries) for week 47 and
/teamstatus for the 50-seller team, each through the as-of path (today after the week) and through
the current-state path (today set to the week's Sunday), rounds interleaved so both see the same
load. CPU time of this process (SQLite).

    .venv/bin/python bench/asof.py                 # full size
    .venv/bin/python bench/asof.py --size 0.05
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import TODAY, Shape, sqlite_file  # noqa: E402

from bot.services import digest as digests  # noqa: E402
from bot.services import reports  # noqa: E402
from bot.services.kpis import Week  # noqa: E402
from storage.db import make_engine, make_session_factory, session_scope  # noqa: E402
from storage.models import SalesTeam  # noqa: E402

WEEK = Week.of(TODAY).shift(-1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kpibot-asof-") as tmp:
        path = Path(tmp) / "bench.db"
        shutil.copyfile(sqlite_file(Shape.sized(args.size, 1.0)), path)
        engine = make_engine(f"sqlite:///{path}")
        factory = make_session_factory(engine)

        def digests_cpu(as_of: bool, summaries: bool) -> float:
            today = TODAY if as_of else WEEK.sunday  # on its Sunday the week is still under way
            start = time.process_time()
            with session_scope(factory) as s:
                for team in s.query(SalesTeam).order_by(SalesTeam.id):
                    built = digests.build_digest(s, team, WEEK, today)
                    if summaries:
                        digests.build_summaries(s, built, today)
            return time.process_time() - start

        def teamstatus_cpu(today) -> float:  # type: ignore[no-untyped-def]
            start = time.process_time()
            with session_scope(factory) as s:
                reports.build_team_report(s, s.get(SalesTeam, 1), WEEK, today)
            return time.process_time() - start

        for summaries in (False, True):
            live, then = [], []
            for _ in range(args.rounds):
                live.append(digests_cpu(False, summaries))
                then.append(digests_cpu(True, summaries))
            what = "100 digests" + (" + summaries" if summaries else "")
            print(
                f"{what:<24} current-state {statistics.median(live):.2f} s · "
                f"as of the week's end {statistics.median(then):.2f} s (CPU)"
            )
        live = [teamstatus_cpu(WEEK.sunday) for _ in range(args.rounds * 3)]
        then = [teamstatus_cpu(TODAY) for _ in range(args.rounds * 3)]
        print(
            f"{'/teamstatus last week':<24} current-state {statistics.median(live) * 1000:.0f} ms · "
            f"as of the week's end {statistics.median(then) * 1000:.0f} ms (CPU)"
        )
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
