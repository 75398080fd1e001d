#!/usr/bin/env bash
# Prints the state of this machine that the local cluster touches, in a stable order, so
# that a snapshot before hack/cluster/up.sh and one after hack/cluster/down.sh can be
# compared with diff: processes, listening sockets, mounts, network links, addresses and
# routes, iptables rules, cgroups, sysctls, and the paths outside the cluster directory.
#
# Usage: hack/cluster/snapshot.sh > before; ...; hack/cluster/snapshot.sh > after; diff before after
set -uo pipefail
source "$(dirname "$0")/lib.sh"

section() { echo "== $*"; }

section processes
# Command lines of user-space processes, without this snapshot's own.
ps -eo pid=,ppid=,args= | awk -v self=$$ '$1 != self && $2 != self && $3 !~ /^\[/ { $1 = ""; $2 = ""; sub(/^  /, ""); print }' |
  grep -vE '^(ps|awk|sort|sed|grep) ' | sort
section listening
ss -Hltnu 2>/dev/null | awk '{print $1, $5}' | sort -u
section mounts
awk '{print $2, $3}' /proc/mounts | sort
section links
ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//' | sort
section addresses
ip -o addr show | awk '{print $2, $3, $4}' | sort
section routes
ip route show table all 2>/dev/null | sort
for t in iptables ip6tables iptables-legacy ip6tables-legacy; do
  command -v "$t-save" >/dev/null || continue
  section "$t"
  "$t-save" 2>/dev/null | grep -vE '^(#|:.*\[[0-9]+:[0-9]+\]$)' || true
  "$t-save" 2>/dev/null | sed -n 's/^\(:[^ ]*\) .*/\1/p'
done
if command -v ipset >/dev/null; then
  section ipsets
  ipset list -n 2>/dev/null | sort
fi
if command -v nft >/dev/null; then
  section nft
  nft list tables 2>/dev/null | sort
fi
section cgroups
find /sys/fs/cgroup -mindepth 1 -maxdepth 3 -type d 2>/dev/null | grep -v '/process_api/' | sort
section sysctls
for s in "${SYSCTLS[@]}"; do echo "$s=$(sysctl -n "$s" 2>/dev/null)"; done
sysctl -a 2>/dev/null | grep -E '^net\.ipv4\.conf\.[^.]+\.(forwarding|route_localnet|rp_filter)' | sort
section paths
for d in "${OUTSIDE_PATHS[@]}" "$RUN"; do [[ -e "$d" ]] && echo "$d"; done
ls -d "${TMPDIR:-/tmp}"/tally-postgres-* 2>/dev/null
true
