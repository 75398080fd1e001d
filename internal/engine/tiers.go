package engine

import (
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// QualifiedTier is the highest tier whose threshold value reaches; "" below the first.
func (e *Engine) QualifiedTier(value int64) string {
	tier := ""
	for _, t := range e.tiers {
		if value >= t.Threshold {
			tier = t.Name
		}
	}
	return tier
}

// tierIndex is the position of tier from the lowest (0); -1 for no tier.
func (e *Engine) tierIndex(tier string) int {
	for i, t := range e.tiers {
		if t.Name == tier {
			return i
		}
	}
	return -1
}

// Upgrade is the member's tier after an event brought their metric to value: members move up
// as soon as they qualify and never down here (that is for review).
func (e *Engine) Upgrade(current string, value int64) string {
	q := e.QualifiedTier(value)
	if e.tierIndex(q) > e.tierIndex(current) {
		return q
	}
	return current
}

// NextTier is the tier above current and the metric value it needs; ok is false at the top.
func (e *Engine) NextTier(current string) (name string, threshold int64, ok bool) {
	i := e.tierIndex(current) + 1
	if i >= len(e.tiers) {
		return "", 0, false
	}
	return e.tiers[i].Name, e.tiers[i].Threshold, true
}

// Review decides a member's tier at review: reached is when they reached (or last renewed)
// current, value their metric over the window. A tier lasts validityMonths and then
// graceMonths more; after that a member who qualifies again is renewed (renewed is true), and
// one who does not goes down one level or to the qualified tier, as the policy says.
func (e *Engine) Review(current string, reached time.Time, value int64, now time.Time) (tier string, renewed bool) {
	p := e.rs.Tiers
	if p == nil || current == "" {
		return e.QualifiedTier(value), false
	}
	if !e.DueForReview(reached, now) {
		return current, false
	}
	q := e.QualifiedTier(value)
	if e.tierIndex(q) >= e.tierIndex(current) {
		return e.higher(q, current), true
	}
	if p.Downgrade == ruleset.DowngradeToQualified {
		return q, false
	}
	if i := e.tierIndex(current) - 1; i >= 0 && i > e.tierIndex(q) {
		return e.tiers[i].Name, false
	}
	return q, false
}

// DueForReview says whether a tier reached (or last renewed) at reached has outlived its
// validity and grace at now. Without a TierPolicy nothing is due.
func (e *Engine) DueForReview(reached, now time.Time) bool {
	p := e.rs.Tiers
	if p == nil {
		return false
	}
	return !now.Before(addMonths(reached.In(e.loc), int(p.ValidityMonths+p.GraceMonths)))
}

// Qualifies reports whether a metric of value qualifies for tier ("" always does).
func (e *Engine) Qualifies(tier string, value int64) bool {
	i := e.tierIndex(tier)
	return i < 0 || value >= e.tiers[i].Threshold
}

// Higher is the higher of two tiers.
func (e *Engine) Higher(a, b string) string { return e.higher(a, b) }

// higher is the higher of two tiers.
func (e *Engine) higher(a, b string) string {
	if e.tierIndex(a) >= e.tierIndex(b) {
		return a
	}
	return b
}
