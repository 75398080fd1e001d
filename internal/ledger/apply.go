package ledger

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/tally-operator/tally/internal/engine"
)

// apply decides one operation against the batch's in-memory state. It checks everything that
// can fail before it changes anything, so a failed operation leaves the state as it found it.
func (b *batch) apply(op Op, id int64) (Result, error) {
	switch o := op.(type) {
	case Credit:
		return b.credit(o, id), nil
	case Debit:
		return b.debit(o, id)
	case Hold:
		return b.hold(o, id)
	case Capture:
		return b.capture(o, id)
	case Release:
		return b.release(o, id)
	case RefundHold:
		return b.refundHold(o, id)
	case Reverse:
		return b.reverse(o, id)
	case Redeem:
		return b.redeem(o, id)
	case CancelRedemption:
		return b.cancelRedemption(o, id)
	case Earn:
		return b.earn(o, id)
	}
	return Result{}, opErr(CodeInvalid, "unknown operation %T", op)
}

func (b *batch) result(p *postingRow) Result {
	m := b.members[p.member]
	return Result{PostingID: p.id, Points: p.points, Balance: m.available(b.now), Held: m.held, Shortfall: p.shortfall, Member: p.member}
}

// post records a posting and its double entries: the member's side and the other account's.
func (b *batch) post(p postingRow, lines ...entryRow) *postingRow {
	p.lines = lines
	b.postings = append(b.postings, p)
	return &b.postings[len(b.postings)-1]
}

// move is a pair of entries that moves points from one account to another.
func move(from, to Account, points int64, rule string) []entryRow {
	return []entryRow{
		{account: from, amount: -points, rule: rule},
		{account: to, amount: points, rule: rule},
	}
}

func (b *batch) credit(o Credit, id int64) Result {
	m := b.members[o.Member]
	source := AccountIssued
	if o.Adjustment {
		source = AccountAdjusted
	}
	var lines []entryRow
	var total int64
	var newLots []*lot
	keyed := o.EventID != "" && o.Key == EarnKey(o.EventID)
	for n, a := range o.Awards {
		lt := &lot{
			key: lotKey{id, int16(n)}, member: o.Member, event: o.EventID, eventKeyed: keyed, rule: a.Rule,
			amount: a.Points, remaining: a.Points, earnedAt: b.now, expiresAt: a.ExpiresAt, isNew: true,
		}
		newLots = append(newLots, lt)
		lines = append(lines, move(source, AccountMember, a.Points, a.Rule)...)
		total += a.Points
	}
	// A member in debt pays it off first, from the new lots. (Debt lots are loaded: a member
	// with debt has a negative balance, or lots past expiry that are loaded with the rest.)
	for _, debt := range m.lots {
		for _, lt := range newLots {
			if debt.remaining >= 0 {
				break
			}
			if lt.expired(b.now) { // points that expired on arrival (a late event) pay nothing
				continue
			}
			pay := min(-debt.remaining, lt.remaining)
			debt.remaining += pay
			lt.remaining -= pay
			debt.dirty = true
		}
	}
	for _, lt := range newLots {
		b.lots[lt.key] = lt
		m.lots = append(m.lots, lt)
		if lt.remaining > 0 {
			m.refilled(lt)
		}
	}
	m.balance += total
	m.dirty = true
	p := b.post(postingRow{id: id, kind: PostingCredit, member: o.Member, points: total, key: o.Key, event: o.EventID,
		ruleset: o.RulesetVersion, reason: o.Reason, actor: o.Actor}, lines...)

	// A manual adjustment is a correction, not activity: it counts toward neither caps nor
	// tiers (docs/ledger.md). A missed purchase is posted as its event instead.
	if o.Adjustment {
		return b.result(p)
	}
	day := b.day(o.OccurredAt)
	if o.OccurredAt.IsZero() {
		day = b.day(b.now)
	}
	for _, a := range o.Awards {
		// The row of rule "" is the day's total, written below: an award without a rule is
		// counted there once.
		if a.Rule != "" && (o.counted == nil || o.counted(a.Rule)) {
			b.addDaily(dailyRow{member: o.Member, day: day, rule: a.Rule, points: a.Points, awards: 1, spend: "0"})
		}
	}
	spend := o.Spend
	if spend == "" {
		spend = "0"
	}
	b.addDaily(dailyRow{member: o.Member, day: day, rule: "", points: total, awards: int32(len(o.Awards)), spend: spend, growth: o.GrowthValue})
	return b.result(p)
}

