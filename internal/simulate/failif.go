package simulate

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/google/cel-go/cel"
)

// Gate is a CEL condition on a report's figures that fails a pipeline: simulate --fail-if.
type Gate struct {
	expr string
	prg  cel.Program
}

// Variables are the figures a Gate can name, all numbers (doubles, so that
// "liabilityDelta > 0.05 * liability" needs no conversion), with what each means.
var Variables = map[string]string{
	"events":              "events recorded in the period",
	"members":             "members with an operation in the period",
	"issued":              "points issued with the active rule set",
	"issuedAfter":         "points issued with the proposed rule set",
	"issuedDelta":         "issuedAfter - issued",
	"issuedValueDelta":    "issuedDelta in money",
	"liability":           "points the members held at the end of the period, as recorded",
	"liabilityAfter":      "liability with the proposed rule set's difference",
	"liabilityDelta":      "liabilityAfter - liability",
	"liabilityValue":      "liability in money",
	"liabilityValueDelta": "liabilityDelta in money",
	"tierChanges":         "members who would end the period in another tier",
	"membersAffected":     "members whose points would differ",
	"neverAward":          "Active rules of the proposal that would award nothing",
	"alwaysCapped":        "Active rules of the proposal capped every time they matched",
	"refused":             "events and reversals the proposed replay refused",
}

// VariableNames are the names of Variables, sorted.
func VariableNames() []string {
	names := make([]string, 0, len(Variables))
	for n := range Variables {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// NewGate compiles expr, which must be a boolean expression over Variables.
func NewGate(expr string) (*Gate, error) {
	opts := make([]cel.EnvOption, 0, len(Variables))
	for _, n := range VariableNames() {
		opts = append(opts, cel.Variable(n, cel.DoubleType))
	}
	env, err := cel.NewEnv(opts...)
	if err != nil {
		return nil, err
	}
	ast, iss := env.Compile(expr)
	if iss.Err() != nil {
		return nil, fmt.Errorf("%q: %v (variables, all numbers: %s)", expr, iss.Err(), strings.Join(VariableNames(), ", "))
	}
	if ast.OutputType() != cel.BoolType {
		return nil, fmt.Errorf("%q is a %s: want a condition, such as 'liabilityDelta > 0.05 * liability'", expr, ast.OutputType())
	}
	prg, err := env.Program(ast)
	if err != nil {
		return nil, err
	}
	return &Gate{expr: expr, prg: prg}, nil
}

// Holds says whether the gate's condition holds for r: the pipeline should fail.
func (g *Gate) Holds(r *Report) (bool, error) {
	out, _, err := g.prg.Eval(r.Figures())
	if err != nil {
		return false, fmt.Errorf("--fail-if %q: %w", g.expr, err)
	}
	v, ok := out.Value().(bool)
	if !ok {
		return false, fmt.Errorf("--fail-if %q gave %v, not true or false", g.expr, out.Value())
	}
	return v, nil
}

// String is the gate's expression.
func (g *Gate) String() string { return g.expr }

// Figures are the report's Variables.
func (r *Report) Figures() map[string]any {
	money := func(s string) float64 {
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	return map[string]any{
		"events":              float64(r.Events),
		"members":             float64(r.Members),
		"issued":              float64(r.Issued.Before),
		"issuedAfter":         float64(r.Issued.After),
		"issuedDelta":         float64(r.Issued.Delta),
		"issuedValueDelta":    money(r.Issued.ValueDelta),
		"liability":           float64(r.Liability.Before),
		"liabilityAfter":      float64(r.Liability.After),
		"liabilityDelta":      float64(r.Liability.Delta),
		"liabilityValue":      money(r.Liability.ValueBefore),
		"liabilityValueDelta": money(r.Liability.ValueDelta),
		"tierChanges":         float64(r.TierChanges),
		"membersAffected":     float64(r.MembersAffected),
		"neverAward":          float64(len(r.NeverAward)),
		"alwaysCapped":        float64(len(r.AlwaysCapped)),
		"refused":             float64(r.Refused[1]),
	}
}
