package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// TierMetric is what moves a member between tiers.
// +kubebuilder:validation:Enum=PointsEarned;Spend;GrowthValue
type TierMetric string

const (
	// MetricPointsEarned counts points earned in the window (not reduced by spending).
	MetricPointsEarned TierMetric = "PointsEarned"
	// MetricSpend counts money spent on purchases in the window, in whole currency units.
	MetricSpend TierMetric = "Spend"
	// MetricGrowthValue counts a separate growth value: one per point earned by rules that
	// count towards tiers, kept apart from the spendable balance.
	MetricGrowthValue TierMetric = "GrowthValue"
)

// WindowType is how the qualifying window moves.
// +kubebuilder:validation:Enum=Rolling;CalendarYear
type WindowType string

const (
	// WindowRolling counts the last `months` months.
	WindowRolling WindowType = "Rolling"
	// WindowCalendarYear counts from 1 January of the current year in the program's time zone.
	WindowCalendarYear WindowType = "CalendarYear"
)

// DowngradeMode says where a member lands when a tier is not renewed.
// +kubebuilder:validation:Enum=OneLevel;ToQualified
type DowngradeMode string

const (
	// DowngradeOneLevel moves the member one tier down at a time.
	DowngradeOneLevel DowngradeMode = "OneLevel"
	// DowngradeToQualified moves the member straight to the tier their metric qualifies for.
	DowngradeToQualified DowngradeMode = "ToQualified"
)

// GrowthValueAtReview says what happens to a member's growth value at review.
// +kubebuilder:validation:Enum=Reset;CarryOver
type GrowthValueAtReview string

const (
	GrowthValueReset     GrowthValueAtReview = "Reset"
	GrowthValueCarryOver GrowthValueAtReview = "CarryOver"
)

// ReversalTierMode says when a reversal moves a member down the tiers.
// +kubebuilder:validation:Enum=Reevaluate;AtReview
type ReversalTierMode string

const (
	ReversalReevaluate ReversalTierMode = "Reevaluate"
	ReversalAtReview   ReversalTierMode = "AtReview"
)

// TierPolicySpec declares a program's tiers and how members move between them. Members
// move up as soon as they qualify, on the event that gets them there; they move down only at
// review. A program has at most one TierPolicy.
type TierPolicySpec struct {
	// programRef names the PointsProgram these tiers belong to. It cannot be changed.
	// +required
	// +kubebuilder:validation:XValidation:rule="self == oldSelf",message="programRef is immutable: create a new TierPolicy for another program"
	ProgramRef ProgramReference `json:"programRef"`

	// metric moves members between tiers: PointsEarned (the default), Spend or GrowthValue.
	// +optional
	// +kubebuilder:default=PointsEarned
	Metric TierMetric `json:"metric,omitempty"`

	// spendEventTypes are the event types whose amount counts toward metric Spend: purchases
	// only, unless this lists others. A reversal takes back what its event counted.
	// +optional
	// +kubebuilder:default={purchase}
	// +listType=set
	// +kubebuilder:validation:MinItems=1
	// +kubebuilder:validation:MaxItems=20
	// +kubebuilder:validation:items:Pattern=`^[a-z][a-z0-9_]{0,62}$`
	// +kubebuilder:validation:items:MaxLength=63
	SpendEventTypes []string `json:"spendEventTypes,omitempty"`

	// window over which the metric counts.
	// +optional
	// +kubebuilder:default={}
	Window TierWindow `json:"window,omitempty"`

	// tiers from lowest to highest, each with the threshold of the metric that qualifies for
	// it. A member below the first threshold has no tier and earns at 1x.
	// +required
	// +listType=map
	// +listMapKey=name
	// +kubebuilder:validation:MinItems=1
	// +kubebuilder:validation:MaxItems=10
	// +kubebuilder:validation:XValidation:rule="self.map(t, t.threshold).isSorted() && self.all(a, self.exists_one(b, b.threshold == a.threshold))",message="tier thresholds must be strictly ascending: list tiers from lowest to highest with different thresholds"
	Tiers []Tier `json:"tiers"`

	// review configures the periodic job that renews or downgrades members.
	// +optional
	// +kubebuilder:default={}
	Review TierReview `json:"review,omitempty"`
}

