package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/manifests"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/server"
	"github.com/tally-operator/tally/internal/testenv"
)

// schema is the program's schema in the local database.
const schema = "coffee"

// localOptions say what -local prepares before the load.
type localOptions struct {
	dsn      string // a server of the caller's, instead of one started here
	settings string // -pg-set
	members  int
	seed     bool
	// history is -history ("12mo"), empty for none; historyWorkers write it, and
	// historyCache keeps it for the next run and takes it from the last.
	history        string
	historyWorkers int
	historyCache   bool
}

// localLedger is the program's ledger, prepared on this machine.
type localLedger struct {
	pg    *testenv.Postgres // nil for a server of the caller's
	dsn   string
	pool  *pgxpool.Pool
	rules *ruleset.Ruleset
	loc   *time.Location
	// historyEnd is when the seeded history ends; zero without one.
	historyEnd time.Time
}

func (l *localLedger) close() {
	if l.pool != nil {
		l.pool.Close()
	}
	if l.pg != nil {
		_ = l.pg.Stop()
	}
}

// sampleRules compiles the coffee sample, which -local publishes.
func sampleRules() (*ruleset.Ruleset, error) {
	in, err := manifests.ReadDir(filepath.Join(testenv.RepoRoot(), "config", "samples", "coffee"), "brew-coffee")
	if err != nil {
		return nil, err
	}
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%v", errs)
	}
	return rs, nil
}

// prepareLocal starts PostgreSQL (unless o.dsn names one), publishes the coffee sample and
// creates the members m-0 to m-(members-1) when o.seed is set; with o.history, it seeds that
// history, or with o.historyCache takes the history a run with the same key seeded.
func prepareLocal(ctx context.Context, o localOptions) (_ *localLedger, err error) {
	rs, err := sampleRules()
	if err != nil {
		return nil, err
	}
	loc, err := time.LoadLocation(rs.Program.TimeZone)
	if err != nil {
		return nil, err
	}
	l := &localLedger{dsn: o.dsn, rules: rs, loc: loc}
	defer func() {
		if err != nil {
			l.close()
		}
	}()
	var h history
	var cacheDir string
	if o.history != "" {
		months, days, err := historyLength(o.history)
		if err != nil {
			return nil, err
		}
		h = history{members: o.members, end: historyEnd(time.Now(), loc), workers: o.historyWorkers, batch: 1000}
		h.start = h.end.AddDate(0, -months, -days)
		l.historyEnd = h.end
		if o.dsn == "" && o.historyCache {
			major, err := testenv.PostgresMajor()
			if err != nil {
				return nil, err
			}
			key := historyKey{Seeder: seederVersion, Schema: ledger.LatestVersion(), Postgres: major, Members: o.members,
				History: o.history, End: h.end, Rules: rs.Version}
			cacheDir = filepath.Join(historyCacheDir(), key.String())
		}
	}
	if cacheDir != "" {
		if summary, err := os.ReadFile(filepath.Join(cacheDir, summaryFile)); err == nil {
			start := time.Now()
			if l.pg, err = testenv.StartPostgresFrom(cacheDir); err != nil {
				return nil, err
			}
			fmt.Fprintf(os.Stderr, "history: cache used, %s (started from a copy in %.1fs); as seeded:\n%s", cacheDir, time.Since(start).Seconds(), summary)
			l.dsn = l.pg.DSN
			if l.pool, err = newPool(ctx, l.dsn, 16); err != nil {
				return nil, err
			}
			return l, l.applySettings(ctx, o.settings)
		}
		fmt.Fprintf(os.Stderr, "history: not in the cache (%s); seeding it\n", cacheDir)
	}
	if l.dsn == "" {
		if l.pg, err = testenv.StartPostgres(); err != nil {
			return nil, err
		}
		l.dsn = l.pg.DSN
	}
	if l.pool, err = newPool(ctx, l.dsn, 16); err != nil {
		return nil, err
	}
	if _, err := l.pool.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
		return nil, err
	}
	if _, err := ledger.Migrate(ctx, l.pool, schema); err != nil {
		return nil, err
	}
	base, err := ledger.New(l.pool, schema, ledger.Options{})
	if err != nil {
		return nil, err
	}
	if err := base.Publish(ctx, rs); err != nil {
		return nil, err
	}
	if o.history == "" {
		if o.seed {
			start := time.Now()
			if err := createMembers(ctx, l.pool, o.members, start); err != nil {
				return nil, err
			}
			fmt.Fprintf(os.Stderr, "created %d members in %.1fs\n", o.members, time.Since(start).Seconds())
		}
		return l, l.applySettings(ctx, o.settings)
	}
	summary, err := l.seed(ctx, h, o.history, cacheDir)
	if err != nil {
		return nil, err
	}
	if cacheDir != "" {
		start := time.Now()
		if err := os.MkdirAll(filepath.Dir(cacheDir), 0o755); err != nil {
			return nil, err
		}
		// The WAL the seeding left (up to max_wal_size) is recycled, not kept in the copy.
		for _, sql := range []string{"ALTER SYSTEM SET max_wal_size = '1GB'", "SELECT pg_reload_conf()", "CHECKPOINT", "CHECKPOINT"} {
			if _, err := l.pool.Exec(ctx, sql); err != nil {
				return nil, err
			}
		}
		// The copy is of a stopped server: the pool's connections go with it.
		l.pool.Close()
		if err := l.pg.Snapshot(cacheDir); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(cacheDir, summaryFile), []byte(summary), 0o644); err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "history: cached in %s (%.1fs)\n", cacheDir, time.Since(start).Seconds())
		if l.pool, err = newPool(ctx, l.dsn, 16); err != nil {
			return nil, err
		}
		for _, sql := range []string{"ALTER SYSTEM RESET max_wal_size", "SELECT pg_reload_conf()"} {
			if _, err := l.pool.Exec(ctx, sql); err != nil {
				return nil, err
			}
		}
	}
	return l, l.applySettings(ctx, o.settings)
}

