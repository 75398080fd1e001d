package v1alpha1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// PointsProgramSpec declares one brand's loyalty program: what a point is worth, where its
// ledger keeps its books, how the ledger runs, and when points expire.
type PointsProgramSpec struct {
	// displayName is the program's name as members see it, such as "Bean Rewards".
	// +optional
	// +kubebuilder:validation:MaxLength=100
	DisplayName string `json:"displayName,omitempty"`

	// currency is the ISO 4217 code of the money that purchases are made in and that points
	// are worth, such as "CNY", "EUR" or "USD".
	// +required
	// +kubebuilder:validation:XValidation:rule="self.matches('^[A-Z]{3}$')",message="must be an ISO 4217 currency code of three capital letters, such as \"CNY\""
	// +kubebuilder:validation:MaxLength=3
	Currency string `json:"currency"`

	// pointValue is the cash value of one point in currency, such as "0.01". Finance uses it
	// for the liability: outstanding points times pointValue.
	// +required
	PointValue Decimal `json:"pointValue"`

	// timeZone in which the program's days, weeks, months and years begin and end: daily
	// caps, yearly clearing and the schedules of the program's jobs all follow it.
	// +optional
	// +kubebuilder:default=UTC
	TimeZone TimeZone `json:"timeZone,omitempty"`

	// database is where the program's ledger keeps its books.
	// +required
	Database DatabaseSpec `json:"database"`

	// ledger configures the workload that serves the program's API.
	// +optional
	// +kubebuilder:default={}
	Ledger LedgerSpec `json:"ledger,omitempty"`

	// expiry says when earned points expire and when the expiry job runs. An EarnRule can
	// override the policy for the points it awards.
	// +optional
	// +kubebuilder:default={}
	Expiry ProgramExpiry `json:"expiry,omitempty"`

	// caps limit what one member can earn across all rules of the program, per day, week,
	// month or lifetime, against abuse. Each EarnRule can have caps of its own as well.
	// +optional
	// +listType=map
	// +listMapKey=period
	// +kubebuilder:validation:MaxItems=4
	Caps []Cap `json:"caps,omitempty"`

	// negativeBalance says what happens when a penalty or a refund takes more points than a
	// member has. Forbid (the default) stops at zero and records the shortfall; Allow lets the
	// balance go below zero, to be paid back by later earnings.
	// +optional
	// +kubebuilder:default=Forbid
	NegativeBalance NegativeBalancePolicy `json:"negativeBalance,omitempty"`

	// holds configures points reserved at checkout (points as payment).
	// +optional
	// +kubebuilder:default={}
	Holds HoldSpec `json:"holds,omitempty"`

	// lateEvents says how late an event may reach the ledger. An event that occurred longer
	// ago than maxAge is refused (422, code event_too_late) and changes nothing: it would
	// earn on a day whose caps and tier window have long closed.
	// +optional
	// +kubebuilder:default={}
	LateEvents LateEventsSpec `json:"lateEvents,omitempty"`

	// export sends every change of a member's points to CRM and BI systems as CloudEvents
	// (docs/export.md).
	// +optional
	Export ExportSpec `json:"export,omitempty"`

	// deletionPolicy says what happens to the program's data when the PointsProgram is
	// deleted. Retain (the default) keeps its database (or schema) and roles and every point
	// in them; Delete drops the database, schema and roles that Tally created, and nothing
	// else.
	// +optional
	// +kubebuilder:default=Retain
	DeletionPolicy DeletionPolicy `json:"deletionPolicy,omitempty"`
}

