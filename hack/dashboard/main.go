// Command dashboard draws docs/images/dashboard.svg: the panels of the Grafana dashboard
// (config/grafana/tally-dashboard.json) over a real run, since Grafana itself is not something
// this repository can run. It starts a private PostgreSQL and a ledger in this process (the
// coffee sample's rule set, two export sinks), drives a minute of purchases, behaviour events,
// balance reads, redemptions and a few bad requests at it, scrapes its /metrics every 2 s into
// an in-memory series store with the labels the PodMonitor gives ledger pods, and evaluates
// each panel's queries over the run with Prometheus's own PromQL engine. What the run does to
// be worth drawing, it really does: one sink refuses everything for a while, and PostgreSQL
// ends the ledger's sessions once (as a failover would), which fails the commits in flight.
//
//	go run ./hack/dashboard
//	go run ./hack/dashboard -duration 20s -out /tmp/dashboard.svg
//
// Panels of the operator's and of kube-state-metrics' series have no data in such a run and
// say so; nothing is made up for them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql"

	"github.com/tally-operator/tally/config/monitoring"
	"github.com/tally-operator/tally/internal/export"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/server"
	"github.com/tally-operator/tally/internal/testenv"
)

const (
	namespace = "brew-coffee"
	program   = "rewards"
	schema    = "rewards"
	// scrapeEvery is the run's scrape interval; rateInterval is what Grafana makes of
	// $__rate_interval for it (four scrape intervals, a little more).
	scrapeEvery  = 2 * time.Second
	rateInterval = "10s"
	members      = 5000
	funded       = 500 // members funded beforehand, who redeem
)

func main() {
	duration := flag.Duration("duration", 60*time.Second, "how long to drive the ledger")
	workers := flag.Int("workers", 8, "requests in flight")
	out := flag.String("out", filepath.Join(testenv.RepoRoot(), "docs", "images", "dashboard.svg"), "SVG to write")
	flag.Parse()
	if err := run(*duration, *workers, *out); err != nil {
		fmt.Fprintln(os.Stderr, "dashboard:", err)
		os.Exit(1)
	}
}

