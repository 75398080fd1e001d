package export

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	delivered, failures, deadLetters *prometheus.CounterVec
	failing, lag, lastDelivered      *prometheus.GaugeVec
	leader                           prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	sink := []string{"sink"}
	m := &metrics{
		delivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tally_export_delivered_total", Help: "Changes (and replayed dead letters) a sink accepted.",
		}, sink),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tally_export_failures_total", Help: "Requests to a sink that failed (an error, a timeout or a status other than 2xx).",
		}, sink),
		deadLetters: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tally_export_dead_letters_total", Help: "Changes given up on after the sink's retry limit.",
		}, sink),
		failing: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tally_export_failing", Help: "1 while a sink's last request failed.",
		}, sink),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tally_export_lag_seconds", Help: "Age of the oldest change a sink has not accepted yet; 0 when it is caught up.",
		}, sink),
		lastDelivered: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tally_export_last_delivered_timestamp_seconds", Help: "When a sink last accepted a batch.",
		}, sink),
		leader: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "tally_export_leader", Help: "1 in the one ledger process that holds the program's export lease.",
		}),
	}
	for _, c := range []prometheus.Collector{m.delivered, m.failures, m.deadLetters, m.failing, m.lag, m.lastDelivered, m.leader} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
