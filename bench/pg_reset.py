"""The PostgreSQL slot's reset per test, in parts: the server's CPU (its backend's /proc utime +
stime) and the client's, over many resets after a set-up team and a meeting (suite20;
pgreset33's DELETE/TRUNCATE reset; one script with a mode since suite34).

    KPIBOT_TEST_DB=postgres python -m pytest -p tests.conftest bench/pg_reset.py -q -s \
        -p no:cacheprovider
    KPIBOT_RESET_MODE=truncate,dirty ...   # the modes to compare, alternated round by round

Modes (KPIBOT_RESET_MODE, comma-separated; default `now`):
- now: what tests/pg.py `_put_back` runs since speed27: the catalog's written tables, DELETE of
  the small ones with the triggers off and TRUNCATE of the larger ones, the sequences, the
  state check; then COMMIT;
- truncate: suite20's reset: the written tables' query, one TRUNCATE of them all;
- dirty: a TRUNCATE of a dirty set known beforehand (as a set taken from the statements run
  would give it: no catalog query)."""

from __future__ import annotations

import os
import time

import pytest

from tests.helpers import command_reply, set_up_team
from tests.pg import DELETE_UNDER_PAGES

ROUNDS = int(os.environ.get("KPIBOT_RESET_ROUNDS", "100"))
MODES = os.environ.get("KPIBOT_RESET_MODE", "now").split(",")
TICK = os.sysconf("SC_CLK_TCK")


def _server_cpu(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115
    return (int(fields[11]) + int(fields[12])) / TICK


WRITTEN = (
    "SELECT quote_ident(relname), pg_relation_size(oid) > %s FROM pg_class "
    "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
    "AND relname <> 'alembic_version' AND pg_relation_size(oid) > 0"
)
SEQUENCES = (
    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) "
    "FROM pg_sequences WHERE last_value IS NOT NULL"
)


def _empty(conn, mode: str, written: list[tuple[str, bool]]) -> None:  # type: ignore[no-untyped-def]
    if mode == "now":
        conn.execute("SET LOCAL session_replication_role = replica")
        for name, large in written:
            conn.execute(f"TRUNCATE {name} CASCADE" if large else f"DELETE FROM {name}")
        conn.execute("SET LOCAL session_replication_role = origin")
    else:
        conn.execute(f"TRUNCATE {', '.join(name for name, _ in written)} CASCADE")


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_reset_parts(slack, backend, postgres) -> None:  # type: ignore[no-untyped-def]
    assert set(MODES) <= {"now", "truncate", "dirty"}, MODES
    parts = ("written query", "empty", "sequences", "state check", "commit")
    spent = {mode: dict.fromkeys(parts, 0.0) for mode in MODES}
    client = dict.fromkeys(MODES, 0.0)
    tables = dict.fromkeys(MODES, 0)
    differs = dict.fromkeys(MODES, 0)
    for _ in range(ROUNDS):
        for mode in MODES:
            set_up_team(slack)
            command_reply(slack, "U0LARS", "/logmeeting", "Acme i dag, varm")
            slack.wait_idle()
            raw = slack.engine.raw_connection()
            try:
                conn = raw.driver_connection
                pid = conn.info.backend_pid
                # known beforehand in "dirty"
                dirty = conn.execute(WRITTEN, (DELETE_UNDER_PAGES * 8192,)).fetchall()
                conn.commit()
                c0 = time.process_time()
                s = _server_cpu(pid)

                def took(part: str, s0: float, m: str = mode, pid: int = pid) -> float:
                    now = _server_cpu(pid)
                    spent[m][part] += now - s0
                    return now

                if mode == "dirty":
                    written = dirty
                else:
                    written = conn.execute(WRITTEN, (DELETE_UNDER_PAGES * 8192,)).fetchall()
                    s = took("written query", s)
                tables[mode] += len(written)
                _empty(conn, mode, written)
                s = took("empty", s)
                conn.execute(SEQUENCES)
                s = took("sequences", s)
                # autovacuum's ANALYZE can come after many rounds (pg_statistic rows): the
                # suite then makes the slot again; counted here, not stopped on.
                differs[mode] += postgres._state(conn) != postgres._slot_state  # noqa: SLF001
                s = took("state check", s)
                conn.commit()
                took("commit", s)
                client[mode] += time.process_time() - c0
            finally:
                raw.close()
    for mode, by_part in spent.items():
        total = sum(by_part.values())
        print(
            f"\n{mode}: server {1000 * total / ROUNDS:.2f} ms a reset ("
            + ", ".join(f"{p} {1000 * v / ROUNDS:.2f}" for p, v in by_part.items())
            + f"); client {1000 * client[mode] / ROUNDS:.2f} ms; "
            + f"{tables[mode] / ROUNDS:.1f} tables written; "
            + f"{differs[mode]} not as the template (statistics)"
        )
