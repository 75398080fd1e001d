// Package manifests reads a program's custom resources from the YAML files users apply to the
// cluster, for compiling them without one.
package manifests

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
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

// decoder decodes the program's kinds strictly: a field the API does not have is an error,
// as the API server refuses it.
var decoder = func() runtime.Decoder {
	scheme := runtime.NewScheme()
	utilruntime.Must(v1alpha1.AddToScheme(scheme))
	return serializer.NewCodecFactory(scheme, serializer.EnableStrict).UniversalDeserializer()
}()

// add adds the program's objects among the YAML documents of file to in.
func add(in *ruleset.Input, file string, data []byte, namespace string) error {
	docs := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	for {
		doc, err := docs.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		var obj map[string]any
		if err := yaml.Unmarshal(doc, &obj); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		u := &unstructured.Unstructured{Object: obj}
		if obj == nil || u.GroupVersionKind().GroupVersion() != v1alpha1.GroupVersion {
			continue // another kind (a Namespace, a kustomization.yaml), or only comments
		}
		what := fmt.Sprintf("%s: %s %s", file, u.GetKind(), u.GetName())
		if err := applyDefaults(u.GetKind(), obj); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		defaulted, err := json.Marshal(obj)
		if err != nil {
			return err
		}
		decoded, _, err := decoder.Decode(defaulted, nil, nil)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		o, ok := decoded.(interface {
			GetNamespace() string
			SetNamespace(string)
		})
		if ok && o.GetNamespace() == "" {
			o.SetNamespace(namespace)
		}
		switch o := decoded.(type) {
		case *v1alpha1.PointsProgram:
			if in.Program != nil {
				return fmt.Errorf("%s: a second PointsProgram; the files of one program have one", file)
			}
			in.Program = o
		case *v1alpha1.EarnRule:
			in.Rules = append(in.Rules, *o)
		case *v1alpha1.TierPolicy:
			in.Tiers = append(in.Tiers, *o)
		case *v1alpha1.RedemptionCatalog:
			in.Catalogs = append(in.Catalogs, *o)
		}
	}
}

// Compile reads dir as ReadDir does and compiles what it declares, as the operator would: the
// errors are those of ruleset.Compile, after those of objects naming another program than the
// one declared (ruleset.Strays). err is for a directory that cannot be read.
func Compile(dir, namespace string) (*ruleset.Ruleset, []ruleset.FieldError, error) {
	in, err := ReadDir(dir, namespace)
	if err != nil {
		return nil, nil, err
	}
	rs, errs := ruleset.Compile(in)
	return rs, append(ruleset.Strays(in), errs...), nil
}
