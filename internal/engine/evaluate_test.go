package engine_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

func fixed(n int64) ruleset.Points { return ruleset.Points{Fixed: &n, Rounding: "Down"} }

func newEngine(t testing.TB, rs *ruleset.Ruleset) *engine.Engine {
	t.Helper()
	if rs.Program.TimeZone == "" {
		rs.Program.TimeZone = "UTC"
	}
	e, err := engine.New(rs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func explain(out engine.Outcome) map[string]engine.Explanation {
	m := map[string]engine.Explanation{}
	for _, x := range out.Explanation {
		m[x.Rule] = x
	}
	return m
}

func TestExclusiveGroupsShadowAndWindows(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	past, future := now.Add(-time.Hour), now.Add(time.Hour)
	e := newEngine(t, &ruleset.Ruleset{Version: "v", Rules: []ruleset.Rule{
		{Name: "big-promo", EventType: "purchase", Points: fixed(50), Priority: 10, Group: "promo", Mode: "Active", Condition: "event.amount >= 100.0"},
		{Name: "a-small-promo", EventType: "purchase", Points: fixed(20), Priority: 5, Group: "promo", Mode: "Active"},
		{Name: "b-small-promo", EventType: "purchase", Points: fixed(10), Priority: 5, Group: "promo", Mode: "Active"},
		{Name: "base", EventType: "purchase", Points: fixed(1), Mode: "Active"},
		{Name: "trial", EventType: "purchase", Points: fixed(7), Mode: "Shadow", Priority: 20, Group: "promo"},
		{Name: "off", EventType: "purchase", Points: fixed(99), Mode: "Disabled"},
		{Name: "expired", EventType: "purchase", Points: fixed(99), Mode: "Active", EffectiveUntil: &past},
		{Name: "upcoming", EventType: "purchase", Points: fixed(99), Mode: "Active", EffectiveFrom: &future},
	}})
	big, err := e.Evaluate(engine.Event{Type: "purchase", Amount: "150", OccurredAt: now}, member(""), now)
	if err != nil {
		t.Fatal(err)
	}
	x := explain(big)
	if big.Points != 51 || x["big-promo"].Reason != engine.ReasonAwarded || x["a-small-promo"].Reason != engine.ReasonExcluded ||
		!strings.Contains(x["a-small-promo"].Detail, "big-promo") {
		t.Errorf("large order: %d points, %+v", big.Points, big.Explanation)
	}
	// The shadow rule reports what it would award, is not credited, and takes no group.
	if len(big.WouldAward) != 1 || big.WouldAward[0].Points != 7 || x["trial"].Reason != engine.ReasonShadow {
		t.Errorf("shadow: %+v %+v", big.WouldAward, x["trial"])
	}
	if x["off"].Reason != engine.ReasonDisabled || x["expired"].Reason != engine.ReasonOutsideWindow || x["upcoming"].Reason != engine.ReasonOutsideWindow {
		t.Errorf("disabled and windows: %+v", big.Explanation)
	}
	// Below 100 the big promotion's condition is false; equal priorities go by name.
	small, _ := e.Evaluate(engine.Event{Type: "purchase", Amount: "50", OccurredAt: now}, member(""), now)
	x = explain(small)
	if small.Points != 21 || x["big-promo"].Reason != engine.ReasonConditionFalse || x["b-small-promo"].Reason != engine.ReasonExcluded {
		t.Errorf("small order: %d points, %+v", small.Points, small.Explanation)
	}
	// Evaluation order is deterministic: priority, then name.
	var order []string
	for _, x := range small.Explanation {
		order = append(order, x.Rule)
	}
	if got := strings.Join(order, ","); got != "trial,big-promo,a-small-promo,b-small-promo,base,expired,off,upcoming" {
		t.Errorf("evaluation order %s", got)
	}
}

func TestCaps(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	e := newEngine(t, &ruleset.Ruleset{
		Program: ruleset.Program{Caps: []ruleset.Cap{{Period: "Day", MaxPoints: 100}, {Period: "Lifetime", MaxCount: 1000}}},
		Rules: []ruleset.Rule{
			{Name: "a", EventType: "purchase", Points: fixed(70), Mode: "Active", Priority: 2, Caps: []ruleset.Cap{{Period: "Week", MaxCount: 2}}},
			{Name: "b", EventType: "purchase", Points: fixed(70), Mode: "Active", Priority: 1},
		}})
	ev := engine.Event{Type: "purchase", OccurredAt: now}
	// The program's daily cap counts across rules within one event: 70 + 30.
	out, _ := e.Evaluate(ev, member(""), now)
	if x := explain(out); out.Points != 100 || x["b"].Reason != engine.ReasonCapped || !strings.Contains(x["b"].Detail, "30 left") {
		t.Errorf("program cap: %d, %+v", out.Points, out.Explanation)
	}
	// What the member earned today counts too.
	m := member("")
	m.Program = engine.Usage{Day: engine.Tally{Points: 90, Count: 3}}
	out, _ = e.Evaluate(ev, m, now)
	if out.Points != 10 {
		t.Errorf("program cap with 90 earned today: %d", out.Points)
	}
	// A rule's count cap: rule a has been awarded twice this week.
	m = withUsage(member(""), "a", engine.Tally{Points: 140, Count: 2})
	out, _ = e.Evaluate(ev, m, now)
	if x := explain(out); out.Points != 70 || x["a"].Reason != engine.ReasonCapReached || !strings.Contains(x["a"].Detail, "2 awards per week") {
		t.Errorf("rule count cap: %d, %+v", out.Points, out.Explanation)
	}
}

func TestPointsArithmetic(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	rule := func(p ruleset.Points) *engine.Engine {
		return newEngine(t, &ruleset.Ruleset{
			Tiers: &ruleset.Tiers{Levels: []ruleset.Tier{{Name: "Gold", Threshold: 1, EarnMultiplier: "1.5"}}},
			Rules: []ruleset.Rule{{Name: "r", EventType: "purchase", Points: p, Mode: "Active", ApplyTierMultiplier: true}},
		})
	}
	per := func(unit, points string, rounding ruleset.Rounding) ruleset.Points {
		return ruleset.Points{PerUnit: &ruleset.PerUnit{Field: "amount", Unit: unit, Points: points}, Rounding: rounding}
	}
	cases := []struct {
		name   string
		points ruleset.Points
		amount string
		attrs  map[string]string
		tier   string
		want   int64
	}{
		{"down", per("1", "1", "Down"), "10.99", nil, "", 10},
		{"up", per("1", "1", "Up"), "10.01", nil, "", 11},
		{"half up at .5", per("1", "1", "HalfUp"), "10.5", nil, "", 11},
		{"half even at .5 goes to even", per("1", "1", "HalfEven"), "10.5", nil, "", 10},
		{"half even at 11.5", per("1", "1", "HalfEven"), "11.5", nil, "", 12},
		{"2 points per 10 CNY", per("10", "2", "Down"), "129", nil, "", 25},
		{"multiplier before rounding", per("1", "1", "Down"), "7", nil, "Gold", 10},
		{"exact decimals: 0.1 + 0.2 style amounts do not drift", per("0.1", "1", "Down"), "0.3", nil, "", 3},
		{"per unit of an attribute", ruleset.Points{PerUnit: &ruleset.PerUnit{Field: "attributes.nights", Unit: "1", Points: "100"}, Rounding: "Down"}, "", map[string]string{"nights": "3"}, "", 300},
		{"expression", ruleset.Points{Expression: "event.amount * 2.0 + double(size(event.items))", Rounding: "Down"}, "10.25", nil, "", 20},
		{"expression returning an int", ruleset.Points{Expression: "size(event.attributes)", Rounding: "Down"}, "", map[string]string{"a": "1", "b": "2"}, "", 2},
		{"fixed points take the multiplier", fixed(10), "", nil, "Gold", 15},
	}
	for _, tc := range cases {
		out, err := rule(tc.points).Evaluate(engine.Event{Type: "purchase", Amount: tc.amount, Attributes: tc.attrs, OccurredAt: now}, member(tc.tier), now)
		if err != nil || out.Points != tc.want {
			t.Errorf("%s: %d points (%v) %+v; want %d", tc.name, out.Points, err, out.Explanation, tc.want)
		}
	}
	// A condition or formula that fails at run time (a missing attribute) is explained, not fatal.
	e := newEngine(t, &ruleset.Ruleset{Rules: []ruleset.Rule{{Name: "app", EventType: "purchase", Points: fixed(5), Mode: "Active", Condition: `event.attributes.channel == "app"`}}})
	out, err := e.Evaluate(engine.Event{Type: "purchase", OccurredAt: now}, member(""), now)
	if err != nil || out.Points != 0 || out.Explanation[0].Reason != engine.ReasonConditionError || !strings.Contains(out.Explanation[0].Detail, "channel") {
		t.Errorf("missing attribute: %+v, %v", out, err)
	}
	if _, err := e.Evaluate(engine.Event{Type: "purchase", Amount: "-3", OccurredAt: now}, member(""), now); err == nil {
		t.Error("a negative amount was accepted")
	}
}

func TestExpiryArithmetic(t *testing.T) {
	utc := time.UTC
	at := func(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	cases := []struct {
		name   string
		policy ruleset.Expiry
		loc    *time.Location
		earned time.Time
		want   time.Time // zero: never
	}{
		{"never", ruleset.Expiry{Policy: "Never"}, utc, at(utc, 2026, 5, 1, 0, 0), time.Time{}},
		{"rolling 12 months", ruleset.Expiry{Policy: "Rolling", Period: "12mo"}, utc, at(utc, 2026, 5, 1, 9, 30), at(utc, 2027, 5, 1, 9, 30)},
		{"rolling from 29 February lands on 28 February", ruleset.Expiry{Policy: "Rolling", Period: "12mo"}, utc, at(utc, 2024, 2, 29, 10, 0), at(utc, 2025, 2, 28, 10, 0)},
		{"rolling one month from 31 January of a leap year", ruleset.Expiry{Policy: "Rolling", Period: "1mo"}, utc, at(utc, 2024, 1, 31, 0, 0), at(utc, 2024, 2, 29, 0, 0)},
		{"rolling 90 days", ruleset.Expiry{Policy: "Rolling", Period: "90d"}, utc, at(utc, 2026, 1, 1, 0, 0), at(utc, 2026, 4, 1, 0, 0)},
		{"rolling 5 minutes", ruleset.Expiry{Policy: "Rolling", Period: "5m"}, utc, at(utc, 2026, 1, 1, 0, 0), at(utc, 2026, 1, 1, 0, 5)},
		{"clearing: 31 Dec 23:59 in Shanghai is still the earning year",
			ruleset.Expiry{Policy: "YearlyClearing", Month: 12, Day: 31, AfterYears: 1}, shanghai, at(shanghai, 2026, 12, 31, 23, 59), at(shanghai, 2028, 1, 1, 0, 0)},
		{"clearing: 1 Jan 00:30 in Shanghai is the next year, though 31 Dec in UTC",
			ruleset.Expiry{Policy: "YearlyClearing", Month: 12, Day: 31, AfterYears: 1}, shanghai, at(shanghai, 2027, 1, 1, 0, 30), at(shanghai, 2029, 1, 1, 0, 0)},
		{"clearing: the same moment in a UTC program belongs to the old year",
			ruleset.Expiry{Policy: "YearlyClearing", Month: 12, Day: 31, AfterYears: 1}, utc, at(shanghai, 2027, 1, 1, 0, 30), at(utc, 2028, 1, 1, 0, 0)},
		{"clearing within the year", ruleset.Expiry{Policy: "YearlyClearing", Month: 12, Day: 31, AfterYears: 0}, utc, at(utc, 2026, 3, 3, 0, 0), at(utc, 2027, 1, 1, 0, 0)},
		{"clearing on 29 February of a leap year", ruleset.Expiry{Policy: "YearlyClearing", Month: 2, Day: 29, AfterYears: 1}, utc, at(utc, 2023, 6, 1, 0, 0), at(utc, 2024, 3, 1, 0, 0)},
		{"clearing on 29 February in a year without one", ruleset.Expiry{Policy: "YearlyClearing", Month: 2, Day: 29, AfterYears: 1}, utc, at(utc, 2024, 6, 1, 0, 0), at(utc, 2025, 3, 1, 0, 0)},
	}
	for _, tc := range cases {
		got, err := engine.ExpiresAt(tc.policy, tc.loc, tc.earned)
		switch {
		case err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want.IsZero() && got != nil:
			t.Errorf("%s: expires at %v; want never", tc.name, got)
		case !tc.want.IsZero() && (got == nil || !got.Equal(tc.want)):
			t.Errorf("%s: expires at %v; want %v", tc.name, got, tc.want)
		}
	}
}
