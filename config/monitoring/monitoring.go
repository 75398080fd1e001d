// Package monitoring reads Tally's alerts (config/prometheus/prometheusrule.yaml) and Grafana
// dashboard (config/grafana/tally-dashboard.json), and the metrics their queries select. Its
// tests hold both to what a running ledger and operator export; hack/dashboard draws the
// dashboard's panels from a real run with it.
package monitoring

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
	"sigs.k8s.io/yaml"
)

// Paths of the files, relative to the repository's root.
const (
	RulesFile     = "config/prometheus/prometheusrule.yaml"
	DashboardFile = "config/grafana/tally-dashboard.json"
	// ChartRulesFile is the Helm chart's copy of the rules' spec.
	ChartRulesFile = "charts/tally/files/prometheus-rules.yaml"
)

// Parser parses PromQL as Prometheus does by default.
var Parser = parser.NewParser(parser.Options{})

// Rule is one alerting or recording rule.
type Rule struct {
	Group       string
	Alert       string // empty for a recording rule
	Record      string // empty for an alert
	Expr        string
	For         model.Duration
	Labels      map[string]string
	Annotations map[string]string
}

// Name is the alert's or the recorded series' name.
func (r Rule) Name() string { return r.Alert + r.Record }

// RulesSpec returns the spec of the PrometheusRule in path, as JSON: what Prometheus reads as
// a rule file, and what the Helm chart's copy holds.
func RulesSpec(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var obj struct {
		APIVersion string          `json:"apiVersion"`
		Kind       string          `json:"kind"`
		Metadata   json.RawMessage `json:"metadata"`
		Spec       json.RawMessage `json:"spec"`
	}
	if err := yaml.UnmarshalStrict(raw, &obj); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if obj.APIVersion != "monitoring.coreos.com/v1" || obj.Kind != "PrometheusRule" {
		return nil, fmt.Errorf("%s: a monitoring.coreos.com/v1 PrometheusRule expected, found %s %s", path, obj.APIVersion, obj.Kind)
	}
	return obj.Spec, nil
}

// LoadRules reads the rules of the PrometheusRule in path and checks them as Prometheus does
// when it loads a rule file: unknown fields, expressions that do not parse, templates that do
// not parse, duplicate names within a group.
func LoadRules(path string) ([]Rule, error) {
	spec, err := RulesSpec(path)
	if err != nil {
		return nil, err
	}
	groups, errs := rulefmt.Parse(spec, false, model.UTF8Validation, Parser, slog.New(slog.DiscardHandler))
	if len(errs) > 0 {
		msgs := make([]string, len(errs))
		for i, e := range errs {
			msgs[i] = e.Error()
		}
		return nil, fmt.Errorf("%s: %s", path, strings.Join(msgs, "; "))
	}
	var rules []Rule
	for _, g := range groups.Groups {
		for _, r := range g.Rules {
			rules = append(rules, Rule{Group: g.Name, Alert: r.Alert, Record: r.Record, Expr: r.Expr,
				For: r.For, Labels: r.Labels, Annotations: r.Annotations})
		}
	}
	return rules, nil
}

// Dashboard is the part of a Grafana dashboard the tests and the renderer read.
type Dashboard struct {
	UID           string  `json:"uid"`
	Title         string  `json:"title"`
	SchemaVersion int     `json:"schemaVersion"`
	Panels        []Panel `json:"panels"`
	Templating    struct {
		List []Variable `json:"list"`
	} `json:"templating"`
}

