package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/jobs"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/program"
)

// history says what history to seed: members members over the days from start to end (in
// the program's time zone), written by workers goroutines in batches of batch operations.
type history struct {
	members    int
	start, end time.Time
	workers    int
	batch      int
}

// historyStats counts what the seeding asked of the ledger and what its jobs did.
type historyStats struct {
	ops     map[string]int64 // operations posted, by kind
	refused map[string]int64 // by kind and code ("redeem insufficient_balance")
	batches int64
	expired ledger.ExpiryReport
	notices int64
	holds   int // released by the expiry job after their time to live
	review  ledger.TierReviewReport
	rolled  int // months the journal was rolled to (RollJournal)
	jobs    time.Duration
}

func (s *historyStats) merge(o *historyStats) {
	for k, v := range o.ops {
		s.ops[k] += v
	}
	for k, v := range o.refused {
		s.refused[k] += v
	}
	s.batches += o.batches
}

func newHistoryStats() *historyStats {
	return &historyStats{ops: map[string]int64{}, refused: map[string]int64{}}
}

// clock is a worker's simulated time, which the ledger reads as now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// recorder is a program's Poster that writes nothing: it keeps the operations the program
// makes of a request (keys, fingerprints, the engine, the lateness window: exactly what the
// API would post), and reports success, so that the seeder can post them in batches of its
// own through the ledger.
type recorder struct{ ops []ledger.Op }

func (r *recorder) post(_ context.Context, ops []ledger.Op) ([]ledger.Result, error) {
	r.ops = append(r.ops, ops...)
	return make([]ledger.Result, len(ops)), nil
}

func (r *recorder) take() []ledger.Op {
	ops := r.ops
	r.ops = nil
	return ops
}

// worker seeds the members worker, worker+workers, ...: every member's operations are
// posted by one worker, in the order they happen.
type worker struct {
	n     int
	h     *history
	prog  *program.Program
	rec   *recorder
	clock *clock
	loc   *time.Location
	rates []float32
	// available is each member's available balance, as the ledger last reported it (shared
	// by the workers, each writing only its own members').
	available []int64
	later     map[int][]action
	stats     *historyStats
	r         *rand.Rand
	pcg       *rand.PCG
}

// seedHistory writes the history h into the program's ledger in schema (its rule set
// published, its members created): every operation through Ledger.Post, as the API makes it,
// with the ledger's clock at the time it happens; the expiry job every day at 00:15 and the
// tier review on the first of every month at 04:00, as the program's CronJobs run them.
func seedHistory(ctx context.Context, pool *pgxpool.Pool, schema string, h history, progress io.Writer) (*historyStats, error) {
	base, err := ledger.New(pool, schema, ledger.Options{})
	if err != nil {
		return nil, err
	}
	rs, err := base.ActiveRuleset(ctx)
	if err != nil {
		return nil, err
	}
	loc, err := time.LoadLocation(rs.Program.TimeZone)
	if err != nil {
		return nil, err
	}
	rates := historyActivity.rates(h.members)
	available := make([]int64, h.members)
	ws := make([]*worker, h.workers)
	for i := range ws {
		w := &worker{n: i, h: &h, rec: &recorder{}, clock: &clock{t: h.start}, loc: loc, rates: rates, available: available,
			later: map[int][]action{}, stats: newHistoryStats()}
		w.pcg = rand.NewPCG(0, 0)
		w.r = rand.New(w.pcg)
		if w.prog, err = program.New(program.Config{Pool: pool, Schema: schema, Post: w.rec.post, Now: w.clock.Now}, rs); err != nil {
			return nil, err
		}
		ws[i] = w
	}
	if err := startJournal(ctx, pool, schema, base, h.start); err != nil {
		return nil, err
	}
	total := newHistoryStats()
	began, monthBegan := time.Now(), time.Now()
	var monthOps int64
	for day, d := 0, h.start; d.Before(h.end); day, d = day+1, d.AddDate(0, 0, 1) {
		jobsStart := time.Now()
		if err := runJobs(ctx, pool, schema, base, d, total); err != nil {
			return total, err
		}
		total.jobs += time.Since(jobsStart)
		errs := make([]error, len(ws))
		var wg sync.WaitGroup
		for i, w := range ws {
			wg.Go(func() { errs[i] = w.day(ctx, day, d) })
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return total, err
		}
		var ops int64
		for _, w := range ws {
			for _, n := range w.stats.ops {
				ops += n
			}
		}
		if next := d.AddDate(0, 0, 1); next.Day() == 1 || !next.Before(h.end) {
			took := time.Since(monthBegan)
			fmt.Fprintf(progress, "history: to %s, %d operations (%.0f/s), %s in all, of which the jobs %s\n", next.Format("2006-01-02"),
				ops-monthOps, float64(ops-monthOps)/took.Seconds(), time.Since(began).Round(time.Second), total.jobs.Round(time.Second))
			monthOps, monthBegan = ops, time.Now()
		}
	}
	for _, w := range ws {
		total.merge(w.stats)
	}
	return total, nil
}

