package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/jobs"
)

// The year-end runs (-clearing, -review) run the program's jobs, the code its CronJobs run, on
// the seeded ledger as of a night in the future, while single events (one per request, at a
// fixed concurrency) are written through the API with the server's clock at that night too.
// They print how long the job took and the writes' latency per window: before the job,
// during it, and after.
//
// -clearing runs the yearly clearing that takes the points the history's last calendar year
// earned: the coffee sample clears on 31 December the points of the year before, so a history
// that ends in year Y is cleared at the end of 31 December Y+1, by the run at 00:15 on
// 1 January Y+2. The clearing at the end of Y (of the points of Y-1, a few weeks of history)
// is run first, unmeasured, as it would have been, and so is the run of the night before the
// clearing measured. -review runs the tier review twice, on the first of a month at 04:00: at
// the first review at which members are due (validity and grace after the earliest tier
// reached), and at the first at which every tier reached in the history is due.

// simClock is the server's and the jobs' clock: a simulated moment that moves with real time.
type simClock struct {
	mu   sync.Mutex
	base time.Time
	at   time.Time // real time when base was set
}

func (c *simClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.base.Add(time.Since(c.at))
}

func (c *simClock) Set(t time.Time) {
	c.mu.Lock()
	c.base, c.at = t, time.Now()
	c.mu.Unlock()
}

type yearEndOptions struct {
	clearing, review bool
	members          int
	concurrency      int
	around           time.Duration // load before and after the job
	window           time.Duration
	shards           int
	commitDelay      time.Duration
	// batch is the jobs' members per transaction (0: the jobs' default).
	batch int
	// workers is the expiry's batches at once (0: the job's default).
	workers int
	// nightBefore runs the expiry job of the night before the clearing first, unmeasured.
	nightBefore bool
}

