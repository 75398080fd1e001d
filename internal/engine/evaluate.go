package engine

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/interpreter"

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
	Day, Week, Month, Year, Lifetime Tally
}

func (u Usage) of(period ruleset.Period) Tally {
	switch period {
	case ruleset.PeriodDay:
		return u.Day
	case ruleset.PeriodWeek:
		return u.Week
	case ruleset.PeriodMonth:
		return u.Month
	case ruleset.PeriodYear:
		return u.Year
	}
	return u.Lifetime
}

// MemberState is the member as the engine needs to know them.
type MemberState struct {
	ruleset.Member
	// Rules is what the member earned per rule; Program across all rules.
	Rules   map[string]Usage
	Program Usage
	// Badges holds the keys of the badges the member has (ruleset.Badge.Key).
	Badges map[string]bool
}

// BadgeAward is a badge a rule gives a member for an event.
type BadgeAward struct {
	Rule        string `json:"rule"`
	Badge       string `json:"badge"`
	Key         string `json:"key"`
	Description string `json:"description,omitempty"`
}

// Award is points a rule gives a member for an event (negative for a penalty).
type Award struct {
	Rule   string `json:"rule"`
	Points int64  `json:"points"`
	// GrowthValue is what the award counts toward tiers whose metric is growth value.
	GrowthValue int64      `json:"growthValue,omitempty"`
	ExpiresAt   *time.Time `json:"expiresAt,omitempty"`
}

// Reason is why a rule did or did not award points.
type Reason string

const (
	ReasonAwarded        Reason = "awarded"
	ReasonCapped         Reason = "capped"
	ReasonCapReached     Reason = "cap_reached"
	ReasonConditionFalse Reason = "condition_false"
	ReasonConditionError Reason = "condition_error"
	ReasonOutsideWindow  Reason = "outside_window"
	ReasonExcluded       Reason = "excluded"
	ReasonDisabled       Reason = "disabled"
	ReasonShadow         Reason = "shadow"
	ReasonNoPoints       Reason = "no_points"
)

