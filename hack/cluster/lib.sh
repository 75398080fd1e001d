# Settings and helpers shared by the local cluster scripts (hack/cluster/*.sh); sourced.
#
# The cluster's state lives in one directory, $TALLY_CLUSTER_DIR (default
# ~/.cache/tally/cluster): certificates, kubeconfigs, configuration, logs, a PID file per
# process, etcd's data, containerd's root and state, the kubelet's root. down.sh removes it.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache="${TALLY_CACHE:-$HOME/.cache/tally}"
RUN="${TALLY_CLUSTER_DIR:-$cache/cluster}"

# Networks inside the cluster; they must not overlap the node's own.
POD_CIDR="${TALLY_POD_CIDR:-10.88.0.0/16}"
SVC_CIDR="${TALLY_SERVICE_CIDR:-10.96.0.0/16}"
API_SERVICE_IP="${SVC_CIDR%.*/*}.1"        # first address of the service range
DNS_SERVICE_IP="${SVC_CIDR%.*/*}.10"

# Debian packages the node needs, by a file each one installs.
declare -A NODE_PACKAGES=(
  [containerd]=/usr/bin/containerd
  [runc]=/usr/sbin/runc
  [containernetworking-plugins]=/usr/lib/cni/bridge
  [iptables]=/usr/sbin/iptables
  [conntrack]=/usr/sbin/conntrack
  [ipset]=/usr/sbin/ipset
)
CNI_BIN_DIR=/usr/lib/cni

# Sysctls the kubelet, kube-proxy and the bridge plugin change; down.sh puts them back.
SYSCTLS=(
  vm.overcommit_memory vm.panic_on_oom kernel.panic kernel.panic_on_oops
  kernel.keys.root_maxkeys kernel.keys.root_maxbytes
  net.ipv4.ip_forward net.ipv6.conf.all.forwarding net.ipv4.conf.all.route_localnet
  net.bridge.bridge-nf-call-iptables net.bridge.bridge-nf-call-ip6tables
  net.netfilter.nf_conntrack_max
)

# Paths outside $RUN that the components create whatever they are told; down.sh removes
# those that did not exist before up.sh.
OUTSIDE_PATHS=(/run/containerd /var/lib/cni /var/lib/kubelet /var/log/containers /var/log/pods /etc/kubernetes /opt/containerd)

log() { echo "cluster: $*" >&2; }
die() { log "$*"; exit 1; }

# node_ip is the node's own IPv4 address: the source address of the default route, else
# the first global address.
node_ip() {
  local ip
  ip=$(ip -4 route get 1.1.1.1 2>/dev/null | sed -n 's/.* src \([0-9.]*\).*/\1/p' | head -1)
  [[ -n "$ip" ]] || ip=$(ip -4 -o addr show scope global | awk '{split($4, a, "/"); print a[1]; exit}')
  [[ -n "$ip" ]] || return 1
  echo "$ip"
}

# alive NAME tells whether the process in $RUN/pid/NAME runs and is ours: its command line
# names the cluster directory, so a recycled PID is never taken for it.
alive() {
  local f="$RUN/pid/$1" pid
  [[ -f "$f" ]] || return 1
  pid=$(cat "$f")
  [[ -n "$pid" ]] && ours "$pid"
}

# ours PID tells whether the process runs and its command line names the cluster directory.
ours() {
  local args=()
  mapfile -d '' args 2>/dev/null < "/proc/$1/cmdline" || return 1
  [[ "${args[*]}" == *"$RUN/"* ]]
}

# our_pids lists the processes whose command line names the cluster directory (containerd's
# shims name its socket there), other than this shell and its ancestors.
our_pids() {
  local skip=" " p=$BASHPID d
  while [[ -n "$p" && "$p" != 0 ]]; do
    skip+="$p "
    p=$(awk '{print $4}' "/proc/$p/stat" 2>/dev/null)
  done
  for d in /proc/[0-9]*; do
    p=${d#/proc/}
    [[ "$skip" == *" $p "* ]] && continue
    ours "$p" && echo "$p"
  done
}

# stop_pids SECONDS PID...: SIGTERM, up to SECONDS for them to exit, then SIGKILL.
stop_pids() {
  local wait=$1 i p left
  shift
  [[ $# -gt 0 ]] || return 0
  kill "$@" 2>/dev/null
  for (( i = 0; i < wait * 10 + 50; i++ )); do
    left=()
    for p in "$@"; do kill -0 "$p" 2>/dev/null && left+=("$p"); done
    [[ ${#left[@]} -eq 0 ]] && return 0
    (( i == wait * 10 )) && kill -KILL "${left[@]}" 2>/dev/null
    sleep 0.1
  done
}

# stop NAME [SECONDS] stops the process of $RUN/pid/NAME, if it is still ours.
stop() {
  local f="$RUN/pid/$1"
  [[ -f "$f" ]] || return 0
  if alive "$1"; then stop_pids "${2:-10}" "$(cat "$f")"; fi
  rm -f "$f"
}

# waitfor SECONDS COMMAND... retries COMMAND every 0.2 s until it succeeds.
waitfor() {
  local secs=$1 i
  shift
  for (( i = 0; i < secs * 5; i++ )); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}