// yearEnd runs the year-end jobs o asks for on l, whose history ends at l.historyEnd, in
// the order of their nights.
func yearEnd(ctx context.Context, l *localLedger, o yearEndOptions) error {
	if l.historyEnd.IsZero() {
		return errors.New("-clearing and -review run on a seeded history: give -history")
	}
	t := l.rules.Tiers
	if o.review && t == nil {
		return errors.New("the program has no tiers to review")
	}
	clk := &simClock{}
	clk.Set(l.historyEnd)
	url, stop, _, err := l.serve(ctx, o.shards, o.commitDelay, "", clk.Now)
	if err != nil {
		return err
	}
	defer stop()
	// The jobs connect as the CronJob's pod does: a pool of their own.
	jobPool, err := newPool(ctx, l.dsn, 4)
	if err != nil {
		return err
	}
	defer jobPool.Close()
	y := l.historyEnd.In(l.loc).Year()
	// The reviews: the first at which members are due (those that reached their tier in
	// the history's first weeks, reviewed with most of a year's counters in their window), and
	// the first at which every tier reached is due (their windows hold little).
	var firstReview, lastReview time.Time
	if o.review {
		var first, last time.Time
		if err := jobPool.QueryRow(ctx, "SELECT min(tier_reached_at), max(tier_reached_at) FROM "+schema+".members WHERE tier <> ''").
			Scan(&first, &last); err != nil {
			return fmt.Errorf("no member reached a tier in the history: %w", err)
		}
		months := int(t.ValidityMonths + t.GraceMonths)
		firstReview, lastReview = reviewDay(first, months, l.loc), reviewDay(last, months, l.loc)
	}
	clearing := time.Date(y+2, 1, 1, 0, 15, 0, 0, l.loc)
	if o.clearing {
		first := time.Date(y+1, 1, 1, 0, 15, 0, 0, l.loc)
		sum, err := expireAt(ctx, jobPool, clk, first, 0)
		if err != nil {
			return err
		}
		fmt.Printf("the clearing before, as of %s, no load: %d lots (%d points) of %d members in %.1fs\n",
			first.Format("2006-01-02 15:04 MST"), sum.Expired.Lots, sum.Expired.Points, sum.Expired.Members, sum.Took.Seconds())
		if err := dayBetween(ctx, jobPool); err != nil {
			return err
		}
	}
	if o.review {
		if err := reviewUnderLoad(ctx, url, jobPool, clk, firstReview, o); err != nil {
			return err
		}
	}
	if o.clearing {
		// The nights between the history's end and the clearing would have pruned the events'
		// details a day at a time: what they would have pruned goes first. Then the night
		// before the clearing, when the job announces the points about to expire (they all
		// come within the notice window on the same night), so that the night measured does
		// what the clearing night does. -night-before=false leaves that night out.
		cutoff := clearing.Add(-l.rules.Program.EventDetailsKept())
		pruned, err := catchUpDetails(ctx, jobPool, cutoff)
		if err != nil {
			return err
		}
		fmt.Printf("the nights skipped, before %s: %d partitions of event details older than %s truncated (the job prunes the rest)\n",
			clearing.AddDate(0, 0, -1).Format("2006-01-02"), len(pruned), cutoff.Format("2006-01-02"))
		if o.nightBefore {
			eve := clearing.AddDate(0, 0, -1)
			sum, err := expireAt(ctx, jobPool, clk, eve, 0)
			if err != nil {
				return err
			}
			fmt.Printf("the night before, as of %s, no load: %d notices of %d lots, %d event details pruned, in %.1fs\n",
				eve.Format("2006-01-02 15:04 MST"), sum.Notices.Notices, sum.Notices.Lots, sum.DetailsPruned, sum.Took.Seconds())
			if err := dayBetween(ctx, jobPool); err != nil {
				return err
			}
		}

		var sum2 jobs.ExpirySummary
		res, err := underLoad(ctx, url, jobPool, clk, clearing, o, func() error {
			var err error
			sum2, err = jobs.Expire(ctx, jobs.Options{Pool: jobPool, Schema: schema, AsOf: clearing, Now: clk.Now, Log: quiet, BatchSize: o.batch, Workers: o.workers})
			return err
		})
		if err != nil {
			return fmt.Errorf("the clearing of %s: %w", clearing.Format("2006-01-02 15:04"), err)
		}
		fmt.Printf("\nthe yearly clearing as of %s, under %d requests in flight of one event each:\n", clearing.Format("2006-01-02 15:04 MST"), o.concurrency)
		fmt.Printf("  %d lots (%d points) of %d members in %d batches, %.1fs: %.0f lots/s; then %d notices, %d holds released, %d event details pruned; the whole job %.1fs\n",
			sum2.Expired.Lots, sum2.Expired.Points, sum2.Expired.Members, sum2.Expired.Batches, sum2.ExpiryTook.Seconds(),
			float64(sum2.Expired.Lots)/sum2.ExpiryTook.Seconds(), sum2.Notices.Notices, sum2.HoldsReleased, sum2.DetailsPruned, res.took.Seconds())
		res.print(o.window)
	}
	if o.review && lastReview.After(firstReview) {
		if err := reviewUnderLoad(ctx, url, jobPool, clk, lastReview, o); err != nil {
			return err
		}
	}
	return nil
}

var quiet = slog.New(slog.DiscardHandler)

// dayBetween does what the day after a night's job does for the ledger in production:
// autovacuum's work on the rows the job changed (the night before the clearing, a year's
// lots). Run at once instead, it is left to autovacuum during the load measured next, on
// the 2 cores of this machine: the writes' p99 before the clearing was 136 ms, not 34.
func dayBetween(ctx context.Context, pool *pgxpool.Pool) error {
	start := time.Now()
	if _, err := pool.Exec(ctx, "VACUUM (ANALYZE)"); err != nil {
		return fmt.Errorf("vacuum: %w", err)
	}
	fmt.Printf("  the day after: VACUUM (ANALYZE) in %.1fs\n", time.Since(start).Seconds())
	return nil
}

