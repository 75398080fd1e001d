package ruleset

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/google/cel-go/cel"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// Input is what a program's rule set is compiled from: the program and the objects that name
// it in their programRef.
type Input struct {
	Program  *v1alpha1.PointsProgram
	Rules    []v1alpha1.EarnRule
	Tiers    []v1alpha1.TierPolicy
	Catalogs []v1alpha1.RedemptionCatalog
}

// FieldError is a problem in one field of one object.
type FieldError struct {
	Kind      string `json:"kind"`
	Namespace string `json:"namespace"`
	Name      string `json:"name"`
	Path      string `json:"path"`
	Message   string `json:"message"`
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s %s/%s: %s: %s", e.Kind, e.Namespace, e.Name, e.Path, e.Message)
}

// compiler collects the errors of one compilation.
type compiler struct {
	errs []FieldError
}

func (c *compiler) fail(kind string, obj interface {
	GetNamespace() string
	GetName() string
}, path, format string, args ...any) {
	c.errs = append(c.errs, FieldError{Kind: kind, Namespace: obj.GetNamespace(), Name: obj.GetName(), Path: path, Message: fmt.Sprintf(format, args...)})
}

// Strays are the objects of in that name another program than in.Program in their
// programRef. The operator compiles a program from the objects that name it, so it has none;
// a directory of YAML files (tally ruleset publish) may, and there a stray is a mistake: a
// typo in a pull request would drop a rule from the rule set while the dry run passes.
func Strays(in Input) []FieldError {
	if in.Program == nil {
		return nil
	}
	var errs []FieldError
	stray := func(kind string, obj interface {
		GetNamespace() string
		GetName() string
	}, ref string) {
		if ref != in.Program.Name {
			errs = append(errs, FieldError{Kind: kind, Namespace: obj.GetNamespace(), Name: obj.GetName(), Path: "spec.programRef.name",
				Message: fmt.Sprintf("names program %q, which is not among these files (their program is %q): name %q, or the object is in no rule set", ref, in.Program.Name, in.Program.Name)})
		}
	}
	for i := range in.Rules {
		stray("EarnRule", &in.Rules[i], in.Rules[i].Spec.ProgramRef.Name)
	}
	for i := range in.Tiers {
		stray("TierPolicy", &in.Tiers[i], in.Tiers[i].Spec.ProgramRef.Name)
	}
	for i := range in.Catalogs {
		stray("RedemptionCatalog", &in.Catalogs[i], in.Catalogs[i].Spec.ProgramRef.Name)
	}
	return errs
}

