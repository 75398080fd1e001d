#!/usr/bin/env bash
# Stops the local cluster started by hack/cluster/up.sh and puts the machine back as up.sh
# found it: processes (by their PID files, never by name), pods' containers, mounts, iptables
# chains, network interfaces, cgroups, sysctls, the PostgreSQL server and every file up.sh
# wrote. Each step stands alone, so that it also cleans up after an up.sh that failed half
# way, or a second time.
#
# Usage: hack/cluster/down.sh
set -uo pipefail
source "$(dirname "$0")/lib.sh"

[[ $(id -u) -eq 0 ]] || die "run as root"
if [[ ! -d "$RUN" ]]; then
  log "no cluster in $RUN"
  exit 0
fi
T0=$(date +%s%N)
el() { local ms=$(( ($(date +%s%N) - T0) / 1000000 )); log "$(printf '%4d.%ds' $((ms / 1000)) $((ms % 1000 / 100))) $*"; }
# shellcheck disable=SC1091
[[ -f "$RUN/env" ]] && source "$RUN/env"
B=${K8S_BIN:-}
export KUBECONFIG="$RUN/admin.kubeconfig"
CTR=(ctr --address "$RUN/containerd/containerd.sock" -n k8s.io)
kubectl() { [[ -x "$B/kubectl" ]] && "$B/kubectl" --request-timeout=10s "$@"; }

# 1. No new pods; the kubelet stops the running ones properly (volumes, CNI DEL).
stop kube-controller-manager & stop kube-scheduler & wait
if alive kube-apiserver && alive kubelet; then
  kubectl delete pods --all --all-namespaces --grace-period=1 --wait=false >/dev/null 2>&1
  for _ in $(seq 120); do
    [[ -z "$("${CTR[@]}" tasks ls -q 2>/dev/null)" ]] && break
    sleep 0.25
  done
  el "pods stopped"
fi
stop kubelet & stop kube-proxy & stop kube-router & wait
el "kubelet, kube-proxy and kube-router stopped"
# Nothing is left to serve: a graceful shutdown would wait for every watch to end.
stop kube-apiserver 2 & stop etcd 5 & wait
el "kube-apiserver and etcd stopped"

# 2. What is left of containers: through containerd while it runs, then through runc for
# whatever a dead containerd left behind, then the shims.
if alive containerd; then
  for t in $("${CTR[@]}" tasks ls -q 2>/dev/null); do
    "${CTR[@]}" tasks kill -s SIGKILL "$t" >/dev/null 2>&1
  done
  sleep 0.5
  for t in $("${CTR[@]}" tasks ls -q 2>/dev/null); do "${CTR[@]}" tasks rm -f "$t" >/dev/null 2>&1; done
  for c in $("${CTR[@]}" containers ls -q 2>/dev/null); do "${CTR[@]}" containers rm "$c" >/dev/null 2>&1; done
