//go:build e2e

// Package e2e is Tally's end-to-end suite: a user's session with the operator on a real
// one-node cluster (make test-e2e starts it, runs this suite and stops it). It applies the
// two sample brands of config/samples, talks to their ledgers through their Services as a
// shop would, changes their rules and expiry with kubectl, runs the expiry CronJob, deletes
// ledger pods under load, and checks what a brand would notice: balances, stock, notices,
// reports, isolation between brands and the ledger's invariants.
//
// The tests run in the order of this file and share the cluster; each uses members and
// events of its own, and puts back what it changes in the brands' objects.
package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tally-operator/tally/internal/ledger"
)

// Applying config/samples makes every object of both brands Ready, with a ledger per brand
// that answers through its Service and the CronJobs of its jobs.
func TestBrandsBecomeReady(t *testing.T) {
	applyBrands(t)

	for ns, want := range map[string][]string{
		coffeeNS: {"pointsprogram.loyalty.tally.dev/rewards", "earnrule.loyalty.tally.dev/purchase", "earnrule.loyalty.tally.dev/sign-in",
			"earnrule.loyalty.tally.dev/review", "earnrule.loyalty.tally.dev/birthday-month", "earnrule.loyalty.tally.dev/seven-day-streak",
			"earnrule.loyalty.tally.dev/critic", "earnrule.loyalty.tally.dev/referral-welcome", "earnrule.loyalty.tally.dev/referral-thanks",
			"tierpolicy.loyalty.tally.dev/tiers", "redemptioncatalog.loyalty.tally.dev/rewards-catalog"},
		fashionNS: {"pointsprogram.loyalty.tally.dev/atelier-points", "earnrule.loyalty.tally.dev/purchase",
			"earnrule.loyalty.tally.dev/double-points-weekend", "earnrule.loyalty.tally.dev/refused-delivery",
			"earnrule.loyalty.tally.dev/vip-preview", "redemptioncatalog.loyalty.tally.dev/checkout"},
	} {
		got := strings.Fields(kubectl(t, "-n", ns, "get", "loyalty", "-o", "name"))
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("kubectl get loyalty -n %s: %v; want %v", ns, got, want)
		}
	}

	for _, p := range []struct {
		ns, name string
		cronJobs []string
	}{
		{coffeeNS, coffeeProgram, []string{"rewards-expire", "rewards-tiers-review"}},
		{fashionNS, fashionProg, []string{"atelier-points-expire"}},
	} {
		o := getObject(t, p.ns, "pointsprogram", p.name)
		schema := "tally_" + strings.ReplaceAll(p.ns+"_"+p.name, "-", "_")
		endpoint := fmt.Sprintf("http://%s-ledger.%s.svc:8080", p.name, p.ns)
		if o.Status.Schema != schema || o.Status.Endpoint != endpoint || o.Status.RulesetVersion == "" ||
			o.Status.TokenSecretName != p.name+"-ledger-token" || o.Status.DatabaseSecretName != p.name+"-ledger-db" {
			t.Errorf("program %s/%s status: %+v; want schema %s, endpoint %s, a rule set and the two Secrets", p.ns, p.name, o.Status, schema, endpoint)
		}
		pods := ledgerPods(t, p.ns, p.name)
		if len(pods) != 2 {
			t.Errorf("program %s/%s: %d ledger pods; the sample asks for 2", p.ns, p.name, len(pods))
		}
		got := strings.Fields(kubectl(t, "-n", p.ns, "get", "cronjobs", "-o", "jsonpath={.items[*].metadata.name}"))
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(p.cronJobs, " ") {
			t.Errorf("CronJobs in %s: %v; want %v", p.ns, got, p.cronJobs)
		}

		a := ledgerAPI(t, p.ns, p.name)
		if status, body, err := a.call("GET", "/readyz", "", nil); err != nil || status != 200 {
			t.Errorf("GET %s/readyz through the Service: %d %s %v", a.name, status, body, err)
		}
		if status, body, err := a.call("GET", "/v1/catalog", "", nil); err != nil || status != 401 {
			t.Errorf("GET %s/v1/catalog without a token: %d %s %v; want 401", a.name, status, body, err)
		}
		var cat struct{ Items []struct{ SKU string } }
		a.do(t, "GET", "/v1/catalog", nil, &cat)
		if len(cat.Items) == 0 {
			t.Errorf("%s: the catalog is empty", a.name)
		}
	}
}

// Brew & Bean: 1 point per CNY times the tier multiplier (Silver from 1,000 points earned,
// 1.25; Gold from 5,000, 1.5), rounded down; 5 points a sign-in, at most 15 a day; 20 points
// a review; neither multiplied.
func TestCoffeeEarnsByTheSampleRules(t *testing.T) {
	applyBrands(t)
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	m := id("coffee-earner")
	day := lastDay(time.Wednesday)
	at := func(min int) string { return day.Add(time.Duration(min) * time.Minute).Format(time.RFC3339) }

	var balance int64
	for i, s := range []struct {
		amount  string
		points  int64
		tier    string
		changed bool
	}{
		{"1000", 1000, "Silver", true},   // no tier yet: 1 per CNY; 1,000 earned reaches Silver
		{"128.50", 160, "Silver", false}, // Silver: 128.50 x 1.25 = 160.625
		{"3000", 3750, "Silver", false},  // 3000 x 1.25; 4,910 earned
		{"100", 125, "Gold", true},       // 5,035 earned reaches Gold
		{"128.50", 192, "Gold", false},   // Gold: 128.50 x 1.5 = 192.75
	} {
		r := c.post(t, event{ID: id("coffee-buy", i), Member: m, Type: "purchase", Amount: s.amount, OccurredAt: at(i)})
		balance += s.points
		if r.Points != s.points || r.award("purchase") != s.points || r.Balance != balance || r.Tier != s.tier || r.TierChanged != s.changed {
			t.Errorf("purchase of %s CNY: %+v; want %d points, balance %d, tier %s (changed %v)", s.amount, r, s.points, balance, s.tier, s.changed)
		}
	}

	// Four sign-ins on one day: the fourth is over the 15-point cap. One more the day before
	// has a cap of its own. Gold does not multiply them.
	for i, want := range []int64{5, 5, 5, 0} {
		r := c.post(t, event{ID: id("coffee-signin", i), Member: m, Type: "sign_in", OccurredAt: at(10 + i)})
		if r.Points != want {
			t.Errorf("sign-in %d of the day: %d points; want %d", i+1, r.Points, want)
		}
		balance += want
	}
	if r := c.post(t, event{ID: id("coffee-signin-before"), Member: m, Type: "sign_in", OccurredAt: day.AddDate(0, 0, -1).Format(time.RFC3339)}); r.Points != 5 {
		t.Errorf("sign-in on the day before: %d points; want 5", r.Points)
	}
	balance += 5
	if r := c.post(t, event{ID: id("coffee-review"), Member: m, Type: "review", OccurredAt: at(20)}); r.Points != 20 {
		t.Errorf("review as Gold: %d points; want 20", r.Points)
	}
	balance += 20

	// A client that retries gets the first answer and nothing more.
	if r := c.post(t, event{ID: id("coffee-buy", 0), Member: m, Type: "purchase", Amount: "1000", OccurredAt: at(0)}); !r.Replayed || r.Points != 1000 {
		t.Errorf("the first purchase again: %+v; want its first result, replayed", r)
	}
	if got := c.member(t, m); got.Balance != balance || got.Tier != "Gold" {
		t.Errorf("member %s: balance %d, tier %q; want %d, Gold", m, got.Balance, got.Tier, balance)
	}

	var tiers []string
	for _, n := range c.notices(t) {
		if n.Member == m && n.Kind == "TierChanged" {
			var d struct{ From, To string }
			_ = json.Unmarshal(n.Data, &d)
			tiers = append(tiers, d.From+">"+d.To)
		}
	}
	if strings.Join(tiers, " ") != ">Silver Silver>Gold" {
		t.Errorf("TierChanged notices of %s: %v; want to Silver, then to Gold", m, tiers)
	}
}

