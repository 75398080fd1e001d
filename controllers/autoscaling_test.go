package controllers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/types"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// spec.ledger.autoscaling gives the ledger's count to a HorizontalPodAutoscaler: Tally writes
// it, and no longer sets the Deployment's replicas, so a scale the autoscaler makes stays
// through the passes after it; removing autoscaling deletes the autoscaler and the count is
// spec.ledger.replicas again. Bounds that contradict each other are refused by the API server.
func TestAutoscaledLedger(t *testing.T) {
	const ns = "autoscaled"
	ctx := context.Background()
	tenantNamespace(t, ns)
	applyCoffee(t, ns)
	waitCondition(t, ns, "rewards", v1alpha1.ConditionRulesetPublished, 30*time.Second)
	key := types.NamespacedName{Namespace: ns, Name: "rewards-ledger"}
	replicas := func() int32 {
		var d appsv1.Deployment
		if err := kube.Client.Get(ctx, key, &d); err != nil {
			t.Fatal(err)
		}
		return *d.Spec.Replicas
	}

	if out, err := kube.Kubectl(kubeconfig, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p",
		`{"spec":{"ledger":{"autoscaling":{"minReplicas":4,"maxReplicas":3}}}}`); err == nil || !strings.Contains(out, "minReplicas must not exceed maxReplicas") {
		t.Errorf("min above max: %v\n%s", err, out)
	}
	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p",
		`{"spec":{"ledger":{"autoscaling":{"minReplicas":2,"maxReplicas":6,"targetCPUUtilizationPercentage":60}}}}`)
	var hpa autoscalingv2.HorizontalPodAutoscaler
	eventually(t, 10*time.Second, "the HorizontalPodAutoscaler", func() error {
		return kube.Client.Get(ctx, key, &hpa)
	})
	if *hpa.Spec.MinReplicas != 2 || hpa.Spec.MaxReplicas != 6 || hpa.Spec.ScaleTargetRef.Name != "rewards-ledger" ||
		*hpa.Spec.Metrics[0].Resource.Target.AverageUtilization != 60 || len(hpa.OwnerReferences) != 1 {
		t.Errorf("HorizontalPodAutoscaler: %+v", hpa.Spec)
	}
	if n := replicas(); n != 2 {
		t.Errorf("replicas %d right after autoscaling was asked for; want the 2 it had", n)
	}

	// The autoscaler's part (no controller runs it here): scale to 5 through the scale
	// subresource. A pass over the program (a spec change) leaves it so.
	kubectl(t, nil, "scale", "-n", ns, "deployment", "rewards-ledger", "--replicas=5")
	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=merge", "-p", `{"spec":{"displayName":"Scaled"}}`)
	eventually(t, 10*time.Second, "a pass over the new generation", func() error {
		if p := program(t, ns, "rewards"); p.Status.ObservedGeneration != p.Generation {
			return fmt.Errorf("observedGeneration %d of %d", p.Status.ObservedGeneration, p.Generation)
		}
		return nil
	})
	if n := replicas(); n != 5 {
		t.Errorf("replicas %d after a pass; want the autoscaler's 5 kept", n)
	}

	kubectl(t, nil, "patch", "-n", ns, "pointsprogram", "rewards", "--type=json", "-p", `[{"op":"remove","path":"/spec/ledger/autoscaling"}]`)
	eventually(t, 10*time.Second, "the autoscaler gone and replicas back to spec.ledger.replicas", func() error {
		if err := kube.Client.Get(ctx, key, &autoscalingv2.HorizontalPodAutoscaler{}); !apierrors.IsNotFound(err) {
			return fmt.Errorf("HorizontalPodAutoscaler still there: %v", err)
		}
		if n := replicas(); n != 2 {
			return fmt.Errorf("replicas %d", n)
		}
		return nil
	})
}