func run(duration time.Duration, workers int, out string) error {
	root := testenv.RepoRoot()
	dash, err := monitoring.LoadDashboard(filepath.Join(root, monitoring.DashboardFile))
	if err != nil {
		return err
	}
	pg, err := testenv.StartPostgres()
	if err != nil {
		return err
	}
	defer func() { _ = pg.Stop() }()
	ctx := context.Background()
	// The DSN carries a query already (sslmode).
	pool, err := ledger.NewPool(ctx, pg.DSN+"&pool_max_conns=16")
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := prepare(ctx, pool, root); err != nil {
		return err
	}

	registry := prometheus.NewRegistry()
	srv, err := server.New(server.Config{Pool: pool, Schema: schema, Registry: registry, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return err
	}
	sinks, err := startSinks(duration)
	if err != nil {
		return err
	}
	defer sinks.close()
	d, err := export.NewDispatcher(pool, schema, export.Options{Source: "/tally/" + namespace + "/" + program, Sinks: sinks.sinks,
		Registerer: registry, Log: slog.New(slog.DiscardHandler),
		// Retries back off to 4 s at most rather than a minute, so that the refusing sink's
		// recovery shows within the run.
		MaxBackoff: 4 * time.Second})
	if err != nil {
		return err
	}
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	serveCtx, stopServing := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() {
		served <- srv.Run(serveCtx, &http.Server{Addr: addr, ReadHeaderTimeout: 10 * time.Second}, 5*time.Second)
	}()
	exported := make(chan struct{})
	go func() { _ = d.Run(serveCtx); close(exported) }()
	defer func() { stopServing(); <-served; <-exported }()
	base := "http://" + addr
	if err := waitReady(base); err != nil {
		return err
	}

	// The labels Prometheus gives a ledger pod's samples through the PodMonitor of
	// config/prometheus (config/monitoring's tests derive the same ones from it).
	target := labels.FromStrings("job", "tally-ledger", "namespace", namespace, "program", program,
		"pod", program+"-ledger-5d9c7b6f4-x2k8q", "container", "ledger", "endpoint", "metrics", "instance", addr)
	store := monitoring.NewStorage()
	start := time.Now()
	scrape := func() {
		at := time.Now()
		fams, err := monitoring.Scrape(ctx, nil, base+"/metrics", "")
		if err != nil {
			store.AddFailedScrape(target, at)
			return
		}
		store.AddScrape(target, false, at, fams)
	}
	scrape()
	load := &driver{base: base, client: &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: workers}},
		byStatus: map[int]int64{}}
	loadCtx, stopLoad := context.WithTimeout(ctx, duration)
	defer stopLoad()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { load.work(loadCtx, w) })
	}
	wg.Go(func() { load.finance(loadCtx) })
	wg.Go(func() { hiccup(loadCtx, pg.DSN, start.Add(duration*6/10)) })
	tick := time.NewTicker(scrapeEvery)
	for loadCtx.Err() == nil {
		select {
		case <-tick.C:
			scrape()
		case <-loadCtx.Done():
		}
	}
	tick.Stop()
	wg.Wait()
	scrape()
	end := time.Now()
	fmt.Fprintf(os.Stderr, "%.0fs of load: %d requests by status %v; export: crm took %d batches, warehouse %d (refused %d)\n",
		end.Sub(start).Seconds(), load.total.Load(), load.statuses(), sinks.crm.Load(), sinks.warehouse.Load(), sinks.refused.Load())

	panels, err := evaluate(ctx, dash, store, start, end)
	if err != nil {
		return err
	}
	caption := fmt.Sprintf("%.0f s of load on one ledger (coffee sample, %d workers, PostgreSQL on the same 2-core machine): %d requests; "+
		"export sink \"warehouse\" refuses everything from %.0f s to %.0f s, and PostgreSQL ends the ledger's sessions at %.0f s.",
		duration.Seconds(), workers, load.total.Load(), sinks.refuseFrom.Seconds(), sinks.refuseUntil.Seconds(), (duration * 6 / 10).Seconds())
	svg := render(dash, panels, start, end, caption)
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, svg, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d panels)\n", out, len(panels))
	return nil
}

// prepare migrates the schema, publishes the coffee sample's rule set and funds the members
// who redeem, as a program that has run a while would have them.
func prepare(ctx context.Context, pool *pgxpool.Pool, root string) error {
	if _, err := ledger.Migrate(ctx, pool, schema); err != nil {
		return err
	}
	in, err := manifests.ReadDir(filepath.Join(root, "config", "samples", "coffee"), namespace)
	if err != nil {
		return err
	}
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		return fmt.Errorf("the coffee sample does not compile: %v", errs)
	}
	l, err := ledger.New(pool, schema, ledger.Options{})
	if err != nil {
		return err
	}
	if err := l.Publish(ctx, rs); err != nil {
		return err
	}
	var ops []ledger.Op
	for n := range funded {
		ops = append(ops, ledger.Credit{Key: fmt.Sprintf("fund-m-%d", n), Member: fmt.Sprintf("m-%d", n), Reason: "funds for the dashboard's run",
			Adjustment: true, Awards: []ledger.Award{{Rule: "funds", Points: 30000}}})
	}
	results, err := l.Post(ctx, ops)
	if err != nil {
		return err
	}
	for _, r := range results {
		if r.Err != nil {
			return r.Err
		}
	}
	return nil
}

// panelData is one panel's evaluated queries.
type panelData struct {
	panel  monitoring.Panel
	series []series
	// missing says why a panel without series has none: the source of its metrics.
	missing string
}

type series struct {
	name   string
	points []promql.FPoint
}