// Atelier: 1 point per CNY, one more at the weekend in Shanghai; a 50-point penalty for a
// refused delivery, which may take a balance below zero; at most 100,000 points a member a day.
func TestFashionEarnsByTheSampleRules(t *testing.T) {
	applyBrands(t)
	f := ledgerAPI(t, fashionNS, fashionProg)
	weekday, saturday := lastDay(time.Wednesday), lastDay(time.Saturday)

	m := id("fashion-earner")
	if r := f.post(t, event{ID: id("fashion-weekday"), Member: m, Type: "purchase", Amount: "100", OccurredAt: weekday.Format(time.RFC3339)}); r.Points != 100 || len(r.Awards) != 1 {
		t.Errorf("a weekday purchase of 100 CNY: %+v; want 100 points from the purchase rule alone", r)
	}
	r := f.post(t, event{ID: id("fashion-saturday"), Member: m, Type: "purchase", Amount: "100", OccurredAt: saturday.Format(time.RFC3339)})
	if r.Points != 200 || r.award("purchase") != 100 || r.award("double-points-weekend") != 100 || r.Balance != 300 {
		t.Errorf("a Saturday purchase of 100 CNY: %+v; want 100 + 100 double points, balance 300", r)
	}

	late := id("fashion-refuser")
	if r := f.post(t, event{ID: id("fashion-refused"), Member: late, Type: "delivery_refused"}); r.Points != -50 || r.Balance != -50 {
		t.Errorf("a refused delivery of a new member: %+v; want -50, balance -50 (the program allows negative balances)", r)
	}
	if r := f.post(t, event{ID: id("fashion-payback"), Member: late, Type: "purchase", Amount: "80", OccurredAt: weekday.Format(time.RFC3339)}); r.Balance != 30 {
		t.Errorf("a purchase of 80 CNY after the penalty: balance %d; want 30", r.Balance)
	}

	big := id("fashion-big-spender")
	if r := f.post(t, event{ID: id("fashion-big", 1), Member: big, Type: "purchase", Amount: "99950", OccurredAt: weekday.Format(time.RFC3339)}); r.Points != 99950 {
		t.Errorf("a purchase of 99,950 CNY: %d points; want 99950", r.Points)
	}
	if r := f.post(t, event{ID: id("fashion-big", 2), Member: big, Type: "purchase", Amount: "200", OccurredAt: weekday.Add(time.Hour).Format(time.RFC3339)}); r.Points != 50 {
		t.Errorf("200 CNY more on the same day: %d points; want 50, the room left under the 100,000 daily cap", r.Points)
	}
	if r := f.post(t, event{ID: id("fashion-big", 3), Member: big, Type: "purchase", Amount: "200", OccurredAt: weekday.AddDate(0, 0, -1).Format(time.RFC3339)}); r.Points != 200 {
		t.Errorf("200 CNY on the day before: %d points; want 200, that day's cap is untouched", r.Points)
	}
}

type catalogItem struct {
	SKU            string
	PointsCost     int64
	Stock          *int64
	Remaining      *int64
	PerMemberLimit int64
}

func catalogItemOf(t testing.TB, a *api, sku string) catalogItem {
	t.Helper()
	var cat struct{ Items []catalogItem }
	a.do(t, "GET", "/v1/catalog", nil, &cat)
	for _, it := range cat.Items {
		if it.SKU == sku {
			return it
		}
	}
	t.Fatalf("%s: no item %s in the catalog", a.name, sku)
	return catalogItem{}
}

type redemption struct {
	ID       string `json:"id"`
	Member   string `json:"member"`
	SKU      string `json:"sku"`
	Points   int64  `json:"-"`
	Balance  int64  `json:"-"`
	Replayed bool   `json:"-"`
}

// fund credits each member with points through one batch of purchases (coffee: 1 point per
// CNY below Silver).
func fund(t testing.TB, a *api, members []string, points int64, tag string) {
	t.Helper()
	for start := 0; start < len(members); start += 500 {
		var batch struct {
			Events []event `json:"events"`
		}
		for i := start; i < min(start+500, len(members)); i++ {
			batch.Events = append(batch.Events, event{ID: id(tag, i), Member: members[i], Type: "purchase", Amount: fmt.Sprint(points)})
		}
		var out struct{ Results []eventResult }
		a.do(t, "POST", "/v1/events", batch, &out)
		for i, r := range out.Results {
			if r.Error != nil || r.Points != points {
				t.Fatalf("funding %s: %+v; want %d points", batch.Events[i].Member, r, points)
			}
		}
	}
}

// The limited mug (800 points, one per member) is redeemed by more members at once than
// there are mugs: exactly the stock is handed out, the others are told it is out of stock
// and keep their points; a cancelled redemption puts one mug back.
func TestRedeemUntilOutOfStock(t *testing.T) {
	applyBrands(t)
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	mug := catalogItemOf(t, c, "mug")
	if mug.Stock == nil || *mug.Stock != 100 || mug.PointsCost != 800 || mug.PerMemberLimit != 1 || mug.Remaining == nil {
		t.Fatalf("mug: %+v; the sample has 100 at 800 points, one per member", mug)
	}
	if *mug.Remaining < 2 {
		// An earlier run on this cluster took them: a new allotment, as a brand restocks.
		left := *mug.Remaining
		restock(t, 100-left+100)
		mug = catalogItemOf(t, c, "mug")
		t.Logf("%d mugs were left from an earlier run: %d after restocking", left, *mug.Remaining)
	}

	first := id("mug-collector")
	fund(t, c, []string{first}, 1600, "mug-collector-funds")
	var got struct{ Points, Balance int64 }
	c.do(t, "POST", "/v1/redemptions", redemption{ID: id("mug-first"), Member: first, SKU: "mug"}, &got)
	if got.Points != 800 || got.Balance != 800 {
		t.Errorf("a mug: %+v; want 800 points taken, 800 left", got)
	}
	c.refused(t, "POST", "/v1/redemptions", redemption{ID: id("mug-second"), Member: first, SKU: "mug"}, 422, "limit_reached")

	left := *mug.Remaining - 1
	members := make([]string, left+20)
	for i := range members {
		members[i] = id("mug-fan", i)
	}
	fund(t, c, members, 800, "mug-funds")

	codes := make([]string, len(members))
	var wg sync.WaitGroup
	for i, m := range members {
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, body, err := c.call("POST", "/v1/redemptions", c.token, redemption{ID: id("mug", i), Member: m, SKU: "mug"})
			var p problem
			_ = json.Unmarshal(body, &p)
			switch {
			case err != nil:
				codes[i] = err.Error()
			case status == 201:
				codes[i] = "redeemed"
			default:
				codes[i] = fmt.Sprintf("%d %s", status, p.Code)
			}
		}()
	}
	wg.Wait()
	count := map[string]int64{}
	for _, code := range codes {
		count[code]++
	}
	if count["redeemed"] != left || count["422 out_of_stock"] != 20 {
		t.Fatalf("%d members redeeming the last %d mugs at once: %v; want %d redeemed, 20 out of stock", len(members), left, count, left)
	}
	if it := catalogItemOf(t, c, "mug"); *it.Remaining != 0 {
		t.Errorf("mugs remaining after the run: %d; want 0", *it.Remaining)
	}
	var winners, losers []int
	for i, m := range members {
		want := int64(800)
		if codes[i] == "redeemed" {
			want, winners = 0, append(winners, i)
		} else {
			losers = append(losers, i)
		}
		if b := c.member(t, m).Balance; b != want {
			t.Errorf("member %s (%s): balance %d; want %d", m, codes[i], b, want)
		}
	}

	var cancel struct{ Points, Balance int64 }
	c.do(t, "POST", "/v1/redemptions/"+id("mug", winners[0])+"/cancel", map[string]string{"reason": "changed their mind"}, &cancel)
	if cancel.Points != 800 || cancel.Balance != 800 {
		t.Errorf("cancelling a mug: %+v; want the 800 points back", cancel)
	}
	if it := catalogItemOf(t, c, "mug"); *it.Remaining != 1 {
		t.Errorf("mugs remaining after a cancellation: %d; want 1", *it.Remaining)
	}
	c.do(t, "POST", "/v1/redemptions", redemption{ID: id("mug-late"), Member: members[losers[0]], SKU: "mug"}, nil)
	c.refused(t, "POST", "/v1/redemptions", redemption{ID: id("mug-too-late"), Member: members[losers[1]], SKU: "mug"}, 422, "out_of_stock")
}

