// Package argocd_test runs the Argo CD health checks in config/argocd/health the way Argo CD
// runs them, against the objects in testdata, and checks that argocd-cm-patch.yaml carries
// the same scripts.
package argocd_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	lua "github.com/yuin/gopher-lua"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	kstatus "sigs.k8s.io/cli-utils/pkg/kstatus/status"
	"sigs.k8s.io/yaml"

	loyaltyv1alpha1 "github.com/tally-operator/tally/api/v1alpha1"
)

// script is the one health check the five kinds share (their status has one shape), and
// scripts the kinds argocd-cm-patch.yaml must hold it for.
const script = "health/loyalty.lua"

var scripts = map[string]string{
	"PointsProgram":     script,
	"EarnRule":          script,
	"TierPolicy":        script,
	"RedemptionCatalog": script,
	"LedgerDatabase":    script,
}

// healthCases are the files in testdata and the health every script must report for them.
var healthCases = []struct {
	file    string
	status  string
	message string
}{
	{"new-without-status.yaml", "Progressing", "Waiting for the controller to observe generation 1"},
	{"new-defaulted-status.yaml", "Progressing", "Waiting for the controller to observe generation 1"},
	{"stale-observed-generation.yaml", "Progressing", "Waiting for the controller to observe generation 4"},
	{"stale-ready-condition.yaml", "Progressing", "Waiting for the controller to observe generation 5"},
	{"no-ready-condition.yaml", "Progressing", "Waiting for the Ready condition"},
	{"reconciling.yaml", "Progressing", "waiting for LedgerAvailable"},
	{"ready-false-reconciling-reason.yaml", "Progressing", "Waiting for program rewards to publish rule set version 8"},
	{"reconciling-while-ready.yaml", "Progressing", "Publishing rule set version 5"},
	{"ready.yaml", "Healthy", "serving rule set 9c41d07e at http://rewards-ledger.brew-coffee.svc:8080"},
	{"degraded-cel-error.yaml", "Degraded", "spec.condition: ERROR: <input>:1:6: undefined field 'total'\n | event.total > 10.0\n | .....^"},
	{"ready-unknown.yaml", "Progressing", "PointsProgram rewards is not Ready"},
	{"deleting.yaml", "Progressing", "Pending deletion; blocked by finalizers: loyalty.tally.dev/program-data"},
}

func TestHealth(t *testing.T) {
	for _, tc := range healthCases {
		obj := readObject(t, filepath.Join("testdata", tc.file))
		for kind, path := range scripts {
			t.Run(strings.TrimSuffix(tc.file, ".yaml")+"/"+kind, func(t *testing.T) {
				script, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				status, message, err := runHealth(obj, string(script))
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				if status != tc.status || message != tc.message {
					t.Errorf("%s on %s:\ngot  %s %q\nwant %s %q", path, tc.file, status, message, tc.status, tc.message)
				}
			})
		}
	}
}

// recordedHealth is the health of each object testdata/recorded holds, as the controller
// writes it (controllers.TestHealthFixturesAreWhatTheControllerWrites records them): a rule
// object whose rule set is being published is Progressing, never Degraded.
var recordedHealth = map[string]string{
	"Publishing.yaml":  "Progressing",
	"Published.yaml":   "Healthy",
	"InvalidSpec.yaml": "Degraded",
}

func TestHealthOfWhatTheControllerWrites(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "recorded", "*.yaml"))
	if err != nil || len(files) != len(recordedHealth) {
		t.Fatalf("testdata/recorded holds %v (%v); want %d files: make health-fixtures", files, err, len(recordedHealth))
	}
	for _, f := range files {
		want, ok := recordedHealth[filepath.Base(f)]
		if !ok {
			t.Errorf("%s has no entry in recordedHealth", f)
			continue
		}
		obj := readObject(t, f)
		lua, err := os.ReadFile(script)
		if err != nil {
			t.Fatal(err)
		}
		status, message, err := runHealth(obj, string(lua))
		if err != nil {
			t.Fatalf("%s: %v", script, err)
		}
		if status != want || message == "" {
			t.Errorf("%s on %s: %s %q, want %s with a message", script, f, status, message, want)
		}
	}
}

// recordedKstatus is what kstatus, which Flux's health checks use, makes of each object in
// testdata/recorded: being published is in progress, published is current, and a spec that
// does not compile fails at once rather than when a Kustomization's timeout runs out.
var recordedKstatus = map[string]kstatus.Status{
	"Publishing.yaml":  kstatus.InProgressStatus,
	"Published.yaml":   kstatus.CurrentStatus,
	"InvalidSpec.yaml": kstatus.FailedStatus,
}

func TestKstatusOfWhatTheControllerWrites(t *testing.T) {
	for file, want := range recordedKstatus {
		obj := readObject(t, filepath.Join("testdata", "recorded", file))
		res, err := kstatus.Compute(obj)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if res.Status != want || res.Message == "" {
			t.Errorf("kstatus of %s: %s %q, want %s with a message", file, res.Status, res.Message, want)
		}
	}
}

// TestHealthCasesCoverTestdata fails when a file in testdata has no expected health.
func TestHealthCasesCoverTestdata(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, tc := range healthCases {
		listed = append(listed, tc.file)
	}
	for _, f := range files {
		if !slices.Contains(listed, filepath.Base(f)) {
			t.Errorf("%s has no entry in healthCases", f)
		}
	}
}

