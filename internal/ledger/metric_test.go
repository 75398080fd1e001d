package ledger_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// The tier metric has one definition, in Go (what an event is judged by), and a twin in SQL
// (what member reads and the tier review use): on random daily counters, negative ones from
// refunds included, both give the same value for every metric, window and day, whether the
// member's months are rolled up into monthly totals (all of them, some of them) or not.
func TestTierMetricInGoAndSQLAgree(t *testing.T) {
	l, pool := newLedger(t, ledger.Options{})
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(7, 7))
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	members := []string{"a", "b", "c"}
	for _, m := range members {
		if _, err := pool.Exec(ctx, `INSERT INTO program.members (id, metric_since) VALUES ($1, $2)`, m, start.AddDate(0, 7+rng.IntN(6), rng.IntN(28))); err != nil {
			t.Fatal(err)
		}
		for range 150 {
			day := start.AddDate(0, 0, rng.IntN(730))
			rule := ""
			if rng.IntN(4) == 0 {
				rule = "purchase"
			}
			whole := rng.IntN(4000) - 500
			if m == "c" { // mostly refunds: totals below zero round down, not toward zero
				whole = -whole
			}
			spend := fmt.Sprintf("%d.%02d", whole, rng.IntN(100))
			if _, err := pool.Exec(ctx, `
				INSERT INTO program.member_daily (member_id, day, rule, points, awards, spend, growth_value)
				VALUES ($1, $2, $3, $4, 1, $5::numeric, $6) ON CONFLICT DO NOTHING`,
				m, day, rule, rng.Int64N(3000)-400, spend, rng.Int64N(300)-60); err != nil {
				t.Fatal(err)
			}
		}
	}
	// a's months are not rolled up (a member from before migration 0021); b's are, up to
	// 2026-03; c's from 2025-05 to 2026-01.
	rolled := map[string][2]*time.Time{"a": {}, "b": {ptr(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)), ptr(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))},
		"c": {ptr(time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)), ptr(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))}}
	for m, r := range rolled {
		if _, err := pool.Exec(ctx, `UPDATE program.members SET rollup_from = $2, rollup_to = $3, rollup_empty = false WHERE id = $1`, m, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
		if _, err := pool.Exec(ctx, `
			INSERT INTO program.member_monthly (member_id, month, rule, points, awards, spend, growth_value)
			SELECT member_id, date_trunc('month', day)::date, rule, sum(points), sum(awards), sum(spend), sum(growth_value)
			FROM program.member_daily WHERE member_id = $1 AND day >= $2 AND day < $3 GROUP BY 1, 2, 3`, m, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	far, later := start.AddDate(-1, 0, 0), start.AddDate(3, 0, 0)
	for _, metric := range []ruleset.Metric{ruleset.MetricPointsEarned, ruleset.MetricSpend, ruleset.MetricGrowthValue} {
		for _, w := range []ruleset.Tiers{{Window: "Rolling", WindowMonths: 12}, {Window: "Rolling", WindowMonths: 3}, {Window: "CalendarYear"}} {
			tiers := w
			tiers.Metric = metric
			for _, m := range members {
				counters, err := l.MemberDaily(ctx, m, far, later)
				if err != nil {
					t.Fatal(err)
				}
				var since *time.Time
				if err := pool.QueryRow(ctx, `SELECT metric_since FROM program.members WHERE id = $1`, m).Scan(&since); err != nil {
					t.Fatal(err)
				}
				for range 12 {
					day := start.AddDate(0, 0, rng.IntN(800))
					want := ledger.TierMetricOf(&tiers, counters, since, day)
					got, err := l.TierMetric(ctx, m, &tiers, day.Add(12*time.Hour))
					if err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Errorf("%s over %s %d months, member %s on %s: SQL says %d, Go %d", metric, w.Window, w.WindowMonths, m, day.Format(time.DateOnly), got, want)
					}
				}
			}
		}
	}
	// The totals are what is read of the months they cover: a month's total changed by hand
	// (Verify would catch it) changes the metric of a window that holds the month whole.
	points := &ruleset.Tiers{Window: "Rolling", WindowMonths: 12, Metric: ruleset.MetricPointsEarned}
	day := time.Date(2026, 2, 20, 12, 0, 0, 0, time.UTC)
	before, err := l.TierMetric(ctx, "b", points, day)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `
		INSERT INTO program.member_monthly (member_id, month, rule, points, awards, spend, growth_value)
		VALUES ('b', '2025-09-01', '', 1000, 0, 0, 0)
		ON CONFLICT (member_id, month, rule) DO UPDATE SET points = member_monthly.points + 1000`); err != nil {
		t.Fatal(err)
	}
	if after, err := l.TierMetric(ctx, "b", points, day); err != nil || after != before+1000 {
		t.Errorf("after September 2025's total grew by 1,000, b's metric is %d (err %v), want %d", after, err, before+1000)
	}
}
