package engine

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/google/cel-go/common/types"

	"github.com/tally-operator/tally/internal/ruleset"
)

// Event is a member activity to evaluate.
type Event struct {
	ID     string
	Type   string
	Member string
	// Amount is a decimal string ("128.50"); empty for events without money.
	Amount     string
	Currency   string
	OccurredAt time.Time
	// Attributes are the client's key-value pairs; numbers arrive as their decimal text.
	Attributes map[string]string
	Items      []ruleset.Item
}

// Tally is what a member earned over one period: points and number of awards.
type Tally struct {
	Points int64
	Count  int64
}

// Usage is what a member earned in the current day, week and month (in the program's time
// zone) and in all.
type Usage struct {
	Day, Week, Month, Lifetime Tally
}

func (u Usage) of(period string) Tally {
	switch period {
	case "Day":
		return u.Day
	case "Week":
		return u.Week
	case "Month":
		return u.Month
	}
	return u.Lifetime
}

// MemberState is the member as the engine needs to know them.
type MemberState struct {
	ruleset.Member
	// Rules is what the member earned per rule; Program across all rules.
	Rules   map[string]Usage
	Program Usage
}

// Award is points a rule gives a member for an event (negative for a penalty).
type Award struct {
	Rule      string     `json:"rule"`
	Points    int64      `json:"points"`
	ExpiresAt *time.Time `json:"expiresAt,omitempty"`
}

// Why a rule did or did not award points.
const (
	ReasonAwarded        = "awarded"
	ReasonCapped         = "capped"
	ReasonCapReached     = "cap_reached"
	ReasonConditionFalse = "condition_false"
	ReasonConditionError = "condition_error"
	ReasonOutsideWindow  = "outside_window"
	ReasonExcluded       = "excluded"
	ReasonDisabled       = "disabled"
	ReasonShadow         = "shadow"
	ReasonNoPoints       = "no_points"
)

// Explanation says what one rule did with an event.
type Explanation struct {
	Rule    string `json:"rule"`
	Matched bool   `json:"matched"`
	Points  int64  `json:"points"`
	Reason  string `json:"reason"`
	Detail  string `json:"detail,omitempty"`
}

// Outcome is the result of evaluating one event.
type Outcome struct {
	RulesetVersion string `json:"rulesetVersion"`
	// Awards are the points to credit (or, negative, to take), one per rule.
	Awards []Award `json:"awards"`
	// Points is the sum of Awards.
	Points int64 `json:"points"`
	// WouldAward is what Shadow rules would have awarded; never credited.
	WouldAward []Award `json:"wouldAward,omitempty"`
	// Explanation covers every rule of the event's type, in evaluation order.
	Explanation []Explanation `json:"explanation"`
}

// Evaluate decides what ev earns member at now. Rules run in priority order (highest first,
// then by name); within an exclusive group only the first matching rule applies; caps are per
// rule and program-wide, counting what the member earned before and earlier in this event.
func (e *Engine) Evaluate(ev Event, member MemberState, now time.Time) (Outcome, error) {
	out := Outcome{RulesetVersion: e.rs.Version}
	idx := e.byType[ev.Type]
	if len(idx) == 0 {
		return out, nil
	}
	amount := new(big.Rat)
	if ev.Amount != "" {
		if _, ok := amount.SetString(ev.Amount); !ok || amount.Sign() < 0 {
			return out, fmt.Errorf("amount %q is not a non-negative decimal", ev.Amount)
		}
	}
	amountF, _ := amount.Float64()
	at := ev.OccurredAt
	if at.IsZero() {
		at = now
	}
	vars := map[string]any{
		"event": &ruleset.Event{ID: ev.ID, Type: ev.Type, Member: ev.Member, Amount: amountF, Currency: ev.Currency,
			OccurredAt: at, Attributes: nonNil(ev.Attributes), Items: ev.Items},
		"member": &ruleset.Member{ID: member.ID, Tier: member.Tier, Attributes: nonNil(member.Attributes),
			JoinedAt: member.JoinedAt, Birthday: member.Birthday},
	}
	multiplier := e.multiplier(member.Tier)

	winners := map[string]string{} // exclusive group -> rule that took it
	var eventPoints, eventCount int64
	for _, i := range idx {
		r := &e.rules[i]
		x := Explanation{Rule: r.Name}
		if r.Mode == "Disabled" {
			x.Reason = ReasonDisabled
			out.Explanation = append(out.Explanation, x)
			continue
		}
		shadow := r.Mode == "Shadow"
		if (r.EffectiveFrom != nil && at.Before(*r.EffectiveFrom)) || (r.EffectiveUntil != nil && !at.Before(*r.EffectiveUntil)) {
			x.Reason = ReasonOutsideWindow
			out.Explanation = append(out.Explanation, x)
			continue
		}
		if w, taken := winners[r.Group]; r.Group != "" && taken && !shadow {
			x.Reason, x.Detail = ReasonExcluded, fmt.Sprintf("rule %s of exclusive group %s applies first", w, r.Group)
			out.Explanation = append(out.Explanation, x)
			continue
		}
		if r.condition != nil {
			val, _, err := r.condition.Eval(vars)
			if err != nil {
				x.Reason, x.Detail = ReasonConditionError, err.Error()
				out.Explanation = append(out.Explanation, x)
				continue
			}
			if val != types.True {
				x.Reason = ReasonConditionFalse
				out.Explanation = append(out.Explanation, x)
				continue
			}
		}
		x.Matched = true
		if r.Group != "" && !shadow {
			winners[r.Group] = r.Name
		}
		points, err := e.points(r, ev, amount, vars, multiplier)
		if err != nil {
			x.Matched, x.Reason, x.Detail = false, ReasonConditionError, err.Error()
			out.Explanation = append(out.Explanation, x)
			continue
		}
		if points == 0 {
			x.Reason = ReasonNoPoints
			out.Explanation = append(out.Explanation, x)
			continue
		}
		if points > 0 {
			room, why := e.room(r, member, eventPoints, eventCount)
			switch {
			case room == 0:
				x.Reason, x.Detail = ReasonCapReached, why
				out.Explanation = append(out.Explanation, x)
				continue
			case room < points:
				x.Reason, x.Detail = ReasonCapped, fmt.Sprintf("%s: %d of %d points", why, room, points)
				points = room
			}
		}
		award := Award{Rule: r.Name, Points: points, ExpiresAt: e.expiry(r, at)}
		x.Points = points
		if shadow {
			if x.Reason == "" {
				x.Reason = ReasonShadow
			}
			out.WouldAward = append(out.WouldAward, award)
			out.Explanation = append(out.Explanation, x)
			continue
		}
		if x.Reason == "" {
			x.Reason = ReasonAwarded
		}
		if points > 0 {
			eventPoints += points
			eventCount++
		}
		out.Awards = append(out.Awards, award)
		out.Points += points
		out.Explanation = append(out.Explanation, x)
	}
	return out, nil
}

