package charts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	"k8s.io/apimachinery/pkg/api/equality"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/internal/testenv"
)

// The chart's CRDs are controller-gen's, unchanged: helm installs crds/ as they are.
func TestCRDsAreConfigCRDs(t *testing.T) {
	config := readYAMLFiles(t, filepath.Join(testenv.RepoRoot(), "config", "crd", "bases"))
	chart := readYAMLFiles(t, filepath.Join(chartDir(), "crds"))
	if len(config) == 0 {
		t.Fatal("config/crd/bases holds no CRD")
	}
	for name, data := range config {
		if got, ok := chart[name]; !ok {
			t.Errorf("charts/tally/crds lacks %s: run make chart-crds", name)
		} else if !bytes.Equal(got, data) {
			t.Errorf("charts/tally/crds/%s differs from config/crd/bases/%s: run make chart-crds", name, name)
		}
	}
	for name := range chart {
		if _, ok := config[name]; !ok {
			t.Errorf("charts/tally/crds/%s is not in config/crd/bases: run make chart-crds", name)
		}
	}
}

func readYAMLFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = data
	}
	return files
}

// The manager's ClusterRole grants exactly what controller-gen collects from the RBAC markers
// into config/rbac/role.yaml: no less, or the operator fails at its work, and no more.
func TestClusterRoleIsConfigRole(t *testing.T) {
	want := configRole(t)
	if len(want.Rules) == 0 {
		t.Fatal("config/rbac/role.yaml has no rules")
	}
	var got rbacv1.ClusterRole
	render(t, nil).mustGet(t, "ClusterRole", "tally-manager", &got)
	if !equality.Semantic.DeepEqual(got.Rules, want.Rules) {
		rules, _ := yaml.Marshal(map[string]any{"rules": want.Rules})
		t.Errorf("the rules of the ClusterRole in charts/tally/templates/manager-rbac.yaml differ from "+
			"config/rbac/role.yaml's; replace them with:\n%s", rules)
	}
}

// For the release "tally" in tally-system, the chart with its default values installs what
// kubectl apply -k config/default does, under the same names: the same RBAC rules and
// bindings, the same metrics Service ports and the same manager pod, apart from what the
// chart adds on purpose (listed below). The Namespace is Helm's to create
// (--create-namespace) and the CRDs are compared byte for byte above.
func TestInstallsWhatConfigDefaultInstalls(t *testing.T) {
	assets, err := testenv.AssetsDir()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(assets, "kubectl"), "kustomize", filepath.Join(testenv.RepoRoot(), "config", "default"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("kubectl kustomize config/default: %v\n%s", err, stderr.String())
	}
	kustomized, err := parseManifest(string(out))
	if err != nil {
		t.Fatal(err)
	}
	chart := render(t, nil)

	seen := map[string]bool{}
	for _, want := range kustomized {
		kind, name := want.GetKind(), want.GetName()
		if kind == "Namespace" || kind == "CustomResourceDefinition" {
			continue
		}
		seen[kind+"/"+name] = true
		got := chart.get(kind, name)
		if got == nil {
			t.Errorf("config/default installs %s %s, the chart does not", kind, name)
			continue
		}
		if got.GetNamespace() != want.GetNamespace() {
			t.Errorf("%s %s: namespace %q, config/default's %q", kind, name, got.GetNamespace(), want.GetNamespace())
		}
		switch kind {
		case "ClusterRole", "Role":
			sameField(t, got, want, "rules")
			for k, v := range want.GetLabels() {
				if got.GetLabels()[k] != v {
					t.Errorf("%s %s: label %s=%q, config/default's %q", kind, name, k, got.GetLabels()[k], v)
				}
			}
		case "ClusterRoleBinding", "RoleBinding":
			sameField(t, got, want, "roleRef")
			sameField(t, got, want, "subjects")
		case "Service":
			sameField(t, got, want, "spec", "ports")
		case "Deployment":
			sameManagerPod(t, got, want)
		}
	}
	for _, o := range chart.objects {
		if !seen[o.GetKind()+"/"+o.GetName()] {
			t.Errorf("the chart's defaults install %s %s, config/default does not", o.GetKind(), o.GetName())
		}
	}
}

func sameField(t *testing.T, got, want *unstructured.Unstructured, path ...string) {
	t.Helper()
	g, _, _ := unstructured.NestedFieldNoCopy(got.Object, path...)
	w, _, _ := unstructured.NestedFieldNoCopy(want.Object, path...)
	if !equality.Semantic.DeepEqual(asJSON(t, g), asJSON(t, w)) {
		t.Errorf("%s %s: %s = %v, config/default's %v", got.GetKind(), got.GetName(), strings.Join(path, "."), g, w)
	}
}

// sameManagerPod compares the pod specs. The chart names its image by tag rather than
// "latest", so it sets a pull policy, and passes three flags config/default leaves to their
// defaults: --metrics-secure, --ledger-image (the default names the binary's own version) and
// --zap-log-level.
func sameManagerPod(t *testing.T, got, want *unstructured.Unstructured) {
	t.Helper()
	var g, w appsv1.Deployment
	if err := runtime.DefaultUnstructuredConverter.FromUnstructured(got.Object, &g); err != nil {
		t.Fatal(err)
	}
	if err := runtime.DefaultUnstructuredConverter.FromUnstructured(want.Object, &w); err != nil {
		t.Fatal(err)
	}
	gp, wp := g.Spec.Template.Spec.DeepCopy(), w.Spec.Template.Spec.DeepCopy()
	gc, wc := &gp.Containers[0], &wp.Containers[0]
	added := []string{"--metrics-secure=true", "--ledger-image=" + gc.Image, "--zap-log-level=info"}
	for _, a := range added {
		if !slices.Contains(gc.Args, a) {
			t.Errorf("the chart's manager lacks %s: %q", a, gc.Args)
		}
	}
	gc.Args = slices.DeleteFunc(gc.Args, func(a string) bool { return slices.Contains(added, a) })
	if !strings.HasPrefix(gc.Image, "ghcr.io/tally-operator/tally:") || !strings.HasPrefix(wc.Image, "ghcr.io/tally-operator/tally:") {
		t.Errorf("images %q and %q are not both Tally's", gc.Image, wc.Image)
	}
	gc.Image, gc.ImagePullPolicy = wc.Image, wc.ImagePullPolicy
	if !equality.Semantic.DeepEqual(gp, wp) {
		gy, _ := yaml.Marshal(gp)
		wy, _ := yaml.Marshal(wp)
		t.Errorf("the manager's pod differs from config/default's beyond image, pull policy and the added flags:\nchart:\n%s\nconfig/default:\n%s", gy, wy)
	}
	if *g.Spec.Replicas != *w.Spec.Replicas {
		t.Errorf("replicas %d, config/default's %d", *g.Spec.Replicas, *w.Spec.Replicas)
	}
	for k, v := range w.Spec.Selector.MatchLabels {
		if g.Spec.Selector.MatchLabels[k] != v {
			t.Errorf("the Deployment's selector %v lacks config/default's %s=%s", g.Spec.Selector.MatchLabels, k, v)
		}
	}
}
