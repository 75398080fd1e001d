package server_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// clock is a test's time, moved by hand.
type clock struct{ at atomic.Pointer[time.Time] }

func newClock(t time.Time) *clock {
	c := &clock{}
	c.set(t)
	return c
}
func (c *clock) set(t time.Time)         { c.at.Store(&t) }
func (c *clock) now() time.Time          { return *c.at.Load() }
func (c *clock) advance(d time.Duration) { c.set(c.now().Add(d)) }

var versions atomic.Int64

// publish makes brand's sample rule set, changed by change, the program's active one.
func (a *api) publish(brand string, change func(*ruleset.Ruleset)) {
	a.t.Helper()
	rs := compile(a.t, brand)
	change(rs)
	rs.Version = fmt.Sprintf("changed-%d", versions.Add(1))
	ctx := context.Background()
	if err := a.ledger.Publish(ctx, rs); err != nil {
		a.t.Fatal(err)
	}
	if err := a.server.Load(ctx); err != nil {
		a.t.Fatal(err)
	}
}

// A retry is answered with the first result whatever the server derives anew: the time of an
// adjustment, the price of a catalog item.
func TestRetriesMatchWhatTheClientSent(t *testing.T) {
	c := newClock(time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC))
	a := startAPI(t, "coffee", c.now)
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "2000"})

	adj := map[string]any{"id": "goodwill-1", "member": "m-1", "points": 37, "reason": "late delivery", "actor": "agent-7"}
	first := a.must(201, "POST", "/v1/adjustments", adj)
	c.advance(time.Second)
	again := a.must(200, "POST", "/v1/adjustments", adj)
	if again["replayed"] != true || num(again["balance"]) != num(first["balance"]) {
		t.Errorf("adjustment retried a second later: %v, first %v", again, first)
	}

	red := map[string]any{"id": "r-1", "member": "m-1", "sku": "free-drink"}
	got := a.must(201, "POST", "/v1/redemptions", red)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		for i := range rs.Catalog {
			if rs.Catalog[i].SKU == "free-drink" {
				rs.Catalog[i].PointsCost, rs.Catalog[i].Name = 350, "Any drink"
			}
		}
	})
	retry := a.must(200, "POST", "/v1/redemptions", red)
	if retry["replayed"] != true || num(retry["points"]) != 300 || num(retry["balance"]) != num(got["balance"]) {
		t.Errorf("redemption retried after the price changed: %v, first %v", retry, got)
	}
	// Another request under a used id is still a conflict.
	if status, p := a.do("POST", "/v1/adjustments", map[string]any{"id": "goodwill-1", "member": "m-1", "points": 38, "reason": "late delivery", "actor": "agent-7"}); status != 409 || p["code"] != "idempotency_conflict" {
		t.Errorf("same id, other points: %d %v", status, p)
	}
	a.verify()
}

// A malformed path id is refused at the door and fails no one else's request.
func TestMalformedPathIDFailsAlone(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	var wg sync.WaitGroup
	var failed atomic.Int64
	for i := range 100 {
		wg.Go(func() {
			status, _ := a.do("POST", "/v1/events", map[string]any{"id": fmt.Sprint("o-", i), "member": fmt.Sprint("m-", i%7), "type": "purchase", "amount": "10"})
			if status != 200 {
				failed.Add(1)
			}
		})
		if i%10 == 0 {
			wg.Go(func() {
				if status, p := a.do("POST", "/v1/holds/%00x/release", nil); status != 400 || p["field"] != "id" {
					t.Errorf("NUL in the hold id: %d %v", status, p)
				}
			})
		}
	}
	wg.Wait()
	if n := failed.Load(); n != 0 {
		t.Errorf("%d of 100 valid events failed beside malformed requests", n)
	}
	a.verify()
}

// A manual credit is a correction: it counts toward neither tiers nor caps, once or twice.
func TestManualCreditCountsTowardNothing(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.must(200, "POST", "/v1/events", map[string]any{"id": "s-1", "member": "m-1", "type": "sign_in"})
	a.must(201, "POST", "/v1/adjustments", map[string]any{"id": "a-1", "member": "m-1", "points": 37, "reason": "goodwill", "actor": "agent"})
	m := a.must(200, "GET", "/v1/members/m-1", nil)
	if num(m["balance"]) != 42 || num(m["nextTier"].(map[string]any)["value"]) != 5 {
		t.Errorf("after a sign-in and a manual credit of 37: %v", m)
	}
	days, err := a.ledger.MemberDaily(context.Background(), "m-1", time.Now().AddDate(0, 0, -2), time.Now().AddDate(0, 0, 2))
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for _, d := range days {
		if d.Rule == "" {
			total += d.Points
		}
	}
	if total != 5 {
		t.Errorf("the day's total counts %d points, want the sign-in's 5: %+v", total, days)
	}
	a.verify()
}

