package ruleset

import (
	"slices"
	"time"
)

// Ruleset is everything the ledger needs to know about a program, compiled from its custom
// resources. It is never changed once built; a change to any resource makes a new one.
type Ruleset struct {
	// Version is a hash of everything else: equal content, equal version.
	Version string         `json:"version"`
	Program Program        `json:"program"`
	Rules   []Rule         `json:"rules"`
	Tiers   *Tiers         `json:"tiers,omitempty"`
	Catalog []CatalogItem  `json:"catalog"`
	Payment *PointsPayment `json:"payment,omitempty"`
}

// Program holds the PointsProgram's policies.
type Program struct {
	Namespace     string `json:"namespace"`
	Name          string `json:"name"`
	Currency      string `json:"currency"`
	PointValue    string `json:"pointValue"`
	TimeZone      string `json:"timeZone"`
	Expiry        Expiry `json:"expiry"`
	NoticeDays    int32  `json:"noticeDays"`
	Caps          []Cap  `json:"caps,omitempty"`
	AllowNegative bool   `json:"allowNegative"`
	// HoldTTL in seconds.
	HoldTTL int64 `json:"holdTTLSeconds"`
	// LateEventsMaxAge is how old an event may be, in seconds; 0 (a rule set compiled before
	// the setting existed) means DefaultLateEventsMaxAge.
	LateEventsMaxAge int64 `json:"lateEventsMaxAgeSeconds,omitempty"`
	// EventDetailsRetention is how long events' details are kept, in seconds; 0 (a rule set
	// compiled before the setting existed) means DefaultEventDetailsRetention.
	EventDetailsRetention int64 `json:"eventDetailsRetentionSeconds,omitempty"`
}

// DefaultEventDetailsRetention is how long events' details are kept unless the program says
// otherwise: a year and a day, so that a year-on-year simulation has its history.
const DefaultEventDetailsRetention = 366 * 24 * time.Hour

// EventDetailsKept is how long the program keeps events' details.
func (p Program) EventDetailsKept() time.Duration {
	if p.EventDetailsRetention <= 0 {
		return DefaultEventDetailsRetention
	}
	return time.Duration(p.EventDetailsRetention) * time.Second
}

// DefaultLateEventsMaxAge is how old an event may be unless the program says otherwise.
const DefaultLateEventsMaxAge = 30 * 24 * time.Hour

// MaxEventAge is how old an event may be when it reaches the ledger.
func (p Program) MaxEventAge() time.Duration {
	if p.LateEventsMaxAge <= 0 {
		return DefaultLateEventsMaxAge
	}
	return time.Duration(p.LateEventsMaxAge) * time.Second
}

// Expiry is when the points of a lot expire.
type Expiry struct {
	// Policy is Never, Rolling or YearlyClearing.
	Policy ExpiryPolicy `json:"policy"`
	// Period of Rolling: a number and mo, d, h or m.
	Period string `json:"period,omitempty"`
	// Month, Day and AfterYears of YearlyClearing.
	Month      int32 `json:"month,omitempty"`
	Day        int32 `json:"day,omitempty"`
	AfterYears int32 `json:"afterYears,omitempty"`
}

// Cap limits a member's points or awards over a period.
type Cap struct {
	Period    Period `json:"period"`
	MaxPoints int64  `json:"maxPoints,omitempty"`
	MaxCount  int64  `json:"maxCount,omitempty"`
}

// Rule is a compiled EarnRule.
type Rule struct {
	Name string `json:"name"`
	// EventType is the event type matched: a built-in type, or the rule's custom type.
	EventType           string     `json:"eventType"`
	Condition           string     `json:"condition,omitempty"`
	Points              Points     `json:"points"`
	ApplyTierMultiplier bool       `json:"applyTierMultiplier"`
	Caps                []Cap      `json:"caps,omitempty"`
	EffectiveFrom       *time.Time `json:"effectiveFrom,omitempty"`
	EffectiveUntil      *time.Time `json:"effectiveUntil,omitempty"`
	Priority            int32      `json:"priority"`
	// Group is the exclusive group; empty for stackable rules.
	Group string `json:"group,omitempty"`
	// Mode is Active, Shadow or Disabled.
	Mode   Mode    `json:"mode"`
	Expiry *Expiry `json:"expiry,omitempty"`
	// GrowthValue is how the rule computes growth value; nil gives the points it awards.
	GrowthValue *Points `json:"growthValue,omitempty"`
	// Badge is awarded when the rule matches, once per member or per period.
	Badge *Badge `json:"badge,omitempty"`
}

