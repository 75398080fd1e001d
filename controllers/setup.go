package controllers

import (
	"context"
	"fmt"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/labels"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/cache"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/resources"
)

// The manager's permissions, as narrow as its work. They are collected by controller-gen into
// config/rbac/role.yaml. Objects are written with server-side apply (patch, and create for
// the first apply); owned objects go with their program through garbage collection, so the
// only deletes are of a tier review CronJob whose TierPolicy is gone and of a ledger's
// HorizontalPodAutoscaler when the program stops asking for autoscaling. Migration Jobs are
// created, never changed: each runs once, for one program and schema version. Secrets are read across
// the cluster only as the ones Tally labels (its cache) and, unlabelled, in the operator's
// own namespace (LedgerDatabase admin Secrets) and where a program's spec.database.secretRef
// names one; none is ever updated or deleted by the operator.
//
// +kubebuilder:rbac:groups=loyalty.tally.dev,resources=pointsprograms,verbs=get;list;watch;patch
// +kubebuilder:rbac:groups=loyalty.tally.dev,resources=earnrules;tierpolicies;redemptioncatalogs;ledgerdatabases,verbs=get;list;watch
// +kubebuilder:rbac:groups=loyalty.tally.dev,resources=pointsprograms/status;earnrules/status;tierpolicies/status;redemptioncatalogs/status;ledgerdatabases/status,verbs=get;patch
// +kubebuilder:rbac:groups=loyalty.tally.dev,resources=pointsprograms/finalizers,verbs=update
// +kubebuilder:rbac:groups="",resources=secrets;services,verbs=get;list;watch;create;patch
// +kubebuilder:rbac:groups="",resources=namespaces,verbs=get;list;watch
// +kubebuilder:rbac:groups=apps,resources=deployments,verbs=get;list;watch;create;patch
// +kubebuilder:rbac:groups=policy,resources=poddisruptionbudgets,verbs=get;list;watch;create;patch
// +kubebuilder:rbac:groups=networking.k8s.io,resources=networkpolicies,verbs=get;list;watch;create;patch
// +kubebuilder:rbac:groups=batch,resources=cronjobs,verbs=get;list;watch;create;patch;delete
// +kubebuilder:rbac:groups=batch,resources=jobs,verbs=get;list;watch;create
// +kubebuilder:rbac:groups=autoscaling,resources=horizontalpodautoscalers,verbs=get;list;watch;create;patch;delete
// +kubebuilder:rbac:groups="",resources=events,verbs=create;patch
// +kubebuilder:rbac:groups=events.k8s.io,resources=events,verbs=create;patch

// Options configure the reconcilers.
type Options struct {
	// Image is the operator's own image, which ledgers and jobs run.
	Image string
	// Resync is how often a program's database state is re-asserted; 10 minutes if zero.
	Resync time.Duration
	// RetryAfter is how soon a program waiting on its database or Secret is tried again;
	// 15 seconds if zero.
	RetryAfter time.Duration
	// Namespace is the operator's own namespace, where LedgerDatabases' admin Secrets are;
	// tally-system if empty.
	Namespace string
	// ExportStatus is how often programs' export sinks' status is refreshed; 30 seconds if
	// zero.
	ExportStatus time.Duration
}

// CacheOptions limits the manager's cache to what Tally reads and owns: the four kinds, and
// of the built-in kinds only the objects that carry Tally's managed-by label. With namespaces,
// only those namespaces' objects are watched (and so reconciled); cluster-scoped kinds
// (LedgerDatabases, namespaces) are watched whole.
func CacheOptions(namespaces ...string) cache.Options {
	owned := cache.ByObject{Label: labels.SelectorFromSet(labels.Set{"app.kubernetes.io/managed-by": resources.ManagedBy})}
	var only map[string]cache.Config
	for _, ns := range namespaces {
		if only == nil {
			only = map[string]cache.Config{}
		}
		only[ns] = cache.Config{}
	}
	return cache.Options{DefaultNamespaces: only, ByObject: map[client.Object]cache.ByObject{
		&corev1.Secret{}:                         owned,
		&corev1.Service{}:                        owned,
		&appsv1.Deployment{}:                     owned,
		&policyv1.PodDisruptionBudget{}:          owned,
		&batchv1.CronJob{}:                       owned,
		&networkingv1.NetworkPolicy{}:            owned,
		&batchv1.Job{}:                           owned,
		&autoscalingv2.HorizontalPodAutoscaler{}: owned,
	}}
}

