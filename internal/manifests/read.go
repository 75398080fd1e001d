// Package manifests reads a program's custom resources from the YAML files users apply to the
// cluster, for compiling them without one.
package manifests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/ruleset"
)

// ReadDir reads the PointsProgram, EarnRules, TierPolicy and RedemptionCatalogs of one
// program from the YAML files in dir (the files users apply to the cluster; other kinds are
// skipped) into the input of ruleset.Compile. Objects without a namespace get namespace.
// Fields the API server would default are defaulted as it defaults them (from the CRDs), so
// that the files compile to the rule set version the cluster's objects compile to.
func ReadDir(dir, namespace string) (ruleset.Input, error) {
	var in ruleset.Input
	var files []string
	for _, pattern := range []string{"*.yaml", "*.yml"} {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return in, err
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return in, fmt.Errorf("no YAML files in %s", dir)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return in, err
		}
		if err := add(&in, f, data, namespace); err != nil {
			return in, err
		}
	}
	if in.Program == nil {
		return in, fmt.Errorf("no PointsProgram in %s", dir)
	}
	return in, nil
}

var documentSeparator = regexp.MustCompile(`(?m)^---\s*$`)

func add(in *ruleset.Input, file string, data []byte, namespace string) error {
	for _, doc := range documentSeparator.Split(string(data), -1) {
		if len(bytes.TrimSpace([]byte(doc))) == 0 {
			continue
		}
		var meta struct{ APIVersion, Kind string }
		if err := yaml.Unmarshal([]byte(doc), &meta); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		if meta.APIVersion != v1alpha1.GroupVersion.String() {
			continue
		}
		var target interface {
			GetNamespace() string
			SetNamespace(string)
			GetName() string
		}
		switch meta.Kind {
		case "PointsProgram":
			if in.Program != nil {
				return fmt.Errorf("%s: a second PointsProgram; the files of one program have one", file)
			}
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
		var obj map[string]any
		if err := yaml.Unmarshal([]byte(doc), &obj); err != nil {
			return fmt.Errorf("%s: %s: %w", file, meta.Kind, err)
		}
		if err := applyDefaults(meta.Kind, obj); err != nil {
			return err
		}
		defaulted, err := json.Marshal(obj)
		if err != nil {
			return err
		}
		if err := yaml.UnmarshalStrict(defaulted, target); err != nil {
			return fmt.Errorf("%s: %s %s: %w", file, meta.Kind, target.GetName(), err)
		}
		if target.GetNamespace() == "" {
			target.SetNamespace(namespace)
		}
	}
	return nil
}
