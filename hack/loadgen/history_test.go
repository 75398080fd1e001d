package main

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestActivityIsSkewedAsDocumented draws the rates of a million members: most come a few
// times a year, a few thousand daily, and they add up to about 18,000,000 visits a year,
// which with what follows them makes the 20,000,000 postings the history is meant to have.
func TestActivityIsSkewedAsDocumented(t *testing.T) {
	rates := historyActivity.rates(1_000_000)
	var sum float64
	daily, few := 0, 0
	for _, r := range rates {
		year := float64(r) * 365
		sum += year
		if year >= 365 {
			daily++
		}
		if year <= 12 {
			few++
		}
		if year > 3*365+1e-3 {
			t.Fatalf("a member comes %.0f times a year; at most 3 a day", year)
		}
	}
	if sum < 16e6 || sum > 20e6 {
		t.Errorf("a million members come %.0f times a year; want about 18,000,000", sum)
	}
	if daily < 2000 || daily > 9000 {
		t.Errorf("%d members come daily; want a few thousand", daily)
	}
	if few < 700_000 {
		t.Errorf("%d members come 12 times a year or fewer; want most (three quarters)", few)
	}
	if again := historyActivity.rates(1000); !slices.Equal(again, rates[:1000]) {
		t.Error("a member's rate depends on the number of members")
	}
}

// TestVisitsArePoisson checks the inversion against the mean it is given.
func TestVisitsArePoisson(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, rate := range []float64{0.01, 0.5, 3} {
		n := 200_000
		var total int
		for range n {
			total += visits(rate, r.Float64())
		}
		if mean := float64(total) / float64(n); mean < rate*0.95 || mean > rate*1.05 {
			t.Errorf("rate %.2f: mean %.3f visits a day", rate, mean)
		}
	}
	if visits(0.1, 0) != 0 {
		t.Error("u = 0 gives a visit")
	}
}

// TestPlanDoesNotDependOnTheWorkers plans a day once with one worker and once with three:
// the same actions, so that -history-workers does not change the history (or its cache key).
func TestPlanDoesNotDependOnTheWorkers(t *testing.T) {
	rates := historyActivity.rates(30000)
	for i := range rates {
		rates[i] *= 20 // enough visits to see spending and refunds
	}
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.FixedZone("CST", 8*3600)).Unix()
	plan := func(workers int) ([]action, map[int][]action) {
		available := make([]int64, len(rates))
		for i := range available {
			available[i] = int64(i % 2000)
		}
		var today []action
		later := map[int][]action{}
		for w := range workers {
			pcg := rand.NewPCG(0, 0)
			p := planDay(40, start, "20260302", rates, w, workers, available, rand.New(pcg), pcg)
			today = append(today, p.today...)
			for d, as := range p.later {
				later[d] = append(later[d], as...)
			}
		}
		sortActions(today)
		for d := range later {
			sortActions(later[d])
		}
		return today, later
	}
	one, oneLater := plan(1)
	three, threeLater := plan(3)
	if !reflect.DeepEqual(one, three) || !reflect.DeepEqual(oneLater, threeLater) {
		t.Fatal("the plan of a day differs with the number of workers")
	}
	kinds := map[actionKind]int{}
	for _, a := range one {
		kinds[a.kind]++
		if a.at < start || a.at >= start+86400 {
			t.Fatalf("%+v is not on the day", a)
		}
	}
	for _, as := range oneLater {
		for _, a := range as {
			kinds[a.kind]++
		}
	}
	for _, k := range []actionKind{actEvent, actRedeem, actHold, actCancel, actReverse, actRefundHold} {
		if kinds[k] == 0 {
			t.Errorf("no action of kind %d in %v", k, kinds)
		}
	}
	ids := map[string]bool{}
	for _, a := range one {
		if a.id != "" && a.kind != actReverse {
			if ids[a.id] {
				t.Fatalf("id %s planned twice", a.id)
			}
			ids[a.id] = true
		}
	}
}

// TestHistoryKeyCoversWhatChangesTheHistory: every field of the key changes it, and equal
// parameters give equal keys.
func TestHistoryKeyCoversWhatChangesTheHistory(t *testing.T) {
	end := time.Date(2026, 12, 7, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
	base := historyKey{Seeder: seederVersion, Schema: 20, Postgres: "15", Members: 1000000, History: "12mo", End: end, Rules: "abc"}
	if base.String() != (historyKey{Seeder: seederVersion, Schema: 20, Postgres: "15", Members: 1000000, History: "12mo", End: end, Rules: "abc"}).String() {
		t.Fatal("equal keys differ")
	}
	seen := map[string]string{base.String(): "base"}
	for name, k := range map[string]historyKey{
		"seeder":   {Seeder: seederVersion + 1, Schema: 20, Postgres: "15", Members: 1000000, History: "12mo", End: end, Rules: "abc"},
		"schema":   {Seeder: seederVersion, Schema: 21, Postgres: "15", Members: 1000000, History: "12mo", End: end, Rules: "abc"},
		"postgres": {Seeder: seederVersion, Schema: 20, Postgres: "16", Members: 1000000, History: "12mo", End: end, Rules: "abc"},
		"members":  {Seeder: seederVersion, Schema: 20, Postgres: "15", Members: 20000, History: "12mo", End: end, Rules: "abc"},
		"history":  {Seeder: seederVersion, Schema: 20, Postgres: "15", Members: 1000000, History: "2mo", End: end, Rules: "abc"},
		"end":      {Seeder: seederVersion, Schema: 20, Postgres: "15", Members: 1000000, History: "12mo", End: end.AddDate(0, 0, 7), Rules: "abc"},
		"rules":    {Seeder: seederVersion, Schema: 20, Postgres: "15", Members: 1000000, History: "12mo", End: end, Rules: "abd"},
	} {
		if other, dup := seen[k.String()]; dup {
			t.Errorf("changing %s gives the key of %s: %s", name, other, k)
		}
		seen[k.String()] = name
	}
}

func TestHistoryLengthAndEnd(t *testing.T) {
	for in, want := range map[string][2]int{"12mo": {12, 0}, "2mo": {2, 0}, "10d": {0, 10}} {
		m, d, err := historyLength(in)
		if err != nil || m != want[0] || d != want[1] {
			t.Errorf("%s: %d months, %d days, %v", in, m, d, err)
		}
	}
	for _, bad := range []string{"", "12", "0mo", "1y", "37mo", "-2mo"} {
		if _, _, err := historyLength(bad); err == nil {
			t.Errorf("%q taken", bad)
		}
	}
	shanghai := time.FixedZone("CST", 8*3600)
	// Monday 7 December 2026, 05:00 UTC, is 13:00 in Shanghai: the week started that day.
	for now, want := range map[time.Time]time.Time{
		time.Date(2026, 12, 7, 5, 0, 0, 0, time.UTC):   time.Date(2026, 12, 7, 0, 0, 0, 0, shanghai),
		time.Date(2026, 12, 6, 15, 0, 0, 0, time.UTC):  time.Date(2026, 11, 30, 0, 0, 0, 0, shanghai), // Sunday 23:00 there
		time.Date(2026, 12, 6, 16, 30, 0, 0, time.UTC): time.Date(2026, 12, 7, 0, 0, 0, 0, shanghai),  // Monday 00:30 there
		time.Date(2026, 12, 13, 10, 0, 0, 0, time.UTC): time.Date(2026, 12, 7, 0, 0, 0, 0, shanghai),
	} {
		if got := historyEnd(now, shanghai); !got.Equal(want) {
			t.Errorf("at %s the history ends %s, want %s", now, got, want)
		}
	}
}

func TestStorageReportDividesBySums(t *testing.T) {
	got := storageReport([]relationSize{{"postings", 4000}, {"lots", 2000}, {"holds", 300}, {"stock", 100}}, 10, 8)
	for _, want := range []string{"postings", "400", "500", "the rest", "40 ", "all", "640", "800"} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
}

func TestMoney(t *testing.T) {
	for cents, want := range map[int64]string{3250: "32.50", 800: "8.00", 5: "0.05", 123456: "1234.56"} {
		if got := money(cents); got != want {
			t.Errorf("money(%d) = %s, want %s", cents, got, want)
		}
	}
}

// TestReviewDayIsAFirstOfTheMonthAfterTheTierIsDue: the coffee sample's tiers last 12 months
// and 1 of grace, and its review runs on the first of the month at 04:00.
func TestReviewDayIsAFirstOfTheMonthAfterTheTierIsDue(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	for reached, want := range map[time.Time]time.Time{
		time.Date(2025, 12, 10, 9, 0, 0, 0, shanghai): time.Date(2027, 2, 1, 4, 0, 0, 0, shanghai),
		time.Date(2026, 12, 6, 20, 0, 0, 0, shanghai): time.Date(2028, 2, 1, 4, 0, 0, 0, shanghai),
		time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC): time.Date(2028, 1, 1, 4, 0, 0, 0, shanghai),
	} {
		got := reviewDay(reached, 13, shanghai)
		if !got.Equal(want) {
			t.Errorf("a tier reached %s is reviewed %s, want %s", reached, got, want)
		}
		if got.Before(reached.AddDate(0, 13, 0)) {
			t.Errorf("a tier reached %s is reviewed %s, before it is due", reached, got)
		}
	}
}