// TestTestdataMatchesAPI decodes every test object strictly into its Go type, so that the
// objects have the status shape the controller writes.
func TestTestdataMatchesAPI(t *testing.T) {
	for _, tc := range healthCases {
		data, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		var meta struct {
			Kind string `json:"kind"`
		}
		if err := yaml.Unmarshal(data, &meta); err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		var typed any
		switch meta.Kind {
		case "PointsProgram":
			typed = &loyaltyv1alpha1.PointsProgram{}
		case "EarnRule":
			typed = &loyaltyv1alpha1.EarnRule{}
		case "TierPolicy":
			typed = &loyaltyv1alpha1.TierPolicy{}
		case "RedemptionCatalog":
			typed = &loyaltyv1alpha1.RedemptionCatalog{}
		default:
			t.Fatalf("%s: unexpected kind %q", tc.file, meta.Kind)
		}
		if err := yaml.UnmarshalStrict(data, typed); err != nil {
			t.Errorf("%s does not decode as a %s: %v", tc.file, meta.Kind, err)
		}
	}
}

// TestConfigMapPatchMatchesScripts fails when a script of argocd-cm-patch.yaml differs from health/loyalty.lua.
func TestConfigMapPatchMatchesScripts(t *testing.T) {
	data, err := os.ReadFile("argocd-cm-patch.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cm corev1.ConfigMap
	if err := yaml.UnmarshalStrict(data, &cm); err != nil {
		t.Fatalf("argocd-cm-patch.yaml: %v", err)
	}
	if cm.APIVersion != "v1" || cm.Kind != "ConfigMap" || cm.Name != "argocd-cm" || cm.Namespace != "argocd" {
		t.Errorf("argocd-cm-patch.yaml is %s %s %s/%s, want v1 ConfigMap argocd/argocd-cm", cm.APIVersion, cm.Kind, cm.Namespace, cm.Name)
	}
	want := map[string]string{}
	for kind, path := range scripts {
		script, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want["resource.customizations.health.loyalty.tally.dev_"+kind] = string(script)
	}
	for key, script := range want {
		got, ok := cm.Data[key]
		if !ok {
			t.Errorf("argocd-cm-patch.yaml has no key %s", key)
			continue
		}
		if got != script {
			t.Errorf("argocd-cm-patch.yaml %s differs from the .lua file; copy the file into the key, indented by four spaces", key)
		}
	}
	for key := range cm.Data {
		if _, ok := want[key]; !ok {
			t.Errorf("argocd-cm-patch.yaml has unexpected key %s", key)
		}
	}
}

// readObject reads a YAML object as Argo CD holds it: unstructured, numbers as int64.
func readObject(t *testing.T, path string) *unstructured.Unstructured {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	js, err := yaml.YAMLToJSON(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	obj := &unstructured.Unstructured{}
	if err := obj.UnmarshalJSON(js); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return obj
}

// runHealth runs a health script as Argo CD does: a Lua state with only the package, base
// and table libraries, the object as the global obj, one second to finish, and a returned
// table whose status must be one of Argo CD's health codes.
func runHealth(obj *unstructured.Unstructured, script string) (status, message string, err error) {
	l := lua.NewState(lua.Options{SkipOpenLibs: true})
	defer l.Close()
	for _, lib := range []struct {
		name string
		open lua.LGFunction
	}{
		{lua.LoadLibName, lua.OpenPackage},
		{lua.BaseLibName, lua.OpenBase},
		{lua.TabLibName, lua.OpenTable},
	} {
		if err := l.CallByParam(lua.P{Fn: l.NewFunction(lib.open), NRet: 0, Protect: true}, lua.LString(lib.name)); err != nil {
			return "", "", err
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	l.SetContext(ctx)

	l.SetGlobal("obj", toLua(l, obj.Object))
	if err := l.DoString(script); err != nil {
		return "", "", err
	}
	result, ok := l.Get(-1).(*lua.LTable)
	if !ok {
		return "", "", fmt.Errorf("the script returned %s, not a table", l.Get(-1).Type())
	}
	st, ok := result.RawGetString("status").(lua.LString)
	if !ok {
		return "", "", fmt.Errorf("status is %s, not a string", result.RawGetString("status").Type())
	}
	switch st {
	case "Healthy", "Progressing", "Degraded", "Suspended", "Missing", "Unknown":
	default:
		return "", "", fmt.Errorf("status %q is not an Argo CD health status", string(st))
	}
	switch m := result.RawGetString("message").(type) {
	case lua.LString:
		message = string(m)
	case *lua.LNilType:
	default:
		return "", "", fmt.Errorf("message is %s, not a string", m.Type())
	}
	return string(st), message, nil
}

// toLua converts an unstructured value the way Argo CD's Lua VM does: maps become tables
// with string keys, slices become tables indexed from 1, numbers become Lua numbers.
func toLua(l *lua.LState, value any) lua.LValue {
	switch v := value.(type) {
	case nil:
		return lua.LNil
	case map[string]any:
		tbl := l.CreateTable(0, len(v))
		for key, item := range v {
			tbl.RawSetString(key, toLua(l, item))
		}
		return tbl
	case []any:
		arr := l.CreateTable(len(v), 0)
		for _, item := range v {
			arr.Append(toLua(l, item))
		}
		return arr
	}
	rv := reflect.ValueOf(value)
	switch {
	case rv.CanInt():
		return lua.LNumber(rv.Int())
	case rv.CanUint():
		return lua.LNumber(rv.Uint())
	case rv.CanFloat():
		return lua.LNumber(rv.Float())
	}
	switch rv.Kind() {
	case reflect.String:
		return lua.LString(rv.String())
	case reflect.Bool:
		return lua.LBool(rv.Bool())
	}
	return lua.LNil
}