// catchUpDetails does what the expiry job's pruning would have done on the nights between the
// history's end and the clearing, which the simulation skips: a year of events' details at
// once, which the job deletes 10,000 at a time (17 million rows, at about 6,000 a second)
// where in production it deletes a day's. The partitions of event_details whose every row is
// older than cutoff are truncated, as the ledger's owner; the job prunes what is left. It
// returns the partitions truncated.
func catchUpDetails(ctx context.Context, pool *pgxpool.Pool, cutoff time.Time) ([]string, error) {
	rows, err := pool.Query(ctx, `
		SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = to_regclass($1) ORDER BY c.relname`, schema+".event_details")
	if err != nil {
		return nil, err
	}
	parts, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("event details' partitions: %w", err)
	}
	var truncated []string
	for _, p := range parts {
		table := schema + "." + pgx.Identifier{p}.Sanitize()
		var young, some bool
		if err := pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM ONLY `+table+` WHERE created_at >= $1), EXISTS (SELECT 1 FROM ONLY `+table+`)`, cutoff).
			Scan(&young, &some); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if young || !some {
			continue
		}
		if _, err := pool.Exec(ctx, `TRUNCATE `+table); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		truncated = append(truncated, p)
	}
	return truncated, nil
}

// expireAt runs the expiry job as of at, with the clock there, and nothing else running.
func expireAt(ctx context.Context, pool *pgxpool.Pool, clk *simClock, at time.Time, batch int) (jobs.ExpirySummary, error) {
	clk.Set(at)
	sum, err := jobs.Expire(ctx, jobs.Options{Pool: pool, Schema: schema, AsOf: at, Now: clk.Now, Log: quiet, BatchSize: batch})
	if err != nil {
		return sum, fmt.Errorf("the expiry job of %s: %w", at.Format("2006-01-02 15:04"), err)
	}
	return sum, nil
}

// reviewDay is the first review (the first of a month, 04:00) at which a tier reached at
// reached is due, validity and grace (months) later.
func reviewDay(reached time.Time, months int, loc *time.Location) time.Time {
	due := reached.In(loc).AddDate(0, months, 1)
	return time.Date(due.Year(), due.Month()+1, 1, 4, 0, 0, 0, loc)
}

// reviewUnderLoad runs the tier review as of asOf under single-event writes and prints it.
func reviewUnderLoad(ctx context.Context, url string, pool *pgxpool.Pool, clk *simClock, asOf time.Time, o yearEndOptions) error {
	var sum jobs.ReviewSummary
	res, err := underLoad(ctx, url, pool, clk, asOf, o, func() error {
		var err error
		sum, err = jobs.ReviewTiers(ctx, jobs.Options{Pool: pool, Schema: schema, AsOf: asOf, Now: clk.Now, Log: quiet, BatchSize: o.batch})
		return err
	})
	if err != nil {
		return fmt.Errorf("the tier review of %s: %w", asOf.Format("2006-01-02"), err)
	}
	var members, tiered int64
	if err := pool.QueryRow(ctx, "SELECT count(*), count(*) FILTER (WHERE tier <> '') FROM "+schema+".members").Scan(&members, &tiered); err != nil {
		return err
	}
	r := sum.Report
	fmt.Printf("\nthe tier review as of %s of a ledger of %d members, under %d requests in flight of one event each:\n",
		asOf.Format("2006-01-02 15:04 MST"), members, o.concurrency)
	fmt.Printf("  %d reviewed (%d renewed, %d downgraded) in %d batches, %.1fs: %.0f reviewed/s; %d members have a tier after it\n",
		r.Reviewed, r.Renewed, r.Downgraded, r.Batches, res.took.Seconds(), float64(r.Reviewed)/res.took.Seconds(), tiered)
	res.print(o.window)
	return nil
}

// loadResult is what underLoad measured.
type loadResult struct {
	start, jobStart, jobEnd time.Time
	took                    time.Duration
	mu                      sync.Mutex
	requests                []request
	errors                  map[int]int64
	samples                 []waitSample
	// waits counts, over the samples taken while the job ran, the sessions waiting on each
	// wait event (type:event), and jobSamples those samples.
	waits      map[string]int
	jobSamples int
}

type request struct {
	end  time.Time
	took time.Duration
}

// waitSample is what the server's sessions were doing at a moment: how many were active,
// and of those how many waited for a lock (a member's row, say) or for I/O, and the CPU the
// machine spent since the last sample (0 to 1).
type waitSample struct {
	at                   time.Time
	active, lock, io, lw int
	cpu                  float64
}

// underLoad writes single events through the API at o.concurrency requests in flight, with
// the clock o.around before asOf; after o.around it runs job, then goes on for o.around more.
func underLoad(ctx context.Context, url string, pool *pgxpool.Pool, clk *simClock, asOf time.Time, o yearEndOptions, job func() error) (*loadResult, error) {
	clk.Set(asOf.Add(-o.around))
	res := &loadResult{errors: map[int]int64{}, waits: map[string]int{}, start: time.Now()}
	loadCtx, stopLoad := context.WithCancel(ctx)
	defer stopLoad()
	var wg sync.WaitGroup
	var seq atomic.Int64
	run := time.Now().UnixNano()
	for w := range o.concurrency {
		c, err := newClient(url, "", time.Now().Add(24*time.Hour))
		if err != nil {
			return nil, err
		}
		wg.Go(func() {
			defer c.close()
			rnd := rand.New(rand.NewPCG(uint64(run), uint64(w)))
			var body []byte
			for loadCtx.Err() == nil {
				// Purchases and behaviour events in the proportions of the load run.
				if rnd.IntN(85) < 70 {
					body = appendEvent(body[:0], run, seq.Add(1), rnd.IntN(o.members), "purchase", 500+rnd.IntN(20000))
				} else {
					body = appendEvent(body[:0], run, seq.Add(1), rnd.IntN(o.members), []string{"sign_in", "review"}[rnd.IntN(2)], 0)
				}
				t0 := time.Now()
				status, err := c.do("POST", "/v1/events", body)
				end := time.Now()
				res.mu.Lock()
				if err == nil && status >= 200 && status < 300 {
					res.requests = append(res.requests, request{end: end, took: end.Sub(t0)})
				} else {
					res.errors[status]++
				}
				res.mu.Unlock()
			}
		})
	}
	sampled := make(chan struct{})
	go func() { defer close(sampled); res.sample(loadCtx, pool) }()
	var jobErr error
	select {
	case <-time.After(o.around):
		res.jobStart = time.Now()
		jobErr = job()
		res.jobEnd = time.Now()
		res.took = res.jobEnd.Sub(res.jobStart)
		if jobErr == nil {
			time.Sleep(o.around)
		}
	case <-ctx.Done():
		jobErr = ctx.Err()
	}
	stopLoad()
	wg.Wait()
	<-sampled
	return res, jobErr
}

// sample records, every 500 ms, what the server's sessions wait for and the machine's CPU.
func (res *loadResult) sample(ctx context.Context, pool *pgxpool.Pool) {
	busy, total := cpuTimes()
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		s := waitSample{at: time.Now()}
		err := pool.QueryRow(ctx, `
			SELECT count(*), count(*) FILTER (WHERE wait_event_type = 'Lock'), count(*) FILTER (WHERE wait_event_type = 'IO'),
			       count(*) FILTER (WHERE wait_event_type = 'LWLock')
			FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`).
			Scan(&s.active, &s.lock, &s.io, &s.lw)
		if err != nil {
			continue
		}
		b, t := cpuTimes()
		if t > total {
			s.cpu = float64(b-busy) / float64(t-total)
		}
		busy, total = b, t
		res.mu.Lock()
		res.samples = append(res.samples, s)
		inJob := !res.jobStart.IsZero() && res.jobEnd.IsZero()
		res.mu.Unlock()
		if inJob {
			res.sampleWaits(ctx, pool)
		}
	}
}

// sampleWaits adds to res.waits what the server's sessions wait on now.
func (res *loadResult) sampleWaits(ctx context.Context, pool *pgxpool.Pool) {
	rows, err := pool.Query(ctx, `
		SELECT wait_event_type || ':' || wait_event, count(*) FROM pg_stat_activity
		WHERE state = 'active' AND wait_event IS NOT NULL AND pid <> pg_backend_pid() GROUP BY 1`)
	if err != nil {
		return
	}
	type row struct {
		Event string
		N     int
	}
	waits, err := pgx.CollectRows(rows, pgx.RowToStructByPos[row])
	if err != nil {
		return
	}
	res.mu.Lock()
	defer res.mu.Unlock()
	res.jobSamples++
	for _, w := range waits {
		res.waits[w.Event] += w.N
	}
}

// cpuTimes reads the machine's busy and total CPU time from /proc/stat, in ticks.
func cpuTimes() (busy, total int64) {
	raw, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	f := strings.Fields(line)
	for i, v := range f[1:] {
		n, _ := strconv.ParseInt(v, 10, 64)
		total += n
		if i != 3 && i != 4 { // idle, iowait
			busy += n
		}
	}
	return busy, total
}

// print prints the load per window, marking whether the job ran in it, and the p99 of the
// writes before, during and after the job.
func (res *loadResult) print(window time.Duration) {
	res.mu.Lock()
	defer res.mu.Unlock()
	end := res.jobEnd
	for _, r := range res.requests {
		end = later(end, r.end)
	}
	fmt.Printf("  %8s %8s %9s %9s %9s %6s %14s  %s\n", "window", "events/s", "p50 ms", "p99 ms", "max ms", "CPU", "lock/IO waits", "")
	for from := res.start; from.Before(end); from = from.Add(window) {
		to := from.Add(window)
		var ls []time.Duration
		for _, r := range res.requests {
			if !r.end.Before(from) && r.end.Before(to) {
				ls = append(ls, r.took)
			}
		}
		var cpu float64
		var lock, io, n int
		for _, s := range res.samples {
			if !s.at.Before(from) && s.at.Before(to) {
				cpu += s.cpu
				lock += s.lock
				io += s.io
				n++
			}
		}
		phase := "before"
		switch {
		case !to.After(res.jobStart):
		case from.Before(res.jobEnd):
			phase = "job"
		default:
			phase = "after"
		}
		if !to.Before(end) {
			phase += " (part)"
		}
		avg := func(x int) float64 {
			if n == 0 {
				return 0
			}
			return float64(x) / float64(n)
		}
		fmt.Printf("  %7.0fs %8.0f %9.1f %9.1f %9.1f %5.0f%% %6.1f / %5.1f  %s\n", to.Sub(res.start).Seconds(), float64(len(ls))/window.Seconds(),
			quantile(ls, 0.5), quantile(ls, 0.99), quantile(ls, 1), 100*cpuAvg(cpu, n), avg(lock), avg(io), phase)
	}
	var before, during, after []time.Duration
	for _, r := range res.requests {
		switch {
		case r.end.Before(res.jobStart):
			before = append(before, r.took)
		case r.end.Before(res.jobEnd):
			during = append(during, r.took)
		default:
			after = append(after, r.took)
		}
	}
	fmt.Printf("  writes before the job: %d, p99 %.1f ms; during: %d (%.0f/s), p99 %.1f ms; after: %d, p99 %.1f ms\n",
		len(before), quantile(before, 0.99), len(during), float64(len(during))/res.took.Seconds(), quantile(during, 0.99), len(after), quantile(after, 0.99))
	if len(res.errors) > 0 {
		fmt.Printf("  failed requests by status (0: transport): %v\n", res.errors)
	}
	if res.jobSamples > 0 {
		events := slices.Collect(maps.Keys(res.waits))
		slices.SortFunc(events, func(a, b string) int { return res.waits[b] - res.waits[a] })
		fmt.Printf("  waits during the job (sessions on average):")
		for _, e := range events[:min(len(events), 8)] {
			fmt.Printf(" %s %.2f", e, float64(res.waits[e])/float64(res.jobSamples))
		}
		fmt.Println()
	}
}

func cpuAvg(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// quantile returns the q-quantile of l in milliseconds (l is sorted in place).
func quantile(l []time.Duration, q float64) float64 {
	if len(l) == 0 {
		return 0
	}
	slices.Sort(l)
	return float64(l[min(int(q*float64(len(l))), len(l)-1)].Microseconds()) / 1000
}
