package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// LedgerDatabaseSpec names a PostgreSQL server that the platform team offers to programs,
// the way a StorageClass offers storage: the administrator credential stays in the operator's
// namespace, and tenants refer to the LedgerDatabase by name.
type LedgerDatabaseSpec struct {
	// adminSecretRef names a Secret in the operator's namespace (tally-system unless the
	// operator runs elsewhere) whose key holds a postgresql:// URI of a superuser of the
	// server, the way a CloudNativePG "<cluster>-superuser" Secret does. Tally uses it to
	// create each program's database and roles; no tenant namespace ever holds it.
	// +required
	AdminSecretRef SecretKeyReference `json:"adminSecretRef"`

	// allowedNamespaces says which namespaces may place programs on this server.
	// +required
	AllowedNamespaces AllowedNamespaces `json:"allowedNamespaces"`
}

// AllowedNamespaces selects namespaces by their labels, which tenants with the ordinary
// "edit" role cannot change.
type AllowedNamespaces struct {
	// selector over namespace labels. An empty selector ({}) admits every namespace; a
	// selector such as {matchLabels: {loyalty.tally.dev/ledger-database: shared}} admits only
	// the namespaces the platform team labelled.
	// +required
	Selector metav1.LabelSelector `json:"selector"`
}

// LedgerDatabaseStatus is what the operator found of the server.
// Conditions: Ready (the admin Secret exists and the server answers as a superuser).
type LedgerDatabaseStatus struct {
	CommonStatus `json:",inline"`

	// serverVersion is the PostgreSQL server's version, such as "15.8".
	// +optional
	ServerVersion string `json:"serverVersion,omitempty"`
}

// LedgerDatabase is a PostgreSQL server on which programs of the allowed namespaces get a
// database each. It is cluster-scoped and belongs to the platform team. It is not in the
// "loyalty" category: tenants, who may not read cluster-scoped objects, list that category
// in their namespaces.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:resource:scope=Cluster,shortName=ldb
// +kubebuilder:printcolumn:name="Ready",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].status`
// +kubebuilder:printcolumn:name="Secret",type=string,JSONPath=`.spec.adminSecretRef.name`
// +kubebuilder:printcolumn:name="Version",type=string,JSONPath=`.status.serverVersion`
// +kubebuilder:printcolumn:name="Status",type=string,JSONPath=`.status.conditions[?(@.type=="Ready")].message`,priority=1
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=`.metadata.creationTimestamp`
type LedgerDatabase struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// spec declares the server and who may use it.
	// +required
	Spec LedgerDatabaseSpec `json:"spec"`

	// status is what the operator found.
	// +optional
	// +kubebuilder:default={"observedGeneration":-1}
	Status LedgerDatabaseStatus `json:"status,omitempty"`
}

// LedgerDatabaseList is a list of LedgerDatabases.
// +kubebuilder:object:root=true
type LedgerDatabaseList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []LedgerDatabase `json:"items"`
}

func init() {
	SchemeBuilder.Register(&LedgerDatabase{}, &LedgerDatabaseList{})
}