// evaluate runs every panel's queries over [start, end] as Grafana would over that range,
// with the dashboard's variables at All.
func evaluate(ctx context.Context, dash *monitoring.Dashboard, store *monitoring.Storage, start, end time.Time) ([]panelData, error) {
	engine := monitoring.NewEngine()
	var out []panelData
	for _, p := range dash.Graphs() {
		pd := panelData{panel: p}
		for _, tg := range p.Targets {
			expr := monitoring.PromQL(tg.Expr, rateInterval)
			q, err := engine.NewRangeQuery(ctx, store, nil, expr, start, end, scrapeEvery)
			if err != nil {
				return nil, fmt.Errorf("panel %q: %w", p.Title, err)
			}
			res := q.Exec(ctx)
			if res.Err != nil {
				q.Close()
				return nil, fmt.Errorf("panel %q: %w", p.Title, res.Err)
			}
			m, err := res.Matrix()
			if err != nil {
				q.Close()
				return nil, fmt.Errorf("panel %q: %w", p.Title, err)
			}
			// Close gives the points back to the engine's pool: keep copies.
			for _, s := range m {
				pd.series = append(pd.series, series{name: legend(tg.LegendFormat, s.Metric), points: slices.Clone(s.Floats)})
			}
			q.Close()
			if sels, err := monitoring.Selectors(expr); err == nil && pd.missing == "" {
				for _, s := range sels {
					switch {
					case strings.HasPrefix(s.Metric, "kube_"):
						pd.missing = "kube-state-metrics"
					case strings.HasPrefix(s.Metric, "tally_operator_"), strings.HasPrefix(s.Metric, "controller_runtime_"),
						strings.HasPrefix(s.Metric, "workqueue_"):
						pd.missing = "operator"
					}
				}
			}
		}
		sort.SliceStable(pd.series, func(i, j int) bool { return pd.series[i].name < pd.series[j].name })
		out = append(out, pd)
	}
	return out, nil
}

// legend fills a legendFormat's {{label}} references as Grafana does; an empty format names
// the series by its labels.
func legend(format string, metric labels.Labels) string {
	if format == "" {
		return metric.String()
	}
	var b strings.Builder
	for {
		i := strings.Index(format, "{{")
		if i < 0 {
			b.WriteString(format)
			break
		}
		j := strings.Index(format[i:], "}}")
		if j < 0 {
			b.WriteString(format)
			break
		}
		b.WriteString(format[:i])
		b.WriteString(metric.Get(strings.TrimSpace(format[i+2 : i+j])))
		format = format[i+j+2:]
	}
	return b.String()
}

// driver sends the load: a worker's requests are 70% purchases, 15% sign-ins and reviews, 9%
// balance reads, 5% redemptions of a free drink (by funded members, and now and then by one
// who cannot afford it) and 1% bodies that are not JSON.
type driver struct {
	base     string
	client   *http.Client
	total    atomic.Int64
	seq      atomic.Int64
	mu       sync.Mutex
	byStatus map[int]int64
}

func (d *driver) work(ctx context.Context, w int) {
	rnd := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), uint64(w)))
	for ctx.Err() == nil {
		n := d.seq.Add(1)
		member := fmt.Sprintf("m-%d", rnd.IntN(members))
		var method, path, body string
		switch k := rnd.IntN(100); {
		case k < 70:
			method, path = "POST", "/v1/events"
			body = fmt.Sprintf(`{"id":"e-%d","member":%q,"type":"purchase","amount":"%d.%02d"}`, n, member, 5+rnd.IntN(195), rnd.IntN(100))
		case k < 85:
			method, path = "POST", "/v1/events"
			body = fmt.Sprintf(`{"id":"e-%d","member":%q,"type":%q}`, n, member, []string{"sign_in", "review"}[rnd.IntN(2)])
		case k < 94:
			method, path = "GET", "/v1/members/"+member
		case k < 99:
			who := fmt.Sprintf("m-%d", rnd.IntN(funded))
			if rnd.IntN(10) == 0 {
				who = member // most of them cannot afford it: 422
			}
			method, path = "POST", "/v1/redemptions"
			body = fmt.Sprintf(`{"id":"r-%d","member":%q,"sku":"free-drink"}`, n, who)
		default:
			method, path, body = "POST", "/v1/events", `{"id": "broken`
		}
		d.do(ctx, method, path, body)
	}
}

