package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Decimal is a non-negative decimal number written as a string, such as "1", "0.01" or
// "1.25". Money, rates and multipliers are decimals so that no value is ever rounded by a
// floating-point conversion on its way through YAML, JSON or Go.
// +kubebuilder:validation:MinLength=1
// +kubebuilder:validation:MaxLength=24
// +kubebuilder:validation:XValidation:rule="self.matches('^(0|[1-9][0-9]{0,14})([.][0-9]{1,8})?$')",message="must be a non-negative decimal written as a string, such as \"1\" or \"0.01\" (at most 8 decimal places)"
type Decimal string

// PositiveDecimal is a decimal number greater than zero written as a string, such as "1.5".
// +kubebuilder:validation:MinLength=1
// +kubebuilder:validation:MaxLength=24
// +kubebuilder:validation:XValidation:rule="self.matches('^(0|[1-9][0-9]{0,14})([.][0-9]{1,8})?$') && !self.matches('^0([.]0+)?$')",message="must be a decimal greater than zero written as a string, such as \"1.5\" (at most 8 decimal places)"
type PositiveDecimal string

// TimeZone is an IANA time zone name such as "Asia/Shanghai", "Europe/Paris" or "UTC".
// The schema checks the form; the controller checks that the zone exists and reports an
// unknown zone in status.
// +kubebuilder:validation:MinLength=1
// +kubebuilder:validation:MaxLength=64
// +kubebuilder:validation:XValidation:rule="self.matches('^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$')",message="must be an IANA time zone name such as \"Asia/Shanghai\" or \"UTC\""
type TimeZone string

// CronSchedule is a standard five-field cron expression ("minute hour day-of-month month
// day-of-week", for example "0 3 * * *") or one of @yearly, @monthly, @weekly, @daily,
// @hourly. The time zone is not part of the schedule: it comes from the program.
// +kubebuilder:validation:MinLength=1
// +kubebuilder:validation:MaxLength=100
// +kubebuilder:validation:XValidation:rule="self.matches('^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|[0-9*/,-]+[ ]+[0-9*/,-]+[ ]+[0-9*/,?LW-]+[ ]+[0-9A-Za-z*/,-]+[ ]+[0-9A-Za-z*/,?L#-]+)$')",message="must be a five-field cron schedule such as \"0 3 * * *\" or one of @yearly, @monthly, @weekly, @daily, @hourly; set the time zone on the program, not in the schedule"
type CronSchedule string

// Period is a length of time written as a whole number and a unit: "mo" (calendar
// months), "d" (days), "h" (hours) or "m" (minutes). For example "12mo", "90d" or "5m".
// +kubebuilder:validation:MinLength=2
// +kubebuilder:validation:MaxLength=16
// +kubebuilder:validation:XValidation:rule="self.matches('^[1-9][0-9]{0,4}(mo|d|h|m)$')",message="must be a whole number followed by mo, d, h or m, such as \"12mo\", \"90d\" or \"5m\""
type Period string

// ProgramReference names the PointsProgram, in the same namespace, that an object belongs to.
type ProgramReference struct {
	// name of the PointsProgram in this namespace.
	// +required
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:XValidation:rule="self.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$')",message="must be the name of a PointsProgram in this namespace: lower-case letters, digits and '-'"
	Name string `json:"name"`
}

// CapPeriod is the period over which a cap counts. Day, Week, Month and Year follow the
// calendar in the program's time zone (weeks start on Monday); Lifetime never resets.
// +kubebuilder:validation:Enum=Day;Week;Month;Year;Lifetime
type CapPeriod string

const (
	CapPeriodDay      CapPeriod = "Day"
	CapPeriodWeek     CapPeriod = "Week"
	CapPeriodMonth    CapPeriod = "Month"
	CapPeriodYear     CapPeriod = "Year"
	CapPeriodLifetime CapPeriod = "Lifetime"
)

