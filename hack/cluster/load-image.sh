#!/usr/bin/env bash
# Loads docker-save tarballs (from hack/image) into the local cluster's containerd, where the
# kubelet finds them: with imagePullPolicy IfNotPresent or Never, pods run them without a
# registry.
#
# Usage: hack/cluster/load-image.sh TARBALL...
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[[ $# -gt 0 ]] || die "usage: $0 TARBALL..."
alive containerd || die "the local cluster is not running (make cluster-up)"
for t in "$@"; do
  ctr --address "$RUN/containerd/containerd.sock" -n k8s.io images import "$t"
done
