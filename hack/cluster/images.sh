#!/usr/bin/env bash
# Builds the images every node needs and no registry can give here: the pause (sandbox)
# image and CoreDNS, at the versions kubeadm pairs with this Kubernetes version. Caches
# them as docker-save tarballs next to the Kubernetes binaries and prints the directory.
#
# Usage: hack/cluster/images.sh        prints $TALLY_CACHE/k8s/<version>/images
# The images are named as upstream names them, so that nothing else needs to change:
#   registry.k8s.io/pause:<v>  registry.k8s.io/coredns/coredns:<v>
set -euo pipefail
source "$(dirname "$0")/lib.sh"

bin=$("$root/hack/k8s-build.sh" kubectl)      # builds nothing new; gives the version's directory
vdir=$(dirname "$bin")
out="$vdir/images"
if [[ -f "$out/pause.tar" && -f "$out/coredns.tar" && -f "$out/versions" ]]; then
  echo "$out"
  exit 0
fi
mkdir -p "$out"
exec 9>"$vdir/.images.lock"
flock 9
if [[ -f "$out/pause.tar" && -f "$out/coredns.tar" && -f "$out/versions" ]]; then
  echo "$out"
  exit 0
fi

# kubeadm's constants name the pause and CoreDNS versions tested with this release.
version=$(basename "$vdir")
kdir=$(cd "$vdir/build" && GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@$version" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')
consts="$kdir/cmd/kubeadm/app/constants/constants.go"
pause=$(sed -nE 's/^\s*PauseVersion = "([^"]+)"/\1/p' "$consts")
coredns=$(sed -nE 's/^\s*CoreDNSVersion = "([^"]+)"/\1/p' "$consts")
[[ -n "$pause" && -n "$coredns" ]] || die "cannot read the pause and CoreDNS versions from $consts"

start=$(date +%s)
log "building the pause $pause and CoreDNS $coredns images (first run only)"
tmp=$(mktemp -d "$vdir/images-build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$tmp/pause" ./hack/cluster/pause)
(cd "$root" && go build -o "$tmp/image" ./hack/image)
# CoreDNS is a module of its own with no replace directives: go install builds it at the
# exact version with its own pins.
GOBIN="$tmp" CGO_ENABLED=0 GOFLAGS= go install -trimpath -ldflags "-s -w" "github.com/coredns/coredns@$coredns"
"$tmp/image" -binary "$tmp/pause" -user 65535:65535 -ca-certificates "" \
  -tag "registry.k8s.io/pause:$pause" -o "$out/pause.tar" >/dev/null
"$tmp/image" -binary "$tmp/coredns" -user 65532:65532 \
  -tag "registry.k8s.io/coredns/coredns:$coredns" -o "$out/coredns.tar" >/dev/null
printf 'PAUSE_IMAGE=registry.k8s.io/pause:%s\nCOREDNS_IMAGE=registry.k8s.io/coredns/coredns:%s\n' "$pause" "$coredns" > "$out/versions"
log "images built in $(( $(date +%s) - start ))s into $out"
echo "$out"
