"""The PostgreSQL slot's reset per test, in parts (suite20): the server's CPU (its backend's
/proc utime + stime) and the client's, over many resets after a set-up team and a meeting.

    KPIBOT_TEST_DB=postgres python -m pytest bench/pg_reset.py -q -s -p no:cacheprovider

Compares what runs now (tests/pg.py `_put_back`: the catalog's written tables, TRUNCATE, the
sequences, the state check; then COMMIT) with a TRUNCATE of a dirty set known beforehand (as a
set taken from the statements run would give it: no catalog query)."""

from __future__ import annotations

import os
import time

import pytest

from tests.helpers import command_reply, set_up_team

ROUNDS = int(os.environ.get("KPIBOT_RESET_ROUNDS", "60"))
TICK = os.sysconf("SC_CLK_TCK")


def _server_cpu(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115
    return (int(fields[11]) + int(fields[12])) / TICK


WRITTEN = (
    "SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
    "AND relkind = 'r' AND relname <> 'alembic_version' AND pg_relation_size(oid) > 0"
)
SEQUENCES = (
    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) "
    "FROM pg_sequences WHERE last_value IS NOT NULL"
)


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
def test_reset_parts(slack, backend, postgres) -> None:  # type: ignore[no-untyped-def]
    parts = ("written query", "truncate", "sequences", "state check", "commit")
    spent = {mode: dict.fromkeys(parts, 0.0) for mode in ("now", "dirty set")}
    client = dict.fromkeys(spent, 0.0)
    differs = dict.fromkeys(spent, 0)
    for _ in range(ROUNDS):
        for mode in spent:
            set_up_team(slack)
            command_reply(slack, "U0LARS", "/logmeeting", "Acme i dag, varm")
            slack.wait_idle()
            raw = slack.engine.raw_connection()
            try:
                conn = raw.driver_connection
                pid = conn.info.backend_pid
                dirty = [r[0] for r in conn.execute(WRITTEN)]  # known beforehand in "dirty set"
                conn.commit()
                c0 = time.process_time()
                s = _server_cpu(pid)

                def took(part: str, s0: float, m: str = mode, pid: int = pid) -> float:
                    now = _server_cpu(pid)
                    spent[m][part] += now - s0
                    return now

                if mode == "now":
                    written = [r[0] for r in conn.execute(WRITTEN)]
                    s = took("written query", s)
                else:
                    written = dirty
                conn.execute(f"TRUNCATE {', '.join(written)} CASCADE")
                s = took("truncate", s)
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
            f"{mode}: server {1000 * total / ROUNDS:.2f} ms a reset ("
            + ", ".join(f"{p} {1000 * v / ROUNDS:.2f}" for p, v in by_part.items())
            + f"); client {1000 * client[mode] / ROUNDS:.2f} ms; "
            + f"{differs[mode]} not as the template (statistics)"
        )
