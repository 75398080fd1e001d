package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// EventType is the kind of member activity a rule listens to.
// +kubebuilder:validation:Enum=purchase;sign_in;review;share;profile_completed;referral;custom
type EventType string

const (
	EventPurchase         EventType = "purchase"
	EventSignIn           EventType = "sign_in"
	EventReview           EventType = "review"
	EventShare            EventType = "share"
	EventProfileCompleted EventType = "profile_completed"
	EventReferral         EventType = "referral"
	// EventCustom matches events whose type is the rule's customEventType.
	EventCustom EventType = "custom"
)

// RuleMode says whether a rule awards points.
// +kubebuilder:validation:Enum=Active;Shadow;Disabled
type RuleMode string

const (
	// RuleActive awards points.
	RuleActive RuleMode = "Active"
	// RuleShadow evaluates the rule and reports what it would award, crediting nothing, so
	// that a new rule can be tried on live traffic.
	RuleShadow RuleMode = "Shadow"
	// RuleDisabled ignores the rule.
	RuleDisabled RuleMode = "Disabled"
)

// Stacking says how a rule combines with other matching rules.
// +kubebuilder:validation:Enum=Stackable;Exclusive
type Stacking string

const (
	// Stackable rules add up with every other matching rule.
	Stackable Stacking = "Stackable"
	// Exclusive rules compete within their exclusiveGroup: only the matching rule with the
	// highest priority awards points.
	Exclusive Stacking = "Exclusive"
)

// Rounding says how fractional points become whole points.
// +kubebuilder:validation:Enum=Down;Up;HalfUp;HalfEven
type Rounding string

const (
	RoundDown     Rounding = "Down"
	RoundUp       Rounding = "Up"
	RoundHalfUp   Rounding = "HalfUp"
	RoundHalfEven Rounding = "HalfEven"
)

