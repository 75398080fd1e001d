package resources

import (
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/utils/ptr"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// NetworkPolicyName is the NetworkPolicy that guards the program's ledger pods.
func NetworkPolicyName(p *v1alpha1.PointsProgram) string { return p.Name + "-ledger" }

// NetworkPolicy admits connections to the ledger pods' API port only from the clients the
// program allows (spec.ledger.allowedClients), by default the pods of its own namespace, and
// to the metrics port only from spec.ledger.metricsClients, by default nobody; no other port
// is open. The kubelet's probes come from the node, which NetworkPolicy implementations let
// through. Egress is left open: the ledger must reach its PostgreSQL server, wherever that is.
func NetworkPolicy(p *v1alpha1.PointsProgram) *networkingv1.NetworkPolicy {
	from := peers(p.Spec.Ledger.AllowedClients)
	if len(from) == 0 {
		// An empty pod selector without a namespace selector: every pod of this namespace.
		from = []networkingv1.NetworkPolicyPeer{{PodSelector: &metav1.LabelSelector{}}}
	}
	rules := []networkingv1.NetworkPolicyIngressRule{{
		Ports: []networkingv1.NetworkPolicyPort{{Protocol: ptr.To(corev1.ProtocolTCP), Port: ptr.To(intstr.FromInt32(APIPort))}},
		From:  from,
	}}
	if scrapers := peers(p.Spec.Ledger.MetricsClients); len(scrapers) > 0 {
		rules = append(rules, networkingv1.NetworkPolicyIngressRule{
			Ports: []networkingv1.NetworkPolicyPort{{Protocol: ptr.To(corev1.ProtocolTCP), Port: ptr.To(intstr.FromInt32(MetricsPort))}},
			From:  scrapers,
		})
	}
	return &networkingv1.NetworkPolicy{
		TypeMeta:   metav1.TypeMeta{APIVersion: "networking.k8s.io/v1", Kind: "NetworkPolicy"},
		ObjectMeta: meta(p, NetworkPolicyName(p), "ledger"),
		Spec: networkingv1.NetworkPolicySpec{
			PodSelector: metav1.LabelSelector{MatchLabels: selector(p)},
			PolicyTypes: []networkingv1.PolicyType{networkingv1.PolicyTypeIngress},
			Ingress:     rules,
		},
	}
}

func peers(clients []v1alpha1.LedgerClient) []networkingv1.NetworkPolicyPeer {
	var out []networkingv1.NetworkPolicyPeer
	for _, c := range clients {
		out = append(out, networkingv1.NetworkPolicyPeer{NamespaceSelector: c.NamespaceSelector.DeepCopy(), PodSelector: c.PodSelector.DeepCopy()})
	}
	return out
}
