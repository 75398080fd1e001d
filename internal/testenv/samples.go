package testenv

import (
	"path/filepath"
	"testing"

	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
)

// SampleInput reads a brand's directory under config/samples ("coffee", "fashion") into the
// input of ruleset.Compile, as objects of namespace. Fields the API server would default are
// left empty; the compiler treats empty as the default.
func SampleInput(brand, namespace string) (ruleset.Input, error) {
	return manifests.ReadDir(filepath.Join(RepoRoot(), "config", "samples", brand), namespace)
}

// SampleRuleset compiles a brand's sample program, failing the test on any error.
func SampleRuleset(t testing.TB, brand string) *ruleset.Ruleset {
	t.Helper()
	in, err := SampleInput(brand, "test")
	if err != nil {
		t.Fatal(err)
	}
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return rs
}
