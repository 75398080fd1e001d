package monitoring

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/value"
	"github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
	"github.com/prometheus/prometheus/tsdb/chunks"
	"github.com/prometheus/prometheus/util/annotations"
)

// Scrape gets url's metrics as Prometheus does (text exposition format) and parses them.
// client, when not nil, carries what the scrape needs (TLS, a bearer token).
func Scrape(ctx context.Context, client *http.Client, url, bearer string) (map[string]*dto.MetricFamily, error) {
	if client == nil {
		client = http.DefaultClient
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/plain;version=0.0.4")
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, fmt.Errorf("GET %s: %s: %s", url, resp.Status, body)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	return p.TextToMetricFamilies(resp.Body)
}

// Storage is an in-memory series store with what the PromQL engine reads from a Prometheus
// TSDB: float samples by series, found by label matchers. A run of a minute or two fits;
// nothing is ever compacted or dropped.
type Storage struct {
	mu     sync.RWMutex
	series map[string]*memSeries
	// last holds, per target, the series of its last scrape, to mark those that vanish stale
	// as Prometheus does.
	last map[string]map[string]bool
}

type memSeries struct {
	lset    labels.Labels
	samples []sample
}

// NewStorage returns an empty store.
func NewStorage() *Storage {
	return &Storage{series: map[string]*memSeries{}, last: map[string]map[string]bool{}}
}

// Add appends one sample; samples of a series must come in time order.
func (s *Storage) Add(lset labels.Labels, t time.Time, v float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.add(lset, t.UnixMilli(), v)
}

func (s *Storage) add(lset labels.Labels, t int64, v float64) string {
	key := lset.String()
	ser := s.series[key]
	if ser == nil {
		ser = &memSeries{lset: lset}
		s.series[key] = ser
	}
	if n := len(ser.samples); n > 0 && ser.samples[n-1].t >= t {
		return key
	}
	ser.samples = append(ser.samples, sample{t: t, f: v})
	return key
}

// AddScrape stores one scrape of a target, as Prometheus would: each sample gets the target's
// labels (job, instance, and whatever the ServiceMonitor or PodMonitor adds), with a scraped
// label of the same name kept as exported_<name>, or, with honorLabels, winning; histograms
// and summaries become their _bucket, _sum and _count series; "up" is 1; a series the target
// exported before and not now is marked stale.
func (s *Storage) AddScrape(target labels.Labels, honorLabels bool, t time.Time, families map[string]*dto.MetricFamily) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ts := t.UnixMilli()
	seen := map[string]bool{}
	emit := func(name string, metric *dto.Metric, extra []string, v float64) {
		b := labels.NewBuilder(target)
		b.Set(labels.MetricName, name)
		scraped := map[string]string{}
		for _, lp := range metric.GetLabel() {
			scraped[lp.GetName()] = lp.GetValue()
		}
		for i := 0; i+1 < len(extra); i += 2 {
			scraped[extra[i]] = extra[i+1]
		}
		for k, val := range scraped {
			if tv := target.Get(k); tv != "" && !honorLabels {
				b.Set("exported_"+k, val)
				continue
			}
			b.Set(k, val)
		}
		seen[s.add(b.Labels(), ts, v)] = true
	}
	for name, mf := range families {
		for _, m := range mf.GetMetric() {
			switch mf.GetType() {
			case dto.MetricType_COUNTER:
				emit(name, m, nil, m.GetCounter().GetValue())
			case dto.MetricType_GAUGE:
				emit(name, m, nil, m.GetGauge().GetValue())
			case dto.MetricType_UNTYPED:
				emit(name, m, nil, m.GetUntyped().GetValue())
			case dto.MetricType_HISTOGRAM, dto.MetricType_GAUGE_HISTOGRAM:
				h := m.GetHistogram()
				inf := false
				for _, bk := range h.GetBucket() {
					inf = inf || math.IsInf(bk.GetUpperBound(), 1)
					emit(name+"_bucket", m, []string{"le", formatLe(bk.GetUpperBound())}, float64(bk.GetCumulativeCount()))
				}
				if !inf {
					emit(name+"_bucket", m, []string{"le", "+Inf"}, float64(h.GetSampleCount()))
				}
				emit(name+"_sum", m, nil, h.GetSampleSum())
				emit(name+"_count", m, nil, float64(h.GetSampleCount()))
			case dto.MetricType_SUMMARY:
				sm := m.GetSummary()
				for _, q := range sm.GetQuantile() {
					emit(name, m, []string{"quantile", formatLe(q.GetQuantile())}, q.GetValue())
				}
				emit(name+"_sum", m, nil, sm.GetSampleSum())
				emit(name+"_count", m, nil, float64(sm.GetSampleCount()))
			}
		}
	}
	up := labels.NewBuilder(target).Set(labels.MetricName, "up").Labels()
	seen[s.add(up, ts, 1)] = true
	s.stale(target, ts, seen)
}

