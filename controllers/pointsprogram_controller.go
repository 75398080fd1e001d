package controllers

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/tools/events"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/builder"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/controller"
	"sigs.k8s.io/controller-runtime/pkg/controller/controllerutil"
	"sigs.k8s.io/controller-runtime/pkg/event"
	"sigs.k8s.io/controller-runtime/pkg/handler"
	"sigs.k8s.io/controller-runtime/pkg/log"
	"sigs.k8s.io/controller-runtime/pkg/predicate"
	"sigs.k8s.io/controller-runtime/pkg/reconcile"

	"github.com/tally-operator/tally/api/v1alpha1"
	"github.com/tally-operator/tally/internal/dbconfig"
	"github.com/tally-operator/tally/internal/resources"
)

// finalizer keeps a PointsProgram until its database objects are dealt with as its
// deletionPolicy says.
const finalizer = "loyalty.tally.dev/program-data"

// fieldOwner is the server-side apply field manager of everything Tally writes.
const fieldOwner = client.FieldOwner("tally-operator")

// PointsProgramReconciler turns a PointsProgram into its database schema and role, its
// published rule set, its ledger workload and its CronJobs.
type PointsProgramReconciler struct {
	client.Client
	// APIReader reads the administrator Secrets: they carry no Tally label and are not in the
	// cache.
	APIReader client.Reader
	// Namespace is the operator's own namespace, where the Secrets of LedgerDatabases are.
	Namespace string
	Recorder  events.EventRecorder
	// Image is the operator's own image, which the ledger and the jobs run.
	Image string
	// Resync is how often a program's database state is re-asserted when nothing changes.
	Resync time.Duration
	// RetryAfter is how soon a program whose database or Secret is not usable is tried again.
	RetryAfter time.Duration
	// compiler compiles the program's rule set, shared with the rule objects' reconcilers.
	compiler *compiler

	pools adminPools
}

// programState is one pass over a program: what the phases found, for the status.
type programState struct {
	p          *v1alpha1.PointsProgram
	adminURI   string
	db         dbconfig.Program
	pass       passPools // connections to the program's own database, closed at the end
	retryAfter bool      // a phase is waiting on something outside the cluster: come back soon
}