// spendable returns the member's lots with points left that have not expired, soonest-
// expiring first (lots that never expire last), oldest first among equals.
func (b *batch) spendable(m *memberState) []*lot {
	var ls []*lot
	for _, lt := range m.lots {
		if lt.remaining > 0 && !lt.expired(b.now) {
			ls = append(ls, lt)
		}
	}
	sort.Slice(ls, func(i, j int) bool {
		a, b := ls[i], ls[j]
		switch {
		case a.expiresAt == nil && b.expiresAt != nil:
			return false
		case a.expiresAt != nil && b.expiresAt == nil:
			return true
		case a.expiresAt != nil && !a.expiresAt.Equal(*b.expiresAt):
			return a.expiresAt.Before(*b.expiresAt)
		case a.key.Posting != b.key.Posting:
			return a.key.Posting < b.key.Posting
		}
		return a.key.Seq < b.key.Seq
	})
	return ls
}

// take removes up to points from the member's spendable lots, soonest-expiring first, and
// returns what it took from each lot.
func (b *batch) take(m *memberState, points int64) (allocs []allocation, taken int64) {
	for _, lt := range b.spendable(m) {
		if taken == points {
			break
		}
		n := min(lt.remaining, points-taken)
		lt.remaining -= n
		lt.dirty = true
		taken += n
		allocs = append(allocs, allocation{Lot: lt.key, Points: n})
	}
	return allocs, taken
}

// restore gives points back to the lots they were taken from, the last taken first (those
// expire latest), and returns how many it gave back.
func (b *batch) restore(allocs []allocation, points int64) int64 {
	var given int64
	for i := len(allocs) - 1; i >= 0 && given < points; i-- {
		a := allocs[i]
		n := min(a.Points, points-given)
		lt := b.lots[a.Lot]
		lt.remaining += n
		lt.dirty = true
		b.members[lt.member].refilled(lt)
		given += n
	}
	return given
}

// addDebt records points a member owes as a lot with negative remaining.
func (b *batch) addDebt(m *memberState, id int64, seq int16, points int64, rule, event string) {
	lt := &lot{key: lotKey{id, seq}, member: m.id, event: event, rule: rule, amount: -points, remaining: -points, earnedAt: b.now, isNew: true}
	b.lots[lt.key] = lt
	m.lots = append(m.lots, lt)
}

func (b *batch) debit(o Debit, id int64) (Result, error) {
	m := b.members[o.Member]
	negative := o.Kind == DebitPenalty && b.l.opts.AllowNegative
	if avail := m.available(b.now); avail < o.Points && !negative {
		return Result{}, opErr(CodeInsufficientBalance, "member %s has %d points available, %d needed", o.Member, max(avail, 0), o.Points)
	}
	allocs, taken := b.take(m, o.Points)
	if short := o.Points - taken; short > 0 {
		b.addDebt(m, id, 0, short, o.Rule, o.EventID)
	}
	m.balance -= o.Points
	m.dirty = true
	to := AccountRedeemed
	if o.Kind != DebitRedeem {
		to = AccountAdjusted
	}
	p := b.post(postingRow{id: id, kind: PostingDebit, member: o.Member, points: -o.Points, key: o.Key, event: o.EventID,
		ruleset: o.RulesetVersion, reason: reasonOr(o.Reason, string(o.Kind)), actor: o.Actor, allocations: allocs},
		move(AccountMember, to, o.Points, o.Rule)...)
	return b.result(p), nil
}

