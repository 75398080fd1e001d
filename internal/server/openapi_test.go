package server

import (
	"encoding/json"
	"strings"
	"testing"
)

// openapi.json describes every route the server has, and no route it lacks.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI    string                               `json:"openapi"`
		Paths      map[string]map[string]map[string]any `json:"paths"`
		Components struct {
			Schemas map[string]any `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	described := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			if strings.HasPrefix(path, "/v1/") {
				described[strings.ToUpper(method)+" "+path] = true
			}
		}
	}
	for _, r := range apiRoutes {
		if !described[r.pattern] {
			t.Errorf("%s is not in openapi.json", r.pattern)
		}
		delete(described, r.pattern)
	}
	for op := range described {
		t.Errorf("openapi.json describes %s, which the server does not serve", op)
	}
	// Every $ref resolves.
	raw := string(openAPI)
	for _, part := range strings.Split(raw, `"$ref": "#/components/schemas/`)[1:] {
		name := part[:strings.Index(part, `"`)]
		if doc.Components.Schemas[name] == nil {
			t.Errorf("$ref to unknown schema %s", name)
		}
	}
}