// DatabaseSpec says where a program's ledger keeps its books: on a server the platform team
// offers (ledgerDatabase), or on a server of the brand's own (secretRef).
// +kubebuilder:validation:XValidation:rule="has(self.ledgerDatabase) != has(self.secretRef)",message="set exactly one of ledgerDatabase (a LedgerDatabase the platform team offers; kubectl get ledgerdatabases) or secretRef (a PostgreSQL server of this brand's own)"
// +kubebuilder:validation:XValidation:rule="!has(oldSelf.ledgerDatabase) || (has(self.ledgerDatabase) && self.ledgerDatabase == oldSelf.ledgerDatabase)",message="ledgerDatabase cannot be changed or removed after it is set: the program's data lives there"
// +kubebuilder:validation:XValidation:rule="has(self.schema) == has(oldSelf.schema) && (!has(self.schema) || self.schema == oldSelf.schema)",message="schema cannot be added, changed or removed after creation: the program's data lives there"
type DatabaseSpec struct {
	// ledgerDatabase names the LedgerDatabase (cluster-scoped, made by the platform team) on
	// whose server the program gets a database of its own. The namespace must be one the
	// LedgerDatabase admits. This is how programs get a database; no credential of the
	// server ever appears in this namespace.
	// +optional
	// +kubebuilder:validation:MaxLength=253
	// +kubebuilder:validation:XValidation:rule="self.matches('^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$')",message="must be the name of a LedgerDatabase: lower-case letters, digits, '-' and '.'"
	LedgerDatabase string `json:"ledgerDatabase,omitempty"`

	// secretRef names a Secret in this namespace holding a PostgreSQL connection URI with
	// the right to create schemas and roles, for a brand that brings a server of its own.
	// The program's schema is made in the database the URI names. Anyone who may read
	// Secrets in this namespace holds that URI: it must never be the administrator of a
	// server that other brands use. Programs on a shared server use ledgerDatabase.
	// +optional
	SecretRef *SecretKeyReference `json:"secretRef,omitempty"`

	// schema is the PostgreSQL schema that holds the program's tables. Omitted, it is
	// "tally_<namespace>_<name>" with '-' turned into '_'.
	// +optional
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:XValidation:rule="self.matches('^[a-z_][a-z0-9_]*$') && !self.startsWith('pg_')",message="must be a PostgreSQL identifier of lower-case letters, digits and '_' that does not start with a digit or pg_"
	Schema string `json:"schema,omitempty"`
}

// SecretKeyReference names one key of a Secret in the same namespace.
type SecretKeyReference struct {
	// name of the Secret.
	// +required
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=253
	Name string `json:"name"`

	// key in the Secret that holds the value.
	// +optional
	// +kubebuilder:default=uri
	// +kubebuilder:validation:MaxLength=253
	// +kubebuilder:validation:XValidation:rule="self.matches('^[-._a-zA-Z0-9]+$')",message="must be a Secret key: letters, digits, '-', '_' and '.'"
	Key string `json:"key,omitempty"`
}

// LedgerSpec configures the Deployment that serves a program's ledger API.
type LedgerSpec struct {
	// replicas of the ledger Deployment. Two or more keep the API up while a pod restarts;
	// 0 stops the API, for maintenance such as moving the program's data.
	// +optional
	// +kubebuilder:default=2
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=50
	Replicas *int32 `json:"replicas,omitempty"`

	// autoscaling has a HorizontalPodAutoscaler set the ledger's replicas by CPU, between
	// minReplicas and maxReplicas, instead of replicas (which is then ignored). Removing it
	// gives the count back to replicas.
	// +optional
	Autoscaling *LedgerAutoscaling `json:"autoscaling,omitempty"`

	// resources of each ledger container. Omitted, Tally requests 100m CPU and 64Mi memory
	// and limits memory to 256Mi.
	// +optional
	Resources *corev1.ResourceRequirements `json:"resources,omitempty"`

	// auth configures the bearer tokens that clients present to the ledger API.
	// +optional
	Auth LedgerAuth `json:"auth,omitempty"`

	// allowedClients are the pods that may open connections to the ledger API, as the peers
	// of a NetworkPolicy. Omitted, only pods of the program's own namespace may. Tally writes
	// the NetworkPolicy "<program>-ledger"; it takes effect where the cluster's network
	// enforces NetworkPolicy.
	// +optional
	// +kubebuilder:validation:MaxItems=16
	AllowedClients []LedgerClient `json:"allowedClients,omitempty"`

	// metricsClients are the pods that may scrape the ledger's metrics port (9090), such as
	// {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}. Omitted,
	// nobody may (besides the node): the API's clients do not get the metrics, nor the
	// scrapers the API.
	// +optional
	// +kubebuilder:validation:MaxItems=16
	MetricsClients []LedgerClient `json:"metricsClients,omitempty"`
}

