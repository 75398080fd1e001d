package server_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"
)

func TestCoffeeAPI(t *testing.T) {
	now := time.Now()
	a := startAPI(t, "coffee", func() time.Time { return now })

	// A purchase earns a point per CNY; a JSON number amount is accepted too.
	out := a.must(200, "POST", "/v1/events?explain=true", map[string]any{"id": "order-1", "member": "m-1", "type": "purchase", "amount": "128.50", "currency": "CNY"})
	if num(out["points"]) != 128 || num(out["balance"]) != 128 || out["rulesetVersion"] == "" {
		t.Fatalf("purchase: %v", out)
	}
	awards := out["awards"].([]any)
	if len(awards) != 1 || awards[0].(map[string]any)["rule"] != "purchase" || awards[0].(map[string]any)["rulesetVersion"] != out["rulesetVersion"] {
		t.Errorf("awards: %v", awards)
	}
	// Every purchase rule's verdict: the birthday-month promotion is for members of the
	// segment "members" only.
	if x := out["explanation"].([]any); len(x) != 2 || x[0].(map[string]any)["reason"] != "condition_false" || x[1].(map[string]any)["reason"] != "awarded" {
		t.Errorf("explanation: %v", x)
	}
	// The same event again: the first result, nothing more credited.
	again := a.must(200, "POST", "/v1/events", `{"id":"order-1","member":"m-1","type":"purchase","amount":128.50,"currency":"CNY"}`)
	if again["replayed"] != true || num(again["points"]) != 128 || again["explanation"] != nil {
		t.Errorf("replay: %v", again)
	}
	if status, p := a.do("POST", "/v1/events", map[string]any{"id": "order-1", "member": "m-1", "type": "purchase", "amount": "5"}); status != 409 || p["code"] != "idempotency_conflict" {
		t.Errorf("same id, other amount: %d %v", status, p)
	}

	// A batch: sign-ins share the daily cap of 15; each event has its result.
	var batch []map[string]any
	for i := range 4 {
		batch = append(batch, map[string]any{"id": fmt.Sprint("sign-in-", i), "member": "m-1", "type": "sign_in"})
	}
	batch = append(batch, map[string]any{"id": "review-1", "member": "m-1", "type": "review"})
	res := a.must(200, "POST", "/v1/events?explain=true", map[string]any{"events": batch})["results"].([]any)
	var got []int64
	for _, r := range res {
		got = append(got, num(r.(map[string]any)["points"]))
	}
	if fmt.Sprint(got) != "[5 5 5 0 20]" {
		t.Errorf("batch earned %v", got)
	}
	if x := res[3].(map[string]any)["explanation"].([]any)[1].(map[string]any); x["rule"] != "sign-in" || x["reason"] != "cap_reached" {
		t.Errorf("fourth sign-in: %v", x)
	}

	// The member: balance, tier progress, points expiring soon.
	m := a.must(200, "GET", "/v1/members/m-1", nil)
	if num(m["balance"]) != 163 || m["tier"] != "" {
		t.Errorf("member: %v", m)
	}
	if next := m["nextTier"].(map[string]any); next["name"] != "Silver" || num(next["remaining"]) != 1000-163 {
		t.Errorf("next tier: %v", next)
	}
	if soon := m["expiringSoon"].(map[string]any); num(soon["points"]) != 0 || num(soon["days"]) != 30 {
		t.Errorf("expiring soon, today: %v; want none within 30 days", soon)
	}
	// The points expire together at the end of next year: in mid-December, all of them within 30 days.
	today := now
	now = time.Date(now.Year()+1, 12, 15, 12, 0, 0, 0, time.UTC)
	if soon := a.must(200, "GET", "/v1/members/m-1", nil)["expiringSoon"].(map[string]any); num(soon["points"]) != 163 {
		t.Errorf("expiring soon, on 15 December next year: %v; want 163 points", soon)
	}
	now = today
	if status, _ := a.do("GET", "/v1/members/nobody", nil); status != 404 {
		t.Errorf("unknown member: %d", status)
	}

	// Statement, newest first, paged.
	st := a.must(200, "GET", "/v1/members/m-1/statement?limit=2", nil)
	lines := st["lines"].([]any)
	if len(lines) != 2 || st["next"] == nil || lines[0].(map[string]any)["eventId"] != "review-1" {
		t.Fatalf("statement: %v", st)
	}
	rest := a.must(200, "GET", "/v1/members/m-1/statement?before="+st["next"].(string), nil)["lines"].([]any)
	if len(rest) != 4 {
		t.Errorf("second page: %d lines", len(rest))
	}

	// Become Silver, then redeem the mug: stock and a limit of one per member.
	a.must(200, "POST", "/v1/events", map[string]any{"id": "order-2", "member": "m-1", "type": "purchase", "amount": "900"})
	if m := a.must(200, "GET", "/v1/members/m-1", nil); m["tier"] != "Silver" || num(m["balance"]) != 1063 {
		t.Errorf("after 900 CNY: %v", m)
	}
	cat := a.must(200, "GET", "/v1/catalog?member=m-1", nil)["items"].([]any)
	if len(cat) != 2 {
		t.Fatalf("catalog: %v", cat)
	}
	for _, it := range cat {
		it := it.(map[string]any)
		if it["eligible"] != true || (it["sku"] == "mug" && num(it["remaining"]) != 100) {
			t.Errorf("catalog item: %v", it)
		}
	}
	red := a.must(201, "POST", "/v1/redemptions", map[string]any{"id": "r-1", "member": "m-1", "sku": "mug"})
	if num(red["points"]) != 800 || num(red["balance"]) != 263 {
		t.Errorf("redeem: %v", red)
	}
	a.must(200, "POST", "/v1/redemptions", map[string]any{"id": "r-1", "member": "m-1", "sku": "mug"}) // replay
	if status, p := a.do("POST", "/v1/redemptions", map[string]any{"id": "r-2", "member": "m-1", "sku": "mug"}); status != 422 || p["code"] != "limit_reached" {
		t.Errorf("second mug: %d %v", status, p)
	}
	if status, p := a.do("POST", "/v1/redemptions", map[string]any{"id": "r-3", "member": "m-1", "sku": "espresso-machine"}); status != 404 || p["field"] != "sku" {
		t.Errorf("unknown sku: %d %v", status, p)
	}
	if c := a.must(200, "POST", "/v1/redemptions/r-1/cancel", nil); num(c["balance"]) != 1063 {
		t.Errorf("cancel: %v", c)
	}
	if status, p := a.do("POST", "/v1/redemptions/r-9/cancel", nil); status != 404 {
		t.Errorf("cancel unknown: %d %v", status, p)
	}

	// Adjustments by hand, with reason and actor.
	if adj := a.must(201, "POST", "/v1/adjustments", map[string]any{"id": "adj-1", "member": "m-1", "points": 37, "reason": "goodwill", "actor": "agent-7"}); num(adj["balance"]) != 1100 {
		t.Errorf("credit adjustment: %v", adj)
	}
	if adj := a.must(201, "POST", "/v1/adjustments", map[string]any{"id": "adj-2", "member": "m-1", "points": -100, "reason": "correction", "actor": "agent-7"}); num(adj["balance"]) != 1000 {
		t.Errorf("debit adjustment: %v", adj)
	}

	// Refunds: part of order-2 (450 of 900 CNY takes back half its 900 points), then the rest.
	if rv := a.must(200, "POST", "/v1/events/order-2/reverse", map[string]any{"id": "refund-1", "amount": "450"}); num(rv["points"]) != -450 || num(rv["balance"]) != 550 {
		t.Errorf("partial refund: %v", rv)
	}
	if rv := a.must(200, "POST", "/v1/events/order-2/reverse", nil); num(rv["points"]) != -450 || num(rv["balance"]) != 100 {
		t.Errorf("full reversal of the rest: %v", rv)
	}
	if status, p := a.do("POST", "/v1/events/order-2/reverse", map[string]any{"id": "refund-2", "amount": "1000"}); status != 422 || p["field"] != "amount" {
		t.Errorf("refund above the order: %d %v", status, p)
	}
	if status, _ := a.do("POST", "/v1/events/never/reverse", nil); status != http.StatusNotFound {
		t.Errorf("reverse unknown event: %d", status)
	}

	// Reports: 100 points outstanding at 0.10 CNY; today's issuance net of the reversals.
	lia := a.must(200, "GET", "/v1/reports/liability", nil)
	if num(lia["points"]) != 100 || lia["value"] != "10.00" || lia["currency"] != "CNY" {
		t.Errorf("liability: %v", lia)
	}
	days := a.must(200, "GET", "/v1/reports/daily", nil)["days"].([]any)
	if len(days) != 1 || num(days[0].(map[string]any)["issued"]) != 128+15+20+900-900 {
		t.Errorf("daily: %v", days)
	}
	a.verify()
}

