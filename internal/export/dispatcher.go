package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
)

// Options configure a Dispatcher.
type Options struct {
	// Source is the CloudEvents source of every change: "/tally/<namespace>/<program>".
	Source string
	Sinks  []Sink
	// Poll is how often a sink that is caught up looks for new changes (default 250ms).
	Poll time.Duration
	// MinBackoff and MaxBackoff bound the wait before a failed batch is sent again: the
	// n-th retry waits a random time up to MinBackoff·2ⁿ, at most MaxBackoff (defaults 500ms
	// and 60s).
	MinBackoff, MaxBackoff time.Duration
	// LeaseRetry is how often a dispatcher without the lease tries to take it (default 5s).
	LeaseRetry time.Duration
	// Pace is how long a sink that is behind rests after each batch, as a multiple of the
	// time it took to read the batch and build its events (default 1: it works at most half
	// the time). The ledger's writes come first: with this rest, a sink catching up under full
	// load took 9% of the ledger's throughput on a 2-core machine (docs/development.md).
	// Negative: no rest.
	Pace       float64
	Registerer prometheus.Registerer
	Log        *slog.Logger
	Client     *http.Client
	Now        func() time.Time
}

// Dispatcher delivers a program's changes to its sinks.
type Dispatcher struct {
	pool    *pgxpool.Pool
	schema  string
	journal *Journal
	opts    Options
	m       *metrics
}