// A catalog item with a cash part says what is due, and its cancellation what to refund.
func TestCashPartDueAndRefundable(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		rs.Catalog = append(rs.Catalog, ruleset.CatalogItem{Catalog: "rewards-catalog", SKU: "tumbler", Name: "Tumbler", PointsCost: 500, CashPart: "19.90"})
	})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "2000"})
	r := a.must(201, "POST", "/v1/redemptions", map[string]any{"id": "r-1", "member": "m-1", "sku": "tumbler", "quantity": 2})
	if num(r["points"]) != 1000 || r["cashDue"] != "39.80" || r["currency"] != "CNY" {
		t.Errorf("redemption with a cash part: %v", r)
	}
	if again := a.must(200, "POST", "/v1/redemptions", map[string]any{"id": "r-1", "member": "m-1", "sku": "tumbler", "quantity": 2}); again["cashDue"] != "39.80" {
		t.Errorf("replayed redemption: %v", again)
	}
	c := a.must(200, "POST", "/v1/redemptions/r-1/cancel", nil)
	if num(c["points"]) != 1000 || c["cashRefundable"] != "39.80" {
		t.Errorf("cancelled redemption: %v", c)
	}
	if free := a.must(201, "POST", "/v1/redemptions", map[string]any{"id": "r-2", "member": "m-1", "sku": "free-drink"}); free["cashDue"] != nil {
		t.Errorf("an item without a cash part: %v", free)
	}
	a.verify()
}

// A captured hold is refunded into the lots its points came from: whole, in part by points or
// by the share of the order refunded, each once.
func TestCapturedHoldRefunded(t *testing.T) {
	a := startAPI(t, "fashion", time.Now)
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "3000"})
	a.must(201, "POST", "/v1/holds", map[string]any{"id": "h-1", "member": "m-1", "points": 3000, "orderAmount": "100"})
	a.must(200, "POST", "/v1/holds/h-1/capture", map[string]any{"points": 2000})
	lots, err := a.ledger.Lots(context.Background(), "m-1")
	if err != nil || len(lots) != 1 || lots[0].ExpiresAt == nil {
		t.Fatalf("lots after capture: %v %v", lots, err)
	}
	expires := *lots[0].ExpiresAt

	// 10 of the order's 100 CNY refunded: a tenth of the 2,000 points captured.
	r := a.must(200, "POST", "/v1/holds/h-1/refund", map[string]any{"id": "ref-1", "amount": "10"})
	if num(r["points"]) != 200 || num(r["balance"]) != 1200 {
		t.Errorf("refund of 10 CNY: %v", r)
	}
	if again := a.must(200, "POST", "/v1/holds/h-1/refund", map[string]any{"id": "ref-1", "amount": "10"}); again["replayed"] != true || num(again["balance"]) != 1200 {
		t.Errorf("retried refund: %v", again)
	}
	if r := a.must(200, "POST", "/v1/holds/h-1/refund", map[string]any{"id": "ref-2", "points": 300}); num(r["balance"]) != 1500 {
		t.Errorf("refund of 300 points: %v", r)
	}
	if status, p := a.do("POST", "/v1/holds/h-1/refund", map[string]any{"id": "ref-3", "points": 1501}); status != 422 || p["code"] != "invalid" {
		t.Errorf("refund of more than is left: %d %v", status, p)
	}
	if r := a.must(200, "POST", "/v1/holds/h-1/refund", nil); num(r["points"]) != 1500 || num(r["balance"]) != 3000 {
		t.Errorf("refund of the rest: %v", r)
	}
	if status, p := a.do("POST", "/v1/holds/h-1/refund", map[string]any{"id": "ref-4", "points": 1}); status != 422 || p["code"] != "nothing_to_reverse" {
		t.Errorf("refund after a whole refund: %d %v", status, p)
	}
	lots, err = a.ledger.Lots(context.Background(), "m-1")
	if err != nil || len(lots) != 1 || lots[0].Remaining != 3000 || !lots[0].ExpiresAt.Equal(expires) {
		t.Errorf("lots after the refunds: %+v %v; want the one lot whole, expiring at %s", lots, err, expires)
	}
	a.verify()
}

