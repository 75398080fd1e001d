package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// RedemptionCatalogSpec declares rewards that members buy with points, and whether points
// can pay for part of an order at checkout.
type RedemptionCatalogSpec struct {
	// programRef names the PointsProgram this catalog belongs to. It cannot be changed.
	// +required
	// +kubebuilder:validation:XValidation:rule="self == oldSelf",message="programRef is immutable: create a new RedemptionCatalog for another program"
	ProgramRef ProgramReference `json:"programRef"`

	// items members can redeem. SKUs are unique across a program's catalogs.
	// +optional
	// +listType=map
	// +listMapKey=sku
	// +kubebuilder:validation:MaxItems=200
	Items []CatalogItem `json:"items,omitempty"`

	// pointsAsPayment lets members pay for part of an order with points at checkout. At most
	// one catalog of a program sets it.
	// +optional
	PointsAsPayment *PointsAsPayment `json:"pointsAsPayment,omitempty"`
}

// CatalogItem is one reward.
// +kubebuilder:validation:XValidation:rule="!has(self.availableFrom) || !has(self.availableUntil) || self.availableUntil > self.availableFrom",message="availableUntil must be after availableFrom"
type CatalogItem struct {
	// sku identifies the item in API calls, such as "free-drink".
	// +required
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:XValidation:rule="self.matches('^[A-Za-z0-9][A-Za-z0-9._-]*$')",message="must start with a letter or digit and hold only letters, digits, '.', '_' and '-'"
	SKU string `json:"sku"`

	// name of the item as members see it.
	// +required
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=200
	Name string `json:"name"`

	// pointsCost is how many points one redemption takes.
	// +required
	// +kubebuilder:validation:Minimum=1
	PointsCost int64 `json:"pointsCost"`

	// cashPart is money the member pays on top of the points, in the program's currency,
	// such as "9.90". Omitted, none.
	// +optional
	CashPart Decimal `json:"cashPart,omitempty"`

	// stock is the allotment of the item: how many can be redeemed in all. Omitted, the item
	// is unlimited. Raising it adds stock; the ledger counts what was redeemed.
	// +optional
	// +kubebuilder:validation:Minimum=0
	Stock *int64 `json:"stock,omitempty"`

	// perMemberLimit is how many times one member can redeem the item. Omitted, no limit.
	// +optional
	// +kubebuilder:validation:Minimum=1
	PerMemberLimit *int32 `json:"perMemberLimit,omitempty"`

	// minTier is the lowest tier (by name, from the program's TierPolicy) that can redeem
	// the item. Omitted, every member can.
	// +optional
	// +kubebuilder:validation:MaxLength=40
	MinTier string `json:"minTier,omitempty"`

	// availableFrom is when the item can first be redeemed. Omitted, at once.
	// +optional
	AvailableFrom *metav1.Time `json:"availableFrom,omitempty"`

	// availableUntil is when the item stops being redeemable. Omitted, never.
	// +optional
	AvailableUntil *metav1.Time `json:"availableUntil,omitempty"`
}

// PointsAsPayment configures points spent as money at checkout.
type PointsAsPayment struct {
	// pointsPerCurrencyUnit is how many points make one unit of the program's currency, such
	// as "100" for 100 points = 1 CNY.
	// +required
	PointsPerCurrencyUnit PositiveDecimal `json:"pointsPerCurrencyUnit"`

	// minPoints is the fewest points that can be used on one order.
	// +optional
	// +kubebuilder:default=0
	// +kubebuilder:validation:Minimum=0
	MinPoints int64 `json:"minPoints,omitempty"`

	// maxOrderPercent is the largest share of an order, in percent, that points can pay.
	// +optional
	// +kubebuilder:default=100
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=100
	MaxOrderPercent int32 `json:"maxOrderPercent,omitempty"`

	// step is the multiple in which points are used, such as 100 so that only whole
	// currency units are paid with points.
	// +optional
	// +kubebuilder:default=1
	// +kubebuilder:validation:Minimum=1
	Step int64 `json:"step,omitempty"`
}

// RedemptionCatalogStatus is what the operator has made of a RedemptionCatalog.
type RedemptionCatalogStatus struct {
	CommonStatus `json:",inline"`

	// rulesetVersion is the version of the program's rule set that includes this generation
	// of the catalog.
	// +optional
	RulesetVersion string `json:"rulesetVersion,omitempty"`

	// itemCount is the number of items in the catalog.
	// +optional
	ItemCount int32 `json:"itemCount,omitempty"`
}

// RedemptionCatalog declares rewards that members redeem with points, with their stock and
// limits, and the program's points-as-payment settings.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:resource:shortName=rcat,categories=loyalty
// +kubebuilder:printcolumn:name="Program",type=string,JSONPath=`.spec.programRef.name`
// +kubebuilder:printcolumn:name="Items",type=integer,JSONPath=`.status.itemCount`
// +kubebuilder:printcolumn:name="Pay rate",type=string,JSONPath=`.spec.pointsAsPayment.pointsPerCurrencyUnit`
// +kubebuilder:printcolumn:name="Ready",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].status`
// +kubebuilder:printcolumn:name="Status",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].message`,priority=1
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=`.metadata.creationTimestamp`
type RedemptionCatalog struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// spec declares the catalog.
	// +required
	Spec RedemptionCatalogSpec `json:"spec"`

	// status is what the operator has made of it.
	// +optional
	// +kubebuilder:default={"observedGeneration":-1}
	Status RedemptionCatalogStatus `json:"status,omitempty"`
}

// RedemptionCatalogList is a list of RedemptionCatalogs.
// +kubebuilder:object:root=true
type RedemptionCatalogList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []RedemptionCatalog `json:"items"`
}

func init() {
	SchemeBuilder.Register(&RedemptionCatalog{}, &RedemptionCatalogList{})
}
