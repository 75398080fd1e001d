package monitoring

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/template"
	"sigs.k8s.io/yaml"
)

// kubeStateMetrics are the kube-state-metrics series the alerts and panels may use, with the
// labels kube-state-metrics gives them. Nothing of Tally's can export these: the jobs are
// short-lived processes that export nothing, and the state of a Deployment, Job or CronJob is
// the API server's. So they are allowed from this list alone, names and labels as
// kube-state-metrics v2 documents them (docs/metrics/workload/{deployment,job,cronjob}-metrics.md).
var kubeStateMetrics = map[string][]string{
	"kube_deployment_spec_replicas":             {"namespace", "deployment"},
	"kube_deployment_status_replicas_available": {"namespace", "deployment"},
	"kube_job_owner":                            {"namespace", "job_name", "owner_kind", "owner_name", "owner_is_controller"},
	"kube_job_status_start_time":                {"namespace", "job_name"},
	"kube_job_status_failed":                    {"namespace", "job_name", "reason"},
	"kube_job_status_succeeded":                 {"namespace", "job_name"},
	"kube_cronjob_created":                      {"namespace", "cronjob"},
	"kube_cronjob_next_schedule_time":           {"namespace", "cronjob"},
	"kube_cronjob_spec_suspend":                 {"namespace", "cronjob"},
	"kube_cronjob_status_last_successful_time":  {"namespace", "cronjob"},
}

// query is one PromQL expression of the alerts or the dashboard, and what it belongs to.
type query struct {
	where string // "alert TallyLedgerErrors", `panel "API requests by route"`, ...
	expr  string
}