// startJournal makes the journal start at the history's first month. The migration rolled
// it to the real month, as it would for a ledger created now; the history's ledger was created
// a year before, and its postings go to the partitions of the months they were made in. So
// while the journal is empty its partitions are made for the first month (RollJournal) and
// its posting ids set back to that month's (ledger.JournalMonthBase), where roll_journal
// would have set them then.
func startJournal(ctx context.Context, pool *pgxpool.Pool, schema string, base *ledger.Ledger, start time.Time) error {
	if err := base.RollJournal(ctx, start); err != nil {
		return fmt.Errorf("roll the journal to %s: %w", start.Format("2006-01"), err)
	}
	var postings int64
	if err := pool.QueryRow(ctx, "SELECT count(*) FROM "+schema+".postings").Scan(&postings); err != nil {
		return err
	}
	if postings > 0 {
		return fmt.Errorf("the journal already holds %d postings: a history starts on an empty ledger", postings)
	}
	_, err := pool.Exec(ctx, "SELECT setval($1, $2, false)", schema+".postings_id_seq", ledger.JournalMonthBase(start))
	return err
}

// runJobs runs, before the day that starts at d, what the program's CronJobs run on it: the
// expiry job at 00:15 and, on the first of the month, the tier review at 04:00, with the
// jobs' clock at those times.
func runJobs(ctx context.Context, pool *pgxpool.Pool, schema string, base *ledger.Ledger, d time.Time, st *historyStats) error {
	quiet := slog.New(slog.DiscardHandler)
	opts := func(at time.Time) jobs.Options {
		return jobs.Options{Pool: pool, Schema: schema, AsOf: at, Now: func() time.Time { return at }, Log: quiet}
	}
	// The ledger's server rolls the journal every hour by its clock, so that a month's
	// postings go to its partition; the journal's months are UTC's. The seeder rolls it before
	// each day to the day's last moment: the postings of the day a month starts on (in UTC)
	// go to that month, those of its first hours (eight in Shanghai) a little early.
	if month := ledger.JournalMonth(d.AddDate(0, 0, 1).Add(-time.Second)); month != ledger.JournalMonth(d) {
		if err := base.RollJournal(ctx, d.AddDate(0, 0, 1).Add(-time.Second)); err != nil {
			return fmt.Errorf("roll the journal on %s: %w", d.Format("2006-01-02"), err)
		}
		st.rolled++
	}
	sum, err := jobs.Expire(ctx, opts(d.Add(15*time.Minute)))
	if err != nil {
		return fmt.Errorf("expiry job of %s: %w", d.Format("2006-01-02"), err)
	}
	st.expired.Lots += sum.Expired.Lots
	st.expired.Points += sum.Expired.Points
	st.expired.Members += sum.Expired.Members
	st.notices += sum.Notices.Notices
	st.holds += sum.HoldsReleased
	if d.Day() == 1 {
		rev, err := jobs.ReviewTiers(ctx, opts(d.Add(4*time.Hour)))
		if err != nil {
			return fmt.Errorf("tier review of %s: %w", d.Format("2006-01-02"), err)
		}
		st.review.Reviewed += rev.Report.Reviewed
		st.review.Renewed += rev.Report.Renewed
		st.review.Downgraded += rev.Report.Downgraded
	}
	return nil
}

// day plans and posts the worker's members' actions of the day that starts at d.
func (w *worker) day(ctx context.Context, day int, d time.Time) error {
	start := d.Unix()
	p := planDay(day, start, d.Format("20060102"), w.rates, w.n, w.h.workers, w.available, w.r, w.pcg)
	for _, a := range w.later[day] {
		a.at += start
		p.today = append(p.today, a)
	}
	delete(w.later, day)
	for later, as := range p.later {
		w.later[later] = append(w.later[later], as...)
	}
	sortActions(p.today)
	var ops []ledger.Op
	var owners []int32
	for i, a := range p.today {
		n := len(ops)
		var err error
		if ops, err = w.ops(ctx, ops, a); err != nil {
			return err
		}
		for range len(ops) - n {
			owners = append(owners, a.member)
		}
		// A batch is cut between actions, never inside one (a hold and its capture).
		if len(ops) >= w.h.batch || i == len(p.today)-1 {
			// The ledger's clock is a moment after the batch's last action, as a commit
			// follows the requests it gathers.
			w.clock.Set(time.Unix(a.at+1, 0))
			if err := w.post(ctx, ops, owners); err != nil {
				return err
			}
			ops, owners = ops[:0], owners[:0]
		}
	}
	return nil
}

// post posts a batch and keeps what its results say: the members' balances, refusals.
func (w *worker) post(ctx context.Context, ops []ledger.Op, owners []int32) error {
	results, err := w.prog.Ledger.Post(ctx, ops)
	if err != nil {
		return fmt.Errorf("post %d operations at %s: %w", len(ops), w.clock.Now().Format(time.RFC3339), err)
	}
	w.stats.batches++
	for i, r := range results {
		kind := opKind(ops[i])
		w.stats.ops[kind]++
		if r.Err != nil {
			code := "error"
			if e, ok := errors.AsType[*ledger.Error](r.Err); ok {
				code = string(e.Code)
			}
			w.stats.refused[kind+" "+code]++
			continue
		}
		w.available[owners[i]] = r.Balance
	}
	return nil
}

