package ledger_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/testenv"
)

var pg *testenv.Postgres

func TestMain(m *testing.M) {
	if os.Getenv(crashChildEnv) != "" {
		os.Exit(crashChild())
	}
	var err error
	pg, err = testenv.StartPostgres()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	_ = pg.Stop()
	os.Exit(code)
}

// newLedger returns a migrated ledger in a fresh database, with the pool behind it.
func newLedger(t testing.TB, opts ledger.Options) (*ledger.Ledger, *pgxpool.Pool) {
	t.Helper()
	return newLedgerConns(t, 70, opts)
}

// newLedgerConns is newLedger with a pool of at most conns connections.
func newLedgerConns(t testing.TB, conns int, opts ledger.Options) (*ledger.Ledger, *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	pool, err := ledger.NewPool(ctx, fmt.Sprintf("%s&pool_max_conns=%d", pg.NewDatabase(t), conns))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}
	l, err := ledger.New(pool, "program", opts)
	if err != nil {
		t.Fatal(err)
	}
	return l, pool
}

// verify fails the test if the ledger's invariants do not hold.
func verify(t testing.TB, l *ledger.Ledger) {
	t.Helper()
	problems, err := l.Verify(context.Background())
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

func post(t testing.TB, l *ledger.Ledger, op ledger.Op) ledger.Result {
	t.Helper()
	res, err := l.PostOne(context.Background(), op)
	if err != nil {
		t.Fatalf("post %T: %v", op, err)
	}
	return res
}

func mustPost(t testing.TB, l *ledger.Ledger, op ledger.Op) ledger.Result {
	t.Helper()
	res := post(t, l, op)
	if res.Err != nil {
		t.Fatalf("post %T: %v", op, res.Err)
	}
	return res
}

// mustPostAll posts ops in one batch and fails the test if the batch or any op fails.
func mustPostAll(t testing.TB, l *ledger.Ledger, ops []ledger.Op) []ledger.Result {
	t.Helper()
	res, err := l.Post(context.Background(), ops)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	return res
}

func earn(key, member string, points int64) ledger.Credit {
	return ledger.Credit{Key: key, Member: member, EventID: key, OccurredAt: testDay, RulesetVersion: "v1",
		Awards: []ledger.Award{{Rule: "purchase", Points: points}}}
}

func balance(t testing.TB, l *ledger.Ledger, member string) ledger.Balance {
	t.Helper()
	b, err := l.Balance(context.Background(), member, 30*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testDay is when test events happen unless a test says otherwise.
var testDay = time.Now().UTC().Truncate(time.Second)

// clock is a settable clock for tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }
