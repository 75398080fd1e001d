package engine_test

import (
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/testenv"
)

func sampleInputOf(brand string) (ruleset.Input, error) { return testenv.SampleInput(brand, brand) }

func sampleEngine(t testing.TB, brand string) *engine.Engine {
	t.Helper()
	in, err := sampleInputOf(brand)
	if err != nil {
		t.Fatal(err)
	}
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	e, err := engine.New(rs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

var shanghai, _ = time.LoadLocation("Asia/Shanghai")

// A Wednesday and a Saturday, in Shanghai.
var (
	wednesday = time.Date(2026, 11, 18, 12, 0, 0, 0, shanghai)
	saturday  = time.Date(2026, 11, 21, 12, 0, 0, 0, shanghai)
)

type sampleCase struct {
	name   string
	event  engine.Event
	member engine.MemberState
	want   map[string]int64 // rule -> points awarded
	total  int64
}

func member(tier string) engine.MemberState {
	return engine.MemberState{Member: ruleset.Member{ID: "m-1", Tier: tier}}
}

func withUsage(m engine.MemberState, rule string, day engine.Tally) engine.MemberState {
	m.Rules = map[string]engine.Usage{rule: {Day: day, Week: day, Month: day, Lifetime: day}}
	return m
}

func runSampleCases(t *testing.T, e *engine.Engine, cases []sampleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.event.OccurredAt.IsZero() {
				tc.event.OccurredAt = wednesday
			}
			out, err := e.Evaluate(tc.event, tc.member, tc.event.OccurredAt)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int64{}
			for _, a := range out.Awards {
				got[a.Rule] = a.Points
			}
			if len(got) != len(tc.want) || out.Points != tc.total {
				t.Fatalf("awards %v (total %d); want %v (total %d)\nexplanation: %+v", got, out.Points, tc.want, tc.total, out.Explanation)
			}
			for r, p := range tc.want {
				if got[r] != p {
					t.Errorf("rule %s awarded %d; want %d", r, got[r], p)
				}
			}
		})
	}
}

func TestCoffeeSample(t *testing.T) {
	e := sampleEngine(t, "coffee")
	purchase := func(amount string) engine.Event {
		return engine.Event{ID: "o-1", Type: "purchase", Member: "m-1", Amount: amount, Currency: "CNY"}
	}
	runSampleCases(t, e, []sampleCase{
		{"purchase: 1 point per CNY", purchase("128.50"), member(""), map[string]int64{"purchase": 128}, 128},
		{"purchase as Silver: 1.25x, rounded down", purchase("128.50"), member("Silver"), map[string]int64{"purchase": 160}, 160},
		{"purchase as Gold: 1.5x", purchase("128.50"), member("Gold"), map[string]int64{"purchase": 192}, 192},
		{"a zero purchase earns nothing", purchase("0"), member(""), map[string]int64{}, 0},
		{"sign-in: 5 points", engine.Event{Type: "sign_in"}, member(""), map[string]int64{"sign-in": 5}, 5},
		{"sign-in as Gold is not multiplied", engine.Event{Type: "sign_in"}, member("Gold"), map[string]int64{"sign-in": 5}, 5},
		{"third sign-in of the day still fits the cap", engine.Event{Type: "sign_in"}, withUsage(member(""), "sign-in", engine.Tally{Points: 10, Count: 2}), map[string]int64{"sign-in": 5}, 5},
		{"fourth sign-in of the day: capped at 15", engine.Event{Type: "sign_in"}, withUsage(member(""), "sign-in", engine.Tally{Points: 15, Count: 3}), map[string]int64{}, 0},
		{"cap leaves room for part of an award", engine.Event{Type: "sign_in"}, withUsage(member(""), "sign-in", engine.Tally{Points: 12, Count: 3}), map[string]int64{"sign-in": 3}, 3},
		{"review: 20 points", engine.Event{Type: "review"}, member("Silver"), map[string]int64{"review": 20}, 20},
		{"an event no rule listens to", engine.Event{Type: "share"}, member(""), map[string]int64{}, 0},
	})
}

func TestFashionSample(t *testing.T) {
	e := sampleEngine(t, "fashion")
	runSampleCases(t, e, []sampleCase{
		{"weekday purchase: 1 point per CNY", engine.Event{Type: "purchase", Amount: "100", OccurredAt: wednesday}, member(""),
			map[string]int64{"purchase": 100}, 100},
		{"weekend purchase: double points", engine.Event{Type: "purchase", Amount: "100", OccurredAt: saturday}, member(""),
			map[string]int64{"purchase": 100, "double-points-weekend": 100}, 200},
		{"Friday 23:30 in Shanghai is not the weekend, though it is Friday in UTC too",
			engine.Event{Type: "purchase", Amount: "10", OccurredAt: time.Date(2026, 11, 20, 23, 30, 0, 0, shanghai)}, member(""),
			map[string]int64{"purchase": 10}, 10},
		{"Saturday 00:30 in Shanghai is the weekend, though it is Friday in UTC",
			engine.Event{Type: "purchase", Amount: "10", OccurredAt: time.Date(2026, 11, 21, 0, 30, 0, 0, shanghai)}, member(""),
			map[string]int64{"purchase": 10, "double-points-weekend": 10}, 20},
		{"refused delivery: a 50-point penalty", engine.Event{Type: "delivery_refused"}, member(""),
			map[string]int64{"refused-delivery": -50}, -50},
	})
}

func TestSampleExpiry(t *testing.T) {
	coffee := sampleEngine(t, "coffee")
	out, _ := coffee.Evaluate(engine.Event{Type: "review", OccurredAt: wednesday}, member(""), wednesday)
	// Yearly clearing on 31 December of the next year, at midnight in Shanghai.
	if want := time.Date(2028, 1, 1, 0, 0, 0, 0, shanghai); out.Awards[0].ExpiresAt == nil || !out.Awards[0].ExpiresAt.Equal(want) {
		t.Errorf("coffee points expire at %v; want %v", out.Awards[0].ExpiresAt, want)
	}
	fashion := sampleEngine(t, "fashion")
	out, _ = fashion.Evaluate(engine.Event{Type: "purchase", Amount: "5", OccurredAt: wednesday}, member(""), wednesday)
	if want := wednesday.AddDate(1, 0, 0); !out.Awards[0].ExpiresAt.Equal(want) {
		t.Errorf("fashion points expire at %v; want 12 months later, %v", out.Awards[0].ExpiresAt, want)
	}
}

func TestFashionPointsAsPayment(t *testing.T) {
	e := sampleEngine(t, "fashion")
	cases := []struct {
		order     string
		requested int64
		points    int64
		value     string
		err       bool
	}{
		{"100.00", 5000, 3000, "30.00", false}, // at most 30% of the order
		{"100.00", 1550, 1500, "15.00", false}, // in steps of 100 points (1 CNY)
		{"100.00", 99, 0, "", true},            // below the 100-point minimum
		{"2.50", 1000, 0, "", true},            // 30% of 2.50 CNY is 75 points: below the minimum
		{"-5", 100, 0, "", true},
	}
	for _, tc := range cases {
		q, err := e.PaymentQuote(tc.order, tc.requested)
		if (err != nil) != tc.err || q.Points != tc.points || (!tc.err && q.Value != tc.value) {
			t.Errorf("quote for %s CNY, %d points: %+v, %v; want %d points worth %s (error %v)", tc.order, tc.requested, q, err, tc.points, tc.value, tc.err)
		}
	}
}

func TestCoffeeCatalogEligibility(t *testing.T) {
	e := sampleEngine(t, "coffee")
	if _, err := e.Eligible("mug", "", 0, 1, wednesday); err != nil {
		t.Errorf("first mug: %v", err)
	}
	if _, err := e.Eligible("mug", "", 1, 1, wednesday); err == nil || err.(*engine.Ineligible).Reason != engine.IneligibleLimitReached {
		t.Errorf("second mug: %v; want limit reached", err)
	}
	if _, err := e.Eligible("free-drink", "", 40, 1, wednesday); err != nil {
		t.Errorf("a free drink has no limit: %v", err)
	}
	if _, err := e.Eligible("yacht", "", 0, 1, wednesday); err == nil || err.(*engine.Ineligible).Reason != engine.IneligibleUnknown {
		t.Errorf("unknown item: %v", err)
	}
}

func TestCoffeeTiers(t *testing.T) {
	e := sampleEngine(t, "coffee")
	for _, tc := range []struct {
		value int64
		want  string
	}{{0, ""}, {999, ""}, {1000, "Silver"}, {4999, "Silver"}, {5000, "Gold"}, {1 << 40, "Gold"}} {
		if got := e.QualifiedTier(tc.value); got != tc.want {
			t.Errorf("%d points qualify for %q; want %q", tc.value, got, tc.want)
		}
	}
	if got := e.Upgrade("Gold", 1200); got != "Gold" {
		t.Errorf("an event never downgrades: got %q", got)
	}
	if got := e.Upgrade("", 5200); got != "Gold" {
		t.Errorf("upgrade as soon as qualified: got %q", got)
	}
	reached := time.Date(2025, 1, 10, 0, 0, 0, 0, shanghai)
	// Validity 12 months plus 1 month of grace: still Gold in January 2026.
	if tier, _ := e.Review("Gold", reached, 0, time.Date(2026, 1, 20, 0, 0, 0, 0, shanghai)); tier != "Gold" {
		t.Errorf("within grace: %q", tier)
	}
	after := time.Date(2026, 2, 20, 0, 0, 0, 0, shanghai)
	if tier, renewed := e.Review("Gold", reached, 6000, after); tier != "Gold" || !renewed {
		t.Errorf("qualifies again: %q renewed=%v", tier, renewed)
	}
	if tier, _ := e.Review("Gold", reached, 0, after); tier != "Silver" {
		t.Errorf("one level down: %q", tier)
	}
	if name, threshold, ok := e.NextTier("Silver"); !ok || name != "Gold" || threshold != 5000 {
		t.Errorf("next tier after Silver: %s %d %v", name, threshold, ok)
	}
}
