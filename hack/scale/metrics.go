package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

// families is one scrape of a /metrics endpoint, by metric family name.
type families map[string]*dto.MetricFamily

// scrapeAccept asks for the delimited protobuf format: in it kube-apiserver's scrape is a fifth
// of the size, and decodes in a tenth of the time that its text (some 3 MB) takes to parse.
var scrapeAccept = string(expfmt.FmtProtoDelim)

// decodeMetrics reads a scrape in the format its response's Content-Type names, protobuf or
// text, so that a server that does not serve protobuf is read too. On an error it also returns
// the families read before it.
func decodeMetrics(r io.Reader, contentType string) (families, error) {
	f := families{}
	dec := expfmt.NewDecoder(r, expfmt.ResponseFormat(http.Header{"Content-Type": {contentType}}))
	for {
		mf := &dto.MetricFamily{}
		if err := dec.Decode(mf); err != nil {
			if errors.Is(err, io.EOF) {
				return f, nil
			}
			return f, err
		}
		f[mf.GetName()] = mf
	}
}

// total sums a family's samples over all their labels: the values of a counter or gauge, the
// observations of a histogram or summary. It is 0 for a family the scrape does not have.
func (f families) total(name string) float64 {
	fam := f[name]
	var sum float64
	for _, m := range fam.GetMetric() {
		switch fam.GetType() {
		case dto.MetricType_HISTOGRAM, dto.MetricType_GAUGE_HISTOGRAM, dto.MetricType_SUMMARY:
			n, _ := countSum(m)
			sum += n
		default:
			sum += value(m)
		}
	}
	return sum
}

// value is the value of a counter's, gauge's or untyped family's sample.
func value(m *dto.Metric) float64 {
	switch {
	case m.Counter != nil:
		return m.Counter.GetValue()
	case m.Gauge != nil:
		return m.Gauge.GetValue()
	}
	return m.GetUntyped().GetValue()
}

// countSum is the number of observations of a histogram's or summary's sample and their sum.
func countSum(m *dto.Metric) (count, sum float64) {
	if h := m.GetHistogram(); h != nil {
		return float64(h.GetSampleCount()) + h.GetSampleCountFloat(), h.GetSampleSum()
	}
	s := m.GetSummary()
	return float64(s.GetSampleCount()), s.GetSampleSum()
}

// label is the value of a sample's label; "" when it has no label of that name, as in PromQL.
func label(m *dto.Metric, name string) string {
	for _, l := range m.GetLabel() {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}

// observed adds up histograms' counts and sums by key.
type observed map[string]*struct{ count, sum float64 }

func (o observed) add(key string, m *dto.Metric) {
	a := o[key]
	if a == nil {
		a = &struct{ count, sum float64 }{}
		o[key] = a
	}
	count, sum := countSum(m)
	a.count += count
	a.sum += sum
}

// metricSummary picks the reconcile counts and times and the API requests out of the
// manager's metrics.
func metricSummary(f families) []string {
	reconciles := map[string]float64{}
	times := observed{}
	requests := map[string]float64{}
	queued := observed{}
	adds := map[string]float64{}
	for _, m := range f["controller_runtime_reconcile_total"].GetMetric() {
		if v := value(m); v > 0 {
			reconciles[label(m, "controller")+" "+label(m, "result")] += v
		}
	}
	for _, m := range f["controller_runtime_reconcile_time_seconds"].GetMetric() {
		times.add(label(m, "controller"), m)
	}
	for _, m := range f["workqueue_queue_duration_seconds"].GetMetric() {
		queued.add(label(m, "name"), m)
	}
	for _, m := range f["workqueue_adds_total"].GetMetric() {
		adds[label(m, "name")] += value(m)
	}
	for _, m := range f["rest_client_requests_total"].GetMetric() {
		requests[label(m, "method")+" "+label(m, "code")] += value(m)
	}
	var out []string
	for _, k := range sortedKeys(reconciles) {
		out = append(out, fmt.Sprintf("reconciles %-40s %.0f", k, reconciles[k]))
	}
	for _, k := range sortedKeys(times) {
		if a := times[k]; a.count > 0 {
			out = append(out, fmt.Sprintf("reconcile time %-36s %.1f s in all, %.1f ms each", k, a.sum, 1000*a.sum/a.count))
		}
	}
	for _, k := range sortedKeys(queued) {
		if a := queued[k]; a.count > 0 {
			out = append(out, fmt.Sprintf("queue %-45s %.0f adds, %.0f ms waiting on average", k, adds[k], 1000*a.sum/a.count))
		}
	}
	for _, k := range sortedKeys(requests) {
		out = append(out, fmt.Sprintf("API requests %-38s %.0f", k, requests[k]))
	}
	return out
}

// workDone compares two scrapes of the manager's metrics: reconciles per controller, API
// requests, SQL statements and passes over a program.
func workDone(before, after families) []string {
	totals := func(f families) map[string]float64 {
		m := map[string]float64{}
		for _, s := range f["controller_runtime_reconcile_total"].GetMetric() {
			m[label(s, "controller")+" reconciles"] += value(s)
		}
		for key, name := range map[string]string{
			"API requests":   "rest_client_requests_total",
			"SQL statements": "tally_operator_sql_statements_total",
			"program passes": "tally_operator_pass_sql_statements",
		} {
			if _, ok := f[name]; ok {
				m[key] = f.total(name)
			}
		}
		return m
	}
	b, a := totals(before), totals(after)
	var out []string
	for _, k := range sortedKeys(a) {
		out = append(out, fmt.Sprintf("%.0f %s", a[k]-b[k], k))
	}
	return out
}

// apiserverSummary reads the API server's metrics and returns its requests by verb and
// resource, with the time it spent on them, most time first.
func apiserverSummary(ctx context.Context, cfg *rest.Config) []string {
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return nil
	}
	var contentType string
	raw, err := cs.Discovery().RESTClient().Get().AbsPath("/metrics").SetHeader("Accept", scrapeAccept).
		Do(ctx).ContentType(&contentType).Raw()
	if err != nil {
		return []string{"metrics: " + err.Error()}
	}
	f, err := decodeMetrics(bytes.NewReader(raw), contentType)
	if err != nil {
		return []string{"metrics: " + err.Error()}
	}
	by := observed{}
	for _, m := range f["apiserver_request_duration_seconds"].GetMetric() {
		if label(m, "verb") == "WATCH" {
			continue
		}
		key := label(m, "verb") + " " + label(m, "resource")
		if sub := label(m, "subresource"); sub != "" {
			key += "/" + sub
		}
		by.add(key, m)
	}
	keys := sortedKeys(by)
	sort.SliceStable(keys, func(i, j int) bool { return by[keys[i]].sum > by[keys[j]].sum })
	var out []string
	for _, k := range keys {
		if a := by[k]; a.sum >= 0.5 {
			out = append(out, fmt.Sprintf("%-44s %6.0f requests, %6.1f s in all, %5.1f ms each", k, a.count, a.sum, 1000*a.sum/a.count))
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