// restock sets the coffee mug's allotment (the second item of the sample catalog) and
// waits until the ledger applies it; the sample's allotment comes back when the test ends.
func restock(t *testing.T, stock int64) {
	t.Helper()
	set := func(n int64) string {
		p := fmt.Sprintf(`[{"op":"test","path":"/spec/items/1/sku","value":"mug"},{"op":"replace","path":"/spec/items/1/stock","value":%d}]`, n)
		kubectl(t, "-n", coffeeNS, "patch", "redemptioncatalog", "rewards-catalog", "--type=json", "-p", p)
		var version string
		eventually(t, time.Minute, "the catalog published", func() error {
			o := getObject(t, coffeeNS, "redemptioncatalog", "rewards-catalog")
			version = o.Status.RulesetVersion
			return o.ready()
		})
		return version
	}
	t.Cleanup(func() { waitPodsServe(t, coffeeNS, coffeeProgram, set(100), 2) })
	waitPodsServe(t, coffeeNS, coffeeProgram, set(stock), 2)
}

// Points pay part of an order at checkout: a hold within the program's share, captured when
// the order is paid; a hold for an order that is cancelled is released.
func TestPayWithPointsThroughAHold(t *testing.T) {
	applyBrands(t)
	f := ledgerAPI(t, fashionNS, fashionProg)
	m := id("shopper")
	f.post(t, event{ID: id("shopper-buy"), Member: m, Type: "purchase", Amount: "5000", OccurredAt: lastDay(time.Wednesday).Format(time.RFC3339)})

	type hold struct {
		ID          string `json:"id"`
		Member      string `json:"member"`
		Points      int64  `json:"points"`
		OrderAmount string `json:"orderAmount"`
	}
	// 30% of a 100 CNY order at 100 points per CNY is 3,000 points.
	p := f.refused(t, "POST", "/v1/holds", hold{id("hold-too-much"), m, 5000, "100.00"}, 422, "invalid")
	if !strings.Contains(p.Detail, "3000") {
		t.Errorf("asking for 5000 points on a 100 CNY order: %q; want it to say 3000 is the most", p.Detail)
	}
	var h struct {
		Points, Balance, Held int64
		Value                 string
	}
	f.do(t, "POST", "/v1/holds", hold{id("hold-1"), m, 3000, "100.00"}, &h)
	if h.Points != 3000 || h.Value != "30.00" || h.Balance != 2000 || h.Held != 3000 {
		t.Errorf("a hold of 3000 points: %+v; want 3000 points worth 30.00 CNY held, 2000 left", h)
	}
	if v := f.member(t, m); v.Balance != 2000 || v.Held != 3000 {
		t.Errorf("member during checkout: %+v; want 2000 available, 3000 held", v)
	}
	var cp struct {
		Balance, Held int64
		Replayed      bool
	}
	f.do(t, "POST", "/v1/holds/"+id("hold-1")+"/capture", nil, &cp)
	if cp.Balance != 2000 || cp.Held != 0 {
		t.Errorf("capture: %+v; want 2000 left, nothing held", cp)
	}
	f.do(t, "POST", "/v1/holds/"+id("hold-1")+"/capture", nil, &cp)
	if !cp.Replayed || cp.Balance != 2000 {
		t.Errorf("the capture retried: %+v; want the first result, replayed", cp)
	}

	f.do(t, "POST", "/v1/holds", hold{id("hold-2"), m, 1000, "50.00"}, &h)
	if h.Balance != 1000 || h.Held != 1000 {
		t.Errorf("a second hold of 1000: %+v", h)
	}
	f.do(t, "POST", "/v1/holds/"+id("hold-2")+"/release", nil, nil)
	f.refused(t, "POST", "/v1/holds/"+id("hold-2")+"/capture", nil, 409, "hold_not_active")
	if v := f.member(t, m); v.Balance != 2000 || v.Held != 0 {
		t.Errorf("member after a released hold: %+v; want 2000, nothing held", v)
	}
}

// A refund takes back what the purchase earned: a share of it for part of the money, the rest
// for the whole. Where the program forbids negative balances and the points are spent, the
// balance stops at zero and the shortfall is recorded.
func TestRefundAPurchase(t *testing.T) {
	applyBrands(t)
	f := ledgerAPI(t, fashionNS, fashionProg)
	m := id("refunded")
	buy := id("refunded-order")
	f.post(t, event{ID: buy, Member: m, Type: "purchase", Amount: "200", OccurredAt: lastDay(time.Wednesday).Format(time.RFC3339)})

	type reversal struct {
		Points, Balance, Shortfall int64
		Replayed                   bool
	}
	var r reversal
	partial := map[string]string{"id": id("refund-1"), "amount": "50"}
	f.do(t, "POST", "/v1/events/"+buy+"/reverse", partial, &r)
	if r.Points != -50 || r.Balance != 150 {
		t.Errorf("refunding 50 of 200 CNY: %+v; want -50 points, 150 left", r)
	}
	f.do(t, "POST", "/v1/events/"+buy+"/reverse", partial, &r)
	if !r.Replayed || r.Balance != 150 {
		t.Errorf("the same partial refund retried: %+v; want it replayed, 150 left", r)
	}
	f.do(t, "POST", "/v1/events/"+buy+"/reverse", nil, &r)
	if r.Points != -150 || r.Balance != 0 {
		t.Errorf("refunding the rest: %+v; want -150, nothing left", r)
	}
	if v := f.member(t, m); v.Balance != 0 {
		t.Errorf("member after a full refund: balance %d; want 0", v.Balance)
	}
	f.refused(t, "POST", "/v1/events/"+id("never-posted")+"/reverse", nil, 404, "not_found")

	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	spender := id("spent-it")
	order := id("spent-it-order")
	c.post(t, event{ID: order, Member: spender, Type: "purchase", Amount: "300"})
	c.do(t, "POST", "/v1/redemptions", redemption{ID: id("spent-it-drink"), Member: spender, SKU: "free-drink"}, nil)
	c.do(t, "POST", "/v1/events/"+order+"/reverse", nil, &r)
	if r.Balance != 0 || r.Shortfall != 300 {
		t.Errorf("refunding a purchase whose points bought a drink: %+v; want balance 0, shortfall 300", r)
	}
}