// seed creates the members and writes the history h, then prints (and returns) what it
// wrote: the seeding's time, the rows it left, Verify's verdict and the storage figures.
func (l *localLedger) seed(ctx context.Context, h history, length, cacheDir string) (string, error) {
	start := time.Now()
	if err := createMembers(ctx, l.pool, h.members, h.start); err != nil {
		return "", err
	}
	// The seeder's own connections commit without waiting for the disk: a lost commit would
	// only be seeded again.
	seedPool, err := newPool(ctx, withParam(l.dsn, "synchronous_commit=off"), h.workers+4)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(os.Stderr, "history: %d members, %s to %s, %d workers\n", h.members, h.start.Format("2006-01-02"), h.end.Format("2006-01-02"), h.workers)
	st, err := seedHistory(ctx, seedPool, schema, h, os.Stderr)
	seedPool.Close()
	if err != nil {
		return "", err
	}
	seeded := time.Since(start)
	// A ledger that has run for a year has been vacuumed and analysed; the measurements
	// that follow should not pay for setting a year of hint bits.
	vacuumStart := time.Now()
	if _, err := l.pool.Exec(ctx, "VACUUM (ANALYZE)"); err != nil {
		return "", err
	}
	vacuumed := time.Since(vacuumStart)
	c, err := countHistory(ctx, l.pool, schema)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "history %s of %d members, %s to %s: seeded in %s (%.0f operations/s), then VACUUM ANALYZE in %s\n",
		length, h.members, h.start.Format("2006-01-02"), h.end.Format("2006-01-02"), seeded.Round(time.Second),
		float64(sum(st.ops))/seeded.Seconds(), vacuumed.Round(time.Second))
	fmt.Fprintf(&b, "  operations: %s in %d batches\n", counts(st.ops), st.batches)
	if len(st.refused) > 0 {
		fmt.Fprintf(&b, "  refused: %s\n", counts(st.refused))
	}
	fmt.Fprintf(&b, "  jobs: expiry %d lots (%d points) of %d members, %d notices, %d holds released; tier reviews: %d reviewed; journal rolled %d times\n",
		st.expired.Lots, st.expired.Points, st.expired.Members, st.notices, st.holds, st.review.Reviewed, st.rolled)
	fmt.Fprintf(&b, "  rows: %d postings (%d events), %d lots (%d open), %d members, %d daily-counter rows, %d holds, %d redemptions, %d notices, %d badges\n",
		c.postings, c.events, c.lots, c.openLots, c.members, c.daily, c.holds, c.redemptions, c.notices, c.badges)
	fmt.Fprintf(&b, "  tiers: %s\n", counts(c.tiers))
	verifyStart := time.Now()
	base, err := ledger.New(l.pool, schema, ledger.Options{})
	if err != nil {
		return "", err
	}
	problems, err := base.Verify(ctx)
	if err != nil {
		return "", fmt.Errorf("verify: %w", err)
	}
	if len(problems) == 0 {
		fmt.Fprintf(&b, "  verify: the books hold (%s)\n", time.Since(verifyStart).Round(time.Second))
	} else {
		fmt.Fprintf(&b, "  verify: %d problems (%s), the first: %s\n", len(problems), time.Since(verifyStart).Round(time.Second), strings.Join(problems[:min(len(problems), 5)], "; "))
	}
	sizes, err := storageSizes(ctx, l.pool, schema)
	if err != nil {
		return "", err
	}
	b.WriteString(storageReport(sizes, c.postings, c.events))
	fmt.Fprint(os.Stderr, b.String())
	if len(problems) > 0 {
		return "", errors.New("the seeded ledger does not verify")
	}
	return b.String(), nil
}

