package controllers

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/types"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/controller/controllerutil"
	"sigs.k8s.io/controller-runtime/pkg/log"

	appsv1 "k8s.io/api/apps/v1"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/export"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/resources"
)

// reconcileRules compiles the program's rules and publishes the rule set when it changed. A
// rule set that does not compile is not published: the last good one stays in effect.
func (r *PointsProgramReconciler) reconcileRules(ctx context.Context, st *programState) (bool, error) {
	p := st.p
	pool, err := r.programPool(ctx, st)
	if err != nil {
		return false, err
	}
	l, err := ledger.New(pool, st.db.Schema, ledger.Options{})
	if err != nil {
		return false, err
	}
	active, err := l.ActiveVersion(ctx)
	if err != nil && !errors.Is(err, ledger.ErrNoRuleset) {
		r.setCondition(p, v1alpha1.ConditionRulesetPublished, metav1.ConditionFalse, v1alpha1.ReasonDatabaseUnavailable, "cannot read the active rule set: %v", err)
		st.retryAfter = true
		return false, nil
	}
	p.Status.RulesetVersion = active
	in, err := programInput(ctx, r.Client, p)
	if err != nil {
		return false, err
	}
	rs, errs := r.compiler.compile(in)
	if len(errs) > 0 {
		keeping := "no rule set is in effect yet"
		if active != "" {
			keeping = "rule set " + active + " stays in effect"
		}
		r.setCondition(p, v1alpha1.ConditionRulesetPublished, metav1.ConditionFalse, v1alpha1.ReasonInvalidRules, "%s; %s", describeErrors(errs, true), keeping)
		r.Recorder.Eventf(p, nil, corev1.EventTypeWarning, "InvalidRules", "Compile", "%s", describeErrors(errs, true))
		// The ledger can still run on the last good rules.
		return active != "", nil
	}
	if rs.Version != active {
		if err := l.Publish(ctx, rs); err != nil {
			r.setCondition(p, v1alpha1.ConditionRulesetPublished, metav1.ConditionFalse, v1alpha1.ReasonDatabaseUnavailable, "cannot publish rule set %s: %v", rs.Version, err)
			st.retryAfter = true
			return false, nil
		}
		log.FromContext(ctx).Info("published rule set", "version", rs.Version, "previous", active)
		r.Recorder.Eventf(p, nil, corev1.EventTypeNormal, "RulesetPublished", "Publish", "published rule set %s (was %q)", rs.Version, active)
		p.Status.RulesetVersion = rs.Version
	}
	r.setCondition(p, v1alpha1.ConditionRulesetPublished, metav1.ConditionTrue, v1alpha1.ReasonPublished, "rule set %s: %d rules, %d catalog items", rs.Version, len(rs.Rules), len(rs.Catalog))
	return true, nil
}

// reconcileWorkload applies the API token, the ledger Deployment, its Service and its PDB.
func (r *PointsProgramReconciler) reconcileWorkload(ctx context.Context, st *programState) (bool, error) {
	p := st.p
	if p.Spec.Ledger.Auth.TokenSecretName == "" {
		// Generated once; an existing token is never replaced.
		var s corev1.Secret
		err := r.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: resources.TokenSecretName(p)}, &s)
		if apierrors.IsNotFound(err) {
			b := make([]byte, 32)
			if _, err := rand.Read(b); err != nil {
				return false, err
			}
			err = r.apply(ctx, p, resources.TokenSecret(p, base64.RawURLEncoding.EncodeToString(b)))
		}
		if err != nil {
			return false, fmt.Errorf("API token Secret: %w", err)
		}
	}
	p.Status.TokenSecretName = resources.TokenSecretName(p)
	// The export's sinks start from now, before the pods that deliver to them: a change made
	// once the sink is declared and the pods roll out is never missed for being early.
	if err := r.setExportSinks(ctx, st); err != nil {
		return false, err
	}
	if err := r.handOverReplicas(ctx, p); err != nil {
		return false, err
	}
	// The NetworkPolicy goes first, so that the ledger pods never run unguarded.
	for _, obj := range []client.Object{resources.NetworkPolicy(p), resources.Service(p), resources.PodDisruptionBudget(p), resources.Deployment(p, r.Image)} {
		if err := r.apply(ctx, p, obj); err != nil {
			return false, err
		}
	}
	if err := r.reconcileAutoscaler(ctx, p); err != nil {
		return false, err
	}
	p.Status.Endpoint = resources.Endpoint(p)
	var d appsv1.Deployment
	if err := r.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: resources.DeploymentName(p)}, &d); err != nil {
		return false, client.IgnoreNotFound(err)
	}
	want := int32(1)
	if d.Spec.Replicas != nil {
		want = *d.Spec.Replicas
	}
	available := deploymentAvailable(&d)
	switch {
	case d.Status.ObservedGeneration < d.Generation:
		r.setCondition(p, v1alpha1.ConditionLedgerAvailable, metav1.ConditionFalse, v1alpha1.ReasonProgressing, "Deployment %s is rolling out", d.Name)
	case available && d.Status.AvailableReplicas > 0:
		r.setCondition(p, v1alpha1.ConditionLedgerAvailable, metav1.ConditionTrue, v1alpha1.ReasonAvailable, "%d of %d ledger replicas available", d.Status.AvailableReplicas, want)
	default:
		r.setCondition(p, v1alpha1.ConditionLedgerAvailable, metav1.ConditionFalse, v1alpha1.ReasonUnavailable, "%d of %d ledger replicas available", d.Status.AvailableReplicas, want)
	}
	return true, nil
}

