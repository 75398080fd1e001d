package engine

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/google/cel-go/cel"

	"github.com/tally-operator/tally/internal/ruleset"
)

// Engine is a rule set made ready to evaluate. It is safe for concurrent use.
type Engine struct {
	rs *ruleset.Ruleset
	// readsActivity says some rule's expressions may read the member's activity.
	readsActivity bool
	loc           *time.Location
	rules         []compiledRule
	byType        map[string][]int // rule indexes per event type, in evaluation order
	tiers         []compiledTier
	progCaps      []ruleset.Cap
}

type compiledRule struct {
	ruleset.Rule
	condition cel.Program
	points    compiledAmount
	growth    *compiledAmount // nil: the growth value is the points awarded
}

// compiledAmount is how a rule computes its points or its growth value.
type compiledAmount struct {
	ruleset.Points
	expression cel.Program
	unit       *big.Rat
	perUnit    *big.Rat
}

// ReadsActivity says whether some rule may read member.counts, totals, streak, bestStreak or
// daysSince: the ledger builds them for the rules only then.
func (e *Engine) ReadsActivity() bool { return e.readsActivity }

func growthExpression(r ruleset.Rule) string {
	if r.GrowthValue == nil {
		return ""
	}
	return r.GrowthValue.Expression
}

// awardsPoints says whether the rule has points to give: a badge rule may have none.
func (r *compiledRule) awardsPoints() bool {
	return r.Points.Fixed != nil || r.Points.PerUnit != nil || r.points.expression != nil
}

func compileAmount(p ruleset.Points) (compiledAmount, error) {
	c := compiledAmount{Points: p}
	var err error
	if p.Expression != "" {
		if c.expression, err = program(p.Expression, nil); err != nil {
			return c, fmt.Errorf("expression: %w", err)
		}
	}
	if u := p.PerUnit; u != nil {
		var ok1, ok2 bool
		c.unit, ok1 = new(big.Rat).SetString(u.Unit)
		c.perUnit, ok2 = new(big.Rat).SetString(u.Points)
		if !ok1 || !ok2 || c.unit.Sign() <= 0 {
			return c, fmt.Errorf("per-unit %q per %q are not decimals", u.Points, u.Unit)
		}
	}
	return c, nil
}

type compiledTier struct {
	ruleset.Tier
	multiplier *big.Rat
}

// New compiles the CEL programs of rs. rs must come from ruleset.Compile, which has already
// checked every expression; an error here means the rule set was altered after compilation.
func New(rs *ruleset.Ruleset) (*Engine, error) {
	loc, err := time.LoadLocation(rs.Program.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("time zone %q: %w", rs.Program.TimeZone, err)
	}
	e := &Engine{rs: rs, loc: loc, byType: map[string][]int{}, progCaps: rs.Program.Caps}
	for _, r := range rs.Rules {
		cr := compiledRule{Rule: r}
		if r.Condition != "" {
			if cr.condition, err = program(r.Condition, cel.BoolType); err != nil {
				return nil, fmt.Errorf("rule %s condition: %w", r.Name, err)
			}
		}
		if cr.points, err = compileAmount(r.Points); err != nil {
			return nil, fmt.Errorf("rule %s points: %w", r.Name, err)
		}
		if r.GrowthValue != nil {
			g, err := compileAmount(*r.GrowthValue)
			if err != nil {
				return nil, fmt.Errorf("rule %s growth value: %w", r.Name, err)
			}
			cr.growth = &g
		}
		e.rules = append(e.rules, cr)
	}
	for _, r := range rs.Rules {
		for _, expr := range []string{r.Condition, r.Points.Expression, growthExpression(r)} {
			for _, field := range []string{"counts", "totals", "streak", "bestStreak", "daysSince"} {
				e.readsActivity = e.readsActivity || strings.Contains(expr, field)
			}
		}
	}
	// Evaluation order: priority, highest first, then name; whatever order rs lists them in.
	sort.SliceStable(e.rules, func(i, j int) bool {
		a, b := e.rules[i], e.rules[j]
		return a.Priority > b.Priority || a.Priority == b.Priority && a.Name < b.Name
	})
	for i, r := range e.rules {
		e.byType[r.EventType] = append(e.byType[r.EventType], i)
	}
	if rs.Tiers != nil {
		for _, t := range rs.Tiers.Levels {
			m, ok := new(big.Rat).SetString(t.EarnMultiplier)
			if !ok {
				return nil, fmt.Errorf("tier %s: multiplier %q is not a decimal", t.Name, t.EarnMultiplier)
			}
			e.tiers = append(e.tiers, compiledTier{Tier: t, multiplier: m})
		}
	}
	return e, nil
}

func program(expr string, want *cel.Type) (cel.Program, error) {
	ast, err := ruleset.CheckExpression(expr, want)
	if err != nil {
		return nil, err
	}
	env, err := ruleset.Env()
	if err != nil {
		return nil, err
	}
	// Runtime cost tracking is a third of the time of a cheap evaluation. Where the checker
	// proves the cost within the limit for any input Evaluate accepts, it is left out; an
	// expression it cannot bound (nested loops over items, say) is tracked and stopped.
	opts := []cel.ProgramOption{cel.EvalOptions(cel.OptOptimize)}
	worst, err := ruleset.WorstCaseCost(ast)
	if err != nil {
		return nil, err
	}
	if worst > ruleset.CostLimit {
		opts = append(opts, cel.CostLimit(ruleset.CostLimit))
	}
	return env.Program(ast, opts...)
}

// MayDeduct reports whether an event of this type can take points: a rule with negative
// fixed points, or an expression, whose result may be negative.
func (e *Engine) MayDeduct(eventType string) bool {
	for _, i := range e.byType[eventType] {
		r := &e.rules[i]
		if r.Mode != ruleset.ModeDisabled && (r.Points.Fixed != nil && *r.Points.Fixed < 0 || r.points.expression != nil) {
			return true
		}
	}
	return false
}

// Capped reports whether the rule has caps of its own, for which what it awarded per day
// must be counted. Program caps and tiers count only a member's totals.
func (e *Engine) Capped(rule string) bool {
	for i := range e.rules {
		if e.rules[i].Name == rule {
			return len(e.rules[i].Caps) > 0
		}
	}
	return false
}

// Ruleset is the rule set the engine evaluates.
func (e *Engine) Ruleset() *ruleset.Ruleset { return e.rs }

// Location is the program's time zone.
func (e *Engine) Location() *time.Location { return e.loc }
