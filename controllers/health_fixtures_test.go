package controllers_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/testenv"
)

// healthFixtures are the rule objects config/argocd's health tests read, as this controller
// writes them: config/argocd/testdata/recorded/<state>.yaml.
const healthFixtures = "config/argocd/testdata/recorded"

// The objects the Argo CD health checks are tested on (config/argocd) are what the controller
// writes, in each state a rule object goes through: waiting for its program to publish, in
// effect, and refused. With TALLY_UPDATE_FIXTURES=1 (make health-fixtures) the test writes
// them; otherwise it fails when the controller writes something else, so that the health
// checks cannot be tested against conditions the controller never writes.
func TestHealthFixturesAreWhatTheControllerWrites(t *testing.T) {
	const ns = "health-fixtures"
	kubectl(t, []byte(fmt.Sprintf(`
apiVersion: v1
kind: Namespace
metadata: {name: %s, labels: {%s: shared}}
`, ns, tenantLabel)), "apply", "-f", "-")
	programs := ""
	for _, p := range []struct{ name, database string }{{"served", "shared"}, {"waiting", "nowhere"}, {"refused", "nowhere"}} {
		programs += fmt.Sprintf(`---
apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata: {name: %[1]s, namespace: %[3]s}
spec:
  currency: CNY
  pointValue: "0.01"
  database: {ledgerDatabase: %[2]s}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata: {name: %[1]s-purchase, namespace: %[3]s}
spec:
  programRef: {name: %[1]s}
  eventType: purchase
  condition: %[4]s
  points: {fixed: 10}
`, p.name, p.database, ns, map[bool]string{true: "event.total > 10.0", false: "event.amount > 10.0"}[p.name == "refused"])
	}
	kubectl(t, []byte(programs), "apply", "-f", "-")

	for _, c := range []struct{ rule, reason string }{
		{"waiting-purchase", "Publishing"},
		{"served-purchase", "Published"},
		{"refused-purchase", "InvalidSpec"},
	} {
		obj := &unstructured.Unstructured{}
		obj.SetGroupVersionKind(schema.GroupVersionKind{Group: v1alpha1.GroupVersion.Group, Version: v1alpha1.GroupVersion.Version, Kind: "EarnRule"})
		eventually(t, time.Minute, c.rule+" "+c.reason, func() error {
			if err := kube.Client.Get(context.Background(), client.ObjectKey{Namespace: ns, Name: c.rule}, obj); err != nil {
				return err
			}
			conds, _, _ := unstructured.NestedSlice(obj.Object, "status", "conditions")
			for _, x := range conds {
				if m := x.(map[string]any); m["type"] == v1alpha1.ConditionReady && m["reason"] == c.reason {
					return nil
				}
			}
			return fmt.Errorf("conditions %v", conds)
		})
		got := recorded(t, obj)
		path := filepath.Join(testenv.RepoRoot(), healthFixtures, c.reason+".yaml")
		if os.Getenv("TALLY_UPDATE_FIXTURES") != "" {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v: write it with make health-fixtures", err)
		}
		if string(want) != string(got) {
			t.Errorf("%s is not what the controller writes: write it again with make health-fixtures and check the health tests. Today:\n%s", path, got)
		}
	}
}

// recorded is obj as a fixture: its kind, name, generation, spec and status, with the times
// of its conditions fixed so that the file does not change from run to run.
func recorded(t *testing.T, obj *unstructured.Unstructured) []byte {
	t.Helper()
	conds, _, _ := unstructured.NestedSlice(obj.Object, "status", "conditions")
	for _, c := range conds {
		c.(map[string]any)["lastTransitionTime"] = "2026-01-01T00:00:00Z"
	}
	status, _, _ := unstructured.NestedMap(obj.Object, "status")
	status["conditions"] = conds
	out := map[string]any{
		"apiVersion": obj.GetAPIVersion(), "kind": obj.GetKind(),
		"metadata": map[string]any{"name": obj.GetName(), "namespace": obj.GetNamespace(), "generation": obj.GetGeneration()},
		"spec":     obj.Object["spec"], "status": status,
	}
	data, err := yaml.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return append([]byte("# Recorded from the controller by controllers.TestHealthFixturesAreWhatTheControllerWrites\n# (make health-fixtures); do not edit.\n"), data...)
}