// replicasHandover is the field manager that holds the ledger Deployment's replicas between
// Tally and the HorizontalPodAutoscaler.
const replicasHandover = client.FieldOwner("tally-operator-replicas-handover")

// handOverReplicas keeps the ledger's count when autoscaling starts. Tally's applies stop
// naming spec.replicas then; a field its field manager alone held would be removed by that,
// and the Deployment fall back to one replica. So the count is first applied, as it is, under
// a field manager of its own, which keeps it until the autoscaler writes it
// (server-side apply's transfer of ownership).
func (r *PointsProgramReconciler) handOverReplicas(ctx context.Context, p *v1alpha1.PointsProgram) error {
	if p.Spec.Ledger.Autoscaling == nil {
		return nil
	}
	var d appsv1.Deployment
	err := r.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: resources.DeploymentName(p)}, &d)
	if apierrors.IsNotFound(err) || (err == nil && !appliesReplicas(&d)) {
		return nil
	}
	if err != nil {
		return err
	}
	u := &unstructured.Unstructured{Object: map[string]any{"apiVersion": "apps/v1", "kind": "Deployment",
		"metadata": map[string]any{"name": d.Name, "namespace": d.Namespace}, "spec": map[string]any{"replicas": int64(*d.Spec.Replicas)}}}
	if err := r.Apply(ctx, client.ApplyConfigurationFromUnstructured(u), replicasHandover, client.ForceOwnership); err != nil {
		return fmt.Errorf("hand the replicas of Deployment %s over: %w", d.Name, err)
	}
	return nil
}

// appliesReplicas says whether Tally's field manager holds the Deployment's spec.replicas.
func appliesReplicas(d *appsv1.Deployment) bool {
	for _, m := range d.ManagedFields {
		if m.Manager != string(fieldOwner) || m.Operation != metav1.ManagedFieldsOperationApply || m.FieldsV1 == nil {
			continue
		}
		var fields struct {
			Spec map[string]any `json:"f:spec"`
		}
		if json.Unmarshal(m.FieldsV1.Raw, &fields) == nil {
			if _, ok := fields.Spec["f:replicas"]; ok {
				return true
			}
		}
	}
	return false
}

// reconcileAutoscaler applies the ledger's HorizontalPodAutoscaler when the program asks for
// one, and deletes the one Tally made when it no longer does.
func (r *PointsProgramReconciler) reconcileAutoscaler(ctx context.Context, p *v1alpha1.PointsProgram) error {
	if hpa := resources.HorizontalPodAutoscaler(p); hpa != nil {
		return r.apply(ctx, p, hpa)
	}
	// The cache holds only the autoscalers Tally made (its label), so most programs, which
	// have none, cost no request here.
	var hpa autoscalingv2.HorizontalPodAutoscaler
	err := r.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: resources.DeploymentName(p)}, &hpa)
	if err == nil {
		err = r.Delete(ctx, &hpa, client.Preconditions{UID: &hpa.UID})
	}
	if client.IgnoreNotFound(err) != nil {
		return fmt.Errorf("delete HorizontalPodAutoscaler %s: %w", resources.DeploymentName(p), err)
	}
	return nil
}