// LedgerAutoscaling bounds the ledger's replicas and sets the CPU use, as a share of each
// container's CPU request, that the HorizontalPodAutoscaler keeps them at.
// +kubebuilder:validation:XValidation:rule="self.minReplicas <= self.maxReplicas",message="minReplicas must not exceed maxReplicas: raise maxReplicas or lower minReplicas"
type LedgerAutoscaling struct {
	// minReplicas is the fewest ledger pods; two keep the API up while one restarts.
	// +optional
	// +kubebuilder:default=2
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=50
	MinReplicas int32 `json:"minReplicas,omitempty"`

	// maxReplicas is the most ledger pods. Each holds connections to the program's database:
	// mind the server's max_connections.
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=50
	MaxReplicas int32 `json:"maxReplicas"`

	// targetCPUUtilizationPercentage is the average CPU use, in percent of the CPU request,
	// that replicas are added or removed to keep.
	// +optional
	// +kubebuilder:default=70
	// +kubebuilder:validation:Minimum=10
	// +kubebuilder:validation:Maximum=100
	TargetCPUUtilizationPercentage int32 `json:"targetCPUUtilizationPercentage,omitempty"`
}

// LedgerClient admits pods to the ledger API. With only podSelector it admits pods of the
// program's namespace; with only namespaceSelector, every pod of the namespaces it selects;
// with both, the selected pods of the selected namespaces.
// +kubebuilder:validation:XValidation:rule="has(self.namespaceSelector) || has(self.podSelector)",message="set namespaceSelector, podSelector or both"
type LedgerClient struct {
	// namespaceSelector selects namespaces by their labels, such as
	// {matchLabels: {kubernetes.io/metadata.name: storefront}}.
	// +optional
	NamespaceSelector *metav1.LabelSelector `json:"namespaceSelector,omitempty"`

	// podSelector selects pods by their labels.
	// +optional
	PodSelector *metav1.LabelSelector `json:"podSelector,omitempty"`
}

// LedgerAuth configures API authentication.
type LedgerAuth struct {
	// tokenSecretName names a Secret in this namespace whose key "token" holds the bearer
	// token clients must present. Omitted, Tally generates "<program>-ledger-token" once and
	// never rotates it by itself.
	// +optional
	// +kubebuilder:validation:MaxLength=253
	TokenSecretName string `json:"tokenSecretName,omitempty"`
}

// ProgramExpiry is the program-wide expiry policy and the schedule of the expiry job.
type ProgramExpiry struct {
	LotExpiry `json:",inline"`

	// schedule of the expiry CronJob, in the program's time zone. Lots are expired only
	// after their expiry time, so the schedule decides how soon after that they go.
	// +optional
	// +kubebuilder:default="15 0 * * *"
	Schedule CronSchedule `json:"schedule,omitempty"`

	// noticeDays is how many days ahead of expiry a member gets a notice that points are
	// about to expire. 0 sends none.
	// +optional
	// +kubebuilder:default=30
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:Maximum=366
	NoticeDays *int32 `json:"noticeDays,omitempty"`
}

// NegativeBalancePolicy says whether a member's balance may go below zero.
// +kubebuilder:validation:Enum=Forbid;Allow
type NegativeBalancePolicy string

const (
	NegativeBalanceForbid NegativeBalancePolicy = "Forbid"
	NegativeBalanceAllow  NegativeBalancePolicy = "Allow"
)

// HoldSpec configures points reserved at checkout.
type HoldSpec struct {
	// ttl is how long a hold lasts before it is released by itself if neither captured nor
	// released, such as "15m".
	// +optional
	// +kubebuilder:default="15m"
	// +kubebuilder:validation:XValidation:rule="self.matches('^([0-9]+([.][0-9]+)?(ns|us|ms|s|m|h))+$') && duration(self) >= duration('1m') && duration(self) <= duration('24h')",message="must be a duration between 1m and 24h, such as \"15m\""
	TTL *metav1.Duration `json:"ttl,omitempty"`
}

