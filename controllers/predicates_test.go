package controllers

import (
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/controller-runtime/pkg/event"
)

// A ledger Deployment's pods coming and going change its status all the time; only what the
// program reports of it (its rollout and availability) and its spec start a program's pass.
func TestLedgerDeploymentChangesThatMatter(t *testing.T) {
	base := func() *appsv1.Deployment {
		d := &appsv1.Deployment{}
		d.Generation = 2
		d.Status = appsv1.DeploymentStatus{ObservedGeneration: 2, Replicas: 2, ReadyReplicas: 2, UpdatedReplicas: 2, AvailableReplicas: 2,
			Conditions: []appsv1.DeploymentCondition{{Type: appsv1.DeploymentAvailable, Status: corev1.ConditionTrue}}}
		return d
	}
	for _, c := range []struct {
		name   string
		change func(*appsv1.Deployment)
		want   bool
	}{
		{"nothing", func(*appsv1.Deployment) {}, false},
		{"a pod less ready", func(d *appsv1.Deployment) { d.Status.ReadyReplicas = 1 }, false},
		{"a pod updated", func(d *appsv1.Deployment) { d.Status.UpdatedReplicas = 1 }, false},
		{"a label", func(d *appsv1.Deployment) { d.Labels = map[string]string{"x": "y"} }, false},
		{"the spec", func(d *appsv1.Deployment) { d.Generation = 3 }, true},
		{"the rollout seen", func(d *appsv1.Deployment) { d.Status.ObservedGeneration = 1 }, true},
		{"a replica less available", func(d *appsv1.Deployment) { d.Status.AvailableReplicas = 1 }, true},
		{"no longer available", func(d *appsv1.Deployment) { d.Status.Conditions[0].Status = corev1.ConditionFalse }, true},
	} {
		n := base()
		c.change(n)
		if got := (ledgerAvailability{}).Update(event.UpdateEvent{ObjectOld: base(), ObjectNew: n}); got != c.want {
			t.Errorf("%s: a pass %v, want %v", c.name, got, c.want)
		}
	}
}