// Reconcile runs the phases in order; each records its condition, and a phase that cannot
// do its work stops the pass. Status is written once, at the end.
func (r *PointsProgramReconciler) Reconcile(ctx context.Context, req ctrl.Request) (res ctrl.Result, err error) {
	p := &v1alpha1.PointsProgram{}
	if err := r.Get(ctx, req.NamespacedName, p); err != nil {
		if apierrors.IsNotFound(err) {
			r.compiler.forget(req.NamespacedName)
			forgetReady(req.NamespacedName)
		}
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	if p.DeletionTimestamp != nil {
		return r.delete(ctx, p)
	}
	if _, err := r.patchFinalizer(ctx, p, true); err != nil {
		return ctrl.Result{}, fmt.Errorf("add finalizer: %w", err)
	}

	base := p.DeepCopy()
	if p.Status.ObservedGeneration != p.Generation {
		// Tell GitOps tools at once that the new generation is being worked on.
		r.setCondition(p, v1alpha1.ConditionReconciling, metav1.ConditionTrue, v1alpha1.ReasonReconciling, "working towards generation %d", p.Generation)
		r.setCondition(p, v1alpha1.ConditionReady, metav1.ConditionFalse, v1alpha1.ReasonReconciling, "working towards generation %d", p.Generation)
		if err := r.Status().Patch(ctx, p, client.MergeFrom(base)); err != nil {
			return ctrl.Result{}, fmt.Errorf("patch status: %w", err)
		}
		base = p.DeepCopy()
	}

	st := &programState{p: p}
	defer st.pass.close()
	var sent atomic.Int64
	ctx = withStatementCount(ctx, &sent)
	defer func() { observePass(req.NamespacedName, sent.Load()) }()
	defer func() {
		if perr := r.writeStatus(ctx, base, st, err); perr != nil && err == nil {
			err = perr
		}
	}()
	for _, phase := range []func(context.Context, *programState) (bool, error){
		r.reconcileDatabase, r.reconcileRules, r.reconcileWorkload, r.reconcileJobs,
	} {
		ok, err := phase(ctx, st)
		if err != nil {
			return ctrl.Result{}, err
		}
		if !ok {
			break
		}
	}
	if st.retryAfter {
		return ctrl.Result{RequeueAfter: r.RetryAfter}, nil
	}
	return ctrl.Result{RequeueAfter: r.Resync}, nil
}

func (r *PointsProgramReconciler) setCondition(p *v1alpha1.PointsProgram, kind string, status metav1.ConditionStatus, reason, format string, args ...any) {
	meta.SetStatusCondition(&p.Status.Conditions, metav1.Condition{Type: kind, Status: status, Reason: reason,
		Message: fmt.Sprintf(format, args...), ObservedGeneration: p.Generation})
}

// transient are the reasons of conditions that get better by themselves.
var transient = map[string]bool{v1alpha1.ReasonPending: true, v1alpha1.ReasonProgressing: true, v1alpha1.ReasonUnavailable: true, v1alpha1.ReasonMigrating: true}

// writeStatus sums the phases up in Ready and patches status. observedGeneration moves only
// when the pass ran without error.
func (r *PointsProgramReconciler) writeStatus(ctx context.Context, base *v1alpha1.PointsProgram, st *programState, passErr error) error {
	p := st.p
	wasReady := meta.IsStatusConditionTrue(base.Status.Conditions, v1alpha1.ConditionReady)
	var waiting *metav1.Condition
	for _, kind := range []string{v1alpha1.ConditionDatabaseReady, v1alpha1.ConditionRulesetPublished, v1alpha1.ConditionLedgerAvailable, v1alpha1.ConditionExpiryScheduled} {
		c := meta.FindStatusCondition(p.Status.Conditions, kind)
		if c == nil || c.ObservedGeneration != p.Generation {
			r.setCondition(p, kind, metav1.ConditionUnknown, v1alpha1.ReasonPending, "waiting for an earlier step")
			c = meta.FindStatusCondition(p.Status.Conditions, kind)
		}
		if c.Status != metav1.ConditionTrue && waiting == nil {
			waiting = c.DeepCopy()
		}
	}
	switch {
	case passErr != nil:
		r.setCondition(p, v1alpha1.ConditionReady, metav1.ConditionFalse, v1alpha1.ReasonError, "%v", passErr)
	case waiting != nil:
		r.setCondition(p, v1alpha1.ConditionReady, metav1.ConditionFalse, waiting.Reason, "%s: %s", waiting.Type, waiting.Message)
	default:
		r.setCondition(p, v1alpha1.ConditionReady, metav1.ConditionTrue, v1alpha1.ReasonReady, "serving rule set %s at %s", p.Status.RulesetVersion, p.Status.Endpoint)
	}
	if passErr == nil {
		p.Status.ObservedGeneration = p.Generation
		meta.RemoveStatusCondition(&p.Status.Conditions, v1alpha1.ConditionReconciling)
		// Reconciling says the operator is still on its way, as while a rollout runs; a
		// problem only the user can fix leaves it unset, so that tools report it as degraded
		// instead of waiting for it.
		if waiting != nil && transient[waiting.Reason] {
			r.setCondition(p, v1alpha1.ConditionReconciling, metav1.ConditionTrue, waiting.Reason, "waiting for %s: %s", waiting.Type, waiting.Message)
		}
	}
	readyCond := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionReady)
	reportReady(client.ObjectKeyFromObject(p), readyCond.Status == metav1.ConditionTrue, readyCond.Reason)
	if ready := meta.IsStatusConditionTrue(p.Status.Conditions, v1alpha1.ConditionReady); ready != wasReady {
		if ready {
			r.Recorder.Eventf(p, nil, corev1.EventTypeNormal, "Ready", "Reconcile", "program is ready: %s", meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionReady).Message)
		} else {
			c := meta.FindStatusCondition(p.Status.Conditions, v1alpha1.ConditionReady)
			r.Recorder.Eventf(p, nil, corev1.EventTypeWarning, c.Reason, "Reconcile", "program is not ready: %s", c.Message)
		}
	}
	patch := client.MergeFrom(base)
	if data, err := patch.Data(p); err == nil && string(data) == "{}" {
		return nil // a steady pass changed nothing: no request
	}
	if err := r.Status().Patch(ctx, p, patch); err != nil && !apierrors.IsNotFound(err) {
		return fmt.Errorf("patch status: %w", err)
	}
	return nil
}