// "Expiring soon" is the program's notice window.
func TestExpiringSoonUsesNoticeDays(t *testing.T) {
	c := newClock(time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC))
	a := startAPI(t, "fashion", c.now)
	a.publish("fashion", func(rs *ruleset.Ruleset) {
		rs.Program.Expiry = ruleset.Expiry{Policy: "Rolling", Period: "10d"}
		rs.Program.NoticeDays = 7
	})
	earned := num(a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "100"})["points"])
	soon := a.must(200, "GET", "/v1/members/m-1", nil)["expiringSoon"].(map[string]any)
	if num(soon["days"]) != 7 || num(soon["points"]) != 0 {
		t.Errorf("ten days before expiry, with 7 notice days: %v", soon)
	}
	c.advance(4 * 24 * time.Hour)
	if soon := a.must(200, "GET", "/v1/members/m-1", nil)["expiringSoon"].(map[string]any); earned == 0 || num(soon["points"]) != earned {
		t.Errorf("six days before expiry: %v", soon)
	}
}

// Events older than the program's lateness window are refused and change nothing; one taken
// in time is replayed whenever it is retried.
func TestLateEventsRefused(t *testing.T) {
	c := newClock(time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC))
	a := startAPI(t, "coffee", c.now)
	before := a.writes()
	old := c.now().AddDate(-2, 0, 0).Format(time.RFC3339)
	if status, p := a.do("POST", "/v1/events", map[string]any{"id": "o-old", "member": "m-1", "type": "purchase", "amount": "500", "occurredAt": old}); status != 422 || p["code"] != "event_too_late" || p["field"] != "occurredAt" {
		t.Errorf("a purchase two years old: %d %v", status, p)
	}
	if after := a.writes(); after != before {
		t.Errorf("a refused late event wrote: %s -> %s", before, after)
	}
	inTime := map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "500", "occurredAt": c.now().AddDate(0, 0, -29).Format(time.RFC3339)}
	first := a.must(200, "POST", "/v1/events", inTime)
	if num(first["points"]) != 500 {
		t.Errorf("a purchase 29 days old: %v", first)
	}
	c.advance(5 * 24 * time.Hour)
	if again := a.must(200, "POST", "/v1/events", inTime); again["replayed"] != true || num(again["points"]) != 500 {
		t.Errorf("its retry once it is older than the window: %v", again)
	}
	a.publish("coffee", func(rs *ruleset.Ruleset) { rs.Program.LateEventsMaxAge = int64(3 * 365 * 24 * time.Hour / time.Second) })
	// Taken now, it earns 500 points that expired at the end of last year: none to spend.
	out := a.must(200, "POST", "/v1/events", map[string]any{"id": "o-old", "member": "m-1", "type": "purchase", "amount": "500", "occurredAt": old})
	if aw := out["awards"].([]any); len(aw) != 1 || num(aw[0].(map[string]any)["points"]) != 500 || num(out["points"]) != 0 || num(out["balance"]) != 500 {
		t.Errorf("a purchase two years old, with a window of three: %v", out)
	}
	a.verify()
}

// Points past their expiry are never spendable nor shown, whatever the expiry job's schedule;
// a late event's points whose expiry has passed are never spendable either.
func TestExpiredPointsNeverPay(t *testing.T) {
	c := newClock(time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC))
	a := startAPI(t, "coffee", c.now)
	a.publish("coffee", func(rs *ruleset.Ruleset) { rs.Program.Expiry = ruleset.Expiry{Policy: "Rolling", Period: "10d"} })
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "500"})
	c.advance(10*24*time.Hour + time.Hour) // an hour past expiry; the job has not run
	m := a.must(200, "GET", "/v1/members/m-1", nil)
	if num(m["balance"]) != 0 || num(m["expiringSoon"].(map[string]any)["points"]) != 0 {
		t.Errorf("an hour after the points expired: %v", m)
	}
	if status, p := a.do("POST", "/v1/redemptions", map[string]any{"id": "r-1", "member": "m-1", "sku": "free-drink"}); status != 422 || p["code"] != "insufficient_balance" {
		t.Errorf("redeeming expired points: %d %v", status, p)
	}
	if li := a.must(200, "GET", "/v1/reports/liability", nil); num(li["points"]) != 0 {
		t.Errorf("liability counts expired points: %v", li)
	}
	// Earned now, it pays; the expired lot stays out of reach.
	out := a.must(200, "POST", "/v1/events", map[string]any{"id": "o-2", "member": "m-1", "type": "purchase", "amount": "300"})
	if num(out["balance"]) != 300 {
		t.Errorf("a new purchase beside expired points: %v", out)
	}
	// A purchase 15 days old, within the 30 days the program takes late events, earned
	// points that expired 5 days ago: they are recorded, never spendable.
	late := a.must(200, "POST", "/v1/events", map[string]any{"id": "o-late", "member": "m-1", "type": "purchase", "amount": "400",
		"occurredAt": c.now().AddDate(0, 0, -15).Format(time.RFC3339)})
	if num(late["points"]) != 0 || num(late["balance"]) != 300 {
		t.Errorf("a late purchase whose points already expired: %v", late)
	}
	if status, p := a.do("POST", "/v1/redemptions", map[string]any{"id": "r-2", "member": "m-1", "sku": "free-drink", "quantity": 2}); status != 422 || p["code"] != "insufficient_balance" {
		t.Errorf("redeeming 600 with 300 spendable: %d %v", status, p)
	}
	a.must(201, "POST", "/v1/redemptions", map[string]any{"id": "r-3", "member": "m-1", "sku": "free-drink"})
	a.verify()
}

