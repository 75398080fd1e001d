package charts_test

import (
	"testing"

	"helm.sh/helm/v4/pkg/action"
	"helm.sh/helm/v4/pkg/chart/v2/lint/support"
)

// helm lint --strict, with the default values and with every optional object on: a
// template only some values render is linted only with them.
func TestLint(t *testing.T) {
	for name, vals := range map[string]map[string]any{
		"defaults": nil,
		"everything on": values(t, `
replicaCount: 3
watchNamespaces: [brew-coffee]
metrics: {serviceMonitor: {enabled: true, labels: {release: prometheus}}}
prometheusRule: {enabled: true}
nodeSelector: {kubernetes.io/os: linux}
tolerations: [{key: dedicated, operator: Exists}]
`),
		"metrics off": values(t, `metrics: {enabled: false}`),
	} {
		t.Run(name, func(t *testing.T) {
			lint := action.NewLint()
			lint.Strict = true
			lint.Namespace = namespace
			result := lint.Run([]string{chartDir()}, vals)
			if result.TotalChartsLinted != 1 {
				t.Errorf("linted %d charts, want 1", result.TotalChartsLinted)
			}
			for _, err := range result.Errors {
				t.Errorf("lint error: %v", err)
			}
			for _, m := range result.Messages {
				if m.Severity > support.InfoSev {
					t.Errorf("lint: %s", m)
				}
			}
		})
	}
}
