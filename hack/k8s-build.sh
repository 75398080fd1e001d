#!/usr/bin/env bash
# Builds Kubernetes components (and etcd) from source through the Go module proxy, caches
# them outside the clone and prints the directory that holds them.
#
# These machines cannot download release binaries; the module proxy they can reach. The
# Kubernetes version follows the client libraries in go.mod (k8s.io/api v0.X.Y means
# Kubernetes v1.X.Y). Only the components missing from the cache are built; a second run
# builds nothing. Concurrent runs (two test packages, or a test and a cluster) wait for each
# other on one lock per version.
#
# Usage: hack/k8s-build.sh COMPONENT...
#   COMPONENT: kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy
#              kubectl etcd
# Environment: K8S_VERSION (default from go.mod), TALLY_CACHE (default ~/.cache/tally);
#   the binaries land in $TALLY_CACHE/k8s/$K8S_VERSION/bin.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
log() { echo "k8s-build: $*" >&2; }
[[ $# -gt 0 ]] || { log "usage: $0 COMPONENT..."; exit 2; }
for c in "$@"; do
  case "$c" in
    kube-apiserver|kube-controller-manager|kube-scheduler|kubelet|kube-proxy|kubectl|etcd) ;;
    *) log "unknown component $c"; exit 2 ;;
  esac
done

if [[ -z "${K8S_VERSION:-}" ]]; then
  api=$(cd "$root" && go list -m -f '{{.Version}}' k8s.io/api)
  K8S_VERSION="v1.${api#v0.}"
fi
staging="v0.${K8S_VERSION#v1.}"
cache="${TALLY_CACHE:-$HOME/.cache/tally}"
out="$cache/k8s/$K8S_VERSION/bin"

missing() {
  local c
  for c in "$@"; do [[ -x "$out/$c" ]] || echo "$c"; done
}

todo=$(missing "$@")
if [[ -z "$todo" ]]; then
  echo "$out"
  exit 0
fi

work="$cache/k8s/$K8S_VERSION/build"
mkdir -p "$work" "$out"
exec 9>"$cache/k8s/$K8S_VERSION/.lock"
flock 9
todo=$(missing "$@")
if [[ -z "$todo" ]]; then
  echo "$out"
  exit 0
fi
todo=$(echo $todo)

log "building $todo $K8S_VERSION from source (first run only; several minutes)"
start=$(date +%s)
kmod=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/.*"GoMod": "\(.*\)",*/\1/p')
[[ -f "$kmod" ]] || { log "cannot fetch k8s.io/kubernetes@$K8S_VERSION go.mod"; exit 1; }

# A scratch module that requires k8s.io/kubernetes with exactly its own pins, and points
# every staging module (which kubernetes replaces with ./staging/...) at its published version.
{
  echo "module tally.local/k8sbuild"
  echo
  grep -E '^go [0-9]' "$kmod"
  echo
  echo "require k8s.io/kubernetes $K8S_VERSION"
  echo
  awk '/^require \(/{inreq=1; print; next} inreq && /^\)/{inreq=0; print; next} inreq{print}' "$kmod" \
    | sed -E "s#^(\s*k8s\.io/[a-z0-9-]+) v0\.0\.0(\s|$)#\1 $staging\2#"
  echo
  echo "replace ("
  sed -nE 's#^\s*(k8s\.io/[a-z0-9-]+) => \./staging/.*#\1#p' "$kmod" | while read -r m; do
    echo "	$m => $m $staging"
  done
  echo ")"
} > "$work/go.mod"
cat > "$work/tools.go" <<'GO'
//go:build tools

package tools

import (
	_ "go.etcd.io/etcd/server/v3"
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kube-proxy"
	_ "k8s.io/kubernetes/cmd/kube-scheduler"
	_ "k8s.io/kubernetes/cmd/kubectl"
	_ "k8s.io/kubernetes/cmd/kubelet"
)
GO

# Without these the components report v0.0.0, and a kubelet of v0.0.0 is refused by nothing
# but confuses everything that reads the node's version.
minor=${K8S_VERSION#v1.}; minor=${minor%%.*}
ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=$K8S_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
done
cd "$work"
tmp=$(mktemp -d "$work/out.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pkgs=()
for c in $todo; do
  [[ "$c" == etcd ]] || pkgs+=("k8s.io/kubernetes/cmd/$c")
done
if [[ ${#pkgs[@]} -gt 0 ]]; then
  GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$tmp/" "${pkgs[@]}"
fi
if [[ " $todo " == *" etcd "* ]]; then
  GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$tmp/etcd" go.etcd.io/etcd/server/v3
fi
for c in $todo; do mv "$tmp/$c" "$out/"; done
log "built $todo in $(( $(date +%s) - start ))s into $out"
echo "$out"