// A refund takes back what its purchase added to the tier metric, and the tier it gave, at
// once (or at review, as the TierPolicy says).
func TestRefundTakesBackTierProgress(t *testing.T) {
	for _, mode := range []ruleset.OnReversal{ruleset.OnReversalReevaluate, ruleset.OnReversalAtReview} {
		t.Run(string(mode), func(t *testing.T) {
			c := newClock(time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC))
			a := startAPI(t, "coffee", c.now)
			a.publish("coffee", func(rs *ruleset.Ruleset) { rs.Tiers.OnReversal = mode })
			a.must(200, "POST", "/v1/events", map[string]any{"id": "small", "member": "m-1", "type": "purchase", "amount": "1200"})
			if m := a.must(200, "GET", "/v1/members/m-1", nil); m["tier"] != "Silver" {
				t.Fatalf("after 1,200 CNY: %v", m)
			}
			big := a.must(200, "POST", "/v1/events", map[string]any{"id": "big", "member": "m-1", "type": "purchase", "amount": "6000"})
			if big["tier"] != "Gold" || num(big["points"]) != 7500 {
				t.Fatalf("6,000 CNY at Silver's 1.25x: %v", big)
			}
			c.advance(time.Hour)
			a.must(200, "POST", "/v1/events/big/reverse", nil)
			m := a.must(200, "GET", "/v1/members/m-1", nil)
			rs, err := a.ledger.ActiveRuleset(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			metric, err := a.ledger.TierMetric(context.Background(), "m-1", rs.Tiers, c.now())
			if err != nil || num(m["balance"]) != 1200 || metric != 1200 {
				t.Errorf("after refunding it all: %v, metric %d, %v", m, metric, err)
			}
			wantTier, wantPoints := "Silver", int64(125) // back to the tier held before, at 1.25x
			if mode == "AtReview" {
				wantTier, wantPoints = "Gold", 150
			}
			if m["tier"] != wantTier {
				t.Errorf("tier after the refund: %v, want %s", m["tier"], wantTier)
			}
			if next := a.must(200, "POST", "/v1/events", map[string]any{"id": "after", "member": "m-1", "type": "purchase", "amount": "100"}); num(next["points"]) != wantPoints {
				t.Errorf("the next purchase earned %v, want %d", next["points"], wantPoints)
			}
			a.verify()
		})
	}
}

// Partial refunds that add up to the whole purchase take back all of its tier metric, and
// the tier it gave when they do.
func TestPartialRefundsTakeBackTheirShare(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "5000"})
	for i, amount := range []string{"1000", "1500.50", "2499.50"} {
		a.must(200, "POST", "/v1/events/o-1/reverse", map[string]any{"id": fmt.Sprint("refund-", i), "amount": amount})
		m := a.must(200, "GET", "/v1/members/m-1", nil)
		value := num(m["nextTier"].(map[string]any)["value"])
		if i < 2 && (value == 0 || value == 5000) {
			t.Errorf("after refund %d the metric is %d", i, value)
		}
		if i == 2 && (value != 0 || num(m["balance"]) != 0 || m["tier"] != "") {
			t.Errorf("after refunds adding up to the purchase: %v", m)
		}
	}
	a.verify()
}

