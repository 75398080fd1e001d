package controllers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/resources"
)

// eventsOf waits until kubectl's events of the object include every text in want, and returns them.
func eventsOf(t *testing.T, ns, kind, name string, want ...string) string {
	t.Helper()
	var out string
	eventually(t, 20*time.Second, fmt.Sprintf("events of %s %s: %q", kind, name, want), func() error {
		out = kubectl(t, nil, "get", "events", "-n", ns, "--field-selector", "involvedObject.kind="+kind+",involvedObject.name="+name,
			"-o", "custom-columns=TYPE:.type,REASON:.reason,MESSAGE:.message", "--no-headers")
		for _, w := range want {
			if !strings.Contains(out, w) {
				return fmt.Errorf("no %q in:\n%s", w, out)
			}
		}
		return nil
	})
	return out
}

// kubectl describe reads well: a rule object's events say when its spec stopped compiling
// (naming the field) and when it came into effect; a program's say how its jobs' runs ended,
// and where a failed run's log is.
func TestDescribeShowsWhatHappened(t *testing.T) {
	const ns = "described"
	ctx := context.Background()
	tenantNamespace(t, ns)
	applyCoffee(t, ns)
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
	eventsOf(t, ns, "EarnRule", "purchase", "Normal", "InEffect", "in effect in rule set")

	kubectl(t, nil, "patch", "-n", ns, "earnrule", "purchase", "--type=merge", "-p", `{"spec":{"condition":"event.total > 1.0"}}`)
	eventsOf(t, ns, "EarnRule", "purchase", "Warning", "InvalidSpec", "spec.condition")

	// A run of the expiry CronJob that failed, as the Job controller reports it.
	job := &batchv1.Job{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: "rewards-expire-29000000",
		Labels: map[string]string{"app.kubernetes.io/managed-by": resources.ManagedBy, "app.kubernetes.io/component": "expire", resources.ProgramLabel: "rewards"}},
		Spec: batchv1.JobSpec{Template: corev1.PodTemplateSpec{Spec: corev1.PodSpec{RestartPolicy: corev1.RestartPolicyNever,
			Containers: []corev1.Container{{Name: "expire", Image: testImage}}}}}}
	if err := kube.Client.Create(ctx, job); err != nil {
		t.Fatal(err)
	}
	now := metav1.Now()
	job.Status = batchv1.JobStatus{StartTime: &now, Failed: 3, Conditions: []batchv1.JobCondition{
		{Type: batchv1.JobFailureTarget, Status: corev1.ConditionTrue, Reason: "BackoffLimitExceeded", Message: "Job has reached the specified backoff limit", LastTransitionTime: now},
		{Type: batchv1.JobFailed, Status: corev1.ConditionTrue, Reason: "BackoffLimitExceeded", Message: "Job has reached the specified backoff limit", LastTransitionTime: now}}}
	if err := kube.Client.Status().Update(ctx, job); err != nil {
		t.Fatal(err)
	}
	eventsOf(t, ns, "PointsProgram", "rewards", "Warning", "JobFailed", "rewards-expire-29000000 (expire) failed: BackoffLimitExceeded",
		"kubectl logs -n described job/rewards-expire-29000000")
}