// LateEventsSpec bounds how late events may arrive.
type LateEventsSpec struct {
	// maxAge is how long after it occurred an event is still taken, such as "720h" (30
	// days, the default). Points of a late event whose expiry has already passed are
	// recorded as expired, never as spendable.
	// +optional
	// +kubebuilder:default="720h"
	// +kubebuilder:validation:XValidation:rule="self.matches('^([0-9]+([.][0-9]+)?(ns|us|ms|s|m|h))+$') && duration(self) >= duration('1m') && duration(self) <= duration('8784h')",message="must be a duration between 1m and 8784h (366 days), such as \"720h\" for 30 days"
	MaxAge *metav1.Duration `json:"maxAge,omitempty"`
}

// ExportSpec says where a program's changes go.
type ExportSpec struct {
	// sinks are HTTP endpoints that receive every change of a member's points (of the kinds
	// each asks for) as CloudEvents 1.0, signed, at least once and in order per member.
	// +optional
	// +listType=map
	// +listMapKey=name
	// +kubebuilder:validation:MaxItems=8
	Sinks []ExportSink `json:"sinks,omitempty"`

	// analytics gives BI tools read-only access to the program's analytics views
	// (docs/analytics.md).
	// +optional
	Analytics AnalyticsSpec `json:"analytics,omitempty"`

	// eventDetails says how long the ledger keeps what each event said beyond its points, its
	// amount and its time: its attributes and items. The export sends them with each
	// PointsEarned, and rule simulations replay them.
	// +optional
	EventDetails EventDetailsSpec `json:"eventDetails,omitempty"`
}

// EventDetailsSpec is the retention of events' details.
type EventDetailsSpec struct {
	// retention is how long an event's attributes and items are kept, such as "8784h" (366
	// days, the default); the expiry job deletes older ones. An erasure deletes a member's at
	// once.
	// +optional
	// +kubebuilder:validation:Type=string
	// +kubebuilder:validation:MaxLength=32
	// +kubebuilder:validation:XValidation:rule="self.matches('^([0-9]+([.][0-9]+)?(ns|us|ms|s|m|h))+$') && duration(self) >= duration('24h') && duration(self) <= duration('87840h')",message="must be a duration between 24h and 87840h (ten years), such as \"8784h\" for 366 days"
	Retention *metav1.Duration `json:"retention,omitempty"`
}

// AnalyticsSpec is read-only database access for BI tools.
// +kubebuilder:validation:XValidation:rule="!has(self.simulation) || !self.simulation || (has(self.enabled) && self.enabled && has(self.personalData) && self.personalData)",message="simulation needs enabled and personalData: rules read members' profiles, so a replay does too"
type AnalyticsSpec struct {
	// enabled makes a role that may read the program's analytics views and nothing else,
	// and the Secret "<program>-analytics-db" with its credentials (CloudNativePG's key
	// names: username, password, host, port, dbname, uri, jdbc-uri, pgpass). Turned off,
	// the role can no longer log in and the Secret is emptied.
	// +optional
	Enabled bool `json:"enabled,omitempty"`

	// personalData lets the role read members' profiles too (birthday, attributes,
	// segments, referrer: view analytics_member_profiles).
	// +optional
	PersonalData bool `json:"personalData,omitempty"`

	// simulation lets the role read, besides the views, the tables that `tally ruleset
	// simulate` replays (the journal, events' stored results and details, members, their
	// counters and badges, tier changes and reviews, rule sets), so that a pipeline can
	// simulate a rule change with the program's own read-only credentials. Needs enabled
	// and personalData.
	// +optional
	Simulation bool `json:"simulation,omitempty"`
}

// ExportKind is a kind of change a sink can receive.
// +kubebuilder:validation:Enum=PointsEarned;PointsAdjusted;PointsRedeemed;PointsReversed;PointsExpired;TierChanged;PointsExpiring;BadgeAwarded;MemberErased
type ExportKind string

