package ledger_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// TestKeyedStatementsScanNoTable runs every operation, retries of them and both member reads on a
// ledger whose tables start empty, over one connection, so that each statement is planned
// while its tables are at their smallest, and the plan kept. None of them may read a table
// of the ledger whole: a plan that does would go on doing it when the table holds millions
// of rows.
func TestKeyedStatementsScanNoTable(t *testing.T) {
	ctx := context.Background()
	l, pool := newLedgerConns(t, 1, ledger.Options{HoldTTL: time.Hour})
	if err := l.SetStock(ctx, "mug", ptr(int64(40))); err != nil {
		t.Fatal(err)
	}
	before := seqScans(t, pool)

	e := sampleEngine(t, "coffee")
	tiers := e.Ruleset().Tiers
	if tiers == nil {
		t.Fatal("the coffee sample has no tiers; the member read would not read daily counters")
	}
	g := &generator{rng: rand.New(rand.NewPCG(1, 2)), prefix: "k", members: 5}
	for i := range 40 {
		batch := g.batch()
		batch = append(batch, event(e, fmt.Sprint("order-", i), g.member(), "purchase", "42.00", time.Now()))
		// A refund of the previous purchase: an Earn's lots are found through its key.
		if i > 0 {
			batch = append(batch, ledger.Reverse{Key: fmt.Sprint("refund-", i), EventID: fmt.Sprint("order-", i-1)})
		}
		if _, err := l.Post(ctx, batch); err != nil {
			t.Fatal(err)
		}
		// The same batch again: its keys are found recorded, and it is retried looking them up.
		if _, err := l.Post(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if _, err := l.View(ctx, g.member(), 30*24*time.Hour, tiers); err != nil {
			t.Fatal(err)
		}
		if _, err := l.Member(ctx, g.member()); err != nil {
			t.Fatal(err)
		}
	}
	// Batches of many members read their daily counters with one scan: one batch creates
	// the members, the next reads what the first counted.
	for round := range 2 {
		var wide []ledger.Op
		for m := range 100 {
			wide = append(wide, event(e, fmt.Sprint("wide-", round, "-", m), fmt.Sprint("wide-", m), "purchase", "12.00", time.Now()))
		}
		if _, err := l.Post(ctx, wide); err != nil {
			t.Fatal(err)
		}
	}

	after := seqScans(t, pool)
	for table, n := range after {
		if n > before[table] {
			t.Errorf("%s was read whole %d times; a statement of Post, View or Member lacks an index for its lookup", table, n-before[table])
		}
	}
	if len(after) < 8 {
		t.Errorf("counted scans of %d tables, want the ledger's 8: %v", len(after), after)
	}
}

// seqScans returns how many times each of the ledger's growing tables was read whole, its
// partitions included. The pool has one connection, whose pending statistics are flushed
// first.
func seqScans(t *testing.T, pool *pgxpool.Pool) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	if _, err := pool.Exec(ctx, `SELECT pg_stat_force_next_flush()`); err != nil {
		t.Fatal(err)
	}
	// A partition's scans count as its partitioned table's (the journal's months).
	rows, err := pool.Query(ctx, `
		SELECT c.relname, sum(s.seq_scan)::bigint FROM pg_stat_user_tables s
		JOIN pg_class c ON c.oid = coalesce(pg_partition_root(s.relid), s.relid)
		WHERE s.schemaname = 'program' AND c.relname IN
		  ('members', 'postings', 'lots', 'idempotency', 'holds', 'redemptions', 'member_daily', 'notices')
		GROUP BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			t.Fatal(err)
		}
		out[name] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