// AddFailedScrape records a scrape that failed: up is 0 and the target's series go stale.
func (s *Storage) AddFailedScrape(target labels.Labels, t time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ts := t.UnixMilli()
	up := labels.NewBuilder(target).Set(labels.MetricName, "up").Labels()
	s.stale(target, ts, map[string]bool{s.add(up, ts, 0): true})
}

func (s *Storage) stale(target labels.Labels, ts int64, seen map[string]bool) {
	key := target.String()
	for k := range s.last[key] {
		if !seen[k] {
			s.add(s.series[k].lset, ts, math.Float64frombits(value.StaleNaN))
		}
	}
	s.last[key] = seen
}

func formatLe(v float64) string {
	if math.IsInf(v, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// Querier implements storage.Queryable.
func (s *Storage) Querier(mint, maxt int64) (storage.Querier, error) {
	return &querier{s: s, mint: mint, maxt: maxt}, nil
}

type querier struct {
	s          *Storage
	mint, maxt int64
}

func (q *querier) matching(ms []*labels.Matcher) []*memSeries {
	var out []*memSeries
	for _, ser := range q.s.series {
		ok := true
		for _, m := range ms {
			if !m.Matches(ser.lset.Get(m.Name)) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, ser)
		}
	}
	sort.Slice(out, func(i, j int) bool { return labels.Compare(out[i].lset, out[j].lset) < 0 })
	return out
}

func (q *querier) Select(_ context.Context, _ bool, _ *storage.SelectHints, ms ...*labels.Matcher) storage.SeriesSet {
	q.s.mu.RLock()
	defer q.s.mu.RUnlock()
	set := &seriesSet{i: -1}
	for _, ser := range q.matching(ms) {
		var in []chunks.Sample
		for _, smp := range ser.samples {
			if smp.t >= q.mint && smp.t <= q.maxt {
				in = append(in, smp)
			}
		}
		if len(in) > 0 {
			set.series = append(set.series, storage.NewListSeries(ser.lset, in))
		}
	}
	return set
}

func (q *querier) LabelValues(_ context.Context, name string, _ *storage.LabelHints, ms ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	q.s.mu.RLock()
	defer q.s.mu.RUnlock()
	var out []string
	for _, ser := range q.matching(ms) {
		if v := ser.lset.Get(name); v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out, nil, nil
}

func (q *querier) LabelNames(_ context.Context, _ *storage.LabelHints, ms ...*labels.Matcher) ([]string, annotations.Annotations, error) {
	q.s.mu.RLock()
	defer q.s.mu.RUnlock()
	var out []string
	for _, ser := range q.matching(ms) {
		ser.lset.Range(func(l labels.Label) {
			if !slices.Contains(out, l.Name) {
				out = append(out, l.Name)
			}
		})
	}
	sort.Strings(out)
	return out, nil, nil
}

func (q *querier) Close() error { return nil }

type seriesSet struct {
	series []storage.Series
	i      int
}

func (s *seriesSet) Next() bool                        { s.i++; return s.i < len(s.series) }
func (s *seriesSet) At() storage.Series                { return s.series[s.i] }
func (s *seriesSet) Err() error                        { return nil }
func (s *seriesSet) Warnings() annotations.Annotations { return nil }

// sample is a float sample, the only kind the text exposition format carries.
type sample struct {
	t int64
	f float64
}

func (s sample) T() int64                      { return s.t }
func (s sample) ST() int64                     { return 0 }
func (s sample) F() float64                    { return s.f }
func (s sample) H() *histogram.Histogram       { return nil }
func (s sample) FH() *histogram.FloatHistogram { return nil }
func (s sample) Type() chunkenc.ValueType      { return chunkenc.ValFloat }
func (s sample) Copy() chunks.Sample           { return s }

// NewEngine returns a PromQL engine set as Prometheus sets its own by default (five minutes
// of lookback, the @ modifier and negative offsets allowed).
func NewEngine() *promql.Engine {
	return promql.NewEngine(promql.EngineOpts{
		MaxSamples:           50_000_000,
		Timeout:              time.Minute,
		LookbackDelta:        5 * time.Minute,
		EnableAtModifier:     true,
		EnableNegativeOffset: true,
		Parser:               Parser,
		NoStepSubqueryIntervalFn: func(int64) int64 {
			return (time.Minute).Milliseconds()
		},
	})
}
