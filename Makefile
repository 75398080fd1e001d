# Tally: a Kubernetes operator that runs customer loyalty (points) programs.
#
#   make dev       a local cluster running Tally with the two sample brands (make dev-down stops it)
#   make test      run every test (builds the test control plane from source on first use)
#   make test-e2e  the end-to-end suite on a local cluster, brought up and down around it

SHELL := /usr/bin/env bash -o pipefail
.SHELLFLAGS := -ec

CONTROLLER_GEN := go run sigs.k8s.io/controller-tools/cmd/controller-gen
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X github.com/tally-operator/tally/internal/version.Version=$(VERSION)

.PHONY: all
all: build

##@ Generated code

.PHONY: generate
generate: ## Generate deepcopy functions for the API types.
	$(CONTROLLER_GEN) object paths="./api/..."

.PHONY: manifests
manifests: ## Generate CRDs and RBAC from the markers in the code.
	$(CONTROLLER_GEN) crd rbac:roleName=tally-manager paths="./..." \
		output:crd:artifacts:config=config/crd/bases output:rbac:artifacts:config=config/rbac
	$(MAKE) --no-print-directory chart-crds

# Helm installs a chart's crds/ as they are and a chart cannot read outside itself, so the
# chart holds copies of controller-gen's CRDs, of the manager's RBAC rules and of the alerts of
# config/prometheus; the chart and monitoring tests fail when they differ, and
# verify-generated when they are not committed.
.PHONY: chart-crds
chart-crds: ## Copy the CRDs, the manager's RBAC rules and the alerts into the Helm chart (charts/tally).
	rm -f charts/tally/crds/*.yaml
	cp config/crd/bases/*.yaml charts/tally/crds/
	sed -n '/^rules:/,$$p' config/rbac/role.yaml > charts/tally/files/manager-rules.yaml
	sed -n '/^spec:$$/,$$p' config/prometheus/prometheusrule.yaml | tail -n +2 | sed 's/^  //' > charts/tally/files/prometheus-rules.yaml

.PHONY: verify-generated
verify-generated: generate manifests ## Fail when generated files are out of date.
	@if ! git diff --quiet -- api config charts; then \
		echo "Generated files are out of date: run 'make generate manifests' and commit the result." >&2; \
		git --no-pager diff --stat -- api config charts >&2; exit 1; fi
	@if [ -n "$$(git ls-files --others --exclude-standard -- api config charts)" ]; then \
		echo "Generated files are not committed:" >&2; git ls-files --others --exclude-standard -- api config charts >&2; exit 1; fi

##@ Build

.PHONY: build
build: ## Build the tally binary and the kubectl plugin (kubectl-tally) into bin/.
	CGO_ENABLED=0 go build -trimpath -ldflags "$(LDFLAGS)" -o bin/tally .
	CGO_ENABLED=0 go build -trimpath -o bin/kubectl-tally ./cmd/kubectl-tally

.PHONY: vet
vet: ## go vet, the end-to-end suite (build tag e2e) included.
	go vet ./...
	go vet -tags e2e ./test/e2e

##@ Test

.PHONY: test
test: verify-generated vet ## Run every test against a real kube-apiserver, etcd and PostgreSQL.
	KUBEBUILDER_ASSETS="$$(hack/envtest-assets.sh)" go test ./... -count=1

# The suite runs on the local cluster only: it reaches Services and PostgreSQL from this
# machine. The cluster goes down afterwards, also when the suite fails or is interrupted;
# E2E_KEEP_CLUSTER=1 keeps it for a look (make dev-down stops it then).
.PHONY: test-e2e
test-e2e: ## Run the end-to-end suite (test/e2e) on a local cluster, then stop the cluster.
	unset KUBECONFIG; \
	if [[ -z "$${E2E_KEEP_CLUSTER:-}" ]]; then trap 'hack/cluster/down.sh' EXIT; trap 'exit 130' INT TERM; fi; \
	hack/dev/up.sh --no-brands; \
	go test -tags e2e ./test/e2e -count=1 -v -timeout 40m

# A month of 100,000 members' activity (about 1.4 million events) is recorded once, then
# simulated; the figure is events/s, read beside pgbench TPC-B measured first in the same
# run (hack/pgbench-anchor.sh). Takes about five minutes, mostly recording.
.PHONY: bench-simulate
bench-simulate: ## Time tally ruleset simulate over 1.4 million recorded events, beside a pgbench anchor.
	go test -c -o bin/simulate.test ./internal/simulate
	hack/pgbench-anchor.sh
	TALLY_SIM_MEMBERS=$${TALLY_SIM_MEMBERS:-100000} bin/simulate.test -test.run '^$$' -test.bench Simulate -test.benchtime 1x -test.count 1 -test.timeout 60m -test.v

# The previous release's schema with 5,000,000 postings migrates to this one's while eight
# writers post events: no request may fail or wait 1 s. About five minutes, mostly seeding;
# make test runs the same test with 1,000,000 postings.
# The test binary runs in its package's directory, as go test runs it: the test reads its testdata.
.PHONY: test-online-migration
test-online-migration: ## Migrate a ledger of 5 million postings while it takes writes.
	go test -c -o bin/ledger.test ./internal/ledger
	cd internal/ledger && TALLY_MIGRATION_POSTINGS=$${TALLY_MIGRATION_POSTINGS:-5000000} ../../bin/ledger.test -test.run '^TestJournalMigratesUnderLoad$$' -test.count 1 -test.timeout 60m -test.v

# Each release commits a dump of a ledger its own code wrote; the next release's
# TestUpgradeFromThePreviousRelease upgrades it. Run when a release adds a migration.
.PHONY: release-fixture
release-fixture: ## Write internal/ledger/testdata/release-N.sql, the ledger the next release upgrades from.
	TALLY_WRITE_RELEASE_FIXTURE=1 go test ./internal/ledger -run '^TestGenerateReleaseFixture$$' -count=1

.PHONY: health-fixtures
health-fixtures: ## Record config/argocd/testdata/recorded again from what the controller writes (envtest).
	TALLY_UPDATE_FIXTURES=1 KUBEBUILDER_ASSETS="$$(hack/envtest-assets.sh)" go test ./controllers -run TestHealthFixturesAreWhatTheControllerWrites -count=1

.PHONY: simulate-example
simulate-example: ## Write docs/examples/simulate-weekend-double.md again from today's tally ruleset simulate.
	TALLY_UPDATE_EXAMPLE=1 go test ./internal/simulate -run TestExampleReportIsCurrent -count=1

##@ Development

.PHONY: dev
dev: ## Run Tally with the two sample brands on a local cluster (or on the cluster of KUBECONFIG).
	hack/dev/up.sh

.PHONY: dev-down
dev-down: ## Stop what make dev started on this machine and undo everything it changed.
	hack/cluster/down.sh

##@ Cluster

# The image make image builds and loads; config/dev installs Tally with it.
IMAGE ?= ghcr.io/tally-operator/tally:dev

.PHONY: cluster-up
cluster-up: ## Start a one-node Kubernetes cluster and a PostgreSQL here (root; first run builds Kubernetes).
	hack/cluster/up.sh

.PHONY: cluster-down
cluster-down: ## Stop the local cluster and undo all that cluster-up did.
	hack/cluster/down.sh

.PHONY: image
image: build ## Build Tally's image without a Docker engine and load it into the local cluster.
	go run ./hack/image -binary bin/tally -tag $(IMAGE) -cmd manager -o bin/tally-image.tar
	hack/cluster/load-image.sh bin/tally-image.tar

.PHONY: help
help:
	@awk 'BEGIN {FS = ":.*##"} /^[a-zA-Z_-]+:.*##/ { printf "  %-18s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)