func reasonOr(reason, fallback string) string {
	if reason != "" {
		return reason
	}
	return fallback
}

func (b *batch) hold(o Hold, id int64) (Result, error) {
	if _, exists := b.holds[o.HoldID]; exists {
		return Result{}, opErr(CodeAlreadyExists, "hold %s already exists", o.HoldID)
	}
	var value string
	if o.Engine != nil {
		quote, err := o.Engine.PaymentQuote(o.OrderAmount, o.Points)
		if err == nil && quote.Points != o.Points {
			err = fmt.Errorf("this order takes at most %d points, in steps of %d; ask for %d", quote.MaxPoints, o.Engine.Ruleset().Payment.Step, quote.Points)
		}
		if err != nil {
			e := opErr(CodeInvalid, "%v", err)
			e.Field = "points"
			return Result{}, e
		}
		value = quote.Value
	}
	m := b.members[o.Member]
	if avail := m.available(b.now); avail < o.Points {
		return Result{}, opErr(CodeInsufficientBalance, "member %s has %d points available, %d needed", o.Member, max(avail, 0), o.Points)
	}
	allocs, _ := b.take(m, o.Points)
	m.balance -= o.Points
	m.held += o.Points
	m.dirty = true
	ttl := o.TTL
	if ttl <= 0 {
		ttl = b.l.opts.HoldTTL
	}
	b.holds[o.HoldID] = &holdState{id: o.HoldID, member: o.Member, points: o.Points, orderAmount: o.OrderAmount, status: "active",
		allocations: allocs, expiresAt: b.now.Add(ttl), createdAt: b.now, dirty: true}
	p := b.post(postingRow{id: id, kind: PostingHold, member: o.Member, points: -o.Points, key: o.Key, ref: o.HoldID,
		reason: o.Reason, allocations: allocs}, move(AccountMember, AccountHeld, o.Points, "")...)
	res := b.result(p)
	res.Cash = value
	return res, nil
}

// activeHold returns the hold if it can still be captured or released.
func (b *batch) activeHold(id string) (*holdState, error) {
	h, ok := b.holds[id]
	if !ok {
		return nil, opErr(CodeNotFound, "hold %s does not exist", id)
	}
	if h.status != "active" {
		return nil, opErr(CodeHoldNotActive, "hold %s is %s", id, h.status)
	}
	return h, nil
}

func (b *batch) capture(o Capture, id int64) (Result, error) {
	h, err := b.activeHold(o.HoldID)
	if err != nil {
		return Result{}, err
	}
	if !b.now.Before(h.expiresAt) {
		return Result{}, opErr(CodeHoldExpired, "hold %s expired at %s", h.id, h.expiresAt.Format("2006-01-02T15:04:05Z07:00"))
	}
	points := o.Points
	if points == 0 {
		points = h.points
	}
	if points > h.points {
		return Result{}, opErr(CodeInvalid, "cannot capture %d points from hold %s of %d", points, h.id, h.points)
	}
	m := b.members[h.member]
	rest := h.points - points
	lines := move(AccountHeld, AccountRedeemed, points, "")
	if rest > 0 {
		b.restore(h.allocations, rest)
		lines = append(lines, move(AccountHeld, AccountMember, rest, "")...)
	}
	m.held -= h.points
	m.balance += rest
	m.dirty = true
	h.status, h.captured, h.dirty = "captured", points, true
	p := b.post(postingRow{id: id, kind: PostingCapture, member: h.member, points: rest, key: o.Key, ref: h.id, reason: o.Reason}, lines...)
	return b.result(p), nil
}

