package charts_test

import (
	"strings"
	"testing"
)

// values.schema.json refuses wrong values before anything is rendered, naming the field.
func TestSchemaRejectsBadValues(t *testing.T) {
	for _, c := range []struct {
		values string
		field  string // what the error must name
	}{
		{`replicaCount: two`, "/replicaCount"},
		{`replicaCount: 1.5`, "/replicaCount"},
		{`replicaCount: -1`, "/replicaCount"},
		{`logLevel: loud`, "/logLevel"},
		{`logLevel: 0`, "/logLevel"},
		{`replicas: 2`, "replicas"},
		{`imag: {tag: "1.0"}`, "imag"},
		{`image: {tag: 1}`, "/image/tag"},
		{`image: {pullPolicy: Sometimes}`, "/image/pullPolicy"},
		{`image: {registry: example.com}`, "registry"},
		{`leaderElection: {enabled: "yes"}`, "/leaderElection/enabled"},
		{`watchNamespaces: brew-coffee,atelier-fashion`, "/watchNamespaces"},
		{`watchNamespaces: [Brew_Coffee]`, "/watchNamespaces/0"},
		{`resources: {limits: {cpu: [1]}}`, "/resources/limits/cpu"},
		{`nodeSelector: {disk: [ssd]}`, "/nodeSelector/disk"},
		{`tolerations: [dedicated]`, "/tolerations/0"},
		{`metrics: {port: "8443"}`, "/metrics/port"},
		{`metrics: {port: 8081}`, "/metrics/port"},
		{`metrics: {port: 70000}`, "/metrics/port"},
		{`metrics: {secure: 1}`, "/metrics/secure"},
		{`metrics: {serviceMonitor: {enabled: "true"}}`, "/metrics/serviceMonitor/enabled"},
		{`metrics: {serviceMonitor: {labels: {release: 1}}}`, "/metrics/serviceMonitor/labels/release"},
		{`prometheusRule: {enable: true}`, "enable"},
	} {
		_, err := renderRelease(t, "tally", values(t, c.values))
		if err == nil {
			t.Errorf("%s: accepted", c.values)
			continue
		}
		if !strings.Contains(err.Error(), "values don't meet the specifications of the schema") ||
			!strings.Contains(err.Error(), c.field) {
			t.Errorf("%s: the error does not come from the schema or does not name %s:\n%v", c.values, c.field, err)
		}
	}
}

// The schema is not stricter than the values the chart documents.
func TestSchemaAcceptsGoodValues(t *testing.T) {
	for _, v := range []string{
		`logLevel: debug`,
		`logLevel: error`,
		`logLevel: 4`,
		`replicaCount: 0`,
		`watchNamespaces: [brew-coffee, atelier-fashion, a]`,
		`resources: {requests: {cpu: 1, memory: 1Gi}, limits: {cpu: 2.5}}`,
		`image: {repository: registry.example:5000/tally, tag: sha-1a2b3c, pullPolicy: Never}`,
		`fullnameOverride: loyalty`,
		`global: {imageRegistry: registry.example}`,
	} {
		if _, err := renderRelease(t, "tally", values(t, v)); err != nil {
			t.Errorf("%s: %v", v, err)
		}
	}
}
