package ruleset_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/google/cel-go/cel"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/ruleset"
	"github.com/tally-operator/tally/internal/testenv"
)

func sample(t *testing.T, brand string) ruleset.Input {
	t.Helper()
	in, err := testenv.SampleInput(brand, brand)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func compile(t *testing.T, in ruleset.Input) *ruleset.Ruleset {
	t.Helper()
	rs, errs := ruleset.Compile(in)
	for _, e := range errs {
		t.Errorf("compile: %v", e)
	}
	if rs == nil {
		t.FailNow()
	}
	return rs
}

func TestSamplesCompile(t *testing.T) {
	coffee := compile(t, sample(t, "coffee"))
	if len(coffee.Rules) != 8 || coffee.Tiers == nil || len(coffee.Catalog) != 2 || coffee.Program.Expiry.Policy != "YearlyClearing" {
		t.Errorf("coffee: %+v", coffee)
	}
	fashion := compile(t, sample(t, "fashion"))
	if fashion.Payment == nil || fashion.Payment.MaxOrderPercent != 30 || !fashion.Program.AllowNegative {
		t.Errorf("fashion: %+v", fashion)
	}
	// Rules run by priority: the weekend promotion (100) first.
	if fashion.Rules[0].Name != "double-points-weekend" || fashion.Rules[0].Group != "purchase-promotions" {
		t.Errorf("fashion rule order: %+v", fashion.Rules)
	}
	var penalty ruleset.Rule
	for _, r := range fashion.Rules {
		if r.Name == "refused-delivery" {
			penalty = r
		}
	}
	if penalty.EventType != "delivery_refused" || *penalty.Points.Fixed != -50 {
		t.Errorf("penalty rule: %+v", penalty)
	}
}

func TestVersionIsAHashOfTheContent(t *testing.T) {
	in := sample(t, "coffee")
	want := compile(t, in).Version
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		rng.Shuffle(len(in.Rules), func(i, j int) { in.Rules[i], in.Rules[j] = in.Rules[j], in.Rules[i] })
		rng.Shuffle(len(in.Catalogs), func(i, j int) { in.Catalogs[i], in.Catalogs[j] = in.Catalogs[j], in.Catalogs[i] })
		if got := compile(t, in).Version; got != want {
			t.Fatalf("the same inputs in another order give version %s, want %s", got, want)
		}
	}
	// Metadata that is not a rule does not change the version; a rule does.
	in.Rules[0].Generation = 42
	in.Rules[0].Labels = map[string]string{"team": "growth"}
	if got := compile(t, in).Version; got != want {
		t.Errorf("metadata changed the version")
	}
	in.Rules[0].Spec.Priority++
	if got := compile(t, in).Version; got == want {
		t.Errorf("a changed priority kept version %s", got)
	}
}

func TestRulesetRoundTripsThroughJSON(t *testing.T) {
	rs := compile(t, sample(t, "fashion"))
	data, err := json.Marshal(rs)
	if err != nil {
		t.Fatal(err)
	}
	var back ruleset.Ruleset
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*rs, back) {
		t.Errorf("round trip changed the rule set:\n%+v\n%+v", *rs, back)
	}
}