// Compile builds the rule set of in.Program. It returns every error it finds and, only when
// there is none, the rule set.
func Compile(in Input) (*Ruleset, []FieldError) {
	c := &compiler{}
	if in.Program == nil {
		return nil, []FieldError{{Kind: "PointsProgram", Path: "", Message: "no program"}}
	}
	rs := &Ruleset{Program: c.program(in.Program)}

	rules := append([]v1alpha1.EarnRule(nil), in.Rules...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].Name < rules[j].Name })
	groupType := map[string]string{}
	groupRule := map[string]string{}
	for i := range rules {
		r := &rules[i]
		if r.Spec.ProgramRef.Name != in.Program.Name {
			continue
		}
		rule := c.rule(r)
		if rule.Group != "" {
			if t, ok := groupType[rule.Group]; ok && t != rule.EventType {
				c.fail("EarnRule", r, "spec.exclusiveGroup",
					"exclusive group %q already holds rule %q for event type %q; rules of different event types never compete, so give each event type its own group",
					rule.Group, groupRule[rule.Group], t)
			} else if !ok {
				groupType[rule.Group], groupRule[rule.Group] = rule.EventType, r.Name
			}
		}
		rs.Rules = append(rs.Rules, rule)
	}
	// Evaluation order: priority, highest first; then name.
	sort.SliceStable(rs.Rules, func(i, j int) bool { return rs.Rules[i].Priority > rs.Rules[j].Priority })

	tiers := append([]v1alpha1.TierPolicy(nil), in.Tiers...)
	sort.Slice(tiers, func(i, j int) bool { return tiers[i].Name < tiers[j].Name })
	for i := range tiers {
		if tiers[i].Spec.ProgramRef.Name != in.Program.Name {
			continue
		}
		if rs.Tiers != nil {
			c.fail("TierPolicy", &tiers[i], "spec.programRef", "program %q already has a TierPolicy; a program has one", in.Program.Name)
			continue
		}
		rs.Tiers = compileTiers(&tiers[i])
	}

	catalogs := append([]v1alpha1.RedemptionCatalog(nil), in.Catalogs...)
	sort.Slice(catalogs, func(i, j int) bool { return catalogs[i].Name < catalogs[j].Name })
	skus := map[string]string{}
	paymentFrom := ""
	for i := range catalogs {
		cat := &catalogs[i]
		if cat.Spec.ProgramRef.Name != in.Program.Name {
			continue
		}
		for n, it := range cat.Spec.Items {
			path := fmt.Sprintf("spec.items[%d]", n)
			if other, dup := skus[it.SKU]; dup {
				c.fail("RedemptionCatalog", cat, path+".sku", "SKU %q is already in catalog %q; SKUs are unique across a program's catalogs", it.SKU, other)
				continue
			}
			skus[it.SKU] = cat.Name
			if it.MinTier != "" && !hasTier(rs.Tiers, it.MinTier) {
				c.fail("RedemptionCatalog", cat, path+".minTier", "tier %q is not in the program's TierPolicy (tiers: %s)", it.MinTier, tierNames(rs.Tiers))
			}
			rs.Catalog = append(rs.Catalog, compileItem(cat.Name, it))
		}
		if p := cat.Spec.PointsAsPayment; p != nil {
			if paymentFrom != "" {
				c.fail("RedemptionCatalog", cat, "spec.pointsAsPayment", "catalog %q already sets pointsAsPayment; set it in one catalog of the program", paymentFrom)
				continue
			}
			paymentFrom = cat.Name
			rs.Payment = &PointsPayment{PointsPerCurrencyUnit: string(p.PointsPerCurrencyUnit), MinPoints: p.MinPoints,
				MaxOrderPercent: p.MaxOrderPercent, Step: max(p.Step, 1)}
		}
	}
	sort.Slice(rs.Catalog, func(i, j int) bool { return rs.Catalog[i].SKU < rs.Catalog[j].SKU })

	if len(c.errs) > 0 {
		return nil, c.errs
	}
	rs.Version = hash(rs)
	return rs, nil
}