// Panel is a panel, or a row whose panels may be nested (collapsed rows).
type Panel struct {
	ID          int         `json:"id"`
	Type        string      `json:"type"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Datasource  *Datasource `json:"datasource"`
	GridPos     struct {
		H int `json:"h"`
		W int `json:"w"`
		X int `json:"x"`
		Y int `json:"y"`
	} `json:"gridPos"`
	FieldConfig struct {
		Defaults struct {
			Unit string `json:"unit"`
		} `json:"defaults"`
	} `json:"fieldConfig"`
	Targets []Target `json:"targets"`
	Panels  []Panel  `json:"panels"`
}

// Target is one query of a panel.
type Target struct {
	RefID        string      `json:"refId"`
	Expr         string      `json:"expr"`
	LegendFormat string      `json:"legendFormat"`
	Datasource   *Datasource `json:"datasource"`
}

// Datasource names a data source, here always the ${datasource} variable.
type Datasource struct {
	Type string `json:"type"`
	UID  string `json:"uid"`
}

// Variable is a template variable.
type Variable struct {
	Type       string      `json:"type"`
	Name       string      `json:"name"`
	Query      any         `json:"query"`
	Definition string      `json:"definition"`
	Datasource *Datasource `json:"datasource"`
	AllValue   string      `json:"allValue"`
}

// LoadDashboard reads the dashboard in path; unknown fields are allowed (Grafana has many).
func LoadDashboard(path string) (*Dashboard, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d Dashboard
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &d, nil
}

// Graphs returns the dashboard's panels other than rows, those of collapsed rows included,
// in the order they are laid out.
func (d *Dashboard) Graphs() []Panel {
	var out []Panel
	var walk func([]Panel)
	walk = func(ps []Panel) {
		for _, p := range ps {
			if p.Type == "row" {
				walk(p.Panels)
				continue
			}
			out = append(out, p)
		}
	}
	walk(d.Panels)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].GridPos, out[j].GridPos
		return a.Y < b.Y || a.Y == b.Y && a.X < b.X
	})
	return out
}

// grafanaVar matches $name, ${name} and ${name:format} references to template variables and
// Grafana's own ($__rate_interval and the like); not $1, which is label_replace's.
var grafanaVar = regexp.MustCompile(`\$\{([A-Za-z_]\w*)(?::\w+)?\}|\$([A-Za-z_]\w*)`)

// PromQL turns a panel's or a variable's query into PromQL, as Grafana does before it sends
// it: its interval variables become interval (the range of a rate), and every other variable
// becomes ".*", the value the dashboard's "All" stands for (each variable's allValue).
func PromQL(expr, interval string) string {
	return grafanaVar.ReplaceAllStringFunc(expr, func(ref string) string {
		m := grafanaVar.FindStringSubmatch(ref)
		name := m[1] + m[2]
		if strings.HasPrefix(name, "__") {
			switch name {
			case "__rate_interval", "__interval", "__range":
				return interval
			}
			return ref
		}
		return ".*"
	})
}

// labelValues matches Grafana's label_values(selector, label) variable query.
var labelValues = regexp.MustCompile(`^\s*label_values\((.*),\s*(\w+)\s*\)\s*$`)

// VariableSelector returns the series selector of a label_values(selector, label) variable
// query, as PromQL, and the label it lists; ok is false for other kinds of variable.
func VariableSelector(v Variable) (selector, label string, ok bool) {
	q := v.Definition
	if m, isMap := v.Query.(map[string]any); isMap && q == "" {
		q, _ = m["query"].(string)
	} else if s, isString := v.Query.(string); isString && q == "" {
		q = s
	}
	m := labelValues.FindStringSubmatch(q)
	if m == nil {
		return "", "", false
	}
	return PromQL(m[1], "5m"), m[2], true
}

// Selector is a series selector of a query: the metric it names and the labels it matches on.
type Selector struct {
	Metric string
	Labels []string
}

// Selectors parses expr and returns its selectors, those of range selectors included.
func Selectors(expr string) ([]Selector, error) {
	e, err := Parser.ParseExpr(expr)
	if err != nil {
		return nil, err
	}
	var out []Selector
	add := func(vs *parser.VectorSelector) {
		s := Selector{Metric: vs.Name}
		for _, m := range vs.LabelMatchers {
			if m.Name == labels.MetricName {
				if s.Metric == "" && m.Type == labels.MatchEqual {
					s.Metric = m.Value
				}
				continue
			}
			s.Labels = append(s.Labels, m.Name)
		}
		out = append(out, s)
	}
	// A range selector (rate(x[5m])) is a MatrixSelector over a VectorSelector, which
	// Inspect visits as its child: taking vector selectors takes both.
	parser.Inspect(e, func(node parser.Node, _ []parser.Node) error {
		if vs, ok := node.(*parser.VectorSelector); ok {
			add(vs)
		}
		return nil
	})
	return out, nil
}
