#!/usr/bin/env bash
# make dev: Tally with the two sample brands, ready to use.
#
# Without KUBECONFIG (or with the local cluster's own), on this machine: starts the local
# cluster and its PostgreSQL (hack/cluster/up.sh), builds Tally's image and loads it into the
# node (make image), installs the CRDs and the operator (config/dev), creates the platform's
# admin database Secret in tally-system (the LedgerDatabase "shared" of config/samples reads
# it; no brand's namespace holds it), applies config/samples, waits until every object is Ready, posts a
# few events to each brand's ledger through its Service, and prints what to do next. The
# cluster keeps running; make dev-down stops it. A second run reuses what is running, and
# restarts the operator and the ledgers when the image changed.
#
# With KUBECONFIG naming another cluster: installs config/default there (the published
# image, or TALLY_IMAGE) and says what the cluster needs; with TALLY_PG_URI set as well, it
# also creates the admin Secret and applies the samples.
#
# Usage: hack/dev/up.sh              everything above
#        hack/dev/up.sh --no-brands  on the local cluster, stop once the operator runs and the
#                                    admin Secret exists (make test-e2e applies the brands)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# shellcheck source=../cluster/lib.sh
source hack/cluster/lib.sh

IMAGE=${IMAGE:-ghcr.io/tally-operator/tally:dev}
BRANDS=(brew-coffee:rewards:coffee atelier-fashion:atelier-points:fashion) # namespace:program:sample
WAIT=${TALLY_DEV_WAIT:-300s}
brands=1
[[ "${1:-}" == --no-brands ]] && brands=0

T0=$(date +%s)
say() { printf 'dev: %4ds %s\n' $(( $(date +%s) - T0 )) "$*" >&2; }
die() { echo "dev: $*" >&2; exit 1; }

# wait_ready NAMESPACE: every Tally object of the namespace (category loyalty) reports Ready.
wait_ready() { kubectl -n "$1" wait --for=condition=Ready loyalty --all --timeout="$WAIT" >/dev/null; }

# admin_secret URI: the Secret "postgres-admin" (key uri) in the operator's namespace, which the
# LedgerDatabase "shared" of config/samples names. Brands' namespaces never hold it.
admin_secret() {
  kubectl create namespace tally-system --dry-run=client -o yaml | kubectl apply -f - >/dev/null
  kubectl -n tally-system create secret generic postgres-admin --from-literal=uri="$1" --dry-run=client -o yaml |
    kubectl apply -f - >/dev/null
}

