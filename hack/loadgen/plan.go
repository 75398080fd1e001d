package main

import (
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/tally-operator/tally/internal/ruleset"
)

// actionKind is what a member does in the history.
type actionKind uint8

const (
	actEvent      actionKind = iota // a purchase, sign-in or review
	actRedeem                       // a catalog item for points
	actHold                         // points held at checkout, then captured, released or left to expire
	actCancel                       // a redemption cancelled
	actReverse                      // a purchase refunded, whole or half of its amount
	actRefundHold                   // an order paid partly with points refunded
)

// holdOutcome is what follows a hold: a capture, a release, or nothing (the hold expires).
const (
	holdCaptured = "capture"
	holdReleased = "release"
	holdLapsed   = "lapse"
)

// action is one thing a member does at a time of the history; it becomes one operation, or
// two for a hold and its capture or release, which follow each other within minutes.
type action struct {
	at     int64 // Unix seconds
	member int32
	kind   actionKind
	// typ is the event's type, the item's SKU, or what follows a hold.
	typ   string
	cents int64 // a purchase's amount, an order's amount, or the money a refund gives back
	items []ruleset.Item
	// points held.
	points int64
	// id is the action's own id; ref the id of the event, redemption or hold it follows.
	id, ref string
}

// Spending, refunds and holds, per visit. Members who redeem at all (60%) redeem a free drink
// (300 points) at half of the purchases they make with enough points; one in ten of those
// pays part of the purchase with points instead (a hold of 100 to 500 points: 85% captured,
// 10% released, 5% left to lapse), one in two hundred takes the mug (800 points, 100 in
// stock, one per member) when they have the points. 3% of redemptions are cancelled within
// two hours; 1.5% of purchases are refunded 1 to 10 days later (two thirds whole, the rest half
// of the amount); 5% of captured holds have their order refunded 1 to 7 days later.
const (
	redeemerShare  = 6 // in 10
	redeemChance   = 0.5
	holdOneIn      = 10
	mugOneIn       = 200
	cancelPercent  = 3
	reversePermil  = 15
	refundHoldPct  = 5
	freeDrinkCost  = 300
	mugCost        = 800
	holdStepPoints = 100
)

// redeemer says whether member ever spends points.
func redeemer(member int) bool { return mix(-1, member)%10 < redeemerShare }

// dayPlan is what the members of one worker do on one day: today's actions, and those that
// follow on later days (refunds), by day index, with their at counted from that day's start.
type dayPlan struct {
	today []action
	later map[int][]action
}

// planDay plans a day of the members member, member+step, ... below len(rates): day is its
// index in the history (from 0), start its first second and ymd its date (20261207).
// available is each member's available balance as the ledger last reported it; planDay
// takes what it plans to spend off it, so that a member does not plan to spend the same
// points twice.
func planDay(day int, start int64, ymd string, rates []float32, member, step int, available []int64, r *rand.Rand, pcg *rand.PCG) dayPlan {
	p := dayPlan{later: map[int][]action{}}
	for m := member; m < len(rates); m += step {
		u := float64(mix(day, m)>>11) / (1 << 53)
		n := visits(float64(rates[m]), u)
		if n == 0 {
			continue
		}
		pcg.Seed(mix(day, m), uint64(m))
		prefix := "h" + ymd + "-" + strconv.Itoa(m) + "-"
		seq := 0
		id := func() string { seq++; return prefix + strconv.Itoa(seq) }
		for range n {
			at := start + int64(secondOfDay(r))
			ev := action{at: at, member: int32(m), kind: actEvent, id: id()}
			switch k := r.IntN(100); {
			case k < 75:
				ev.typ = "purchase"
				ev.cents, ev.items = drawPurchase(r)
			case k < 95:
				ev.typ = "sign_in"
			default:
				ev.typ = "review"
			}
			p.today = append(p.today, ev)
			if ev.typ != "purchase" {
				continue
			}
			if r.IntN(1000) < reversePermil {
				later := day + 1 + r.IntN(10)
				rev := action{at: int64(secondOfDay(r)), member: int32(m), kind: actReverse, ref: ev.id}
				if r.IntN(3) == 0 {
					rev.id, rev.cents = "1", ev.cents/2
				}
				p.later[later] = append(p.later[later], rev)
			}
			if !redeemer(m) || available[m] < freeDrinkCost || r.Float64() >= redeemChance {
				continue
			}
			if r.IntN(holdOneIn) == 0 {
				points := min(available[m]/holdStepPoints, int64(1+r.IntN(5))) * holdStepPoints
				h := action{at: at + 30, member: int32(m), kind: actHold, id: id(), points: points, cents: ev.cents}
				switch o := r.IntN(100); {
				case o < 85:
					h.typ = holdCaptured
				case o < 95:
					h.typ = holdReleased
				default:
					h.typ = holdLapsed
				}
				p.today = append(p.today, h)
				available[m] -= points
				if h.typ == holdCaptured && r.IntN(100) < refundHoldPct {
					later := day + 1 + r.IntN(7)
					p.later[later] = append(p.later[later], action{at: int64(secondOfDay(r)), member: int32(m), kind: actRefundHold, ref: h.id})
				}
				continue
			}
			red := action{at: at + 30, member: int32(m), kind: actRedeem, id: id(), typ: "free-drink", points: freeDrinkCost}
			if available[m] >= mugCost && r.IntN(mugOneIn) == 0 {
				red.typ, red.points = "mug", mugCost
			}
			p.today = append(p.today, red)
			available[m] -= red.points
			if r.IntN(100) < cancelPercent {
				// Within two hours, and on the same day.
				at := min(red.at+int64(600+r.IntN(6600)), start+86399)
				p.today = append(p.today, action{at: at, member: int32(m), kind: actCancel, ref: red.id})
				available[m] += red.points
			}
		}
	}
	return p
}

// sortActions puts a day's actions in the order they happen; a member's actions at the same
// second keep the order they were planned in.
func sortActions(as []action) {
	slices.SortStableFunc(as, func(a, b action) int {
		if a.at != b.at {
			if a.at < b.at {
				return -1
			}
			return 1
		}
		return int(a.member) - int(b.member)
	})
}
