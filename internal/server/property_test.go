package server_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// Random sequences of what members and shops do (purchases, late purchases, refunds whole and
// in part, penalties, adjustments both ways, holds, captures whole and in part, releases,
// refunds of captures, redemptions, cancellations) and of time passing, with the expiry job
// run at random moments: after every step, each member's balance, tier metric and tier as the
// API shows them equal those of a plain in-memory model of the program's rules, every
// request succeeds or fails as the model says, and the ledger's invariants hold.
func TestAccountingMatchesAModel(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) { accountingMatchesAModel(t, seed) })
	}
}

// The program: coffee's purchase rule (1 point per CNY, times the tier's multiplier), a 50
// point penalty, Silver at 1,000 points earned (1.25x) and Gold at 5,000 (1.5x) over 12
// months, points expiring 10 days after they are earned, and points paying for orders at 1
// point per CNY.
const (
	modelExpiry  = 10 * 24 * time.Hour
	modelHoldTTL = 15 * time.Minute
	redeemCost   = 300 // free-drink
)

var modelTiers = []struct {
	name       string
	threshold  int64
	multiplier int64 // in quarters: 4 is 1x
}{{"", 0, 4}, {"Silver", 1000, 5}, {"Gold", 5000, 6}}

func tierIndex(name string) int {
	return slices.IndexFunc(modelTiers, func(t struct {
		name       string
		threshold  int64
		multiplier int64
	}) bool {
		return t.name == name
	})
}

type modelLot struct {
	seq       int
	amount    int64 // points credited
	remaining int64
	reversed  int64
	expiresAt time.Time
	credited  time.Time
	event     string
}

type modelAlloc struct {
	lot    *modelLot
	points int64
}

type modelEvent struct {
	id         string
	member     string
	day        time.Time // in the program's time zone, at UTC midnight
	amount     int64     // CNY
	lot        *modelLot // nil when it earned nothing
	refunded   int64     // CNY refunded by amount so far
	tierBefore string
	reachedAt  *time.Time
}

type modelHold struct {
	id        string
	member    string
	points    int64
	allocs    []modelAlloc
	status    string
	captured  int64
	refunded  int64
	expiresAt time.Time
}

type modelRedemption struct {
	id     string
	member string
	allocs []modelAlloc
	active bool
}

type modelMember struct {
	id        string
	lots      []*modelLot
	tier      string
	reachedAt *time.Time
	held      int64
}

type model struct {
	now         time.Time
	loc         *time.Location
	seq         int
	members     map[string]*modelMember
	events      map[string]*modelEvent
	holds       map[string]*modelHold
	redemptions map[string]*modelRedemption
}

func (m *model) day(t time.Time) time.Time {
	y, mo, d := t.In(m.loc).Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
}

func (m *model) lot(mm *modelMember, points int64, expires time.Time, event string) *modelLot {
	m.seq++
	lt := &modelLot{seq: m.seq, amount: points, remaining: points, expiresAt: expires, credited: m.now, event: event}
	mm.lots = append(mm.lots, lt)
	return lt
}

func (m *model) expired(lt *modelLot) bool { return !lt.expiresAt.After(m.now) }

func (m *model) available(mm *modelMember) int64 {
	var n int64
	for _, lt := range mm.lots {
		if lt.remaining > 0 && !m.expired(lt) {
			n += lt.remaining
		}
	}
	return n
}

// take spends from the soonest-expiring lots that have not expired.
func (m *model) take(mm *modelMember, points int64) (allocs []modelAlloc, taken int64) {
	lots := slices.Clone(mm.lots)
	slices.SortStableFunc(lots, func(a, b *modelLot) int {
		if c := a.expiresAt.Compare(b.expiresAt); c != 0 {
			return c
		}
		return a.seq - b.seq
	})
	for _, lt := range lots {
		if taken == points {
			break
		}
		if lt.remaining <= 0 || m.expired(lt) {
			continue
		}
		n := min(lt.remaining, points-taken)
		lt.remaining -= n
		taken += n
		allocs = append(allocs, modelAlloc{lt, n})
	}
	return allocs, taken
}

// restore gives points back to the lots they came from, the last taken first.
func restore(allocs []modelAlloc, points int64) {
	for i := len(allocs) - 1; i >= 0 && points > 0; i-- {
		n := min(allocs[i].points, points)
		allocs[i].lot.remaining += n
		points -= n
	}
}