// EarnRuleSpec declares one way to earn (or, with negative points, to lose) points.
// +kubebuilder:validation:XValidation:rule="has(self.points) || has(self.badge)",message="a rule awards points, a badge or both: set points, badge or both"
// +kubebuilder:validation:XValidation:rule="self.eventType != 'custom' || has(self.customEventType)",message="eventType custom needs customEventType, the event type to match, such as \"delivery_refused\""
// +kubebuilder:validation:XValidation:rule="self.eventType == 'custom' || !has(self.customEventType)",message="customEventType is only used with eventType: custom"
// +kubebuilder:validation:XValidation:rule="self.stacking != 'Exclusive' || has(self.exclusiveGroup)",message="stacking Exclusive needs exclusiveGroup, the name of the group whose rules compete"
// +kubebuilder:validation:XValidation:rule="self.stacking == 'Exclusive' || !has(self.exclusiveGroup)",message="exclusiveGroup is only used with stacking: Exclusive"
// +kubebuilder:validation:XValidation:rule="!has(self.effectiveFrom) || !has(self.effectiveUntil) || self.effectiveUntil > self.effectiveFrom",message="effectiveUntil must be after effectiveFrom"
type EarnRuleSpec struct {
	// programRef names the PointsProgram this rule belongs to. It cannot be changed; create a
	// new rule instead.
	// +required
	// +kubebuilder:validation:XValidation:rule="self == oldSelf",message="programRef is immutable: create a new EarnRule for another program"
	ProgramRef ProgramReference `json:"programRef"`

	// description says what the rule is for, for the people who read the YAML.
	// +optional
	// +kubebuilder:validation:MaxLength=500
	Description string `json:"description,omitempty"`

	// eventType is the member activity the rule listens to: purchase, sign_in, review,
	// share, profile_completed, referral, or custom (then customEventType names it).
	// +required
	EventType EventType `json:"eventType"`

	// customEventType is the event type to match when eventType is custom, such as
	// "delivery_refused".
	// +optional
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:XValidation:rule="self.matches('^[a-z][a-z0-9_]*$')",message="must be lower-case letters, digits and '_', starting with a letter, such as \"delivery_refused\""
	CustomEventType string `json:"customEventType,omitempty"`

	// condition is a CEL expression over `event` and `member` that must be true for the rule
	// to award points, such as `event.amount >= 50.0 && member.tier != ""`. Omitted, every
	// event of the type matches. See docs/rules.md for the variables.
	// +optional
	// +kubebuilder:validation:MaxLength=4096
	Condition string `json:"condition,omitempty"`

	// points says how many points a matching event earns. A rule that awards a badge may
	// award no points.
	// +optional
	Points *PointsSpec `json:"points,omitempty"`

	// badge is awarded to a member the first time the rule matches one of their events (or
	// the first time in each year or month, as per says), with or without points: "Critic"
	// for a tenth review, say. The member's badges are listed at
	// GET /v1/members/{id}/badges and announced by a BadgeAwarded notice.
	// +optional
	Badge *BadgeSpec `json:"badge,omitempty"`

	// growthValue says how much growth value (成长值) a matching event gives toward tiers whose
	// metric is GrowthValue, apart from its spendable points: fixed, perUnit or expression,
	// as for points, without the tier multiplier. Omitted, the growth value is the points the
	// rule awards (negative for a penalty, which then deducts growth value). A reversal takes
	// back the growth value its event gave.
	// +optional
	GrowthValue *GrowthValueSpec `json:"growthValue,omitempty"`

	// applyTierMultiplier multiplies the points by the member's tier earn multiplier.
	// Set it to false for penalties and for flat bonuses.
	// +optional
	// +kubebuilder:default=true
	ApplyTierMultiplier *bool `json:"applyTierMultiplier,omitempty"`

	// caps limit what one member can earn from this rule per day, week, month or lifetime.
	// +optional
	// +listType=map
	// +listMapKey=period
	// +kubebuilder:validation:MaxItems=4
	Caps []Cap `json:"caps,omitempty"`

	// effectiveFrom is when the rule starts to apply. Omitted, it applies at once.
	// +optional
	EffectiveFrom *metav1.Time `json:"effectiveFrom,omitempty"`

	// effectiveUntil is when the rule stops applying. Omitted, it applies until removed.
	// +optional
	EffectiveUntil *metav1.Time `json:"effectiveUntil,omitempty"`

	// priority orders rules: higher first. Within an exclusive group only the matching rule
	// with the highest priority awards points; ties go to the rule whose name sorts first.
	// +optional
	// +kubebuilder:default=0
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=1000
	Priority int32 `json:"priority,omitempty"`

	// stacking is Stackable (add up with every other matching rule) or Exclusive (compete
	// with the rules of exclusiveGroup; the highest priority wins).
	// +optional
	// +kubebuilder:default=Stackable
	Stacking Stacking `json:"stacking,omitempty"`

	// exclusiveGroup names the group of Exclusive rules this rule competes in, such as
	// "purchase-promotions".
	// +optional
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:XValidation:rule="self.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$')",message="must be lower-case letters, digits and '-'"
	ExclusiveGroup string `json:"exclusiveGroup,omitempty"`

	// mode is Active (award points), Shadow (report what would be awarded, credit nothing)
	// or Disabled.
	// +optional
	// +kubebuilder:default=Active
	Mode RuleMode `json:"mode,omitempty"`

	// expiry overrides the program's expiry policy for the points this rule awards.
	// +optional
	Expiry *LotExpiry `json:"expiry,omitempty"`
}

// PointsSpec says how many points a matching event earns: exactly one of fixed, perUnit
// or expression.
// +kubebuilder:validation:XValidation:rule="[has(self.fixed), has(self.perUnit), has(self.expression)].filter(x, x).size() == 1",message="set exactly one of fixed, perUnit or expression"
// +kubebuilder:validation:XValidation:rule="!has(self.fixed) || self.fixed != 0",message="fixed must not be 0: use mode Disabled to turn a rule off"
type PointsSpec struct {
	// fixed awards this many points per matching event. Negative values take points away,
	// for penalties.
	// +optional
	// +kubebuilder:validation:Minimum=-1000000000
	// +kubebuilder:validation:Maximum=1000000000
	Fixed *int64 `json:"fixed,omitempty"`

	// perUnit awards points in proportion to a number on the event, such as 1 point per
	// 1 CNY of the purchase amount.
	// +optional
	PerUnit *PerUnitPoints `json:"perUnit,omitempty"`

	// expression is a CEL expression over `event` and `member` that returns the points as a
	// number, such as `event.amount * 2.0`.
	// +optional
	// +kubebuilder:validation:MaxLength=4096
	Expression string `json:"expression,omitempty"`

	// rounding turns fractional points into whole points: Down (the default), Up, HalfUp or
	// HalfEven. It applies after the tier multiplier.
	// +optional
	// +kubebuilder:default=Down
	Rounding Rounding `json:"rounding,omitempty"`
}

