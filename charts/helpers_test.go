package charts_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"helm.sh/helm/v4/pkg/action"
	chart "helm.sh/helm/v4/pkg/chart/v2"
	"helm.sh/helm/v4/pkg/chart/v2/loader"
	release "helm.sh/helm/v4/pkg/release/v1"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/internal/testenv"
)

// The namespace the tests install into, the one config/default uses.
const namespace = "tally-system"

func chartDir() string { return filepath.Join(testenv.RepoRoot(), "charts", "tally") }

func loadChart(t *testing.T) *chart.Chart {
	t.Helper()
	c, err := loader.Load(chartDir())
	if err != nil {
		t.Fatalf("load the chart: %v", err)
	}
	return c
}

// values parses a values file's text, as helm install -f would read it.
func values(t *testing.T, text string) map[string]any {
	t.Helper()
	v := map[string]any{}
	if err := yaml.Unmarshal([]byte(text), &v); err != nil {
		t.Fatalf("values %q: %v", text, err)
	}
	return v
}

// quietConfig is an action configuration whose log goes nowhere: Helm's warnings would
// otherwise fill the test output.
func quietConfig() *action.Configuration {
	return action.NewConfiguration(action.ConfigurationSetLogger(slog.DiscardHandler))
}

// rendered is a release's manifest as objects, found by kind and name.
type rendered struct {
	objects []*unstructured.Unstructured
	notes   string
}

// renderRelease renders the chart as helm install --dry-run=client (helm template) does,
// schema validation included.
func renderRelease(t *testing.T, name string, vals map[string]any) (rendered, error) {
	t.Helper()
	install := action.NewInstall(quietConfig())
	install.DryRunStrategy = action.DryRunClient
	install.ReleaseName = name
	install.Namespace = namespace
	rel, err := install.Run(loadChart(t), vals)
	if err != nil {
		return rendered{}, err
	}
	r, ok := rel.(*release.Release)
	if !ok {
		t.Fatalf("install returned a %T", rel)
	}
	objects, err := parseManifest(r.Manifest)
	if err != nil {
		t.Fatalf("parse the manifest: %v\n%s", err, r.Manifest)
	}
	return rendered{objects: objects, notes: r.Info.Notes}, nil
}

// render is renderRelease of the release "tally", failing the test on an error.
func render(t *testing.T, vals map[string]any) rendered {
	t.Helper()
	r, err := renderRelease(t, "tally", vals)
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return r
}

func parseManifest(manifest string) ([]*unstructured.Unstructured, error) {
	var objects []*unstructured.Unstructured
	dec := utilyaml.NewYAMLOrJSONDecoder(strings.NewReader(manifest), 4096)
	for {
		var m map[string]any
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			return objects, nil
		} else if err != nil {
			return nil, err
		}
		if len(m) > 0 {
			objects = append(objects, &unstructured.Unstructured{Object: m})
		}
	}
}

// get returns the object of kind and name, or nil.
func (r rendered) get(kind, name string) *unstructured.Unstructured {
	for _, o := range r.objects {
		if o.GetKind() == kind && o.GetName() == name {
			return o
		}
	}
	return nil
}

// kinds returns the kinds rendered, each once, sorted.
func (r rendered) kinds() []string {
	var kinds []string
	for _, o := range r.objects {
		kinds = append(kinds, o.GetKind())
	}
	slices.Sort(kinds)
	return slices.Compact(kinds)
}

// mustGet is get that fails the test when the object is missing, converted into out.
func (r rendered) mustGet(t *testing.T, kind, name string, out any) {
	t.Helper()
	o := r.get(kind, name)
	if o == nil {
		t.Fatalf("no %s %s rendered; rendered: %s", kind, name, r.names())
	}
	if err := runtime.DefaultUnstructuredConverter.FromUnstructured(o.Object, out); err != nil {
		t.Fatalf("%s %s: %v", kind, name, err)
	}
}

func (r rendered) names() string {
	var b bytes.Buffer
	for _, o := range r.objects {
		fmt.Fprintf(&b, "%s %s/%s; ", o.GetKind(), o.GetNamespace(), o.GetName())
	}
	return b.String()
}

// manager returns the manager Deployment called name and its one container.
func (r rendered) manager(t *testing.T, name string) (*appsv1.Deployment, *corev1.Container) {
	t.Helper()
	var d appsv1.Deployment
	r.mustGet(t, "Deployment", name, &d)
	if n := len(d.Spec.Template.Spec.Containers); n != 1 {
		t.Fatalf("Deployment %s has %d containers, want 1", name, n)
	}
	return &d, &d.Spec.Template.Spec.Containers[0]
}

// hasArg reports whether args hold arg.
func hasArg(args []string, arg string) bool { return slices.Contains(args, arg) }

// argWithPrefix returns the arg that starts with prefix, or "".
func argWithPrefix(args []string, prefix string) string {
	for _, a := range args {
		if strings.HasPrefix(a, prefix) {
			return a
		}
	}
	return ""
}
