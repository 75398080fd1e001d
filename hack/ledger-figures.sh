#!/usr/bin/env bash
# The ledger's figures (docs/ledger.md, "Figures"), all in one run on this machine, each read
# beside pgbench TPC-B measured in the same run: the load generator on an empty ledger and on
# one with a year of history, in batches of 1,000 and one event per request, then the yearly
# clearing and the tier review of the year-old ledger under one-event requests. The clearing
# runs after the night before it, which announces the year's expiring points (unmeasured).
#
#   hack/ledger-figures.sh [DURATION]      each load run lasts DURATION (default 60s)
#
# The year of history is seeded on the first run (an hour or more; hack/loadgen -history) and
# taken from ~/.cache/tally/history after. Each run's whole output is kept in $TALLY_FIGURES
# (default /tmp/tally-figures); the summary is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
dur=${1:-60s}
out=${TALLY_FIGURES:-/tmp/tally-figures}
mkdir -p "$out"
# Built first: nothing compiles while anything is measured.
bin="$out/loadgen"
go build -o "$bin" ./hack/loadgen

anchor=$(hack/pgbench-anchor.sh | awk '{ print $3 }')
echo "pgbench TPC-B: $anchor tps" | tee "$out/anchor.txt"

run() {
  local name=$1; shift
  echo "== $name: loadgen -local $*" >&2
  "$bin" -local -members 1000000 "$@" > "$out/$name.txt" 2>&1 || { tail -20 "$out/$name.txt" >&2; exit 1; }
}
run empty-batched -duration "$dur" -batch 1000 -concurrency 8 -storage
run empty-single -duration "$dur" -batch 1 -concurrency 128
run year-batched -history 12mo -duration "$dur" -batch 1000 -concurrency 8 -storage
run year-single -history 12mo -duration "$dur" -batch 1 -concurrency 128
run year-clearing -history 12mo -clearing -concurrency 32
run year-review -history 12mo -review -concurrency 32

# purchase <events/s> <requests/s> <refused> <p50> <p99> <max>, and the last 20 s against the first.
figure() {
  awk -v a="$anchor" '
    $1 == "purchase" && !done { rate = $2; p99 = $6; done = 1 }
    /^last 20s against first 20s/ { steady = $NF }
    END { printf "%8d purchases/s  %5.2fx pgbench  p99 %6.1f ms  last 20 s against first %s\n", rate, rate / a, p99, steady }' "$out/$1.txt"
}
echo
echo "pgbench TPC-B (scale 10, 8 clients, 30 s): $anchor tps"
for r in empty-batched empty-single year-batched year-single; do
  printf '%-14s %s\n' "$r" "$(figure $r)"
done
echo
grep -h -E '^(the yearly clearing|the tier review|  [0-9]+ (lots|reviewed)|  writes before the job)' "$out/year-clearing.txt" "$out/year-review.txt" || true
# Bytes on disk per posting and per event, of the empty ledger after its batched run and of the
# year-old one after its.
for r in empty-batched year-batched; do
  echo; echo "$r:"; sed -n '/^storage: /,/^all /p' "$out/$r.txt" | tail -n +1
done