func (b *batch) release(o Release, id int64) (Result, error) {
	h, err := b.activeHold(o.HoldID)
	if err != nil {
		return Result{}, err
	}
	if o.expired && b.now.Before(h.expiresAt) {
		return Result{}, opErr(CodeHoldNotActive, "hold %s has not expired", h.id)
	}
	m := b.members[h.member]
	b.restore(h.allocations, h.points)
	m.held -= h.points
	m.balance += h.points
	m.dirty = true
	h.status, h.dirty = "released", true
	kind := PostingRelease
	if o.expired {
		h.status, kind = "expired", PostingHoldExpired
	}
	p := b.post(postingRow{id: id, kind: kind, member: h.member, points: h.points, key: o.Key, ref: h.id, reason: o.Reason},
		move(AccountHeld, AccountMember, h.points, "")...)
	return b.result(p), nil
}

// refundHold gives back points a captured hold spent. The capture spent the first `captured`
// points the hold took (it gave the rest back, last taken first), and each refund gives back
// the last of those not given back yet: the lots that expire latest first.
func (b *batch) refundHold(o RefundHold, id int64) (Result, error) {
	h, ok := b.holds[o.HoldID]
	if !ok {
		return Result{}, opErr(CodeNotFound, "hold %s does not exist", o.HoldID)
	}
	if h.status != "captured" {
		return Result{}, opErr(CodeHoldNotActive, "hold %s is %s; only a captured hold can be refunded", h.id, h.status)
	}
	left := h.captured - h.refunded
	if left == 0 {
		return Result{}, opErr(CodeNothingToReverse, "hold %s is already refunded in full", h.id)
	}
	points := o.Points
	switch {
	case o.Amount != "":
		if h.orderAmount == "" {
			return Result{}, opErr(CodeInvalid, "hold %s was made without an order amount; refund a number of points", h.id)
		}
		back, after, err := refundShare(h.captured, h.refundedAmount, o.Amount, h.orderAmount, "the order's")
		if err != nil {
			return Result{}, err
		}
		points = min(back, left)
		h.refundedAmount, h.dirty = after.FloatString(6), true
		if points == 0 { // too little money for a point; it counts toward the next refund
			m := b.members[h.member]
			return Result{Member: h.member, Balance: m.available(b.now), Held: m.held}, nil
		}
	case points == 0:
		points = left
	case points > left:
		return Result{}, opErr(CodeInvalid, "cannot refund %d points of hold %s: %d are left to refund", points, h.id, left)
	}
	spent := prefix(h.allocations, h.captured)
	b.restore(prefix(spent, h.captured-h.refunded), points)
	m := b.members[h.member]
	m.balance += points
	m.dirty = true
	h.refunded += points
	h.dirty = true
	p := b.post(postingRow{id: id, kind: PostingRefund, member: h.member, points: points, key: o.Key, ref: h.id,
		reason: reasonOr(o.Reason, "order refunded"), actor: o.Actor}, move(AccountRedeemed, AccountMember, points, "")...)
	return b.result(p), nil
}

// prefix is the first `points` points of allocations.
func prefix(allocs []allocation, points int64) []allocation {
	var out []allocation
	for _, a := range allocs {
		if points <= 0 {
			break
		}
		n := min(a.Points, points)
		out = append(out, allocation{Lot: a.Lot, Points: n})
		points -= n
	}
	return out
}