// One brand's token opens no other brand's ledger, and one brand's database role reads no
// other brand's tables.
func TestBrandsAreIsolated(t *testing.T) {
	applyBrands(t)
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	f := ledgerAPI(t, fashionNS, fashionProg)
	m := id("isolated")
	f.post(t, event{ID: id("isolated-buy"), Member: m, Type: "purchase", Amount: "10", OccurredAt: lastDay(time.Wednesday).Format(time.RFC3339)})
	if c.token == f.token {
		t.Fatal("both brands have the same API token")
	}
	for _, r := range []struct {
		method, path string
		body         any
	}{
		{"GET", "/v1/members/" + m, nil},
		{"GET", "/v1/members/" + m + "/statement", nil},
		{"GET", "/v1/reports/liability", nil},
		{"POST", "/v1/events", event{ID: id("isolated-forged"), Member: m, Type: "purchase", Amount: "1000"}},
	} {
		if status, body, err := f.call(r.method, r.path, c.token, r.body); err != nil || status != 401 {
			t.Errorf("%s %s on the fashion ledger with the coffee token: %d %s %v; want 401", r.method, r.path, status, body, err)
		}
	}
	if v := f.member(t, m); v.Balance != 10 {
		t.Errorf("member %s: balance %d after a refused forged purchase; want 10", m, v.Balance)
	}

	ctx := context.Background()
	brandsDB := []struct{ ns, program string }{{coffeeNS, coffeeProgram}, {fashionNS, fashionProg}}
	for i, own := range brandsDB {
		other := brandsDB[1-i]
		creds := secretData(t, own.ns, own.program+"-ledger-db")
		for _, k := range []string{"username", "password", "host", "port", "dbname", "uri", "schema"} {
			if creds[k] == "" {
				t.Fatalf("Secret %s/%s-ledger-db has no %s", own.ns, own.program, k)
			}
		}
		otherDB := getObject(t, other.ns, "pointsprogram", other.program).Status.Database
		otherCreds := secretData(t, other.ns, other.program+"-ledger-db")
		dsn := func(user, password, dbname string) string {
			return (&url.URL{Scheme: "postgres", User: url.UserPassword(user, password),
				Host: creds["host"] + ":" + creds["port"], Path: "/" + dbname, RawQuery: "sslmode=disable"}).String()
		}
		conn, err := pgx.Connect(ctx, dsn(creds["username"], creds["password"], creds["dbname"]))
		if err != nil {
			t.Fatalf("connecting as %s from the host/port/dbname keys: %v", creds["username"], err)
		}
		defer func() { _ = conn.Close(ctx) }()
		var n int64
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+pgx.Identifier{creds["schema"], "members"}.Sanitize()).Scan(&n); err != nil || n == 0 {
			t.Errorf("role %s reading its own members: %d, %v", creds["username"], n, err)
		}
		// The other brand's database is closed to this role.
		if c, err := pgx.Connect(ctx, dsn(creds["username"], creds["password"], otherDB)); err == nil || !strings.Contains(err.Error(), "permission denied") {
			if err == nil {
				_ = c.Close(ctx)
			}
			t.Errorf("role %s connecting to database %s: %v; want permission denied", creds["username"], otherDB, err)
		}
		// Its own journal is append-only, and it makes no tables and no large objects.
		postings := pgx.Identifier{creds["schema"], "postings"}.Sanitize()
		for _, q := range []string{
			"DELETE FROM " + postings,
			"UPDATE " + postings + " SET points = points * 10",
			"CREATE TABLE " + pgx.Identifier{creds["schema"], "e2e_scratch"}.Sanitize() + " (i int)",
			"SELECT lo_create(0)",
		} {
			_, err := conn.Exec(ctx, q)
			var pe *pgconn.PgError
			if !errors.As(err, &pe) || pe.Code != "42501" {
				t.Errorf("role %s: %s: %v; want permission denied (42501)", creds["username"], q, err)
			}
		}
		// A notification on the other brand's rule set channel, sent from this role's
		// database, never reaches the other brand's ledger: channels are per database.
		listener, err := pgx.Connect(ctx, dsn(otherCreds["username"], otherCreds["password"], otherCreds["dbname"]))
		if err != nil {
			t.Fatal(err)
		}
		channel := ledger.RulesetChannel(otherCreds["schema"])
		if _, err := listener.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
			t.Fatal(err)
		}
		if _, err := conn.Exec(ctx, "SELECT pg_notify($1, 'forged')", channel); err != nil {
			t.Logf("pg_notify as %s: %v", creds["username"], err)
		}
		wctx, cancel := context.WithTimeout(ctx, time.Second)
		if n, err := listener.WaitForNotification(wctx); err == nil {
			t.Errorf("%s's ledger heard %q on %s from role %s", other.ns, n.Payload, n.Channel, creds["username"])
		}
		cancel()
		_ = listener.Close(ctx)
		// Nothing on the server names a brand in a comment this role can read.
		var comments int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_shdescription WHERE description LIKE 'tally:%'").Scan(&comments); err != nil || comments != 0 {
			t.Errorf("role %s reads %d comments naming programs (%v)", creds["username"], comments, err)
		}
	}
}

// A brand's team, bound to the built-in "edit" role in its namespace, cannot read the
// server's administrator URI, cannot admit its namespace elsewhere, and cannot point its
// program at another brand's data.
func TestNamespaceEditorHoldsNoAdminCredential(t *testing.T) {
	applyBrands(t)
	user := id("editor")
	kubectl(t, "-n", coffeeNS, "create", "rolebinding", user, "--clusterrole=edit", "--user="+user)
	t.Cleanup(func() { _, _ = kubectlIn(nil, "-n", coffeeNS, "delete", "rolebinding", user) })
	as := func(args ...string) (string, error) {
		return kubectlIn(nil, append([]string{"--as=" + user}, args...)...)
	}
	// RBAC bindings take effect at once, but "edit" aggregates the loyalty kinds a moment later
	// on a fresh cluster.
	eventually(t, 30*time.Second, "the editor reads its program", func() error {
		_, err := as("-n", coffeeNS, "get", "pointsprogram", coffeeProgram)
		return err
	})
	for _, args := range [][]string{
		{"-n", "tally-system", "get", "secrets"},
		{"-n", "tally-system", "get", "secret", "postgres-admin"},
		{"get", "secrets", "-A"},
		{"get", "ledgerdatabases"},
		{"label", "namespace", fashionNS, "loyalty.tally.dev/ledger-database-", "--overwrite"},
		{"label", "namespace", coffeeNS, "e2e=x"},
		{"-n", fashionNS, "get", "secrets"},
		{"-n", fashionNS, "patch", "pointsprogram", fashionProg, "--type=merge", "-p", `{"spec":{"displayName":"x"}}`},
	} {
		if out, err := as(args...); err == nil || !strings.Contains(err.Error(), "forbidden") {
			t.Errorf("%s: kubectl %s: %v %s; want forbidden", user, strings.Join(args, " "), err, out)
		}
	}
	// Every Secret the editor reads in its namespace holds its own program's credentials and
	// token, and none the administrator's.
	out, err := as("-n", coffeeNS, "get", "secrets", "-o", "json")
	if err != nil {
		t.Fatalf("%s listing Secrets in %s: %v", user, coffeeNS, err)
	}
	admin, err := url.Parse(adminURI)
	if err != nil {
		t.Fatal(err)
	}
	password, _ := admin.User.Password()
	var secrets struct {
		Items []struct {
			Metadata struct{ Name string }
			Data     map[string][]byte
		}
	}
	if err := json.Unmarshal([]byte(out), &secrets); err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets.Items {
		for k, v := range s.Data {
			if strings.Contains(string(v), password) || strings.Contains(string(v), "//"+admin.User.Username()+":") {
				t.Errorf("Secret %s/%s key %s holds the administrator's credentials", coffeeNS, s.Metadata.Name, k)
			}
		}
	}
	// Fields that name data elsewhere are refused or stay within the namespace: the database
	// cannot be swapped, and a schema named after the other brand's lands in this program's
	// own database.
	if out, err := as("-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=merge", "-p",
		`{"spec":{"database":{"ledgerDatabase":null,"secretRef":{"name":"postgres"}}}}`); err == nil {
		t.Errorf("%s swapped the program's database: %s", user, out)
	}
	stray := id("stray")
	program := fmt.Sprintf(`{"apiVersion":"loyalty.tally.dev/v1alpha1","kind":"PointsProgram","metadata":{"name":%q},
		"spec":{"currency":"EUR","pointValue":"0.01","ledger":{"replicas":1},"database":{"ledgerDatabase":"shared","schema":%q}}}`,
		stray, getObject(t, fashionNS, "pointsprogram", fashionProg).Status.Schema)
	if out, err := kubectlIn([]byte(program), "--as="+user, "-n", coffeeNS, "apply", "-f", "-"); err != nil {
		t.Fatalf("%s applying a program: %v %s", user, err, out)
	}
	t.Cleanup(func() { _, _ = kubectlIn(nil, "-n", coffeeNS, "delete", "pointsprogram", stray, "--wait=false") })
	eventually(t, time.Minute, "the stray program's database", func() error {
		o := getObject(t, coffeeNS, "pointsprogram", stray)
		if o.Status.Database == "" {
			return fmt.Errorf("no database yet: %+v", o.Status.Conditions)
		}
		if o.Status.Database == getObject(t, fashionNS, "pointsprogram", fashionProg).Status.Database {
			return fmt.Errorf("the stray program landed in the fashion brand's database %s", o.Status.Database)
		}
		return nil
	})
}

