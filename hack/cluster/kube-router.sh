#!/usr/bin/env bash
# Builds kube-router from source through the Go module proxy, caches it outside the clone and
# prints the path of the binary. The local cluster runs only its network policy controller
# (--run-firewall): the bridge CNI plugin and kube-proxy enforce no NetworkPolicy, and
# kube-router is a policy engine that builds here (Calico and Cilium need more than the
# module proxy gives: eBPF toolchains, images). A second run builds nothing.
#
# Usage: hack/cluster/kube-router.sh   prints $TALLY_CACHE/kube-router/<version>/kube-router
# Environment: KUBE_ROUTER_VERSION (default below), TALLY_CACHE (default ~/.cache/tally).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

version=${KUBE_ROUTER_VERSION:-v2.1.0}
dir="$cache/kube-router/$version"
bin="$dir/kube-router"
if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi
mkdir -p "$dir"
exec 9>"$dir/.lock"
flock 9
if [[ ! -x "$bin" ]]; then
  log "building kube-router $version from source (first run only; a few minutes)"
  start=$(date +%s)
  # Its own go.mod decides its dependencies; -mod=mod lets go install resolve them outside
  # this module.
  (cd "$dir" && GOBIN="$dir" GOFLAGS=-mod=mod CGO_ENABLED=0 go install -trimpath \
    "github.com/cloudnativelabs/kube-router/v2/cmd/kube-router@$version") >&2
  log "kube-router $version built in $(( $(date +%s) - start )) s"
fi
echo "$bin"