// TierWindow is the window over which the tier metric counts.
// +kubebuilder:validation:XValidation:rule="!has(self.type) || self.type == 'Rolling' || !has(self.months)",message="months is only used with type: Rolling"
type TierWindow struct {
	// type is Rolling (the last `months` months, the default) or CalendarYear.
	// +optional
	// +kubebuilder:default=Rolling
	Type WindowType `json:"type,omitempty"`

	// months of a Rolling window. Omitted, 12.
	// +optional
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=60
	Months *int32 `json:"months,omitempty"`
}

// Tier is one level of a program.
type Tier struct {
	// name of the tier, such as "Gold". Catalog items and CEL conditions refer to it.
	// +required
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=40
	// +kubebuilder:validation:XValidation:rule="self.matches('^[A-Za-z][A-Za-z0-9_-]*$')",message="must start with a letter and hold only letters, digits, '_' and '-', such as \"Gold\""
	Name string `json:"name"`

	// threshold of the metric (points, or whole currency units of spend) that qualifies a
	// member for the tier.
	// +required
	// +kubebuilder:validation:Minimum=0
	Threshold int64 `json:"threshold"`

	// earnMultiplier multiplies the points of rules that apply the tier multiplier, such
	// as "1.25". Omitted, "1".
	// +optional
	// +kubebuilder:default="1"
	EarnMultiplier PositiveDecimal `json:"earnMultiplier,omitempty"`

	// description of the tier's benefits, for the people who read the YAML.
	// +optional
	// +kubebuilder:validation:MaxLength=500
	Description string `json:"description,omitempty"`
}

// TierReview configures the tier review job.
type TierReview struct {
	// schedule of the review CronJob, in the program's time zone. The default runs at
	// 04:00 on the first day of every month.
	// +optional
	// +kubebuilder:default="0 4 1 * *"
	Schedule CronSchedule `json:"schedule,omitempty"`

	// validityMonths is how long a tier, once reached, lasts before it is reviewed.
	// +optional
	// +kubebuilder:default=12
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=60
	ValidityMonths int32 `json:"validityMonths,omitempty"`

	// graceMonths is how long after validity ends a member keeps the tier before a downgrade.
	// +optional
	// +kubebuilder:default=0
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=24
	GraceMonths int32 `json:"graceMonths,omitempty"`

	// downgrade is OneLevel (the default: one tier down at a time) or ToQualified (straight
	// to the tier the metric qualifies for).
	// +optional
	// +kubebuilder:default=OneLevel
	Downgrade DowngradeMode `json:"downgrade,omitempty"`

	// onReversal says what a reversal (a refund) does to a tier that its event helped
	// reach: Reevaluate (the default) moves the member at once to the tier they still
	// qualify for, never below the tier they held before that event; AtReview leaves the tier
	// until the next review.
	// +optional
	// +kubebuilder:default=Reevaluate
	OnReversal ReversalTierMode `json:"onReversal,omitempty"`

	// growthValue says what happens to growth value at review: Reset (the default) or
	// CarryOver. Used with metric GrowthValue.
	// +optional
	// +kubebuilder:default=Reset
	GrowthValue GrowthValueAtReview `json:"growthValue,omitempty"`
}

// TierPolicyStatus is what the operator has made of a TierPolicy.
type TierPolicyStatus struct {
	CommonStatus `json:",inline"`

	// rulesetVersion is the version of the program's rule set that includes this generation
	// of the policy.
	// +optional
	RulesetVersion string `json:"rulesetVersion,omitempty"`
}

// TierPolicy declares a program's tiers, what qualifies a member for each, and how members
// are reviewed.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:resource:shortName=tp,categories=loyalty
// +kubebuilder:printcolumn:name="Program",type=string,JSONPath=`.spec.programRef.name`
// +kubebuilder:printcolumn:name="Metric",type=string,JSONPath=`.spec.metric`
// +kubebuilder:printcolumn:name="Top tier",type=string,JSONPath=`.spec.tiers[-1:].name`
// +kubebuilder:printcolumn:name="Ready",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].status`
// +kubebuilder:printcolumn:name="Status",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].message`,priority=1
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=`.metadata.creationTimestamp`
type TierPolicy struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// spec declares the tiers.
	// +required
	Spec TierPolicySpec `json:"spec"`

	// status is what the operator has made of it.
	// +optional
	// +kubebuilder:default={"observedGeneration":-1}
	Status TierPolicyStatus `json:"status,omitempty"`
}

// TierPolicyList is a list of TierPolicies.
// +kubebuilder:object:root=true
type TierPolicyList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []TierPolicy `json:"items"`
}

func init() {
	SchemeBuilder.Register(&TierPolicy{}, &TierPolicyList{})
}