func sum(m map[string]int64) (n int64) {
	for _, v := range m {
		n += v
	}
	return n
}

// counts writes a map of counts in a stable order: "event 123, redeem 4".
func counts(m map[string]int64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		name := k
		if name == "" {
			name = "(none)"
		}
		parts[i] = fmt.Sprintf("%s %d", name, m[k])
	}
	return strings.Join(parts, ", ")
}

// newPool connects with the ledger's settings and at most conns connections.
func newPool(ctx context.Context, dsn string, conns int) (*pgxpool.Pool, error) {
	return ledger.NewPool(ctx, withParam(dsn, fmt.Sprintf("pool_max_conns=%d", conns)))
}

// withParam adds a parameter (name=value) to a postgres:// DSN.
func withParam(dsn, param string) string {
	if strings.Contains(dsn, "?") {
		return dsn + "&" + param
	}
	return dsn + "?" + param
}

// createMembers creates the members m-0 to m-(members-1), joined at since. Every member has a
// profile, as in a program a CRM feeds: a birthday, spread over the year, and a third of them
// in the segment "members", so that the sample's birthday-month rule reads both and fires
// for about one in 36 purchases. Their months are rolled up to since's, as the ledger does for
// a member it creates then (migration 0021's default is the month of the server's clock, which
// a seeded history starts a year before): the history's months are rolled up as a ledger in
// service rolls them up, by the writes that need them.
func createMembers(ctx context.Context, pool *pgxpool.Pool, members int, since time.Time) error {
	if _, err := pool.Exec(ctx, `
		INSERT INTO coffee.members (id, birthday, segments, created_at, rollup_to)
		SELECT 'm-' || n, to_char(date '2000-01-01' + (n % 366), 'MM-DD'), CASE WHEN n % 3 = 0 THEN '{members}'::text[] END, $2,
		       date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC')::date
		FROM generate_series(0, $1 - 1) AS n`, members, since); err != nil {
		return fmt.Errorf("create members: %w", err)
	}
	if _, err := pool.Exec(ctx, `VACUUM ANALYZE coffee.members`); err != nil {
		return err
	}
	return nil
}

