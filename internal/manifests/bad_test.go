package manifests_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tally-operator/tally/internal/manifests"
)

const program = `apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata: {name: p}
spec: {currency: EUR, pointValue: "0.01", database: {ledgerDatabase: shared}}
`

// What a directory may hold besides the program's objects is skipped; what the API server
// would refuse is an error that names the file, the object and what is wrong.
func TestReadDirTakesWhatTheAPIServerTakes(t *testing.T) {
	read := func(files map[string]string) (int, error) {
		dir := t.TempDir()
		for name, body := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		in, err := manifests.ReadDir(dir, "ns")
		return len(in.Rules), err
	}
	rule := func(name, extra string) string {
		return "apiVersion: loyalty.tally.dev/v1alpha1\nkind: EarnRule\nmetadata: {name: " + name + "}\nspec:\n  programRef: {name: p}\n  eventType: purchase\n  points: {fixed: 1}\n" + extra
	}
	n, err := read(map[string]string{
		"program.yaml":       program,
		"rules.yaml":         "# two rules\n---\n" + rule("a", "") + "---\n# only a comment\n---\n" + rule("b", "") + "---\n",
		"kustomization.yaml": "resources: [program.yaml, rules.yaml]\n",
		"namespace.yaml":     "apiVersion: v1\nkind: Namespace\nmetadata: {name: ns}\n",
	})
	if err != nil || n != 2 {
		t.Fatalf("a program with two rules, a kustomization and a namespace: %d rules, %v", n, err)
	}
	for name, c := range map[string]struct {
		files map[string]string
		want  string
	}{
		"an unknown field":      {map[string]string{"p.yaml": program, "r.yaml": rule("a", "  pointz: 3\n")}, `r.yaml: EarnRule a: strict decoding error: unknown field "spec.pointz"`},
		"two programs":          {map[string]string{"p.yaml": program + "---\n" + strings.Replace(program, "name: p", "name: q", 1)}, "a second PointsProgram"},
		"no program":            {map[string]string{"r.yaml": rule("a", "")}, "no PointsProgram"},
		"a field of wrong type": {map[string]string{"p.yaml": program, "r.yaml": rule("a", "  priority: high\n")}, "r.yaml: EarnRule a:"},
	} {
		if _, err := read(c.files); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error with %q", name, err, c.want)
		}
	}
}