// ExportSink is one HTTP endpoint that receives a program's changes.
type ExportSink struct {
	// name of the sink, unique in the program; its status and metrics carry it.
	// +required
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:XValidation:rule="self.matches('^[a-z0-9]([-a-z0-9]*[a-z0-9])?$')",message="must be lower-case letters, digits and '-', such as \"crm\""
	Name string `json:"name"`

	// url that receives the changes by POST, such as "https://crm.example.com/loyalty".
	// +required
	// +kubebuilder:validation:MaxLength=2048
	// +kubebuilder:validation:XValidation:rule="isURL(self) && (self.startsWith('http://') || self.startsWith('https://'))",message="must be an http:// or https:// URL, such as \"https://crm.example.com/loyalty\""
	URL string `json:"url"`

	// kinds of changes to send. Omitted, all of them: PointsEarned, PointsAdjusted,
	// PointsRedeemed, PointsReversed, PointsExpired, TierChanged, PointsExpiring,
	// BadgeAwarded and MemberErased.
	// +optional
	// +listType=set
	// +kubebuilder:validation:MaxItems=9
	Kinds []ExportKind `json:"kinds,omitempty"`

	// signingKey names the Secret key holding the key that signs every request: header
	// Tally-Signature, an HMAC-SHA256 of the body with a timestamp (docs/export.md).
	// +required
	SigningKey SigningKeyReference `json:"signingKey"`

	// headersSecretName names a Secret in this namespace whose keys are header names and
	// whose values are sent with every request, such as an Authorization header.
	// +optional
	// +kubebuilder:validation:MaxLength=253
	HeadersSecretName string `json:"headersSecretName,omitempty"`

	// batchSize is the most changes one request carries. 1 sends each as one structured
	// CloudEvent (application/cloudevents+json); more send a batch
	// (application/cloudevents-batch+json).
	// +optional
	// +kubebuilder:default=100
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=1000
	BatchSize int32 `json:"batchSize,omitempty"`

	// maxAttempts is how many times a batch is sent, with exponential backoff between
	// attempts (from 0.5s, at most a minute, with jitter), before its changes become dead
	// letters (GET /v1/export/dead-letters) and the sink moves on.
	// +optional
	// +kubebuilder:default=15
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=100
	MaxAttempts int32 `json:"maxAttempts,omitempty"`

	// timeout of one request, such as "10s".
	// +optional
	// +kubebuilder:default="10s"
	// +kubebuilder:validation:Type=string
	// +kubebuilder:validation:MaxLength=32
	// +kubebuilder:validation:XValidation:rule="self.matches('^([0-9]+([.][0-9]+)?(ns|us|ms|s|m|h))+$') && duration(self) >= duration('100ms') && duration(self) <= duration('5m')",message="must be a duration between 100ms and 5m, such as \"10s\""
	Timeout *metav1.Duration `json:"timeout,omitempty"`
}

// SigningKeyReference names the key of a Secret in the same namespace that holds a signing key.
type SigningKeyReference struct {
	// name of the Secret.
	// +required
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=253
	Name string `json:"name"`

	// key in the Secret.
	// +optional
	// +kubebuilder:default=key
	// +kubebuilder:validation:MaxLength=253
	// +kubebuilder:validation:XValidation:rule="self.matches('^[-._a-zA-Z0-9]+$')",message="must be a Secret key: letters, digits, '-', '_' and '.'"
	Key string `json:"key,omitempty"`
}

// ExportSinkStatus is how a sink is doing, as the ledger's export last recorded it.
type ExportSinkStatus struct {
	// name of the sink.
	Name string `json:"name"`
	// delivered is how many changes the sink accepted since it was added.
	Delivered int64 `json:"delivered"`
	// lastDelivered is when the sink last accepted a batch.
	// +optional
	LastDelivered *metav1.Time `json:"lastDelivered,omitempty"`
	// lag is how old the oldest change the sink has not accepted is; 0s when caught up.
	Lag metav1.Duration `json:"lag"`
	// failing is true while the sink's last request failed.
	Failing bool `json:"failing"`
	// lastError is why the last request failed, while failing.
	// +optional
	LastError string `json:"lastError,omitempty"`
	// deadLetters is how many changes the sink did not accept within maxAttempts.
	DeadLetters int64 `json:"deadLetters"`
}

// DeletionPolicy says what happens to a program's data when it is deleted.
// +kubebuilder:validation:Enum=Retain;Delete
type DeletionPolicy string

const (
	DeletionRetain DeletionPolicy = "Retain"
	DeletionDelete DeletionPolicy = "Delete"
)

