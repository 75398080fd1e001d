package controllers

import (
	ctrl "sigs.k8s.io/controller-runtime"
)

// The manager's permissions. They are collected by controller-gen into config/rbac/role.yaml.
//
// +kubebuilder:rbac:groups=loyalty.tally.dev,resources=pointsprograms;earnrules;tierpolicies;redemptioncatalogs,verbs=get;list;watch;update;patch
// +kubebuilder:rbac:groups=loyalty.tally.dev,resources=pointsprograms/status;earnrules/status;tierpolicies/status;redemptioncatalogs/status,verbs=get;update;patch
// +kubebuilder:rbac:groups=loyalty.tally.dev,resources=pointsprograms/finalizers;earnrules/finalizers;tierpolicies/finalizers;redemptioncatalogs/finalizers,verbs=update
// +kubebuilder:rbac:groups="",resources=events,verbs=create;patch
// +kubebuilder:rbac:groups=events.k8s.io,resources=events,verbs=create;patch

// Setup registers every reconciler with the manager. Reconcilers arrive with the
// controllers work; until then the manager only serves health and metrics.
func Setup(mgr ctrl.Manager) error {
	_ = mgr
	return nil
}
