package ledger_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/manifests"
)

// capsAndTiers is a program whose one rule has caps per week, month and year, and whose tiers
// count the points of a rolling year: every period an event reads but the day's crosses
// months.
const capsAndTiers = `
apiVersion: loyalty.tally.dev/v1alpha1
kind: PointsProgram
metadata: {name: rewards}
spec:
  currency: CNY
  pointValue: "0.10"
  timeZone: UTC
  database: {secretRef: {name: db}}
  expiry: {policy: Never}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata: {name: visit}
spec:
  programRef: {name: rewards}
  eventType: sign_in
  points: {fixed: 10}
  applyTierMultiplier: false
  caps:
  - {period: Week, maxPoints: 40}
  - {period: Month, maxPoints: 280}
  - {period: Year, maxPoints: 1500}
---
apiVersion: loyalty.tally.dev/v1alpha1
kind: TierPolicy
metadata: {name: tiers}
spec:
  programRef: {name: rewards}
  metric: PointsEarned
  window: {type: Rolling, months: 12}
  tiers:
  - {name: Silver, threshold: 600}
  - {name: Gold, threshold: 1150}
  review: {schedule: "0 4 1 * *", validityMonths: 12, graceMonths: 1, downgrade: OneLevel}
`

func capsAndTiersEngine(t *testing.T) *engine.Engine {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "program.yaml"), []byte(capsAndTiers), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, errs, err := manifests.Compile(dir, "test")
	if err != nil || len(errs) > 0 {
		t.Fatalf("compile: %v %v", err, errs)
	}
	e, err := engine.New(rs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// visits is the model of capsAndTiers: the points of each day, and what an event earns.
type visits map[time.Time]int64

func (v visits) sum(from, to time.Time) int64 {
	var n int64
	for d, p := range v {
		if !d.Before(from) && !d.After(to) {
			n += p
		}
	}
	return n
}

// earn is what a visit on day earns, the caps of its week, month and year counted up to it.
func (v visits) earn(day time.Time) int64 {
	week := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	month := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
	year := time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	return max(0, min(10, 40-v.sum(week, day), 280-v.sum(month, day), 1500-v.sum(year, day)))
}

// A member who signs in every day for two years, with late sign-ins and refunds of old ones
// in between, earns what the caps of each week, month and year leave, and reaches each tier on
// the day the rolling year's points qualify, while the months before the current one are read
// from their totals: the rows an event reads stay the same whatever the member's history, and
// Verify finds every month's total equal to its days.
func TestCountersReadStayBoundedByWindows(t *testing.T) {
	ctx := context.Background()
	start := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	c := &clock{t: start}
	l, _ := newLedger(t, ledger.Options{Location: time.UTC, Now: c.now})
	e := capsAndTiersEngine(t)

	model := visits{}
	var reached []string // "tier on day", the ledger's and the model's
	var modelReached []string
	tier := ""
	credited := map[string]time.Time{}
	var reads []string
	post := func(id string, at time.Time) {
		t.Helper()
		day := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
		want := model.earn(day)
		r := mustPost(t, l, ledger.Earn{Engine: e, Event: engine.Event{ID: id, Member: "daily", Type: "sign_in", OccurredAt: at}})
		if r.Points != want {
			t.Fatalf("%s on %s earned %d; the caps leave %d", id, day.Format(time.DateOnly), r.Points, want)
		}
		model[day] += want
		if want > 0 {
			credited[id] = day
		}
		if r.Earned.TierChanged {
			reached = append(reached, r.Earned.Tier+" on "+c.t.Format(time.DateOnly))
		}
		window := model.sum(c.t.AddDate(0, -12, 1).Truncate(24*time.Hour), c.t)
		for _, lv := range []struct {
			name      string
			threshold int64
		}{{"Gold", 1150}, {"Silver", 600}} {
			if window >= lv.threshold {
				if tier != lv.name && (tier == "" || lv.name == "Gold") {
					tier = lv.name
					modelReached = append(modelReached, lv.name+" on "+c.t.Format(time.DateOnly))
				}
				break
			}
		}
	}

	for i := range 730 {
		c.t = start.AddDate(0, 0, i)
		post(fmt.Sprint("visit-", i), c.t)
		switch {
		case c.t.Day() == 12 && i%3 == 0:
			// A late sign-in of 20 days ago: in last month, whose total is already kept.
			post(fmt.Sprint("late-", i), c.t.AddDate(0, 0, -20))
		case c.t.Day() == 20 && i > 400 && i%2 == 0:
			// A refund of a sign-in of a year and more ago.
			id := fmt.Sprint("visit-", i-380)
			if day, ok := credited[id]; ok {
				r := mustPost(t, l, ledger.Reverse{Key: "refund-" + id, EventID: id, Engine: e})
				model[day] += r.Points
			}
		}
		today := c.t.Truncate(24 * time.Hour)
		rows, months, visited, metric, err := ledger.UsageRead(ctx, l, e, "daily", today)
		if err != nil {
			t.Fatal(err)
		}
		if want := model.sum(today.AddDate(0, -12, 1), today); metric != want {
			t.Fatalf("on %s the rolling year's points read %d; the days add up to %d", today.Format(time.DateOnly), metric, want)
		}
		if i == 400 || i == 729 {
			reads = append(reads, fmt.Sprintf("%d rows (%d months' totals, %d visited) after %d days", rows, months, visited, i+1))
			// Days of this month, last month and the month the window starts in, and a total
			// per month between, per rule and for the day's totals.
			if bound := 2 * (3*31 + 12); rows > bound {
				t.Errorf("an event after %d days of history read %d rows of counters; want at most %d", i+1, rows, bound)
			}
			// What PostgreSQL visits to find them is bounded too: a plan that scans all of
			// the member's days and keeps a month's reads a row per day of history.
			if bound := int64(2 * (3*31 + 12)); visited > bound {
				t.Errorf("an event after %d days of history visited %d rows of counters to read %d; want at most %d", i+1, visited, rows, bound)
			}
		}
	}
	if fmt.Sprint(reached) != fmt.Sprint(modelReached) {
		t.Errorf("tiers reached %v; the rolling year's points reach %v", reached, modelReached)
	}
	if len(modelReached) < 2 {
		t.Errorf("the model reaches %v; the test wants both tiers reached", modelReached)
	}
	t.Log(reads)
	verify(t, l)
}