func loadRules(t *testing.T) []Rule {
	t.Helper()
	rules, err := LoadRules(filepath.Join(root(t), RulesFile))
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

func loadDashboard(t *testing.T) *Dashboard {
	t.Helper()
	d, err := LoadDashboard(filepath.Join(root(t), DashboardFile))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func root(t *testing.T) string {
	t.Helper()
	if run.rootPath == "" {
		t.Fatal("no source tree")
	}
	return run.rootPath
}

// rateInterval stands for $__rate_interval: four scrape intervals of 30 s.
const rateInterval = "2m"

// queries returns every expression of the alerts, recording rules, panels and variables.
func queries(t *testing.T) []query {
	var qs []query
	for _, r := range loadRules(t) {
		kind := "alert"
		if r.Record != "" {
			kind = "recording rule"
		}
		qs = append(qs, query{fmt.Sprintf("%s %s", kind, r.Name()), r.Expr})
	}
	d := loadDashboard(t)
	for _, p := range d.Graphs() {
		for _, tg := range p.Targets {
			qs = append(qs, query{fmt.Sprintf("panel %q, query %s", p.Title, tg.RefID), PromQL(tg.Expr, rateInterval)})
		}
	}
	for _, v := range d.Templating.List {
		if sel, _, ok := VariableSelector(v); ok {
			qs = append(qs, query{fmt.Sprintf("variable %s", v.Name), sel})
		}
	}
	return qs
}

func TestAlertsAreComplete(t *testing.T) {
	rules := loadRules(t)
	alerts := 0
	for _, r := range rules {
		if r.Alert == "" {
			continue
		}
		alerts++
		if s := r.Labels["severity"]; s != "critical" && s != "warning" {
			t.Errorf("alert %s: severity %q, want critical or warning", r.Alert, s)
		}
		for _, a := range []string{"summary", "description"} {
			if strings.TrimSpace(r.Annotations[a]) == "" {
				t.Errorf("alert %s has no %s", r.Alert, a)
			}
		}
		// Every alert but the operator's own is about one program, and says which.
		if r.Alert != "TallyOperatorDown" {
			for _, l := range []string{"$labels.namespace", "$labels.program"} {
				if !strings.Contains(r.Annotations["description"], l) {
					t.Errorf("alert %s: its description does not name %s", r.Alert, l)
				}
			}
		}
	}
	if alerts < 10 {
		t.Errorf("%d alerts, expected the whole set", alerts)
	}
}

func TestDashboardIsWellFormed(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(root(t), DashboardFile))
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(raw) {
		t.Fatal("the dashboard is not valid JSON")
	}
	d := loadDashboard(t)
	if d.UID == "" || d.Title == "" || d.SchemaVersion < 36 {
		t.Errorf("uid %q, title %q, schemaVersion %d: want a uid, a title and schemaVersion 36 or later", d.UID, d.Title, d.SchemaVersion)
	}
	vars := map[string]Variable{}
	for _, v := range d.Templating.List {
		vars[v.Name] = v
	}
	if ds := vars["datasource"]; ds.Type != "datasource" || ds.Query != "prometheus" {
		t.Errorf("no datasource variable of Prometheus data sources: %+v", ds)
	}
	for _, name := range []string{"namespace", "program"} {
		v, ok := vars[name]
		if !ok {
			t.Errorf("no %s variable", name)
			continue
		}
		if _, _, ok := VariableSelector(v); !ok || v.Datasource == nil || v.Datasource.UID != "${datasource}" {
			t.Errorf("variable %s: want a label_values query on ${datasource}: %+v", name, v)
		}
		if v.AllValue != ".*" {
			t.Errorf("variable %s: allValue %q; the queries match it as a regular expression, so All must be .*", name, v.AllValue)
		}
	}
	ids := map[int]bool{}
	type box struct{ x, y, w, h int }
	var boxes []box
	var titles []string
	graphs := d.Graphs()
	if len(graphs) < 12 {
		t.Errorf("%d panels, expected the whole set", len(graphs))
	}
	for _, p := range d.Panels {
		if p.Type == "row" {
			boxes, titles = append(boxes, box{p.GridPos.X, p.GridPos.Y, p.GridPos.W, p.GridPos.H}), append(titles, "row "+p.Title)
			if ids[p.ID] {
				t.Errorf("row %q: id %d used twice", p.Title, p.ID)
			}
			ids[p.ID] = true
		}
	}
	for _, p := range graphs {
		name := fmt.Sprintf("panel %q", p.Title)
		if p.Title == "" {
			t.Errorf("panel %d has no title", p.ID)
		}
		if ids[p.ID] {
			t.Errorf("%s: id %d used twice", name, p.ID)
		}
		ids[p.ID] = true
		if p.Datasource == nil || p.Datasource.UID != "${datasource}" || p.Datasource.Type != "prometheus" {
			t.Errorf("%s: datasource %+v, want the ${datasource} variable", name, p.Datasource)
		}
		if len(p.Targets) == 0 {
			t.Errorf("%s has no query", name)
		}
		refs := map[string]bool{}
		for _, tg := range p.Targets {
			if tg.Expr == "" || tg.RefID == "" || refs[tg.RefID] {
				t.Errorf("%s: a query without expr or with a missing or repeated refId: %+v", name, tg)
			}
			refs[tg.RefID] = true
			if tg.Datasource == nil || tg.Datasource.UID != "${datasource}" {
				t.Errorf("%s, query %s: datasource %+v, want the ${datasource} variable", name, tg.RefID, tg.Datasource)
			}
		}
		g := p.GridPos
		if g.W <= 0 || g.H <= 0 || g.X < 0 || g.X+g.W > 24 {
			t.Errorf("%s: gridPos %+v is not within the 24 columns", name, g)
		}
		boxes, titles = append(boxes, box{g.X, g.Y, g.W, g.H}), append(titles, name)
	}
	for i := range boxes {
		for j := range i {
			a, b := boxes[i], boxes[j]
			if a.x < b.x+b.w && b.x < a.x+a.w && a.y < b.y+b.h && b.y < a.y+a.h {
				t.Errorf("%s and %s overlap", titles[i], titles[j])
			}
		}
	}
}

// Every expression parses: the alerts' (which Prometheus would refuse to load), the
// recording rules', the panels' and the variables' (which Grafana would show as errors).
func TestQueriesParse(t *testing.T) {
	for _, q := range queries(t) {
		if _, err := Parser.ParseExpr(q.expr); err != nil {
			t.Errorf("%s does not parse: %v\n%s", q.where, err, q.expr)
		}
	}
}

// exported is what the run's components export: every metric family, its type, its labels,
// and the labels its target adds.
type exported struct {
	families map[string]*family
}

type family struct {
	typ    dto.MetricType
	labels map[string]bool
	source string
}

func runExports(t *testing.T) exported {
	t.Helper()
	needRun(t)
	e := exported{families: map[string]*family{}}
	add := func(source string, target labels.Labels, fams map[string]*dto.MetricFamily) {
		for name, mf := range fams {
			f := e.families[name]
			if f == nil {
				f = &family{typ: mf.GetType(), labels: map[string]bool{}, source: source}
				e.families[name] = f
			}
			target.Range(func(l labels.Label) { f.labels[l.Name] = true })
			for _, m := range mf.GetMetric() {
				for _, lp := range m.GetLabel() {
					f.labels[lp.GetName()] = true
				}
			}
		}
	}
	for _, s := range run.scrapes {
		add("the ledger", s.ledgerT, s.ledger)
		add("the operator", s.managerT, s.operator)
	}
	return e
}

// lookup finds the family a series name belongs to: itself, or the histogram or summary whose
// _bucket, _sum or _count series it is. le and quantile come with those series.
func (e exported) lookup(name string) (*family, []string, bool) {
	if f, ok := e.families[name]; ok {
		return f, nil, true
	}
	for suffix, extra := range map[string][]string{"_bucket": {"le"}, "_sum": nil, "_count": nil} {
		base, ok := strings.CutSuffix(name, suffix)
		if !ok {
			continue
		}
		f, ok := e.families[base]
		if !ok {
			continue
		}
		switch f.typ {
		case dto.MetricType_HISTOGRAM, dto.MetricType_GAUGE_HISTOGRAM:
			return f, extra, true
		case dto.MetricType_SUMMARY:
			if suffix != "_bucket" {
				return f, nil, true
			}
		}
	}
	return nil, nil, false
}

// Every metric an alert, a recording rule, a panel or a variable selects is exported by the
// running ledger or operator, is recorded by the rules, is Prometheus's own (up), or is a
// kube-state-metrics series of the allowlist; and every label it matches on is one that
// series has.
func TestQueriesUseExportedMetrics(t *testing.T) {
	e := runExports(t)
	recorded := map[string]bool{}
	for _, r := range loadRules(t) {
		if r.Record != "" {
			recorded[r.Record] = true
		}
	}
	// up carries only the target's labels, the same for both components' targets.
	upLabels := map[string]bool{}
	for _, s := range run.scrapes[:1] {
		for _, tl := range []labels.Labels{s.ledgerT, s.managerT} {
			tl.Range(func(l labels.Label) { upLabels[l.Name] = true })
		}
	}
	used := map[string]bool{}
	for _, q := range queries(t) {
		sels, err := Selectors(q.expr)
		if err != nil {
			t.Errorf("%s: %v", q.where, err)
			continue
		}
		for _, s := range sels {
			if s.Metric == "" {
				t.Errorf("%s selects series by labels alone (%v): name the metric", q.where, s.Labels)
				continue
			}
			used[s.Metric] = true
			var have map[string]bool
			switch f, extra, ok := e.lookup(s.Metric); {
			case ok:
				have = map[string]bool{}
				for l := range f.labels {
					have[l] = true
				}
				for _, l := range extra {
					have[l] = true
				}
			case recorded[s.Metric]:
				continue
			case s.Metric == "up":
				have = upLabels
			case kubeStateMetrics[s.Metric] != nil:
				have = map[string]bool{}
				for _, l := range kubeStateMetrics[s.Metric] {
					have[l] = true
				}
			default:
				t.Errorf("%s uses %s, which neither the ledger nor the operator exports (nor the rules record, nor is it in the kube-state-metrics allowlist)", q.where, s.Metric)
				continue
			}
			for _, l := range s.Labels {
				if !have[l] {
					t.Errorf("%s matches %s on label %q, which it does not have (it has %v)", q.where, s.Metric, l, sortedKeys(have))
				}
			}
		}
	}
	// An allowlist entry nothing uses is a stale one.
	for name := range kubeStateMetrics {
		if !used[name] {
			t.Errorf("%s is in the kube-state-metrics allowlist, but no alert or panel uses it", name)
		}
	}
}

// Every alert and recording rule evaluates against the run's series without an error (a
// vector matching that finds duplicates only fails when evaluated); the error-rate alert
// fires on the 503s of the ledger before it had a rule set, the not-Ready alert on the
// program whose LedgerDatabase does not exist; and their annotations expand, the not-Ready
// one with the reason the operator exported.
func TestAlertsEvaluateOnTheRun(t *testing.T) {
	needRun(t)
	engine := NewEngine()
	ctx := context.Background()
	eval := func(expr string, at time.Time) (promql.Vector, error) {
		q, err := engine.NewInstantQuery(ctx, run.store, nil, expr, at)
		if err != nil {
			return nil, err
		}
		defer q.Close()
		res := q.Exec(ctx)
		if res.Err != nil {
			return nil, res.Err
		}
		switch v := res.Value.(type) {
		case promql.Vector:
			// Close gives the result back to the engine's pool: keep a copy.
			return slices.Clone(v), nil
		case promql.Scalar:
			return promql.Vector{{T: v.T, F: v.V}}, nil
		}
		return nil, fmt.Errorf("result of type %s", res.Value.Type())
	}
	fired := map[string]map[string]promql.Sample{} // alert, at scrape i → sample by namespace/program
	for _, r := range loadRules(t) {
		for i, s := range run.scrapes {
			v, err := eval(r.Expr, s.at)
			if err != nil {
				t.Errorf("%s at scrape %d: %v", r.Name(), i+1, err)
				continue
			}
			for _, smp := range v {
				key := fmt.Sprintf("%s@%d", r.Name(), i+1)
				if fired[key] == nil {
					fired[key] = map[string]promql.Sample{}
				}
				fired[key][smp.Metric.Get("namespace")+"/"+smp.Metric.Get("program")] = smp
			}
		}
	}
	want := namespace + "/" + program
	for _, c := range []struct {
		alert string
		at    int
	}{
		{"TallyLedgerErrors", 2},    // two 503s in a row, nothing else
		{"TallyProgramNotReady", 3}, // no LedgerDatabase "shared"
	} {
		smp, ok := fired[fmt.Sprintf("%s@%d", c.alert, c.at)][want]
		if !ok {
			t.Errorf("%s does not fire for %s at scrape %d: %v", c.alert, want, c.at, fired[fmt.Sprintf("%s@%d", c.alert, c.at)])
			continue
		}
		for _, r := range loadRules(t) {
			if r.Alert != c.alert {
				continue
			}
			for name, text := range r.Annotations {
				out, err := expand(engine, r, text, smp, run.scrapes[c.at-1].at)
				if err != nil {
					t.Errorf("%s, annotation %s: %v", c.alert, name, err)
					continue
				}
				if strings.Contains(out, "<no value>") || !strings.Contains(out, want) && name == "summary" {
					t.Errorf("%s, annotation %s expands to %q", c.alert, name, out)
				}
				if c.alert == "TallyProgramNotReady" && name == "description" && !strings.Contains(out, "Reason: "+run.reason+".") {
					t.Errorf("%s: the description does not give the reason %q: %q", c.alert, run.reason, out)
				}
			}
		}
	}
	// The ledger is up and scraped: the availability alerts stay quiet.
	for _, a := range []string{"TallyLedgerUnavailable", "TallyLedgerMetricsMissing", "TallyOperatorDown", "TallyLedgerCommitFailures"} {
		if got := fired[fmt.Sprintf("%s@%d", a, len(run.scrapes))]; len(got) > 0 {
			t.Errorf("%s fires on a healthy run: %v", a, got)
		}
	}
}

// expand renders an alert's template as Prometheus does, with its query function on the run.
func expand(engine *promql.Engine, r Rule, text string, smp promql.Sample, at time.Time) (string, error) {
	lbls := smp.Metric.Map()
	data := template.AlertTemplateData(lbls, nil, "", smp)
	defs := "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}"
	query := func(ctx context.Context, q string, ts time.Time) (promql.Vector, error) {
		qry, err := engine.NewInstantQuery(ctx, run.store, nil, q, ts)
		if err != nil {
			return nil, err
		}
		defer qry.Close()
		res := qry.Exec(ctx)
		if res.Err != nil {
			return nil, res.Err
		}
		v, err := res.Vector()
		return slices.Clone(v), err
	}
	u, _ := url.Parse("http://prometheus.example")
	tmpl := template.NewTemplateExpander(context.Background(), defs+text, "__alert_"+r.Alert, data, model.Time(at.UnixMilli()), query, u, nil)
	return tmpl.Expand()
}

// Every panel whose metrics the run exports shows data over the run; the panels of
// kube-state-metrics series show none (they are the only ones allowed to).
func TestPanelsShowTheRun(t *testing.T) {
	needRun(t)
	e := runExports(t)
	engine := NewEngine()
	ctx := context.Background()
	first, last := run.scrapes[0].at, run.scrapes[len(run.scrapes)-1].at
	for _, p := range loadDashboard(t).Graphs() {
		ksm := false
		series := 0
		for _, tg := range p.Targets {
			expr := PromQL(tg.Expr, rateInterval)
			sels, _ := Selectors(expr)
			for _, s := range sels {
				if _, _, ok := e.lookup(s.Metric); !ok && s.Metric != "up" {
					ksm = true
				}
			}
			q, err := engine.NewRangeQuery(ctx, run.store, nil, expr, first, last, 30*time.Second)
			if err != nil {
				t.Errorf("panel %q, query %s: %v", p.Title, tg.RefID, err)
				continue
			}
			res := q.Exec(ctx)
			if res.Err != nil {
				t.Errorf("panel %q, query %s: %v", p.Title, tg.RefID, res.Err)
			} else if m, err := res.Matrix(); err == nil {
				series += len(m)
			}
			q.Close()
		}
		if !ksm && series == 0 {
			t.Errorf("panel %q shows nothing over the run, though its metrics are exported", p.Title)
		}
		if ksm && series > 0 {
			t.Errorf("panel %q shows data, though kube-state-metrics does not run here", p.Title)
		}
	}
}

// The manager refuses a scrape without a token: the ServiceMonitor's bearer token (of a
// service account bound by metrics-reader-binding.yaml) is what lets Prometheus in, and the
// run scraped with exactly that.
func TestManagerMetricsNeedAToken(t *testing.T) {
	needRun(t)
	if run.noToken != 401 && run.noToken != 403 {
		t.Errorf("a scrape of the manager without a token: status %d, want 401 or 403", run.noToken)
	}
}

// The Helm chart's rules are a copy of the spec of config/prometheus/prometheusrule.yaml.
func TestChartRulesAreACopy(t *testing.T) {
	spec, err := RulesSpec(filepath.Join(root(t), RulesFile))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(root(t), ChartRulesFile))
	if os.IsNotExist(err) {
		t.Skipf("%s does not exist", ChartRulesFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	var want, got any
	if err := json.Unmarshal(spec, &want); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(raw, &got); err != nil {
		t.Fatalf("%s: %v", ChartRulesFile, err)
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("%s is not a copy of the spec of %s; refresh it with:\n"+
			"  sed -n '/^spec:$/,$p' %s | tail -n +2 | sed 's/^  //' > %s", ChartRulesFile, RulesFile, RulesFile, ChartRulesFile)
	}
}

// config/prometheus builds with kustomize (kubectl's), into the monitors, the rule and the
// binding.
func TestKustomization(t *testing.T) {
	needRun(t)
	out, err := exec.Command(run.kubectl, "kustomize", filepath.Join(root(t), "config/prometheus")).CombinedOutput()
	if err != nil {
		t.Fatalf("kubectl kustomize config/prometheus: %v\n%s", err, out)
	}
	var kinds []string
	for _, doc := range strings.Split(string(out), "\n---\n") {
		var obj struct {
			Kind string `json:"kind"`
		}
		if err := yaml.Unmarshal([]byte(doc), &obj); err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, obj.Kind)
	}
	sort.Strings(kinds)
	if want := []string{"ClusterRoleBinding", "PodMonitor", "PrometheusRule", "ServiceMonitor"}; !slices.Equal(kinds, want) {
		t.Errorf("config/prometheus builds %v, want %v", kinds, want)
	}
}

func needRun(t *testing.T) {
	t.Helper()
	if run.err != nil {
		t.Fatalf("the run of the ledger and the manager could not be made: %v", run.err)
	}
	if len(run.scrapes) == 0 {
		t.Fatal("no scrape")
	}
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
