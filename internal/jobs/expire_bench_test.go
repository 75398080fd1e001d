package jobs_test

import (
	"context"
	"testing"
	"time"
)

// BenchmarkExpireMillionLots runs the expiry job over 100,000 members with ten due lots each
// (1,000,000 lots) and one more lot each that expires within the notice window, so the run
// both expires and announces; then runs it again, which must change nothing. Run with:
//
//	go test ./internal/jobs -run '^$' -bench ExpireMillion -benchtime 1x
func BenchmarkExpireMillionLots(b *testing.B) {
	for range b.N {
		b.StopTimer()
		p := newProgram(b, setExpiry("UTC", rolling("30d")))
		ctx := context.Background()
		asOf := time.Now().UTC().Truncate(time.Second)
		due, soon := asOf.Add(-time.Hour), asOf.AddDate(0, 0, 10)
		// Seeded in SQL, as the ledger writes it: per member one credit posting of eleven
		// lots of 10 points, ten of them due.
		for _, step := range []struct {
			sql  string
			args []any
		}{
			{`INSERT INTO program.members (id, balance) SELECT 'm' || i, 110 FROM generate_series(1, 100000) i`, nil},
			{`INSERT INTO program.postings (id, kind, member_id, points, created_at, entry_accounts, entry_amounts, entry_rules)
			  SELECT i, 'credit', 'm' || i, 110, $1::timestamptz - interval '60 days', '{issued,member}', '{-110,110}', '{purchase,purchase}'
			  FROM generate_series(1, 100000) i`, []any{asOf}},
			{`SELECT setval('program.postings_id_seq', 100000)`, nil},
			{`INSERT INTO program.lots (posting_id, seq, member_id, rule, amount, remaining, earned_at, expires_at)
			  SELECT i, s, 'm' || i, 'purchase', 10, 10, $1::timestamptz - interval '60 days', CASE WHEN s < 10 THEN $2::timestamptz ELSE $3::timestamptz END
			  FROM generate_series(1, 100000) i, generate_series(0, 10) s`, []any{asOf, due, soon}},
			{`ANALYZE`, nil},
		} {
			if _, err := p.pool.Exec(ctx, step.sql, step.args...); err != nil {
				b.Fatalf("seed: %v", err)
			}
		}
		b.StartTimer()
		sum := p.expire(b, asOf)
		b.StopTimer()
		if sum.Expired.Lots != 1_000_000 || sum.Expired.Points != 10_000_000 || sum.Expired.Members != 100_000 {
			b.Fatalf("expired %+v; want 1,000,000 lots of 100,000 members", sum.Expired)
		}
		if sum.Notices.Notices != 100_000 || sum.Notices.Lots != 100_000 {
			b.Fatalf("notices %+v; want one for each of 100,000 members", sum.Notices)
		}
		if again := p.expire(b, asOf); again.Expired.Lots != 0 || again.Notices.Notices != 0 {
			b.Fatalf("second run: %+v %+v; want nothing", again.Expired, again.Notices)
		}
		p.verify(b)
		b.ReportMetric(sum.Took.Seconds(), "s/run")
		b.ReportMetric(float64(sum.Expired.Lots)/sum.Took.Seconds(), "lots/s")
	}
}

// BenchmarkExpireYearlyClearing runs a yearly clearing as a ledger has it at the end of a
// year: 20,000 members with ten lots each that are due and ten earned this year, which all
// expire together a year later. The lots not due must cost the run no more than reading its
// members' own: the next expiry of a member was once found by scanning the index of
// expiries from the clearing on, through every member's lots of the year, and a clearing of
// 28,000 lots took 110 s. Run with:
//
//	go test ./internal/jobs -run '^$' -bench ExpireYearlyClearing -benchtime 1x
func BenchmarkExpireYearlyClearing(b *testing.B) {
	for range b.N {
		b.StopTimer()
		p := newProgram(b, setExpiry("UTC", yearly(12, 31, 1)))
		ctx := context.Background()
		asOf := time.Date(2028, 1, 1, 0, 15, 0, 0, time.UTC)
		due, next := time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC)
		const members = 20000
		for _, step := range []struct {
			sql  string
			args []any
		}{
			{`INSERT INTO program.members (id, balance, expires_next) SELECT 'm' || i, 200, $1 FROM generate_series(1, $2::int) i`, []any{due, members}},
			{`INSERT INTO program.postings (id, kind, member_id, points, created_at, entry_accounts, entry_amounts, entry_rules)
			  SELECT i, 'credit', 'm' || i, 200, $1::timestamptz - interval '300 days', '{issued,member}', '{-200,200}', '{purchase,purchase}'
			  FROM generate_series(1, $2::int) i`, []any{asOf, members}},
			{`SELECT setval('program.postings_id_seq', $1)`, []any{members}},
			{`INSERT INTO program.lots (posting_id, seq, member_id, rule, amount, remaining, earned_at, expires_at)
			  SELECT i, s, 'm' || i, 'purchase', 10, 10, $1::timestamptz - interval '300 days', CASE WHEN s < 10 THEN $2::timestamptz ELSE $3::timestamptz END
			  FROM generate_series(1, $4::int) i, generate_series(0, 19) s`, []any{asOf, due, next, members}},
			{`ANALYZE`, nil},
		} {
			if _, err := p.pool.Exec(ctx, step.sql, step.args...); err != nil {
				b.Fatalf("seed: %v", err)
			}
		}
		b.StartTimer()
		sum := p.expire(b, asOf)
		b.StopTimer()
		if sum.Expired.Lots != 10*members || sum.Expired.Members != members {
			b.Fatalf("expired %+v; want %d lots of %d members", sum.Expired, 10*members, members)
		}
		var wrong int
		if err := p.pool.QueryRow(ctx, `SELECT count(*) FROM program.members WHERE expires_next IS DISTINCT FROM $1`, next).Scan(&wrong); err != nil {
			b.Fatal(err)
		}
		if wrong > 0 {
			b.Fatalf("%d members' next expiry is not the next lots'", wrong)
		}
		p.verify(b)
		b.ReportMetric(sum.Took.Seconds(), "s/run")
		b.ReportMetric(float64(sum.Expired.Lots)/sum.Took.Seconds(), "lots/s")
	}
}
