package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/ledger"
)

// poolAt returns a pool on a fresh database whose schema is at migration version.
func poolAt(t *testing.T, version int) *pgxpool.Pool {
	t.Helper()
	pool, err := ledger.NewPool(context.Background(), pg.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	migrateUpTo(t, pool, version)
	return pool
}

// migrateUpTo applies the ledger's migrations up to and including version last.
func migrateUpTo(t *testing.T, pool *pgxpool.Pool, last int) {
	t.Helper()
	ms, err := ledger.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Version > last {
			break
		}
		if _, err := ledger.ApplyMigration(context.Background(), pool, "program", m); err != nil {
			t.Fatalf("migration %d: %v", m.Version, err)
		}
	}
}

// journal returns every entry as the entries table (before migration 10) or view (after)
// shows it, in order.
func journal(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	// Simple protocol: the pool's cached statement would not survive the table becoming a view.
	rows, err := pool.Query(context.Background(), `
		SELECT format('%s/%s %s %s %s %s', posting_id, seq, account, coalesce(member_id, '-'), amount, rule)
		FROM program.entries ORDER BY posting_id, seq`, pgx.QueryExecModeSimpleProtocol)
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Migration 10 moves each posting's entries onto the posting. A journal written before it
// reads the same afterwards, through the view, and the books still balance.
func TestEntriesMoveOntoTheirPostings(t *testing.T) {
	ctx := context.Background()
	pool := poolAt(t, 9)
	// As the ledger wrote them before: a credit of two awards, a hold, an expiry.
	for _, sql := range []string{
		`INSERT INTO program.members (id, balance, held) VALUES ('ann', 40, 20), ('bob', 0, 0)`,
		`INSERT INTO program.postings (id, kind, member_id, points, idempotency_key, created_at) VALUES
		   (1, 'credit', 'ann', 70, 'k1', now()), (2, 'hold', 'ann', -20, 'k2', now()), (3, 'credit', 'bob', 5, 'k3', now()),
		   (4, 'expire', 'ann', -10, NULL, now()), (5, 'expire', 'bob', -5, NULL, now())`,
		`INSERT INTO program.entries (posting_id, seq, account, member_id, amount, rule) VALUES
		   (1, 0, 'issued', NULL, -50, 'purchase'), (1, 1, 'member', 'ann', 50, 'purchase'),
		   (1, 2, 'issued', NULL, -20, 'tier bonus'), (1, 3, 'member', 'ann', 20, 'tier bonus'),
		   (2, 0, 'member', 'ann', -20, ''), (2, 1, 'held', 'ann', 20, ''),
		   (3, 0, 'issued', NULL, -5, 'signin'), (3, 1, 'member', 'bob', 5, 'signin'),
		   (4, 0, 'member', 'ann', -10, ''), (4, 1, 'expired', NULL, 10, ''),
		   (5, 0, 'member', 'bob', -5, ''), (5, 1, 'expired', NULL, 5, '')`,
		`INSERT INTO program.holds (id, member_id, points, status, allocations, expires_at, created_at, updated_at)
		   VALUES ('h1', 'ann', 20, 'active', '[]', now() + interval '1 hour', now(), now())`,
		`INSERT INTO program.lots (posting_id, seq, member_id, rule, amount, remaining, earned_at) VALUES
		   (1, 0, 'ann', 'purchase', 50, 20, now()), (1, 1, 'ann', 'tier bonus', 20, 20, now()), (3, 0, 'bob', 'signin', 5, 0, now())`,
	} {
		if _, err := pool.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	before := journal(t, pool)
	if len(before) != 12 {
		t.Fatalf("%d entries seeded; want 12", len(before))
	}
	migrateUpTo(t, pool, 10)
	if after := journal(t, pool); !slices.Equal(after, before) {
		t.Errorf("journal after the migration:\n%s\nwant:\n%s", strings.Join(after, "\n"), strings.Join(before, "\n"))
	}
	var accounts []string
	if err := pool.QueryRow(ctx, `SELECT entry_accounts FROM program.postings WHERE id = 1`).Scan(&accounts); err != nil {
		t.Fatal(err)
	}
	if want := []string{"issued", "member", "issued", "member"}; !slices.Equal(accounts, want) {
		t.Errorf("posting 1 holds accounts %v; want %v", accounts, want)
	}
	// A ledger of the version before, still running during a rolling update, writes its
	// posting and then its entries into the view, by INSERT or by COPY.
	for _, sql := range []string{
		`INSERT INTO program.members (id) VALUES ('cy')`,
		`INSERT INTO program.postings (id, kind, member_id, points, created_at) VALUES (6, 'credit', 'cy', 9, now()), (7, 'credit', 'cy', 1, now())`,
		`INSERT INTO program.entries (posting_id, seq, account, member_id, amount, rule)
		 SELECT * FROM unnest('{6,6}'::bigint[], '{0,1}'::smallint[], '{issued,member}'::text[], '{NULL,cy}'::text[], '{-9,9}'::bigint[], '{r,r}'::text[])`,
		`INSERT INTO program.lots (posting_id, seq, member_id, rule, amount, remaining, earned_at) VALUES (6, 0, 'cy', 'r', 9, 9, now()), (7, 0, 'cy', '', 1, 1, now())`,
		`UPDATE program.members SET balance = 10 WHERE id = 'cy'`,
		`SELECT setval('program.postings_id_seq', 7)`,
	} {
		if _, err := pool.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"program", "entries"}, []string{"posting_id", "seq", "account", "member_id", "amount", "rule"},
		pgx.CopyFromRows([][]any{{int64(7), int16(0), "issued", nil, int64(-1), ""}, {int64(7), int16(1), "member", "cy", int64(1), ""}})); err != nil {
		t.Fatalf("COPY into the view: %v", err)
	}
	want := append(before, "6/0 issued - -9 r", "6/1 member cy 9 r", "7/0 issued - -1 ", "7/1 member cy 1 ")
	if got := journal(t, pool); !slices.Equal(got, want) {
		t.Errorf("journal after an old ledger's writes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := pool.Exec(ctx, `INSERT INTO program.entries (posting_id, seq, account, amount) VALUES (99, 0, 'issued', 1)`); err == nil ||
		!strings.Contains(err.Error(), "entry 99/0 has no posting") {
		t.Errorf("an entry without its posting: %v; want it refused", err)
	}

	if _, err := ledger.Migrate(ctx, pool, "program"); err != nil {
		t.Fatal(err)
	}
	l, err := ledger.New(pool, "program", ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	verify(t, l)
	// And the ledger carries on from there.
	mustPost(t, l, earn("k4", "bob", 7))
	if b := balance(t, l, "bob").Available; b != 7 {
		t.Errorf("bob's balance %d after earning 7; want 7", b)
	}
	verify(t, l)
}

// An entry the migration could not keep (here, one of another member than its posting's)
// stops it, and nothing changes.
func TestEntriesMigrationRefusesWhatItCannotKeep(t *testing.T) {
	ctx := context.Background()
	pool := poolAt(t, 9)
	for _, sql := range []string{
		`INSERT INTO program.postings (id, kind, member_id, points, created_at) VALUES (1, 'credit', 'ann', 5, now())`,
		`INSERT INTO program.entries (posting_id, seq, account, member_id, amount) VALUES
		   (1, 0, 'issued', NULL, -5), (1, 1, 'member', 'bob', 5)`,
	} {
		if _, err := pool.Exec(ctx, sql); err != nil {
			t.Fatal(err)
		}
	}
	_, err := ledger.Migrate(ctx, pool, "program")
	if err == nil || !strings.Contains(err.Error(), "0010_entries_in_postings") || !strings.Contains(err.Error(), "tally ledger verify") {
		t.Fatalf("migrate: %v; want migration 10 refused, pointing at tally ledger verify", err)
	}
	if got := journal(t, pool); len(got) != 2 {
		t.Errorf("journal after the refused migration: %v; want the 2 entries kept", got)
	}
}

// Verify reports what is wrong with a posting's entries, naming the posting. Since migration
// 0020 PostgreSQL refuses an unbalanced posting itself; verify still finds one in a database
// whose check was taken away.
func TestVerifyFindsBrokenEntries(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name, corrupt, want string
		refused             bool
	}{
		{"unbalanced", `UPDATE program.postings SET entry_amounts[1] = -4 WHERE id = $1`,
			"posting entries do not sum to zero: posting %d: entries sum to 1", true},
		{"member side differs", `UPDATE program.postings SET points = 6 WHERE id = $1`,
			"posting points differ from the member's entries: posting %d: points 6, member entries 5", true},
		{"ragged", `UPDATE program.postings SET entry_rules = entry_rules[1:1] WHERE id = $1`,
			"a posting's entries are not one account, amount and rule each: posting %d: 2 accounts, 2 amounts, 1 rules", false},
		{"balance drift", `UPDATE program.postings SET entry_amounts = '{-6,6}', points = 6 WHERE id = $1`,
			"member balance differs from the sum of its lots or of its journal entries: member m: balance 5, lots 5, journal 6", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, pool := newLedger(t, ledger.Options{})
			res := mustPost(t, l, earn("e1", "m", 5))
			verify(t, l)
			_, err := pool.Exec(ctx, c.corrupt, res.PostingID)
			if pg, ok := errors.AsType[*pgconn.PgError](err); c.refused && (!ok || pg.ConstraintName != "postings_balanced") {
				t.Fatalf("%s: %v; want PostgreSQL to refuse it (postings_balanced)", c.corrupt, err)
			}
			if c.refused {
				if _, err := pool.Exec(ctx, `ALTER TABLE program.postings DROP CONSTRAINT postings_balanced`); err != nil {
					t.Fatal(err)
				}
				_, err = pool.Exec(ctx, c.corrupt, res.PostingID)
			}
			if err != nil {
				t.Fatal(err)
			}
			problems, err := l.Verify(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := c.want
			if strings.Contains(want, "%d") {
				want = fmt.Sprintf(want, res.PostingID)
			}
			if !slices.Contains(problems, want) {
				t.Errorf("verify found %q; want %q", problems, want)
			}
		})
	}
}

// A schema that is up to date is checked without the migration lock: a pass of the operator
// over it is not held up while another process migrates (or holds the lock), and it applies
// nothing. A schema with a migration pending waits for the lock.
func TestUpToDateSchemaTakesNoLock(t *testing.T) {
	ctx := context.Background()
	_, pool := newLedger(t, ledger.Options{}) // migrated, schema "program"
	holder, err := pool.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Release()
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('tally.migrate.' || $1))`, "program"); err != nil {
		t.Fatal(err)
	}
	quick, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	applied, err := ledger.Migrate(quick, pool, "program")
	if err != nil || len(applied) != 0 {
		t.Fatalf("migrate an up-to-date schema while the lock is held: applied %v, %v", applied, err)
	}
	// A pending migration waits for the lock.
	if _, err := pool.Exec(ctx, `DELETE FROM program.schema_migrations WHERE version = (SELECT max(version) FROM program.schema_migrations)`); err != nil {
		t.Fatal(err)
	}
	short, cancel2 := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel2()
	if _, err := ledger.Migrate(short, pool, "program"); err == nil || short.Err() == nil {
		t.Fatalf("a pending migration did not wait for the lock another process holds: %v", err)
	}
}
