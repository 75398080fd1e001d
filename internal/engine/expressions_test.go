package engine_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// Every field of event, item and member reads as documented, through field selection, has(),
// dyn() and equality.
func TestExpressionsSeeEveryField(t *testing.T) {
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	joined := time.Date(2024, 2, 29, 8, 0, 0, 0, time.UTC)
	ev := engine.Event{ID: "e-1", Type: "purchase", Member: "m-1", Amount: "128.50", Currency: "CNY", OccurredAt: now,
		Attributes: map[string]string{"channel": "app", "store": "42"},
		Items:      []ruleset.Item{{SKU: "a", Category: "shoes", Quantity: 2, Price: 99.5}, {SKU: "b", Category: "socks", Quantity: 1, Price: 9}}}
	m := engine.MemberState{Member: ruleset.Member{ID: "m-1", Tier: "Gold", JoinedAt: joined, Birthday: "11-21",
		Attributes: map[string]string{"city": "Shanghai"}}}
	for _, cond := range []string{
		`event.id == "e-1" && event.type == "purchase" && event.member == "m-1" && event.currency == "CNY"`,
		`event.amount == 128.5`,
		`event.occurredAt == timestamp("2026-11-21T12:00:00Z")`,
		`event.attributes.channel == "app" && int(event.attributes.store) == 42`,
		`has(event.attributes.channel) && !has(event.attributes.coupon)`,
		`event.items.size() == 2 && event.items[0].sku == "a" && event.items[1].category == "socks"`,
		`math.greatest(event.items.map(i, double(i.quantity) * i.price)) == 199.0`,
		`event.items.exists(i, i.category == "shoes" && i.quantity == 2)`,
		`event.items[0] == event.items[0] && event.items[0] != event.items[1]`,
		`dyn(event).amount > 100.0 && dyn(event.items[1]).price == 9.0 && dyn(member).tier == "Gold"`,
		`has(event.items) && has(member.birthday) && !has(member.id) == false`,
		`member.id == "m-1" && member.tier == "Gold" && member.birthday == "11-21" && member.attributes.city == "Shanghai"`,
		`member.joinedAt.getFullYear() == 2024 && member.joinedAt.getMonth() == 1 && member.joinedAt.getDayOfMonth() == 28`,
		`type(event.items[0]) == type(event.items[1]) && type(event) != type(member)`,
	} {
		t.Run(cond, func(t *testing.T) {
			e := newEngine(t, &ruleset.Ruleset{Version: "v", Rules: []ruleset.Rule{
				{Name: "r", EventType: "purchase", Mode: "Active", Condition: cond, Points: fixed(1)}}})
			out, err := e.Evaluate(ev, m, now)
			if err != nil {
				t.Fatal(err)
			}
			if out.Points != 1 {
				t.Errorf("%+v", out.Explanation)
			}
		})
	}
}

// An expression the checker cannot bound runs under the runtime cost limit and is stopped with
// a condition error; one it can bound runs to completion on the largest input accepted.
func TestCostLimits(t *testing.T) {
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	items := make([]ruleset.Item, ruleset.MaxItems)
	for i := range items {
		items[i] = ruleset.Item{SKU: fmt.Sprint("sku-", i), Category: strings.Repeat("c", ruleset.MaxStringBytes), Quantity: 1}
	}
	e := newEngine(t, &ruleset.Ruleset{Version: "v", Rules: []ruleset.Rule{
		{Name: "quadratic", EventType: "purchase", Mode: "Active", Points: fixed(1),
			Condition: `event.items.all(a, event.items.all(b, a.sku == b.sku || a.category.contains(b.category)))`},
		{Name: "linear", EventType: "purchase", Mode: "Active", Points: fixed(2),
			Condition: `event.items.all(i, i.category.startsWith("c") && i.quantity == 1)`},
	}})
	out, err := e.Evaluate(engine.Event{Type: "purchase", Items: items, OccurredAt: now}, member(""), now)
	if err != nil {
		t.Fatal(err)
	}
	x := explain(out)
	if q := x["quadratic"]; q.Reason != engine.ReasonConditionError || !strings.Contains(q.Detail, "cost limit") {
		t.Errorf("quadratic: %+v", q)
	}
	if l := x["linear"]; l.Reason != engine.ReasonAwarded {
		t.Errorf("linear: %+v", l)
	}
}

// Input beyond the bounds the cost estimate assumes is refused, naming the bound.
func TestInputBounds(t *testing.T) {
	now := time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)
	e := newEngine(t, &ruleset.Ruleset{Version: "v", Rules: []ruleset.Rule{
		{Name: "r", EventType: "purchase", Mode: "Active", Points: fixed(1)}}})
	many := map[string]string{}
	for i := range ruleset.MaxAttributes + 1 {
		many[fmt.Sprint("k", i)] = "v"
	}
	long := strings.Repeat("x", ruleset.MaxStringBytes+1)
	for name, c := range map[string]struct {
		ev   engine.Event
		m    engine.MemberState
		want string
	}{
		"items":            {engine.Event{Items: make([]ruleset.Item, ruleset.MaxItems+1)}, member(""), "201 items; at most 200"},
		"attributes":       {engine.Event{Attributes: many}, member(""), "the event has 65 attributes; at most 64"},
		"member attribute": {engine.Event{}, engine.MemberState{Member: ruleset.Member{Attributes: map[string]string{"k": long}}}, "member attribute"},
		"sku":              {engine.Event{Items: []ruleset.Item{{SKU: long}}}, member(""), "items[0]: sku"},
		"id":               {engine.Event{ID: long}, member(""), "at most 1024 bytes"},
	} {
		c.ev.Type, c.ev.OccurredAt = "purchase", now
		if _, err := e.Evaluate(c.ev, c.m, now); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
}