// refundShare is what a refund of money refund (a decimal string) gives back of the points
// paid or earned on a whole (a decimal string) of which `before` was refunded already: the
// share of all money refunded, less the share of what was refunded before, each rounded down,
// so that refunds adding up to the whole give back every point. It returns the money refunded
// in all, and refuses more money than is left; what names the whole in that message.
func refundShare(points int64, before, refund, whole, what string) (int64, *big.Rat, *Error) {
	was, _ := new(big.Rat).SetString(before)
	if was == nil {
		was = new(big.Rat)
	}
	total, _ := new(big.Rat).SetString(whole)
	money, _ := new(big.Rat).SetString(refund)
	after := new(big.Rat).Add(was, money)
	if after.Cmp(total) > 0 {
		err := opErr(CodeInvalid, "amount %s is more than the %s left to refund of %s %s",
			refund, new(big.Rat).Sub(total, was).FloatString(decimals(whole)), what, whole)
		err.Field = "amount"
		return 0, nil, err
	}
	if total.Sign() == 0 {
		return 0, after, nil
	}
	share := func(m *big.Rat) int64 {
		r := new(big.Rat).Mul(new(big.Rat).SetInt64(points), m)
		r.Quo(r, total)
		return new(big.Int).Quo(r.Num(), r.Denom()).Int64()
	}
	return share(after) - share(was), after, nil
}

func (b *batch) reverse(o Reverse, id int64) (Result, error) {
	var eventLots []*lot
	for _, lt := range b.lots {
		if lt.event == o.EventID && lt.amount > 0 {
			eventLots = append(eventLots, lt)
		}
	}
	if len(eventLots) == 0 {
		if r := b.earned[EarnKey(o.EventID)]; r.Earned != nil && r.Earned.Spend != "" {
			return b.reverseUncredited(o, r.Member, r.Earned)
		}
		return Result{}, opErr(CodeNotFound, "no credit of event %s", o.EventID)
	}
	sort.Slice(eventLots, func(i, j int) bool {
		a, b := eventLots[i].key, eventLots[j].key
		return a.Posting < b.Posting || a.Posting == b.Posting && a.Seq < b.Seq
	})
	var reversible, credited int64
	for _, lt := range eventLots {
		reversible += lt.amount - lt.reversed
		credited += lt.amount
	}
	member := eventLots[0].member
	m := b.members[member]
	want := o.Points
	var refunded *big.Rat // all money refunded on the event with this reversal, when by amount
	if o.Amount != "" {
		var err error
		if want, refunded, err = b.refundedPoints(o, credited); err != nil {
			return Result{}, err
		}
		// Points taken back by points before leave less to take: the money is recorded all
		// the same.
		if want = min(want, reversible); want == 0 {
			b.refunded[o.EventID], b.refundedDirty[o.EventID] = refunded, true
			return Result{Member: member, Balance: m.available(b.now), Held: m.held}, nil
		}
	}
	if reversible == 0 {
		return Result{}, opErr(CodeNothingToReverse, "event %s is already fully reversed", o.EventID)
	}
	if want == 0 {
		want = reversible
	}
	if want > reversible {
		return Result{}, opErr(CodeInvalid, "cannot reverse %d points of event %s: %d are left to reverse", want, o.EventID, reversible)
	}
	if refunded != nil {
		b.refunded[o.EventID], b.refundedDirty[o.EventID] = refunded, true
	}

	// The event's own lots first, per award in order; then what was spent.
	var lines []entryRow
	var spent, taken int64
	left := want
	byRule := map[string]int64{}
	for _, lt := range eventLots {
		if left == 0 {
			break
		}
		r := min(lt.amount-lt.reversed, left)
		byRule[lt.rule] += r
		lt.reversed += r
		own := min(max(lt.remaining, 0), r)
		lt.remaining -= own
		lt.dirty = true
		spent += r - own
		taken += own
		left -= r
		lines = append(lines, move(AccountMember, AccountIssued, r, lt.rule)...)
	}
	var allocs []allocation
	var shortfall int64
	if spent > 0 {
		var got int64
		allocs, got = b.take(m, spent)
		if rest := spent - got; rest > 0 {
			if b.l.opts.AllowNegative {
				b.addDebt(m, id, 0, rest, "", o.EventID)
			} else {
				shortfall = rest
			}
		}
	}
	if shortfall > 0 {
		// The points that cannot be taken stay with the member; the posting records them.
		lines = append(lines, move(AccountIssued, AccountMember, shortfall, "")...)
	}
	removed := want - shortfall
	m.balance -= removed
	m.dirty = true
	b.takeBackCounters(o, m, eventLots[0], byRule, credited-reversible, credited-reversible+want, credited)
	p := b.post(postingRow{id: id, kind: PostingReverse, member: member, points: -removed, key: o.Key, event: o.EventID,
		ref: o.EventID, reason: reasonOr(o.Reason, "reversal"), actor: o.Actor, allocations: allocs, shortfall: shortfall}, lines...)
	res := b.result(p)
	res.Asked = &Asked{Points: o.Points, Amount: o.Amount}
	return res, nil
}

