package resources_test

import (
	"testing"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/utils/ptr"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/resources"
)

func TestLedgerDeployment(t *testing.T) {
	p := &v1alpha1.PointsProgram{ObjectMeta: metav1.ObjectMeta{Name: "rewards", Namespace: "brew"}}
	d := resources.Deployment(p, "img:1")
	spec := d.Spec.Template.Spec
	c := spec.Containers[0]
	if *d.Spec.Replicas != 2 {
		t.Errorf("default replicas %d; want 2", *d.Spec.Replicas)
	}
	// The restricted Pod Security Standard.
	if !*spec.SecurityContext.RunAsNonRoot || *c.SecurityContext.AllowPrivilegeEscalation || !*c.SecurityContext.ReadOnlyRootFilesystem ||
		len(c.SecurityContext.Capabilities.Drop) != 1 || c.SecurityContext.SeccompProfile == nil || *spec.AutomountServiceAccountToken {
		t.Errorf("security: pod %+v, container %+v", spec.SecurityContext, c.SecurityContext)
	}
	if c.Resources.Requests.Cpu().String() != "100m" || c.Resources.Limits.Memory().String() != "256Mi" {
		t.Errorf("default resources %+v", c.Resources)
	}
	if spec.Volumes[0].Secret.SecretName != "rewards-ledger-token" || c.Env[0].ValueFrom.SecretKeyRef.Name != "rewards-ledger-db" {
		t.Errorf("token volume %+v, env %+v", spec.Volumes[0], c.Env[0])
	}
	// The server holds its heap under the container's memory limit, which it reads from here.
	var limitRef *corev1.ResourceFieldSelector
	for _, e := range c.Env {
		if e.Name == "TALLY_MEMORY_LIMIT" && e.ValueFrom != nil {
			limitRef = e.ValueFrom.ResourceFieldRef
		}
	}
	if limitRef == nil || limitRef.ContainerName != c.Name || limitRef.Resource != "limits.memory" {
		t.Errorf("TALLY_MEMORY_LIMIT refers to %+v; want this container's limits.memory", limitRef)
	}
	// The selector must match the pod labels, or the Deployment is refused.
	for k, v := range d.Spec.Selector.MatchLabels {
		if d.Spec.Template.Labels[k] != v {
			t.Errorf("selector %s=%s not on the pods", k, v)
		}
	}
	p.Spec.Ledger.Replicas = ptr.To[int32](5)
	p.Spec.Ledger.Auth.TokenSecretName = "mine"
	d = resources.Deployment(p, "img:1")
	if *d.Spec.Replicas != 5 || d.Spec.Template.Spec.Volumes[0].Secret.SecretName != "mine" {
		t.Errorf("replicas %d, token Secret %s; want 5 and the program's own", *d.Spec.Replicas, d.Spec.Template.Spec.Volumes[0].Secret.SecretName)
	}
}

func TestCronJobs(t *testing.T) {
	p := &v1alpha1.PointsProgram{ObjectMeta: metav1.ObjectMeta{Name: "rewards", Namespace: "brew"}}
	cj := resources.ExpiryCronJob(p, "img:1")
	if cj.Spec.Schedule != "15 0 * * *" || *cj.Spec.TimeZone != "UTC" || cj.Spec.JobTemplate.Spec.Template.Spec.RestartPolicy != "Never" {
		t.Errorf("defaults: %+v", cj.Spec)
	}
	p.Spec.TimeZone, p.Spec.Expiry.Schedule = "Asia/Shanghai", "0 3 * * *"
	tiers := &v1alpha1.TierPolicy{Spec: v1alpha1.TierPolicySpec{Review: v1alpha1.TierReview{Schedule: "0 4 1 * *"}}}
	review := resources.TierReviewCronJob(p, tiers, "img:1")
	if cj = resources.ExpiryCronJob(p, "img:1"); cj.Spec.Schedule != "0 3 * * *" || *cj.Spec.TimeZone != "Asia/Shanghai" {
		t.Errorf("expiry: %+v", cj.Spec)
	}
	if review.Name != "rewards-tiers-review" || review.Spec.Schedule != "0 4 1 * *" || review.Spec.JobTemplate.Spec.Template.Spec.Containers[0].Args[1] != "review" {
		t.Errorf("review: %s %+v", review.Name, review.Spec)
	}
}

func TestLedgerNetworkPolicy(t *testing.T) {
	p := &v1alpha1.PointsProgram{ObjectMeta: metav1.ObjectMeta{Name: "rewards", Namespace: "brew"}}
	np := resources.NetworkPolicy(p)
	if np.Name != "rewards-ledger" || np.Spec.PodSelector.MatchLabels["app.kubernetes.io/component"] != "ledger" ||
		len(np.Spec.PolicyTypes) != 1 || np.Spec.PolicyTypes[0] != "Ingress" || len(np.Spec.Egress) != 0 {
		t.Errorf("NetworkPolicy: %+v", np)
	}
	rule := np.Spec.Ingress[0]
	// By default: the API port, from the pods of the program's own namespace only.
	if len(np.Spec.Ingress) != 1 || len(rule.Ports) != 1 || rule.Ports[0].Port.IntValue() != resources.APIPort ||
		len(rule.From) != 1 || rule.From[0].NamespaceSelector != nil || rule.From[0].PodSelector == nil || len(rule.From[0].PodSelector.MatchLabels) != 0 {
		t.Errorf("default ingress: %+v", np.Spec.Ingress)
	}
	shop := &metav1.LabelSelector{MatchLabels: map[string]string{"kubernetes.io/metadata.name": "shop"}}
	p.Spec.Ledger.AllowedClients = []v1alpha1.LedgerClient{{NamespaceSelector: shop}, {PodSelector: &metav1.LabelSelector{MatchLabels: map[string]string{"app": "pos"}}}}
	from := resources.NetworkPolicy(p).Spec.Ingress[0].From
	if len(from) != 2 || from[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"] != "shop" || from[0].PodSelector != nil ||
		from[1].PodSelector.MatchLabels["app"] != "pos" || from[1].NamespaceSelector != nil {
		t.Errorf("allowed clients: %+v", from)
	}
}

// Metrics have a port of their own, closed unless the program names who scrapes it.
func TestLedgerMetricsPort(t *testing.T) {
	p := &v1alpha1.PointsProgram{ObjectMeta: metav1.ObjectMeta{Name: "rewards", Namespace: "brew"}}
	c := resources.Deployment(p, "img").Spec.Template.Spec.Containers[0]
	var listen string
	for _, e := range c.Env {
		if e.Name == "TALLY_METRICS_LISTEN" {
			listen = e.Value
		}
	}
	if listen != ":9090" || len(c.Ports) != 2 || c.Ports[1].Name != "metrics" || c.Ports[1].ContainerPort != 9090 {
		t.Errorf("metrics listener %q, ports %+v", listen, c.Ports)
	}
	if n := len(resources.NetworkPolicy(p).Spec.Ingress); n != 1 {
		t.Errorf("%d ingress rules without metricsClients; want only the API's", n)
	}
	monitoring := &metav1.LabelSelector{MatchLabels: map[string]string{"kubernetes.io/metadata.name": "monitoring"}}
	p.Spec.Ledger.MetricsClients = []v1alpha1.LedgerClient{{NamespaceSelector: monitoring}}
	in := resources.NetworkPolicy(p).Spec.Ingress
	if len(in) != 2 || in[1].Ports[0].Port.IntValue() != 9090 || in[1].From[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"] != "monitoring" ||
		in[0].From[0].NamespaceSelector != nil {
		t.Errorf("ingress with metricsClients: %+v", in)
	}
}