// An EarnRule changed with kubectl apply reaches the running ledger pods: new events earn by
// the new rule, and no pod restarts.
func TestRuleChangeReachesRunningPods(t *testing.T) {
	applyBrands(t)
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	old := getObject(t, coffeeNS, "pointsprogram", coffeeProgram).Status.RulesetVersion
	waitPodsServe(t, coffeeNS, coffeeProgram, old, 2)
	before := ledgerPods(t, coffeeNS, coffeeProgram)
	m := id("reviewer")
	if r := c.post(t, event{ID: id("review", 0), Member: m, Type: "review"}); r.Points != 20 {
		t.Fatalf("a review before the change: %d points; want 20", r.Points)
	}

	t.Cleanup(func() {
		kubectl(t, "apply", "-k", "config/samples")
		eventually(t, time.Minute, "the sample rule set back in effect", func() error {
			if v := getObject(t, coffeeNS, "pointsprogram", coffeeProgram).Status.RulesetVersion; v != old {
				return fmt.Errorf("rule set %s", v)
			}
			return nil
		})
		waitPodsServe(t, coffeeNS, coffeeProgram, old, 2)
	})
	changed := `apiVersion: loyalty.tally.dev/v1alpha1
kind: EarnRule
metadata:
  name: review
  namespace: brew-coffee
spec:
  programRef:
    name: rewards
  description: 35 points for a product review, for the review week.
  eventType: review
  points:
    fixed: 35
  applyTierMultiplier: false
`
	if out, err := kubectlIn([]byte(changed), "apply", "-f", "-"); err != nil {
		t.Fatalf("kubectl apply: %v %s", err, out)
	}
	var version string
	eventually(t, time.Minute, "the changed rule published", func() error {
		r := getObject(t, coffeeNS, "earnrule", "review")
		if err := r.ready(); err != nil {
			return err
		}
		if r.Status.RulesetVersion == old {
			return fmt.Errorf("rule set %s is still the old one", old)
		}
		version = r.Status.RulesetVersion
		return nil
	})
	if p := getObject(t, coffeeNS, "pointsprogram", coffeeProgram); p.Status.RulesetVersion != version || p.ready() != nil {
		t.Errorf("program after the change: rule set %s, %v; want %s, Ready", p.Status.RulesetVersion, p.ready(), version)
	}
	waitPodsServe(t, coffeeNS, coffeeProgram, version, 2)
	for i := 1; i <= 6; i++ {
		r := c.post(t, event{ID: id("review", i), Member: m, Type: "review"})
		if r.Points != 35 || r.RulesetVersion != version {
			t.Errorf("review %d after the change: %d points by rule set %s; want 35 by %s", i, r.Points, r.RulesetVersion, version)
		}
	}
	after := ledgerPods(t, coffeeNS, coffeeProgram)
	if fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("ledger pods before the change %+v, after %+v; want the same pods, not restarted", before, after)
	}
}

// A program switched to Rolling expiry with a short period: points earned after the switch
// stop counting when the period ends, and the expiry job then records their expiry; points
// earned before keep the expiry they were given; members whose points expire soon get a
// notice; the liability report drops by what expired as it expires, not when the job runs.
func TestRollingExpiry(t *testing.T) {
	applyBrands(t)
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	old := getObject(t, coffeeNS, "pointsprogram", coffeeProgram).Status.RulesetVersion

	kept := id("expiry-kept")
	c.post(t, event{ID: id("expiry-kept-review"), Member: kept, Type: "review"})

	patch := func(p string) {
		kubectl(t, "-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=merge", "-p", p)
	}
	t.Cleanup(func() {
		patch(`{"spec":{"expiry":{"policy":"YearlyClearing","rolling":null,"yearlyClearing":{"month":12,"day":31,"afterYears":1}}}}`)
		eventually(t, time.Minute, "yearly clearing back in effect", func() error {
			if v := getObject(t, coffeeNS, "pointsprogram", coffeeProgram).Status.RulesetVersion; v != old {
				return fmt.Errorf("rule set %s", v)
			}
			return nil
		})
		waitPodsServe(t, coffeeNS, coffeeProgram, old, 2)
	})
	patch(`{"spec":{"expiry":{"policy":"Rolling","rolling":{"period":"2m"},"yearlyClearing":null}}}`)
	var version string
	eventually(t, time.Minute, "the Rolling policy published", func() error {
		p := getObject(t, coffeeNS, "pointsprogram", coffeeProgram)
		if err := p.ready(); err != nil {
			return err
		}
		if p.Status.RulesetVersion == old {
			return errors.New("the old rule set is still in effect")
		}
		version = p.Status.RulesetVersion
		return nil
	})
	waitPodsServe(t, coffeeNS, coffeeProgram, version, 2)

	due := id("expiry-due")
	start := time.Now()
	r := c.post(t, event{ID: id("expiry-due-buy"), Member: due, Type: "purchase", Amount: "100"})
	if r.Points != 100 || len(r.Awards) != 1 {
		t.Fatalf("purchase under Rolling 2m: %+v", r)
	}
	expires := r.Awards[0].ExpiresAt
	if expires.Before(start.Add(2*time.Minute-5*time.Second)) || expires.After(time.Now().Add(2*time.Minute+5*time.Second)) {
		t.Fatalf("points earned at %s expire at %s; want 2 minutes later", start.Format(time.TimeOnly), expires)
	}
	t.Logf("waiting until %s, when %s's 100 points fall due", expires.Add(3*time.Second).Local().Format(time.TimeOnly), due)
	time.Sleep(time.Until(expires.Add(3 * time.Second)))

	// Past their expiry, points are neither shown nor spendable, before any job runs.
	if v := c.member(t, due); v.Balance != 0 {
		t.Errorf("member %s once the points expired, before the expiry job: balance %d; want 0", due, v.Balance)
	}
	soon := id("expiry-soon")
	c.post(t, event{ID: id("expiry-soon-buy"), Member: soon, Type: "purchase", Amount: "50"})
	var before struct {
		Points int64
		Value  string
	}
	c.do(t, "GET", "/v1/reports/liability", nil, &before)

	job := id("expire")
	kubectl(t, "-n", coffeeNS, "create", "job", job, "--from=cronjob/"+coffeeProgram+"-expire")
	t.Cleanup(func() { kubectl(t, "-n", coffeeNS, "delete", "job", job, "--wait=false") })
	eventually(t, 3*time.Minute, "job "+job+" complete", func() error {
		var j struct {
			Status struct{ Succeeded, Failed int }
		}
		getJSON(t, &j, "-n", coffeeNS, "get", "job", job)
		if j.Status.Failed > 0 {
			out, _ := kubectlIn(nil, "-n", coffeeNS, "logs", "job/"+job)
			t.Fatalf("job %s failed: %s", job, out)
		}
		if j.Status.Succeeded == 0 {
			return errors.New("not yet")
		}
		return nil
	})
	t.Logf("tally expire: %s", strings.TrimSpace(kubectl(t, "-n", coffeeNS, "logs", "job/"+job)))

	if v := c.member(t, due); v.Balance != 0 {
		t.Errorf("member %s after the expiry job: balance %d; want 0, the 100 points expired", due, v.Balance)
	}
	var expired int64
	for _, l := range c.statement(t, due) {
		if l.Kind == "expire" {
			expired += l.Points
		}
	}
	if expired != -100 {
		t.Errorf("member %s's statement: %d points expired; want -100", due, expired)
	}
	if v := c.member(t, kept); v.Balance != 20 {
		t.Errorf("member %s, whose points were earned under yearly clearing: balance %d; want 20", kept, v.Balance)
	}
	if v := c.member(t, soon); v.Balance != 50 || v.ExpiringSoon.Points != 50 {
		t.Errorf("member %s, whose points expire in 2 minutes: %+v; want 50, all expiring soon", soon, v)
	}

	told := map[string]int64{}
	for _, n := range c.notices(t) {
		if n.Kind == "PointsExpiring" {
			var d struct{ Points int64 }
			_ = json.Unmarshal(n.Data, &d)
			told[n.Member] += d.Points
		}
	}
	if told[soon] != 50 {
		t.Errorf("PointsExpiring notices for %s: %d points; want 50", soon, told[soon])
	}
	if told[kept] != 0 {
		t.Errorf("PointsExpiring notices for %s, whose points expire in more than a year: %d points; want none", kept, told[kept])
	}

	var after struct {
		Points     int64
		Value      string
		PointValue string
	}
	c.do(t, "GET", "/v1/reports/liability", nil, &after)
	value, ok1 := new(big.Rat).SetString(after.Value)
	pointValue, ok2 := new(big.Rat).SetString(after.PointValue)
	// The 100 expired points left the liability when they expired: the job, which only makes
	// that permanent in the journal, changes nothing the program owes.
	if after.Points != before.Points || !ok1 || !ok2 || value.Cmp(new(big.Rat).Mul(big.NewRat(after.Points, 1), pointValue)) != 0 {
		t.Errorf("liability: %d points before the job, %+v after; want the same, valued at %s CNY each", before.Points, after, after.PointValue)
	}
}