// reverseUncredited reverses an event that earned no points but counted spend toward tiers
// (a purchase on a day its rule's cap was reached, say): it takes back the spend, the share
// of o.Amount or all of it, once; no posting is written, as no points move.
func (b *batch) reverseUncredited(o Reverse, member string, earned *Earned) (Result, error) {
	if o.Points != 0 {
		return Result{}, opErr(CodeInvalid, "event %s earned no points to take back; refund it whole or by amount", o.EventID)
	}
	total, _ := new(big.Rat).SetString(earned.Amount)
	before := b.refunded[o.EventID]
	if before == nil {
		before = new(big.Rat)
	}
	refund := new(big.Rat).Sub(total, before)
	if o.Amount != "" {
		refund, _ = new(big.Rat).SetString(o.Amount)
	}
	after := new(big.Rat).Add(before, refund)
	switch {
	case refund.Sign() == 0:
		return Result{}, opErr(CodeNothingToReverse, "event %s is already fully reversed", o.EventID)
	case after.Cmp(total) > 0:
		err := opErr(CodeInvalid, "amount %s is more than the %s left to refund of event %s's %s",
			o.Amount, new(big.Rat).Sub(total, before).FloatString(decimals(earned.Amount)), o.EventID, earned.Amount)
		err.Field = "amount"
		return Result{}, err
	}
	m := b.members[member]
	if m == nil {
		return Result{}, opErr(CodeNotFound, "no credit of event %s", o.EventID)
	}
	b.refunded[o.EventID], b.refundedDirty[o.EventID] = after, true
	if earned.Spend != "" {
		spend, _ := new(big.Rat).SetString(earned.Spend)
		back := new(big.Rat).Mul(spend, new(big.Rat).Quo(refund, total))
		b.addDaily(dailyRow{member: m.id, day: b.day(earned.OccurredAt), rule: "", spend: new(big.Rat).Neg(back).FloatString(decimals(earned.Spend))})
	}
	return Result{Member: m.id, Balance: m.available(b.now), Held: m.held}, nil
}

// refundedPoints is what a refund of o.Amount on an event takes back of the `credited`
// points its lots received: the share of all money refunded on it so far, less the share of
// what was refunded before, each rounded down; refunds that add up to the event's amount take
// back every point. It returns the money refunded with this refund, for the caller to record.
func (b *batch) refundedPoints(o Reverse, credited int64) (int64, *big.Rat, error) {
	earned := b.earned[EarnKey(o.EventID)].Earned
	if earned == nil || earned.Amount == "" {
		return 0, nil, opErr(CodeInvalid, "event %s had no amount; reverse it whole or send points", o.EventID)
	}
	before := ""
	if r := b.refunded[o.EventID]; r != nil {
		before = r.FloatString(6)
	}
	back, after, err := refundShare(credited, before, o.Amount, earned.Amount, "event "+o.EventID+"'s")
	if err != nil {
		return 0, nil, err
	}
	return back, after, nil
}