# ---------------------------------------------------------------------------------------
# Another cluster.
if [[ -n "${KUBECONFIG:-}" && "$KUBECONFIG" != "$RUN/admin.kubeconfig" ]]; then
  if ! command -v kubectl >/dev/null; then
    PATH="$(hack/k8s-build.sh kubectl):$PATH"
  fi
  kubectl version >/dev/null 2>&1 || die "cannot reach the cluster of KUBECONFIG=$KUBECONFIG (unset it to run a local cluster)"
  ctx=$(kubectl config current-context 2>/dev/null || echo "?")
  install=config/default
  if [[ -n "${TALLY_IMAGE:-}" ]]; then
    # config/default with another image, for the operator and for what it creates.
    [[ "$TALLY_IMAGE" == *:* && "${TALLY_IMAGE##*:}" != */* ]] || die "TALLY_IMAGE must be REGISTRY/NAME:TAG, not $TALLY_IMAGE"
    install=bin/dev-install
    mkdir -p "$install"
    cat > "$install/kustomization.yaml" <<EOT
# Written by hack/dev/up.sh: config/default with TALLY_IMAGE=$TALLY_IMAGE.
resources:
- ../../config/default
images:
- name: ghcr.io/tally-operator/tally
  newName: ${TALLY_IMAGE%:*}
  newTag: ${TALLY_IMAGE##*:}
patches:
- target: {kind: Deployment, name: tally-manager}
  patch: |-
    - {op: add, path: /spec/template/spec/containers/0/args/-, value: --ledger-image=$TALLY_IMAGE}
EOT
  fi
  published=$(kubectl kustomize "$install" | sed -n 's/^ *image: *\([^ ]*\)$/\1/p' | head -1)
  say "installing Tally's CRDs, RBAC and operator ($install) into context $ctx"
  kubectl apply -k "$install" >/dev/null
  kubectl wait --for=condition=Established crd -l app.kubernetes.io/part-of=tally --timeout=60s >/dev/null
  cat <<EOT

The operator runs the image $published, and the ledgers and jobs it creates run
the same image: every node must be able to pull it. To run your own build, push an image built
with 'docker build -t REGISTRY/tally:TAG .' and run make dev again with TALLY_IMAGE=REGISTRY/tally:TAG.

EOT
  if [[ -z "${TALLY_PG_URI:-}" ]]; then
    cat <<EOT
Programs get a database each on a PostgreSQL server that the platform team offers as a
LedgerDatabase, whose admin URI (a superuser; a CloudNativePG "<cluster>-superuser" Secret
works as is) stays in the operator's namespace. For the samples, whose LedgerDatabase
"shared" names the Secret "postgres-admin" with key "uri":

  kubectl -n tally-system create secret generic postgres-admin --from-literal=uri='postgres://USER:PASSWORD@HOST:5432/postgres'
  kubectl apply -k config/samples
  kubectl wait --for=condition=Ready loyalty --all -A

or run make dev again with TALLY_PG_URI=postgres://... set, which does the same.

EOT
  fi
  if ! kubectl -n tally-system rollout status deployment/tally-manager --timeout=120s >/dev/null 2>&1; then
    kubectl -n tally-system get pods >&2 || true
    die "the operator is not available after 2 minutes: can the nodes pull $published?"
  fi
  say "operator available"
  [[ -n "${TALLY_PG_URI:-}" ]] || exit 0
  admin_secret "$TALLY_PG_URI"
  kubectl apply -k config/samples >/dev/null
  for b in "${BRANDS[@]}"; do wait_ready "${b%%:*}"; done
  say "both sample brands are Ready"
  kubectl get loyalty -A
  exit 0
fi

# ---------------------------------------------------------------------------------------
# The local cluster.
[[ $(id -u) -eq 0 ]] || die "the local cluster needs root (containerd, the kubelet and kube-proxy change the host's network)"
say "starting the local cluster and PostgreSQL (the first run builds Kubernetes from source: about 20 minutes)"
hack/cluster/up.sh >/dev/null
# shellcheck disable=SC1091
source "$RUN/env"
export KUBECONFIG
PATH="$K8S_BIN:$PATH"
say "cluster up"

digest() { ctr --address "$CONTAINERD_ADDRESS" -n k8s.io images ls "name==$IMAGE" 2>/dev/null | awk 'NR == 2 {print $3}'; }
before=$(digest)
"${MAKE:-make}" --no-print-directory -s image IMAGE="$IMAGE" >/dev/null
after=$(digest)
say "image $IMAGE built and loaded (${after:0:19})"

kubectl apply -k config/dev >/dev/null
kubectl wait --for=condition=Established crd -l app.kubernetes.io/part-of=tally --timeout=60s >/dev/null
if [[ -n "$before" && "$before" != "$after" ]]; then
  # Same tag, new image: pods started from the old one keep it until they are replaced.
  say "the image changed: restarting the operator and the ledgers"
  kubectl -n tally-system rollout restart deployment/tally-manager >/dev/null
  kubectl get deployments -A -l app.kubernetes.io/managed-by=tally-operator,app.kubernetes.io/component=ledger \
    -o jsonpath='{range .items[*]}{.metadata.namespace} {.metadata.name}{"\n"}{end}' |
    while read -r ns d; do kubectl -n "$ns" rollout restart "deployment/$d" >/dev/null; done
fi
kubectl -n tally-system rollout status deployment/tally-manager --timeout="$WAIT" >/dev/null
say "operator available (config/dev)"

admin_secret "$TALLY_PG_URI"
if [[ $brands == 0 ]]; then
  say "admin Secret tally-system/postgres-admin created"
  exit 0
fi

kubectl apply -k config/samples >/dev/null
for b in "${BRANDS[@]}"; do wait_ready "${b%%:*}"; done
for b in "${BRANDS[@]}"; do
  IFS=: read -r ns program _ <<< "$b"
  kubectl -n "$ns" rollout status "deployment/$program-ledger" --timeout="$WAIT" >/dev/null
done
say "both sample brands are Ready"

# ledger NAMESPACE PROGRAM sets URL and TOKEN for a program's API, reached through its Service.
ledger() {
  URL="http://$(kubectl -n "$1" get service "$2-ledger" -o jsonpath='{.spec.clusterIP}'):8080"
  TOKEN=$(kubectl -n "$1" get secret "$2-ledger-token" -o jsonpath='{.data.token}' | base64 -d)
}
# post PATH JSON prints the API's answer on one line. Event ids make a rerun a replay.
post() {
  local out
  out=$(curl -sS --max-time 10 --retry 5 --retry-delay 1 --retry-all-errors -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$2" -w '\n%{http_code}' "$URL$1") || die "POST $URL$1 failed"
  [[ ${out##*$'\n'} == 2* ]] || die "POST $URL$1: ${out//$'\n'/ }"
  printf '  POST %-12s %s\n     -> %s\n' "$1" "$2" "${out%$'\n'*}"
}

echo
ledger brew-coffee rewards
coffee_url=$URL
echo "Brew & Bean (brew-coffee/rewards), $URL:"
post /v1/events '{"id":"dev-coffee-1","member":"alice","type":"purchase","amount":"128.50"}'
post /v1/events '{"id":"dev-coffee-2","member":"alice","type":"sign_in"}'
post /v1/events '{"id":"dev-coffee-3","member":"alice","type":"review"}'
ledger atelier-fashion atelier-points
fashion_url=$URL
echo "Atelier (atelier-fashion/atelier-points), $URL:"
post /v1/events '{"id":"dev-fashion-1","member":"bob","type":"purchase","amount":"2400"}'
post /v1/events '{"id":"dev-fashion-2","member":"bob","type":"delivery_refused"}'
say "events posted"

cat <<EOT

Tally runs on the local cluster, with the two sample brands. From another terminal:

  export KUBECONFIG=$KUBECONFIG PATH=$K8S_BIN:\$PATH
  kubectl get loyalty -A                       # programs (pp), earn rules (er), tier policies (tp), catalogs (rcat)
  kubectl -n brew-coffee get pods,services,cronjobs
  kubectl -n brew-coffee describe pointsprogram rewards

  # the coffee ledger's API, through its Service, with the program's token:
  TOKEN=\$(kubectl -n brew-coffee get secret rewards-ledger-token -o jsonpath='{.data.token}' | base64 -d)
  curl -H "Authorization: Bearer \$TOKEN" $coffee_url/v1/members/alice
  curl -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
    -d '{"id":"order-2","member":"alice","type":"purchase","amount":"35"}' '$coffee_url/v1/events?explain=true'
  # the fashion ledger: $fashion_url (token in atelier-fashion/atelier-points-ledger-token)

  kubectl -n brew-coffee edit earnrule review   # a rule change: the ledgers apply it without a restart
  make dev                                      # again, after changing the code: rebuilds and rolls out
  make dev-down                                 # stop the cluster and PostgreSQL; leaves nothing behind

The API is described in docs/ledger-api.md; PostgreSQL's admin URI is TALLY_PG_URI in $RUN/env.
EOT
