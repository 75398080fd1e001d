package controllers

import (
	"context"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus"
	"k8s.io/apimachinery/pkg/types"
	"sigs.k8s.io/controller-runtime/pkg/metrics"
)

// The SQL statements the operator sends, counted by a tracer on each of its connections:
// what a pass over a program costs its database server. A steady pass (nothing changed since
// the last) sends one, reading the active rule set's version; provisioning and publishing
// send more.
var (
	statements = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "tally_operator_sql_statements_total",
		Help: "SQL statements the operator sent to programs' PostgreSQL servers (BEGIN and COMMIT included).",
	})
	passStatements = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "tally_operator_pass_sql_statements",
		Help:    "SQL statements of one pass over a program.",
		Buckets: []float64{0, 1, 2, 3, 5, 10, 20, 50, 100, 200},
	})
)

// programReady is each program's Ready condition as a series, for alerts on a program that is
// not serving its rules (the PrometheusRule in config/prometheus). It goes with the program.
var programReady = prometheus.NewGaugeVec(prometheus.GaugeOpts{
	Name: "tally_operator_program_ready",
	Help: "1 while a PointsProgram's Ready condition is True, 0 otherwise; labelled with the condition's reason.",
}, []string{"namespace", "program", "reason"})

func init() { metrics.Registry.MustRegister(statements, passStatements, programReady) }

// reportReady sets program's series to its Ready condition, replacing the one of another reason.
func reportReady(program types.NamespacedName, ready bool, reason string) {
	programReady.DeletePartialMatch(prometheus.Labels{"namespace": program.Namespace, "program": program.Name})
	v := 0.0
	if ready {
		v = 1
	}
	programReady.WithLabelValues(program.Namespace, program.Name, reason).Set(v)
}

// forgetReady removes a deleted program's series.
func forgetReady(program types.NamespacedName) {
	programReady.DeletePartialMatch(prometheus.Labels{"namespace": program.Namespace, "program": program.Name})
}

// statementCounter is a pgx tracer that counts every statement, and the statements of the
// pass its context carries (withStatementCount).
type statementCounter struct{}

type passCountKey struct{}

func (statementCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	statements.Inc()
	if n, ok := ctx.Value(passCountKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
	return ctx
}

func (statementCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// withStatementCount returns a context whose statements are counted in n.
func withStatementCount(ctx context.Context, n *atomic.Int64) context.Context {
	return context.WithValue(ctx, passCountKey{}, n)
}

// passObserver, when set (by tests), is told each pass's statements.
var passObserver atomic.Pointer[func(types.NamespacedName, int64)]

// observePass records the statements of a pass over program.
func observePass(program types.NamespacedName, n int64) {
	passStatements.Observe(float64(n))
	if f := passObserver.Load(); f != nil {
		(*f)(program, n)
	}
}