// takeBackCounters takes back from the daily counters what a reversal of an event undoes:
// the points of each rule reversed (byRule), and the same share of the event's spend and
// growth value, on the day the event counted, so that the tier metric and caps no longer
// count it. The shares are cumulative (reversed points went from `before` to `after` of the
// `credited`), so that partial reversals that add up to the whole take back exactly all.
// Then, unless the TierPolicy says AtReview, a member whose tier that event may have helped
// reach and who no longer qualifies for it moves to the tier they still qualify for, never
// below the one they held before the event.
func (b *batch) takeBackCounters(o Reverse, m *memberState, first *lot, byRule map[string]int64, before, after, credited int64) {
	earned := b.earned[EarnKey(o.EventID)].Earned
	if earned == nil {
		return // a credit of the event not made by its Earn, which counted no spend nor growth
	}
	var growth int64
	for _, a := range earned.Awards {
		if a.Points > 0 {
			growth += a.GrowthValue
		}
	}
	spend, at := earned.Spend, earned.OccurredAt
	if at.IsZero() {
		// Recorded before events kept these: growth value was the points, spend the amount,
		// and the event counted on the day it was credited.
		growth, spend, at = credited, earned.Amount, first.earnedAt
	}
	day := b.day(at)
	var points int64
	for rule, n := range byRule {
		points += n
		if rule != "" && o.Engine != nil && o.Engine.Capped(rule) {
			b.addDaily(dailyRow{member: m.id, day: day, rule: rule, points: -n, spend: "0"})
		}
	}
	growthBack, spendBack := reversedShares(growth, spend, before, after, credited)
	b.addDaily(dailyRow{member: m.id, day: day, rule: "", points: -points, spend: spendBack, growth: -growthBack})

	if o.Engine == nil || earned.OccurredAt.IsZero() || !b.usageMembers[m.id] {
		return
	}
	t := o.Engine.Ruleset().Tiers
	// Only a tier reached when the event was credited, or after, can owe anything to it.
	if !t.ReevaluatesOnReversal() || m.tier == "" || m.tierReachedAt == nil || m.tierReachedAt.Before(first.earnedAt) {
		return
	}
	metric := b.tierMetric(t, m.id, b.day(b.now))
	if o.Engine.Qualifies(m.tier, metric) {
		return
	}
	to := o.Engine.Higher(o.Engine.QualifiedTier(metric), earned.TierBefore)
	if o.Engine.Higher(to, m.tier) != m.tier || to == m.tier {
		return // never up, nor to where they are
	}
	reached := m.tierReachedAt
	switch to {
	case "":
		reached = nil
	case earned.TierBefore:
		reached = earned.TierBeforeReachedAt
	}
	b.notices = append(b.notices, tierNotice(m.id, m.tier, to, "Reversed", b.now))
	m.tier, m.tierReachedAt, m.dirty = to, reached, true
}

// reversedShares is what a reversal that takes the reversed points of an event from before
// to after of the credited takes back of the event's growth value and spend (a decimal, or
// ""): the cumulative shares, each rounded down, less those of the reversals before it. The
// spend comes back as the change of the day's spend: zero or negative.
func reversedShares(growth int64, spend string, before, after, credited int64) (growthBack int64, spendBack string) {
	growthBack = floorShare(growth, after, credited) - floorShare(growth, before, credited)
	spendBack = "0"
	if spend != "" {
		total, _ := new(big.Rat).SetString(spend)
		d := decimals(spend)
		cum := func(n int64) *big.Rat {
			r, _ := new(big.Rat).SetString(new(big.Rat).Mul(total, big.NewRat(n, credited)).FloatString(d))
			return r
		}
		spendBack = new(big.Rat).Sub(cum(before), cum(after)).FloatString(d)
	}
	return growthBack, spendBack
}

// floorShare is value times n over d, rounded down.
func floorShare(value, n, d int64) int64 {
	q := new(big.Int).Mul(big.NewInt(value), big.NewInt(n))
	return new(big.Int).Div(q, big.NewInt(d)).Int64() // Euclidean: rounds down for d > 0
}