// Cap limits what one member can earn over a period: a number of points, a number of
// awards, or both. An award that would pass a points cap is cut down to the room left.
// +kubebuilder:validation:XValidation:rule="has(self.maxPoints) || has(self.maxCount)",message="a cap needs maxPoints, maxCount or both"
type Cap struct {
	// period over which the cap counts: Day, Week, Month, Year (a calendar year: "a birthday
	// bonus once a year") or Lifetime.
	// +required
	Period CapPeriod `json:"period"`

	// maxPoints is the most points a member can earn in the period.
	// +optional
	// +kubebuilder:validation:Minimum=1
	MaxPoints *int64 `json:"maxPoints,omitempty"`

	// maxCount is the most awards a member can receive in the period.
	// +optional
	// +kubebuilder:validation:Minimum=1
	MaxCount *int32 `json:"maxCount,omitempty"`
}

// ExpiryPolicy says when earned points expire.
// +kubebuilder:validation:Enum=Never;Rolling;YearlyClearing
type ExpiryPolicy string

const (
	// ExpiryNever keeps points until they are spent.
	ExpiryNever ExpiryPolicy = "Never"
	// ExpiryRolling expires each lot a fixed period after it was earned.
	ExpiryRolling ExpiryPolicy = "Rolling"
	// ExpiryYearlyClearing expires everything earned in a year on one date of a later year.
	ExpiryYearlyClearing ExpiryPolicy = "YearlyClearing"
)

// LotExpiry says when the points of one award (a lot) expire.
// +kubebuilder:validation:XValidation:rule="!has(self.policy) || self.policy != 'Rolling' || has(self.rolling)",message="policy Rolling needs rolling.period, for example rolling: {period: 12mo}"
// +kubebuilder:validation:XValidation:rule="(has(self.policy) && self.policy == 'Rolling') || !has(self.rolling)",message="rolling is only used with policy: Rolling"
// +kubebuilder:validation:XValidation:rule="(has(self.policy) && self.policy == 'YearlyClearing') || !has(self.yearlyClearing)",message="yearlyClearing is only used with policy: YearlyClearing"
type LotExpiry struct {
	// policy is Never (points do not expire), Rolling (each lot expires rolling.period after
	// it was earned) or YearlyClearing (points earned in a year expire together on one date).
	// +optional
	// +kubebuilder:default=Never
	Policy ExpiryPolicy `json:"policy,omitempty"`

	// rolling configures policy Rolling.
	// +optional
	Rolling *RollingExpiry `json:"rolling,omitempty"`

	// yearlyClearing configures policy YearlyClearing. Omitted, points earned in year Y
	// expire at the end of 31 December of year Y+1.
	// +optional
	YearlyClearing *YearlyClearing `json:"yearlyClearing,omitempty"`
}

// RollingExpiry expires each lot a fixed period after it was earned.
type RollingExpiry struct {
	// period after which a lot expires, such as "12mo", "90d" or, for trials, "5m".
	// +required
	Period Period `json:"period"`
}

// YearlyClearing expires every point earned in calendar year Y at the end of the day
// month/day of year Y+afterYears, in the program's time zone.
// +kubebuilder:validation:XValidation:rule="!has(self.month) || !has(self.day) || self.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][self.month - 1]",message="day does not exist in that month"
type YearlyClearing struct {
	// month of the clearing date, 1 to 12.
	// +optional
	// +kubebuilder:default=12
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=12
	Month int32 `json:"month,omitempty"`

	// day of the clearing date, 1 to 31. On 29 February the clearing happens on 28 February
	// in years that are not leap years.
	// +optional
	// +kubebuilder:default=31
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=31
	Day int32 `json:"day,omitempty"`

	// afterYears is how many years after the year of earning the clearing happens: 1 (the
	// default) means points earned in 2026 clear on the date in 2027; 0 means in 2026 itself.
	// +optional
	// +kubebuilder:default=1
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=10
	AfterYears *int32 `json:"afterYears,omitempty"`
}

// CommonStatus is the part of status that every kind shares, in the shape that kubectl
// wait, kstatus (Flux) and Argo CD health checks read.
type CommonStatus struct {
	// observedGeneration is the metadata.generation that status describes. It is -1 until the
	// controller has looked at the object, so a new object never appears up to date.
	// +optional
	// +kubebuilder:default=-1
	ObservedGeneration int64 `json:"observedGeneration,omitempty"`

	// conditions describe the current state. Ready is True when everything the object
	// declares is in effect.
	// +optional
	// +listType=map
	// +listMapKey=type
	// +kubebuilder:validation:MaxItems=16
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}

