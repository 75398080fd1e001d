package engine_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// BenchmarkEvaluate measures Evaluate on one core for a 20-rule program: ten purchase rules
// (base earning, conditional bonuses, an exclusive promotion group, a capped rule, a formula)
// and ten rules of other event types. Run with:
//
//	go test ./internal/engine -run '^$' -bench Evaluate -cpu 1
func BenchmarkEvaluate(b *testing.B) {
	rs := &ruleset.Ruleset{
		Version: "bench",
		Program: ruleset.Program{TimeZone: "Asia/Shanghai", Expiry: ruleset.Expiry{Policy: "Rolling", Period: "12mo"},
			Caps: []ruleset.Cap{{Period: "Day", MaxPoints: 100000}}},
		Tiers: &ruleset.Tiers{Levels: []ruleset.Tier{{Name: "Silver", Threshold: 1000, EarnMultiplier: "1.25"}, {Name: "Gold", Threshold: 5000, EarnMultiplier: "1.5"}}},
		Rules: []ruleset.Rule{
			{Name: "base", EventType: "purchase", Mode: "Active", ApplyTierMultiplier: true,
				Points: ruleset.Points{PerUnit: &ruleset.PerUnit{Field: "amount", Unit: "1", Points: "1"}, Rounding: "Down"}},
			{Name: "weekend", EventType: "purchase", Mode: "Active", Group: "promo", Priority: 100,
				Condition: "event.occurredAt.getDayOfWeek('Asia/Shanghai') in [0, 6]",
				Points:    ruleset.Points{PerUnit: &ruleset.PerUnit{Field: "amount", Unit: "1", Points: "1"}, Rounding: "Down"}},
			{Name: "big-basket", EventType: "purchase", Mode: "Active", Group: "promo", Priority: 50, Condition: "event.amount >= 500.0", Points: fixed(200)},
			{Name: "app", EventType: "purchase", Mode: "Active", Condition: `event.attributes.channel == "app"`, Points: fixed(10)},
			{Name: "shoes", EventType: "purchase", Mode: "Active", Condition: `event.items.exists(i, i.category == "shoes")`,
				Points: ruleset.Points{Expression: `double(event.items.filter(i, i.category == "shoes").size()) * 50.0`, Rounding: "Down"}},
			{Name: "gold-bonus", EventType: "purchase", Mode: "Active", Condition: `member.tier == "Gold"`, Points: fixed(25)},
			{Name: "first-of-day", EventType: "purchase", Mode: "Active", Points: fixed(5), Caps: []ruleset.Cap{{Period: "Day", MaxCount: 1}}},
			{Name: "birthday", EventType: "purchase", Mode: "Active", Condition: `member.birthday == "11-21"`, Points: fixed(100)},
			{Name: "trial", EventType: "purchase", Mode: "Shadow", Condition: "event.amount > 100.0", Points: fixed(30)},
			{Name: "retired", EventType: "purchase", Mode: "Disabled", Points: fixed(30)},
		},
	}
	for i, typ := range []string{"sign_in", "review", "share", "profile_completed", "referral", "sign_in", "review", "share", "delivery_refused", "custom_a"} {
		rs.Rules = append(rs.Rules, ruleset.Rule{Name: fmt.Sprintf("other-%d", i), EventType: typ, Mode: "Active", Points: fixed(int64(5 + i)),
			Caps: []ruleset.Cap{{Period: "Day", MaxPoints: 15}}})
	}
	e, err := engine.New(rs)
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, shanghai)
	m := engine.MemberState{Member: ruleset.Member{ID: "m-1", Tier: "Silver", Birthday: "03-04"},
		Rules: map[string]engine.Usage{"first-of-day": {Day: engine.Tally{Points: 5, Count: 1}}}}
	events := []engine.Event{
		{ID: "e1", Type: "purchase", Amount: "128.50", OccurredAt: now, Attributes: map[string]string{"channel": "app"},
			Items: []ruleset.Item{{SKU: "a", Category: "shoes", Quantity: 1, Price: 99}, {SKU: "b", Category: "socks", Quantity: 2, Price: 14.75}}},
		{ID: "e2", Type: "purchase", Amount: "640", OccurredAt: now.Add(-48 * time.Hour), Attributes: map[string]string{"channel": "web"}},
		{ID: "e3", Type: "sign_in", OccurredAt: now},
		{ID: "e4", Type: "review", OccurredAt: now},
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if _, err := e.Evaluate(events[i%len(events)], m, now); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "evals/s")
}
