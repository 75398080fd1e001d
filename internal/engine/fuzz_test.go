package engine_test

import (
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// FuzzEvaluate feeds arbitrary event input to the fashion sample plus rules that read
// attributes and items: no input may panic, and every evaluation stays within the cost limit.
//
//	go test ./internal/engine -run '^$' -fuzz FuzzEvaluate -fuzztime 60s
func FuzzEvaluate(f *testing.F) {
	in := sampleInput(f, "fashion")
	rs, errs := ruleset.Compile(in)
	if len(errs) > 0 {
		f.Fatal(errs)
	}
	rs.Rules = append(rs.Rules,
		ruleset.Rule{Name: "nights", EventType: "purchase", Mode: "Active",
			Points: ruleset.Points{PerUnit: &ruleset.PerUnit{Field: "attributes.nights", Unit: "0.5", Points: "3"}, Rounding: "HalfEven"}},
		ruleset.Rule{Name: "lines", EventType: "purchase", Mode: "Active", Condition: `event.items.exists(i, i.category.startsWith(event.attributes.cat))`,
			Points: ruleset.Points{Expression: `event.items.map(i, i.price * double(i.quantity))[1] / 3.0 + math.greatest(event.items.map(i, i.price))`, Rounding: "Up"}},
		ruleset.Rule{Name: "words", EventType: "review", Mode: "Active", Condition: `size(event.attributes.text.split(" ")) > 5`,
			Points: fixed(10)},
	)
	e, err := engine.New(rs)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("purchase", "128.50", "2", "shoe", "a b c d e f", int64(3), 19.99, int64(1763700000))
	f.Add("review", "", "x", "", "one two three four five six seven", int64(-1), -1.0, int64(0))
	f.Add("delivery_refused", "1e400", "NaN", "\x00", "", int64(1<<62), 1e308, int64(-1<<40))
	f.Fuzz(func(t *testing.T, typ, amount, nights, cat, text string, qty int64, price float64, unix int64) {
		ev := engine.Event{Type: typ, Amount: amount, OccurredAt: time.Unix(unix%(1<<35), 0),
			Attributes: map[string]string{"nights": nights, "cat": cat, "text": text},
			Items:      []ruleset.Item{{SKU: "s", Category: cat, Quantity: qty, Price: price}, {SKU: "t", Category: "shoe", Quantity: 1, Price: price}}}
		start := time.Now()
		out, err := e.Evaluate(ev, member("Gold"), time.Now())
		if took := time.Since(start); took > time.Second {
			t.Errorf("one evaluation took %v", took)
		}
		if err == nil {
			var sum int64
			for _, a := range out.Awards {
				sum += a.Points
			}
			if sum != out.Points {
				t.Errorf("awards sum to %d, outcome says %d", sum, out.Points)
			}
		}
	})
}

func sampleInput(t testing.TB, brand string) ruleset.Input {
	t.Helper()
	in, err := sampleInputOf(brand)
	if err != nil {
		t.Fatal(err)
	}
	return in
}
