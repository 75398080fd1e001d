package ruleset

// The words of a rule set, as typed constants: every package that compares them uses these.

// Mode says whether a rule awards points.
type Mode string

const (
	ModeActive   Mode = "Active"
	ModeShadow   Mode = "Shadow" // evaluated and reported, never credited
	ModeDisabled Mode = "Disabled"
)

// Period is what a cap counts over.
type Period string

const (
	PeriodDay      Period = "Day"
	PeriodWeek     Period = "Week"
	PeriodMonth    Period = "Month"
	PeriodYear     Period = "Year"
	PeriodLifetime Period = "Lifetime"
)

// ExpiryPolicy is when points expire.
type ExpiryPolicy string

const (
	ExpiryNever          ExpiryPolicy = "Never"
	ExpiryRolling        ExpiryPolicy = "Rolling"
	ExpiryYearlyClearing ExpiryPolicy = "YearlyClearing"
)

// Rounding turns fractional points into whole points.
type Rounding string

const (
	RoundDown     Rounding = "Down"
	RoundUp       Rounding = "Up"
	RoundHalfUp   Rounding = "HalfUp"
	RoundHalfEven Rounding = "HalfEven"
)

// Metric moves members between tiers.
type Metric string

const (
	MetricPointsEarned Metric = "PointsEarned"
	MetricSpend        Metric = "Spend"
	MetricGrowthValue  Metric = "GrowthValue"
)

// Window is the span a tier metric counts over.
type Window string

const (
	WindowRolling      Window = "Rolling"
	WindowCalendarYear Window = "CalendarYear"
)

// Downgrade is how far a review moves a member down.
type Downgrade string

const (
	DowngradeOneLevel    Downgrade = "OneLevel"
	DowngradeToQualified Downgrade = "ToQualified"
)

// GrowthAtReview is what a review does to growth value.
type GrowthAtReview string

const (
	GrowthReset     GrowthAtReview = "Reset"
	GrowthCarryOver GrowthAtReview = "CarryOver"
)

// OnReversal is when a reversal moves a member down.
type OnReversal string

const (
	OnReversalReevaluate OnReversal = "Reevaluate"
	OnReversalAtReview   OnReversal = "AtReview"
)

// BadgePer is how often a member can earn a badge.
type BadgePer string

const (
	BadgeOnce     BadgePer = "Member"
	BadgePerYear  BadgePer = "Year"
	BadgePerMonth BadgePer = "Month"
)