// apply writes obj with server-side apply under Tally's field owner, owned by the program.
func (r *PointsProgramReconciler) apply(ctx context.Context, p *v1alpha1.PointsProgram, obj client.Object) error {
	_, err := r.applyObject(ctx, p, obj)
	return err
}

// applyObject is apply that returns the object as the API server stored it.
func (r *PointsProgramReconciler) applyObject(ctx context.Context, p *v1alpha1.PointsProgram, obj client.Object) (*unstructured.Unstructured, error) {
	if err := controllerutil.SetControllerReference(p, obj, r.Scheme()); err != nil {
		return nil, err
	}
	u, err := toUnstructured(obj)
	if err != nil {
		return nil, err
	}
	if err := r.Apply(ctx, client.ApplyConfigurationFromUnstructured(u), fieldOwner, client.ForceOwnership); err != nil {
		return nil, fmt.Errorf("apply %s %s: %w", obj.GetObjectKind().GroupVersionKind().Kind, obj.GetName(), err)
	}
	return u, nil
}

// SetupWithManager watches programs, what they own, and the objects that make up their rules.
func (r *PointsProgramReconciler) SetupWithManager(mgr ctrl.Manager) error {
	toProgram := handler.EnqueueRequestsFromMapFunc(func(_ context.Context, o client.Object) []reconcile.Request {
		return []reconcile.Request{{NamespacedName: types.NamespacedName{Namespace: o.GetNamespace(), Name: programOf(o)}}}
	})
	if err := mgr.Add(closer{r.pools.close}); err != nil {
		return err
	}
	// A LedgerDatabase or a namespace's labels decide whether a program may use a server.
	byDatabase := handler.EnqueueRequestsFromMapFunc(func(ctx context.Context, o client.Object) []reconcile.Request {
		return r.programs(ctx, client.MatchingFields{ledgerDatabaseField: o.GetName()})
	})
	byNamespace := handler.EnqueueRequestsFromMapFunc(func(ctx context.Context, o client.Object) []reconcile.Request {
		return r.programs(ctx, client.InNamespace(o.GetName()))
	})
	specOnly := builder.WithPredicates(predicate.GenerationChangedPredicate{})
	// A migration Job belongs to its program by its labels: in the operator's namespace it
	// cannot have an owner reference.
	byJob := handler.EnqueueRequestsFromMapFunc(func(_ context.Context, o client.Object) []reconcile.Request {
		ns, name := o.GetLabels()[resources.ProgramNamespaceLabel], o.GetLabels()[resources.ProgramLabel]
		if ns == "" || name == "" {
			return nil
		}
		return []reconcile.Request{{NamespacedName: types.NamespacedName{Namespace: ns, Name: name}}}
	})
	return ctrl.NewControllerManagedBy(mgr).
		// The status and the finalizer are the reconciler's own writes: a pass that changed
		// them needs no pass after it to look at them. An annotation is a reconcile request
		// (v1alpha1.ReconcileRequestAnnotation).
		For(&v1alpha1.PointsProgram{}, builder.WithPredicates(predicate.Or(predicate.GenerationChangedPredicate{}, predicate.AnnotationChangedPredicate{}))).
		// Of what the program owns, a change to its spec (someone else's edit, to undo) and its
		// deletion matter; of the Deployment also what the program reports of it (rollout and
		// available replicas). The rest of their status, which changes with every pod and job,
		// does not: each change of it cost a whole pass.
		Owns(&appsv1.Deployment{}, builder.WithPredicates(ledgerAvailability{})).
		Owns(&corev1.Service{}).
		Owns(&policyv1.PodDisruptionBudget{}, specOnly).
		Owns(&batchv1.CronJob{}, specOnly).
		Owns(&corev1.Secret{}).
		Owns(&networkingv1.NetworkPolicy{}, specOnly).
		Owns(&autoscalingv2.HorizontalPodAutoscaler{}, specOnly).
		// A migration Job matters when it ends, and when it is deleted (to try again).
		Watches(&batchv1.Job{}, byJob, builder.WithPredicates(jobEnded{})).
		Watches(&v1alpha1.LedgerDatabase{}, byDatabase, specOnly).
		Watches(&corev1.Namespace{}, byNamespace, builder.WithPredicates(predicate.LabelChangedPredicate{})).
		// A rule object's status, which its own reconciler writes, changes nothing the
		// program compiles; its spec, creation and deletion do.
		Watches(&v1alpha1.EarnRule{}, toProgram, specOnly).
		Watches(&v1alpha1.TierPolicy{}, toProgram, specOnly).
		Watches(&v1alpha1.RedemptionCatalog{}, toProgram, specOnly).
		Named("pointsprogram").
		WithOptions(controller.Options{MaxConcurrentReconciles: 4}).
		Complete(r)
}

