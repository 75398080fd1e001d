#!/usr/bin/env bash
# Builds the binaries envtest needs (kube-apiserver, etcd) and a kubectl of the same
# version from source through the Go module proxy, caches them outside the clone and
# prints the directory to use as KUBEBUILDER_ASSETS.
#
# setup-envtest downloads release binaries, which these machines cannot reach; the
# module proxy they can. The Kubernetes version follows the client libraries in go.mod.
# A second run finds the cache and builds nothing.
#
# Usage: hack/envtest-assets.sh            prints the assets directory (building if needed)
#        K8S_VERSION=v1.37.2 hack/envtest-assets.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# The staging modules (k8s.io/api, ...) are versioned v0.X.Y for Kubernetes v1.X.Y.
if [[ -z "${K8S_VERSION:-}" ]]; then
  api=$(cd "$root" && go list -m -f '{{.Version}}' k8s.io/api)
  K8S_VERSION="v1.${api#v0.}"
fi
staging="v0.${K8S_VERSION#v1.}"
cache="${TALLY_CACHE:-$HOME/.cache/tally}"
out="$cache/k8s/$K8S_VERSION/bin"

if [[ -x "$out/kube-apiserver" && -x "$out/etcd" && -x "$out/kubectl" ]]; then
  echo "$out"
  exit 0
fi

log() { echo "envtest-assets: $*" >&2; }
work="$cache/k8s/$K8S_VERSION/build"
mkdir -p "$work" "$out"
# Serialise concurrent builds (two test packages starting at once) on one lock.
exec 9>"$cache/k8s/$K8S_VERSION/.lock"
flock 9
if [[ -x "$out/kube-apiserver" && -x "$out/etcd" && -x "$out/kubectl" ]]; then
  echo "$out"
  exit 0
fi

log "building kube-apiserver, etcd and kubectl $K8S_VERSION from source (first run only; several minutes)"
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
	_ "k8s.io/kubernetes/cmd/kubectl"
)
GO

minor=${K8S_VERSION#v1.}; minor=${minor%%.*}
ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=$K8S_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
done
cd "$work"
tmp=$(mktemp -d "$work/out.XXXXXX")
GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$tmp/" \
  k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl
GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$tmp/etcd" go.etcd.io/etcd/server/v3
mv "$tmp"/kube-apiserver "$tmp"/kubectl "$tmp"/etcd "$out/"
rmdir "$tmp"
log "built in $(( $(date +%s) - start ))s into $out"
echo "$out"