// BadgeSpec is a badge a rule awards.
type BadgeSpec struct {
	// name of the badge as members see it, such as "Critic" or "7-day streak".
	// +required
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:Pattern=`^[^\x00-\x1F\x7F]+$`
	Name string `json:"name"`

	// description says what earned it, such as "Ten reviews written".
	// +optional
	// +kubebuilder:validation:MaxLength=200
	Description string `json:"description,omitempty"`

	// per says how often a member can earn it: once (Member, the default), once a calendar
	// Year or once a Month, in the program's time zone.
	// +optional
	// +kubebuilder:default=Member
	Per BadgePeriod `json:"per,omitempty"`
}

// BadgePeriod is how often a member can earn a badge.
// +kubebuilder:validation:Enum=Member;Year;Month
type BadgePeriod string

const (
	BadgeOnce     BadgePeriod = "Member"
	BadgePerYear  BadgePeriod = "Year"
	BadgePerMonth BadgePeriod = "Month"
)

// GrowthValueSpec says how much growth value a matching event gives: exactly one of fixed,
// perUnit or expression. fixed 0 gives none.
// +kubebuilder:validation:XValidation:rule="[has(self.fixed), has(self.perUnit), has(self.expression)].filter(x, x).size() == 1",message="set exactly one of fixed, perUnit or expression"
type GrowthValueSpec struct {
	// fixed gives this much growth value per matching event; negative takes it away.
	// +optional
	// +kubebuilder:validation:Minimum=-1000000000
	// +kubebuilder:validation:Maximum=1000000000
	Fixed *int64 `json:"fixed,omitempty"`

	// perUnit gives growth value in proportion to a number on the event, such as 1 per 10
	// CNY of the purchase amount.
	// +optional
	PerUnit *PerUnitPoints `json:"perUnit,omitempty"`

	// expression is a CEL expression over `event` and `member` that returns the growth value
	// as a number.
	// +optional
	// +kubebuilder:validation:MaxLength=4096
	Expression string `json:"expression,omitempty"`

	// rounding turns a fractional growth value into a whole one: Down (the default), Up,
	// HalfUp or HalfEven.
	// +optional
	// +kubebuilder:default=Down
	Rounding Rounding `json:"rounding,omitempty"`
}

// PerUnitPoints awards `points` for every `unit` of a number on the event.
type PerUnitPoints struct {
	// field is the number on the event to count: "amount" (the default) or
	// "attributes.<name>" for a numeric attribute.
	// +optional
	// +kubebuilder:default=amount
	// +kubebuilder:validation:MaxLength=100
	// +kubebuilder:validation:XValidation:rule="self.matches('^(amount|attributes[.][A-Za-z_][A-Za-z0-9_]*)$')",message="must be \"amount\" or \"attributes.<name>\""
	Field string `json:"field,omitempty"`

	// unit is the size of one unit of field, such as "1" for every 1 CNY.
	// +optional
	// +kubebuilder:default="1"
	Unit PositiveDecimal `json:"unit,omitempty"`

	// points awarded per unit, such as "1".
	// +required
	Points PositiveDecimal `json:"points"`
}

// EarnRuleStatus is what the operator has made of an EarnRule.
type EarnRuleStatus struct {
	CommonStatus `json:",inline"`

	// rulesetVersion is the version of the program's rule set that includes this generation
	// of the rule. The rule is Ready once the program has published that version.
	// +optional
	RulesetVersion string `json:"rulesetVersion,omitempty"`
}

// EarnRule is one way to earn points in a program: which events, under what condition, how
// many points, within which caps and window.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:resource:shortName=er,categories=loyalty
// +kubebuilder:printcolumn:name="Program",type=string,JSONPath=`.spec.programRef.name`
// +kubebuilder:printcolumn:name="Event",type=string,JSONPath=`.spec.eventType`
// +kubebuilder:printcolumn:name="Mode",type=string,JSONPath=`.spec.mode`
// +kubebuilder:printcolumn:name="Ready",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].status`
// +kubebuilder:printcolumn:name="Status",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].message`,priority=1
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=`.metadata.creationTimestamp`
type EarnRule struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// spec declares the rule.
	// +required
	Spec EarnRuleSpec `json:"spec"`

	// status is what the operator has made of it.
	// +optional
	// +kubebuilder:default={"observedGeneration":-1}
	Status EarnRuleStatus `json:"status,omitempty"`
}

// EarnRuleList is a list of EarnRules.
// +kubebuilder:object:root=true
type EarnRuleList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []EarnRule `json:"items"`
}

func init() {
	SchemeBuilder.Register(&EarnRule{}, &EarnRuleList{})
}
