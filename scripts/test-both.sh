#!/bin/sh
# `make test`: the SQLite half and the PostgreSQL half at the same time (the machine's cores are
# shared by both; each half spreads over them with pytest-xdist). The PostgreSQL half prints as
# it goes; the SQLite half's report follows when both are done. Fails when either half fails.
set -u
PYTEST="$1"
log=$(mktemp "${TMPDIR:-/tmp}/kpibot-sqlite-half.XXXXXX")
$PYTEST > "$log" 2>&1 &
sqlite=$!
KPIBOT_TEST_DB=postgres $PYTEST tests/slack tests/storage tests/cli
postgres=$?
wait $sqlite
sqlite_rc=$?
echo
echo "== SQLite half =="
cat "$log"
rm -f "$log"
echo "== SQLite half: exit $sqlite_rc; PostgreSQL half: exit $postgres =="
[ "$sqlite_rc" -eq 0 ] && [ "$postgres" -eq 0 ]
