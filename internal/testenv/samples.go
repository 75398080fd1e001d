package testenv

import (
	"path/filepath"

	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
)

// SampleInput reads a brand's directory under config/samples ("coffee", "fashion") into the
// input of ruleset.Compile, as objects of namespace. Fields the API server would default are
// left empty; the compiler treats empty as the default.
func SampleInput(brand, namespace string) (ruleset.Input, error) {
	return manifests.ReadDir(filepath.Join(RepoRoot(), "config", "samples", brand), namespace)
}
