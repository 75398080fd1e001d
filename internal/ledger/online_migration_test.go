package ledger_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// The ledger keeps writing while the previous release's schema migrates to this one's: no
// request fails and none waits a second. The journal has TALLY_MIGRATION_POSTINGS postings
// (1,000,000 unless set; `make test-online-migration` runs it with 5,000,000, the figure
// docs/operator.md reports). During an upgrade the previous release's ledger serves until the
// migration is done, so the writers write what it writes, as it does: a posting with its
// lot under the member's row lock, in the tables and columns of the previous schema.
func TestJournalMigratesUnderLoad(t *testing.T) {
	ctx := context.Background()
	postings := 1_000_000
	if v := os.Getenv("TALLY_MIGRATION_POSTINGS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("TALLY_MIGRATION_POSTINGS=%q: %v", v, err)
		}
		postings = n
	}
	ms, err := ledger.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	_, previous := previousRelease(t)
	pool := poolAt(t, previous)
	members := max(postings/20, 1)
	start := time.Now()
	for _, sql := range []string{
		`INSERT INTO program.members (id, created_at) SELECT 'm' || i, now() FROM generate_series(0, {members} - 1) i`,
		`INSERT INTO program.postings (id, kind, member_id, points, idempotency_key, event_id, ruleset_version,
		        entry_accounts, entry_amounts, entry_rules, created_at)
		 SELECT nextval('program.postings_id_seq'), 'credit', 'm' || (i % {members}), 1 + i % 50, 'seed-' || i, 'seed-' || i, 'v1',
		        '{issued,member}', ARRAY[-(1 + i % 50), 1 + i % 50]::bigint[], '{purchase,purchase}',
		        now() - interval '1 second' * ({postings} - i)
		 FROM generate_series(0, {postings} - 1) i`,
		`INSERT INTO program.lots (posting_id, seq, member_id, event_id, rule, amount, remaining, earned_at)
		 SELECT id, 1, member_id, event_id, 'purchase', points, points, created_at FROM program.postings`,
		`UPDATE program.members m SET balance = s.points
		 FROM (SELECT member_id, sum(points) AS points FROM program.postings GROUP BY 1) s WHERE s.member_id = m.id`,
		// As autovacuum leaves a ledger that has been running: hint bits set, statistics taken.
		`VACUUM (ANALYZE) program.members, program.postings, program.lots`,
	} {
		sql = strings.NewReplacer("{postings}", strconv.Itoa(postings), "{members}", strconv.Itoa(members)).Replace(sql)
		if _, err := pool.Exec(ctx, sql); err != nil {
			t.Fatalf("seed: %v\n%s", err, sql)
		}
	}
	seeded := time.Since(start)
	l, err := ledger.New(pool, "program", ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}

	// Writers: each posts one event at a time to a random member, old or new, as requests do.
	const writers = 8
	var (
		mu       sync.Mutex
		writes   []write
		failures []error
		wg       sync.WaitGroup
	)
	stop := make(chan struct{})
	for w := range writers {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				began := time.Now()
				err := previousReleaseCredit(ctx, pool, fmt.Sprintf("load-%d-%d", w, i), "m"+strconv.Itoa(rand.IntN(members+members/10)), 1+rand.Int64N(50))
				took := time.Since(began)
				mu.Lock()
				writes = append(writes, write{began, took})
				if err != nil {
					failures = append(failures, err)
				}
				mu.Unlock()
			}
		})
	}
	time.Sleep(time.Second)
	began := time.Now()
	applied, err := ledger.Migrate(ctx, pool, "program")
	ended := time.Now()
	migration := ended.Sub(began)
	time.Sleep(time.Second)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatalf("migrate under load: %v", err)
	}
	var want []int
	for _, m := range ms {
		if m.Version > previous {
			want = append(want, m.Version)
		}
	}
	if !slices.Equal(applied, want) {
		t.Fatalf("applied %v; want %v", applied, want)
	}
	if len(failures) > 0 {
		t.Errorf("%d of %d requests failed while migrating; the first: %v", len(failures), len(writes), failures[0])
	}
	// The writes that were waiting at some moment of the migration.
	var latencies []time.Duration
	var during int
	var worstDuring time.Duration
	for _, w := range writes {
		latencies = append(latencies, w.took)
		if w.began.Before(ended) && w.began.Add(w.took).After(began) {
			during++
			worstDuring = max(worstDuring, w.took)
		}
	}
	slices.Sort(latencies)
	worst, p99 := latencies[len(latencies)-1], latencies[len(latencies)*99/100]
	if worstDuring > time.Second {
		t.Errorf("a write waited %s while migrating; want none held 1 s", worstDuring)
	}
	if during == 0 {
		t.Errorf("no write completed during the migration (%s)", migration)
	}
	var validated bool
	if err := pool.QueryRow(ctx, `SELECT convalidated FROM pg_constraint WHERE conname = 'postings_balanced' AND conrelid = 'program.postings'::regclass`).Scan(&validated); err != nil || !validated {
		t.Errorf("postings_balanced validated: %v, %v; want true", validated, err)
	}
	verify(t, l)
	t.Logf("%d postings seeded in %s; migration %v took %s with %d writes meanwhile; the slowest of those %s; %d writes in all, p99 %s, slowest %s",
		postings, seeded.Round(time.Millisecond), applied, migration.Round(time.Millisecond), during, worstDuring.Round(time.Microsecond), len(latencies),
		p99.Round(time.Microsecond), worst.Round(time.Microsecond))
}

// previousReleaseCredit credits points to a member as the previous release's ledger writes a
// purchase: the member's row locked (created if new), the balanced posting, its lot and the
// idempotency record, in one transaction.
func previousReleaseCredit(ctx context.Context, pool *pgxpool.Pool, key, member string, points int64) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO program.members (id, balance, created_at) VALUES ($1, $2, now())
		ON CONFLICT (id) DO UPDATE SET balance = members.balance + excluded.balance`, member, points)
	b.Queue(`WITH p AS (
		  INSERT INTO program.postings (id, kind, member_id, points, idempotency_key, event_id, ruleset_version,
		                                entry_accounts, entry_amounts, entry_rules, created_at)
		  VALUES (nextval('program.postings_id_seq'), 'credit', $1, $2::bigint, 'event:' || $3, $3, 'v1',
		          '{issued,member}', ARRAY[-$2::bigint, $2::bigint], '{purchase,purchase}', now())
		  RETURNING id, created_at)
		INSERT INTO program.lots (posting_id, seq, member_id, event_id, rule, amount, remaining, earned_at)
		SELECT id, 1, $1, $3, 'purchase', $2, $2, created_at FROM p`, member, points, key)
	b.Queue(`INSERT INTO program.idempotency (key, request_hash, response) VALUES ('event:' || $1, '\x00', '\x00')`, key)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

type write struct {
	began time.Time
	took  time.Duration
}