func (b *batch) redeem(o Redeem, id int64) (Result, error) {
	if _, exists := b.redemptions[o.RedemptionID]; exists {
		return Result{}, opErr(CodeAlreadyExists, "redemption %s already exists", o.RedemptionID)
	}
	m := b.members[o.Member]
	count := [2]string{o.Member, o.SKU}
	if o.Engine != nil {
		item, err := o.Engine.Eligible(o.SKU, m.tier, b.active[count], o.Quantity, b.now)
		var inel *engine.Ineligible
		if errors.As(err, &inel) {
			return Result{}, opErr(Code(inel.Reason), "%s", inel.Message)
		}
		o.Points, o.PerMemberLimit, o.Reason, o.Cash = item.PointsCost*int64(o.Quantity), 0, item.Name, ""
		if item.CashPart != "" {
			cash, err := CashValue(int64(o.Quantity), item.CashPart)
			if err != nil {
				return Result{}, opErr(CodeInvalid, "%s: %v", o.SKU, err)
			}
			o.Cash = cash
		}
	}
	s := b.stock[o.SKU]
	if s != nil && s.allotment != nil && s.redeemed+int64(o.Quantity) > *s.allotment {
		return Result{}, opErr(CodeOutOfStock, "%s has %d left, %d requested", o.SKU, max(*s.allotment-s.redeemed, 0), o.Quantity)
	}
	if o.PerMemberLimit > 0 && b.active[count]+o.Quantity > o.PerMemberLimit {
		return Result{}, opErr(CodeLimitReached, "member %s has redeemed %d of %s, the limit is %d", o.Member, b.active[count], o.SKU, o.PerMemberLimit)
	}
	if avail := m.available(b.now); avail < o.Points {
		return Result{}, opErr(CodeInsufficientBalance, "member %s has %d points available, %d needed", o.Member, max(avail, 0), o.Points)
	}
	allocs, _ := b.take(m, o.Points)
	m.balance -= o.Points
	m.dirty = true
	if s != nil && s.allotment != nil {
		s.redeemed += int64(o.Quantity)
		s.dirty = true
	}
	b.active[count] += o.Quantity
	b.redemptions[o.RedemptionID] = &redemptionState{id: o.RedemptionID, member: o.Member, sku: o.SKU, quantity: o.Quantity,
		points: o.Points, cash: o.Cash, posting: id, status: "active", allocations: allocs, createdAt: b.now, dirty: true}
	p := b.post(postingRow{id: id, kind: PostingRedeem, member: o.Member, points: -o.Points, key: o.Key, ref: o.RedemptionID,
		reason: reasonOr(o.Reason, "redeem "+o.SKU), allocations: allocs}, move(AccountMember, AccountRedeemed, o.Points, "")...)
	res := b.result(p)
	res.Cash = o.Cash
	return res, nil
}

func (b *batch) cancelRedemption(o CancelRedemption, id int64) (Result, error) {
	r, ok := b.redemptions[o.RedemptionID]
	if !ok {
		return Result{}, opErr(CodeNotFound, "redemption %s does not exist", o.RedemptionID)
	}
	if r.status != "active" {
		return Result{}, opErr(CodeInvalid, "redemption %s is already %s", r.id, r.status)
	}
	m := b.members[r.member]
	b.restore(r.allocations, r.points)
	m.balance += r.points
	m.dirty = true
	if s := b.stock[r.sku]; s != nil && s.allotment != nil {
		s.redeemed -= int64(r.quantity)
		s.dirty = true
	}
	b.active[[2]string{r.member, r.sku}] -= r.quantity
	r.status, r.dirty = "cancelled", true
	p := b.post(postingRow{id: id, kind: PostingCancel, member: r.member, points: r.points, key: o.Key, ref: r.id,
		reason: reasonOr(o.Reason, "cancel redemption")}, move(AccountRedeemed, AccountMember, r.points, "")...)
	res := b.result(p)
	res.Cash = r.cash
	return res, nil
}