func TestFashionCheckout(t *testing.T) {
	a := startAPI(t, "fashion", time.Now)
	a.must(200, "POST", "/v1/events", map[string]any{"id": "o-1", "member": "m-1", "type": "purchase", "amount": "3000"})
	if bal := num(a.must(200, "GET", "/v1/members/m-1", nil)["balance"]); bal != 3000 {
		t.Fatalf("balance %d", bal)
	}
	// 100 points = 1 CNY, at most 30% of an order, in steps of 100.
	if status, p := a.do("POST", "/v1/holds", map[string]any{"id": "h-1", "member": "m-1", "points": 5000, "orderAmount": "100"}); status != 422 || p["field"] != "points" {
		t.Errorf("too many points for the order: %d %v", status, p)
	}
	h := a.must(201, "POST", "/v1/holds", map[string]any{"id": "h-1", "member": "m-1", "points": 3000, "orderAmount": "100"})
	if h["value"] != "30.00" || num(h["held"]) != 3000 || num(h["balance"]) != 0 {
		t.Errorf("hold: %v", h)
	}
	if c := a.must(200, "POST", "/v1/holds/h-1/capture", map[string]any{"points": 2000}); num(c["balance"]) != 1000 || num(c["held"]) != 0 {
		t.Errorf("partial capture: %v", c)
	}
	if status, p := a.do("POST", "/v1/holds/h-1/release", nil); status != 409 || p["code"] != "hold_not_active" {
		t.Errorf("release after capture: %d %v", status, p)
	}
	a.must(201, "POST", "/v1/holds", map[string]any{"id": "h-2", "member": "m-1", "points": 1000, "orderAmount": "4000"})
	if r := a.must(200, "POST", "/v1/holds/h-2/release", nil); num(r["balance"]) != 1000 {
		t.Errorf("release: %v", r)
	}
	if status, _ := a.do("POST", "/v1/holds/h-9/capture", nil); status != 404 {
		t.Errorf("capture unknown hold: %d", status)
	}
	// A refused delivery costs 50 points.
	if p := a.must(200, "POST", "/v1/events", map[string]any{"id": "refused-1", "member": "m-1", "type": "delivery_refused"}); num(p["points"]) != -50 {
		t.Errorf("penalty: %v", p)
	}
	a.verify()
}