// finance reads the liability report every 3 s, as a finance dashboard would: the gauge of
// the liability panel moves with those reads.
func (d *driver) finance(ctx context.Context) {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		d.do(ctx, "GET", "/v1/reports/liability", "")
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (d *driver) do(ctx context.Context, method, path, body string) {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, d.base+path, r)
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := d.client.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			d.count(0)
		}
		return
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	d.count(resp.StatusCode)
}

func (d *driver) count(status int) {
	d.total.Add(1)
	d.mu.Lock()
	d.byStatus[status]++
	d.mu.Unlock()
}

func (d *driver) statuses() map[int]int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := map[int]int64{}
	for k, v := range d.byStatus {
		out[k] = v
	}
	return out
}

// hiccup ends, at at, every session of the ledger's database but its own, as a failover or
// an administrator would: the commits in flight fail, and the pool connects again.
func hiccup(ctx context.Context, dsn string, at time.Time) {
	select {
	case <-ctx.Done():
		return
	case <-time.After(time.Until(at)):
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hiccup:", err)
		return
	}
	defer conn.Close(context.Background())
	var n int
	err = conn.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`).Scan(&n)
	if err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(os.Stderr, "hiccup:", err)
		return
	}
	fmt.Fprintf(os.Stderr, "ended %d sessions of the ledger's database\n", n)
}

// sinkSet is the run's two export receivers: crm takes everything; warehouse refuses
// everything (500) from 30% to 55% of the run, then takes everything again.
type sinkSet struct {
	sinks                   []export.Sink
	crm, warehouse, refused atomic.Int64
	close                   func()
	start                   time.Time
	refuseFrom, refuseUntil time.Duration
}

func startSinks(duration time.Duration) (*sinkSet, error) {
	s := &sinkSet{start: time.Now(), refuseFrom: duration * 3 / 10, refuseUntil: duration * 55 / 100}
	dir, err := os.MkdirTemp("", "tally-dashboard-")
	if err != nil {
		return nil, err
	}
	key := filepath.Join(dir, "key")
	if err := os.WriteFile(key, []byte("dashboard"), 0o600); err != nil {
		return nil, err
	}
	serve := func(h http.HandlerFunc) (string, *http.Server, error) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return "", nil, err
		}
		hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = hs.Serve(l) }()
		return "http://" + l.Addr().String() + "/events", hs, nil
	}
	crmURL, crm, err := serve(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		s.crm.Add(1)
		w.WriteHeader(http.StatusNoContent)
	})
	if err != nil {
		return nil, err
	}
	whURL, wh, err := serve(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		if t := time.Since(s.start); t >= s.refuseFrom && t < s.refuseUntil {
			s.refused.Add(1)
			http.Error(w, "warehouse loader down", http.StatusInternalServerError)
			return
		}
		s.warehouse.Add(1)
		w.WriteHeader(http.StatusNoContent)
	})
	if err != nil {
		return nil, err
	}
	s.sinks = []export.Sink{
		{Name: "crm", URL: crmURL, SigningKeyFile: key, BatchSize: 500},
		{Name: "warehouse", URL: whURL, SigningKeyFile: key, BatchSize: 500},
	}
	s.close = func() { _ = crm.Close(); _ = wh.Close(); _ = os.RemoveAll(dir) }
	return s, nil
}

func waitReady(base string) error {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("the ledger at %s was not ready within 20 s", base)
}

func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