func prefixAllocs(allocs []modelAlloc, points int64) []modelAlloc {
	var out []modelAlloc
	for _, a := range allocs {
		if points <= 0 {
			break
		}
		n := min(a.points, points)
		out = append(out, modelAlloc{a.lot, n})
		points -= n
	}
	return out
}

// metric is the member's points earned over the 12 months ending on day.
func (m *model) metric(member string, day time.Time) int64 {
	from := day.AddDate(0, -12, 1)
	var n int64
	for _, e := range m.events {
		if e.member == member && e.lot != nil && !e.day.Before(from) && !e.day.After(day) {
			n += e.lot.amount - e.lot.reversed
		}
	}
	return n
}

func qualified(metric int64) string {
	tier := ""
	for _, t := range modelTiers {
		if metric >= t.threshold {
			tier = t.name
		}
	}
	return tier
}

func accountingMatchesAModel(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 99))
	start := time.Date(2026, 11, 21, 2, 0, 0, 0, time.UTC)
	c := newClock(start)
	a := startAPI(t, "coffee", c.now)
	a.publish("coffee", func(rs *ruleset.Ruleset) {
		rs.Program.Expiry = ruleset.Expiry{Policy: "Rolling", Period: "10d"}
		minus50 := int64(-50)
		rs.Rules = append(rs.Rules, ruleset.Rule{Name: "fraud", EventType: "fraud_flag", Mode: "Active",
			Points: ruleset.Points{Fixed: &minus50, Rounding: "Down"}})
		rs.Payment = &ruleset.PointsPayment{PointsPerCurrencyUnit: "1", MinPoints: 1, MaxOrderPercent: 100, Step: 1}
	})
	loc, _ := time.LoadLocation("Asia/Shanghai")
	m := &model{now: start, loc: loc, members: map[string]*modelMember{}, events: map[string]*modelEvent{},
		holds: map[string]*modelHold{}, redemptions: map[string]*modelRedemption{}}
	names := []string{"ann", "bob", "cho"}
	for _, n := range names {
		m.members[n] = &modelMember{id: n}
	}
	ids := 0
	next := func(prefix string) string { ids++; return fmt.Sprint(prefix, "-", ids) }
	pick := func(keys []string) string { return keys[rng.IntN(len(keys))] }
	keysOf := func(cond func(string) bool, all []string) []string {
		var out []string
		for _, k := range all {
			if cond(k) {
				out = append(out, k)
			}
		}
		slices.Sort(out)
		return out
	}
	eventIDs := func() []string {
		var out []string
		for id, e := range m.events {
			if e.lot != nil && e.lot.reversed < e.lot.amount {
				out = append(out, id)
			}
		}
		slices.Sort(out)
		return out
	}
	holdIDs := func(status string) []string {
		var out []string
		for id, h := range m.holds {
			if h.status == status {
				out = append(out, id)
			}
		}
		slices.Sort(out)
		return out
	}
	// expect sends a request and checks that it succeeds or fails as the model says.
	expect := func(ok bool, method, path string, body any) map[string]any {
		t.Helper()
		status, out := a.do(method, path, body)
		if got := status < 300; got != ok {
			t.Fatalf("%s %s %v: status %d %v; the model expected success %v", method, path, body, status, out, ok)
		}
		return out
	}

	for step := range 250 {
		mm := m.members[pick(names)]
		var did string
		switch k := rng.IntN(100); {
		case k < 30: // a purchase, now or up to 15 days late
			late := time.Duration(0)
			if rng.IntN(4) == 0 {
				late = time.Duration(rng.IntN(15*24)) * time.Hour
			}
			at := m.now.Add(-late)
			amount := int64(1 + rng.IntN(3000))
			e := &modelEvent{id: next("o"), member: mm.id, day: m.day(at), amount: amount, tierBefore: mm.tier, reachedAt: mm.reachedAt}
			if points := amount * modelTiers[tierIndex(mm.tier)].multiplier / 4; points > 0 {
				e.lot = m.lot(mm, points, at.Add(modelExpiry), e.id)
			}
			m.events[e.id] = e
			if up := qualified(m.metric(mm.id, e.day)); tierIndex(up) > tierIndex(mm.tier) {
				now := m.now
				mm.tier, mm.reachedAt = up, &now
			}
			expect(true, "POST", "/v1/events", map[string]any{"id": e.id, "member": mm.id, "type": "purchase",
				"amount": fmt.Sprint(amount), "occurredAt": at.Format(time.RFC3339)})
			did = fmt.Sprintf("purchase %s of %d CNY, %s late", e.id, amount, late)
		case k < 32: // a purchase older than the lateness window: refused, nothing changes
			expect(false, "POST", "/v1/events", map[string]any{"id": next("o"), "member": mm.id, "type": "purchase",
				"amount": "100", "occurredAt": m.now.AddDate(0, 0, -31).Format(time.RFC3339)})
			did = "a purchase 31 days late"
		case k < 42: // a refund, whole or of an amount
			open := eventIDs()
			if len(open) == 0 {
				continue
			}
			e := m.events[pick(open)]
			em := m.members[e.member]
			lt := e.lot
			var want int64
			body := map[string]any{}
			if rng.IntN(2) == 0 {
				left := e.amount - e.refunded
				if left == 0 {
					continue
				}
				refund := int64(1 + rng.IntN(int(left)))
				before, after := e.refunded, e.refunded+refund
				want = lt.amount*after/e.amount - lt.amount*before/e.amount
				e.refunded = after
				body = map[string]any{"id": next("refund"), "amount": fmt.Sprint(refund)}
			} else {
				want = lt.amount - lt.reversed
			}
			if want > lt.amount-lt.reversed {
				t.Fatalf("model: refund of %d points of %s with %d left", want, e.id, lt.amount-lt.reversed)
			}
			if want > 0 {
				lt.reversed += want
				own := min(max(lt.remaining, 0), want)
				lt.remaining -= own
				m.take(em, want-own) // what cannot be taken is the posting's shortfall
				m.reevaluate(em, e)
			}
			expect(true, "POST", "/v1/events/"+e.id+"/reverse", body)
			did = fmt.Sprintf("refund of %s: %d points", e.id, want)
		case k < 46: // a penalty; like any event, it moves the member up if they qualify
			_, _ = m.take(mm, 50)
			id := next("fraud")
			e := &modelEvent{id: id, member: mm.id, day: m.day(m.now)}
			m.events[id] = e
			if up := qualified(m.metric(mm.id, e.day)); tierIndex(up) > tierIndex(mm.tier) {
				now := m.now
				mm.tier, mm.reachedAt = up, &now
			}
			expect(true, "POST", "/v1/events", map[string]any{"id": id, "member": mm.id, "type": "fraud_flag"})
			did = "penalty"
		case k < 54: // an adjustment, either way
			points := int64(rng.IntN(400) - 150)
			if points == 0 {
				continue
			}
			ok := true
			if points > 0 {
				m.lot(mm, points, m.now.Add(modelExpiry), "")
			} else if ok = m.available(mm) >= -points; ok {
				m.take(mm, -points)
			}
			expect(ok, "POST", "/v1/adjustments", map[string]any{"id": next("adj"), "member": mm.id, "points": points, "reason": "service", "actor": "agent"})
			did = fmt.Sprintf("adjustment of %d", points)
		case k < 62: // a hold at checkout
			points := int64(1 + rng.IntN(600))
			h := &modelHold{id: next("hold"), member: mm.id, points: points, status: "active", expiresAt: m.now.Add(modelHoldTTL)}
			ok := m.available(mm) >= points
			if ok {
				h.allocs, _ = m.take(mm, points)
				mm.held += points
				m.holds[h.id] = h
			}
			expect(ok, "POST", "/v1/holds", map[string]any{"id": h.id, "member": mm.id, "points": points, "orderAmount": fmt.Sprint(points + int64(rng.IntN(50)))})
			did = fmt.Sprintf("hold %s of %d", h.id, points)
		case k < 68: // a capture, whole or in part
			active := holdIDs("active")
			if len(active) == 0 {
				continue
			}
			h := m.holds[pick(active)]
			points := h.points
			body := map[string]any{}
			if rng.IntN(2) == 0 {
				points = int64(1 + rng.IntN(int(h.points)))
				body["points"] = points
			}
			ok := m.now.Before(h.expiresAt)
			if ok {
				restore(h.allocs, h.points-points)
				m.members[h.member].held -= h.points
				h.status, h.captured = "captured", points
			}
			expect(ok, "POST", "/v1/holds/"+h.id+"/capture", body)
			did = fmt.Sprintf("capture of %d of %s", points, h.id)
		case k < 72: // a release
			active := holdIDs("active")
			if len(active) == 0 {
				continue
			}
			h := m.holds[pick(active)]
			restore(h.allocs, h.points)
			m.members[h.member].held -= h.points
			h.status = "released"
			expect(true, "POST", "/v1/holds/"+h.id+"/release", nil)
			did = "release of " + h.id
		case k < 78: // a refund of a captured hold, whole or in part
			var open []string
			for _, id := range holdIDs("captured") {
				if h := m.holds[id]; h.refunded < h.captured {
					open = append(open, id)
				}
			}
			if len(open) == 0 {
				continue
			}
			h := m.holds[pick(open)]
			left := h.captured - h.refunded
			points, body := left, map[string]any{}
			if rng.IntN(2) == 0 {
				points = int64(1 + rng.IntN(int(left)))
				body = map[string]any{"id": next("hold-refund"), "points": points}
			}
			restore(prefixAllocs(prefixAllocs(h.allocs, h.captured), left), points)
			h.refunded += points
			expect(true, "POST", "/v1/holds/"+h.id+"/refund", body)
			did = fmt.Sprintf("refund of %d of %s", points, h.id)
		case k < 84: // a redemption
			r := &modelRedemption{id: next("redeem"), member: mm.id, active: true}
			ok := m.available(mm) >= redeemCost
			if ok {
				r.allocs, _ = m.take(mm, redeemCost)
				m.redemptions[r.id] = r
			}
			expect(ok, "POST", "/v1/redemptions", map[string]any{"id": r.id, "member": mm.id, "sku": "free-drink"})
			did = "redemption " + r.id
		case k < 88: // a cancellation
			active := keysOf(func(id string) bool { return m.redemptions[id].active }, mapKeys(m.redemptions))
			if len(active) == 0 {
				continue
			}
			r := m.redemptions[pick(active)]
			restore(r.allocs, redeemCost)
			r.active = false
			expect(true, "POST", "/v1/redemptions/"+r.id+"/cancel", nil)
			did = "cancel " + r.id
		case k < 93: // the expiry job, whenever it runs
			for _, mem := range m.members {
				for _, lt := range mem.lots {
					if lt.remaining > 0 && m.expired(lt) {
						lt.remaining = 0
					}
				}
			}
			if _, err := a.ledger.Expire(context.Background(), m.now, 100, 1); err != nil {
				t.Fatal(err)
			}
			did = "expiry job"
		default: // time passes
			d := time.Duration(rng.IntN(3*24*60)) * time.Minute
			m.now = m.now.Add(d)
			c.set(m.now)
			did = fmt.Sprint("time passes: ", d)
		}
		for _, n := range names {
			m.check(t, a, n, fmt.Sprintf("step %d (%s)", step, did))
		}
		if step%25 == 0 {
			a.verify()
		}
	}
	a.verify()
}