// A ledger pod deleted while shops post events, then another one killed at once: the
// clients retry what got no answer, with the same ids, as a real client would. Every
// acknowledged event is in the ledger once, and the ledger's invariants hold.
func TestLedgerPodDeletedUnderLoad(t *testing.T) {
	applyBrands(t)
	f := ledgerAPI(t, fashionNS, fashionProg)
	waitPodsServe(t, fashionNS, fashionProg, getObject(t, fashionNS, "pointsprogram", fashionProg).Status.RulesetVersion, 2)
	at := lastDay(time.Wednesday).Format(time.RFC3339)

	const workers = 8
	var (
		mu       sync.Mutex
		acked    = map[string]eventResult{} // by event id: the answer the client got
		unacked  []string
		failures atomic.Int64 // attempts that got no 2xx answer
		stop     = make(chan struct{})
		wg       sync.WaitGroup
	)
	for g := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				e := event{ID: id("load", g, i), Member: id("load", g), Type: "purchase", Amount: "1", OccurredAt: at}
				r, err := postUntilAcked(f, e, &failures)
				mu.Lock()
				if err != nil {
					unacked = append(unacked, e.ID+": "+err.Error())
				} else {
					acked[e.ID] = r
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		}()
	}
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop); wg.Wait() }) }
	defer halt()
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(acked)
	}
	more := func(n int) {
		want := count() + n
		eventually(t, 2*time.Minute, fmt.Sprintf("%d acknowledged events", want), func() error {
			if got := count(); got < want {
				return fmt.Errorf("%d", got)
			}
			return nil
		})
	}
	replaced := func(victim string) {
		eventually(t, 2*time.Minute, "pod "+victim+" replaced", func() error {
			pods := ledgerPods(t, fashionNS, fashionProg)
			ready := 0
			for _, p := range pods {
				if p.Name == victim {
					return fmt.Errorf("%s still there", victim)
				}
				if p.Ready {
					ready++
				}
			}
			if ready != 2 {
				return fmt.Errorf("%d ready pods", ready)
			}
			return nil
		})
	}

	more(300)
	victim := ledgerPods(t, fashionNS, fashionProg)[0].Name
	t.Logf("deleting pod %s after %d acknowledged events", victim, count())
	kubectl(t, "-n", fashionNS, "delete", "pod", victim, "--wait=false")
	replaced(victim)
	more(300)
	victim = ledgerPods(t, fashionNS, fashionProg)[0].Name
	t.Logf("killing pod %s at once after %d acknowledged events", victim, count())
	kubectl(t, "-n", fashionNS, "delete", "pod", victim, "--grace-period=0", "--force", "--wait=false")
	replaced(victim)
	more(300)
	halt()

	if len(unacked) > 0 {
		t.Fatalf("%d events never acknowledged in 2 minutes of retries: %v", len(unacked), unacked[:min(len(unacked), 10)])
	}
	replays := 0
	for eid, r := range acked {
		if r.Points != 1 {
			t.Errorf("event %s: %d points; want 1 (1 CNY on a weekday)", eid, r.Points)
		}
		if r.Replayed {
			replays++
		}
	}
	t.Logf("%d events acknowledged, %d attempts without an answer retried, %d retries answered as replays", len(acked), failures.Load(), replays)

	for g := range workers {
		member := id("load", g)
		seen := map[string]int{}
		var credited int64
		for _, l := range f.statement(t, member) {
			if l.EventID != "" {
				seen[l.EventID]++
				credited += l.Points
			}
		}
		var want int64
		for eid := range acked {
			if strings.HasPrefix(eid, member+"-") {
				want++
				if seen[eid] != 1 {
					t.Errorf("acknowledged event %s is in %s's statement %d times; want once", eid, member, seen[eid])
				}
			}
		}
		for eid := range seen {
			if _, ok := acked[eid]; !ok {
				t.Errorf("event %s is in %s's statement but was never acknowledged", eid, member)
			}
		}
		if b := f.member(t, member).Balance; b != want || credited != want {
			t.Errorf("member %s: balance %d, statement %d; want %d, one point per acknowledged event", member, b, credited, want)
		}
	}
	verifyLedger(t, fashionNS, fashionProg, true)
}

// postUntilAcked posts an event until it gets an answer: transport errors, 429 and 5xx are
// retried with the same id, for up to 2 minutes; any other answer is final.
func postUntilAcked(a *api, e event, failures *atomic.Int64) (eventResult, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for attempt := 1; ; attempt++ {
		status, body, err := a.call("POST", "/v1/events", a.token, e)
		if err == nil && status/100 == 2 {
			var r eventResult
			if err := json.Unmarshal(body, &r); err != nil {
				return r, fmt.Errorf("%w in %s", err, body)
			}
			return r, nil
		}
		if err == nil && status != 429 && status < 500 {
			return eventResult{}, fmt.Errorf("answer %d %s", status, body)
		}
		failures.Add(1)
		if time.Now().After(deadline) {
			return eventResult{}, fmt.Errorf("%d attempts, the last: %d %s %v", attempt, status, body, err)
		}
		time.Sleep(min(time.Duration(attempt)*100*time.Millisecond, time.Second))
	}
}