func hash(rs *Ruleset) string {
	b, err := json.Marshal(rs)
	if err != nil {
		panic(fmt.Sprintf("ruleset: marshal: %v", err)) // only plain data: cannot happen
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

func (c *compiler) program(p *v1alpha1.PointsProgram) Program {
	tz := string(p.Spec.TimeZone)
	if tz == "" {
		tz = "UTC"
	}
	if _, err := time.LoadLocation(tz); err != nil {
		c.fail("PointsProgram", p, "spec.timeZone", "unknown time zone %q: use an IANA name such as Asia/Shanghai", tz)
	}
	holdTTL := 15 * time.Minute
	if p.Spec.Holds.TTL != nil {
		holdTTL = p.Spec.Holds.TTL.Duration
	}
	notice := int32(30)
	if p.Spec.Expiry.NoticeDays != nil {
		notice = *p.Spec.Expiry.NoticeDays
	}
	lateness := DefaultLateEventsMaxAge
	if p.Spec.LateEvents.MaxAge != nil {
		lateness = p.Spec.LateEvents.MaxAge.Duration
	}
	retention := DefaultEventDetailsRetention
	if r := p.Spec.Export.EventDetails.Retention; r != nil {
		retention = r.Duration
	}
	return Program{
		Namespace: p.Namespace, Name: p.Name, Currency: p.Spec.Currency, PointValue: string(p.Spec.PointValue), TimeZone: tz,
		Expiry: compileExpiry(p.Spec.Expiry.LotExpiry), NoticeDays: notice, Caps: compileCaps(p.Spec.Caps),
		AllowNegative: p.Spec.NegativeBalance == v1alpha1.NegativeBalanceAllow, HoldTTL: int64(holdTTL / time.Second),
		LateEventsMaxAge: int64(lateness / time.Second), EventDetailsRetention: int64(retention / time.Second),
	}
}

func compileExpiry(e v1alpha1.LotExpiry) Expiry {
	out := Expiry{Policy: ExpiryPolicy(e.Policy)}
	if out.Policy == "" {
		out.Policy = ExpiryNever
	}
	switch e.Policy {
	case v1alpha1.ExpiryRolling:
		if e.Rolling != nil {
			out.Period = string(e.Rolling.Period)
		}
	case v1alpha1.ExpiryYearlyClearing:
		out.Month, out.Day, out.AfterYears = 12, 31, 1
		if y := e.YearlyClearing; y != nil {
			if y.Month != 0 {
				out.Month = y.Month
			}
			if y.Day != 0 {
				out.Day = y.Day
			}
			if y.AfterYears != nil {
				out.AfterYears = *y.AfterYears
			}
		}
	}
	return out
}

var periodOrder = map[Period]int{PeriodDay: 0, PeriodWeek: 1, PeriodMonth: 2, PeriodYear: 3, PeriodLifetime: 4}

func compileCaps(caps []v1alpha1.Cap) []Cap {
	var out []Cap
	for _, c := range caps {
		cp := Cap{Period: Period(c.Period)}
		if c.MaxPoints != nil {
			cp.MaxPoints = *c.MaxPoints
		}
		if c.MaxCount != nil {
			cp.MaxCount = int64(*c.MaxCount)
		}
		out = append(out, cp)
	}
	sort.Slice(out, func(i, j int) bool { return periodOrder[out[i].Period] < periodOrder[out[j].Period] })
	return out
}

func (c *compiler) rule(r *v1alpha1.EarnRule) Rule {
	s := r.Spec
	out := Rule{
		Name: r.Name, EventType: string(s.EventType), Condition: strings.TrimSpace(s.Condition),
		ApplyTierMultiplier: s.ApplyTierMultiplier == nil || *s.ApplyTierMultiplier,
		Caps:                compileCaps(s.Caps), Priority: s.Priority, Mode: Mode(s.Mode),
	}
	if s.EventType == v1alpha1.EventCustom {
		out.EventType = s.CustomEventType
	}
	if out.Mode == "" {
		out.Mode = ModeActive
	}
	if s.Stacking == v1alpha1.Exclusive {
		out.Group = s.ExclusiveGroup
	}
	if s.EffectiveFrom != nil {
		t := s.EffectiveFrom.UTC()
		out.EffectiveFrom = &t
	}
	if s.EffectiveUntil != nil {
		t := s.EffectiveUntil.UTC()
		out.EffectiveUntil = &t
	}
	if s.Expiry != nil {
		e := compileExpiry(*s.Expiry)
		out.Expiry = &e
	}
	if out.Condition != "" {
		if _, err := CheckExpression(out.Condition, cel.BoolType); err != nil {
			c.fail("EarnRule", r, "spec.condition", "%s", celMessage(err))
		}
	}
	if p := s.Points; p != nil {
		out.Points = c.amount(r, "spec.points", p.Fixed, p.PerUnit, p.Expression, p.Rounding)
	}
	if b := s.Badge; b != nil {
		out.Badge = &Badge{Name: b.Name, Description: b.Description, Per: BadgePer(b.Per)}
		if out.Badge.Per == "" {
			out.Badge.Per = BadgeOnce
		}
	}
	if g := s.GrowthValue; g != nil {
		gv := c.amount(r, "spec.growthValue", g.Fixed, g.PerUnit, g.Expression, g.Rounding)
		out.GrowthValue = &gv
	}
	return out
}

// amount compiles how a rule computes its points or its growth value (at path), checking
// its expression and decimals.
func (c *compiler) amount(r *v1alpha1.EarnRule, path string, fixed *int64, perUnit *v1alpha1.PerUnitPoints, expression string, rounding v1alpha1.Rounding) Points {
	out := Points{Fixed: fixed, Expression: strings.TrimSpace(expression), Rounding: Rounding(rounding)}
	if out.Rounding == "" {
		out.Rounding = RoundDown
	}
	if out.Expression != "" {
		if _, err := CheckExpression(out.Expression, nil); err != nil {
			c.fail("EarnRule", r, path+".expression", "%s", celMessage(err))
		}
	}
	if p := perUnit; p != nil {
		out.PerUnit = &PerUnit{Field: p.Field, Unit: string(p.Unit), Points: string(p.Points)}
		if out.PerUnit.Field == "" {
			out.PerUnit.Field = "amount"
		}
		if out.PerUnit.Unit == "" {
			out.PerUnit.Unit = "1"
		}
		for field, v := range map[string]string{".perUnit.unit": out.PerUnit.Unit, ".perUnit.points": out.PerUnit.Points} {
			if d, ok := new(big.Rat).SetString(v); !ok || d.Sign() <= 0 {
				c.fail("EarnRule", r, path+field, "%q is not a decimal greater than zero", v)
			}
		}
	}
	return out
}

// celMessage turns a CEL error into one line for a status message.
func celMessage(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i > 0 {
		msg = msg[:i]
	}
	msg = strings.TrimPrefix(msg, "ERROR: ")
	return strings.Replace(msg, "<input>:", "at ", 1)
}

func compileTiers(t *v1alpha1.TierPolicy) *Tiers {
	s := t.Spec
	out := &Tiers{
		Metric: Metric(s.Metric), Window: Window(s.Window.Type), ReviewSchedule: string(s.Review.Schedule),
		ValidityMonths: s.Review.ValidityMonths, GraceMonths: s.Review.GraceMonths,
		Downgrade: Downgrade(s.Review.Downgrade), GrowthValue: GrowthAtReview(s.Review.GrowthValue),
		SpendEventTypes: slices.Clone(s.SpendEventTypes), OnReversal: OnReversal(s.Review.OnReversal),
	}
	if len(out.SpendEventTypes) == 0 {
		out.SpendEventTypes = []string{"purchase"}
	}
	slices.Sort(out.SpendEventTypes)
	if out.OnReversal == "" {
		out.OnReversal = OnReversalReevaluate
	}
	if out.Metric == "" {
		out.Metric = MetricPointsEarned
	}
	if out.Window == "" {
		out.Window = WindowRolling
	}
	if out.Window == WindowRolling {
		out.WindowMonths = 12
		if s.Window.Months != nil {
			out.WindowMonths = *s.Window.Months
		}
	}
	for _, l := range s.Tiers {
		m := string(l.EarnMultiplier)
		if m == "" {
			m = "1"
		}
		out.Levels = append(out.Levels, Tier{Name: l.Name, Threshold: l.Threshold, EarnMultiplier: m})
	}
	return out
}

func hasTier(t *Tiers, name string) bool {
	if t == nil {
		return false
	}
	for _, l := range t.Levels {
		if l.Name == name {
			return true
		}
	}
	return false
}

func tierNames(t *Tiers) string {
	if t == nil {
		return "none: the program has no TierPolicy"
	}
	var names []string
	for _, l := range t.Levels {
		names = append(names, l.Name)
	}
	return strings.Join(names, ", ")
}

func compileItem(catalog string, it v1alpha1.CatalogItem) CatalogItem {
	out := CatalogItem{Catalog: catalog, SKU: it.SKU, Name: it.Name, PointsCost: it.PointsCost, CashPart: string(it.CashPart),
		Stock: it.Stock, MinTier: it.MinTier}
	if it.PerMemberLimit != nil {
		out.PerMemberLimit = *it.PerMemberLimit
	}
	if it.AvailableFrom != nil {
		t := it.AvailableFrom.UTC()
		out.AvailableFrom = &t
	}
	if it.AvailableUntil != nil {
		t := it.AvailableUntil.UTC()
		out.AvailableUntil = &t
	}
	return out
}
