package manifests

import (
	"fmt"
	"io/fs"
	"sync"

	apiextensions "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	structuralschema "k8s.io/apiextensions-apiserver/pkg/apiserver/schema"
	structuraldefaulting "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting"
	"sigs.k8s.io/yaml"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/config/crd"
)

// schemas are the structural schemas of the kinds of v1alpha1, from the CRDs the cluster
// has: defaulting with them is what the API server does to an object it stores.
var schemas = sync.OnceValues(func() (map[string]*structuralschema.Structural, error) {
	files, err := fs.Glob(crd.Bases, "bases/*.yaml")
	if err != nil {
		return nil, err
	}
	out := map[string]*structuralschema.Structural{}
	for _, f := range files {
		data, err := crd.Bases.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var def apiextensionsv1.CustomResourceDefinition
		if err := yaml.Unmarshal(data, &def); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, v := range def.Spec.Versions {
			if v.Name != v1alpha1.GroupVersion.Version || v.Schema == nil {
				continue
			}
			var props apiextensions.JSONSchemaProps
			if err := apiextensionsv1.Convert_v1_JSONSchemaProps_To_apiextensions_JSONSchemaProps(v.Schema.OpenAPIV3Schema, &props, nil); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			s, err := structuralschema.NewStructural(&props)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			out[def.Spec.Names.Kind] = s
		}
	}
	return out, nil
})

// applyDefaults sets the fields of obj (an object of kind, decoded from YAML) that the API
// server would default, as it defaults them.
func applyDefaults(kind string, obj map[string]any) error {
	all, err := schemas()
	if err != nil {
		return fmt.Errorf("the CRDs built into tally: %w", err)
	}
	s := all[kind]
	if s == nil {
		return fmt.Errorf("no CRD for kind %s is built into tally", kind)
	}
	structuraldefaulting.Default(obj, s)
	return nil
}
