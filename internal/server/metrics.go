package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tally-operator/tally/internal/ledger"
)

type metrics struct {
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	batchSize  prometheus.Histogram
	batchTime  prometheus.Histogram
	failures   prometheus.Counter
	points     *prometheus.CounterVec
	liability  prometheus.Gauge
	ruleset    *prometheus.GaugeVec
	rulesetSet string
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tally_ledger_requests_total", Help: "API requests by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "tally_ledger_request_duration_seconds", Help: "API request latency by route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"route"}),
		batchSize: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "tally_ledger_commit_batch_size", Help: "Operations per group commit.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 12),
		}),
		batchTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "tally_ledger_commit_duration_seconds", Help: "Time to write one group commit.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1},
		}),
		// A group commit that fails fails every request in it: the alert on this counter
		// (config/prometheus) pages while the ledger cannot write.
		failures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tally_ledger_commit_failures_total", Help: "Group commits whose transaction failed (every operation in it failed with it).",
		}),
		points: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tally_ledger_points_total", Help: "Points moved through this ledger's API, by what moved them: issued, redeemed, adjusted, reversed (expiries are the expire job's: its log and GET /v1/reports/daily).",
		}, []string{"kind"}),
		liability: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "tally_ledger_liability_points", Help: "Points outstanding (available and held), as last read.",
		}),
		ruleset: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tally_ledger_ruleset_info", Help: "The active rule set version (value 1).",
		}, []string{"version"}),
	}
	reg.MustRegister(m.requests, m.latency, m.batchSize, m.batchTime, m.failures, m.points, m.liability, m.ruleset)
	return m
}

func (m *metrics) observeCommit(size int, took time.Duration, err error) {
	m.batchSize.Observe(float64(size))
	m.batchTime.Observe(took.Seconds())
	if err != nil {
		m.failures.Inc()
	}
}

func (m *metrics) observeEarned(results []ledger.Result) {
	var issued, penalties int64
	for _, r := range results {
		if r.Err != nil || r.Replayed || r.Earned == nil {
			continue
		}
		for _, a := range r.Earned.Awards {
			if a.Points > 0 {
				issued += a.Points
			} else {
				penalties -= a.Points
			}
		}
	}
	m.points.WithLabelValues("issued").Add(float64(issued))
	m.points.WithLabelValues("adjusted").Add(float64(penalties))
}

func (m *metrics) setRuleset(version string) {
	if m.rulesetSet != "" {
		m.ruleset.DeleteLabelValues(m.rulesetSet)
	}
	m.ruleset.WithLabelValues(version).Set(1)
	m.rulesetSet = version
}

// instrument counts and times the requests of one route.
func (m *metrics) instrument(route string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		h(rec, r)
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
		m.requests.WithLabelValues(route, strconv.Itoa(rec.status)).Inc()
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}
