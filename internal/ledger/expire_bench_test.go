package ledger_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
)

// BenchmarkExpireMillionLots expires 1,000,000 lots of 100,000 members and then runs expiry
// again, which must change nothing. Run with:
//
//	go test ./internal/ledger -run '^$' -bench ExpireMillion -benchtime 1x
func BenchmarkExpireMillionLots(b *testing.B) {
	for range b.N {
		b.StopTimer()
		l, pool := newLedger(b, ledger.Options{})
		ctx := context.Background()
		due := time.Now().Add(-time.Hour)
		// Seed directly in SQL: one credit posting of ten lots of 10 points per member, all due.
		seed := []string{
			`INSERT INTO program.members (id, balance) SELECT 'm' || i, 100 FROM generate_series(1, 100000) i`,
			`INSERT INTO program.postings (id, kind, member_id, points, created_at)
			 SELECT i, 'credit', 'm' || i, 100, now() - interval '2 years' FROM generate_series(1, 100000) i`,
			`SELECT setval('program.postings_id_seq', 100000)`,
			`INSERT INTO program.entries (posting_id, seq, account, member_id, amount)
			 SELECT i, 0, 'member', 'm' || i, 100 FROM generate_series(1, 100000) i
			 UNION ALL SELECT i, 1, 'issued', NULL, -100 FROM generate_series(1, 100000) i`,
			`INSERT INTO program.lots (posting_id, seq, member_id, rule, amount, remaining, earned_at, expires_at)
			 SELECT i, s, 'm' || i, 'purchase', 10, 10, now() - interval '2 years', $1
			 FROM generate_series(1, 100000) i, generate_series(0, 9) s`,
			`ANALYZE`,
		}
		for _, sql := range seed {
			args := []any{}
			if strings.Contains(sql, "$1") {
				args = append(args, due)
			}
			if _, err := pool.Exec(ctx, sql, args...); err != nil {
				b.Fatalf("seed: %v", err)
			}
		}
		b.StartTimer()
		start := time.Now()
		rep, err := l.Expire(ctx, time.Now(), 1000)
		if err != nil {
			b.Fatal(err)
		}
		took := time.Since(start)
		b.StopTimer()
		if rep.Lots != 1_000_000 || rep.Points != 10_000_000 || rep.Members != 100_000 {
			b.Fatalf("expired %+v; want 1,000,000 lots of 100,000 members", rep)
		}
		again, err := l.Expire(ctx, time.Now(), 1000)
		if err != nil || again.Lots != 0 {
			b.Fatalf("second run: %+v, %v; want nothing", again, err)
		}
		verify(b, l)
		b.ReportMetric(took.Seconds(), "s/run")
		b.ReportMetric(float64(rep.Lots)/took.Seconds(), "lots/s")
	}
}