func TestCompileErrorsNameObjectAndField(t *testing.T) {
	cases := []struct {
		name   string
		change func(in *ruleset.Input)
		kind   string
		object string
		path   string
		msg    string
	}{
		{"condition does not parse", func(in *ruleset.Input) { in.Rules[0].Spec.Condition = "event.amount >" },
			"EarnRule", "purchase", "spec.condition", "Syntax error"},
		{"condition names an unknown field", func(in *ruleset.Input) { in.Rules[0].Spec.Condition = "event.total > 10.0" },
			"EarnRule", "purchase", "spec.condition", "undefined field 'total'"},
		{"condition is not a bool", func(in *ruleset.Input) { in.Rules[0].Spec.Condition = "event.amount * 2.0" },
			"EarnRule", "purchase", "spec.condition", "returns double; it must return bool"},
		{"condition compares a number with a string", func(in *ruleset.Input) { in.Rules[0].Spec.Condition = `event.amount == "10"` },
			"EarnRule", "purchase", "spec.condition", "no matching overload"},
		{"points expression returns a string", func(in *ruleset.Input) {
			in.Rules[1].Spec.Points = &v1alpha1.PointsSpec{Expression: `member.tier`}
		}, "EarnRule", "sign-in", "spec.points.expression", "returns string; it must return int or double"},
		{"unknown time zone", func(in *ruleset.Input) { in.Program.Spec.TimeZone = "Mars/Olympus_Mons" },
			"PointsProgram", "rewards", "spec.timeZone", "unknown time zone"},
		{"catalog item needs an unknown tier", func(in *ruleset.Input) { in.Catalogs[0].Spec.Items[1].MinTier = "Platinum" },
			"RedemptionCatalog", "rewards-catalog", "spec.items[1].minTier", `tier "Platinum" is not in the program's TierPolicy (tiers: Silver, Gold)`},
		{"catalog item needs a tier without a TierPolicy", func(in *ruleset.Input) {
			in.Tiers = nil
			in.Catalogs[0].Spec.Items[0].MinTier = "Gold"
		}, "RedemptionCatalog", "rewards-catalog", "spec.items[0].minTier", "the program has no TierPolicy"},
		{"two TierPolicies", func(in *ruleset.Input) {
			extra := in.Tiers[0].DeepCopy()
			extra.Name = "tiers-2"
			in.Tiers = append(in.Tiers, *extra)
		}, "TierPolicy", "tiers-2", "spec.programRef", "already has a TierPolicy"},
		{"SKU in two catalogs", func(in *ruleset.Input) {
			extra := in.Catalogs[0].DeepCopy()
			extra.Name = "seasonal"
			extra.Spec.Items = extra.Spec.Items[1:]
			in.Catalogs = append(in.Catalogs, *extra)
		}, "RedemptionCatalog", "seasonal", "spec.items[0].sku", `SKU "mug" is already in catalog "rewards-catalog"`},
		{"exclusive group across event types", func(in *ruleset.Input) {
			for i := range in.Rules {
				in.Rules[i].Spec.Stacking = v1alpha1.Exclusive
				in.Rules[i].Spec.ExclusiveGroup = "promotions"
			}
		}, "EarnRule", "review", "spec.exclusiveGroup", `exclusive group "promotions" already holds rule "birthday-month" for event type "purchase"`},
		{"two catalogs take points as payment", func(in *ruleset.Input) {
			p := &v1alpha1.PointsAsPayment{PointsPerCurrencyUnit: "10", Step: 1, MaxOrderPercent: 50}
			in.Catalogs[0].Spec.PointsAsPayment = p
			extra := in.Catalogs[0].DeepCopy()
			extra.Name = "z-checkout"
			extra.Spec.Items = nil
			in.Catalogs = append(in.Catalogs, *extra)
		}, "RedemptionCatalog", "z-checkout", "spec.pointsAsPayment", `catalog "rewards-catalog" already sets pointsAsPayment`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := sample(t, "coffee")
			// In the order of the sample files: purchase, sign-in, review.
			tc.change(&in)
			rs, errs := ruleset.Compile(in)
			if rs != nil {
				t.Errorf("a rule set was produced despite the error")
			}
			for _, e := range errs {
				if e.Kind == tc.kind && e.Name == tc.object && e.Namespace == "coffee" && e.Path == tc.path && strings.Contains(e.Message, tc.msg) {
					return
				}
			}
			t.Errorf("no error on %s %s %s containing %q; got %v", tc.kind, tc.object, tc.path, tc.msg, errs)
		})
	}
}

// The examples in docs/rules.md type-check, so the documentation cannot drift from the schema.
func TestDocumentedExamplesCompile(t *testing.T) {
	doc, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.Lines(string(doc)) {
		expr, _, _ := strings.Cut(line, "  #")
		want := cel.BoolType
		if e, ok := strings.CutPrefix(expr, "expression: "); ok {
			expr, want = e, nil
		} else if expr, ok = strings.CutPrefix(expr, "condition: "); !ok {
			continue
		}
		n++
		if _, err := ruleset.CheckExpression(strings.TrimSpace(expr), want); err != nil {
			t.Errorf("%s: %v", strings.TrimSpace(expr), err)
		}
	}
	if n < 4 {
		t.Fatalf("found %d examples in docs/rules.md; the test reads lines starting with condition: or expression:", n)
	}
}
