package testenv

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/ruleset"
)

// SampleInput reads a brand's directory under config/samples ("coffee", "fashion") into the
// input of ruleset.Compile, as objects of namespace. Fields the API server would default are
// left empty; the compiler treats empty as the default.
func SampleInput(brand, namespace string) (ruleset.Input, error) {
	var in ruleset.Input
	dir := filepath.Join(RepoRoot(), "config", "samples", brand)
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return in, err
	}
	for _, f := range files {
		if filepath.Base(f) == "kustomization.yaml" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return in, err
		}
		for _, doc := range bytes.Split(data, []byte("\n---\n")) {
			var meta struct{ Kind string }
			if err := yaml.Unmarshal(doc, &meta); err != nil {
				return in, fmt.Errorf("%s: %w", f, err)
			}
			var target interface{ SetNamespace(string) }
			switch meta.Kind {
			case "PointsProgram":
				in.Program = &v1alpha1.PointsProgram{}
				target = in.Program
			case "EarnRule":
				in.Rules = append(in.Rules, v1alpha1.EarnRule{})
				target = &in.Rules[len(in.Rules)-1]
			case "TierPolicy":
				in.Tiers = append(in.Tiers, v1alpha1.TierPolicy{})
				target = &in.Tiers[len(in.Tiers)-1]
			case "RedemptionCatalog":
				in.Catalogs = append(in.Catalogs, v1alpha1.RedemptionCatalog{})
				target = &in.Catalogs[len(in.Catalogs)-1]
			default:
				continue
			}
			if err := yaml.UnmarshalStrict(doc, target); err != nil {
				return in, fmt.Errorf("%s: %w", f, err)
			}
			target.SetNamespace(namespace)
		}
	}
	if in.Program == nil {
		return in, fmt.Errorf("no PointsProgram in %s", dir)
	}
	return in, nil
}