// PointsProgramStatus is what the operator has made of a PointsProgram.
// Conditions: Ready, DatabaseReady, RulesetPublished, LedgerAvailable, ExpiryScheduled,
// Reconciling.
type PointsProgramStatus struct {
	CommonStatus `json:",inline"`

	// rulesetVersion is the content hash of the rule set that the ledger currently applies.
	// +optional
	RulesetVersion string `json:"rulesetVersion,omitempty"`

	// endpoint is the in-cluster URL of the ledger API.
	// +optional
	Endpoint string `json:"endpoint,omitempty"`

	// database is the PostgreSQL database that holds the program's schema.
	// +optional
	Database string `json:"database,omitempty"`

	// schema is the PostgreSQL schema that holds the program's data.
	// +optional
	Schema string `json:"schema,omitempty"`

	// passwordSecretVersion is the resourceVersion of the database Secret whose password the
	// program's login role was last given. The password is sent to PostgreSQL only when the
	// Secret changes, never on every pass.
	// +optional
	PasswordSecretVersion string `json:"passwordSecretVersion,omitempty"`

	// provisioned is a digest of what the database was last provisioned from: the program's
	// generation, its reconcile request annotation, the administrator Secret's
	// resourceVersion and the schema version of the operator. While it matches and the
	// credential Secrets are the ones last applied, a pass leaves the database alone.
	// +optional
	Provisioned string `json:"provisioned,omitempty"`

	// databaseSecretName names the Secret with the ledger's own database credentials.
	// +optional
	DatabaseSecretName string `json:"databaseSecretName,omitempty"`

	// tokenSecretName names the Secret with the bearer token of the ledger API.
	// +optional
	TokenSecretName string `json:"tokenSecretName,omitempty"`

	// analyticsSecretName names the Secret with the analytics role's credentials, when
	// spec.export.analytics.enabled.
	// +optional
	AnalyticsSecretName string `json:"analyticsSecretName,omitempty"`

	// analyticsSecretVersion is the resourceVersion of the analytics Secret whose password
	// the analytics role was last given.
	// +optional
	AnalyticsSecretVersion string `json:"analyticsSecretVersion,omitempty"`

	// export is how each of spec.export.sinks is doing, refreshed every 30 seconds.
	// +optional
	// +listType=map
	// +listMapKey=name
	Export []ExportSinkStatus `json:"export,omitempty"`
}

// Condition types of a PointsProgram besides Ready and Reconciling.
const (
	ConditionDatabaseReady    = "DatabaseReady"
	ConditionRulesetPublished = "RulesetPublished"
	ConditionLedgerAvailable  = "LedgerAvailable"
	ConditionExpiryScheduled  = "ExpiryScheduled"
	// ConditionExportHealthy is False while a sink of spec.export fails; it does not make
	// the program not Ready, since the ledger serves and the changes wait in the journal.
	ConditionExportHealthy = "ExportHealthy"
)

// PointsProgram is one brand's loyalty program. The operator provisions its database
// schema and role, runs its ledger API, publishes its rules and schedules its jobs.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:resource:shortName=pp,categories=loyalty
// +kubebuilder:printcolumn:name="Ready",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].status`
// +kubebuilder:printcolumn:name="Currency",type=string,JSONPath=`.spec.currency`
// +kubebuilder:printcolumn:name="Point value",type=string,JSONPath=`.spec.pointValue`
// +kubebuilder:printcolumn:name="Expiry",type=string,JSONPath=`.spec.expiry.policy`
// +kubebuilder:printcolumn:name="Ruleset",type=string,JSONPath=`.status.rulesetVersion`
// +kubebuilder:printcolumn:name="Ledger database",type=string,JSONPath=`.spec.database.ledgerDatabase`,priority=1
// +kubebuilder:printcolumn:name="Status",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].message`,priority=1
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=`.metadata.creationTimestamp`
type PointsProgram struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// spec declares the program.
	// +required
	Spec PointsProgramSpec `json:"spec"`

	// status is what the operator has made of it.
	// +optional
	// +kubebuilder:default={"observedGeneration":-1}
	Status PointsProgramStatus `json:"status,omitempty"`
}

// PointsProgramList is a list of PointsPrograms.
// +kubebuilder:object:root=true
type PointsProgramList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []PointsProgram `json:"items"`
}

func init() {
	SchemeBuilder.Register(&PointsProgram{}, &PointsProgramList{})
}