// A brand's messaging system pages through notices and acknowledges what it sent: the next
// page starts after the acknowledged cursor, and nothing is lost or sent twice.
func TestNoticesPagedAndAcknowledged(t *testing.T) {
	a := startAPI(t, "coffee", time.Now)
	// Each 1,000 CNY purchase takes a new member to Silver: one TierChanged notice each.
	for _, m := range []string{"m-1", "m-2", "m-3"} {
		a.must(200, "POST", "/v1/events", map[string]any{"id": "buy-" + m, "member": m, "type": "purchase", "amount": "1000"})
	}
	page := a.must(200, "GET", "/v1/notices?limit=2", nil)
	notices := page["notices"].([]any)
	if len(notices) != 2 || page["more"] != true || page["acknowledged"] != "0" {
		t.Fatalf("first page: %v", page)
	}
	first := notices[0].(map[string]any)
	data := first["data"].(map[string]any)
	if first["kind"] != "TierChanged" || first["member"] != "m-1" || data["from"] != "" || data["to"] != "Silver" || data["reason"] != "Qualified" {
		t.Errorf("first notice: %v", first)
	}
	// Until acknowledged, the same page comes again.
	if again := a.must(200, "GET", "/v1/notices?limit=2", nil); again["next"] != page["next"] {
		t.Errorf("unacknowledged page moved: %v then %v", page["next"], again["next"])
	}
	a.must(200, "POST", "/v1/notices/ack", map[string]any{"cursor": page["next"]})
	rest := a.must(200, "GET", "/v1/notices?limit=2", nil)
	if ns := rest["notices"].([]any); len(ns) != 1 || ns[0].(map[string]any)["member"] != "m-3" || rest["more"] != false {
		t.Errorf("after acknowledging the first page: %v", rest)
	}
	a.must(200, "POST", "/v1/notices/ack", map[string]any{"cursor": rest["next"]})
	// Acknowledging an older cursor does not move back; ?after= reads history.
	if out := a.must(200, "POST", "/v1/notices/ack", map[string]any{"cursor": page["next"]}); out["acknowledged"] != rest["next"] {
		t.Errorf("acknowledging an older cursor: %v", out)
	}
	if empty := a.must(200, "GET", "/v1/notices", nil); len(empty["notices"].([]any)) != 0 || empty["next"] != rest["next"] {
		t.Errorf("everything acknowledged: %v", empty)
	}
	if all := a.must(200, "GET", "/v1/notices?after=0", nil); len(all["notices"].([]any)) != 3 {
		t.Errorf("?after=0: %v", all)
	}
}