// After everything above, both ledgers' books still balance.
// Members as the brands know them: a profile's segments and birthday steer the sample rules
// (coffee's birthday-month double points for segment "members", fashion's VIP preview), seven
// days of sign-ins earn the streak badge once, a referral rewards both sides, and an erased
// member's id answers 404 while the books still balance (TestLedgersKeepTheirInvariants).
func TestMembersAsTheBrandsKnowThem(t *testing.T) {
	applyBrands(t)
	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	now := time.Now().In(shanghai)

	fan, other := id("coffee-birthday"), id("coffee-no-segment")
	for _, m := range []string{fan, other} {
		profile := map[string]any{"birthday": now.Format("01-02"), "actor": "e2e"}
		if m == fan {
			profile["segments"] = []string{"members"}
		}
		c.do(t, "PUT", "/v1/members/"+m+"/profile", profile, nil)
	}
	if r := c.post(t, event{ID: id("coffee-bday-buy"), Member: fan, Type: "purchase", Amount: "100"}); r.Points != 200 || r.award("birthday-month") != 100 {
		t.Errorf("a purchase of 100 CNY in the birthday month, segment members: %+v; want 100 + 100", r)
	}
	if r := c.post(t, event{ID: id("coffee-bday-other"), Member: other, Type: "purchase", Amount: "100"}); r.Points != 100 {
		t.Errorf("the same purchase without the segment: %+v; want 100", r)
	}

	streaker := id("coffee-streak")
	for d := 6; d >= 0; d-- {
		at := now.Add(-time.Minute).AddDate(0, 0, -d) // seven days in a row, in Shanghai
		r := c.post(t, event{ID: id("coffee-streak", d), Member: streaker, Type: "sign_in", OccurredAt: at.Format(time.RFC3339)})
		if want := map[bool]int64{true: 50, false: 0}[d == 0]; r.award("seven-day-streak") != want {
			t.Errorf("sign-in %d days ago: %+v; the streak rule gives %d", d, r, want)
		}
	}
	var badges struct {
		Badges []struct{ Badge, Rule string }
	}
	c.do(t, "GET", "/v1/members/"+streaker+"/badges", nil, &badges)
	if len(badges.Badges) != 1 || badges.Badges[0].Badge != "7-day streak" {
		t.Errorf("badges after seven days of sign-ins: %+v", badges)
	}

	friend, newcomer := id("coffee-friend"), id("coffee-newcomer")
	r := c.post(t, event{ID: id("coffee-ref"), Member: friend, Type: "referral", Attributes: map[string]string{"referrer": fan}})
	if r.Points != 100 || c.member(t, fan).Balance != 200+200 {
		t.Errorf("a referral: %+v, referrer's balance %d; want 100 for the new member, 200 for the referrer", r, c.member(t, fan).Balance)
	}
	c.do(t, "PUT", "/v1/members/"+newcomer+"/profile", map[string]any{"referredBy": streaker}, nil)
	if b := c.member(t, newcomer).Balance; b != 100 {
		t.Errorf("a profile naming a referrer: %d points; want 100", b)
	}
	c.refused(t, "POST", "/v1/events", event{ID: id("coffee-ref-self"), Member: other, Type: "referral", Attributes: map[string]string{"referrer": other}}, 422, "referral_refused")

	var erased struct {
		Pseudonym string
		Forfeited int64
	}
	c.do(t, "POST", "/v1/members/"+fan+"/erase", map[string]any{"reason": "erasure request", "actor": "e2e"}, &erased)
	if !strings.HasPrefix(erased.Pseudonym, "~erased-") || erased.Forfeited != 400 {
		t.Errorf("erasure: %+v; want a pseudonym and 400 points forfeited", erased)
	}
	c.refused(t, "GET", "/v1/members/"+fan, nil, 404, "not_found")
	c.refused(t, "POST", "/v1/members/"+fan+"/erase", nil, 404, "not_found")
	if lines := c.statement(t, erased.Pseudonym); len(lines) == 0 || lines[0].Kind != "forfeit" || lines[0].Points != -400 {
		t.Errorf("the pseudonym's statement: %+v; want the forfeit of 400 points last", lines)
	}

	f := ledgerAPI(t, fashionNS, fashionProg)
	vip, regular := id("fashion-vip"), id("fashion-regular")
	f.do(t, "PUT", "/v1/members/"+vip+"/profile", map[string]any{"segments": []string{"vip"}}, nil)
	weekday := lastDay(time.Wednesday).Format(time.RFC3339)
	if r := f.post(t, event{ID: id("fashion-vip-buy"), Member: vip, Type: "purchase", Amount: "1000", OccurredAt: weekday}); r.Points != 3000 || r.award("vip-preview") != 2000 {
		t.Errorf("a VIP's weekday purchase of 1,000 CNY: %+v; want 1,000 + 2,000", r)
	}
	if r := f.post(t, event{ID: id("fashion-regular-buy"), Member: regular, Type: "purchase", Amount: "1000", OccurredAt: weekday}); r.Points != 1000 {
		t.Errorf("the same purchase without the segment: %+v; want 1,000", r)
	}
}

// The coffee brand exports its changes to a receiver running in the cluster: events posted
// through the ledger's Service arrive there as signed CloudEvents, and the program's status
// counts them.
func TestCoffeeExportsToAReceiverInTheCluster(t *testing.T) {
	applyBrands(t)
	image := testImage(t, "sinkrecv")
	kubectl(t, "-n", coffeeNS, "create", "secret", "generic", "e2e-sink-signing", "--from-literal=key=e2e-"+run)
	manifest := fmt.Sprintf(`
apiVersion: v1
kind: Pod
metadata: {name: e2e-sink, labels: {app: e2e-sink}}
spec:
  containers:
  - name: sink
    image: %s
    imagePullPolicy: Never
    args: [":8080"]
    env:
    - name: SIGNING_KEY
      valueFrom: {secretKeyRef: {name: e2e-sink-signing, key: key}}
    ports: [{containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata: {name: e2e-sink}
spec:
  selector: {app: e2e-sink}
  ports: [{port: 8080}]
`, image)
	if out, err := kubectlIn([]byte(manifest), "-n", coffeeNS, "apply", "-f", "-"); err != nil {
		t.Fatalf("apply the receiver: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		_, _ = kubectlIn(nil, "-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=json", "-p", `[{"op":"remove","path":"/spec/export"}]`)
		_, _ = kubectlIn([]byte(manifest), "-n", coffeeNS, "delete", "-f", "-", "--wait=false")
		_, _ = kubectlIn(nil, "-n", coffeeNS, "delete", "secret", "e2e-sink-signing")
		_, _ = kubectlIn(nil, "-n", coffeeNS, "rollout", "status", "deployment/"+coffeeProgram+"-ledger", "--timeout=3m")
	})
	kubectl(t, "-n", coffeeNS, "wait", "pod/e2e-sink", "--for=condition=Ready", "--timeout=2m")
	kubectl(t, "-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=merge", "-p",
		`{"spec":{"export":{"sinks":[{"name":"e2e","url":"http://e2e-sink.`+coffeeNS+`.svc:8080/events","kinds":["PointsEarned"],"signingKey":{"name":"e2e-sink-signing"},"batchSize":10}]}}}`)
	kubectl(t, "-n", coffeeNS, "rollout", "status", "deployment/"+coffeeProgram+"-ledger", "--timeout=3m")

	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	m := id("coffee-exported")
	// The Service may still send a connection to a pod of the old ReplicaSet that is going
	// away: an event is posted again until it is taken (its id makes that safe).
	var retried atomic.Int64
	for i := range 20 {
		if _, err := postUntilAcked(c, event{ID: id("coffee-export", i), Member: m, Type: "purchase", Amount: "10"}, &retried); err != nil {
			t.Fatal(err)
		}
	}
	// Read through the API server's service proxy: a fresh request each time, whatever this
	// machine's connections to Service addresses that earlier tests used.
	sink := "/api/v1/namespaces/" + coffeeNS + "/services/e2e-sink:8080/proxy/events"
	eventually(t, 2*time.Minute, "20 PointsEarned of "+m+" at the receiver", func() error {
		body, err := kubectlIn(nil, "get", "--raw", sink)
		if err != nil {
			return fmt.Errorf("GET %s: %v: %s", sink, err, body)
		}
		var got struct {
			Events []struct{ ID, Type, Subject string }
		}
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			return fmt.Errorf("GET %s: %q: %v", sink, body, err)
		}
		ids := map[string]bool{}
		for _, e := range got.Events {
			if e.Subject == m && e.Type == "dev.tally.PointsEarned" {
				ids[e.ID] = true
			}
		}
		if len(ids) != 20 {
			return fmt.Errorf("%d of 20", len(ids))
		}
		return nil
	})
	eventually(t, time.Minute, "the sink's status on the program", func() error {
		p := getObject(t, coffeeNS, "pointsprogram", coffeeProgram)
		if len(p.Status.Export) != 1 || p.Status.Export[0].Delivered < 20 || p.Status.Export[0].Failing {
			return fmt.Errorf("%+v", p.Status.Export)
		}
		return nil
	})
}