// reconcileJobs applies the expiry CronJob and, when the program has a TierPolicy, the tier
// review CronJob (removing it when the TierPolicy goes).
func (r *PointsProgramReconciler) reconcileJobs(ctx context.Context, st *programState) (bool, error) {
	p := st.p
	if err := r.apply(ctx, p, resources.ExpiryCronJob(p, r.Image)); err != nil {
		return false, err
	}
	var tiers v1alpha1.TierPolicyList
	if err := r.List(ctx, &tiers, client.InNamespace(p.Namespace), client.MatchingFields{programRefField: p.Name}); err != nil {
		return false, err
	}
	if len(tiers.Items) > 0 {
		if err := r.apply(ctx, p, resources.TierReviewCronJob(p, &tiers.Items[0], r.Image)); err != nil {
			return false, err
		}
	} else {
		// The cache holds the CronJobs Tally made: asking it first spares most programs, which
		// have no TierPolicy, a DELETE on every pass, and leaves a CronJob of that name that
		// Tally did not make alone.
		var cj batchv1.CronJob
		err := r.Get(ctx, types.NamespacedName{Namespace: p.Namespace, Name: resources.TierReviewCronJobName(p)}, &cj)
		if err == nil {
			err = r.Delete(ctx, &cj, client.Preconditions{UID: &cj.UID})
		}
		if client.IgnoreNotFound(err) != nil {
			return false, err
		}
	}
	tz := string(p.Spec.TimeZone)
	if tz == "" {
		tz = "UTC"
	}
	r.setCondition(p, v1alpha1.ConditionExpiryScheduled, metav1.ConditionTrue, v1alpha1.ReasonScheduled, "CronJob %s runs %q in %s", resources.ExpiryCronJobName(p), resources.ExpiryCronJob(p, r.Image).Spec.Schedule, tz)
	return true, nil
}

// delete deals with the program's database objects as its deletionPolicy says, then lets it
// go. Kubernetes objects it owns go with it.
func (r *PointsProgramReconciler) delete(ctx context.Context, p *v1alpha1.PointsProgram) (ctrl.Result, error) {
	if !controllerutil.ContainsFinalizer(p, finalizer) {
		return ctrl.Result{}, nil
	}
	// Once the data is dropped it is not dropped again: the Secret it took may be gone by the
	// next pass (released below, then deleted with the namespace) if this one fails to take
	// the finalizer off (a conflict, as the namespace's deletion goes on around it).
	dropped := meta.IsStatusConditionPresentAndEqual(p.Status.Conditions, v1alpha1.ConditionDatabaseReady, metav1.ConditionFalse) &&
		meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionDatabaseReady).Reason == v1alpha1.ReasonDeprovisioned
	if p.Spec.DeletionPolicy == v1alpha1.DeletionDelete && !dropped {
		if res, done, err := r.deprovision(ctx, p); !done || err != nil {
			return res, err
		}
	}
	if err := r.releaseSecret(ctx, p); err != nil {
		return ctrl.Result{}, err
	}
	if _, err := r.patchFinalizer(ctx, p, false); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	return ctrl.Result{}, nil
}

// toUnstructured turns a typed object (with its TypeMeta set) into what server-side apply
// takes.
func toUnstructured(obj client.Object) (*unstructured.Unstructured, error) {
	m, err := runtime.DefaultUnstructuredConverter.ToUnstructured(obj)
	if err != nil {
		return nil, err
	}
	u := &unstructured.Unstructured{Object: m}
	// Fields the server owns are left out, so that Tally never claims them.
	unstructured.RemoveNestedField(u.Object, "metadata", "creationTimestamp")
	unstructured.RemoveNestedField(u.Object, "status")
	return u, nil
}

// setExportSinks makes a cursor for each export sink new to the program and forgets removed
// ones (export.Journal.SetSinks). A program that has no sinks, and had none at the last
// refresh of its status, costs nothing here.
func (r *PointsProgramReconciler) setExportSinks(ctx context.Context, st *programState) error {
	if len(st.p.Spec.Export.Sinks) == 0 && len(st.p.Status.Export) == 0 {
		return nil
	}
	names := make([]string, 0, len(st.p.Spec.Export.Sinks))
	for _, s := range st.p.Spec.Export.Sinks {
		names = append(names, s.Name)
	}
	pool, err := r.programPool(ctx, st)
	if err != nil {
		return err
	}
	j, err := export.NewJournal(pool, st.db.Schema)
	if err != nil {
		return err
	}
	return j.SetSinks(ctx, names)
}