// ledgerDatabaseField indexes programs by the LedgerDatabase they use.
const ledgerDatabaseField = "spec.database.ledgerDatabase"

// Setup registers every reconciler with the manager.
func Setup(mgr ctrl.Manager, o Options) error {
	if o.Image == "" {
		return fmt.Errorf("the ledger image is required")
	}
	if o.Resync == 0 {
		o.Resync = 10 * time.Minute
	}
	if o.RetryAfter == 0 {
		o.RetryAfter = 15 * time.Second
	}
	if o.Namespace == "" {
		o.Namespace = "tally-system"
	}
	if o.ExportStatus == 0 {
		o.ExportStatus = 30 * time.Second
	}
	ctx := context.Background()
	idx := mgr.GetFieldIndexer()
	for _, obj := range []client.Object{&v1alpha1.EarnRule{}, &v1alpha1.TierPolicy{}, &v1alpha1.RedemptionCatalog{}} {
		if err := idx.IndexField(ctx, obj, programRefField, func(o client.Object) []string { return []string{programOf(o)} }); err != nil {
			return fmt.Errorf("index %T by program: %w", obj, err)
		}
	}
	if err := idx.IndexField(ctx, &v1alpha1.PointsProgram{}, ledgerDatabaseField, func(o client.Object) []string {
		return []string{o.(*v1alpha1.PointsProgram).Spec.Database.LedgerDatabase}
	}); err != nil {
		return fmt.Errorf("index programs by LedgerDatabase: %w", err)
	}
	rules := &compiler{}
	programs := &PointsProgramReconciler{Client: mgr.GetClient(), APIReader: mgr.GetAPIReader(),
		Recorder: mgr.GetEventRecorder("tally"), Image: o.Image, Resync: o.Resync, RetryAfter: o.RetryAfter, Namespace: o.Namespace, compiler: rules}
	if err := programs.SetupWithManager(mgr); err != nil {
		return err
	}
	if err := mgr.Add(exportStatus{r: programs, interval: o.ExportStatus}); err != nil {
		return err
	}
	if err := (&JobEvents{Client: mgr.GetClient(), Recorder: mgr.GetEventRecorder("tally")}).SetupWithManager(mgr); err != nil {
		return err
	}
	if err := (&LedgerDatabaseReconciler{Client: mgr.GetClient(), APIReader: mgr.GetAPIReader(), Namespace: o.Namespace,
		RetryAfter: o.RetryAfter, Resync: o.Resync}).SetupWithManager(mgr); err != nil {
		return err
	}
	if err := (&RuleReconciler[*v1alpha1.EarnRule]{Client: mgr.GetClient(), Kind: "EarnRule", Recorder: mgr.GetEventRecorder("tally"), New: func() *v1alpha1.EarnRule { return &v1alpha1.EarnRule{} }, compiler: rules}).
		SetupWithManager(mgr, func() client.ObjectList { return &v1alpha1.EarnRuleList{} }); err != nil {
		return err
	}
	if err := (&RuleReconciler[*v1alpha1.TierPolicy]{Client: mgr.GetClient(), Kind: "TierPolicy", Recorder: mgr.GetEventRecorder("tally"), New: func() *v1alpha1.TierPolicy { return &v1alpha1.TierPolicy{} }, compiler: rules}).
		SetupWithManager(mgr, func() client.ObjectList { return &v1alpha1.TierPolicyList{} }); err != nil {
		return err
	}
	return (&RuleReconciler[*v1alpha1.RedemptionCatalog]{Client: mgr.GetClient(), Kind: "RedemptionCatalog", Recorder: mgr.GetEventRecorder("tally"), New: func() *v1alpha1.RedemptionCatalog { return &v1alpha1.RedemptionCatalog{} }, compiler: rules}).
		SetupWithManager(mgr, func() client.ObjectList { return &v1alpha1.RedemptionCatalogList{} })
}
