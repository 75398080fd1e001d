// Command loadgen drives a ledger API with a realistic mix of requests and prints throughput
// and latency. With -local it first starts everything on this machine: a private PostgreSQL
// (synchronous_commit on), the coffee sample's rule set, and `tally ledger serve` in this
// process on loopback.
//
//	go run ./hack/loadgen -local -members 1000000 -duration 60s -batch 100
//	go run ./hack/loadgen -local -members 1000000 -duration 60s -batch 1 -concurrency 64
//	go run ./hack/loadgen -url http://127.0.0.1:8080 -token "$TOKEN" ...
//
// The mix is 70% purchases, 15% behaviour events (sign-in, review), 10% balance reads and 5%
// redemptions of a free drink. The sample's rules read members' profiles (segments, birthday)
// and the activity counters the ledger keeps (streaks, counts), so every event pays for both.
// With -local and -seed (the default), the members exist before the run, each with a profile,
// and the first 10,000 hold 30,000 points each, and they are the ones who redeem;
// otherwise members without 300 points are refused, which counts as a refusal, not an
// error. With -batch N, purchases and behaviour events go N to a request.
package main

import (
	"bytes"
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
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/export"
	"github.com/tally-operator/tally/internal/server"
)

type kind int

const (
	purchase kind = iota
	behaviour
	read
	redeem
	kinds
)

var kindNames = [kinds]string{"purchase", "behaviour", "balance read", "redemption"}

type stats struct {
	mu        sync.Mutex
	latencies [kinds][]time.Duration // per request
	events    [kinds]int64           // events (or reads) done
	refused   [kinds]int64
	errors    map[int]int64
	// start and window cut the run into windows, by when each request ended; windows holds
	// the purchases of each: whether throughput holds from the first window to the last.
	start   time.Time
	window  time.Duration
	windows []windowStats
}

type windowStats struct {
	events    int64
	latencies []time.Duration
}

func (s *stats) add(k kind, took time.Duration, events int, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case status >= 200 && status < 300:
		s.latencies[k] = append(s.latencies[k], took)
		s.events[k] += int64(events)
		if k == purchase && s.window > 0 {
			i := int(time.Since(s.start) / s.window)
			for len(s.windows) <= i {
				s.windows = append(s.windows, windowStats{})
			}
			s.windows[i].events += int64(events)
			s.windows[i].latencies = append(s.windows[i].latencies, took)
		}
	case status == 422 || status == 409 || status == 404 && k == read:
		s.latencies[k] = append(s.latencies[k], took)
		s.refused[k]++
	default:
		s.errors[status]++
	}
}