// reevaluate moves a member down after a refund of e, as TierPolicy onReversal Reevaluate
// says: if their tier was reached when e was credited or after, and the metric no longer
// reaches it, to the higher of the tier it qualifies for and the tier held before e.
func (m *model) reevaluate(mm *modelMember, e *modelEvent) {
	if mm.tier == "" || mm.reachedAt == nil || mm.reachedAt.Before(e.lot.credited) {
		return
	}
	metric := m.metric(mm.id, m.day(m.now))
	if metric >= modelTiers[tierIndex(mm.tier)].threshold {
		return
	}
	to := qualified(metric)
	if tierIndex(e.tierBefore) > tierIndex(to) {
		to = e.tierBefore
	}
	if tierIndex(to) >= tierIndex(mm.tier) {
		return
	}
	switch to {
	case "":
		mm.reachedAt = nil
	case e.tierBefore:
		mm.reachedAt = e.reachedAt
	}
	mm.tier = to
}

// check compares a member as the API shows them with the model.
func (m *model) check(t *testing.T, a *api, member, after string) {
	t.Helper()
	mm := m.members[member]
	status, got := a.do("GET", "/v1/members/"+member, nil)
	if status == http.StatusNotFound {
		got = map[string]any{"balance": 0.0, "held": 0.0, "tier": ""}
	}
	l, err := ledger.New(a.pool, "program", ledger.Options{Location: m.loc})
	if err != nil {
		t.Fatal(err)
	}
	metric, err := l.TierMetric(context.Background(), member, modelRuleset(t, a), m.now)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"balance": m.available(mm), "held": mm.held, "tier": mm.tier, "metric": m.metric(member, m.day(m.now))}
	have := map[string]any{"balance": num(got["balance"]), "held": num(got["held"]), "tier": got["tier"], "metric": metric}
	if fmt.Sprint(want) != fmt.Sprint(have) {
		t.Fatalf("after %s, %s is %v; the model says %v", after, member, have, want)
	}
}

func modelRuleset(t *testing.T, a *api) *ruleset.Tiers {
	rs, err := a.ledger.ActiveRuleset(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rs.Tiers
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
