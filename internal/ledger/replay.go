package ledger

import (
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ruleset"
)

// Replayed is one recorded event or reversal, decided again by a Replay.
type Replayed struct {
	// Reversal says the operation is a reversal of Event.ID; otherwise it is Event.
	Reversal bool
	Event    engine.Event
	// At is when the ledger took it, the replay's now for it.
	At time.Time
	// Result is what the replay decided (for an event, Earned with its Explanation), or Err
	// why it refused: a reversal that asks for more points than the replay's event earned,
	// say.
	Result Result
	Err    error
	// Recorded is what the event earned when the ledger took it.
	Recorded *Earned
}

// MemberEnd is a member at the end of a replay.
type MemberEnd struct {
	ID   string
	Tier string
	// Points are the member's available and held points at the end of the period: their
	// part of the program's liability.
	Points int64
}

// ReplayEnd is what a Replay ends with.
type ReplayEnd struct {
	// Members are the members of the period, sorted by id.
	Members []MemberEnd
	// Short is the number of recorded spends (redemptions, holds, debits) that the replay's
	// points did not cover: the member went into debt for them instead.
	Short int
}

// Replay decides the history's events and reversals again, in order, as the ledger would
// have decided them had eng been the active rule set through the period, and calls each
// with every outcome. Each member starts from their state when the period began and evolves
// as the replay decides: caps, tiers, multipliers, activity counters, badges, penalties and
// reversals; and so do the tier reviews that ran in the period, with eng's TierPolicy. The
// other operations (redemptions, holds, adjustments, expiries of older
// points) move the member's points as they were recorded: spent from the soonest-expiring
// points, given back as points that do not expire. A reversal of an event from before the
// period reverses what the event earned as recorded, and takes back what the event's own lots
// still held from the member's other points.
//
// It runs the ledger's own decisions (apply) on a batch that is never written, so that the
// replay and the ledger cannot disagree; it reads and writes no database.
func (h *History) Replay(eng *engine.Engine, each func(*Replayed)) *ReplayEnd {
	rs := eng.Ruleset()
	b := &batch{
		l:       &Ledger{opts: Options{AllowNegative: rs.Program.AllowNegative, Location: eng.Location(), HoldTTL: 15 * time.Minute}},
		members: map[string]*memberState{}, lots: map[lotKey]*lot{}, holds: map[string]*holdState{},
		redemptions: map[string]*redemptionState{}, stock: map[string]*stockState{}, active: map[[2]string]int{},
		earned: map[string]Result{}, refunded: map[string]*big.Rat{}, refundedDirty: map[string]bool{}, known: map[string]bool{},
		usage: map[string][]usageRow{}, usageMembers: map[string]bool{}, replay: true,
	}
	starts := map[string]*lot{}
	for id, s := range h.starts {
		m := &memberState{id: id, balance: s.points, held: s.held, tier: s.tier, tierReachedAt: s.tierReachedAt, metricSince: s.metricSince,
			birthday: s.birthday, attributes: s.attributes, segments: s.segments, referredBy: s.referredBy, joinedAt: s.joinedAt,
			activity: slices.Clone(s.activity), activityRead: true, badges: strings.Join(s.badges, "\n"), lotsLoaded: true}
		if s.points != 0 { // what they had, as one lot that does not expire (negative: a debt)
			lt := &lot{member: id, amount: s.points, remaining: s.points, earnedAt: h.From}
			m.lots, starts[id] = []*lot{lt}, lt
		}
		b.members[id] = m
		b.usage[id] = slices.Clone(s.usage)
		b.usageMembers[id] = true
	}
	end := &ReplayEnd{}
	eventLots := map[string][]*lot{} // the lots of events that a later reversal names
	for id, ev := range h.early {
		b.earned[EarnKey(id)] = Result{Member: ev.op.member, Earned: ev.op.recorded}
		for _, lt := range ev.lots {
			lt := lt // each replay reverses its own copy
			eventLots[id] = append(eventLots[id], &lt)
		}
	}
	ids := make([]string, 0, len(b.members))
	for id := range b.members {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	reviews := h.reviews
	for i := range h.ops {
		op := &h.ops[i]
		for len(reviews) > 0 && !reviews[0].at.After(op.at) {
			b.review(eng, reviews[0], ids)
			reviews = reviews[1:]
		}
		b.now = op.at
		clear(b.lots)
		switch op.kind {
		case recordedEvent:
			b.spareIDs = []int64{-op.posting} // a penalty's posting: any id of its own, as none is written
			res, err := b.apply(Earn{Event: op.event, Engine: eng, Referrer: op.referrer}, op.posting)
			if err == nil && h.reversed[op.event.ID] {
				b.earned[EarnKey(op.event.ID)] = res
				for _, lt := range b.lots {
					eventLots[op.event.ID] = append(eventLots[op.event.ID], lt)
				}
			}
			each(&Replayed{Event: op.event, At: op.at, Result: res, Err: err, Recorded: op.recorded})
		case recordedReversal:
			for _, lt := range eventLots[op.event.ID] {
				b.lots[lt.key] = lt
			}
			res, err := b.apply(Reverse{Key: "replay", EventID: op.event.ID, Points: op.asked.Points, Amount: op.asked.Amount, Engine: eng}, op.posting)
			each(&Replayed{Reversal: true, Event: op.event, At: op.at, Result: res, Err: err})
		case recordedMove:
			if b.moveAsRecorded(op) {
				end.Short++
			}
		case recordedExpiry:
			m := b.members[op.member]
			if lt := starts[op.member]; lt != nil {
				lt.remaining += op.points
			}
			m.balance += op.points
		}
		b.postings, b.daily, b.notices, b.badges, b.details = b.postings[:0], b.daily[:0], b.notices[:0], b.badges[:0], b.details[:0]
	}
	for _, r := range reviews {
		b.review(eng, r, ids)
	}
	for id, m := range b.members {
		end.Members = append(end.Members, MemberEnd{ID: id, Tier: m.tier, Points: m.available(h.To) + m.held})
	}
	sort.Slice(end.Members, func(i, j int) bool { return end.Members[i].ID < end.Members[j].ID })
	return end
}

// moveAsRecorded moves a member's points as a recorded operation moved them: points spent
// are taken from the soonest-expiring points (into debt where there are too few, which it
// reports), points given back are a lot that does not expire.
func (b *batch) moveAsRecorded(op *recordedOp) (short bool) {
	m := b.members[op.member]
	m.held += op.held
	switch {
	case op.points < 0:
		_, taken := b.take(m, -op.points)
		if rest := -op.points - taken; rest > 0 {
			b.addDebt(m, op.posting, 0, rest, "", "")
			short = true
		}
	case op.points > 0:
		lt := &lot{key: lotKey{op.posting, 0}, member: m.id, amount: op.points, remaining: op.points, earnedAt: b.now}
		m.lots = append(m.lots, lt)
	}
	m.balance += op.points
	return short
}

// review reviews the tiers of the members (ids, sorted) as ReviewTiers does at run.at: every
// member with a tier that has outlived its validity and grace is renewed or moves down.
func (b *batch) review(eng *engine.Engine, run reviewRun, ids []string) {
	t := eng.Ruleset().Tiers
	if t == nil {
		return
	}
	resetGrowth := t.Metric == ruleset.MetricGrowthValue && t.GrowthValue != ruleset.GrowthCarryOver
	asOf := run.at.UTC()
	for _, id := range ids {
		m := b.members[id]
		if m.tier == "" {
			continue
		}
		var at time.Time // a tier without a date is due
		if m.tierReachedAt != nil {
			at = *m.tierReachedAt
		}
		if !eng.DueForReview(at, asOf) {
			continue
		}
		tier, _ := eng.Review(m.tier, at, tierMetricOf(t, b.usage[id], m.metricSince, run.day), asOf)
		if resetGrowth {
			day := run.day
			m.metricSince = &day
		}
		m.tier, m.tierReachedAt = tier, &asOf
		if tier == "" {
			m.tierReachedAt = nil
		}
	}
}
