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
// nothing else: no other port is open, and no other namespace's pods reach the API. The
// kubelet's probes come from the node, which NetworkPolicy implementations let through.
// Egress is left open: the ledger must reach its PostgreSQL server, wherever that is.
func NetworkPolicy(p *v1alpha1.PointsProgram) *networkingv1.NetworkPolicy {
	var from []networkingv1.NetworkPolicyPeer
	for _, c := range p.Spec.Ledger.AllowedClients {
		from = append(from, networkingv1.NetworkPolicyPeer{NamespaceSelector: c.NamespaceSelector.DeepCopy(), PodSelector: c.PodSelector.DeepCopy()})
	}
	if len(from) == 0 {
		// An empty pod selector without a namespace selector: every pod of this namespace.
		from = []networkingv1.NetworkPolicyPeer{{PodSelector: &metav1.LabelSelector{}}}
	}
	return &networkingv1.NetworkPolicy{
		TypeMeta:   metav1.TypeMeta{APIVersion: "networking.k8s.io/v1", Kind: "NetworkPolicy"},
		ObjectMeta: meta(p, NetworkPolicyName(p), "ledger"),
		Spec: networkingv1.NetworkPolicySpec{
			PodSelector: metav1.LabelSelector{MatchLabels: selector(p)},
			PolicyTypes: []networkingv1.PolicyType{networkingv1.PolicyTypeIngress},
			Ingress: []networkingv1.NetworkPolicyIngressRule{{
				Ports: []networkingv1.NetworkPolicyPort{{Protocol: ptr.To(corev1.ProtocolTCP), Port: ptr.To(intstr.FromInt32(APIPort))}},
				From:  from,
			}},
		},
	}
}