fi
stop containerd
if command -v runc >/dev/null && [[ -d "$RUN/runc" ]]; then
  for r in "$RUN"/runc/*/; do
    [[ -d "$r" ]] || continue
    for c in $(runc --root "$r" list -q 2>/dev/null); do runc --root "$r" delete --force "$c" >/dev/null 2>&1; done
  done
fi
# Shims exit once their tasks are gone; any left (containerd died first) and any other
# process of the cluster's own are stopped by PID.
for _ in $(seq 10); do [[ -z "$(our_pids)" ]] && break; sleep 0.2; done
stop_pids 5 $(our_pids)
el "containers and shims stopped"

# 3. PostgreSQL.
if [[ -f "$RUN/postgres.port" ]]; then
  "$root/hack/postgres.sh" stop "$(cat "$RUN/postgres.port")"
  rm -f "$RUN/postgres.port"
  el "PostgreSQL stopped"
fi

# 4. Mounts under the cluster directory and the places outside it the components use,
# deepest first.
created=()
[[ -f "$RUN/created-paths" ]] && mapfile -t created < "$RUN/created-paths"
prefixes=("$RUN/" "${created[@]/%//}")
for _ in 1 2 3; do
  mapfile -t mounts < <(cut -d' ' -f2 /proc/mounts | sed 's/\\040/ /g' | while read -r m; do
    for p in "${prefixes[@]}"; do [[ "$m/" == "$p"* ]] && { echo "$m"; break; }; done
  done | sort -r)
  [[ ${#mounts[@]} -eq 0 ]] && break
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null; done
done
el "mounts removed"

# 5. Network: the bridge, veths left without a namespace, iptables chains of Kubernetes,
# kube-router and CNI, and kube-router's ipsets, that were not there before.
links_orig=()
[[ -f "$RUN/links.orig" ]] && mapfile -t links_orig < "$RUN/links.orig"
is_orig_link() { local l; for l in "${links_orig[@]}"; do [[ "$l" == "$1" ]] && return 0; done; return 1; }
for l in $(ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//'); do
  case "$l" in
    cni0|veth*|kube-ipvs0|kube-bridge) is_orig_link "$l" || ip link delete "$l" 2>/dev/null ;;
  esac
done
[[ -x "$B/kube-proxy" ]] && "$B/kube-proxy" --cleanup >/dev/null 2>&1
for t in iptables ip6tables; do
  command -v "$t-save" >/dev/null || continue
  orig="$RUN/$t.chains.orig"
  # Chains to remove: Kubernetes' and CNI's, less those that were there before up.sh.
  mapfile -t chains < <("$t-save" 2>/dev/null | awk -v orig="$orig" '
    BEGIN { while ((getline c < orig) > 0) keep[c] = 1 }
    /^\*/ { table = substr($0, 2) }
    /^:(KUBE-|CNI-)/ { c = substr($1, 2); if (!(c in keep)) print table " " c }')
  [[ ${#chains[@]} -eq 0 ]] && continue
  for tc in "${chains[@]}"; do "$t" -w -t "${tc% *}" -F "${tc#* }" 2>/dev/null; done
  # Rules elsewhere that jump to them.
  "$t-save" 2>/dev/null | awk -v list="$(printf '%s\n' "${chains[@]}")" '
    BEGIN { n = split(list, l, "\n"); for (i = 1; i <= n; i++) gone[l[i]] = 1 }
    /^\*/ { table = substr($0, 2) }
    /^-A / { for (i = 3; i <= NF; i++) if (($i == "-j" || $i == "-g") && ((table " " $(i+1)) in gone)) { print table "\t" substr($0, 4); break } }' |
    while IFS=$'\t' read -r table rule; do eval "\"$t\" -w -t \"$table\" -D $rule" 2>/dev/null; done
  for tc in "${chains[@]}"; do "$t" -w -t "${tc% *}" -X "${tc#* }" 2>/dev/null; done
done
# kube-router's ipsets, once no rule refers to them: those that were not there before.
if command -v ipset >/dev/null; then
  ipset list -n 2>/dev/null | sort | comm -23 - <(sort "$RUN/ipsets.orig" 2>/dev/null) |
    while read -r s; do ipset destroy "$s" 2>/dev/null; done
fi
el "network cleaned"

# 6. Pod cgroups (cgroupfs driver: kubepods in every hierarchy).
for h in /sys/fs/cgroup/*/kubepods /sys/fs/cgroup/kubepods; do
  [[ -d "$h" ]] && find "$h" -depth -type d -exec rmdir {} \; 2>/dev/null
done

# 7. Sysctls, and the files outside the cluster directory.
if [[ -f "$RUN/sysctl.orig" ]]; then
  while IFS='=' read -r k v; do
    [[ "$(sysctl -n "$k" 2>/dev/null)" == "$v" ]] || sysctl -qw "$k=$v" 2>/dev/null
  done < "$RUN/sysctl.orig"
fi
for d in "${created[@]}"; do
  [[ -n "$d" && -e "$d" ]] && rm -rf --one-file-system "$d"
done

# 8. The cluster directory, unless something under it is still mounted or running.
left=()
for f in "$RUN"/pid/*; do [[ -f "$f" ]] && alive "$(basename "$f")" && left+=("$(basename "$f")"); done
if [[ ${#left[@]} -gt 0 ]] || grep -qF " $RUN/" /proc/mounts; then
  log "still running: ${left[*]:-none}; still mounted: $(grep -cF " $RUN/" /proc/mounts); keeping $RUN"
  exit 1
fi
rm -rf --one-file-system "$RUN"
el "cluster down"
