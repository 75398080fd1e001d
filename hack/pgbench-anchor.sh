#!/usr/bin/env bash
# The anchor a benchmark's figure is read beside: pgbench TPC-B (scale 10, 8 clients, 2
# threads, 30 s) on a private PostgreSQL started for it, on this machine, now. A 2-core VM's
# speed varies from hour to hour; a figure is comparable only as a ratio to an anchor measured
# in the same run.
#
#   hack/pgbench-anchor.sh        prints "pgbench TPC-B: N tps"
#
# The server has the settings of hack/postgres-ledger.conf, as the load generator's does, so
# that the two figures are read on servers alike.
set -euo pipefail
cd "$(dirname "$0")/.."
ledger_conf=$(cat hack/postgres-ledger.conf)
dsn=$(TALLY_PG_CONF="$ledger_conf"$'\n'"${TALLY_PG_CONF:-}" hack/postgres.sh start --owner $$)
trap 'hack/postgres.sh stop "$dsn" >/dev/null 2>&1 || true' EXIT
# The server's own pgbench (Debian's /usr/bin/pgbench is a wrapper that wants a cluster of its own).
pgbench=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1)
pgbench=${pgbench:-pgbench}
"$pgbench" -i -s 10 -q "$dsn" >/dev/null 2>&1
tps=$("$pgbench" -c 8 -j 2 -T 30 "$dsn" 2>/dev/null | awk '/^tps = / { printf "%d", $3 }')
echo "pgbench TPC-B: $tps tps"
