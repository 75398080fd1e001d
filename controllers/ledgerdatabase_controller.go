package controllers

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/builder"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/predicate"

	"github.com/tally-operator/tally/api/v1alpha1"
)

// LedgerDatabaseReconciler reports whether a LedgerDatabase is usable: its admin Secret
// exists in the operator's namespace and the server answers to it as a superuser. It makes
// nothing; programs provision their databases on it.
type LedgerDatabaseReconciler struct {
	client.Client
	APIReader  client.Reader
	Namespace  string
	RetryAfter time.Duration
	Resync     time.Duration
}

// Reconcile checks the server and writes status.
func (r *LedgerDatabaseReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var ldb v1alpha1.LedgerDatabase
	if err := r.Get(ctx, req.NamespacedName, &ldb); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	base := ldb.DeepCopy()
	status, reason, message, version := r.check(ctx, &ldb)
	meta.SetStatusCondition(&ldb.Status.Conditions, metav1.Condition{Type: v1alpha1.ConditionReady, Status: status, Reason: reason,
		Message: message, ObservedGeneration: ldb.Generation})
	ldb.Status.ObservedGeneration = ldb.Generation
	if version != "" {
		ldb.Status.ServerVersion = version
	}
	if err := r.Status().Patch(ctx, &ldb, client.MergeFrom(base)); err != nil {
		return ctrl.Result{}, fmt.Errorf("patch status: %w", err)
	}
	if status != metav1.ConditionTrue {
		return ctrl.Result{RequeueAfter: r.RetryAfter}, nil
	}
	return ctrl.Result{RequeueAfter: r.Resync}, nil
}

func (r *LedgerDatabaseReconciler) check(ctx context.Context, ldb *v1alpha1.LedgerDatabase) (metav1.ConditionStatus, string, string, string) {
	if _, err := metav1.LabelSelectorAsSelector(&ldb.Spec.AllowedNamespaces.Selector); err != nil {
		return metav1.ConditionFalse, v1alpha1.ReasonInvalidSelector, fmt.Sprintf("spec.allowedNamespaces.selector: %v", err), ""
	}
	admin, problem, err := readURI(ctx, r.APIReader, r.Namespace, ldb.Spec.AdminSecretRef)
	uri := admin.uri
	if err != nil {
		return metav1.ConditionUnknown, v1alpha1.ReasonError, err.Error(), ""
	}
	if problem != "" {
		return metav1.ConditionFalse, v1alpha1.ReasonSecretNotFound, problem + " (spec.adminSecretRef) holding a postgresql:// URI of a superuser", ""
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	cfg, err := pgx.ParseConfig(uri)
	if err != nil {
		return metav1.ConditionFalse, v1alpha1.ReasonInvalidURI, fmt.Sprintf("the URI in Secret %q cannot be used: %v", ldb.Spec.AdminSecretRef.Name, err), ""
	}
	conn, err := pgx.ConnectConfig(cctx, cfg)
	if err != nil {
		return metav1.ConditionFalse, v1alpha1.ReasonUnreachable, fmt.Sprintf("cannot connect with the URI in Secret %q: %v", ldb.Spec.AdminSecretRef.Name, err), ""
	}
	defer conn.Close(context.Background())
	var version string
	var super, createRole, createDB bool
	if err := conn.QueryRow(cctx, `SELECT current_setting('server_version'), rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`).
		Scan(&version, &super, &createRole, &createDB); err != nil {
		return metav1.ConditionFalse, v1alpha1.ReasonUnreachable, fmt.Sprintf("cannot read the server's version: %v", err), ""
	}
	switch {
	case super:
		return metav1.ConditionTrue, v1alpha1.ReasonReady, fmt.Sprintf("PostgreSQL %s, as superuser %s", version, cfg.User), version
	case createRole && createDB:
		// Enough to make databases and roles; not to take large objects away from PUBLIC.
		return metav1.ConditionTrue, v1alpha1.ReasonReady, fmt.Sprintf("PostgreSQL %s, as %s (CREATEDB, CREATEROLE; not a superuser, so programs' roles may still create large objects)", version, cfg.User), version
	default:
		return metav1.ConditionFalse, v1alpha1.ReasonInsufficientPrivilege, fmt.Sprintf("role %s of Secret %q may not create databases and roles: use a superuser", cfg.User, ldb.Spec.AdminSecretRef.Name), version
	}
}

// SetupWithManager watches LedgerDatabases. Their admin Secrets are not in the cache (they
// carry no Tally label): a LedgerDatabase that is not Ready is looked at again every
// RetryAfter, and a Ready one every Resync.
func (r *LedgerDatabaseReconciler) SetupWithManager(mgr ctrl.Manager) error {
	return ctrl.NewControllerManagedBy(mgr).
		For(&v1alpha1.LedgerDatabase{}, builder.WithPredicates(predicate.GenerationChangedPredicate{})).
		Named("ledgerdatabase").
		Complete(r)
}