// Badge is a badge a rule awards.
type Badge struct {
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Per         BadgePer `json:"per"`
}

// Key is what makes an award of the badge at t (in loc) the only one of its period: the
// name, and the year or month for badges earned once a year or month.
func (b *Badge) Key(t time.Time, loc *time.Location) string {
	switch b.Per {
	case BadgePerYear:
		return b.Name + "@" + t.In(loc).Format("2006")
	case BadgePerMonth:
		return b.Name + "@" + t.In(loc).Format("2006-01")
	}
	return b.Name
}

// Points is how a rule computes its points: exactly one of Fixed, PerUnit or Expression.
type Points struct {
	Fixed      *int64   `json:"fixed,omitempty"`
	PerUnit    *PerUnit `json:"perUnit,omitempty"`
	Expression string   `json:"expression,omitempty"`
	Rounding   Rounding `json:"rounding"`
}

// PerUnit awards Points for every Unit of Field.
type PerUnit struct {
	Field  string `json:"field"`
	Unit   string `json:"unit"`
	Points string `json:"points"`
}

// Tiers is the compiled TierPolicy.
type Tiers struct {
	Metric         Metric         `json:"metric"`
	Window         Window         `json:"window"`
	WindowMonths   int32          `json:"windowMonths,omitempty"`
	Levels         []Tier         `json:"levels"`
	ReviewSchedule string         `json:"reviewSchedule"`
	ValidityMonths int32          `json:"validityMonths"`
	GraceMonths    int32          `json:"graceMonths"`
	Downgrade      Downgrade      `json:"downgrade"`
	GrowthValue    GrowthAtReview `json:"growthValue"`
	// SpendEventTypes are the event types whose amount counts toward metric Spend; empty (a
	// rule set compiled before the setting existed) means purchases.
	SpendEventTypes []string `json:"spendEventTypes,omitempty"`
	// OnReversal is Reevaluate or AtReview; empty means Reevaluate.
	OnReversal OnReversal `json:"onReversal,omitempty"`
}

// CountsSpend reports whether an event of type eventType counts its amount toward metric
// Spend. Without tiers, purchases do.
func (t *Tiers) CountsSpend(eventType string) bool {
	if t == nil || len(t.SpendEventTypes) == 0 {
		return eventType == "purchase"
	}
	return slices.Contains(t.SpendEventTypes, eventType)
}

// ReevaluatesOnReversal reports whether a reversal moves a member down at once.
func (t *Tiers) ReevaluatesOnReversal() bool { return t != nil && t.OnReversal != OnReversalAtReview }

// Tier is one level, lowest first in Tiers.Levels.
type Tier struct {
	Name           string `json:"name"`
	Threshold      int64  `json:"threshold"`
	EarnMultiplier string `json:"earnMultiplier"`
}

// CatalogItem is a reward, with the catalog it came from.
type CatalogItem struct {
	Catalog        string     `json:"catalog"`
	SKU            string     `json:"sku"`
	Name           string     `json:"name"`
	PointsCost     int64      `json:"pointsCost"`
	CashPart       string     `json:"cashPart,omitempty"`
	Stock          *int64     `json:"stock,omitempty"`
	PerMemberLimit int32      `json:"perMemberLimit,omitempty"`
	MinTier        string     `json:"minTier,omitempty"`
	AvailableFrom  *time.Time `json:"availableFrom,omitempty"`
	AvailableUntil *time.Time `json:"availableUntil,omitempty"`
}

// PointsPayment is the points-as-payment arithmetic.
type PointsPayment struct {
	PointsPerCurrencyUnit string `json:"pointsPerCurrencyUnit"`
	MinPoints             int64  `json:"minPoints"`
	MaxOrderPercent       int32  `json:"maxOrderPercent"`
	Step                  int64  `json:"step"`
}

// Item returns the catalog item with sku.
func (rs *Ruleset) Item(sku string) (CatalogItem, bool) {
	for _, it := range rs.Catalog {
		if it.SKU == sku {
			return it, true
		}
	}
	return CatalogItem{}, false
}