func main() {
	url := flag.String("url", "", "ledger API to drive (with -local: started here)")
	token := flag.String("token", os.Getenv("TALLY_TOKEN"), "bearer token")
	local := flag.Bool("local", false, "start PostgreSQL and the ledger on this machine first")
	members := flag.Int("members", 100000, "members to spread events over")
	duration := flag.Duration("duration", 30*time.Second, "how long to run")
	concurrency := flag.Int("concurrency", 32, "requests in flight")
	batch := flag.Int("batch", 1, "events per request (1: one event per request)")
	databaseURL := flag.String("database-url", "", "with -local: use this PostgreSQL (its schema coffee is dropped first) instead of starting one")
	seed := flag.Bool("seed", true, "with -local: create the members before the run, so that events find them, as in a program that has its members")
	shards := flag.Int("shards", 0, "with -local: the server's group-commit writers (0: its default)")
	commitDelay := flag.Duration("commit-delay", 0, "with -local: how long a commit waits for more operations")
	pgSet := flag.String("pg-set", "", "with -local: server settings to apply first, as name=value,name=value (reloadable ones)")
	pgStatements := flag.Bool("pg-statements", false, "with -local: load pg_stat_statements and print where the server's time went")
	exportTo := flag.String("export", "", "with -local: export every change as a CloudEvent to a sink here: healthy (a receiver in this process that takes everything) or dead (a port nothing listens on)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of this process (with -local: the server too) to this file")
	window := flag.Duration("window", 10*time.Second, "print purchases/s and p99 for each window of the run this long, to see whether throughput holds")
	anchor := flag.Bool("anchor", false, "first run pgbench TPC-B (hack/pgbench-anchor.sh) and report purchases/s as a multiple of its tps")
	historyLen := flag.String("history", "", "with -local: first seed this much history (12mo, or days: 10d) ending at the start of this week, through the ledger's write path; cached for the next run")
	historyWorkers := flag.Int("history-workers", 4, "with -history: goroutines that write the history")
	historyCache := flag.Bool("history-cache", true, "with -history: take the history from the cache ($TALLY_CACHE/history, ~/.cache/tally/history) when a run with the same key seeded it, and keep it there")
	storage := flag.Bool("storage", false, "with -local: print the ledger's bytes on disk per posting and per event at the end")
	clearing := flag.Bool("clearing", false, "with -local -history: instead of the load run, run the yearly clearing of the history's points under one-event requests (-concurrency) and print its time and their latency")
	review := flag.Bool("review", false, "with -local -history: instead of the load run, run the tier review at which every tier is due, under one-event requests, and print its time and their latency")
	around := flag.Duration("around", 30*time.Second, "with -clearing or -review: how long the requests run before the job and after it")
	nightBefore := flag.Bool("night-before", true, "with -clearing: first run the expiry job of the night before, unmeasured, as production would (it announces the year's expiring points)")
	jobBatch := flag.Int("job-batch", 0, "with -clearing or -review: the jobs' members per transaction (--batch-size; 0: the jobs' default)")
	jobWorkers := flag.Int("job-workers", 0, "with -clearing: the expiry's batches at once (--workers; 0: the job's default)")
	flag.Parse()

	tps := 0.0
	if *anchor {
		var err error
		if tps, err = pgbenchAnchor(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}

	if *local {
		if *databaseURL == "" {
			// The server started here is sized for the ledger's write rate, as docs/operator.md
			// recommends a LedgerDatabase's server be; TALLY_PG_CONF comes after, and wins.
			if err := useLedgerSettings(); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		if *pgStatements {
			os.Setenv("TALLY_PG_CONF", os.Getenv("TALLY_PG_CONF")+"\nshared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track_planning = on\n")
		}
		ctx := context.Background()
		l, err := prepareLocal(ctx, localOptions{dsn: *databaseURL, settings: *pgSet, members: *members, seed: *seed,
			history: *historyLen, historyWorkers: *historyWorkers, historyCache: *historyCache})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer l.close()
		// The server here runs in this process: it gets the garbage collector that tally
		// ledger serve sets, and so does the load generator.
		server.TuneGC(0)
		if *clearing || *review {
			err := yearEnd(ctx, l, yearEndOptions{clearing: *clearing, review: *review, members: *members, concurrency: *concurrency,
				around: *around, window: *window, shards: *shards, commitDelay: *commitDelay, batch: *jobBatch, workers: *jobWorkers, nightBefore: *nightBefore})
			if err == nil && *storage {
				err = printStorage(ctx, os.Stdout, l.pool, schema)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				l.close()
				os.Exit(1)
			}
			return
		}
		if *seed {
			if err := l.fund(ctx, *members); err != nil {
				fmt.Fprintln(os.Stderr, err)
				l.close()
				os.Exit(1)
			}
		}
		u, stop, statements, err := l.serve(ctx, *shards, *commitDelay, *exportTo, nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			l.close()
			os.Exit(1)
		}
		defer stop()
		if *storage {
			defer func() {
				if err := printStorage(ctx, os.Stdout, l.pool, schema); err != nil {
					fmt.Fprintln(os.Stderr, "storage:", err)
				}
			}()
		}
		*url = u
		if *pgStatements {
			defer statements()
		}
	}
	if *url == "" {
		fmt.Fprintln(os.Stderr, "give -url or -local")
		os.Exit(2)
	}
	st := &stats{errors: map[int]int64{}, window: *window}
	var seq atomic.Int64
	ctx, cancel := context.WithTimeout(context.Background(), *duration)
	defer cancel()
	deadline, _ := ctx.Deadline()
	run := time.Now().UnixNano()
	var wg sync.WaitGroup
	start := time.Now()
	st.start = start
	for w := range *concurrency {
		c, err := newClient(*url, *token, deadline)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		wg.Go(func() {
			defer c.close()
			rnd := rand.New(rand.NewPCG(uint64(run), uint64(w)))
			var body, path []byte
			for ctx.Err() == nil {
				k := pick(rnd)
				method, n := "POST", 1
				body = body[:0]
				switch k {
				case purchase, behaviour:
					path, n = append(path[:0], "/v1/events"...), *batch
					if n > 1 {
						body = append(body, `{"events":[`...)
					}
					for i := range n {
						if i > 0 {
							body = append(body, ',')
						}
						if k == purchase {
							body = appendEvent(body, run, seq.Add(1), rnd.IntN(*members), "purchase", 500+rnd.IntN(20000))
						} else {
							body = appendEvent(body, run, seq.Add(1), rnd.IntN(*members), []string{"sign_in", "review"}[rnd.IntN(2)], 0)
						}
					}
					if n > 1 {
						body = append(body, "]}"...)
					}
				case read:
					method, path = "GET", appendMember(append(path[:0], "/v1/members/"...), rnd.IntN(*members))
				case redeem:
					// With -seed, the funded members redeem; others would only be refused.
					who := rnd.IntN(*members)
					if *seed && *local {
						who = rnd.IntN(min(*members, fundedMembers))
					}
					path = append(path[:0], "/v1/redemptions"...)
					body = appendRedemption(body, run, seq.Add(1), who, "free-drink")
				}
				var payload []byte
				if method == "POST" {
					payload = body
				}
				reqStart := time.Now()
				status, err := c.do(method, string(path), payload)
				took := time.Since(reqStart)
				// The connection's deadline is the run's end, which may pass before ctx says so.
				if ctx.Err() != nil || errors.Is(err, os.ErrDeadlineExceeded) {
					return
				}
				st.add(k, took, n, status)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	report(st, elapsed, *members, *concurrency, *batch)
	reportWindows(os.Stdout, st, elapsed)
	if tps > 0 {
		fmt.Printf("purchases/s beside pgbench TPC-B (%.0f tps, same run): %.2fx\n", tps, float64(st.events[purchase])/elapsed.Seconds()/tps)
	}
	printCommits(*url, elapsed)
	if exportReport != nil {
		exportReport(elapsed)
	}
}

// exportReport, with -export, prints what the sink took during the run.
var exportReport func(elapsed time.Duration)

// printCommits prints the server's group commits over the run, from its metrics: how many
// operations a transaction carried and how long it took to write.
func printCommits(url string, elapsed time.Duration) {
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	value := func(name string) float64 {
		for line := range strings.Lines(string(raw)) {
			if v, ok := strings.CutPrefix(line, name+" "); ok {
				var f float64
				fmt.Sscan(v, &f)
				return f
			}
		}
		return 0
	}
	commits := value("tally_ledger_commit_batch_size_count")
	if commits == 0 {
		return
	}
	fmt.Printf("\n%.0f commits/s, %.1f operations and %.1f ms each on average\n", commits/elapsed.Seconds(),
		value("tally_ledger_commit_batch_size_sum")/commits, 1000*value("tally_ledger_commit_duration_seconds_sum")/commits)
}

// pick draws a request kind: 70% purchases, 15% behaviour, 10% reads, 5% redemptions.
func pick(r *rand.Rand) kind {
	switch n := r.IntN(100); {
	case n < 70:
		return purchase
	case n < 85:
		return behaviour
	case n < 95:
		return read
	}
	return redeem
}

func report(st *stats, elapsed time.Duration, members, concurrency, batch int) {
	fmt.Printf("%d members, %d requests in flight, %d events per request, %.1fs\n", members, concurrency, batch, elapsed.Seconds())
	fmt.Printf("%-13s %12s %12s %10s %9s %9s %9s\n", "kind", "events/s", "requests/s", "refused", "p50 ms", "p99 ms", "max ms")
	for k := range kinds {
		l := st.latencies[k]
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		q := func(p float64) float64 {
			if len(l) == 0 {
				return 0
			}
			return float64(l[min(int(p*float64(len(l))), len(l)-1)].Microseconds()) / 1000
		}
		fmt.Printf("%-13s %12.0f %12.0f %10d %9.1f %9.1f %9.1f\n", kindNames[k], float64(st.events[k])/elapsed.Seconds(),
			float64(len(l))/elapsed.Seconds(), st.refused[k], q(0.5), q(0.99), q(1))
	}
	if len(st.errors) > 0 {
		fmt.Printf("errors by status (0: transport): %v\n", st.errors)
	}
}

// printStatements prints the statements that took most of the server's time, with the
// blocks each read from outside shared buffers and the full-page images and bytes of WAL it
// wrote: on a ledger larger than its buffers, the pages a write touches at random cost more
// than its statements' work.
func printStatements(ctx context.Context, pool *pgxpool.Pool) {
	rows, err := pool.Query(ctx, `
		SELECT round(total_exec_time)::bigint, round(total_plan_time)::bigint, calls, rows,
		       shared_blks_read, wal_fpi, (wal_bytes / 1e6)::bigint, regexp_replace(left(query, 100), '\s+', ' ', 'g')
		FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 15`)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pg_stat_statements:", err)
		return
	}
	defer rows.Close()
	fmt.Printf("\n%9s %9s %8s %10s %10s %9s %7s  %s\n", "run ms", "plan ms", "calls", "rows", "blks read", "wal fpi", "wal MB", "statement")
	for rows.Next() {
		var total, plan, calls, n, read, fpi, walMB int64
		var query string
		if err := rows.Scan(&total, &plan, &calls, &n, &read, &fpi, &walMB, &query); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return
		}
		fmt.Printf("%9d %9d %8d %10d %10d %9d %7d  %s\n", total, plan, calls, n, read, fpi, walMB, query)
	}
	rows.Close()
	var records, fpi, walMB, syncs int64
	if err := pool.QueryRow(ctx, `SELECT wal_records, wal_fpi, (wal_bytes / 1e6)::bigint, wal_sync FROM pg_stat_wal`).Scan(&records, &fpi, &walMB, &syncs); err != nil {
		fmt.Fprintln(os.Stderr, "pg_stat_wal:", err)
		return
	}
	fmt.Printf("\nWAL: %d records, %d full-page images, %d MB, %d syncs\n", records, fpi, walMB, syncs)
	// The tables whose pages the run read from outside shared buffers, and how it changed them.
	rows, err = pool.Query(ctx, `
		SELECT t.relname, coalesce(t.heap_blks_read, 0), coalesce(t.idx_blks_read, 0), coalesce(t.heap_blks_hit, 0) + coalesce(t.idx_blks_hit, 0),
		       s.n_tup_ins, s.n_tup_upd, s.n_tup_hot_upd, s.autovacuum_count, s.autoanalyze_count
		FROM pg_statio_user_tables t JOIN pg_stat_user_tables s USING (relid)
		WHERE coalesce(t.heap_blks_read, 0) + coalesce(t.idx_blks_read, 0) + s.n_tup_ins + s.n_tup_upd > 0
		ORDER BY coalesce(t.heap_blks_read, 0) + coalesce(t.idx_blks_read, 0) DESC LIMIT 15`)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pg_statio_user_tables:", err)
		return
	}
	defer rows.Close()
	fmt.Printf("\n%-28s %10s %10s %12s %10s %10s %10s %6s %6s\n", "table", "heap read", "idx read", "hit", "inserted", "updated", "hot", "vacuum", "analyze")
	for rows.Next() {
		var name string
		var heapRead, idxRead, hit, ins, upd, hot, vac, an int64
		if err := rows.Scan(&name, &heapRead, &idxRead, &hit, &ins, &upd, &hot, &vac, &an); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return
		}
		fmt.Printf("%-28s %10d %10d %12d %10d %10d %10d %6d %6d\n", name, heapRead, idxRead, hit, ins, upd, hot, vac, an)
	}
}

// startExport starts a dispatcher that exports the program's changes to a sink: "healthy", a
// receiver in this process that takes every batch, or "dead", a port nothing listens on, so
// that every request fails and is retried with backoff.
func startExport(pool *pgxpool.Pool, to string) (func(), error) {
	if to == "" {
		return func() {}, nil
	}
	dir, err := os.MkdirTemp("", "loadgen-export")
	if err != nil {
		return nil, err
	}
	keyFile := dir + "/key"
	if err := os.WriteFile(keyFile, []byte("loadgen"), 0o600); err != nil {
		return nil, err
	}
	var received atomic.Int64
	var url string
	var closeReceiver func()
	switch to {
	case "healthy":
		lis, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		// The receiver stands for a system elsewhere: it counts the events of a batch and
		// takes it, spending as little of this machine as it can.
		specversion := []byte(`"specversion"`)
		rs := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			received.Add(int64(bytes.Count(body, specversion)))
			w.WriteHeader(http.StatusNoContent)
		})}
		go func() { _ = rs.Serve(lis) }()
		url, closeReceiver = "http://"+lis.Addr().String()+"/events", func() { _ = rs.Close() }
	case "dead":
		lis, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		url = "http://" + lis.Addr().String() + "/events"
		_ = lis.Close() // nothing listens there any more
		closeReceiver = func() {}
	default:
		return nil, fmt.Errorf("-export is healthy or dead, not %q", to)
	}
	d, err := export.NewDispatcher(pool, "coffee", export.Options{Source: "/tally/loadgen/coffee",
		Sinks: []export.Sink{{Name: to, URL: url, SigningKeyFile: keyFile, BatchSize: 1000, MaxAttempts: 1 << 30}},
		Log:   slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = d.Run(ctx); close(done) }()
	j, err := export.NewJournal(pool, "coffee")
	if err != nil {
		cancel()
		return nil, err
	}
	exportReport = func(elapsed time.Duration) {
		st, err := j.Status(context.Background(), time.Now())
		if err != nil || len(st) == 0 {
			fmt.Printf("export to a %s sink: no status (%v)\n", to, err)
			return
		}
		fmt.Printf("export to a %s sink: %d changes received (%.0f/s), lag at the end %.1fs, failing %v\n",
			to, received.Load(), float64(received.Load())/elapsed.Seconds(), st[0].Lag.Seconds(), st[0].Failing)
	}
	return func() { cancel(); <-done; closeReceiver(); _ = os.RemoveAll(dir) }, nil
}
