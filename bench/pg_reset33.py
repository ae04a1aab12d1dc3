"""The PostgreSQL slot's reset as tests/pg.py `_put_back` runs it since speed27 (DELETE of
small written tables with the triggers off, TRUNCATE of larger ones), in parts (pgreset33): the
server's CPU (its backend's /proc utime + stime) over many resets after a set-up team and a
meeting (bench/pg_reset.py measured the TRUNCATE-only reset of suite20).

    KPIBOT_TEST_DB=postgres python -m pytest -p tests.conftest bench/pg_reset33.py -q -s \
        -p no:cacheprovider"""

from __future__ import annotations

import os
import time

import pytest

from tests.helpers import command_reply, set_up_team
from tests.pg import DELETE_UNDER_PAGES

ROUNDS = int(os.environ.get("KPIBOT_RESET_ROUNDS", "100"))
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


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_reset_parts(slack, backend, postgres) -> None:  # type: ignore[no-untyped-def]
    parts = ("written query", "delete", "sequences", "state check", "commit")
    spent = dict.fromkeys(parts, 0.0)
    client = 0.0
    tables = 0
    for _ in range(ROUNDS):
        set_up_team(slack)
        command_reply(slack, "U0LARS", "/logmeeting", "Acme i dag, varm")
        slack.wait_idle()
        raw = slack.engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.commit()
            pid = conn.info.backend_pid
            c0 = time.process_time()
            s = _server_cpu(pid)

            def took(part: str, s0: float, pid: int = pid) -> float:
                now = _server_cpu(pid)
                spent[part] += now - s0
                return now

            written = conn.execute(WRITTEN, (DELETE_UNDER_PAGES * 8192,)).fetchall()
            s = took("written query", s)
            tables += len(written)
            conn.execute("SET LOCAL session_replication_role = replica")
            for name, large in written:
                conn.execute(f"TRUNCATE {name} CASCADE" if large else f"DELETE FROM {name}")
            conn.execute("SET LOCAL session_replication_role = origin")
            s = took("delete", s)
            conn.execute(SEQUENCES)
            s = took("sequences", s)
            assert postgres._state(conn) == postgres._slot_state  # noqa: SLF001
            s = took("state check", s)
            conn.commit()
            took("commit", s)
            client += time.process_time() - c0
        finally:
            raw.close()
    total = sum(spent.values())
    print(
        f"\nserver {1000 * total / ROUNDS:.2f} ms a reset ("
        + ", ".join(f"{p} {1000 * v / ROUNDS:.2f}" for p, v in spent.items())
        + f"); client {1000 * client / ROUNDS:.2f} ms; {tables / ROUNDS:.1f} tables written"
    )