func nonNil(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

// multiplier is the earn multiplier of tier; 1 for no tier.
func (e *Engine) multiplier(tier string) *big.Rat {
	for _, t := range e.tiers {
		if t.Name == tier {
			return t.multiplier
		}
	}
	return nil
}

// points computes a rule's points for the event, tier multiplier and rounding applied.
func (e *Engine) points(r *compiledRule, ev Event, amount *big.Rat, vars map[string]any, multiplier *big.Rat) (int64, error) {
	var p *big.Rat
	switch {
	case r.Points.Fixed != nil:
		if *r.Points.Fixed < 0 || !r.ApplyTierMultiplier || multiplier == nil {
			return *r.Points.Fixed, nil
		}
		p = new(big.Rat).SetInt64(*r.Points.Fixed)
	case r.Points.PerUnit != nil:
		v := amount
		if f := r.Points.PerUnit.Field; f != "amount" {
			var err error
			if v, err = attributeNumber(ev.Attributes, strings.TrimPrefix(f, "attributes.")); err != nil {
				return 0, err
			}
		}
		p = new(big.Rat).Quo(v, r.unit)
		p.Mul(p, r.perUnit)
	case r.expression != nil:
		val, _, err := r.expression.Eval(vars)
		if err != nil {
			return 0, fmt.Errorf("points expression: %w", err)
		}
		switch n := val.Value().(type) {
		case int64:
			p = new(big.Rat).SetInt64(n)
		case float64:
			p = new(big.Rat)
			if p.SetFloat64(n) == nil {
				return 0, fmt.Errorf("points expression returned %v", n)
			}
		default:
			return 0, fmt.Errorf("points expression returned %T, not a number", n)
		}
	default:
		return 0, nil
	}
	if r.ApplyTierMultiplier && multiplier != nil {
		p.Mul(p, multiplier)
	}
	return round(p, r.Points.Rounding)
}

// maxPoints bounds one award, so that no rule or input can overflow a balance.
const maxPoints = 1_000_000_000_000

func round(p *big.Rat, mode string) (int64, error) {
	num, den := p.Num(), p.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated toward zero
	if m.Sign() != 0 {
		twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
		half := twice.Cmp(den) // -1 below half, 0 at half, 1 above
		up := false
		switch mode {
		case "Up":
			up = true
		case "HalfUp":
			up = half >= 0
		case "HalfEven":
			up = half > 0 || (half == 0 && q.Bit(0) == 1)
		}
		if up {
			q.Add(q, big.NewInt(int64(p.Sign())))
		}
	}
	if !q.IsInt64() || q.Int64() > maxPoints || q.Int64() < -maxPoints {
		return 0, fmt.Errorf("%s points is beyond what one award may give", q)
	}
	return q.Int64(), nil
}

func attributeNumber(attrs map[string]string, name string) (*big.Rat, error) {
	v, ok := attrs[name]
	if !ok {
		return nil, fmt.Errorf("the event has no attribute %q", name)
	}
	r, ok := new(big.Rat).SetString(v)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("attribute %q is %q, not a non-negative number", name, v)
	}
	return r, nil
}

// room is how many more points the rule may award, under its caps and the program's, and
// which cap decides it. eventPoints and eventCount are what earlier rules awarded for this
// event.
func (e *Engine) room(r *compiledRule, m MemberState, eventPoints, eventCount int64) (int64, string) {
	room, why := int64(maxPoints), ""
	limit := func(c ruleset.Cap, used Tally, scope string) {
		if c.MaxCount > 0 && used.Count >= c.MaxCount {
			room, why = 0, fmt.Sprintf("%s cap of %d awards per %s reached", scope, c.MaxCount, strings.ToLower(c.Period))
			return
		}
		if c.MaxPoints > 0 {
			if left := max(c.MaxPoints-used.Points, 0); left < room {
				room, why = left, fmt.Sprintf("%s cap of %d points per %s, %d left", scope, c.MaxPoints, strings.ToLower(c.Period), left)
			}
		}
	}
	for _, c := range r.Caps {
		limit(c, m.Rules[r.Name].of(c.Period), "rule")
	}
	for _, c := range e.progCaps {
		used := m.Program.of(c.Period)
		limit(c, Tally{Points: used.Points + eventPoints, Count: used.Count + eventCount}, "program")
	}
	return room, why
}
