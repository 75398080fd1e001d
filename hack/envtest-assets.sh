#!/usr/bin/env bash
# Builds the binaries envtest needs (kube-apiserver, etcd) and a kubectl of the same
# version from source through the Go module proxy, caches them outside the clone and
# prints the directory to use as KUBEBUILDER_ASSETS.
#
# setup-envtest downloads release binaries, which these machines cannot reach; the
# module proxy they can. The Kubernetes version follows the client libraries in go.mod.
# A second run finds the cache and builds nothing. hack/k8s-build.sh does the work; the
# local cluster (hack/cluster) adds its other components to the same directory.
#
# Usage: hack/envtest-assets.sh            prints the assets directory (building if needed)
#        K8S_VERSION=v1.37.2 hack/envtest-assets.sh
set -euo pipefail

exec "$(dirname "$0")/k8s-build.sh" kube-apiserver etcd kubectl