// opKind names an operation for the counts.
func opKind(op ledger.Op) string {
	switch op.(type) {
	case ledger.Earn:
		return "event"
	case ledger.Redeem:
		return "redeem"
	case ledger.CancelRedemption:
		return "cancel"
	case ledger.Hold:
		return "hold"
	case ledger.Capture:
		return "capture"
	case ledger.Release:
		return "release"
	case ledger.Reverse:
		return "reverse"
	case ledger.RefundHold:
		return "refund-hold"
	}
	return fmt.Sprintf("%T", op)
}

// ops appends the operations of a, made as the API makes them: by the program's own methods
// (through the recorder), or for holds as program.Hold would (the coffee sample takes no
// points as payment, so the API refuses holds; the ledger takes them without a payment quote).
func (w *worker) ops(ctx context.Context, ops []ledger.Op, a action) ([]ledger.Op, error) {
	p, member := w.prog, "m-"+strconv.Itoa(int(a.member))
	var err error
	switch a.kind {
	case actEvent:
		ev := engine.Event{ID: a.id, Type: a.typ, Member: member, Currency: "CNY", OccurredAt: time.Unix(a.at, 0).UTC(), Items: a.items}
		if a.cents > 0 {
			ev.Amount = money(a.cents)
		}
		_, err = p.Events(ctx, []engine.Event{ev})
	case actRedeem:
		_, err = p.Redeem(ctx, program.Redemption{ID: a.id, Member: member, SKU: a.typ, Quantity: 1})
	case actCancel:
		_, err = p.CancelRedemption(ctx, a.ref, "changed their mind")
	case actHold:
		req := program.HoldRequest{ID: a.id, Member: member, Points: a.points, OrderAmount: money(a.cents)}
		fp, _ := json.Marshal(req)
		w.rec.ops = append(w.rec.ops, ledger.Hold{Key: "hold:" + a.id, Fingerprint: fp, HoldID: a.id, Member: member,
			Points: a.points, OrderAmount: req.OrderAmount, Reason: "checkout"})
		switch a.typ {
		case holdCaptured:
			_, err = p.Capture(ctx, a.id, nil)
		case holdReleased:
			_, err = p.Release(ctx, a.id)
		}
	case actReverse:
		r := program.Reversal{EventID: a.ref, Refund: program.Refund{Reason: "purchase refunded"}}
		if a.cents > 0 {
			r.ID, r.Amount = a.id, money(a.cents)
		}
		_, err = p.Reverse(ctx, r)
	case actRefundHold:
		_, err = p.RefundHold(ctx, program.HoldRefund{HoldID: a.ref, Refund: program.Refund{Reason: "order refunded"}})
	}
	if err != nil {
		return ops, fmt.Errorf("%s of member %s: %w", a.id, member, err)
	}
	return append(ops, w.rec.take()...), nil
}

// money writes cents as a decimal ("32.50").
func money(cents int64) string {
	return strconv.FormatInt(cents/100, 10) + "." + fmt.Sprintf("%02d", cents%100)
}

// historyCounts are the rows the history left.
type historyCounts struct {
	postings, events, lots, openLots, members, daily, holds, redemptions, notices, badges int64
	tiers                                                                                 map[string]int64
}

func countHistory(ctx context.Context, pool *pgxpool.Pool, schema string) (historyCounts, error) {
	c := historyCounts{tiers: map[string]int64{}}
	s := schema
	err := pool.QueryRow(ctx, strings.ReplaceAll(`SELECT
		(SELECT count(*) FROM {s}.postings),
		(SELECT count(*) FROM {s}.postings WHERE kind = 'credit' AND event_id IS NOT NULL),
		(SELECT count(*) FROM {s}.lots),
		(SELECT count(*) FROM {s}.lots WHERE remaining > 0),
		(SELECT count(*) FROM {s}.members),
		(SELECT count(*) FROM {s}.member_daily),
		(SELECT count(*) FROM {s}.holds),
		(SELECT count(*) FROM {s}.redemptions),
		(SELECT count(*) FROM {s}.notices),
		(SELECT count(*) FROM {s}.member_badges)`, "{s}", s)).Scan(&c.postings, &c.events, &c.lots, &c.openLots, &c.members, &c.daily,
		&c.holds, &c.redemptions, &c.notices, &c.badges)
	if err != nil {
		return c, err
	}
	rows, err := pool.Query(ctx, strings.ReplaceAll(`SELECT tier, count(*) FROM {s}.members GROUP BY tier ORDER BY tier`, "{s}", s))
	if err != nil {
		return c, err
	}
	defer rows.Close()
	for rows.Next() {
		var tier string
		var n int64
		if err := rows.Scan(&tier, &n); err != nil {
			return c, err
		}
		c.tiers[tier] = n
	}
	return c, rows.Err()
}