// jobEnded passes a Job's end (Complete or Failed) and its deletion.
type jobEnded struct{ predicate.Funcs }

func (jobEnded) Create(event.CreateEvent) bool { return false }

func (jobEnded) Update(e event.UpdateEvent) bool {
	o, ok1 := e.ObjectOld.(*batchv1.Job)
	n, ok2 := e.ObjectNew.(*batchv1.Job)
	if !ok1 || !ok2 {
		return true
	}
	for _, kind := range []batchv1.JobConditionType{batchv1.JobComplete, batchv1.JobFailed} {
		if jobFinished(o, kind) != jobFinished(n, kind) {
			return true
		}
	}
	return false
}

// ledgerAvailability passes the changes of a ledger Deployment that the program reports or
// undoes: its spec (generation), the rollout (observed generation) and its availability.
type ledgerAvailability struct{ predicate.Funcs }

func (ledgerAvailability) Update(e event.UpdateEvent) bool {
	o, ok1 := e.ObjectOld.(*appsv1.Deployment)
	n, ok2 := e.ObjectNew.(*appsv1.Deployment)
	if !ok1 || !ok2 {
		return true
	}
	return o.Generation != n.Generation || o.Status.ObservedGeneration != n.Status.ObservedGeneration ||
		o.Status.AvailableReplicas != n.Status.AvailableReplicas || deploymentAvailable(o) != deploymentAvailable(n)
}

func deploymentAvailable(d *appsv1.Deployment) bool {
	for _, c := range d.Status.Conditions {
		if c.Type == appsv1.DeploymentAvailable {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

// programs lists the programs that opts select, as requests.
func (r *PointsProgramReconciler) programs(ctx context.Context, opts ...client.ListOption) []reconcile.Request {
	var list v1alpha1.PointsProgramList
	if err := r.List(ctx, &list, opts...); err != nil {
		log.FromContext(ctx).Error(err, "list programs")
		return nil
	}
	out := make([]reconcile.Request, 0, len(list.Items))
	for _, p := range list.Items {
		out = append(out, reconcile.Request{NamespacedName: types.NamespacedName{Namespace: p.Namespace, Name: p.Name}})
	}
	return out
}

// closer runs a function when the manager stops.
type closer struct{ f func() }

func (c closer) Start(ctx context.Context) error {
	<-ctx.Done()
	c.f()
	return nil
}