// applySettings applies -pg-set (name=value,...) with ALTER SYSTEM and reloads.
func (l *localLedger) applySettings(ctx context.Context, settings string) error {
	for _, kv := range strings.Split(settings, ",") {
		name, value, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		if _, err := l.pool.Exec(ctx, fmt.Sprintf("ALTER SYSTEM SET %s = '%s'", name, value)); err != nil {
			return fmt.Errorf("-pg-set %s: %w", kv, err)
		}
	}
	_, err := l.pool.Exec(ctx, "SELECT pg_reload_conf()")
	return err
}

// fundedMembers is how many members -seed credits with fundedPoints each (a hundred free
// drinks), so that redemptions take points rather than being refused.
const (
	fundedMembers = 10000
	fundedPoints  = 30000
)

// fund credits the first fundedMembers members with fundedPoints each.
func (l *localLedger) fund(ctx context.Context, members int) error {
	start := time.Now()
	led, err := ledger.New(l.pool, schema, ledger.Options{})
	if err != nil {
		return err
	}
	var ops []ledger.Op
	for n := range min(members, fundedMembers) {
		ops = append(ops, ledger.Credit{Key: fmt.Sprintf("fund-m-%d", n), Member: fmt.Sprintf("m-%d", n), Reason: "load generator funds",
			Adjustment: true, Awards: []ledger.Award{{Rule: "funds", Points: fundedPoints}}})
	}
	for len(ops) > 0 {
		n := min(len(ops), 1000)
		results, err := led.Post(ctx, ops[:n])
		if err != nil {
			return fmt.Errorf("fund members: %w", err)
		}
		for _, r := range results {
			if r.Err != nil {
				return fmt.Errorf("fund members: %w", r.Err)
			}
		}
		ops = ops[n:]
	}
	fmt.Fprintf(os.Stderr, "funded %d members in %.1fs\n", min(members, fundedMembers), time.Since(start).Seconds())
	return nil
}

// serve serves the ledger API on loopback, with the server's clock now (nil: the real one),
// and exports to exportTo ("": nowhere). statements prints pg_stat_statements' findings.
func (l *localLedger) serve(ctx context.Context, shards int, commitDelay time.Duration, exportTo string, now func() time.Time) (url string, stop, statements func(), err error) {
	var undo []func() // in reverse order
	stop = func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}
	defer func() {
		if err != nil {
			stop()
		}
	}()
	stopExport, err := startExport(l.pool, exportTo)
	if err != nil {
		return "", nil, nil, err
	}
	undo = append(undo, stopExport)
	srv, err := server.New(server.Config{Pool: l.pool, Schema: schema, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Shards: shards, CommitDelay: commitDelay, Now: now})
	if err != nil {
		return "", nil, nil, err
	}
	undo = append(undo, srv.Close)
	if err := srv.Load(ctx); err != nil {
		return "", nil, nil, err
	}
	// The journal's partitions follow the server's clock, as tally ledger serve keeps them.
	rollCtx, stopRoll := context.WithCancel(ctx)
	rolled := make(chan struct{})
	go func() { srv.RollJournal(rollCtx); close(rolled) }()
	undo = append(undo, func() { stopRoll(); <-rolled })
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, nil, err
	}
	hs := &http.Server{Handler: srv.Handler()}
	go func() { _ = hs.Serve(lis) }()
	undo = append(undo, func() { _ = hs.Close() })
	if strings.Contains(os.Getenv("TALLY_PG_CONF"), "pg_stat_statements") {
		if _, err := l.pool.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset(), pg_stat_reset(), pg_stat_reset_shared('wal')"); err != nil {
			return "", nil, nil, err
		}
	}
	return "http://" + lis.Addr().String(), stop, func() { printStatements(ctx, l.pool) }, nil
}
