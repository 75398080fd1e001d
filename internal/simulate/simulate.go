// Package simulate answers what a proposed rule set would have done over a period of a
// program's recorded history: it replays the recorded events with the active rule set and
// with the proposed one (ledger.History.Replay, the ledger's own decisions, in memory) and
// compares the two. It reads the ledger in one read-only transaction and writes nothing.
package simulate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// Options is one simulation.
type Options struct {
	Schema string
	// From and To bound the period: operations the ledger took from the start of From's day
	// (in the program's time zone) to To.
	From, To time.Time
	// Proposed is the rule set to compare with the program's active one.
	Proposed *ruleset.Ruleset
	// Top is how many of the most affected members to list; 0 means 10.
	Top int
}

// ErrNoRuleset says the schema has no active rule set to compare with.
var ErrNoRuleset = errors.New("no active rule set")

// Run simulates opts on the ledger that pool reaches.
func Run(ctx context.Context, pool *pgxpool.Pool, opts Options) (*Report, error) {
	l, err := ledger.New(pool, opts.Schema, ledger.Options{})
	if err != nil {
		return nil, err
	}
	active, err := l.ActiveRuleset(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the active rule set of schema %s: %w", opts.Schema, err)
	}
	if active == nil {
		return nil, fmt.Errorf("schema %s: %w; publish one first, or check --schema", opts.Schema, ErrNoRuleset)
	}
	before, err := engine.New(active)
	if err != nil {
		return nil, fmt.Errorf("the active rule set %s: %w", active.Version, err)
	}
	after, err := engine.New(opts.Proposed)
	if err != nil {
		return nil, fmt.Errorf("the proposed rule set: %w", err)
	}
	h, err := ledger.ReadHistory(ctx, pool, opts.Schema, opts.From, opts.To, ledger.HistoryOptions{
		Location:  before.Location(),
		UsageFrom: earliest(ledger.UsageFrom(before, opts.From), ledger.UsageFrom(after, opts.From)),
		Activity:  before.ReadsActivity() || after.ReadsActivity(),
	})
	if err != nil {
		return nil, err
	}
	return Compare(h, before, after, opts.Schema, opts.Top), nil
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// Compare replays h with both engines, at once, and reports how they differ.
func Compare(h *ledger.History, before, after *engine.Engine, schema string, top int) *Report {
	if top <= 0 {
		top = 10
	}
	sides := [2]*side{newSide(before), newSide(after)}
	var wg sync.WaitGroup
	for _, s := range sides {
		wg.Go(func() { s.end = h.Replay(s.eng, s.count) })
	}
	wg.Wait()
	return report(h, sides[0], sides[1], schema, top)
}

// side is one replay's figures.
type side struct {
	eng   *engine.Engine
	rules map[string]*RuleFigures
	// recorded are the figures of what the ledger recorded for the same events.
	recorded map[string]*RuleFigures
	shadow   map[string]*ShadowFigures // what Shadow rules would have awarded
	// recordedShadow is what the period's Shadow rules would have awarded in production.
	recordedShadow map[string]*ShadowFigures
	earned         map[string]int64 // points each member earned (less reversals and penalties)
	issued         int64
	reversed       int64
	refused        int
	end            *ledger.ReplayEnd
}

func newSide(e *engine.Engine) *side {
	return &side{eng: e, rules: map[string]*RuleFigures{}, recorded: map[string]*RuleFigures{}, shadow: map[string]*ShadowFigures{},
		recordedShadow: map[string]*ShadowFigures{}, earned: map[string]int64{}}
}

func (s *side) rule(m map[string]*RuleFigures, name string) *RuleFigures {
	f := m[name]
	if f == nil {
		f = &RuleFigures{}
		m[name] = f
	}
	return f
}

func shadowOf(m map[string]*ShadowFigures, name string) *ShadowFigures {
	f := m[name]
	if f == nil {
		f = &ShadowFigures{}
		m[name] = f
	}
	return f
}

// count adds one replayed operation to the side's figures.
func (s *side) count(r *ledger.Replayed) {
	if r.Err != nil {
		s.refused++
		return
	}
	member := r.Result.Member
	if r.Reversal {
		s.reversed -= r.Result.Points
		s.earned[member] += r.Result.Points
		return
	}
	e := r.Result.Earned
	for _, x := range e.Explanation {
		f := s.rule(s.rules, x.Rule)
		if x.Matched {
			f.Matched++
		}
		switch x.Reason {
		case engine.ReasonCapped, engine.ReasonCapReached:
			f.Capped++
		}
	}
	for _, a := range e.Awards {
		f := s.rule(s.rules, a.Rule)
		if a.Points > 0 {
			f.Awards++
			f.Points += a.Points
			s.issued += a.Points
		} else if a.Points < 0 {
			f.Penalties -= a.Points
		}
	}
	for _, a := range e.WouldAward {
		f := shadowOf(s.shadow, a.Rule)
		f.Events++
		f.Points += a.Points
	}
	s.earned[member] += r.Result.Points
	if rec := r.Recorded; rec != nil {
		for _, a := range rec.Awards {
			if a.Points > 0 {
				f := s.rule(s.recorded, a.Rule)
				f.Awards++
				f.Points += a.Points
			}
		}
		for _, a := range rec.WouldAward {
			f := shadowOf(s.recordedShadow, a.Rule)
			f.Events++
			f.Points += a.Points
		}
	}
}

// report compares the two sides.
func report(h *ledger.History, a, b *side, schema string, top int) *Report {
	ra, rb := a.eng.Ruleset(), b.eng.Ruleset()
	r := &Report{
		Schema: schema, From: h.From, To: h.To, Events: h.Events, Reversals: h.Reversals, Members: h.Members, Reviews: h.Reviews,
		RecordedRulesets: h.RulesetVersions,
		Active:           RulesetInfo{Version: ra.Version, PointValue: ra.Program.PointValue, Currency: ra.Program.Currency},
		Proposed:         RulesetInfo{Version: rb.Version, PointValue: rb.Program.PointValue, Currency: rb.Program.Currency},
	}
	// Rules: the proposed rule set's in its order, then those it removes.
	seen := map[string]bool{}
	var names []string
	for _, rs := range []*ruleset.Ruleset{rb, ra} {
		for _, x := range rs.Rules {
			if !seen[x.Name] {
				seen[x.Name] = true
				names = append(names, x.Name)
			}
		}
	}
	modes := func(rs *ruleset.Ruleset) map[string]ruleset.Mode {
		m := map[string]ruleset.Mode{}
		for _, x := range rs.Rules {
			m[x.Name] = x.Mode
		}
		return m
	}
	ma, mb := modes(ra), modes(rb)
	for _, name := range names {
		row := RuleRow{Rule: name, ModeBefore: string(ma[name]), ModeAfter: string(mb[name])}
		for _, p := range []struct {
			dst *RuleFigures
			src map[string]*RuleFigures
		}{{&row.Recorded, a.recorded}, {&row.Before, a.rules}, {&row.After, b.rules}} {
			if f := p.src[name]; f != nil {
				*p.dst = *f
			}
		}
		row.Delta = row.After.Points - row.Before.Points
		r.Rules = append(r.Rules, row)
		if mb[name] == ruleset.ModeActive {
			switch {
			case row.After.Awards == 0:
				r.NeverAward = append(r.NeverAward, name)
			case row.After.Capped > 0 && row.After.Capped >= row.After.Matched:
				r.AlwaysCapped = append(r.AlwaysCapped, name)
			}
		}
		if mb[name] == ruleset.ModeShadow || ma[name] == ruleset.ModeShadow {
			sr := ShadowRow{Rule: name}
			if f := b.shadow[name]; f != nil {
				sr.Replayed = *f
			}
			if f := a.recordedShadow[name]; f != nil {
				sr.Production = *f
			}
			r.Shadow = append(r.Shadow, sr)
		}
	}
	r.Issued = Figure{Before: a.issued, After: b.issued, Delta: b.issued - a.issued,
		ValueBefore: value(a.issued, ra.Program.PointValue), ValueAfter: value(b.issued, rb.Program.PointValue)}
	r.Issued.ValueDelta = sub(r.Issued.ValueAfter, r.Issued.ValueBefore)
	r.Reversed = Figure{Before: a.reversed, After: b.reversed, Delta: b.reversed - a.reversed}
	r.Refused = [2]int{a.refused, b.refused}
	r.Short = [2]int{a.end.Short, b.end.Short}

	// Liability: as recorded at the end of the period, and as the proposal would change it.
	var endA, endB int64
	tiersBefore, tiersAfter := map[string]int{}, map[string]int{}
	moves := map[[2]string]int{}
	for i, ma := range a.end.Members {
		mb := b.end.Members[i] // both replays have the same members, sorted
		endA += ma.Points
		endB += mb.Points
		tiersBefore[ma.Tier]++
		tiersAfter[mb.Tier]++
		if ma.Tier != mb.Tier {
			moves[[2]string{ma.Tier, mb.Tier}]++
			r.TierChanges++
		}
	}
	delta := endB - endA
	r.Liability = Figure{Before: h.Liability, After: h.Liability + delta, Delta: delta,
		ValueBefore: value(h.Liability, ra.Program.PointValue), ValueAfter: value(h.Liability+delta, rb.Program.PointValue)}
	r.Liability.ValueDelta = sub(r.Liability.ValueAfter, r.Liability.ValueBefore)
	for _, t := range tierOrder(ra, rb) {
		if tiersBefore[t] > 0 || tiersAfter[t] > 0 {
			r.Tiers = append(r.Tiers, TierRow{Tier: t, Before: tiersBefore[t], After: tiersAfter[t]})
		}
	}
	for k, n := range moves {
		r.TierMoves = append(r.TierMoves, TierMove{From: k[0], To: k[1], Members: n})
	}
	sort.Slice(r.TierMoves, func(i, j int) bool {
		x, y := r.TierMoves[i], r.TierMoves[j]
		if x.Members != y.Members {
			return x.Members > y.Members
		}
		return x.From+"\x00"+x.To < y.From+"\x00"+y.To
	})

	// The members the proposal changes most, by the points they earned in the period.
	var affected []Affected
	for id := range mergeKeys(a.earned, b.earned) {
		if d := b.earned[id] - a.earned[id]; d != 0 {
			affected = append(affected, Affected{Member: Pseudonym(schema, id), Before: a.earned[id], After: b.earned[id], Delta: d})
		}
	}
	r.MembersAffected = len(affected)
	sort.Slice(affected, func(i, j int) bool {
		x, y := abs(affected[i].Delta), abs(affected[j].Delta)
		if x != y {
			return x > y
		}
		return affected[i].Member < affected[j].Member
	})
	r.MostAffected = affected[:min(top, len(affected))]
	return r
}

func mergeKeys(a, b map[string]int64) map[string]bool {
	out := make(map[string]bool, len(a))
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// tierOrder is the tiers of both rule sets, lowest first, with "" (no tier) first.
func tierOrder(a, b *ruleset.Ruleset) []string {
	out := []string{""}
	seen := map[string]bool{"": true}
	for _, rs := range []*ruleset.Ruleset{b, a} {
		if rs.Tiers == nil {
			continue
		}
		for _, t := range rs.Tiers.Levels {
			if !seen[t.Name] {
				seen[t.Name] = true
				out = append(out, t.Name)
			}
		}
	}
	return out
}

// Pseudonym is how a report names a member: not their id, which may be personal data (an
// e-mail address, a phone number) and a report is pasted into pull requests; the same
// member has the same pseudonym in every report on the schema.
func Pseudonym(schema, member string) string {
	h := sha256.Sum256([]byte("tally-simulate\x00" + schema + "\x00" + member))
	return "m-" + hex.EncodeToString(h[:6])
}

// value is points times the point's cash value, a decimal string with the value's decimals.
func value(points int64, pointValue string) string {
	v, ok := new(big.Rat).SetString(pointValue)
	if !ok {
		return ""
	}
	return v.Mul(v, new(big.Rat).SetInt64(points)).FloatString(2)
}

func sub(a, b string) string {
	x, okA := new(big.Rat).SetString(a)
	y, okB := new(big.Rat).SetString(b)
	if !okA || !okB {
		return ""
	}
	return x.Sub(x, y).FloatString(2)
}

// ParseDays reads a period's length: "30d" as 30 days, and anything else as a Go duration
// ("12h").
func ParseDays(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil {
			return 0, err
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}
