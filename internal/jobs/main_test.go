package jobs_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/jobs"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/testenv"
)

var pg *testenv.Postgres

func TestMain(m *testing.M) {
	var err error
	pg, err = testenv.StartPostgres()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = pg.Stop()
	if tallyBin != "" {
		_ = os.RemoveAll(filepath.Dir(tallyBin))
	}
	os.Exit(code)
}

const schema = "program"

// clock is a settable time for the ledger.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// program is a migrated schema with the coffee sample's rules, edited, published.
type program struct {
	uri    string
	pool   *pgxpool.Pool
	eng    *engine.Engine
	ledger *ledger.Ledger
	clock  *clock
}

// newProgram publishes the coffee sample, changed by edit, to a fresh database.
func newProgram(t testing.TB, edit func(*ruleset.Input)) *program {
	t.Helper()
	ctx := context.Background()
	in, err := testenv.SampleInput("coffee", "test")
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(&in)
	}
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	eng, err := engine.New(rs)
	if err != nil {
		t.Fatal(err)
	}
	uri := pg.NewDatabase(t)
	pool, err := ledger.NewPool(ctx, uri)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if _, err := ledger.Migrate(ctx, pool, schema); err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	l, err := ledger.New(pool, schema, ledger.Options{Location: eng.Location(), AllowNegative: rs.Program.AllowNegative, Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Publish(ctx, rs); err != nil {
		t.Fatal(err)
	}
	return &program{uri: uri, pool: pool, eng: eng, ledger: l, clock: c}
}

// setExpiry sets the program's expiry policy and time zone.
func setExpiry(zone string, e v1alpha1.LotExpiry) func(*ruleset.Input) {
	return func(in *ruleset.Input) {
		in.Program.Spec.TimeZone = v1alpha1.TimeZone(zone)
		in.Program.Spec.Expiry.LotExpiry = e
	}
}

func rolling(period string) v1alpha1.LotExpiry {
	return v1alpha1.LotExpiry{Policy: v1alpha1.ExpiryRolling, Rolling: &v1alpha1.RollingExpiry{Period: v1alpha1.Period(period)}}
}

func yearly(month, day, after int32) v1alpha1.LotExpiry {
	return v1alpha1.LotExpiry{Policy: v1alpha1.ExpiryYearlyClearing,
		YearlyClearing: &v1alpha1.YearlyClearing{Month: month, Day: day, AfterYears: &after}}
}

// event posts one event of type typ at `at` (with the ledger's clock there too) and returns
// the points it earned.
func (p *program) event(t testing.TB, id, member, typ, amount string, at time.Time) int64 {
	t.Helper()
	p.clock.Set(at)
	res, err := p.ledger.PostOne(context.Background(), ledger.Earn{Engine: p.eng, Event: engine.Event{
		ID: id, Type: typ, Member: member, Amount: amount, Currency: "CNY", OccurredAt: at}})
	if err != nil || res.Err != nil {
		t.Fatalf("event %s: %v %v", id, err, res.Err)
	}
	return res.Points
}

func (p *program) balance(t testing.TB, member string) int64 {
	t.Helper()
	m, err := p.ledger.Member(context.Background(), member)
	if err != nil {
		t.Fatal(err)
	}
	return m.Balance
}

func (p *program) options(asOf time.Time) jobs.Options {
	return jobs.Options{Pool: p.pool, Schema: schema, AsOf: asOf, Now: p.clock.Now, Log: slog.New(slog.DiscardHandler)}
}

// expire runs the expiry job as of asOf.
func (p *program) expire(t testing.TB, asOf time.Time) jobs.ExpirySummary {
	t.Helper()
	p.clock.Set(asOf)
	sum, err := jobs.Expire(context.Background(), p.options(asOf))
	if err != nil {
		t.Fatalf("expire as of %v: %v", asOf, err)
	}
	return sum
}

// verify fails the test if the ledger's invariants do not hold.
func (p *program) verify(t testing.TB) {
	t.Helper()
	problems, err := p.ledger.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range problems {
		t.Error(pr)
	}
}

func mustTime(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
