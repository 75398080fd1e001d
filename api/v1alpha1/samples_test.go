package v1alpha1_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/internal/testenv"
)

// sampleObjects reads every object of the YAML files under config/samples.
func sampleObjects(t *testing.T) []*unstructured.Unstructured {
	t.Helper()
	var objs []*unstructured.Unstructured
	root := filepath.Join(testenv.RepoRoot(), "config", "samples")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") || d.Name() == "kustomization.yaml" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		// Kustomize sets each brand's namespace from the directory's kustomization.yaml.
		ns := filepath.Base(filepath.Dir(path))
		namespaces := map[string]string{"coffee": "brew-coffee", "fashion": "atelier-fashion"}
		dec := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(data), 4096)
		for {
			var u unstructured.Unstructured
			if err := dec.Decode(&u.Object); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return err
			}
			if u.Object == nil {
				continue
			}
			if u.GetKind() != "Namespace" {
				u.SetNamespace(namespaces[ns])
			}
			objs = append(objs, &u)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("read samples: %v", err)
	}
	return objs
}

func TestSamplesPassServerSideDryRun(t *testing.T) {
	ctx := context.Background()
	objs := sampleObjects(t)
	kinds := map[string]int{}
	for _, o := range objs {
		kinds[o.GetKind()]++
	}
	for _, kind := range []string{"LedgerDatabase", "PointsProgram", "EarnRule", "TierPolicy", "RedemptionCatalog"} {
		if kinds[kind] == 0 {
			t.Errorf("the samples hold no %s", kind)
		}
	}
	// A dry run of a namespaced object needs its namespace to exist for real.
	for _, o := range objs {
		if o.GetKind() == "Namespace" {
			if err := kube.Client.Create(ctx, o.DeepCopy()); err != nil && !apierrors.IsAlreadyExists(err) {
				t.Fatalf("create namespace %s: %v", o.GetName(), err)
			}
		}
	}
	for _, o := range objs {
		if o.GetKind() == "Namespace" {
			continue
		}
		obj := o.DeepCopy()
		if err := kube.Client.Create(ctx, obj, client.DryRunAll); err != nil {
			t.Errorf("%s %s/%s is rejected: %v", o.GetKind(), o.GetNamespace(), o.GetName(), err)
		}
	}
}

// TestKubectlSession applies the samples and the operator's manifests the way a user does, with
// kubectl, and reads them back through the printer columns, the loyalty category and explain.
func TestKubectlSession(t *testing.T) {
	kubeconfig, err := kube.Kubeconfig(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		out, err := kube.Kubectl(kubeconfig, nil, args...)
		if err != nil {
			t.Fatalf("kubectl %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}

	// The operator's own manifests: a server-side dry run once its namespace exists.
	run("create", "namespace", "tally-system", "--dry-run=client", "-o", "yaml")
	if out, err := kube.Kubectl(kubeconfig, nil, "create", "namespace", "tally-system"); err != nil && !strings.Contains(out, "AlreadyExists") {
		t.Fatalf("create namespace tally-system: %v\n%s", err, out)
	}
	out := run("apply", "--server-side", "--dry-run=server", "-k", "config/default")
	for _, want := range []string{"deployment.apps/tally-manager", "clusterrole.rbac.authorization.k8s.io/tally-manager", "service/tally-manager-metrics"} {
		if !strings.Contains(out, want) {
			t.Errorf("kubectl apply -k config/default does not mention %s:\n%s", want, out)
		}
	}

	run("apply", "-k", "config/samples")
	out = run("get", "loyalty", "-A")
	for _, want := range []string{
		"pointsprogram.loyalty.tally.dev/rewards", "pointsprogram.loyalty.tally.dev/atelier-points",
		"earnrule.loyalty.tally.dev/sign-in", "earnrule.loyalty.tally.dev/double-points-weekend",
		"tierpolicy.loyalty.tally.dev/tiers", "redemptioncatalog.loyalty.tally.dev/checkout",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("kubectl get loyalty -A does not list %s:\n%s", want, out)
		}
	}
	out = run("get", "pp", "-n", "brew-coffee")
	for _, want := range []string{"READY", "CURRENCY", "POINT VALUE", "EXPIRY", "AGE", "rewards", "CNY", "0.10", "YearlyClearing"} {
		if !strings.Contains(out, want) {
			t.Errorf("kubectl get pp lacks %q:\n%s", want, out)
		}
	}
	out = run("get", "tp", "-n", "brew-coffee")
	if !strings.Contains(out, "Gold") {
		t.Errorf("kubectl get tp does not show the top tier:\n%s", out)
	}
	out = run("explain", "pointsprogram.spec.pointValue")
	if !strings.Contains(out, "cash value of one point") {
		t.Errorf("kubectl explain does not read like a manual:\n%s", out)
	}

	// Defaults and the initial status are visible to the user.
	out = run("get", "earnrule", "sign-in", "-n", "brew-coffee", "-o", "jsonpath={.spec.mode} {.spec.stacking} {.status.observedGeneration}")
	if out != "Active Stackable -1" {
		t.Errorf("sign-in defaults: got %q, want \"Active Stackable -1\"", out)
	}
	out = run("get", "pp", "atelier-points", "-n", "atelier-fashion", "-o", "jsonpath={.spec.ledger.replicas} {.spec.deletionPolicy} {.spec.expiry.noticeDays} {.spec.database.ledgerDatabase}")
	if out != "2 Retain 30 shared" {
		t.Errorf("atelier-points defaults: got %q, want \"2 Retain 30 shared\"", out)
	}
}
