package manifests_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/testenv"
)

// minimalProgram leaves out every field that has a default, so that the API server sets them.
const minimalProgram = `apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata:
  name: bare
spec:
  currency: EUR
  pointValue: "0.01"
  database:
    ledgerDatabase: shared
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: purchase
spec:
  programRef: {name: bare}
  eventType: purchase
  points:
    perUnit: {field: amount, unit: "1", points: "1"}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: TierPolicy
metadata:
  name: tiers
spec:
  programRef: {name: bare}
  tiers:
  - {name: Silver, threshold: 100}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: RedemptionCatalog
metadata:
  name: rewards
spec:
  programRef: {name: bare}
  items:
  - {sku: mug, name: Mug, pointsCost: 500}
`

// A program's files compile to the rule set version that the same objects compile to once
// the API server has stored (and defaulted) them: the version tally ruleset publish --dry-run
// prints in a pull request is the one status.rulesetVersion shows after the merge.
func TestFilesCompileAsTheClusterStoresThem(t *testing.T) {
	k, err := testenv.StartKube()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = k.Stop() })
	kubeconfig, err := k.Kubeconfig(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	bare := t.TempDir()
	if err := os.WriteFile(filepath.Join(bare, "program.yaml"), []byte(minimalProgram), 0o600); err != nil {
		t.Fatal(err)
	}
	samples := filepath.Join(testenv.RepoRoot(), "config", "samples")
	for _, c := range []struct{ dir, namespace string }{
		{filepath.Join(samples, "coffee"), "brew-coffee"},
		{filepath.Join(samples, "fashion"), "atelier"},
		{bare, "bare"},
	} {
		t.Run(c.namespace, func(t *testing.T) {
			ctx := context.Background()
			ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: c.namespace}}
			if err := k.Client.Create(ctx, ns); err != nil && !isExists(err) {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(c.dir, "*.yaml"))
			for _, f := range files {
				if filepath.Base(f) == "kustomization.yaml" || filepath.Base(f) == "namespace.yaml" {
					continue
				}
				if out, err := k.Kubectl(kubeconfig, nil, "apply", "-n", c.namespace, "-f", f); err != nil {
					t.Fatalf("kubectl apply %s: %v\n%s", f, err, out)
				}
			}
			in, err := manifests.ReadDir(c.dir, c.namespace)
			if err != nil {
				t.Fatal(err)
			}
			fromFiles, errs := ruleset.Compile(in)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			stored := stored(t, k.Client, c.namespace, in.Program.Name)
			fromCluster, errs := ruleset.Compile(stored)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if fromFiles.Version != fromCluster.Version {
				t.Errorf("the files compile to %s, the stored objects to %s: a default the API server sets is missing from the files'", fromFiles.Version, fromCluster.Version)
			}
		})
	}
}

func stored(t *testing.T, c client.Client, namespace, program string) ruleset.Input {
	t.Helper()
	ctx := context.Background()
	var in ruleset.Input
	in.Program = &v1alpha1.PointsProgram{}
	if err := c.Get(ctx, client.ObjectKey{Namespace: namespace, Name: program}, in.Program); err != nil {
		t.Fatal(err)
	}
	var rules v1alpha1.EarnRuleList
	var tiers v1alpha1.TierPolicyList
	var catalogs v1alpha1.RedemptionCatalogList
	for _, list := range []client.ObjectList{&rules, &tiers, &catalogs} {
		if err := c.List(ctx, list, client.InNamespace(namespace)); err != nil {
			t.Fatal(err)
		}
	}
	in.Rules, in.Tiers, in.Catalogs = rules.Items, tiers.Items, catalogs.Items
	return in
}

func isExists(err error) bool { return err != nil && client.IgnoreAlreadyExists(err) == nil }
