// Package v1alpha1 holds the loyalty.tally.dev/v1alpha1 API: PointsProgram, EarnRule,
// TierPolicy and RedemptionCatalog.
//
// Validation lives in the schema (OpenAPI and CEL markers) so that the API server rejects bad
// YAML before any controller sees it. Only checks that span several objects (an EarnRule
// naming a tier that the TierPolicy lacks, overlapping exclusive groups, ...) are left to the
// rule-set compiler, which reports them in the offending object's status.
//
// +kubebuilder:object:generate=true
// +groupName=loyalty.tally.dev
package v1alpha1

import (
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

var (
	// GroupVersion is the group and version of every kind in this package.
	GroupVersion = schema.GroupVersion{Group: "loyalty.tally.dev", Version: "v1alpha1"}

	// SchemeBuilder registers the kinds of this package with a runtime.Scheme.
	SchemeBuilder = &scheme.Builder{GroupVersion: GroupVersion}

	// AddToScheme adds the kinds of this package to a runtime.Scheme.
	AddToScheme = SchemeBuilder.AddToScheme
)