// Metric Spend counts the event types the TierPolicy names: purchases by default.
func TestSpendCountsPurchasesOnly(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.publish("coffee", func(rs *ruleset.Ruleset) { rs.Tiers.Metric, rs.Tiers.SpendEventTypes = "Spend", nil })
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "300"})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "rv-1", "member": "m-1", "type": "review", "amount": "5000"})
	if v := num(a.must(200, "GET", "/v1/members/m-1", nil)["nextTier"].(map[string]any)["value"]); v != 300 {
		t.Errorf("spend after a purchase of 300 and a review carrying 5000: %d", v)
	}
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		rs.Tiers.Metric, rs.Tiers.SpendEventTypes = "Spend", []string{"purchase", "gift_card"}
	})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "g-1", "member": "m-1", "type": "gift_card", "amount": "200"})
	if v := num(a.must(200, "GET", "/v1/members/m-1", nil)["nextTier"].(map[string]any)["value"]); v != 500 {
		t.Errorf("spend with gift cards counted: %d", v)
	}
}

// Growth value is what rules say, apart from points; penalties deduct theirs, and a refund
// takes back what its purchase gave.
func TestGrowthValueApartFromPoints(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		rs.Tiers.Metric = "GrowthValue"
		minus50, fixed0 := int64(-50), int64(0)
		for i := range rs.Rules {
			switch rs.Rules[i].Name {
			case "purchase": // 1 growth value per 10 CNY
				rs.Rules[i].GrowthValue = &ruleset.Points{PerUnit: &ruleset.PerUnit{Field: "amount", Unit: "10", Points: "1"}, Rounding: "Down"}
			case "review":
				rs.Rules[i].GrowthValue = &ruleset.Points{Fixed: &fixed0, Rounding: "Down"}
			}
		}
		rs.Rules = append(rs.Rules, ruleset.Rule{Name: "fraud", EventType: "fraud_flag", Mode: "Active",
			Points: ruleset.Points{Fixed: &minus50, Rounding: "Down"}})
	})
	value := func() int64 {
		return num(a.must(200, "GET", "/v1/members/m-1", nil)["nextTier"].(map[string]any)["value"])
	}
	buy := a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "1234"})
	if aw := buy["awards"].([]any); len(aw) != 1 || num(aw[0].(map[string]any)["points"]) != 1234 || num(aw[0].(map[string]any)["growthValue"]) != 123 {
		t.Errorf("a purchase's award: %v", buy)
	}
	a.must(200, "POST", "/v1/events", map[string]any{"id": "s-1", "member": "m-1", "type": "sign_in"})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "r-1", "member": "m-1", "type": "review"})
	if v := value(); v != 123+5 {
		t.Errorf("growth value after 1,234 CNY, a sign-in and a review: %d, want 128", v)
	}
	a.must(200, "POST", "/v1/events", map[string]any{"id": "f-1", "member": "m-1", "type": "fraud_flag"})
	if v := value(); v != 78 {
		t.Errorf("after a penalty of 50: %d, want 78", v)
	}
	a.must(200, "POST", "/v1/events/o-1/reverse", nil)
	if v := value(); v != -45 {
		t.Errorf("after refunding the purchase: %d, want -45", v)
	}
	a.verify()
}