// NewDispatcher returns the dispatcher of the program kept in schema. It reads the sinks'
// keys and headers now: a sink that cannot sign is an error here, not a failure later.
func NewDispatcher(pool *pgxpool.Pool, schema string, opts Options) (*Dispatcher, error) {
	j, err := NewJournal(pool, schema)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for i := range opts.Sinks {
		s := &opts.Sinks[i]
		if s.Name == "" || seen[s.Name] {
			return nil, fmt.Errorf("sink %d: a sink needs a name of its own", i)
		}
		seen[s.Name] = true
		if err := s.load(); err != nil {
			return nil, err
		}
	}
	if opts.Poll <= 0 {
		opts.Poll = 250 * time.Millisecond
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = 500 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = time.Minute
	}
	if opts.LeaseRetry <= 0 {
		opts.LeaseRetry = 5 * time.Second
	}
	if opts.Pace == 0 {
		opts.Pace = 1
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.Client == nil {
		opts.Client = &http.Client{}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Registerer == nil {
		opts.Registerer = prometheus.NewRegistry()
	}
	m, err := newMetrics(opts.Registerer)
	if err != nil {
		return nil, err
	}
	return &Dispatcher{pool: pool, schema: schema, journal: j, opts: opts, m: m}, nil
}

// Run delivers until ctx ends. Only the holder of the program's lease delivers: a session
// advisory lock on a connection of its own, which PostgreSQL frees when the connection
// ends, so a killed dispatcher's lease passes to another within LeaseRetry.
func (d *Dispatcher) Run(ctx context.Context) error {
	if len(d.opts.Sinks) == 0 {
		<-ctx.Done()
		return nil
	}
	for ctx.Err() == nil {
		err := d.holdLease(ctx)
		if ctx.Err() != nil {
			break
		}
		if err != nil {
			d.opts.Log.Warn("export lease", "err", err)
		}
		select {
		case <-ctx.Done():
		case <-time.After(d.opts.LeaseRetry):
		}
	}
	return nil
}

// holdLease takes the lease if it is free and delivers while it holds it.
func (d *Dispatcher) holdLease(ctx context.Context) error {
	cfg := d.pool.Config().ConnConfig.Copy()
	// A dispatcher whose pod vanished without closing its connection must lose the lease
	// soon: the server probes the connection and ends it.
	cfg.RuntimeParams["tcp_keepalives_idle"] = "10"
	cfg.RuntimeParams["tcp_keepalives_interval"] = "5"
	cfg.RuntimeParams["tcp_keepalives_count"] = "3"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { _ = conn.Close(context.Background()) }()
	var held bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended('tally-export:' || $1, 0))`, d.schema).Scan(&held); err != nil {
		return err
	}
	d.m.leader.Set(0)
	if !held {
		return nil
	}
	d.m.leader.Set(1)
	defer d.m.leader.Set(0)
	d.opts.Log.Info("export lease taken", "sinks", len(d.opts.Sinks))

	work, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan struct{}, len(d.opts.Sinks))
	for i := range d.opts.Sinks {
		go func() { d.runSink(work, &d.opts.Sinks[i]); done <- struct{}{} }()
	}
	// The lease holds as long as its connection does.
	tick := time.NewTicker(d.opts.LeaseRetry)
	defer tick.Stop()
	for err == nil {
		select {
		case <-ctx.Done():
			err = ctx.Err()
		case <-tick.C:
			_, err = conn.Exec(ctx, `SELECT 1`)
		}
	}
	stop()
	for range d.opts.Sinks {
		<-done
	}
	if ctx.Err() != nil {
		return nil
	}
	return fmt.Errorf("lease lost: %w", err)
}

// pending is a batch being delivered: changes read from the journal (with the cursor after
// them) or dead letters being replayed.
type pending struct {
	events  []json.RawMessage
	changes []Change
	replay  []int64 // dead letters' ids
	next    Cursor
	work    time.Duration // reading it and building its events took this long
}

// runSink delivers to one sink until ctx ends.
func (d *Dispatcher) runSink(ctx context.Context, s *Sink) {
	log := d.opts.Log.With("sink", s.Name)
	st, err := d.loadState(ctx, s.Name)
	for err != nil {
		log.Warn("export cursor", "err", err)
		if !sleep(ctx, d.opts.LeaseRetry) {
			return
		}
		st, err = d.loadState(ctx, s.Name)
	}
	var p *pending
	attempt := 0
	for ctx.Err() == nil {
		if p == nil {
			var caughtUp bool
			p, caughtUp, err = d.next(ctx, s, &st)
			if err != nil {
				log.Warn("export read", "err", err)
				sleep(ctx, d.opts.Poll)
				continue
			}
			if p == nil {
				if caughtUp {
					d.m.lag.WithLabelValues(s.Name).Set(0)
					sleep(ctx, d.opts.Poll)
				}
				continue
			}
		}
		err := s.post(ctx, d.opts.Client, p.events, d.opts.Now())
		if ctx.Err() != nil {
			return
		}
		now := d.opts.Now()
		if err == nil {
			d.m.delivered.WithLabelValues(s.Name).Add(float64(len(p.events)))
			d.m.failing.WithLabelValues(s.Name).Set(0)
			d.m.lastDelivered.WithLabelValues(s.Name).Set(float64(now.Unix()))
			st.LastDelivered, st.FailingSince, st.LastError, st.Delivered = &now, nil, "", st.Delivered+int64(len(p.events))
			if err := d.accepted(ctx, s.Name, &st, p); err != nil {
				log.Warn("export cursor", "err", err)
			}
			if st.Pending != nil {
				d.m.lag.WithLabelValues(s.Name).Set(now.Sub(*st.Pending).Seconds())
			}
			if rest := time.Duration(float64(p.work) * d.opts.Pace); rest > 0 {
				sleep(ctx, rest)
			}
			p, attempt = nil, 0
			continue
		}
		attempt++
		d.m.failures.WithLabelValues(s.Name).Inc()
		d.m.failing.WithLabelValues(s.Name).Set(1)
		if st.FailingSince == nil {
			st.FailingSince = &now
			log.Warn("export sink failing", "err", err)
		}
		st.LastError = err.Error()
		if attempt >= s.MaxAttempts {
			log.Error("export batch dead-lettered", "events", len(p.events), "attempts", attempt, "err", err)
			if err := d.deadLetter(ctx, s.Name, &st, p, attempt, err); err != nil {
				log.Warn("export dead letters", "err", err)
				sleep(ctx, d.backoff(attempt))
				continue
			}
			d.m.deadLetters.WithLabelValues(s.Name).Add(float64(len(p.changes)))
			p, attempt = nil, 0
			continue
		}
		if len(p.changes) > 0 {
			d.m.lag.WithLabelValues(s.Name).Set(now.Sub(p.changes[0].Time).Seconds())
		}
		if err := d.saveState(ctx, s.Name, st, p); err != nil {
			log.Warn("export cursor", "err", err)
		}
		sleep(ctx, d.backoff(attempt))
	}
}

// next is the sink's next batch: dead letters marked for replay first, then new changes of
// the kinds it takes. caughtUp says the journal had nothing new.
func (d *Dispatcher) next(ctx context.Context, s *Sink, st *sinkState) (*pending, bool, error) {
	rows, err := d.pool.Query(ctx, d.journal.q(`
		SELECT id, event FROM {s}.export_dead_letters WHERE sink = $1 AND replay ORDER BY id LIMIT $2`), s.Name, s.BatchSize)
	if err != nil {
		return nil, false, err
	}
	p := &pending{}
	for rows.Next() {
		var id int64
		var ev json.RawMessage
		if err := rows.Scan(&id, &ev); err != nil {
			rows.Close()
			return nil, false, err
		}
		p.replay, p.events = append(p.replay, id), append(p.events, ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	if len(p.replay) > 0 {
		return p, false, nil
	}

	start := time.Now()
	changes, next, err := d.journal.Read(ctx, st.Cursor, s.BatchSize)
	if err != nil {
		return nil, false, err
	}
	p.next = next
	defer func() { p.work = time.Since(start) }()
	for _, ch := range changes {
		if !s.wants(ch.Kind) {
			continue
		}
		ev, err := cloudEvent(d.opts.Source, ch)
		if err != nil {
			return nil, false, err
		}
		p.changes, p.events = append(p.changes, ch), append(p.events, ev)
	}
	if len(p.events) > 0 {
		return p, false, nil
	}
	// Nothing to send: the cursor moves over what was read. It is written when it passed
	// changes (of kinds the sink does not take), not while the journal stands still.
	caughtUp := len(changes) == 0 && next.Upto == ""
	st.Cursor = next
	if caughtUp && st.Pending != nil {
		st.Pending = nil
		return nil, true, d.saveState(ctx, s.Name, *st, nil)
	}
	if len(changes) > 0 {
		if err := d.saveState(ctx, s.Name, *st, nil); err != nil {
			return nil, false, err
		}
	}
	return nil, caughtUp, nil
}

// backoff is the wait before retry n: full jitter over an exponential bound.
func (d *Dispatcher) backoff(n int) time.Duration {
	bound := d.opts.MaxBackoff
	if n < 30 {
		bound = min(d.opts.MinBackoff<<n, d.opts.MaxBackoff)
	}
	return time.Duration(rand.Int64N(int64(bound)) + 1)
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// loadState reads the sink's row, making it (starting now) for a sink new to the program.
func (d *Dispatcher) loadState(ctx context.Context, sink string) (sinkState, error) {
	var st sinkState
	var upto *string
	err := d.pool.QueryRow(ctx, d.journal.q(`
		SELECT done, upto, after, last, delivered, last_delivered, failing_since, last_error, dead_letters, oldest_pending
		FROM {s}.export_cursors WHERE sink = $1`), sink).
		Scan(&st.Done, &upto, &st.After, &st.Last, &st.Delivered, &st.LastDelivered, &st.FailingSince, &st.LastError, &st.DeadLetters, &st.Pending)
	if errors.Is(err, pgx.ErrNoRows) {
		c, err := d.journal.Now(ctx)
		if err != nil {
			return st, err
		}
		st.Cursor = c
		_, err = d.pool.Exec(ctx, d.journal.q(`
			INSERT INTO {s}.export_cursors (sink, done) VALUES ($1, $2) ON CONFLICT (sink) DO NOTHING`), sink, c.Done)
		if err != nil {
			return st, err
		}
		return d.loadState(ctx, sink)
	}
	if upto != nil {
		st.Upto = *upto
	}
	return st, err
}

// saveState writes the sink's row; p, when set, is the batch still to deliver, whose oldest
// change says how far behind the sink is.
func (d *Dispatcher) saveState(ctx context.Context, sink string, st sinkState, p *pending) error {
	oldest := st.Pending
	if p != nil && len(p.changes) > 0 && (oldest == nil || p.changes[0].Time.Before(*oldest)) {
		oldest = &p.changes[0].Time
	}
	var upto *string
	if st.Upto != "" {
		upto = &st.Upto
	}
	_, err := d.pool.Exec(ctx, d.journal.q(`
		UPDATE {s}.export_cursors SET done = $2, upto = $3, after = $4, last = $10, delivered = $5, last_delivered = $6,
		       oldest_pending = $7, failing_since = $8, last_error = $9, updated_at = now()
		WHERE sink = $1`), sink, st.Done, upto, st.After, st.Delivered, st.LastDelivered, oldest, st.FailingSince, st.LastError, st.Last)
	return err
}

// accepted records a delivered batch: the cursor moves past its changes, or its replayed dead
// letters are deleted.
func (d *Dispatcher) accepted(ctx context.Context, sink string, st *sinkState, p *pending) error {
	if len(p.replay) > 0 {
		if _, err := d.pool.Exec(ctx, d.journal.q(`DELETE FROM {s}.export_dead_letters WHERE id = ANY($1)`), p.replay); err != nil {
			return err
		}
		return d.saveState(ctx, sink, *st, nil)
	}
	// Until a reading finds nothing new, the sink is behind by at least the age of the last
	// change it took: the next one is no older.
	st.Cursor, st.Pending = p.next, &p.changes[len(p.changes)-1].Time
	return d.saveState(ctx, sink, *st, nil)
}

// deadLetter keeps a batch that failed attempts times and moves the cursor past it, in one
// transaction; replayed dead letters that fail again are unmarked instead.
func (d *Dispatcher) deadLetter(ctx context.Context, sink string, st *sinkState, p *pending, attempts int, cause error) error {
	return pgx.BeginFunc(ctx, d.pool, func(tx pgx.Tx) error {
		now := d.opts.Now()
		if len(p.replay) > 0 {
			_, err := tx.Exec(ctx, d.journal.q(`
				UPDATE {s}.export_dead_letters SET replay = false, attempts = attempts + $2, last_error = $3, failed_at = $4
				WHERE id = ANY($1)`), p.replay, attempts, cause.Error(), now)
			return err
		}
		ids, members, kinds := make([]string, len(p.changes)), make([]string, len(p.changes)), make([]string, len(p.changes))
		for i, ch := range p.changes {
			ids[i], members[i], kinds[i] = ch.ID, ch.Member, string(ch.Kind)
		}
		if _, err := tx.Exec(ctx, d.journal.q(`
			INSERT INTO {s}.export_dead_letters (sink, event_id, member_id, kind, event, attempts, last_error, failed_at)
			SELECT $1, i, m, k, e, $6, $7, $8 FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[]) AS x(i, m, k, e)`),
			sink, ids, members, kinds, p.events, attempts, cause.Error(), now); err != nil {
			return err
		}
		st.Cursor, st.DeadLetters = p.next, st.DeadLetters+int64(len(p.changes))
		var upto *string
		if st.Upto != "" {
			upto = &st.Upto
		}
		_, err := tx.Exec(ctx, d.journal.q(`
			UPDATE {s}.export_cursors SET done = $2, upto = $3, after = $4, last = $8, dead_letters = $5, failing_since = $6,
			       last_error = $7, oldest_pending = NULL, updated_at = now()
			WHERE sink = $1`), sink, st.Done, upto, st.After, st.DeadLetters, st.FailingSince, st.LastError, st.Last)
		return err
	})
}