// Condition types and reasons shared by the four kinds.
const (
	// ConditionReady is True when everything the object declares is in effect.
	ConditionReady = "Ready"
	// ConditionReconciling is True while the controller is working towards a new generation.
	ConditionReconciling = "Reconciling"
	// ConditionStalled is True when the controller cannot make progress until the spec
	// changes: a rule object whose spec does not compile.
	ConditionStalled = "Stalled"
)

// ReconcileRequestAnnotation, set to any new value (a time, say), makes the operator
// re-assert a program's database state (roles, grants, passwords) at once, which it otherwise
// does only when something it provisions from changes.
const ReconcileRequestAnnotation = "loyalty.tally.dev/reconcile-requested-at"

// Condition reasons the controllers write, so that code and tests name them rather than
// match strings. A condition's message says more.
const (
	// ReasonAvailable says the ledger Deployment has its replicas available.
	ReasonAvailable = "Available"
	// ReasonDatabaseUnavailable says the program's database cannot be reached or written.
	ReasonDatabaseUnavailable = "DatabaseUnavailable"
	// ReasonDeprovisioned says the program's data was dropped, as its deletionPolicy Delete
	// asks, on its way out.
	ReasonDeprovisioned = "Deprovisioned"
	// ReasonDeletionBlocked says the finalizer cannot clean up yet; the message says why.
	ReasonDeletionBlocked = "DeletionBlocked"
	// ReasonDelivering says every export sink takes what it is sent.
	ReasonDelivering = "Delivering"
	// ReasonError says a pass failed for a reason the message gives; it is tried again.
	ReasonError = "Error"
	// ReasonInsufficientPrivilege says a LedgerDatabase's admin role may not create databases and roles.
	ReasonInsufficientPrivilege = "InsufficientPrivilege"
	// ReasonInvalidRules says the program's objects do not compile; the last good rule set stays in effect.
	ReasonInvalidRules = "InvalidRules"
	// ReasonInvalidSelector says a LedgerDatabase's namespace selector is not valid.
	ReasonInvalidSelector = "InvalidSelector"
	// ReasonInvalidSpec says the object's spec does not compile; the message names the field.
	ReasonInvalidSpec = "InvalidSpec"
	// ReasonInvalidURI says a LedgerDatabase's admin Secret holds no usable URI.
	ReasonInvalidURI = "InvalidURI"
	// ReasonMigrating: a Job migrates the program's schema; the ledger keeps serving on the
	// version before.
	ReasonMigrating = "Migrating"
	// ReasonMigrationFailed: the migration Job failed; its log says why.
	ReasonMigrationFailed = "MigrationFailed"
	// ReasonPending says the condition waits on an earlier step.
	ReasonPending = "Pending"
	// ReasonProgramNotFound says spec.programRef names no PointsProgram of the namespace.
	ReasonProgramNotFound = "ProgramNotFound"
	// ReasonProgramRulesInvalid says another object of the program does not compile, so no rule set including this one is published.
	ReasonProgramRulesInvalid = "ProgramRulesInvalid"
	// ReasonProgressing says the ledger Deployment is rolling out.
	ReasonProgressing = "Progressing"
	// ReasonPublished says the rule set that includes the object is the one in effect.
	ReasonPublished = "Published"
	// ReasonPublishing says the program has not published the rule set that includes the object yet: progress, not a fault.
	ReasonPublishing = "Publishing"
	// ReasonReady says everything the object declares is in effect.
	ReasonReady = "Ready"
	// ReasonReconciling says the controller is working towards the object's new generation.
	ReasonReconciling = "Reconciling"
	// ReasonScheduled says the program's CronJobs are in place.
	ReasonScheduled = "Scheduled"
	// ReasonSecretNotFound says a LedgerDatabase's admin Secret does not exist.
	ReasonSecretNotFound = "SecretNotFound"
	// ReasonSinkFailing says an export sink is refusing or unreachable.
	ReasonSinkFailing = "SinkFailing"
	// ReasonUnavailable says the ledger Deployment has no replica available.
	ReasonUnavailable = "Unavailable"
	// ReasonUnreachable says a LedgerDatabase's server cannot be reached.
	ReasonUnreachable = "Unreachable"
)