// Explanation says what one rule did with an event.
type Explanation struct {
	Rule    string `json:"rule"`
	Matched bool   `json:"matched"`
	Points  int64  `json:"points"`
	Reason  Reason `json:"reason"`
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
	// Badges are the badges the event earns the member.
	Badges []BadgeAward `json:"badges,omitempty"`
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
	out.Explanation = make([]Explanation, 0, len(idx))
	if err := checkBounds(ev, member.Member); err != nil {
		return out, err
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
	vars := &activation{
		event: ruleset.Event{ID: ev.ID, Type: ev.Type, Member: ev.Member, Amount: amountF, Currency: ev.Currency,
			OccurredAt: at, Attributes: nonNil(ev.Attributes), Items: ev.Items},
		member: member.Member.In(e.loc),
	}
	vars.member.Attributes = nonNil(vars.member.Attributes)
	multiplier := e.multiplier(member.Tier)

	var winners []Explanation // the rule that took each exclusive group, as {Rule, Detail: group}
	var eventPoints, eventCount int64
	var programExpiry *time.Time // when points under the program's expiry policy expire; shared by awards
	programExpiryKnown := false
	for _, i := range idx {
		r := &e.rules[i]
		x := Explanation{Rule: r.Name}
		if r.Mode == ruleset.ModeDisabled {
			x.Reason = ReasonDisabled
			out.Explanation = append(out.Explanation, x)
			continue
		}
		shadow := r.Mode == ruleset.ModeShadow
		if (r.EffectiveFrom != nil && at.Before(*r.EffectiveFrom)) || (r.EffectiveUntil != nil && !at.Before(*r.EffectiveUntil)) {
			x.Reason = ReasonOutsideWindow
			out.Explanation = append(out.Explanation, x)
			continue
		}
		if w := winner(winners, r.Group); w != "" && !shadow {
			x.Reason, x.Detail = ReasonExcluded, "rule "+w+" of exclusive group "+r.Group+" applies first"
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
			winners = append(winners, Explanation{Rule: r.Name, Detail: r.Group})
		}
		if b := r.Badge; b != nil && !shadow {
			if key := b.Key(at, e.loc); !member.Badges[key] {
				out.Badges = append(out.Badges, BadgeAward{Rule: r.Name, Badge: b.Name, Key: key, Description: b.Description})
				x.Detail = "badge " + b.Name
			}
			if !r.awardsPoints() {
				x.Reason = ReasonAwarded
				if x.Detail == "" {
					x.Reason, x.Detail = ReasonNoPoints, "badge "+b.Name+" already awarded"
				}
				out.Explanation = append(out.Explanation, x)
				continue
			}
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
			room, by := e.room(r, member, eventPoints, eventCount)
			switch {
			case room == 0:
				x.Reason, x.Detail = ReasonCapReached, by.String()
				out.Explanation = append(out.Explanation, x)
				continue
			case room < points:
				x.Reason, x.Detail = ReasonCapped, fmt.Sprintf("%s: %d of %d points", by, room, points)
				points = room
			}
		}
		growth, err := e.growth(r, ev, amount, vars, points)
		if err != nil {
			x.Matched, x.Reason, x.Detail = false, ReasonConditionError, err.Error()
			out.Explanation = append(out.Explanation, x)
			continue
		}
		award := Award{Rule: r.Name, Points: points, GrowthValue: growth, ExpiresAt: programExpiry}
		if r.Expiry != nil {
			award.ExpiresAt = e.expiry(r, at)
		} else if !programExpiryKnown {
			programExpiry, programExpiryKnown = e.expiry(r, at), true
			award.ExpiresAt = programExpiry
		}
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

// checkBounds refuses input larger than ruleset.WorstCaseCost assumes.
func checkBounds(ev Event, m ruleset.Member) error {
	if len(ev.Items) > ruleset.MaxItems {
		return fmt.Errorf("the event has %d items; at most %d are allowed", len(ev.Items), ruleset.MaxItems)
	}
	for _, a := range []struct {
		name  string
		attrs map[string]string
	}{{"event", ev.Attributes}, {"member", m.Attributes}} {
		if len(a.attrs) > ruleset.MaxAttributes {
			return fmt.Errorf("the %s has %d attributes; at most %d are allowed", a.name, len(a.attrs), ruleset.MaxAttributes)
		}
		for k, v := range a.attrs {
			if len(k) > ruleset.MaxStringBytes || len(v) > ruleset.MaxStringBytes {
				return fmt.Errorf("%s attribute %.40q...: keys and values are at most %d bytes", a.name, k, ruleset.MaxStringBytes)
			}
		}
	}
	for i, it := range ev.Items {
		if len(it.SKU) > ruleset.MaxStringBytes || len(it.Category) > ruleset.MaxStringBytes {
			return fmt.Errorf("items[%d]: sku and category are at most %d bytes", i, ruleset.MaxStringBytes)
		}
	}
	if len(m.Segments) > ruleset.MaxSegments {
		return fmt.Errorf("the member has %d segments; at most %d are allowed", len(m.Segments), ruleset.MaxSegments)
	}
	for _, s := range m.Segments {
		if len(s) > ruleset.MaxStringBytes {
			return fmt.Errorf("segment %.40q...: segment names are at most %d bytes", s, ruleset.MaxStringBytes)
		}
	}
	for _, s := range []string{ev.ID, ev.Type, ev.Member, ev.Currency, m.ID, m.Tier, m.Birthday} {
		if len(s) > ruleset.MaxStringBytes {
			return fmt.Errorf("%.40q...: ids, types, currencies and tiers are at most %d bytes", s, ruleset.MaxStringBytes)
		}
	}
	return nil
}

// winner is the rule that took exclusive group g, or "".
func winner(winners []Explanation, g string) string {
	if g == "" {
		return ""
	}
	for _, w := range winners {
		if w.Detail == g {
			return w.Rule
		}
	}
	return ""
}

// activation holds `event` and `member` for CEL in one allocation per evaluation.
type activation struct {
	event  ruleset.Event
	member ruleset.Member
}

func (a *activation) ResolveName(name string) (any, bool) {
	switch name {
	case "event":
		return &a.event, true
	case "member":
		return &a.member, true
	}
	return nil, false
}

func (a *activation) Parent() interpreter.Activation { return nil }

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
func (e *Engine) points(r *compiledRule, ev Event, amount *big.Rat, vars *activation, multiplier *big.Rat) (int64, error) {
	if !r.ApplyTierMultiplier {
		multiplier = nil
	}
	return r.points.compute(ev, amount, vars, multiplier)
}

// growth is the growth value a rule gives with an award of points: its own computation, or
// the points.
func (e *Engine) growth(r *compiledRule, ev Event, amount *big.Rat, vars *activation, points int64) (int64, error) {
	if r.growth == nil {
		return points, nil
	}
	g, err := r.growth.compute(ev, amount, vars, nil)
	if err != nil {
		return 0, fmt.Errorf("growth value: %w", err)
	}
	return g, nil
}

// compute works out the amount for the event, multiplied (when multiplier is not nil and
// the amount is not a fixed penalty) and rounded.
func (c *compiledAmount) compute(ev Event, amount *big.Rat, vars *activation, multiplier *big.Rat) (int64, error) {
	var p *big.Rat
	switch {
	case c.Fixed != nil:
		if *c.Fixed < 0 || multiplier == nil {
			return *c.Fixed, nil
		}
		p = new(big.Rat).SetInt64(*c.Fixed)
	case c.PerUnit != nil:
		v := amount
		if f := c.PerUnit.Field; f != "amount" {
			var err error
			if v, err = attributeNumber(ev.Attributes, strings.TrimPrefix(f, "attributes.")); err != nil {
				return 0, err
			}
		}
		p = new(big.Rat).Quo(v, c.unit)
		p.Mul(p, c.perUnit)
	case c.expression != nil:
		val, _, err := c.expression.Eval(vars)
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
	if multiplier != nil {
		p.Mul(p, multiplier)
	}
	return round(p, c.Rounding)
}

// maxPoints bounds one award, so that no rule or input can overflow a balance.
const maxPoints = 1_000_000_000_000

func round(p *big.Rat, mode ruleset.Rounding) (int64, error) {
	num, den := p.Num(), p.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated toward zero
	if m.Sign() != 0 {
		twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
		half := twice.Cmp(den) // -1 below half, 0 at half, 1 above
		up := false
		switch mode {
		case ruleset.RoundUp:
			up = true
		case ruleset.RoundHalfUp:
			up = half >= 0
		case ruleset.RoundHalfEven:
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
// the cap that decides it (nil when none limits). eventPoints and eventCount are what earlier
// rules awarded for this event.
func (e *Engine) room(r *compiledRule, m MemberState, eventPoints, eventCount int64) (int64, *limit) {
	room, by := int64(maxPoints), (*limit)(nil)
	check := func(c *ruleset.Cap, used Tally, scope string) {
		if by != nil && room == 0 {
			return
		}
		if c.MaxCount > 0 && used.Count >= c.MaxCount {
			room, by = 0, &limit{cap: c, scope: scope, counted: true}
			return
		}
		if c.MaxPoints > 0 {
			if left := max(c.MaxPoints-used.Points, 0); left < room {
				room, by = left, &limit{cap: c, scope: scope, left: left}
			}
		}
	}
	for i := range r.Caps {
		check(&r.Caps[i], m.Rules[r.Name].of(r.Caps[i].Period), "rule")
	}
	for i := range e.progCaps {
		used := m.Program.of(e.progCaps[i].Period)
		check(&e.progCaps[i], Tally{Points: used.Points + eventPoints, Count: used.Count + eventCount}, "program")
	}
	return room, by
}

// limit is the cap that bounds an award, for its explanation.
type limit struct {
	cap     *ruleset.Cap
	scope   string // rule or program
	counted bool   // the count cap, not the points cap, decides
	left    int64
}

func (l *limit) String() string {
	period := strings.ToLower(string(l.cap.Period))
	if l.counted {
		return fmt.Sprintf("%s cap of %d awards per %s reached", l.scope, l.cap.MaxCount, period)
	}
	return fmt.Sprintf("%s cap of %d points per %s, %d left", l.scope, l.cap.MaxPoints, period, l.left)
}