// A pipeline simulates the coffee sample's weekend double points over what the running ledger
// recorded, with the program's own analytics role once spec.export.analytics.simulation asks
// for it: the proposed rule awards what the weekend's purchases would have earned, and the
// role reaches no other program's ledger.
func TestRuleChangeSimulatedWithTheProgramsAnalyticsRole(t *testing.T) {
	applyBrands(t)
	kubectl(t, "-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=merge", "-p",
		`{"spec":{"export":{"analytics":{"enabled":true,"personalData":true,"simulation":true}}}}`)
	t.Cleanup(func() {
		_, _ = kubectlIn(nil, "-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=json", "-p", `[{"op":"remove","path":"/spec/export"}]`)
	})
	var creds map[string]string
	eventually(t, 2*time.Minute, "the analytics Secret", func() error {
		p := getObject(t, coffeeNS, "pointsprogram", coffeeProgram)
		if p.Status.AnalyticsSecretName == "" {
			return fmt.Errorf("status.analyticsSecretName is empty")
		}
		creds = secretData(t, coffeeNS, p.Status.AnalyticsSecretName)
		if creds["uri"] == "" {
			return fmt.Errorf("no uri in %s", p.Status.AnalyticsSecretName)
		}
		return nil
	})

	c := ledgerAPI(t, coffeeNS, coffeeProgram)
	m := id("coffee-simulated")
	var retried atomic.Int64
	for i, e := range []event{
		{Type: "purchase", Amount: "100", OccurredAt: lastDay(time.Saturday).Format(time.RFC3339)},
		{Type: "purchase", Amount: "50", OccurredAt: lastDay(time.Wednesday).Format(time.RFC3339)},
	} {
		e.ID, e.Member = id("coffee-simulated", i), m
		if _, err := postUntilAcked(c, e, &retried); err != nil {
			t.Fatal(err)
		}
	}

	proposal := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(repoRoot, "config", "samples", "coffee", "*.yaml"))
	for _, f := range append(files, filepath.Join(repoRoot, "docs", "examples", "weekend-double.yaml")) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(proposal, filepath.Base(f)), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	simulate := func(schema string, args ...string) (string, int) {
		args = append([]string{"ruleset", "simulate", "-f", proposal, "--namespace", coffeeNS, "--database-url", creds["uri"],
			"--schema", schema, "--since", "1d"}, args...)
		out, err := exec.Command(tallyBin, args...).Output()
		var exit *exec.ExitError
		switch {
		case err == nil:
			return string(out), 0
		case errors.As(err, &exit):
			return string(out) + string(exit.Stderr), exit.ExitCode()
		}
		t.Fatalf("tally %s: %v", strings.Join(args, " "), err)
		return "", 0
	}
	var out string
	// The grants come with the program's next pass; the Secret may be from the one before.
	eventually(t, time.Minute, "a simulation as the analytics role", func() error {
		var code int
		if out, code = simulate(creds["schema"], "--format", "json"); code != 0 {
			return fmt.Errorf("exit code %d: %s", code, out)
		}
		return nil
	})
	var report struct {
		Events int
		Rules  []struct {
			Rule          string
			Before, After struct{ Points int64 }
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("the JSON report: %v\n%s", err, out)
	}
	var weekend int64 = -1
	for _, r := range report.Rules {
		if r.Rule == "weekend-double" {
			weekend = r.After.Points
			if r.Before.Points != 0 {
				t.Errorf("weekend-double awarded %d points with the active rules, which do not have it", r.Before.Points)
			}
		}
	}
	if report.Events < 2 || weekend < 100 {
		t.Errorf("the simulation saw %d events, and weekend-double awarding %d points; want the 2 just posted and at least 100 points (Saturday's 100 CNY)\n%s", report.Events, weekend, out)
	}
	if out, code := simulate(creds["schema"], "--fail-if", "issuedDelta > 0.0"); code != 1 || !strings.Contains(out, "weekend-double") {
		t.Errorf("simulate --fail-if 'issuedDelta > 0.0' on a change that issues more: exit code %d, want 1\n%s", code, out)
	}
	fashion := getObject(t, fashionNS, "pointsprogram", fashionProg)
	if out, code := simulate(fashion.Status.Schema); code != 2 {
		t.Errorf("simulate another brand's schema with coffee's analytics role: exit code %d, want 2\n%s", code, out)
	}
}

func TestLedgersKeepTheirInvariants(t *testing.T) {
	applyBrands(t)
	verifyLedger(t, coffeeNS, coffeeProgram, false)
	verifyLedger(t, fashionNS, fashionProg, true)
}

// Only the clients a program allows open connections to its ledger: by default the pods of its
// own namespace. A pod of another namespace gets nothing until spec.ledger.allowedClients
// names its namespace. The local cluster enforces NetworkPolicy with kube-router.
func TestLedgerAcceptsOnlyAllowedClients(t *testing.T) {
	applyBrands(t)
	image := netcheckImage(t)
	target := kubectl(t, "-n", coffeeNS, "get", "service", coffeeProgram+"-ledger", "-o", "jsonpath={.spec.clusterIP}") + ":8080"
	outsider := id("outsider")
	kubectl(t, "create", "namespace", outsider)
	t.Cleanup(func() { _, _ = kubectlIn(nil, "delete", "namespace", outsider, "--wait=false") })

	// The policy is in place before the program is Ready.
	if probe(t, outsider, image, target) {
		t.Errorf("a pod of namespace %s opened %s", outsider, target)
	}
	if !probe(t, coffeeNS, image, target) {
		t.Errorf("a pod of %s could not open its own ledger at %s", coffeeNS, target)
	}
	if probe(t, fashionNS, image, target) {
		t.Errorf("a pod of %s opened the %s ledger at %s", fashionNS, coffeeNS, target)
	}
	// The metrics port is closed to the API's clients; the node (a scraper's stand-in here,
	// which NetworkPolicy lets through) reads the metrics there.
	pod := ledgerPods(t, coffeeNS, coffeeProgram)[0]
	if probe(t, coffeeNS, image, pod.IP+":9090") {
		t.Errorf("a pod of %s opened the metrics port of ledger pod %s; no metricsClients are allowed", coffeeNS, pod.Name)
	}
	resp, err := http.Get("http://" + pod.IP + ":9090/metrics")
	if err != nil {
		t.Errorf("metrics of ledger pod %s on port 9090: %v", pod.Name, err)
	} else {
		body, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), "tally_ledger_ruleset_info") {
			t.Errorf("metrics of ledger pod %s on port 9090: %d\n%.300s", pod.Name, resp.StatusCode, body)
		}
	}

	// Admitting the outsider's namespace by name, besides the program's own.
	patch := fmt.Sprintf(`{"spec":{"ledger":{"allowedClients":[{"podSelector":{}},{"namespaceSelector":{"matchLabels":{"kubernetes.io/metadata.name":%q}}}]}}}`, outsider)
	kubectl(t, "-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=merge", "-p", patch)
	t.Cleanup(func() {
		kubectl(t, "-n", coffeeNS, "patch", "pointsprogram", coffeeProgram, "--type=merge", "-p", `{"spec":{"ledger":{"allowedClients":null}}}`)
	})
	eventually(t, time.Minute, "a pod of namespace "+outsider+" admitted", func() error {
		if !probe(t, outsider, image, target) {
			return fmt.Errorf("a pod of namespace %s still cannot open %s", outsider, target)
		}
		return nil
	})
	if !probe(t, coffeeNS, image, target) {
		t.Errorf("a pod of %s lost its ledger when another namespace was admitted", coffeeNS)
	}
}

var testImages struct {
	sync.Mutex
	built map[string]string
}

// netcheckImage builds test/e2e/netcheck into an image and loads it into the local cluster's
// node, once per run.
func netcheckImage(t testing.TB) string { return testImage(t, "netcheck") }

// testImage builds the command test/e2e/<name> into an image and loads it into the local
// cluster's node, once per run.
func testImage(t testing.TB, name string) string {
	t.Helper()
	testImages.Lock()
	defer testImages.Unlock()
	if image := testImages.built[name]; image != "" {
		return image
	}
	dir := t.TempDir()
	image := "localhost/tally-" + name + ":" + run
	for _, c := range [][]string{
		{"go", "build", "-o", dir + "/" + name, "./test/e2e/" + name},
		{"go", "run", "./hack/image", "-binary", dir + "/" + name, "-tag", image, "-o", dir + "/" + name + ".tar"},
		{"hack/cluster/load-image.sh", dir + "/" + name + ".tar"},
	} {
		cmd := exec.Command(c[0], c[1:]...)
		cmd.Dir, cmd.Env = repoRoot, append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(c, " "), err, out)
		}
	}
	if testImages.built == nil {
		testImages.built = map[string]string{}
	}
	testImages.built[name] = image
	return image
}

func probe(t testing.TB, ns, image, target string) bool {
	t.Helper()
	name := fmt.Sprintf("%s-netcheck-%d", run, probes.Add(1))
	kubectl(t, "-n", ns, "run", name, "--image="+image, "--image-pull-policy=Never", "--restart=Never",
		"--labels=app=e2e-netcheck", "--", target, "10")
	defer func() { _, _ = kubectlIn(nil, "-n", ns, "delete", "pod", name, "--wait=false") }()
	var phase string
	eventually(t, time.Minute, "netcheck pod "+name, func() error {
		phase = kubectl(t, "-n", ns, "get", "pod", name, "-o", "jsonpath={.status.phase}")
		if phase != "Succeeded" && phase != "Failed" {
			return fmt.Errorf("phase %q", phase)
		}
		return nil
	})
	return phase == "Succeeded"
}

var probes atomic.Int64