// A purchase that earned no points (its rule's cap was reached) still counted its spend: its
// refund takes that back, once. Points refunded by number leave a money refund that is
// recorded all the same. Points that expired on arrival pay off no debt.
func TestRefundsOfWhatEarnedLittle(t *testing.T) {
	c := newClock(time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC))
	a := startAPI(t, "fashion", c.now)
	a.publish("fashion", func(rs *ruleset.Ruleset) {
		rs.Tiers = &ruleset.Tiers{Metric: ruleset.MetricSpend, Window: ruleset.WindowRolling, WindowMonths: 12,
			Levels: []ruleset.Tier{{Name: "Gold", Threshold: 100000, EarnMultiplier: "1"}}}
		rs.Program.Expiry = ruleset.Expiry{Policy: ruleset.ExpiryRolling, Period: "10d"}
		for i := range rs.Rules {
			if rs.Rules[i].EventType == "purchase" {
				rs.Rules[i].Caps = []ruleset.Cap{{Period: ruleset.PeriodDay, MaxCount: 1}}
			}
		}
	})
	spend := func() int64 {
		return num(a.must(200, "GET", "/v1/members/m-1", nil)["nextTier"].(map[string]any)["value"])
	}
	weekday := c.now().Add(-2 * 24 * time.Hour) // a Thursday: no weekend rules
	buy := func(id, amount string) map[string]any {
		return a.must(200, "POST", "/v1/events", map[string]any{"id": id, "member": "m-1", "type": "purchase", "amount": amount,
			"occurredAt": weekday.Format(time.RFC3339)})
	}
	buy("o-1", "100")
	if second := buy("o-2", "300"); num(second["points"]) != 0 || spend() != 400 {
		t.Fatalf("a second purchase on a capped day: %v, spend %d", second, spend())
	}
	a.must(200, "POST", "/v1/events/o-2/reverse", nil)
	if s := spend(); s != 100 {
		t.Errorf("spend after refunding the purchase that earned nothing: %d, want 100", s)
	}
	if again := a.must(200, "POST", "/v1/events/o-2/reverse", nil); again["replayed"] != true {
		t.Errorf("its refund retried: %v", again)
	}
	if status, p := a.do("POST", "/v1/events/o-2/reverse", map[string]any{"id": "again"}); status != 422 || p["code"] != "nothing_to_reverse" {
		t.Errorf("another refund of all of it: %d %v", status, p)
	}

	// 100 points of o-1 taken back by number, then all 100 CNY by amount: the money is
	// recorded, and nothing is left to take.
	a.must(200, "POST", "/v1/events/o-1/reverse", map[string]any{"id": "by-points", "points": 60})
	if r := a.must(200, "POST", "/v1/events/o-1/reverse", map[string]any{"id": "by-amount", "amount": "100"}); num(r["balance"]) != 0 {
		t.Errorf("the money refund after a refund by points: %v", r)
	}
	if status, p := a.do("POST", "/v1/events/o-1/reverse", map[string]any{"id": "more", "amount": "1"}); status != 422 || p["field"] != "amount" {
		t.Errorf("a refund beyond the purchase: %d %v", status, p)
	}

	// A member 50 points in debt (the program allows it) gets a late purchase whose points
	// expired on arrival: the debt stays.
	a.must(200, "POST", "/v1/events", map[string]any{"id": "refused-1", "member": "m-2", "type": "delivery_refused"})
	late := a.must(200, "POST", "/v1/events", map[string]any{"id": "late-1", "member": "m-2", "type": "purchase", "amount": "80",
		"occurredAt": c.now().AddDate(0, 0, -15).Format(time.RFC3339)})
	if num(late["balance"]) != -50 {
		t.Errorf("a member in debt after a late purchase whose points expired: %v", late)
	}
	a.verify()
}

// Refunds of a captured hold by amount count every refund before them: pieces that add up to
// the order give back every point captured, and no more money than the order had can be
// refunded. A hold retried after the payment rules changed replays its first result.
func TestHoldRefundsAddUp(t *testing.T) {
	a := startAPI(t, "fashion", time.Now)
	a.publish("fashion", func(rs *ruleset.Ruleset) {
		rs.Payment = &ruleset.PointsPayment{PointsPerCurrencyUnit: "1", MinPoints: 1, MaxOrderPercent: 100, Step: 1}
	})
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "500"})
	hold := map[string]any{"id": "h-1", "member": "m-1", "points": 99, "orderAmount": "100.00"}
	first := a.must(201, "POST", "/v1/holds", hold)
	a.must(200, "POST", "/v1/holds/h-1/capture", nil)
	var back int64
	for i, amount := range []string{"33.33", "33.33", "33.34"} {
		back += num(a.must(200, "POST", "/v1/holds/h-1/refund", map[string]any{"id": fmt.Sprint("r-", i), "amount": amount})["points"])
	}
	if back != 99 {
		t.Errorf("refunds adding up to the order gave back %d points, want 99", back)
	}
	if status, p := a.do("POST", "/v1/holds/h-1/refund", map[string]any{"id": "r-more", "amount": "0.01"}); status != 422 {
		t.Errorf("a refund beyond the order: %d %v", status, p)
	}
	a.publish("fashion", func(rs *ruleset.Ruleset) {
		rs.Payment = &ruleset.PointsPayment{PointsPerCurrencyUnit: "100", MinPoints: 100, MaxOrderPercent: 30, Step: 100}
	})
	if again := a.must(200, "POST", "/v1/holds", hold); again["replayed"] != true || again["value"] != first["value"] {
		t.Errorf("the hold retried after the payment rules changed: %v, first %v", again, first)
	}
	a.verify()
}
